"""`claimcheck batch`: a corpus in, its claims and the cross-checks of its buckets out.

IN.jsonl holds one article per line: `id` and `text`, optional `title`, `published`
(YYYY-MM-DD), `source`, `url`, `format` ("text" or "html"). OUT.jsonl gets one line per
article read, in input order: the article as `POST /v1/extract` returns it (with its
claims). The articles are then put in buckets by what their claims say
(`claims.buckets`: place and ISO week) and every bucket of two or more articles is
cross-checked; `--report FILE` gets one line per bucket, sorted by week and place:
`{"bucket": {"week", "place"}, "article_ids": [...], "report": <the check report>}`.

The reading and the checks run in this process (`--jobs 1`), on a local process pool
(`--jobs N`), or on a Dask distributed cluster (`--dask [ADDRESS]`; a LocalCluster of two
workers when no address is given); the files written are the same byte for byte. A bad
line (not JSON, a missing or ill-typed field, a repeated id, text that cannot be read)
prints one line on stderr naming its line number and field; the others are still read,
and the exit status is 1 at the end.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any

from claims import InvalidInput, check, extract
from claims.buckets import Bucket, bucket_of, buckets
from claims.model import Article
from service import pool

#: what a line may hold; `id` and `text` are required
FIELDS = ("id", "text", "title", "published", "source", "url", "format")
FORMATS = ("text", "html")
#: lines read by one task: big enough that scheduling costs little, small enough to balance
CHUNK_LINES = 16
#: workers of the LocalCluster `--dask` starts when it is given no address
LOCAL_DASK_WORKERS = 2


class BadLine(ValueError):
    """A line that cannot be read as an article; the message names the field."""


def _string(record: dict, field: str, *, required: bool = False) -> str | None:
    if field not in record:
        if required:
            raise BadLine(f'"{field}" is missing')
        return None
    value = record[field]
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise BadLine(f'"{field}" must be a string, not {type(value).__name__}')
    return value


def parse_line(raw: bytes) -> dict:
    """One input line as extract's keyword arguments plus `id`; raises BadLine."""
    from service.cli import _day

    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadLine("not UTF-8 text") from None
    except ValueError as exc:
        raise BadLine(f"not JSON ({exc})") from None
    if not isinstance(record, dict):
        raise BadLine(f"must be a JSON object, not {type(record).__name__}")
    for field in record:
        if field not in FIELDS:
            raise BadLine(f'"{field}" is not a field: use {", ".join(FIELDS)}')
    article_id = _string(record, "id", required=True)
    if not article_id:
        raise BadLine('"id" is empty')
    published = _string(record, "published")
    if published:
        try:
            published = _day(published)
        except ValueError:
            raise BadLine(
                f'"published" is {json.dumps(published)}, not a date: use YYYY-MM-DD'
            ) from None
    fmt = _string(record, "format") or "text"
    if fmt not in FORMATS:
        raise BadLine(f'"format" is {json.dumps(fmt)}: use "text" or "html"')
    return {
        "article_id": article_id,
        "text": _string(record, "text", required=True),
        "title": _string(record, "title"),
        "source": _string(record, "source"),
        "url": _string(record, "url"),
        "published": published or None,
        "format": fmt,
    }


# --------------------------------------------------------------------------- worker side
# An item of a chunk is (line number, kwargs for extract) or (line number, error message).
Item = tuple[int, "dict | str"]
#: (line number, error or None, output line, bucket, article)
Read = tuple[int, "str | None", str, "Bucket | None", "Article | None"]


def read_chunk(chunk: list[Item]) -> list[Read]:
    """Read the articles of one chunk (runs in a worker): each good line's output line,
    bucket and article; a bad line's message, passed on in its place."""
    from service.schemas import ArticleWithClaimsSchema

    schema = ArticleWithClaimsSchema()
    out: list[Read] = []
    for lineno, item in chunk:
        if isinstance(item, str):
            out.append((lineno, item, "", None, None))
            continue
        try:
            article = extract(**item)
        except InvalidInput as exc:
            out.append((lineno, f'"{exc.field}": {exc}', "", None, None))
            continue
        line = json.dumps(schema.dump(article), ensure_ascii=False)
        out.append((lineno, None, line, bucket_of(article), article))
    return out


def check_bucket(task: tuple[Bucket, list[Article]]) -> str:
    """One bucket's report line (runs in a worker)."""
    from service.schemas import ReportSchema

    bucket, articles = task
    record = {
        "bucket": asdict(bucket),
        "article_ids": [a.id for a in articles],
        "report": ReportSchema().dump(check(articles)),
    }
    return json.dumps(record, ensure_ascii=False)


# --------------------------------------------------------------------------- driver side


def _items(path: Path, seen: dict[str, int]) -> Iterator[Item]:
    """Each non-blank line of IN.jsonl, parsed here (cheap); an id seen before is bad."""
    with path.open("rb") as lines:
        for lineno, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                record = parse_line(raw)
            except BadLine as exc:
                yield lineno, str(exc)
                continue
            first = seen.setdefault(record["article_id"], lineno)
            if first != lineno:
                yield lineno, f'"id" {json.dumps(record["article_id"])} repeats line {first}'
                continue
            yield lineno, record


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Runner:
    """Where tasks run: this process, a local process pool or a Dask cluster."""

    def __init__(self, jobs: int, dask: str | None) -> None:
        self.client: Any = None
        self.executor: Any = None
        self.window = max(1, jobs) * pool.WINDOW_PER_WORKER
        if dask is not None:
            self.client = _dask_client(dask)
            workers = max(1, len(self.client.scheduler_info().get("workers", {})))
            self.window = workers * pool.WINDOW_PER_WORKER
        elif jobs > 1:
            self.executor = pool.process_pool(jobs)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        if self.client is not None:
            futures = (self.client.submit(fn, item, pure=False) for item in items)
            return pool.in_order(futures, self.window)
        return pool.mapped(self.executor, fn, items, self.window)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
        if self.client is not None:
            cluster = self.client.cluster
            self.client.close()
            if cluster is not None:
                cluster.close()


def _dask_client(address: str) -> Any:
    from service.cli import CliError

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise CliError(
            "--dask needs Dask: pip install 'claimcheck[batch]' (dask[distributed])"
        ) from None
    if address:
        try:
            return Client(address, timeout=30)
        except (OSError, TimeoutError, ValueError) as exc:
            raise CliError(f"--dask {address}: cannot reach the scheduler ({exc})") from None
    cluster = LocalCluster(
        n_workers=LOCAL_DASK_WORKERS,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: never 8787, which another cluster may hold
    )
    return Client(cluster)


def run(
    source: Path,
    out: Path,
    report: Path | None,
    *,
    jobs: int,
    dask: str | None,
    err: Any = None,
) -> tuple[int, int, int, int]:
    """Read `source`, write `out` (and `report`); (articles, claims, buckets checked,
    bad lines)."""
    seen: dict[str, int] = {}
    articles: list[Article] = []
    keys: list[Bucket | None] = []
    read = claims_read = checked = bad = 0
    runner = _Runner(jobs, dask)
    try:
        with out.open("w", encoding="utf-8") as written:
            for chunk in runner.map(read_chunk, _chunks(_items(source, seen), CHUNK_LINES)):
                for lineno, error, line, key, article in chunk:
                    if error is not None:
                        print(f"claimcheck: {source}:{lineno}: {error}", file=err or sys.stderr)
                        bad += 1
                        continue
                    written.write(line + "\n")
                    assert article is not None
                    read += 1
                    claims_read += len(article.claims)
                    if report is not None:
                        articles.append(article)
                        keys.append(key)
        if report is not None:
            tasks = ((key, [articles[n] for n in members]) for key, members in buckets(keys))
            with report.open("w", encoding="utf-8") as written:
                for line in runner.map(check_bucket, tasks):
                    written.write(line + "\n")
                    checked += 1
    finally:
        runner.close()
    return read, claims_read, checked, bad
