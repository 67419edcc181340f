"""Arithmetic: figures the sources imply without stating them.

A total from listed parts ("seven soldiers and four civilians" -> 11), what is left or
gained ("had 9 cards and gave 4 away" -> 5), products and shares ("21 pizzas, 8 slices
each" -> 168; "45 pounds, 23 pounds a bag" -> 1.96 bags), ratios said in words ("twice
as many", "a third of") and percentages of a stated whole ("40% of 300" -> 120). The
operands are the exact figures of one source that address the claim, plus the claim's
own other figures ("4 sacks if they gathered 80 pieces": 80 is given); results combine
at most three of them, each once.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claims.verify.evidence import Figure, counts_people

#: Ratio words and the factor they say ("twice as many", "a third of the votes").
_RATIO_WORDS = re.compile(
    r"""
    \b(?P<word>(?i:twice|double|doubled|triple|tripled|half|a\ third|one\ third
       |two\ thirds|a\ quarter|one\ quarter|three\ quarters))\b
    """,
    re.VERBOSE,
)
_RATIOS = {
    "twice": 2.0, "double": 2.0, "doubled": 2.0, "triple": 3.0, "tripled": 3.0,
    "half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
}  # fmt: skip

#: At most this many source figures, claim figures and ratio words are tried (the first
#: ones): the search stays small whatever the input (at most 12 terms, ~4,000 results).
MAX_OPERANDS = 7
MAX_GIVENS = 3
MAX_FACTORS = 2


@dataclass(frozen=True, slots=True)
class Derived:
    """A figure computed from others: its value, the figures used, and how."""

    value: float
    parts: tuple[Figure, ...]
    formula: str


@dataclass(frozen=True, slots=True)
class _Term:
    value: float
    parts: tuple[Figure | None, ...]  # None for a ratio word or a percentage factor
    formula: str
    used: frozenset[int]


def _number(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.6g}"


def _factors(sentences: Sequence[str]) -> list[tuple[float, str]]:
    out = []
    for sentence in dict.fromkeys(sentences):
        for m in _RATIO_WORDS.finditer(sentence):
            out.append((_RATIOS[m.group("word").casefold()], m.group("word")))
    return out


def _exact(f: Figure, value: float | None) -> float | None:
    if value is None or f.value is None or f.value.low != f.value.high:
        return None
    return value


def _people(t: _Term) -> bool:
    return any(p is not None and counts_people(p) for p in t.parts)


def _combine(a: _Term, b: _Term) -> Iterator[_Term]:
    used = a.used | b.used
    parts = a.parts + b.parts
    yield _Term(a.value + b.value, parts, f"{a.formula} + {b.formula}", used)
    yield _Term(a.value - b.value, parts, f"{a.formula} − {b.formula}", used)
    yield _Term(b.value - a.value, parts, f"{b.formula} − {a.formula}", used)
    if not (_people(a) and _people(b)):  # five soldiers times four policemen is no one
        yield _Term(a.value * b.value, parts, f"{a.formula} × {b.formula}", used)
    if b.value:
        yield _Term(a.value / b.value, parts, f"{a.formula} ÷ {b.formula}", used)
    if a.value:
        yield _Term(b.value / a.value, parts, f"{b.formula} ÷ {a.formula}", used)


def derive(
    operands: Sequence[tuple[Figure, float]], givens: Sequence[tuple[Figure, float]]
) -> Iterator[Derived]:
    """Every value at most three operands make with + − × ÷, each operand once.

    `operands` are the source's figures with their values in the claim's unit; `givens`
    the claim's own other figures. A result uses at least one source figure.
    """
    terms: list[_Term] = []
    for i, (f, v) in enumerate(list(operands)[:MAX_OPERANDS]):
        terms.append(_Term(v, (f,), _number(v), frozenset({i})))
    n_source = len(terms)
    for j, (f, v) in enumerate(list(givens)[:MAX_GIVENS]):
        terms.append(_Term(v, (f,), _number(v), frozenset({n_source + j})))
    sentences = [f.sentence for f, _ in operands]
    for k, (factor, word) in enumerate(_factors(sentences)[:MAX_FACTORS]):
        terms.append(_Term(factor, (None,), word, frozenset({1000 + k})))
    source_ids = frozenset(range(n_source))

    def counted(t: _Term) -> Derived | None:
        if not (t.used & source_ids) or not math.isfinite(t.value):
            return None
        return Derived(t.value, tuple(p for p in t.parts if p is not None), t.formula)

    pairs: list[_Term] = []
    for a, b in itertools.combinations(terms, 2):
        for t in _combine(a, b):
            pairs.append(t)
            d = counted(t)
            if d is not None:
                yield d
    for pair in pairs:
        for c in terms:
            if c.used & pair.used:
                continue
            inner = _Term(pair.value, pair.parts, f"({pair.formula})", pair.used)
            for t in _combine(inner, c):
                d = counted(t)
                if d is not None:
                    yield d


def percent_of(percent: Figure, whole: Figure, whole_value: float) -> Derived | None:
    """ "40% of the 300" -> 120, when both stand in one sentence."""
    if (
        percent.value is None
        or percent.value.low is None
        or percent.value.low != percent.value.high
    ):
        return None
    if percent.sentence != whole.sentence:
        return None
    share = percent.value.low / 100 * whole_value
    return Derived(
        share, (percent, whole), f"{_number(percent.value.low)}% of {_number(whole_value)}"
    )
