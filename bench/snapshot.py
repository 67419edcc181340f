"""An output-identity snapshot: everything the readers say about a fixed body of text.

A change meant to keep behaviour (a restructure, a speed-up) is safe when the snapshot before
and after is byte-identical. It covers the seeds (extract and the cross-check report), the
first ``--gvc`` GVC articles (1,000) and ``--ecb`` ECB+ articles (all) (extract; and the cross-check of each
GVC incident / ECB+ group among them), and every sentence of the peers' suites that
``bench/accuracy.py`` scores (find_quantities, find_dates with the case's reference date).

    python bench/snapshot.py /tmp/before.jsonl            # write it
    python bench/snapshot.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
    python bench/snapshot.py --diff /tmp/before.jsonl /tmp/after.jsonl   # the first lines that differ
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import accuracy  # noqa: E402  (bench/accuracy.py: the peers' suites and their loaders)

import claims  # noqa: E402
from claims.model import Article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"


def _plain(value):
    """A dataclass tree as JSON-ready data, stable across runs."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, frozenset, set)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def _line(out, tag: str, value) -> None:
    out.write(json.dumps([tag, _plain(value)], ensure_ascii=False, sort_keys=True) + "\n")


def _records(path: Path, limit: int):
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= limit:
                return
            yield json.loads(line)


def _seed_articles() -> list[Article]:
    seeds = REPO / "seeds"
    manifest = json.loads((seeds / "manifest.json").read_text())
    out = []
    for path in sorted(seeds.glob("*.txt")):
        meta = manifest.get(path.stem, {})
        published = meta.get("published")
        out.append(
            claims.extract(
                path.read_text(encoding="utf-8"),
                published=dt.date.fromisoformat(published) if published else None,
                title=meta.get("title"),
                source=meta.get("source"),
                url=meta.get("url"),
                article_id=path.stem,
            )
        )
    return out


def _extract(out, tag: str, text: str, **meta) -> Article | None:
    try:
        article = claims.extract(text, **meta)
    except claims.InvalidInput as refused:  # an empty scraped page: the refusal is output too
        _line(out, tag, ["refused", meta.get("article_id"), str(refused)])
        return None
    _line(out, tag, article)
    return article


def _corpus_articles(out, gvc: int, ecb: int) -> None:
    groups: dict[str, list[Article]] = defaultdict(list)
    for doc in _records(CORPUS / "gvc" / "documents.jsonl", gvc):
        dct = (doc.get("dct") or "")[:10]
        article = _extract(
            out,
            "gvc",
            doc["text"],
            published=dt.date.fromisoformat(dct) if dct else None,
            title=doc.get("title"),
            url=doc.get("url"),
            article_id=doc["doc_id"],
        )
        if article:
            groups["gvc-" + doc["incident_id"]].append(article)
    for doc in _records(CORPUS / "ecbplus" / "documents.jsonl", ecb):
        article = _extract(out, "ecb", doc["text"], url=doc.get("url"), article_id=doc["doc_id"])
        if article:
            groups["ecb-" + doc["subtopic"]].append(article)
    for name in sorted(groups):
        if len(groups[name]) > 1:
            _line(out, "check " + name, claims.check(groups[name]))


def _peer_sentences(out) -> None:
    data = accuracy.DEFAULT_DATA
    for suite in accuracy.SUITES:
        for case in suite.load(data):
            _line(out, suite.name, [case.ident, case.text, claims.find_quantities(case.text)])
            _line(out, suite.name, [case.ident, claims.find_dates(case.text, case.reference)])


def write(path: Path, gvc: int, ecb: int) -> str:
    with path.open("w", encoding="utf-8") as out:
        seeds = _seed_articles()
        for article in seeds:
            _line(out, "seed", article)
        _line(out, "check seeds", claims.check(seeds))
        _corpus_articles(out, gvc, ecb)
        _peer_sentences(out)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def diff(a: Path, b: Path, most: int = 5) -> int:
    shown = 0
    with a.open(encoding="utf-8") as left, b.open(encoding="utf-8") as right:
        for n, (x, y) in enumerate(zip(left, right, strict=False), 1):
            if x != y and shown < most:
                print(f"line {n}:\n- {x[:600]}\n+ {y[:600]}")
                shown += 1
    return 1 if shown or a.stat().st_size != b.stat().st_size else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--gvc", type=int, default=1000, help="GVC articles (default 1000)")
    parser.add_argument("--ecb", type=int, default=982, help="ECB+ articles (default: all 982)")
    parser.add_argument("--diff", action="store_true", help="compare two snapshots")
    args = parser.parse_args(argv)
    if args.diff:
        return diff(*args.paths[:2])
    print(write(args.paths[0], args.gvc, args.ecb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
