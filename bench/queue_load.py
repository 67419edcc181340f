"""The service through its queue, under load, with a worker killed: on loopback only.

Starts a real ``claimcheck serve`` on a free port of 127.0.0.1 and two ``claimcheck
worker`` processes, all on ``CLAIMCHECK_QUEUE_URL=redis://127.0.0.1:6379/<db>`` (a spare
database, flushed before and after) and a throw-away SQLite file; subscribes a webhook
receiver of its own (127.0.0.1) to ``conflict.found``; then

1. posts 200 articles (real local news: the Gun Violence Corpus in ../shared/corpus,
   several outlets per shooting, so the archive matching finds real disagreements; the
   seeds where the corpus is absent) from 4 client threads: each one's archive
   matching is a queue job;
2. posts 20 asynchronous checks (``Prefer: respond-async``) of 10 stored articles each;
3. SIGKILLs the worker running a check job (its work-horse dies with it) and starts a
   replacement;
4. polls every check job and every article's matching to done.

It asserts that every job completed exactly once (each job ``done``, one stored check
per job, the killed job retried), that no archive conflict is stored twice and each is
announced once, and that no response was a 5xx; it prints throughput and latency.

    python bench/queue_load.py                     # 200 articles, 20 checks
    python bench/queue_load.py --articles 40 --checks 4 --redis-db 12

Bounded: a fixed number of requests and a time cap (``--time-cap``, default 600 s) after
which it stops with status 1. Exit status 3: Redis or the server could not be started.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import HOST, REPO, _percentile, _server_command, free_port  # noqa: E402

UNAVAILABLE = 3
GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"
MAX_TEXT = 40_000  # stays under the service's text limit


def articles(count: int) -> list[dict]:
    """`count` articles: whole GVC incidents (several outlets each), else seed copies."""
    if GVC.exists():
        by_incident: dict[str, list[dict]] = {}
        with GVC.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                by_incident.setdefault(record["incident_id"], []).append(record)
                if sum(len(v) for v in by_incident.values() if len(v) > 1) > 4 * count:
                    break
        picked: list[dict] = []
        for records in by_incident.values():
            if len(records) > 1:
                picked.extend(records)
            if len(picked) >= count:
                break
        return [
            {
                "text": r["text"][:MAX_TEXT],
                "title": r["title"][:300],
                "published": r["dct"],
                "source": r["url"].split("/")[2 if "web.archive.org" not in r["url"] else 7],
            }
            for r in picked[:count]
        ]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    return [{"text": f"{seeds[i % len(seeds)]}\n\n(Edition {i}.)"} for i in range(count)]


class Client:
    """JSON over one keep-alive connection; every status is counted."""

    def __init__(self, port: int, statuses: Counter, lock: threading.Lock) -> None:
        self.port, self.statuses, self.lock = port, statuses, lock
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def call(self, method: str, path: str, body=None, headers=None) -> tuple[int, dict, dict]:
        data = None if body is None else json.dumps(body).encode()
        sent = {"Content-Type": "application/json", **(headers or {})}
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=data, headers=sent)
                response = self.connection.getresponse()
                payload = response.read()
                break
            except (OSError, http.client.HTTPException):
                self.connection.close()
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
                if attempt:
                    raise
        with self.lock:
            self.statuses[response.status] += 1
        parsed = json.loads(payload) if payload and response.status != 204 else {}
        return response.status, parsed, dict(response.getheaders())


class Receiver(BaseHTTPRequestHandler):
    received: Counter

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body["event"] == "conflict.found" and "conflict" in body["data"]:
            self.received[body["data"]["conflict"]["id"]] += 1
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def _worker(env: dict, log: Path) -> subprocess.Popen:
    with log.open("ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "service.cli", "worker"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def _until(predicate, deadline: float, what: str, pause: float = 0.2):
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(pause)
    raise TimeoutError(f"time cap reached waiting for {what}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--checks", type=int, default=20)
    parser.add_argument("--per-check", type=int, default=10, help="stored articles per check")
    parser.add_argument("--threads", type=int, default=4, help="client threads posting")
    parser.add_argument("--redis-db", type=int, default=11, help="a spare Redis database")
    parser.add_argument("--time-cap", type=float, default=600.0, help="seconds, in all")
    args = parser.parse_args(argv)
    deadline = time.monotonic() + args.time_cap
    queue_url = f"redis://{HOST}:6379/{args.redis_db}"
    try:
        from redis import Redis
        from rq import Worker

        redis = Redis.from_url(queue_url, socket_connect_timeout=2)
        redis.ping()
    except Exception as exc:  # noqa: BLE001 (any failure: no Redis to test with)
        print(f"queue_load: needs Redis at {HOST}:6379 ({exc})")
        return UNAVAILABLE
    if redis.dbsize():
        print(f"queue_load: Redis database {args.redis_db} is not empty; pick a spare one")
        return UNAVAILABLE

    texts = articles(args.articles)
    work = Path(tempfile.mkdtemp(prefix="claimcheck-queue-load-"))
    env = {
        **os.environ,
        "CLAIMCHECK_QUEUE_URL": queue_url,
        "CLAIMCHECK_DATABASE_URL": f"sqlite:///{work / 'queue-load.sqlite3'}",
        "CLAIMCHECK_RATE_LIMIT": "off",
        "CLAIMCHECK_WEBHOOK_ALLOW_PRIVATE": "1",  # the receiver is on loopback
        "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    env.pop("CLAIMCHECK_API_KEYS", None)
    port = free_port()
    with (work / "server.log").open("wb") as sink:
        server = subprocess.Popen(
            _server_command(port, 2),
            cwd=work,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    workers = [_worker(env, work / f"worker{i}.log") for i in range(2)]
    handler = type("Handler", (Receiver,), {"received": Counter()})
    receiver = ThreadingHTTPServer((HOST, 0), handler)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    statuses: Counter = Counter()
    lock = threading.Lock()
    try:
        probe = Client(port, statuses, lock)

        def healthy() -> bool:
            try:
                return probe.call("GET", "/healthz")[0] == 200
            except OSError:
                return server.poll() is not None

        _until(healthy, time.monotonic() + 60, "the server")
        if server.poll() is not None:
            print("queue_load: the server exited; see", work / "server.log")
            return UNAVAILABLE
        statuses.clear()
        hook = f"http://{HOST}:{receiver.server_port}/hook"
        probe.call(
            "POST",
            "/v1/subscriptions",
            {"url": hook, "events": ["conflict.found"], "secret": "queue-load-secret-16"},
        )

        # 1. the articles
        posted: list[str] = []
        post_latency: list[float] = []
        queue = list(enumerate(texts))
        began = time.perf_counter()

        def poster() -> None:
            client = Client(port, statuses, lock)
            while True:
                with lock:
                    if not queue or time.monotonic() > deadline:
                        return
                    _index, article = queue.pop(0)
                start = time.perf_counter()
                status, body, _ = client.call("POST", "/v1/articles", article)
                with lock:
                    post_latency.append(time.perf_counter() - start)
                    if status in (200, 201):
                        posted.append(body["id"])

        threads = [threading.Thread(target=poster) for _ in range(args.threads)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        post_seconds = time.perf_counter() - began
        stored = list(dict.fromkeys(posted))

        # 2. the asynchronous checks
        jobs: dict[str, float] = {}
        for index in range(args.checks):
            chosen = [stored[(index * 7 + k) % len(stored)] for k in range(args.per_check)]
            status, body, headers = probe.call(
                "POST",
                "/v1/checks",
                {"article_ids": list(dict.fromkeys(chosen))},
                {"Prefer": "respond-async"},
            )
            assert status == 202, (status, body)
            jobs[body["id"]] = time.perf_counter()

        # 3. kill the worker that runs a check job, mid-job; start a replacement
        def busy_with_a_check():
            # a worker whose check job has begun its work (progress recorded): mid-job
            for worker in Worker.all(connection=redis):
                current = worker.get_current_job_id() or ""
                if current.startswith("check-") and worker.pid in {w.pid for w in workers}:
                    job_id = current.removeprefix("check-")
                    _s, body, _ = probe.call("GET", f"/v1/jobs/{job_id}")
                    if body.get("status") == "running" and body.get("progress", 0) > 0:
                        return worker.pid, job_id
            return None

        pid, killed_job = _until(busy_with_a_check, deadline, "a worker busy with a check", 0.05)
        killed_at = time.perf_counter()
        os.kill(pid, signal.SIGKILL)
        victim = next(w for w in workers if w.pid == pid)
        victim.wait(10)
        workers.append(_worker(env, work / "worker-replacement.log"))
        print(f"killed worker {pid} (SIGKILL) while it ran job {killed_job}; started another")

        # 4. every job to done, every article matched
        matched: dict[str, dict] = {}

        def all_matched() -> bool:
            for article_id in stored:
                if article_id in matched:
                    continue
                items, cursor = [], None
                while True:
                    query = f"?limit=100&cursor={cursor}" if cursor else "?limit=100"
                    _s, page, _ = probe.call("GET", f"/v1/articles/{article_id}/conflicts{query}")
                    if page.get("matching") != "done":
                        return False
                    items += page["items"]
                    cursor = page["next_cursor"]
                    if cursor is None:
                        break
                matched[article_id] = {"items": items}
            return True

        done: dict[str, dict] = {}
        finished: dict[str, float] = {}

        def all_jobs_done() -> bool:
            for job_id in jobs:
                if job_id in done:
                    continue
                status, body, _ = probe.call("GET", f"/v1/jobs/{job_id}")
                if body.get("status") in ("done", "failed"):
                    done[job_id] = body
                    finished[job_id] = time.perf_counter()
            return len(done) == len(jobs)

        drained_at: list[float] = []

        def everything_done() -> bool:
            articles_done, jobs_done = all_matched(), all_jobs_done()
            if articles_done and not drained_at:
                drained_at.append(time.perf_counter())
            return articles_done and jobs_done

        _until(everything_done, deadline, "every check job and every article's matching", 0.5)
        drained = drained_at[0] - began
        conflicts = {c["id"]: c for page in matched.values() for c in page["items"]}
        _until(
            lambda: set(handler.received) >= set(conflicts),
            deadline,
            "the conflict.found deliveries",
            0.5,
        )

        # the verdict
        failed = {j: b for j, b in done.items() if b["status"] != "done"}
        _s, listed, _ = probe.call("GET", "/v1/checks?limit=100")
        check_ids = [c["id"] for c in listed["items"]]
        # each conflict as its later article lists it: a duplicate would show twice
        own = [c for a, page in matched.items() for c in page["items"] if c["article_id"] == a]
        stored_twice = [
            key
            for key, n in Counter(
                (c["article_id"], c["claim_id"], c["earlier_article_id"], c["earlier_claim_id"])
                for c in own
            ).items()
            if n > 1
        ]
        problems = []
        if failed:
            problems.append(f"{len(failed)} jobs failed: {list(failed.values())[:2]}")
        if sorted(check_ids) != sorted(b["check_id"] for b in done.values()):
            problems.append(f"{len(check_ids)} checks stored for {len(done)} jobs")
        if done[killed_job]["attempts"] < 2:
            problems.append(f"the killed job {killed_job} was not retried: {done[killed_job]}")
        if stored_twice:
            problems.append(f"{len(stored_twice)} archive conflicts are stored twice")
        twice = sum(1 for n in handler.received.values() if n > 1)
        if twice:
            problems.append(f"{twice} conflicts were announced more than once")
        server_errors = {s: n for s, n in statuses.items() if s >= 500}
        if server_errors:
            problems.append(f"5xx answers: {server_errors}")

        latencies = [finished[j] - jobs[j] for j in jobs]
        print(
            f"articles: {len(texts)} posted from {args.threads} threads, {len(stored)} stored "
            "(the rest: GVC's repeated texts under other metadata (409), or not English (422))"
        )
        print(
            f"POST /v1/articles: {len(post_latency) / post_seconds:.1f}/s, "
            f"p50 {1000 * _percentile(post_latency, 50):.0f} ms, "
            f"p99 {1000 * _percentile(post_latency, 99):.0f} ms"
        )
        print(
            f"archive matching: every article matched {drained:.1f} s after the first post "
            f"({len(stored) / drained:.1f} articles/s through 2 workers); "
            f"{len(conflicts)} conflicts stored, each delivered to the webhook once"
        )
        print(
            f"async checks: {len(jobs)} checks of {args.per_check} articles, submit to done "
            f"p50 {_percentile(latencies, 50):.1f} s, p90 {_percentile(latencies, 90):.1f} s, "
            f"max {max(latencies):.1f} s; the killed job done "
            f"{finished[killed_job] - killed_at:.1f} s after the kill "
            f"(attempts {done[killed_job]['attempts']})"
        )
        print(f"responses: {dict(sorted(statuses.items()))}")
        if problems:
            print("FAILED: " + "; ".join(problems))
            print("logs in", work)
            return 1
        print("ok: every job completed once, no conflict stored twice, no 5xx")
        return 0
    except TimeoutError as exc:
        print(f"FAILED: {exc}; logs in {work}")
        return 1
    finally:
        receiver.shutdown()
        for worker in workers:
            _stop(worker)
        _stop(server)
        redis.flushdb()


if __name__ == "__main__":
    sys.exit(main())
