"""Reading articles on every core: a process pool, results in input order.

`claimcheck check`, `extract` and `batch` read each article with `claims.extract`; with
`--jobs N` above 1 that call runs in one of N worker processes. The workers are started
by a fork server (spawn where there is none) that has imported `claims` once, so a worker
starts in milliseconds and shares no state with the command that started it. Results come
back in the order the inputs were given, and no more than a bounded number are in flight,
so the output is byte-identical to `--jobs 1` and memory stays flat on a long input.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

#: what a fork server imports before it forks workers (each worker starts with them loaded)
PRELOAD = ["claims", "service.cli"]
#: tasks in flight per worker: enough to keep every core busy, few enough to stay small
WINDOW_PER_WORKER = 8


def default_jobs() -> int:
    """The cores this process may run on (the affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """`jobs` worker processes from a fork server preloaded with `claims` (spawn where the
    platform has no fork server). Never plain fork: the parent may hold threads and locks."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def done(value: T) -> Future[T]:
    """A future that already holds `value` (an outcome known without a worker)."""
    future: Future[T] = Future()
    future.set_result(value)
    return future


def in_order(futures: Iterable[Future[T]], window: int) -> Iterator[T]:
    """The results of `futures`, in their order, drawing at most `window` ahead.

    `futures` is usually a generator that submits as it goes, so at most `window`
    tasks are queued or running at once. Works for concurrent.futures and Dask futures.
    """
    pending: deque[Future[T]] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def mapped(
    executor: Executor | None, fn: Callable[..., T], items: Iterable[Any], window: int
) -> Iterator[T]:
    """`fn(item)` for each item, in order: in this process when `executor` is None."""
    if executor is None:
        return map(fn, items)
    return in_order((executor.submit(fn, item) for item in items), window)
