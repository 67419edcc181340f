"""`claimcheck serve` in a child process on a free loopback port, for the tests that need
the real server (gunicorn workers, sockets) rather than Flask's test client."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

START_WAIT_S = 60.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`claimcheck serve` in its own process group, so SIGKILL reaches every worker."""

    def __init__(
        self, database: Path, log: Path, workers: int = 2, env: dict[str, str] | None = None
    ) -> None:
        self.port = _free_port()
        env = {
            **os.environ,
            "CLAIMCHECK_DATABASE_URL": f"sqlite:///{database}",
            "CLAIMCHECK_API_KEYS": "",
            "CLAIMCHECK_RATE_LIMIT": "off",  # tests/test_rate_limit.py tests the limiter
            **(env or {}),
        }
        command = [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1"]
        command += ["--port", str(self.port), "--workers", str(workers)]
        self.log = log
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self._wait_until_up()

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_WAIT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"server exited ({self.process.returncode}):\n{self.log.read_text()}")
            try:
                status, _ = self.request("GET", "/healthz", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.kill()
        pytest.fail(
            f"server did not answer /healthz in {START_WAIT_S:.0f} s:\n{self.log.read_text()}"
        )

    def request(self, method: str, path: str, body: dict | None = None, timeout: float = 30):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            headers = {"Content-Type": "application/json"} if body is not None else {}
            payload = json.dumps(body) if body is not None else None
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            data = response.read()
            return response.status, json.loads(data) if data else None
        finally:
            connection.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
