"""What claimcheck says about real news: shooting incidents (GVC) and same-event groups (ECB+).

There is no gold here (the official GVC incident counts are held out), so this bench
prints what a sub-editor would check first, reproducibly:

    discrepancies   `claims.check` over every GVC incident with 2+ articles (a sample of
                    ``--incidents``, shuffled with ``--seed``) and over the first
                    ``--groups`` ECB+ same-event groups: how many discrepancies, in how
                    many incidents/groups. Most are false alarms worth reading; the
                    count going down without the planted tests failing is progress.
    title check     a *silver* reading of deaths and injuries: GVC headlines that say
                    "2 dead, 4 wounded" are taken as what the incident's toll is, and
                    compared with what claimcheck reads in the article *bodies* of the
                    incident (per article, the largest non-cumulative toll, then the
                    figure most articles give). Headlines can be wrong or early
                    ("Father of 4 killed" is one death), so this is a trend, not a score.

    python bench/realnews.py                       # 300 incidents, 200 titled, 40 groups
    python bench/realnews.py --incidents 20 --titled 20 --groups 3 --show 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import claims
from claims.model import Article

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"

#: Number words in GVC headlines ("Two dead, one injured").
HEADLINE_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_N = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
HEADLINE_DEAD = re.compile(
    _N + r"[ ]+(?:people[ ]+|men[ ]+|women[ ]+|teens[ ]+)?(?:dead|killed|die|dies)\b",
    re.IGNORECASE,
)
HEADLINE_HURT = re.compile(
    _N + r"[ ]+(?:others[ ]+|people[ ]+)?(?:injured|wounded|hurt)\b", re.IGNORECASE
)


def _number(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    word = match.group("n").lower()
    return int(word) if word.isdigit() else HEADLINE_NUMBERS[word]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gvc_incidents(corpus: Path) -> dict[str, list[dict]]:
    incidents: dict[str, list[dict]] = defaultdict(list)
    for doc in read_jsonl(corpus / "gvc" / "documents.jsonl"):
        if doc["text"].strip():
            incidents[doc["incident_id"]].append(doc)
    return {k: v for k, v in incidents.items() if len(v) >= 2}


def extract_gvc(doc: dict) -> Article:
    published = dt.date.fromisoformat(doc["dct"]) if doc.get("dct") else None
    return claims.extract(
        doc["text"], published=published, title=doc.get("title"), article_id=doc["doc_id"][:8]
    )


def headline_toll(docs: list[dict]) -> tuple[int | None, int | None]:
    """The first deaths and injuries figures the incident's headlines state."""
    dead = hurt = None
    for doc in docs:
        title = doc.get("title") or ""
        dead = dead if dead is not None else _number(HEADLINE_DEAD.search(title))
        hurt = hurt if hurt is not None else _number(HEADLINE_HURT.search(title))
    return dead, hurt


#: Subjects that are some of the casualties, not their toll.
PART_SUBJECTS = frozenset({"seriously hurt", "victims listed"})


def body_toll(articles: list[Article], kind: str) -> float:
    """The toll most of an incident's articles read: per article, its largest
    non-cumulative figure of `kind` that is not a part ("two critically"), else its
    largest part; 0 when none reads one."""
    per_article = Counter()
    for article in articles:
        readings = [
            (c.subject in PART_SUBJECTS, c.value.low)
            for c in article.claims
            if c.kind == kind
            and not c.cumulative
            and c.value is not None
            and c.value.low is not None
        ]
        wholes = [low for part, low in readings if not part]
        figures = wholes or [low for _, low in readings]
        if figures:
            per_article[max(figures)] += 1
    return per_article.most_common(1)[0][0] if per_article else 0


def run_discrepancies(groups: dict[str, list[Article]], show: int, label: str) -> None:
    total = with_any = 0
    shown: list[str] = []
    for name, articles in groups.items():
        report = claims.check(articles)
        found = [f for f in report.findings if f.relation == "discrepancy"]
        total += len(found)
        with_any += bool(found)
        shown.extend(f"  {name}: {f.explanation}" for f in found[: max(0, show - len(shown))])
    print(f"{label}: {total} discrepancies in {with_any} of {len(groups)}")
    for line in shown:
        print(line[:240])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--incidents", type=int, default=300, help="GVC incidents to check")
    parser.add_argument("--titled", type=int, default=200, help="GVC incidents for the title check")
    parser.add_argument("--groups", type=int, default=40, help="ECB+ groups to check")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print up to N findings/misses each")
    args = parser.parse_args(argv)
    if not (args.corpus / "gvc" / "documents.jsonl").exists():
        print(f"realnews: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    incidents = gvc_incidents(args.corpus)

    ids = sorted(incidents)
    random.Random(args.seed).shuffle(ids)
    chosen = {i: [extract_gvc(d) for d in incidents[i]] for i in ids[: args.incidents]}
    run_discrepancies(chosen, args.show, f"GVC, {len(chosen)} incidents")

    titled = [(i, *headline_toll(incidents[i])) for i in sorted(incidents)]
    titled = [row for row in titled if row[1] is not None]
    random.Random(3).shuffle(titled)
    titled = titled[: args.titled]
    deaths_ok = hurt_ok = hurt_n = 0
    misses: list[str] = []
    for incident, dead, hurt in titled:
        articles = chosen.get(incident) or [extract_gvc(d) for d in incidents[incident]]
        read_dead = body_toll(articles, "deaths")
        read_hurt = body_toll(articles, "injuries")
        deaths_ok += read_dead == dead
        if hurt is not None:
            hurt_n += 1
            hurt_ok += read_hurt == hurt
        if (read_dead != dead or (hurt is not None and read_hurt != hurt)) and len(
            misses
        ) < args.show:
            misses.append(
                f"  {incident}: headline {dead} dead/{hurt} hurt, bodies {read_dead:g}/{read_hurt:g}"
            )
    print(
        f"GVC title check, {len(titled)} incidents: deaths {deaths_ok}/{len(titled)}, "
        f"injuries {hurt_ok}/{hurt_n}"
    )
    for line in misses:
        print(line)

    ecb_path = args.corpus / "ecbplus" / "documents.jsonl"
    if ecb_path.exists() and args.groups:
        by_group: dict[str, list[dict]] = defaultdict(list)
        for doc in read_jsonl(ecb_path):
            if doc["text"].strip():
                by_group[doc["subtopic"]].append(doc)
        names = sorted(by_group)[: args.groups]
        groups = {
            name: [claims.extract(d["text"], article_id=d["doc_id"]) for d in by_group[name]]
            for name in names
        }
        run_discrepancies(groups, args.show, f"ECB+, {len(groups)} groups")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
