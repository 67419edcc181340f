"""`claimcheck worker`: RQ workers for the claimcheck queue (CLAIMCHECK_QUEUE_URL).

Each worker forks a work-horse per job (RQ's default). Two changes make a worker that
is killed outright (SIGKILL, the OOM killer, a lost machine) lose no job:

- the horse dies with its worker (Linux `PR_SET_PDEATHSIG`), so a job is never left
  running unwatched beside its retry;
- a running job's registry entry outlives its last heartbeat by `HEARTBEAT_GRACE`
  seconds, not RQ's fixed 60, and every worker looks for abandoned entries every
  `MAINTENANCE_SECONDS` while idle: a dead worker's job is back on the queue within
  about HEARTBEAT + HEARTBEAT_GRACE + MAINTENANCE seconds, and RQ retries it (each check
  job has CHECK_ATTEMPTS tries; service/tasks.py). The job stores its check under the id
  chosen when it was submitted, so the check is stored once.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time

from rq import Worker

#: seconds between a busy worker's heartbeats
HEARTBEAT = 3
#: seconds after a missed heartbeat before a job counts as abandoned
HEARTBEAT_GRACE = 6
#: seconds between an idle worker's looks for abandoned jobs
MAINTENANCE_SECONDS = 3
#: the worker key's time to live: an idle worker polls the queue every WORKER_TTL - 15 s
WORKER_TTL = 20
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the worker died before prctl took effect
        os._exit(1)


class ClaimcheckWorker(Worker):
    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        if job.timeout and job.timeout > 0:
            left = job.timeout - working_time
            return int(min(left, self.job_monitoring_interval)) + HEARTBEAT_GRACE
        return self.job_monitoring_interval + HEARTBEAT_GRACE

    def main_work_horse(self, job, queue):
        _die_with_parent()
        super().main_work_horse(job, queue)


def run_worker(url: str, *, burst: bool = False) -> None:
    """One worker on the claimcheck queue, until SIGTERM (or, with burst, an empty queue)."""
    from redis import Redis

    from service import create_app
    from service.tasks import QUEUE_NAME, set_worker_app

    app = create_app({"QUEUE_URL": url})
    set_worker_app(app)
    import claims  # noqa: F401  loaded once here, shared by every forked horse
    from service.language import detect

    detect("The detector's models are loaded here, once, before any horse is forked.")
    from claims import gazetteer

    gazetteer.prepare()  # the place index's cache file, so no horse pays its build

    connection = Redis.from_url(url)
    worker = ClaimcheckWorker(
        [QUEUE_NAME],
        connection=connection,
        job_monitoring_interval=HEARTBEAT,
        maintenance_interval=MAINTENANCE_SECONDS,
        worker_ttl=WORKER_TTL,
    )
    worker.work(burst=burst, with_scheduler=True, logging_level="INFO")


def run_workers(url: str, count: int) -> None:
    """`count` worker processes, each restarted if it dies, until SIGTERM or SIGINT."""
    command = [sys.executable, "-m", "service.cli", "worker", "--workers", "1"]
    env = {**os.environ, "CLAIMCHECK_QUEUE_URL": url}
    children = [subprocess.Popen(command, env=env) for _ in range(count)]
    stopping = False

    def stop(_signum, _frame):
        nonlocal stopping
        stopping = True
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping:
        for index, child in enumerate(children):
            if child.poll() is not None and not stopping:
                print(f"claimcheck: worker {child.pid} exited ({child.returncode}); restarting")
                children[index] = subprocess.Popen(command, env=env)
        time.sleep(1)
    for child in children:
        child.wait()
