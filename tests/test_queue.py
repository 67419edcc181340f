"""The RQ queue against the real Redis at 127.0.0.1:6379 with real `claimcheck worker`
processes: a job goes through, and a job whose worker is killed with SIGKILL mid-job is
retried by the other worker and stores its check once. Skips where Redis does not answer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REDIS = "redis://127.0.0.1:6379/13"  # a database of its own, flushed before and after
SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def _redis():
    try:
        from redis import Redis

        connection = Redis.from_url(REDIS, socket_connect_timeout=1)
        connection.ping()
        return connection
    except Exception as exc:  # noqa: BLE001 (any failure means: no Redis here)
        pytest.skip(f"needs Redis at 127.0.0.1:6379 ({exc})")


@pytest.fixture
def queue_env(tmp_path):
    redis = _redis()
    redis.flushdb()
    env = {
        **os.environ,
        "CLAIMCHECK_QUEUE_URL": REDIS,
        "CLAIMCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'queue.sqlite3'}",
        "CLAIMCHECK_RATE_LIMIT": "off",
    }
    yield env
    redis.flushdb()


def _worker(env, log: Path) -> subprocess.Popen:
    with log.open("w") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "service.cli", "worker"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _client(env):
    from service import create_app

    app = create_app(
        {
            "QUEUE_URL": env["CLAIMCHECK_QUEUE_URL"],
            "DATABASE_URL": env["CLAIMCHECK_DATABASE_URL"],
            "RATE_LIMIT": "off",
        }
    )
    return app, app.test_client()


def _until(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _articles(copies: int) -> list[dict]:
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    return [
        {"text": f"{texts[i % len(texts)]}\n\n(Edition {i}.)"}
        for i in range(copies)  # distinct texts, so each is read
    ]


@pytest.mark.slow
def test_a_job_goes_through_a_worker(queue_env, tmp_path):
    worker = _worker(queue_env, tmp_path / "worker.log")
    app, client = _client(queue_env)
    try:
        response = client.post(
            "/v1/checks", json={"articles": _articles(2)}, headers={"Prefer": "respond-async"}
        )
        assert response.status_code == 202
        location = response.headers["Location"]
        job = _until(
            lambda: (b := client.get(location).get_json())["status"] in ("done", "failed") and b,
            60,
            "the job",
        )
        assert job["status"] == "done", (job, (tmp_path / "worker.log").read_text())
        assert client.get(job["check_url"]).status_code == 200
    finally:
        _stop(worker)
        app.extensions["claimcheck.storage"].dispose()


@pytest.mark.slow
def test_a_job_killed_with_its_worker_is_retried_and_stored_once(queue_env, tmp_path):
    from redis import Redis
    from rq.job import Job

    workers = [_worker(queue_env, tmp_path / f"worker{i}.log") for i in range(2)]
    app, client = _client(queue_env)
    redis = Redis.from_url(REDIS)
    try:
        response = client.post(
            "/v1/checks", json={"articles": _articles(40)}, headers={"Prefer": "respond-async"}
        )
        job_id = response.get_json()["id"]
        location = response.headers["Location"]
        _until(lambda: client.get(location).get_json()["progress"] > 0, 60, "the job to start")
        rq_job = Job.fetch(f"check-{job_id}", connection=redis)
        worker_name = rq_job.worker_name
        from rq import Worker

        busy = next(w for w in Worker.all(connection=redis) if w.name == worker_name)
        os.kill(busy.pid, signal.SIGKILL)  # the worker, and with it (PDEATHSIG) its horse
        killed = next(w for w in workers if w.pid == busy.pid)
        killed.wait(10)

        job = _until(
            lambda: (b := client.get(location).get_json())["status"] in ("done", "failed") and b,
            120,
            "the retried job",
        )
        logs = "\n".join(p.read_text() for p in tmp_path.glob("worker*.log"))
        assert job["status"] == "done", (job, logs)
        assert job["attempts"] == 2
        checks = client.get("/v1/checks").get_json()["items"]
        assert [c["id"] for c in checks] == [job["check_id"]]  # stored once
        assert checks[0]["summary"]["articles"] == 40
    finally:
        for worker in workers:
            _stop(worker)
        app.extensions["claimcheck.storage"].dispose()
