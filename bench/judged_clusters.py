"""Build the judged clusters' texts from ../shared/corpus, for the keys in bench/judged/.

The answer keys in ``bench/judged/<cluster_id>.json`` hold article ids and short quotes only
(no article text lives in this repository); this script rebuilds the clusters file that
``../shared/tools/judged.py`` reads, in the same shape as ``../shared/judged/clusters-dev.jsonl``:

    {"cluster_id", "event", "articles": [{"id", "title", "date", "outlet", "url", "text"}]}

A cluster id names its corpus and group: ``gvc-<incident_id>`` is every GVC article of that
incident, ``ecbplus-<subtopic>`` every ECB+ article of that same-event group. The outlet is the
article URL's host (inside a web.archive.org URL, the archived page's host), without "www.".

    python bench/judged_clusters.py                    # bench/judged/*.json -> /tmp/claimcheck-clusters.jsonl
    python bench/judged_clusters.py --out FILE gvc-357164 ecbplus-8_ecb   # named clusters only
    python bench/judged_clusters.py --check          # every key's quotes stand once in its article
    python ../shared/tools/judged.py .venv/bin/claimcheck /tmp/claimcheck-clusters.jsonl bench/judged
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
KEYS = REPO / "bench" / "judged"
DEFAULT_OUT = Path("/tmp/claimcheck-clusters.jsonl")
ARCHIVE_HOST = "web.archive.org"


def outlet(url: str | None) -> str | None:
    """The publisher's host of an article URL, looking through a web.archive.org wrapper.

    >>> outlet("http://web.archive.org/web/20170118142431/http://www.fox19.com/story/1")
    'fox19.com'
    >>> outlet("http://www.i24news.tv/en/news/x") , outlet(None)
    ('i24news.tv', None)
    """
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host == ARCHIVE_HOST:
        inner = parts.path.split("/", 3)[-1] if parts.path.count("/") >= 3 else ""
        if "://" in inner:
            host = urlsplit(inner).hostname or host
    host = host.removeprefix("www.")
    return host or None


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def corpus_groups(corpus: Path = CORPUS) -> dict[str, list[dict]]:
    """cluster id -> its articles (judged.py's article shape), in corpus order."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for doc in _records(corpus / "gvc" / "documents.jsonl"):
        groups[f"gvc-{doc['incident_id']}"].append(
            {
                "id": doc["doc_id"],
                "title": doc.get("title") or None,
                "date": (doc.get("dct") or "")[:10] or None,
                "outlet": outlet(doc.get("url")),
                "url": doc.get("url") or None,
                "text": doc["text"],
            }
        )
    for doc in _records(corpus / "ecbplus" / "documents.jsonl"):
        groups[f"ecbplus-{doc['subtopic']}"].append(
            {
                "id": doc["doc_id"],
                "title": None,
                "date": None,
                "outlet": outlet(doc.get("url")),
                "url": doc.get("url") or None,
                "text": doc["text"],
            }
        )
    return groups


def key_ids(keys: Path = KEYS) -> list[str]:
    return sorted(json.loads(p.read_text())["cluster_id"] for p in keys.glob("*.json"))


def build(cluster_ids: Iterable[str], corpus: Path = CORPUS, keys: Path = KEYS) -> list[dict]:
    """The clusters named, with the event line of their key where one exists."""
    groups = corpus_groups(corpus)
    events = {}
    for p in keys.glob("*.json"):
        key = json.loads(p.read_text())
        events[key["cluster_id"]] = key.get("event", "")
    out = []
    for cid in cluster_ids:
        if cid not in groups:
            raise SystemExit(
                f"judged_clusters: no corpus group {cid!r} (gvc-<incident>, ecbplus-<subtopic>)"
            )
        out.append({"cluster_id": cid, "event": events.get(cid, ""), "articles": groups[cid]})
    return out


VERDICTS = frozenset({"agree", "consistent", "update", "conflict"})


def key_problems(key: dict, cluster: dict) -> list[str]:
    """What is wrong with an answer key against its cluster's texts (BRIEF.md's rules).

    Every quote must stand exactly once in its article; a fact needs mentions from two
    articles; conflict pairs index mentions of different articles; a fact with conflicts
    has the verdict "conflict".
    """
    texts = {a["id"]: a["text"] for a in cluster["articles"]}
    problems = []

    def quote_problem(where: str, mention: dict) -> str | None:
        text = texts.get(mention.get("article"))
        if text is None:
            return f"{where}: article {mention.get('article')!r} is not in {cluster['cluster_id']}"
        count = text.count(mention.get("quote") or "\0")
        if count != 1:
            return f"{where}: quote {mention.get('quote')!r} stands {count} times in its article"
        return None

    for fact in key.get("facts", []):
        fid = fact.get("id", "?")
        mentions = fact.get("mentions", [])
        for n, mention in enumerate(mentions):
            if problem := quote_problem(f"{fid} mention {n}", mention):
                problems.append(problem)
        if len({m.get("article") for m in mentions}) < 2:
            problems.append(f"{fid}: mentions from fewer than two articles")
        for pair in fact.get("conflicts", []):
            i, j = pair
            if not (0 <= i < len(mentions) and 0 <= j < len(mentions)):
                problems.append(f"{fid}: conflict {pair} indexes past its {len(mentions)} mentions")
            elif mentions[i].get("article") == mentions[j].get("article"):
                problems.append(f"{fid}: conflict {pair} is within one article")
        if fact.get("verdict") not in VERDICTS:
            problems.append(
                f"{fid}: verdict {fact.get('verdict')!r} is not one of {sorted(VERDICTS)}"
            )
        elif bool(fact.get("conflicts")) != (fact.get("verdict") == "conflict"):
            problems.append(
                f"{fid}: verdict {fact.get('verdict')!r} but conflicts {fact.get('conflicts')}"
            )
    for n, trap in enumerate(key.get("traps", [])):
        for side in ("a", "b"):
            if problem := quote_problem(f"trap {n}{side}", trap.get(side, {})):
                problems.append(problem)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "clusters", nargs="*", help="cluster ids (default: every key in bench/judged/)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="check every key's quotes and pairs")
    args = parser.parse_args(argv)
    clusters = build(args.clusters or key_ids())
    if args.check:
        bad = 0
        for cluster in clusters:
            path = KEYS / f"{cluster['cluster_id']}.json"
            if path.exists():
                for problem in key_problems(json.loads(path.read_text()), cluster):
                    print(f"{path.name}: {problem}")
                    bad += 1
        print(f"{bad} problems in {len(clusters)} keys", file=sys.stderr)
        return 1 if bad else 0
    with args.out.open("w", encoding="utf-8") as out:
        for cluster in clusters:
            out.write(json.dumps(cluster, ensure_ascii=False) + "\n")
    articles = sum(len(c["articles"]) for c in clusters)
    print(f"{len(clusters)} clusters, {articles} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
