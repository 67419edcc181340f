"""Speed, memory and start-up of claimcheck's extraction against the peers, on one text.

The text is the repository's seed articles (seeds/*.txt) repeated to ~5 MB (``--mb``),
interleaved with the peers' own test sentences (Recognizers-Text, Duckling, quantulum3,
dateparser; read from ``../shared/benchmarks`` when present) cut into article-sized
blocks. Every contender runs in a fresh subprocess of this script (``--worker NAME``):

    claimcheck          claims.extract on every article copy (cleaning, numbers, dates, claims)
    claimcheck-n+d      claims.find_quantities + claims.find_dates only (what the peers do)
    floor               one pass of a compiled regex for digit groups and number words
    quantulum3          quantulum3.parser.parse
    recognizers-number  recognizers_number.recognize_number(text, Culture.English)
    recognizers-date    recognizers_date_time.recognize_datetime(text, Culture.English)
    dateparser          dateparser.search.search_dates(text, languages=["en"])

Reported per contender: bytes actually processed (the slow peers read only a prefix,
``--peer-kb``, and their rate is extrapolated as MB/s), MB/s, the ratio of claimcheck
to it, peak memory (ru_maxrss of the contender's own fresh process: interpreter +
library + the text it holds), and import + first call (measured inside the fresh
process, from before the first import to the end of the first call; interpreter
start-up excluded). Then `claims.check` on growing sets of seed articles whose numbers
are varied (``--check-sizes``).

    python bench/speed.py                      # ~5 MB, peers on 100 KB, check 10/100/1000
    python bench/speed.py --mb 0.01 --no-peers --check-sizes 10
    python bench/speed.py --seeds-only --no-peers --check-sizes ''   # the target's basis
    python bench/speed.py --gvc --mb 2 --check-sizes ''   # GVC news articles, peers too
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks"

TARGET_MBPS = 2.0  # full extraction, one core
TARGET_PEAK_MB = 150.0
TARGET_STARTUP_S = 0.4
TARGET_FLOOR_RATIO = 0.5  # full extraction's MB/s over the regex floor's, in the same run
GVC = REPO.parent / "shared" / "corpus" / "gvc" / "documents.jsonl"

#: The floor: what any number finder must at least do, one pass over the text.
FLOOR_PATTERN = re.compile(
    r"""\d[\d,.]*                                  # a digit group (1,500 / 2.5 / 2012)
      | \b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
            |thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen
            |twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety
            |hundred|thousand|million|billion|dozens?|hundreds|thousands)\b  # number words
    """,
    re.VERBOSE | re.IGNORECASE,
)

CONTENDERS = (
    "claimcheck",
    "claimcheck-n+d",
    "floor",
    "quantulum3",
    "recognizers-number",
    "recognizers-date",
    "dateparser",
)
PEERS = ("quantulum3", "recognizers-number", "recognizers-date", "dateparser")

# --------------------------------------------------------------------------- the text


def peer_sentences(data: Path) -> list[str]:
    """The peers' own English test sentences (inputs only), in file order."""
    sentences: list[str] = []
    if not data.exists():
        return sentences
    for path in sorted((data / "recognizers-text").rglob("*.json")):
        if "DateTime" in path.parts and path.name not in ("DateTimeModel.json", "DateParser.json"):
            continue
        with path.open(encoding="utf-8-sig") as handle:
            sentences.extend(record["Input"] for record in json.load(handle))
    for path in sorted((data / "duckling").glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            corpus = json.load(handle)
        sentences.extend(text for example in corpus["examples"] for text in example["inputs"])
    quantities = data / "quantulum3" / "quantities.json"
    if quantities.exists():
        with quantities.open(encoding="utf-8") as handle:
            sentences.extend(record["req"] for record in json.load(handle))
    search = data / "dateparser" / "test_search.en.json"
    if search.exists():
        with search.open(encoding="utf-8") as handle:
            for case in json.load(handle)["cases"]:
                text = case.get("text") or case.get("string") or case.get("datetime_string")
                if text:
                    sentences.append(text)
    return [s for s in sentences if s and s.strip()]


def gvc_articles(mb: float) -> list[str]:
    """The GVC corpus's article texts (news, as scraped), in corpus order, to `mb` MB."""
    articles: list[str] = []
    size = 0
    with GVC.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if not text.strip():
                continue
            articles.append(text)
            size += len(text.encode("utf-8"))
            if size >= mb * 1_000_000:
                break
    return articles


def build_articles(mb: float, data: Path, seeds_only: bool = False) -> list[str]:
    """Seed articles and ~4 KB blocks of peer sentences (none with `seeds_only`: the
    issue's own basis for the 2 MB/s target), cycled to `mb` megabytes."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    blocks: list[str] = []
    current: list[str] = []
    for sentence in [] if seeds_only else peer_sentences(data):
        current.append(sentence.strip())
        if sum(len(s) + 1 for s in current) > 4000:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    pool = seeds + blocks
    target = int(mb * 1_000_000)
    articles: list[str] = []
    size = 0
    i = 0
    while size < target and pool:
        article = pool[i % len(pool)]
        articles.append(article)
        size += len(article.encode("utf-8"))
        i += 1
    return articles


# --------------------------------------------------------------------------- workers


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KB


def _contender(name: str):
    """(first_call_setup, process_one) for a contender; imports happen here."""
    if name == "claimcheck":
        from claims import extract

        return lambda text: len(extract(text).claims)
    if name == "claimcheck-n+d":
        from claims import find_dates, find_quantities

        return lambda text: len(find_quantities(text)) + len(find_dates(text))
    if name == "floor":
        return lambda text: sum(1 for _ in FLOOR_PATTERN.finditer(text))
    if name == "quantulum3":
        warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is absent
        from quantulum3 import parser

        return lambda text: len(parser.parse(text))
    if name in ("recognizers-number", "recognizers-date"):
        import emoji

        # recognizers-text 1.0.2a2 imports emoji.UNICODE_EMOJI, which emoji 2.x renamed;
        # the bench supplies the alias rather than pinning an old emoji for everyone.
        if not hasattr(emoji, "UNICODE_EMOJI"):
            emoji.UNICODE_EMOJI = emoji.EMOJI_DATA
        if name == "recognizers-number":
            from recognizers_number import Culture, recognize_number

            return lambda text: len(recognize_number(text, Culture.English))
        from recognizers_date_time import recognize_datetime
        from recognizers_text import Culture

        return lambda text: len(recognize_datetime(text, Culture.English))
    if name == "dateparser":
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates

        return lambda text: len(search_dates(text, languages=["en"]) or [])
    raise ValueError(f"unknown contender {name!r}")


def worker(name: str, input_path: Path, max_bytes: int | None, time_cap: float) -> dict:
    """Runs in a fresh process: import + first call, then the articles until done."""
    with input_path.open(encoding="utf-8") as handle:
        articles: list[str] = json.load(handle)
    began = time.perf_counter()
    process = _contender(name)
    process(articles[0])
    startup = time.perf_counter() - began
    processed = found = done = 0
    errors: dict[str, int] = {}
    began = time.perf_counter()
    for article in articles:
        size = len(article.encode("utf-8"))
        if max_bytes is not None and processed + size > max_bytes and processed:
            break
        try:
            found += process(article)
        except NotImplementedError:
            return {"name": name, "error": "not implemented", "startup": startup}
        except Exception as error:  # noqa: BLE001 - a peer crashing on news text is a finding
            key = type(error).__name__
            errors[key] = errors.get(key, 0) + 1
        processed += size
        done += 1
        if time.perf_counter() - began > time_cap:
            break
    seconds = time.perf_counter() - began
    return {
        "name": name,
        "bytes": processed,
        "articles": done,
        "seconds": seconds,
        "found": found,
        "errors": errors,
        "startup": startup,
        "peak_mb": _rss_mb(),
    }


def run_worker(name: str, input_path: Path, max_bytes: int | None, time_cap: float) -> dict:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--input",
        str(input_path),
    ]
    command += ["--time-cap", str(time_cap)]
    if max_bytes is not None:
        command += ["--max-bytes", str(max_bytes)]
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=time_cap * 3 + 120
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        if "NotImplementedError" in done.stderr:
            tail = "not implemented"
        return {"name": name, "error": tail}
    return json.loads(lines[-1])


# --------------------------------------------------------------------------- check scaling


NUMBER = re.compile(r"\b\d[\d,]*\b")  # a digit group to vary in a seed copy


def varied_seed_articles(count: int, seed: int = 2026) -> list[tuple[str, str]]:
    """`count` (id, text) copies of the seeds with their numbers varied by up to +-30%."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]

    def vary(match: re.Match) -> str:
        digits = match.group().replace(",", "")
        value = int(digits)
        if 1900 <= value <= 2100 or value < 3:  # keep years and tiny numbers
            return match.group()
        return f"{max(1, round(value * rng.uniform(0.7, 1.3))):,}"

    return [(f"v{i:04d}", NUMBER.sub(vary, seeds[i % len(seeds)])) for i in range(count)]


def check_worker(sizes: Sequence[int], time_cap: float) -> dict:
    from claims import check, extract

    rows = []
    for size in sizes:
        articles_in = varied_seed_articles(size)
        began = time.perf_counter()
        articles = [extract(text, article_id=ident) for ident, text in articles_in]
        extracted = time.perf_counter() - began
        began = time.perf_counter()
        report = check(articles)
        checked = time.perf_counter() - began
        rows.append(
            {
                "articles": size,
                "claims": sum(len(a.claims) for a in articles),
                "extract_s": extracted,
                "check_s": checked,
                "findings": len(report.findings),
                "peak_mb": _rss_mb(),
            }
        )
        if extracted + checked > time_cap:
            break
    return {"rows": rows}


# --------------------------------------------------------------------------- report


def print_speed(results: list[dict], total_bytes: int, out=sys.stdout) -> None:
    print(
        f"claimcheck speed against the peers (one process each; text: {total_bytes / 1e6:.2f} MB)",
        file=out,
    )
    print(
        "MB/s = bytes processed / seconds (a prefix for slow peers, extrapolated); peak = ru_maxrss of "
        "the contender's fresh process; start = import + first call inside it.",
        file=out,
    )
    header = (
        f"{'contender':<20} {'bytes':>10} {'seconds':>8} {'MB/s':>8} {'cc/x':>8} {'peak MB':>8} "
        f"{'start s':>8} {'found':>8}  notes"
    )
    print(header, file=out)
    print("-" * len(header), file=out)
    ours = next((r for r in results if r["name"] == "claimcheck" and "error" not in r), None)
    ours_rate = ours["bytes"] / 1e6 / ours["seconds"] if ours and ours["seconds"] else None
    floor = next((r for r in results if r["name"] == "floor" and "error" not in r), None)
    floor_rate = floor["bytes"] / 1e6 / floor["seconds"] if floor and floor["seconds"] else None
    for r in results:
        if "error" in r:
            print(
                f"{r['name']:<20} {'-':>10} {'-':>8} {'-':>8} {'-':>8} {'-':>8} {'-':>8} {'-':>8}  {r['error']}",
                file=out,
            )
            continue
        rate = r["bytes"] / 1e6 / r["seconds"] if r["seconds"] else float("inf")
        ratio = f"{ours_rate / rate:8.2f}" if ours_rate and rate else f"{'-':>8}"
        notes = f"errors {r['errors']}" if r["errors"] else ""
        print(
            f"{r['name']:<20} {r['bytes']:>10,} {r['seconds']:>8.2f} {rate:>8.3f} {ratio} {r['peak_mb']:>8.1f} "
            f"{r['startup']:>8.3f} {r['found']:>8,}  {notes}",
            file=out,
        )
    print(
        "cc/x = claimcheck's MB/s divided by the contender's (above 1: claimcheck is faster).",
        file=out,
    )
    if ours:
        print(file=out)
        print("Targets (claimcheck, full extraction):", file=out)
        floor_ratio = ours_rate / floor_rate if floor_rate else 0.0
        checks = (
            (f"MB/s >= {TARGET_MBPS}", ours_rate, ours_rate >= TARGET_MBPS),
            (
                f"MB/s / floor's >= {TARGET_FLOOR_RATIO}",
                floor_ratio,
                floor_ratio >= TARGET_FLOOR_RATIO,
            ),
            (
                f"peak memory < {TARGET_PEAK_MB:.0f} MB",
                ours["peak_mb"],
                ours["peak_mb"] < TARGET_PEAK_MB,
            ),
            (
                f"import + first call < {TARGET_STARTUP_S} s",
                ours["startup"],
                ours["startup"] < TARGET_STARTUP_S,
            ),
        )
        for label, value, ok in checks:
            print(f"  {label:<30} {value:>8.3f}  {'PASS' if ok else 'BELOW'}", file=out)


def print_check(result: dict, out=sys.stdout) -> None:
    print(file=out)
    print("claims.check on varied seed articles (extract each, then check all):", file=out)
    header = f"{'articles':>8} {'claims':>8} {'extract s':>10} {'check s':>9} {'findings':>9} {'peak MB':>8}"
    print(header, file=out)
    print("-" * len(header), file=out)
    if "error" in result:
        print(f"  {result['error']}", file=out)
        return
    for row in result["rows"]:
        print(
            f"{row['articles']:>8} {row['claims']:>8} {row['extract_s']:>10.2f} {row['check_s']:>9.2f} "
            f"{row['findings']:>9} {row['peak_mb']:>8.1f}",
            file=out,
        )


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Measure claimcheck's extraction speed, memory and start-up against the peers.",
        epilog="Contenders: " + ", ".join(CONTENDERS),
    )
    parser.add_argument(
        "--mb", type=float, default=5.0, help="size of the text in MB (default %(default)s)"
    )
    parser.add_argument(
        "--peer-kb",
        type=float,
        default=100.0,
        help="prefix the slow peers read, KB (default %(default)s)",
    )
    parser.add_argument(
        "--no-peers", action="store_true", help="only claimcheck and the regex floor"
    )
    parser.add_argument(
        "--seeds-only",
        action="store_true",
        help="the seed articles alone, repeated (no peer sentences mixed in)",
    )
    parser.add_argument(
        "--gvc",
        action="store_true",
        help="the GVC corpus's articles (../shared/corpus/gvc), to --mb, instead of the seeds",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="peer benchmark folder (for the peers' sentences)",
    )
    parser.add_argument(
        "--check-sizes",
        default="10,100,1000",
        help="article counts for claims.check, comma-separated ('' to skip)",
    )
    parser.add_argument(
        "--time-cap",
        type=float,
        default=120.0,
        help="seconds each contender may run (default %(default)s)",
    )
    parser.add_argument("--worker", choices=CONTENDERS + ("check",), help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--max-bytes", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker == "check":
        sizes = [int(s) for s in args.check_sizes.split(",") if s.strip()]
        print(json.dumps(check_worker(sizes, args.time_cap)))
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, args.input, args.max_bytes, args.time_cap)))
        return 0

    if args.gvc:
        articles = gvc_articles(args.mb)
    else:
        articles = build_articles(args.mb, args.data, seeds_only=args.seeds_only)
    total = sum(len(a.encode("utf-8")) for a in articles)
    names = [n for n in CONTENDERS if not (args.no_peers and n in PEERS)]
    results = []
    with tempfile.TemporaryDirectory(prefix="claimcheck-speed-") as tmp:
        input_path = Path(tmp) / "articles.json"
        input_path.write_text(json.dumps(articles), encoding="utf-8")
        for name in names:
            limit = int(args.peer_kb * 1000) if name in PEERS else None
            results.append(run_worker(name, input_path, limit, args.time_cap))
    print_speed(results, total)
    sizes = [s for s in args.check_sizes.split(",") if s.strip()]
    if sizes:
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "check"]
        command += ["--check-sizes", ",".join(sizes), "--time-cap", str(args.time_cap)]
        env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=args.time_cap * 4 + 120
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode == 0 and lines:
            result = json.loads(lines[-1])
        else:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            result = {"error": "not implemented" if "NotImplementedError" in done.stderr else tail}
        print_check(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
