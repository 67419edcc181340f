"""`claimcheck serve` as deployed: gunicorn workers on one SQLite file.

An article acknowledged with a 2xx survives the server being killed with SIGKILL
mid-stream, and two worker processes writing at once never answer 500 for a locked
database. Bounded in count and time; the server runs on a free loopback port.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

START_WAIT_S = 60.0
POST_LIMIT = 150  # posts per stream, at most
STREAM_TIME_S = 30.0  # and at most this long
KILL_AFTER = 12  # acknowledged posts before the SIGKILL


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _article(number: int, worker: int = 0) -> dict:
    return {
        "text": (
            f"At least {1000 + number:,} people have been killed in Homs since March, "
            f"activists said on day {number} (stream {worker})."
        ),
        "published": "2012-02-07",
        "title": f"Toll {worker}-{number}",
    }


class Server:
    """`claimcheck serve` in its own process group, so SIGKILL reaches every worker."""

    def __init__(self, database: Path, log: Path, workers: int = 2) -> None:
        self.port = _free_port()
        env = {
            **os.environ,
            "CLAIMCHECK_DATABASE_URL": f"sqlite:///{database}",
            "CLAIMCHECK_API_KEYS": "",
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


@pytest.fixture
def servers(tmp_path):
    started: list[Server] = []

    def start(database: Path) -> Server:
        server = Server(database, tmp_path / "server.log")
        started.append(server)
        return server

    yield start
    for server in started:
        server.kill()


def test_acknowledged_articles_survive_a_sigkill(servers, tmp_path):
    database = tmp_path / "durable.sqlite3"
    server = servers(database)
    acknowledged: dict[str, dict] = {}
    failures: list[object] = []
    stop = threading.Event()

    def post_until_killed() -> None:
        deadline = time.monotonic() + STREAM_TIME_S
        for number in range(POST_LIMIT):
            if stop.is_set() or time.monotonic() > deadline:
                return
            try:
                status, body = server.request("POST", "/v1/articles", _article(number))
            except (OSError, http.client.HTTPException):
                return  # the server is gone: this post was never acknowledged
            if 200 <= status < 300:
                acknowledged[body["id"]] = body
            else:
                failures.append((status, body))

    poster = threading.Thread(target=post_until_killed)
    poster.start()
    deadline = time.monotonic() + STREAM_TIME_S
    while len(acknowledged) < KILL_AFTER and poster.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()  # mid-stream: the poster is still sending
    stop.set()
    poster.join(timeout=60)

    assert not failures
    assert len(acknowledged) >= KILL_AFTER

    with sqlite3.connect(database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    restarted = servers(database)
    for article_id, body in acknowledged.items():
        status, stored = restarted.request("GET", f"/v1/articles/{article_id}")
        assert status == 200, article_id
        assert stored == body
    restarted.stop()


def test_two_workers_writing_at_once_never_fail(servers, tmp_path):
    server = servers(tmp_path / "busy.sqlite3")
    statuses: list[int] = []
    lock = threading.Lock()

    def stream(worker: int) -> None:
        for number in range(20):
            status, _ = server.request("POST", "/v1/articles", _article(number, worker))
            # every stream also posts one shared article: an idempotency race across processes
            shared, _ = server.request("POST", "/v1/articles", _article(0, worker=99))
            with lock:
                statuses.extend((status, shared))

    threads = [threading.Thread(target=stream, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(statuses) == 4 * 20 * 2
    assert set(statuses) <= {200, 201}, sorted(set(statuses))
    assert statuses.count(201) == 4 * 20 + 1
    status, page = server.request("GET", "/v1/articles?limit=100")
    assert status == 200 and len(page["items"]) == 4 * 20 + 1
    server.stop()
