"""The `claimcheck` command: extract, check, serve.

Errors print one line to stderr and exit non-zero (2 for usage, 1 for input); findings
never change the exit status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from claims import InvalidInput, extract
from claims.model import Article

#: files `check DIR` reads; anything else in the folder is passed over
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
#: optional per-folder metadata: {"<file stem>": {"title", "source", "url", "published"}}
MANIFEST_NAME = "manifest.json"


class CliError(Exception):
    """A problem the user can fix; printed as one line."""


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: use YYYY-MM-DD") from None


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
        elif path.is_file():
            files.append(path)
        else:
            raise CliError(f"{name}: no such file or folder")
    return files


def _manifest(folder: Path) -> dict[str, dict]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise CliError(f"{path}: expected an object keyed by file name without extension")
    return data


def read_article(path: Path, *, published: dt.date | None = None) -> Article:
    """Read one file as an article; its id is the file name without its extension."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(
            f"{path}: not UTF-8 text; convert it (iconv -t UTF-8) and try again"
        ) from None
    meta = _manifest(path.parent).get(path.stem, {})
    meta_published = meta.get("published")
    if published is None and meta_published:
        try:
            published = dt.date.fromisoformat(meta_published)
        except ValueError:
            raise CliError(
                f"{path.parent / MANIFEST_NAME}: {path.stem}.published is not YYYY-MM-DD"
            ) from None
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    try:
        return extract(
            text,
            published=published,
            title=meta.get("title"),
            source=meta.get("source"),
            url=meta.get("url"),
            format=fmt,
            article_id=path.stem,
        )
    except InvalidInput as exc:
        raise CliError(f"{path}: {exc}") from None


def _cmd_extract(args: argparse.Namespace) -> int:
    from service.schemas import ArticleWithClaimsSchema
    from service.terminal import render_claims

    article = read_article(Path(args.file), published=args.published)
    if args.json:
        json.dump(ArticleWithClaimsSchema().dump(article), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_claims(article, color=_use_color(args)))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from claims import check
    from service.schemas import ReportSchema
    from service.terminal import render_report

    articles = [read_article(p) for p in _article_files(args.paths)]
    report = check(articles)
    if args.json:
        json.dump(ReportSchema().dump(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_report(report, color=_use_color(args)))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from service.server import serve

    serve(host=args.host, port=args.port, workers=args.workers)
    return 0


def _use_color(args: argparse.Namespace) -> bool:
    if args.color == "always":
        return True
    if args.color == "never":
        return False
    return sys.stdout.isatty()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck", description="Cross-check the claims of news articles."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p_extract = sub.add_parser("extract", help="print the claims of one article")
    p_extract.add_argument("file")
    p_extract.add_argument("--json", action="store_true", help="print the claims as JSON")
    p_extract.add_argument(
        "--published", type=_date_arg, help="publication date YYYY-MM-DD (wins over the dateline)"
    )
    p_extract.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p_extract.set_defaults(func=_cmd_extract)

    p_check = sub.add_parser("check", help="cross-check articles (files or folders)")
    p_check.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    p_check.add_argument("--json", action="store_true", help="print the report JSON")
    p_check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p_check.set_defaults(func=_cmd_check)

    p_serve = sub.add_parser("serve", help="run the HTTP API with a production server")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--workers", type=int, default=2)
    p_serve.set_defaults(func=_cmd_serve)
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
