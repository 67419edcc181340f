"""Where background work runs: an RQ queue on Redis, or a thread of the server process.

Three kinds of work leave the request: an asynchronous check (`run_check_job`), the
matching of a stored article against the archive (`match_article`) and a webhook
delivery (`deliver`). Both read what to do from the database by id, so a
retried task, or one picked up by another worker after its first worker was killed,
does the same work again and stores it once (the check's id is decided when the job
is submitted; a delivery is logged once per event and subscription).

With `CLAIMCHECK_QUEUE_URL` set, `submit` enqueues on RQ (`claimcheck worker` runs
the workers, see service/worker.py); without it the embedded default runs the task on
a small thread pool in the process that submitted it, so a single `claimcheck serve`
needs no other server. Embedded tasks do not outlive their process.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask, current_app

#: the RQ queue every claimcheck task goes on
QUEUE_NAME = "claimcheck"
#: how often a check job is tried in all when its worker dies under it
CHECK_ATTEMPTS = 3
#: the longest a check job may run on a worker before RQ stops it, in seconds
CHECK_TIMEOUT = 1800
#: threads of the embedded runner, per server process
EMBEDDED_THREADS = 2


class EmbeddedRunner:
    """Runs tasks on a thread pool in this process, retrying deliveries on a timer."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pid = 0

    def _executor(self) -> ThreadPoolExecutor:
        import os

        with self._lock:  # made after gunicorn forks: a pool does not survive fork()
            if self._pool is None or self._pid != os.getpid():
                self._pool = ThreadPoolExecutor(EMBEDDED_THREADS, thread_name_prefix="claimcheck")
                self._pid = os.getpid()
            return self._pool

    def submit(self, task: Callable[..., Any], *args: Any, retry_delays: Sequence[float] = ()):
        self._executor().submit(self._run, task, args, tuple(retry_delays), 0)

    def _run(self, task, args, delays: tuple[float, ...], attempt: int) -> None:
        with self.app.app_context():
            try:
                task(*args, len(delays) - attempt)
            except Exception:
                if attempt < len(delays):
                    timer = threading.Timer(
                        delays[attempt],
                        lambda: self._executor().submit(self._run, task, args, delays, attempt + 1),
                    )
                    timer.daemon = True
                    timer.start()
                else:
                    self.app.logger.exception("background task %s failed", task.__name__)

    def wait(self) -> None:
        """Wait for the tasks submitted so far (tests)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)


class RQRunner:
    """Enqueues tasks on Redis for `claimcheck worker`."""

    def __init__(self, url: str) -> None:
        from redis import Redis
        from rq import Queue

        self.redis = Redis.from_url(url)
        self.queue = Queue(QUEUE_NAME, connection=self.redis)

    def submit(
        self,
        task: Callable[..., Any],
        *args: Any,
        retry_delays: Sequence[float] = (),
        job_id: str | None = None,
        attempts: int | None = None,
    ):
        from rq import Retry

        retries = len(retry_delays) if attempts is None else attempts - 1
        retry = None
        if retries > 0:
            intervals = [math.ceil(d) for d in retry_delays] or [0]
            retry = Retry(max=retries, interval=intervals)
        self.queue.enqueue(
            f"{task.__module__}.{task.__name__}",
            *args,
            job_id=job_id,
            retry=retry,
            job_timeout=CHECK_TIMEOUT,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
        )

    def wait(self) -> None:
        pass


def init_tasks(app: Flask) -> None:
    url = app.config.get("QUEUE_URL")
    app.extensions["claimcheck.tasks"] = RQRunner(url) if url else EmbeddedRunner(app)


def runner() -> EmbeddedRunner | RQRunner:
    return current_app.extensions["claimcheck.tasks"]


def submit_check_job(job_id: str) -> None:
    from service.jobs import run_check_job

    tasks = runner()
    if isinstance(tasks, RQRunner):
        tasks.submit(run_check_job, job_id, job_id=f"check-{job_id}", attempts=CHECK_ATTEMPTS)
    else:
        tasks.submit(run_check_job, job_id)


def submit_match_job(article_id: str) -> None:
    """Match a stored article against the archive (service/archive.py)."""
    from service.archive import match_article

    tasks = runner()
    if isinstance(tasks, RQRunner):
        tasks.submit(
            match_article, article_id, job_id=f"match-{article_id}", attempts=CHECK_ATTEMPTS
        )
    else:
        tasks.submit(match_article, article_id)


def submit_delivery(delivery_id: str) -> None:
    from service.webhooks import deliver

    runner().submit(deliver, delivery_id, retry_delays=current_app.config["WEBHOOK_RETRY_DELAYS"])


#: the app a worker process built (service/worker.py), for tasks run outside a request
_WORKER_APP: Flask | None = None


def set_worker_app(app: Flask) -> None:
    global _WORKER_APP
    _WORKER_APP = app


def app_context():
    """The current app's context when there is one, else the worker's app's."""
    from contextlib import nullcontext

    from flask import has_app_context

    if has_app_context():
        return nullcontext()
    if _WORKER_APP is None:
        from service import create_app

        set_worker_app(create_app())
    assert _WORKER_APP is not None
    return _WORKER_APP.app_context()


def retries_left(given: int | None) -> int:
    """How many more tries a task has: as given by the embedded runner, or RQ's count."""
    if given is not None:
        return given
    from rq import get_current_job

    job = get_current_job()
    return int(job.retries_left or 0) if job is not None else 0
