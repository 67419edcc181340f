"""How claims.compare scales: 1k, 10k, 100k claims from generated news articles.

Run from the repository root: `python bench/compare_scale.py` (a few minutes), or
`python bench/compare_scale.py --sizes 1000,5000` for a quick look.

The articles are generated, deterministically (one seed), in the shape of the seed
articles: stories in one country each, reported over up to two years by ten-odd
articles; each article carries running national tolls ("at least 6,000 lives so far",
attributed), city tolls with scopes ("more than 60 on Monday in Homs", "overnight",
"since last Friday"), injuries, counts of crowds, the conflict's duration, votes and
dated events with actors and places. Figures grow over a story's life, with noise, and
about 3 in 100 are off by a factor (the contradictions a real corpus holds); one
article in 20 is a wire copy of another. Each article has a text of its claim
sentences and filler, so syndication detection runs on text too. Extraction is not
timed here: bench/speed.py does that.

`--gvc` runs `claims.check` (comparison, facts, groups, labels: the whole report) on real
claims instead: the GVC corpus's articles (../shared/corpus/gvc) extracted once, in
corpus order, on every core, and kept in a pickle (`--gvc-cache`, rebuilt when missing);
each size takes the first articles that hold that many claims, and its `seconds` are CPU
seconds, the least of three runs (wall-clock on the shared machine swings by 2-4x). Its
`growth` column is the time ratio per doubling of claims (<= 2.2 is the target; 2.0 is
linear).

    python bench/compare_scale.py --gvc --sizes 6250,12500,25000,50000

Each size runs in a fresh subprocess so its peak memory (ru_maxrss, minus the
process's size before comparing) is its own. Columns: claims, articles, findings,
wall seconds of `compare`, claims per second, peak extra MB, and the growth exponent
of time against the previous size (1.0 = linear, 2.0 = all pairs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claims.compare import compare  # noqa: E402
from claims.lexicon.places import PLACES  # noqa: E402
from claims.model import Article, Claim, DateInterval, Quantity  # noqa: E402

SEED = 20120207
CLAIMS_PER_ARTICLE = 10
ARTICLES_PER_STORY = 12
START = dt.date(2011, 3, 15)
SOURCES = (
    "activists",
    "the UN",
    "opposition groups",
    "state media",
    "analysts",
    "the health ministry",
    "a rights group",
    "local officials",
    "witnesses",
)
SURNAMES = (
    "Lavrov",
    "Assad",
    "Muallem",
    "Kerry",
    "Brahimi",
    "Annan",
    "Clinton",
    "Juppe",
    "Davutoglu",
    "Wang",
    "Fabius",
    "Hague",
    "Ban",
    "Araghchi",
    "Zarif",
    "Putin",
)
PERSON_SUBJECTS = ("people", "civilians", "lives", "children", "soldiers")
CROWDS = ("protesters", "supporters", "refugees", "students", "mourners")
SCOPES = ("on Monday", "on Tuesday", "overnight", "since last Friday", "in the past week")
EVENTS = ("visit", "talks", "attack", "summit", "vote")


def _seed_words() -> tuple[str, ...]:
    """The vocabulary of the seed articles: filler reads like their prose."""
    words: set[str] = set()
    for path in sorted((REPO / "seeds").glob("*.txt")):
        for word in path.read_text(encoding="utf-8").split():
            words.add(word.strip(".,;:!?\"“”’'()").lower())
    return tuple(sorted(w for w in words if w.isalpha()))


FILLER = _seed_words()


def _countries() -> list[tuple[str, list[str]]]:
    cities: dict[str, list[str]] = {}
    for place, parent in PLACES.items():
        if parent is not None and PLACES.get(parent, "") is None:
            cities.setdefault(parent, []).append(place)
    return sorted((c, sorted(v)) for c, v in cities.items() if len(v) >= 2)


def _fmt(n: float) -> str:
    return f"{int(n):,}"


def _bound(n: float) -> Quantity:
    low = max(1, int(n))
    step = 10 ** int(math.log10(low))
    return Quantity(low, None, low, bound=True, ceiling=(low // step + 1) * step)


def _vague(n: float) -> tuple[str, Quantity]:
    if n < 100:
        return "dozens", Quantity(24, 99, None, vague=True)
    if n < 1000:
        return "hundreds", Quantity(200, 999, None, vague=True)
    if n < 10000:
        return "thousands", Quantity(2000, 9999, None, vague=True)
    return "tens of thousands", Quantity(20000, 99999, None, vague=True)


def generate(n_claims: int, seed: int = SEED) -> list[Article]:
    """Articles holding about `n_claims` claims, the same for the same arguments."""
    rng = random.Random(seed)
    countries = _countries()
    n_articles = max(2, n_claims // CLAIMS_PER_ARTICLE)
    n_stories = max(1, n_articles // ARTICLES_PER_STORY)
    stories = []
    for s in range(n_stories):
        country, cities = countries[rng.randrange(len(countries))]
        start = START + dt.timedelta(days=rng.randrange(0, 900))
        stories.append(
            (
                s,
                country,
                cities,
                start,
                rng.uniform(50, 3000),
                rng.uniform(2, 60),
                rng.sample(SURNAMES, 3),
            )
        )
    articles: list[Article] = []
    for n in range(n_articles):
        if articles and rng.random() < 0.05:  # a wire copy, undated or dated
            twin = articles[rng.randrange(len(articles))]
            aid = f"{n:06d}_copy"
            claims = tuple(
                Claim(**{**_fields(c), "id": f"{aid}:{i}", "article_id": aid})
                for i, c in enumerate(twin.claims)
            )
            articles.append(
                Article(
                    aid,
                    twin.text,
                    claims,
                    published=twin.published,
                    published_basis=twin.published_basis,
                )
            )
            continue
        story = stories[rng.randrange(len(stories))]
        articles.append(_article(rng, n, story))
    return articles


def _fields(claim: Claim) -> dict[str, object]:
    return {name: getattr(claim, name) for name in Claim.__dataclass_fields__}


def _article(rng: random.Random, n: int, story: tuple) -> Article:
    sid, country, cities, start, base, per_day, actors = story
    published = start + dt.timedelta(days=rng.randrange(0, 700))
    age = (published - start).days
    true_toll = base + per_day * age
    aid = f"{n:06d}_{sid:04d}"
    sentences: list[str] = []
    claims: list[Claim] = []

    def add(kind: str, text: str, value: Quantity | None = None, **context: object) -> None:
        tail = " ".join(rng.choice(FILLER) for _ in range(8))
        sentence = f"Officials said {text} as {tail}."
        offset = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        claims.append(
            Claim(
                id=f"{aid}:{offset}",
                article_id=aid,
                kind=kind,
                text=text,
                start=offset,
                end=offset + len(text),
                sentence=sentence,
                value=value,
                as_of=published,
                **context,
            )
        )  # type: ignore[arg-type]

    def noisy(x: float) -> float:
        x *= rng.uniform(0.9, 1.1)
        return x * rng.choice((3, 10, 0.2)) if rng.random() < 0.03 else x

    toll = noisy(true_toll)
    add(
        "deaths",
        f"at least {_fmt(toll)} lives",
        _bound(toll),
        location=country,
        subject="lives",
        cumulative=True,
        attribution=rng.choice(SOURCES),
        time_scope="so far",
    )
    word, q = _vague(noisy(true_toll))
    add(
        "deaths",
        f"{word} dead",
        q,
        location=country,
        subject="dead",
        cumulative=True,
        attribution=rng.choice(SOURCES),
    )
    for _ in range(2):
        city = rng.choice(cities)
        scope = rng.choice(SCOPES)
        # the city's share of the story's daily toll: the same in every article
        share = 0.2 + sum(map(ord, city)) % 100 / 100
        daily = noisy(per_day * share * (1 if scope.startswith("on ") else 3))
        scope_date = None
        if scope.startswith("on "):
            back = (published.weekday() - ("on Monday", "on Tuesday").index(scope)) % 7 or 7
            day = published - dt.timedelta(days=back)
            scope_date = DateInterval(day, day)
        elif scope.startswith("since"):
            day = published - dt.timedelta(days=(published.weekday() - 4) % 7 or 7)
            scope_date = DateInterval(day, day)
        add(
            "deaths",
            f"more than {_fmt(daily)} {(who := rng.choice(PERSON_SUBJECTS))}",
            _bound(daily),
            location=city,
            subject=who,
            time_scope=scope,
            scope_date=scope_date,
            attribution=rng.choice(SOURCES),
        )
    injured = noisy(true_toll * 2)
    add(
        "injuries",
        f"about {_fmt(injured)} wounded",
        Quantity(injured * 0.9, injured * 1.1, injured, approximate=True),
        location=country,
        cumulative=True,
    )
    crowd = rng.uniform(100, 20000)
    add(
        "count",
        f"{_fmt(crowd)} {(crowd_word := rng.choice(CROWDS))}",
        Quantity(int(crowd), int(crowd), int(crowd), exact=True),
        location=rng.choice(cities),
        subject=crowd_word,
    )
    months = max(1, round(age / 30.44 + rng.choice((0, 0, 1, -1))))
    add(
        "duration",
        f"{months}-month",
        Quantity(months, months, months, unit="month", exact=True),
        subject=rng.choice(("conflict", "uprising")),
        location=country,
    )
    for _ in range(2):
        what = rng.choice(EVENTS)
        when = published - dt.timedelta(days=rng.randrange(0, 4))
        add(
            "event",
            f"on {when:%B} {when.day}",
            None,
            date=DateInterval(when, when),
            event=what,
            actors=tuple(rng.sample(actors, 2)),
            location=rng.choice(cities),
        )
    votes = 13 if rng.random() > 0.03 else rng.randrange(5, 12)
    day = start + dt.timedelta(days=30)
    add(
        "vote",
        f"{votes} countries",
        Quantity(votes, votes, votes, exact=True),
        subject=f"resolution {sid}",
        event="voted",
        date=DateInterval(day, day),
    )
    filler = " ".join(rng.choice(FILLER) for _ in range(60))
    text = " ".join(sentences) + " " + filler.capitalize() + "."
    return Article(aid, text, tuple(claims), published=published, published_basis="dateline")


GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"
#: runs of each GVC size; the least CPU time is reported
REPEATS = 3


def _gvc_extract(doc: dict) -> Article | None:
    import claims

    dct = (doc.get("dct") or "")[:10]
    try:
        return claims.extract(
            doc["text"],
            published=dt.date.fromisoformat(dct) if dct else None,
            title=doc.get("title"),
            url=doc.get("url"),
            article_id=doc["doc_id"],
        )
    except claims.InvalidInput:  # an empty scraped page
        return None


def gvc_articles(cache: Path) -> list[Article]:
    """Every GVC article, extracted (once: then read from `cache`), ids unique."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    if cache.exists():
        return pickle.loads(cache.read_bytes())
    docs, seen = [], set()
    with GVC.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["doc_id"] not in seen:  # the corpus files some articles twice
                seen.add(doc["doc_id"])
                docs.append(doc)
    with ProcessPoolExecutor() as pool:
        articles = [a for a in pool.map(_gvc_extract, docs, chunksize=16) if a is not None]
    cache.write_bytes(pickle.dumps(articles))
    return articles


def run_gvc(size: int, cache: Path) -> dict[str, float]:
    import claims

    everything = gvc_articles(cache)
    articles, total = [], 0
    for article in everything:
        if total >= size:
            break
        articles.append(article)
        total += len(article.claims)
    claims.check(everything[:20])  # warm-up: pint's unit registry loads once per process
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds = float("inf")
    for _ in range(REPEATS):  # CPU seconds, the least of three: the machine is shared
        started = time.process_time()
        report = claims.check(articles)
        seconds = min(seconds, time.process_time() - started)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    relations = {
        r: sum(f.relation == r for f in report.findings)
        for r in ("discrepancy", "update", "consistent", "agree")
    }
    return {
        "claims": total,
        "articles": len(articles),
        "findings": len(report.findings),
        "groups": len(report.groups),
        "syndicated": sum(len(g) for g in report.syndication),
        "compare_s": seconds,
        "peak_extra_mb": (after - before) / 1024,
        **relations,
    }


def run_one(size: int) -> dict[str, float]:
    compare(generate(100, seed=1))  # warm-up: pint's unit registry loads once per process
    started = time.perf_counter()
    articles = generate(size)
    generated = time.perf_counter() - started
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = compare(articles)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    relations = {
        r: sum(f.relation == r for f in result.findings)
        for r in ("discrepancy", "update", "consistent", "agree")
    }
    return {
        "claims": sum(len(a.claims) for a in articles),
        "articles": len(articles),
        "findings": len(result.findings),
        "groups": len(result.groups),
        "syndicated": sum(len(g) for g in result.syndication),
        "generate_s": generated,
        "compare_s": seconds,
        "peak_extra_mb": (after - before) / 1024,
        **relations,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        help="claim counts, comma-separated (default 1000,10000,100000)",
    )
    parser.add_argument("--gvc", action="store_true", help="claims.check on real GVC claims")
    parser.add_argument(
        "--gvc-cache",
        type=Path,
        default=Path("/tmp/claimcheck-gvc-articles.pickle"),
        help="where the extracted GVC articles are kept (delete it after changing the readers)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        row = run_gvc(args.one, args.gvc_cache) if args.gvc else run_one(args.one)
        print(json.dumps(row))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.gvc:
        gvc_articles(args.gvc_cache)  # extract once, before the timed subprocesses
        print("claims.check on real GVC claims (the first articles holding each size)")
    else:
        print(
            f"claims.compare on generated articles (seed {SEED}, "
            f"{CLAIMS_PER_ARTICLE} claims per article)"
        )
    header = (
        f"{'claims':>8} {'articles':>8} {'findings':>9} {'discr.':>7} {'update':>7} "
        f"{'synd.':>6} {'seconds':>8} {'claims/s':>9} {'peak MB':>8} {'growth':>7}"
    )
    print(header)
    previous: dict[str, float] | None = None
    for size in sizes:
        gvc = ["--gvc", "--gvc-cache", str(args.gvc_cache)] if args.gvc else []
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), *gvc],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        row = json.loads(out)
        growth = ""
        if (
            previous is not None
            and previous["compare_s"] > 0
            and row["claims"] > previous["claims"]
        ):
            ratio = row["compare_s"] / previous["compare_s"]
            if args.gvc:  # the time ratio per doubling of claims
                doubling = math.log(2) / math.log(row["claims"] / previous["claims"])
                growth = f"{ratio**doubling:.2f}x"
            else:
                growth = f"{math.log(ratio) / math.log(row['claims'] / previous['claims']):.2f}"
        print(
            f"{row['claims']:>8} {row['articles']:>8} {row['findings']:>9} {row['discrepancy']:>7} "
            f"{row['update']:>7} {row['syndicated']:>6} {row['compare_s']:>8.2f} "
            f"{row['claims'] / row['compare_s']:>9.0f} {row['peak_extra_mb']:>8.1f} {growth:>7}"
        )
        previous = row
    return 0


if __name__ == "__main__":
    sys.exit(main())
