"""The HTTP service under load, on loopback only.

Starts ``claimcheck serve --workers 2`` (gunicorn) on a free port of 127.0.0.1 with a
throw-away SQLite database, waits for /healthz, warms each worker up, then runs a
bounded load generator (Python threads with http.client; a fixed number of requests
and a time cap, so it always stops by itself):

    POST /v1/extract   one ~5 KB article (seed text)         -> requests/s, p50, p99
    POST /v1/checks    three seed articles inline            -> requests/s, p50, p99

    python bench/load.py                          # 400 extracts + 60 checks, 4 threads
    python bench/load.py --requests 5 --check-requests 2

Exit status 3 means the server could not be started (the reason is printed); the smoke
test skips on it. Nothing but 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only, by design
TARGET_P99_MS = 50.0  # POST /v1/extract, 5 KB article
SERVER_UNAVAILABLE = 3  # exit status when the server cannot start


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


def article_of_size(size: int) -> str:
    """Seed text cut at a paragraph boundary near `size` characters."""
    text = "\n\n".join(seed_texts())
    cut = text.rfind("\n", 0, size)
    return text[: cut if cut > size // 2 else size]


def _server_command(port: int, workers: int) -> list[str]:
    script = Path(sys.executable).with_name("claimcheck")
    args = ["serve", "--host", HOST, "--port", str(port), "--workers", str(workers)]
    if script.exists():
        return [str(script), *args]
    return [
        sys.executable,
        "-c",
        "import sys; from service.cli import main; sys.exit(main())",
        *args,
    ]


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # our own session: gunicorn + its workers
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)


def start_server(workdir: Path, workers: int, wait: float) -> Server | str:
    """A running server, or the reason it could not start."""
    port = free_port()
    log = workdir / "server.log"
    env = dict(os.environ)
    env.pop("CLAIMCHECK_API_KEYS", None)
    env["CLAIMCHECK_DATABASE_URL"] = f"sqlite:///{workdir / 'load.sqlite3'}"
    env["CLAIMCHECK_RATE_LIMIT"] = "off"  # measure the server, not the limiter
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    with log.open("wb") as sink:
        process = subprocess.Popen(
            _server_command(port, workers),
            cwd=workdir,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(process, port, log)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:]
            return f"server exited with status {process.returncode}: " + " | ".join(tail)
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/healthz")
            status = connection.getresponse().status
            connection.close()
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.stop()
    return f"server did not answer /healthz within {wait:.0f} s"


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    first_problem: str = ""  # the body of the first non-2xx response, for the report


def load(port: int, path: str, body: bytes, requests: int, threads: int, time_cap: float) -> Run:
    """`requests` POSTs of `body` from `threads` threads, stopping at `time_cap` seconds."""
    run = Run()
    lock = threading.Lock()
    remaining = [requests]
    began = time.perf_counter()
    deadline = began + time_cap
    headers = {"Content-Type": "application/json"}

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        while True:
            with lock:
                if remaining[0] <= 0 or time.perf_counter() > deadline:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            try:
                connection.request("POST", path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    run.errors[type(error).__name__] += 1
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
                continue
            elapsed = time.perf_counter() - start
            with lock:
                run.statuses[status] += 1
                if 200 <= status < 300:
                    run.latencies.append(elapsed)
                elif not run.first_problem:
                    run.first_problem = payload[:300].decode("utf-8", "replace")
        connection.close()

    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    run.seconds = time.perf_counter() - began
    return run


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Load-test `claimcheck serve` on 127.0.0.1.")
    parser.add_argument(
        "--requests", type=int, default=400, help="POST /v1/extract requests (default %(default)s)"
    )
    parser.add_argument(
        "--check-requests",
        type=int,
        default=60,
        help="POST /v1/checks requests (default %(default)s)",
    )
    parser.add_argument(
        "--threads", type=int, default=4, help="client threads (default %(default)s)"
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn workers (default %(default)s)"
    )
    parser.add_argument(
        "--kb", type=float, default=5.0, help="article size for /v1/extract (default %(default)s)"
    )
    parser.add_argument("--time-cap", type=float, default=60.0, help="seconds per endpoint at most")
    parser.add_argument(
        "--start-wait", type=float, default=30.0, help="seconds to wait for the server"
    )
    args = parser.parse_args(argv)

    article = article_of_size(int(args.kb * 1000))
    extract_body = json.dumps({"text": article, "title": "Load test article"}).encode("utf-8")
    seeds = seed_texts()[:3]
    check_body = json.dumps({"articles": [{"text": text} for text in seeds]}).encode("utf-8")

    with tempfile.TemporaryDirectory(prefix="claimcheck-load-") as tmp:
        server = start_server(Path(tmp), args.workers, args.start_wait)
        if isinstance(server, str):
            print(f"SKIP: {server}")
            return SERVER_UNAVAILABLE
        try:
            # warm-up (not measured): each worker imports the library on its first request
            load(server.port, "/v1/extract", extract_body, 2 * args.workers, args.workers, 30)
            rows = [
                (
                    "POST /v1/extract",
                    len(article),
                    load(
                        server.port,
                        "/v1/extract",
                        extract_body,
                        args.requests,
                        args.threads,
                        args.time_cap,
                    ),
                ),
                (
                    "POST /v1/checks",
                    sum(len(t) for t in seeds),
                    load(
                        server.port,
                        "/v1/checks",
                        check_body,
                        args.check_requests,
                        args.threads,
                        args.time_cap,
                    ),
                ),
            ]
        finally:
            server.stop()

    print(
        f"claimcheck serve under load: {args.workers} gunicorn workers on {HOST}, {args.threads} client "
        f"threads, SQLite in a temp dir; {os.cpu_count()} cores shared with the clients"
    )
    header = f"{'endpoint':<18} {'chars':>6} {'ok':>5} {'non-2xx':>7} {'errors':>6} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7}"
    print(header)
    print("-" * len(header))
    for label, chars, run in rows:
        ok = len(run.latencies)
        bad = sum(n for status, n in run.statuses.items() if not 200 <= status < 300)
        rate = ok / run.seconds if run.seconds else 0.0
        p50 = 1000 * _percentile(run.latencies, 50)
        p99 = 1000 * _percentile(run.latencies, 99)
        print(
            f"{label:<18} {chars:>6} {ok:>5} {bad:>7} {sum(run.errors.values()):>6} {rate:>7.1f} {p50:>7.1f} {p99:>7.1f}"
        )
        if bad:
            print(f"  statuses: {dict(run.statuses)}; first: {run.first_problem}")
    extract_run = rows[0][2]
    p99 = 1000 * _percentile(extract_run.latencies, 99)
    verdict = "PASS" if extract_run.latencies and p99 < TARGET_P99_MS else "BELOW"
    print(
        f"Target: p99 < {TARGET_P99_MS:.0f} ms on POST /v1/extract ({rows[0][1]} chars): {p99:.1f} ms {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
