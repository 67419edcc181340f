"""The cross-check report against the readers' answer keys, and why each miss is missed.

Two dev keys: ``../shared/judged/`` (6 clusters, texts in its clusters-dev.jsonl) and this
repository's ``bench/judged/`` (texts rebuilt from ../shared/corpus by judged_clusters.py). The
scores are ``../shared/tools/judged.py``'s, run on each; ``--why`` reads every key fact in process
and says, per fact that the report does not connect, what stood in the way:

    unread       no mention but one article's has a claim over its quote (extraction)
    one article  only one article's mentions were read
    unrelated    mentions of two articles were read, and no finding joins them (alignment);
                 "(as count)" where every claim over a quote is of another kind than the key's

    python bench/judged.py                 # both keys, the scorer's lines
    python bench/judged.py --why           # and the misses by cause, with an example each
    python bench/judged.py --why --show 30 # every miss (up to 30 per cause)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import judged_clusters  # noqa: E402

import claims  # noqa: E402

SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "judged.py"
SHARED_KEYS = SHARED / "judged"
SHARED_CLUSTERS = SHARED_KEYS / "clusters-dev.jsonl"
REPO_KEYS = REPO / "bench" / "judged"
#: where this run rebuilds the repository key's clusters (one file per run: runs in
#: parallel must not share it)
REPO_CLUSTERS = Path(tempfile.gettempdir()) / f"claimcheck-judged-clusters-{os.getpid()}.jsonl"


#: The counts in judged.py's summary line: (right/discrepancies), (found/conflicts),
#: (found/agreements).
SUMMARY_COUNTS = re.compile(
    r"precision \d+% \((\d+)/(\d+);.*conflict recall \d+% \((\d+)/(\d+)\),"
    r" agreement recall \d+% \((\d+)/(\d+)\)"
)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "n/a (0/0)"


def _claimcheck() -> str:
    return str(Path(sys.executable).with_name("claimcheck"))


def score(clusters: Path, keys: Path, show: bool = False) -> str:
    command = [sys.executable, str(SCORER), _claimcheck(), str(clusters), str(keys)]
    done = subprocess.run(command + (["--show"] if show else []), capture_output=True, text=True)
    return done.stdout + done.stderr


def _iso(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _read_cluster(cluster: dict) -> claims.Report:
    articles = [
        claims.extract(
            a["text"],
            published=_iso(a.get("date")),
            title=a.get("title"),
            source=a.get("outlet"),
            url=a.get("url"),
            article_id=a["id"],
        )
        for a in cluster["articles"]
    ]
    return claims.check(articles)


def _why_missed(key: dict, cluster: dict) -> list[tuple[str, str]]:
    """(cause, example) for each key fact with mentions in 2+ articles the report does not join."""
    texts = {a["id"]: a["text"] for a in cluster["articles"]}
    report = _read_cluster(cluster)
    by_article = defaultdict(list)
    for claim in report.claims:
        by_article[claim.article_id].append(claim)
    joined = defaultdict(set)  # claim id -> claim ids a finding joins it to
    for finding in report.findings:
        a, b = finding.claim_ids
        joined[a].add((b, finding.relation))
        joined[b].add((a, finding.relation))
    out = []
    for fact in key["facts"]:
        wants_conflict = bool(fact.get("conflicts"))
        read = {}  # mention index -> claim ids of the fact's kind over it
        other = []
        for n, mention in enumerate(fact["mentions"]):
            start = texts[mention["article"]].find(mention["quote"])
            end = start + len(mention["quote"])
            over = [c for c in by_article[mention["article"]] if c.start < end and start < c.end]
            if over:  # the scorer maps by span alone, whatever kind the claim has
                read[n] = [c.id for c in over]
            if over and all(c.kind != fact["kind"] for c in over):
                other.append(f"{mention['quote']!r} as {over[0].kind}")
        arts = {fact["mentions"][n]["article"] for n in read}
        ids = {cid for hits in read.values() for cid in hits}
        relations = {rel for cid in ids for other_id, rel in joined[cid] if other_id in ids}
        good = ("discrepancy" in relations) if wants_conflict else bool(relations - {"discrepancy"})
        if good:
            continue
        what = f"{key['cluster_id']} {fact['id']} ({fact['kind']}, {fact['verdict']}): {fact['what'][:90]}"
        unread = [m["quote"] for n, m in enumerate(fact["mentions"]) if n not in read]
        if len(arts) < 2:
            cause = "unread" if not arts else "one article"
            out.append((cause, f"{what} — unread {unread[:4]}"))
        else:
            said = ", ".join(sorted(relations)) or "nothing"
            kinds = f" ({'; '.join(other[:2])})" if other else ""
            out.append(("unrelated", f"{what} — in {len(arts)} articles, findings: {said}{kinds}"))
    return out


def why(show: int) -> None:
    jobs = [(SHARED_CLUSTERS, SHARED_KEYS), (REPO_CLUSTERS, REPO_KEYS)]
    causes = defaultdict(list)
    for clusters_path, keys in jobs:
        clusters = {}
        for line in clusters_path.open(encoding="utf-8"):
            cluster = json.loads(line)
            clusters[cluster["cluster_id"]] = cluster
        for path in sorted(keys.glob("*.json")):
            key = json.loads(path.read_text())
            if key["cluster_id"] in clusters:
                for cause, example in _why_missed(key, clusters[key["cluster_id"]]):
                    causes[cause].append(example)
    for cause, examples in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"{cause}: {len(examples)}")
        for example in examples[:show]:
            print(f"    {example}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--why", action="store_true", help="the misses by cause")
    parser.add_argument("--show", type=int, default=1, help="examples per cause (default 1)")
    parser.add_argument("--false", action="store_true", help="the scorer's false and missed lines")
    args = parser.parse_args(argv)
    judged_clusters.main(["--out", str(REPO_CLUSTERS)])
    totals = [0] * 6
    for name, clusters, keys in (
        ("shared dev key", SHARED_CLUSTERS, SHARED_KEYS),
        ("bench/judged key", REPO_CLUSTERS, REPO_KEYS),
    ):
        lines = score(clusters, keys, args.false).strip().splitlines()
        print(f"== {name}")
        print("\n".join(lines if args.false else lines[-1:]))
        counts = SUMMARY_COUNTS.search(lines[-1]) if lines else None
        if counts:
            totals = [t + int(n) for t, n in zip(totals, counts.groups(), strict=True)]
    right, flagged, found, conflicts, agreed, agreements = totals
    print(
        f"== both keys: discrepancy precision {_share(right, flagged)}, conflict recall"
        f" {_share(found, conflicts)}, agreement recall {_share(agreed, agreements)}"
    )
    if args.why:
        why(args.show)
    REPO_CLUSTERS.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
