"""Hostile input: CPU time and memory of `claims.extract` (and `claims.check`) on the shapes an
attacker or a careless client sends, at N and 2N.

Each shape is a unit repeated to about ``--kb`` KB (N) and twice that (2N): the issue-14
reproductions (``"1," * N``, ``"Monday " * N``, ``"<!--" * N`` as HTML...), random Unicode,
random news-like text (seed sentences shuffled into paragraphs) and a cross-check of 25
news-like articles. Printed per shape: the size, CPU seconds per MB at N and 2N, the growth
ratio per doubling (time at 2N / time at N: 2.0 is linear, 4.0 quadratic), and peak Python
memory (tracemalloc, in a separate untimed run at 2N) as a multiple of the input's bytes.

    python bench/hostile.py                    # every shape at 100 KB and 200 KB
    python bench/hostile.py --kb 20 --shape '1,' --shape 'Monday'
    python bench/hostile.py --list

Exit status 1 when a shape grows faster than ``--max-growth`` (2.3) per doubling or takes
more than ``--max-s-per-mb`` (1.0) CPU seconds per MB at 2N; memory over ``--max-memory``
(20x) is flagged too. Times are CPU time (`time.process_time`), the best of ``--repeat`` runs,
as the machine is shared; a ratio on a tiny input is noise, so keep ``--kb`` at 50 or more.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import claims  # noqa: E402

SEEDS = REPO / "seeds"


@dataclass(frozen=True)
class Shape:
    name: str
    build: Callable[[int], str]  # target size in characters -> the text
    format: str = "text"
    check: bool = False  # cross-check 25 articles of the text instead of extracting it


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit))


def _random_unicode(size: int) -> str:
    """Code points from every plane a person's text may hold (no controls, no surrogates),
    with a space now and then so it has words."""
    rng = random.Random(14)
    ranges = ((0x21, 0x7E), (0xA1, 0x24F), (0x370, 0x52F), (0x600, 0x6FF), (0x900, 0x97F),
              (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x1F300, 0x1FAFF))  # fmt: skip
    out = []
    for _ in range(size):
        if rng.random() < 0.15:
            out.append(" ")
        else:
            low, high = rng.choice(ranges)
            out.append(chr(rng.randint(low, high)))
    return "".join(out)


def _seed_sentences() -> list[str]:
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        document = claims.parse_document(path.read_text(encoding="utf-8"))
        sentences.extend(s.text for s in document.sentences)
    return sentences


def _news(size: int, seed: int = 14) -> str:
    """Seed sentences shuffled into paragraphs of 1-5 sentences: news prose, no one story."""
    rng = random.Random(seed)
    sentences = _seed_sentences()
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 5)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


SHAPES = (
    Shape("1,", _repeat("1,")),
    Shape("1 ", _repeat("1 ")),
    Shape("Monday", _repeat("Monday ")),
    Shape("February 7,", _repeat("February 7, ")),
    Shape("one hundred", _repeat("one hundred ")),
    Shape("at least 6,000\\n", _repeat("at least 6,000\n")),
    Shape("<!-- (html)", _repeat("<!--"), format="html"),
    Shape('<a b=" (html)', _repeat('<a b="'), format="html"),
    Shape("<p>1, (html)", _repeat("<p>1,"), format="html"),
    Shape("1-", _repeat("1-")),
    Shape("U.S.", _repeat("U.S. ")),
    Shape("random unicode", _random_unicode),
    Shape("news", _news),
    Shape("check 25 news", _news, check=True),
)


def run(shape: Shape, text: str) -> None:
    """What the service does with the text: extract it, or cross-check 25 articles of it."""
    if not shape.check:
        try:
            claims.extract(text, format=shape.format)
        except claims.InvalidInput:
            pass  # a refusal (an HTML page with no visible text) is an answer too: a 422
        return
    step = max(1, len(text) // 25)
    articles = [
        claims.extract(text[i : i + step], article_id=f"a{n}")
        for n, i in enumerate(range(0, step * 25, step))
    ]
    claims.check(articles)


def cpu_seconds(shape: Shape, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        run(shape, text)
        best = min(best, time.process_time() - started)
    return best


def peak_memory(shape: Shape, text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run(shape, text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=float, default=100, help="size N in KB (default 100)")
    parser.add_argument("--shape", action="append", help="run only these shapes (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="best of R timed runs (default 1)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    parser.add_argument("--max-growth", type=float, default=2.3)
    parser.add_argument("--max-s-per-mb", type=float, default=1.0)
    parser.add_argument("--max-memory", type=float, default=20.0)
    parser.add_argument("--list", action="store_true", help="name the shapes and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(s.name for s in SHAPES))
        return 0
    shapes = [s for s in SHAPES if not args.shape or s.name in args.shape]
    if not shapes:
        parser.error(f"no such shape: {args.shape}; --list names them")
    size = int(args.kb * 1000)
    warm = Shape("warm-up", _news, check=True)
    run(warm, warm.build(50_000))  # lexicons and patterns load on first use: not measured
    print(
        f"{'shape':<18} {'KB':>7} {'s/MB N':>8} {'s/MB 2N':>8} {'growth':>7} {'mem x':>6}  verdict"
    )
    failed = 0
    for shape in shapes:
        small, large = shape.build(size), shape.build(2 * size)
        small_mb = len(small.encode("utf-8")) / 1e6
        large_mb = len(large.encode("utf-8")) / 1e6
        t_small = cpu_seconds(shape, small, args.repeat)
        t_large = cpu_seconds(shape, large, args.repeat)
        growth = (t_large / t_small) * (small_mb * 2 / large_mb) if t_small > 0 else float("nan")
        rate = t_large / large_mb
        memory = float("nan") if args.no_memory else peak_memory(shape, large) / (large_mb * 1e6)
        problems = []
        if growth > args.max_growth:
            problems.append("super-linear")
        if rate > args.max_s_per_mb:
            problems.append("slow")
        if memory > args.max_memory:
            problems.append("memory")
        failed += any(p != "memory" for p in problems)
        print(
            f"{shape.name:<18} {small_mb * 1000:>7.0f} {t_small / small_mb:>8.2f} {rate:>8.2f}"
            f" {growth:>6.2f}x {memory:>5.1f}x  {', '.join(problems) or 'ok'}",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
