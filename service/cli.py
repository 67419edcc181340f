"""The `claimcheck` command: extract, check, serve.

Errors print one line to stderr and exit non-zero (2 for usage, 1 for input); findings
never change the exit status (`EXIT_CODES`, also in `--help`). Only regular files are
read, at most `MAX_FILE_BYTES` each: a FIFO, device or socket in a folder is skipped
with a line on stderr rather than hanging or reading without end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from claims import InvalidInput, extract
from claims.model import Article
from service import pool

#: files `check DIR` reads; anything else in the folder is passed over
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
#: optional per-folder metadata: {"<file stem>": {"title", "source", "url", "published"}};
#: keys starting with "_" are notes for people ("_about")
MANIFEST_NAME = "manifest.json"


#: the largest article (or manifest) file read, in bytes; a larger one is skipped
MAX_FILE_BYTES = 20 * 1024 * 1024
#: what a manifest entry may say about an article
MANIFEST_FIELDS = ("title", "source", "url", "published")
#: a calendar date exactly as the API and the manifest take it
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

EXIT_CODES = """\
exit status:
  0  the report was printed, whatever it finds (files skipped with a line on stderr
     still leave 0: FIFOs, devices, sockets, files over 20 MB)
  1  an input error, one line on stderr: a missing path, an unreadable or non-UTF-8
     file, a bad manifest.json, a folder with no articles left to read
  2  a usage error (a bad option or argument)
"""


class CliError(Exception):
    """A problem the user can fix; printed as one line."""


class Skipped(CliError):
    """A file `check` passes over with a line on stderr (not a regular file, too large)."""


def _day(value: str) -> dt.date:
    """A date given exactly as YYYY-MM-DD (ValueError otherwise)."""
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(value)
    return dt.date.fromisoformat(value)


def _date_arg(value: str) -> dt.date:
    try:
        return _day(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: use YYYY-MM-DD") from None


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_capped(path: Path) -> bytes:
    """The bytes of a regular file (a symlink to one is fine) of at most MAX_FILE_BYTES.

    Raises `Skipped` for anything else without blocking on it: the file is opened
    non-blocking (a FIFO with no writer would wait forever) and judged by what the
    open descriptor is, so it cannot be swapped between a check and the read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing only
            raise Skipped(f"{path}: skipped, a socket (only regular files are read)") from None
        raise CliError(f"{path}: cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            raise Skipped(f"{path}: skipped, {kind} (only regular files are read)")
        if info.st_size > MAX_FILE_BYTES:
            raise Skipped(
                f"{path}: skipped, {info.st_size:,} bytes is over the "
                f"{MAX_FILE_BYTES // 2**20} MB limit per file"
            )
        try:
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise CliError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew while we read it
        raise Skipped(f"{path}: skipped, over the {MAX_FILE_BYTES // 2**20} MB limit per file")
    return data


def _article_files(paths: Sequence[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise CliError(
                    f"{name}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder"
                )
            files.extend(found)
        elif path.exists():
            files.append(path)  # read_capped tells a regular file from the rest
        else:
            raise CliError(f"{name}: no such file or folder")
    return files


def _manifest_entry(path: Path, key: object, entry: object) -> dict:
    """One manifest entry, checked: an object of MANIFEST_FIELDS, strings or null."""
    where = f"{path}: {json.dumps(key)}"
    if not isinstance(entry, dict):
        raise CliError(
            f"{where} must be an object with {', '.join(MANIFEST_FIELDS)}, "
            f"not {type(entry).__name__} {json.dumps(entry)[:40]}"
        )
    for field, value in entry.items():
        if field not in MANIFEST_FIELDS:
            raise CliError(
                f"{where}.{field} is not a manifest field: use {', '.join(MANIFEST_FIELDS)}"
            )
        if value is not None and not isinstance(value, str):
            raise CliError(f"{where}.{field} must be a string or null")
    published = entry.get("published")
    if published:
        try:
            entry = {**entry, "published": _day(published)}
        except ValueError:
            raise CliError(
                f"{where}.published is {json.dumps(published)}, not a date: use YYYY-MM-DD"
            ) from None
    return entry


def _manifest(folder: Path) -> dict[str, dict]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(read_capped(path).decode("utf-8-sig"))
    except Skipped as exc:
        raise CliError(str(exc).replace(": skipped, ", ": cannot be the manifest, ")) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise CliError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise CliError(
            f"{path}: expected an object keyed by file name without extension, "
            f"not {'a list' if isinstance(data, list) else type(data).__name__}"
        )
    # keys starting with "_" are notes ("_about"), not articles
    return {
        key: _manifest_entry(path, key, entry)
        for key, entry in data.items()
        if not key.startswith("_")
    }


def _article_task(
    path: Path, *, published: dt.date | None = None, manifest: dict[str, dict] | None = None
) -> dict:
    """What `claims.extract` needs to read one file: its text and metadata (read here, in
    the process that was given the path; the reading itself may run in a worker)."""
    raw = read_capped(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(
            f"{path}: not UTF-8 text; convert it (iconv -t UTF-8) and try again"
        ) from None
    meta = (_manifest(path.parent) if manifest is None else manifest).get(path.stem, {})
    return {
        "path": str(path),
        "text": text,
        "published": published or meta.get("published"),
        "title": meta.get("title"),
        "source": meta.get("source"),
        "url": meta.get("url"),
        "format": "html" if path.suffix.lower() in (".html", ".htm") else "text",
    }


def _extract_task(task: dict) -> tuple[str, Article | str]:
    """("article", the article) or ("error", the line to print): runs in a worker. With
    `render` "json" or "table" in the task, the article comes back as the text
    `claimcheck extract` prints for it (so the worker, not the parent, pays for it)."""
    path = task["path"]
    try:
        article = extract(
            task["text"],
            published=task["published"],
            title=task["title"],
            source=task["source"],
            url=task["url"],
            format=task["format"],
            article_id=Path(path).stem,
        )
    except InvalidInput as exc:
        return "error", f"{path}: {exc}"
    render = task.get("render")
    if render == "json":
        from service.schemas import ArticleWithClaimsSchema

        dumped = ArticleWithClaimsSchema().dump(article)
        return "article", json.dumps(dumped, ensure_ascii=False, indent=2)
    if render == "table":
        from service.terminal import render_claims

        return "article", render_claims(article, color=task["color"])
    return "article", article


def read_article(
    path: Path, *, published: dt.date | None = None, manifest: dict[str, dict] | None = None
) -> Article:
    """Read one file as an article; its id is the file name without its extension."""
    kind, value = _extract_task(_article_task(path, published=published, manifest=manifest))
    if kind == "error":
        raise CliError(str(value))
    assert isinstance(value, Article)
    return value


def read_articles(
    paths: Sequence[str],
    *,
    jobs: int,
    published: dt.date | None = None,
    strict: bool = False,
    render: dict | None = None,
) -> list:
    """The articles in `paths` (files, folders), in order, read by `jobs` processes.

    Files are opened and decoded here, in order; `claims.extract` runs in a pool of at
    most `jobs` workers (none when 1, or for a single file). A skipped file prints its line
    on stderr (an error when `strict`); the first error stops the run. Either way what is
    printed and returned is exactly what `jobs=1` gives. With `render` ({"render": "json"}
    or {"render": "table", "color": bool}) each article comes back as its printed text.
    """
    files = _article_files(paths)
    manifests: dict[Path, dict[str, dict]] = {}

    def outcome(path: Path) -> tuple[str, object]:
        try:
            if path.parent not in manifests:
                manifests[path.parent] = _manifest(path.parent)
            entry = manifests[path.parent].get(path.stem)
            task = _article_task(
                path, published=published, manifest={path.stem: entry} if entry else {}
            )
            return "task", {**task, **(render or {})}
        except Skipped as exc:
            return ("error" if strict else "skipped"), str(exc)
        except CliError as exc:
            return "error", str(exc)

    workers = min(jobs, len(files))
    executor = pool.process_pool(workers) if workers > 1 else None

    def futures():
        for path in files:
            kind, value = outcome(path)
            if kind != "task":
                yield pool.done((kind, value))
            elif executor is None:
                yield pool.done(_extract_task(value))  # type: ignore[arg-type]
            else:
                yield executor.submit(_extract_task, value)

    articles: list[Article] = []
    try:
        for kind, value in pool.in_order(futures(), window=workers * pool.WINDOW_PER_WORKER):
            if kind == "skipped":
                print(f"claimcheck: {value}", file=sys.stderr)
            elif kind == "error":
                raise CliError(str(value))
            else:
                articles.append(value)  # type: ignore[arg-type]
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    return articles


def _cmd_extract(args: argparse.Namespace) -> int:
    render = {"render": "json"} if args.json else {"render": "table", "color": _use_color(args)}
    texts = read_articles(
        args.files,
        jobs=args.jobs or pool.default_jobs(),
        published=args.published,
        strict=True,
        render=render,
    )
    if not args.json:
        sys.stdout.write("\n".join(texts))
    elif len(args.files) == 1 and len(texts) == 1:
        sys.stdout.write(texts[0] + "\n")
    else:  # what json.dump(list, indent=2) writes, from each article's own indented text
        items = ",\n".join("  " + text.replace("\n", "\n  ") for text in texts)
        sys.stdout.write(f"[\n{items}\n]\n" if texts else "[]\n")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from claims import check
    from service.schemas import ReportSchema
    from service.terminal import render_report

    articles = read_articles(args.paths, jobs=args.jobs or pool.default_jobs())
    if not articles:
        raise CliError("no articles left to read: every file given was skipped")
    report = check(articles)
    if args.html:
        _write_html(Path(args.html), ReportSchema().dump(report), articles)
    if args.csv:
        from service.exports import report_csv

        sys.stdout.write(report_csv(ReportSchema().dump(report)))
    elif args.json:
        json.dump(ReportSchema().dump(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_report(report, color=_use_color(args)))
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from service.batch import run

    source, out = Path(args.source), Path(args.out)
    if not source.is_file():
        raise CliError(f"{source}: no such file")
    if args.dask is not None and args.jobs is not None:
        raise CliError("give --jobs or --dask, not both")
    report = Path(args.report) if args.report else None
    for target in (out, report):
        if target is not None and target.resolve() == source.resolve():
            raise CliError(f"{target}: is the input; write the output elsewhere")
    articles, claims_read, checked, bad = run(
        source, out, report, jobs=args.jobs or pool.default_jobs(), dask=args.dask
    )
    print(f"{articles:,} articles, {claims_read:,} claims -> {out}")
    if report is not None:
        print(f"{checked:,} buckets of 2+ articles cross-checked -> {report}")
    if bad:
        print(f"{bad:,} bad lines (on stderr)")
    return 1 if bad else 0


def _write_html(path: Path, report: dict, articles: Sequence[Article]) -> None:
    """The server's HTML report page, written to `path` with its stylesheet inlined."""
    from service.report_page import render_standalone

    page = render_standalone(report, {a.id: a.text for a in articles})
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{path}: cannot write the HTML report ({exc.strerror})") from None


def _cmd_verify(args: argparse.Namespace) -> int:
    from claims import verify
    from service.schemas import VerificationSchema

    manifests: dict[Path, dict[str, dict]] = {}
    sources = []
    for path in _article_files(args.paths):
        manifest = manifests.setdefault(path.parent, _manifest(path.parent))
        try:
            sources.append(read_article(path, manifest=manifest, published=args.published))
        except Skipped as exc:
            print(f"claimcheck: {exc}", file=sys.stderr)
    if not sources:
        raise CliError("no sources left to read: every file given was skipped")
    try:
        result = verify(args.claim, sources, published=args.published)
    except InvalidInput as exc:
        raise CliError(f"the claim: {exc}") from None
    if args.json:
        json.dump(VerificationSchema().dump(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    names = {a.id: a.source or a.id for a in result.sources}
    lines = [f"{result.verdict.replace('_', ' ')}: {result.claim.strip()}"]
    for v in result.verdicts:
        lines.append(f"  {v.verdict.replace('_', ' ')} · {v.text}: {v.explanation}")
        for e in v.evidence:
            where = ", ".join(names.get(i, i) for i in e.article_ids)
            lines.append(f"      {e.relation} [{where}] {' | '.join(e.sentences)[:200]}")
    if not result.verdicts:
        lines.append(f"  {result.explanation}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from service.server import serve

    serve(host=args.host, port=args.port, workers=args.workers)
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    from service.worker import run_worker, run_workers

    url = args.queue_url or os.environ.get("CLAIMCHECK_QUEUE_URL")
    if not url:
        raise CliError(
            "no queue: set CLAIMCHECK_QUEUE_URL=redis://127.0.0.1:6379/1 (the same as the "
            "server's) or pass --queue-url; without one the server runs jobs itself"
        )
    if args.workers == 1:
        run_worker(url, burst=args.burst)
    else:
        run_workers(url, args.workers)
    return 0


def _use_color(args: argparse.Namespace) -> bool:
    if args.color == "always":
        return True
    if args.color == "never":
        return False
    return sys.stdout.isatty()


def _jobs_arg(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes: use 1 or more")
    return int(value)


def _jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        type=_jobs_arg,
        metavar="N",
        help=f"processes reading the files (default: the number of cores, "
        f"{pool.default_jobs()} here; 1 reads them in this process)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Cross-check the claims of news articles.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p_extract = sub.add_parser(
        "extract",
        help="print the claims of articles (files or folders)",
        description="Print each article's claims: a table, or with --json the article as "
        "the API returns it (a list of them when more than one file is read).",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_extract.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    p_extract.add_argument("--json", action="store_true", help="print the claims as JSON")
    p_extract.add_argument(
        "--published", type=_date_arg, help="publication date YYYY-MM-DD (wins over the dateline)"
    )
    p_extract.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _jobs_option(p_extract)
    p_extract.set_defaults(func=_cmd_extract)

    p_check = sub.add_parser(
        "check",
        help="cross-check articles (files or folders)",
        description="Cross-check articles: .txt/.html files, or folders of them with an "
        "optional manifest.json of {id: {title, source, url, published}}. Only regular "
        "files of at most 20 MB are read; others are skipped with a line on stderr.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_check.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    formats = p_check.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print the report JSON")
    formats.add_argument(
        "--csv",
        action="store_true",
        help="print one CSV row per claim (fact_id, status, article, outlet, date, kind, "
        "text, low, high, unit, sentence), as GET /v1/checks/{id} with Accept: text/csv",
    )
    p_check.add_argument(
        "--html",
        metavar="FILE",
        help="also write the report as the HTML page the server shows (no server needed)",
    )
    p_check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _jobs_option(p_check)
    p_check.set_defaults(func=_cmd_check)

    p_batch = sub.add_parser(
        "batch",
        help="read a corpus (JSON Lines) and cross-check it by place and week",
        description="Read IN.jsonl (one article a line: id, text, optional title, published, "
        "source, url, format), write one line per article with its claims to OUT.jsonl, "
        "then cross-check the articles whose claims name the same place in the same ISO "
        "week and write one report line per such bucket to --report. A bad line prints one "
        "line on stderr (its number and field); the rest are read, and the exit status is 1.",
    )
    p_batch.add_argument("source", metavar="IN.jsonl")
    p_batch.add_argument("--out", required=True, metavar="OUT.jsonl")
    p_batch.add_argument("--report", metavar="FILE", help="the cross-checks, one line per bucket")
    _jobs_option(p_batch)
    p_batch.add_argument(
        "--dask",
        nargs="?",
        const="",
        metavar="ADDRESS",
        help="run on a Dask distributed cluster at ADDRESS (tcp://host:8786); with no "
        "address, on a LocalCluster of 2 workers (needs claimcheck[batch])",
    )
    p_batch.set_defaults(func=_cmd_batch)

    p_verify = sub.add_parser(
        "verify",
        help="check one claim against articles (files or folders)",
        description="Check one claim against sources: supported, contradicted or not "
        "addressed, with the evidence. Sources are read as by check.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_verify.add_argument("claim", metavar="CLAIM", help='the claim, e.g. "Twelve Marines died"')
    p_verify.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    p_verify.add_argument("--json", action="store_true", help="print the verification JSON")
    p_verify.add_argument(
        "--published", type=_date_arg, help="date of the claim and sources YYYY-MM-DD"
    )
    p_verify.set_defaults(func=_cmd_verify)

    p_serve = sub.add_parser("serve", help="run the HTTP API with a production server")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--workers", type=int, default=2)
    p_serve.set_defaults(func=_cmd_serve)

    p_worker = sub.add_parser(
        "worker",
        help="run queue workers for asynchronous checks and webhooks (CLAIMCHECK_QUEUE_URL)",
    )
    p_worker.add_argument("--workers", type=int, default=1, help="worker processes")
    p_worker.add_argument("--queue-url", help="Redis URL (default: $CLAIMCHECK_QUEUE_URL)")
    p_worker.add_argument(
        "--burst", action="store_true", help="stop when the queue is empty (one worker only)"
    )
    p_worker.set_defaults(func=_cmd_worker)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `claimcheck check seeds | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
