"""`claimcheck serve` as deployed: gunicorn workers on one SQLite file.

An article acknowledged with a 2xx survives the server being killed with SIGKILL
mid-stream, and two worker processes writing at once never answer 500 for a locked
database. Bounded in count and time; the server runs on a free loopback port.
"""

from __future__ import annotations

import http.client
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from serving import Server

pytestmark = pytest.mark.slow

POST_LIMIT = 150  # posts per stream, at most
STREAM_TIME_S = 30.0  # and at most this long
KILL_AFTER = 12  # acknowledged posts before the SIGKILL


def _article(number: int, worker: int = 0) -> dict:
    return {
        "text": (
            f"At least {1000 + number:,} people have been killed in Homs since March, "
            f"activists said on day {number} (stream {worker})."
        ),
        "published": "2012-02-07",
        "title": f"Toll {worker}-{number}",
    }


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
