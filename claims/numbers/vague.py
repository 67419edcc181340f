"""Vague and approximate quantities: "dozens", "tens of thousands", "several hundred",
"a few", "a couple of days", "more than a dozen"."""

from __future__ import annotations

import re

from claims.lexicon import numbers as lex
from claims.model import Quantity, QuantityMention
from claims.numbers.alternation import _folded_trie
from claims.numbers.bounds import _quantity, _Reading
from claims.numbers.modifiers import _left
from claims.numbers.tail import _read_tail
from claims.numbers.tokens import _Number

_VAGUE_OPENERS = frozenset(
    w.lower()
    for w in list(lex.VAGUE_QUANTIFIERS) + list(lex.APPROXIMATE_WORDS) + list(lex.EXACT_WORDS)
) | {"a few", "a handful", "a couple", "a dozen", "a pair"}

#: A vague quantifier and the scales after it ("tens of thousands of", "several hundred").
_VAGUE = re.compile(
    r"""
    (?P<q>(?i:"""
    + _folded_trie(
        list(lex.VAGUE_QUANTIFIERS) + list(lex.APPROXIMATE_WORDS) + list(lex.EXACT_WORDS)
    )
    + r"""))\b
    (?P<scales>(?:[\ \t\xa0]+(?:of[\ \t\xa0]+)?(?i:hundreds?|thousands?|millions?|billions?|dozens?)\b)*)
    (?P<of>[\ \t\xa0]+of\b)?
    """,
    re.VERBOSE,
)


def _read_vague(text: str, start: int) -> tuple[QuantityMention | None, int] | None:
    m = _VAGUE.match(text, start)
    if m is None:
        return None
    q = re.sub(r"\s+", " ", m.group("q").lower())
    scales = [
        w.rstrip("s").lower()
        for w in re.findall(
            r"(?i)hundreds?|thousands?|millions?|billions?|dozens?", m.group("scales")
        )
    ]
    scale = 1.0
    for word in scales:
        scale *= 12.0 if word == "dozen" else lex.SCALES[word]
    end = m.end("scales") if scales else m.end("q")
    if q in lex.VAGUE_QUANTIFIERS:
        low, high, needs_of = lex.VAGUE_QUANTIFIERS[q]
        if needs_of and not (m.group("of") or (scales and " of" in m.group("scales").lower())):
            return None, m.end("q")
        if q in ("hundreds", "thousands", "millions", "billions") and scales:
            pass  # "hundreds of thousands": the plural word is itself the quantifier
        if scale != 1.0:
            # (high + 1) x scale - 1: "tens of thousands" -> 20,000..99,999
            base_scale = 1.0
            if q in ("hundreds", "thousands", "millions", "billions"):
                base_scale = lex.SCALES[q]
            unit_low, unit_high = low / base_scale, (high + 1) / base_scale
            low = unit_low * base_scale * scale
            high = unit_high * base_scale * scale - 1
        quantity = _quantity(_Reading(low, high, start, end, vague=True))
        left, base = _left(text, start)
        mention_start = start
        if left is not None and left.group("mod"):
            mod = lex.MODIFIERS.get(re.sub(r"\s+", " ", left.group("mod").lower()))
            mention_start = base + left.start("mod")
            if mod in ("above", "at-least"):
                quantity = Quantity(low, None, None, None, vague=True, bound=True)
            elif mod in ("below", "at-most"):
                quantity = Quantity(0.0, high, None, None, vague=True, bound=True)
        return QuantityMention(text[mention_start:end], mention_start, end, quantity, "count"), end
    if q in lex.APPROXIMATE_WORDS:
        low, high, best = lex.APPROXIMATE_WORDS[q]
        if scales:
            low, high, best = low * scale, high * scale, best * scale
        number = _Number(
            best, start, end, False, 0, q.startswith("a "), None, dozen="dozen" in q, fraction=True
        )  # "a couple of days": "of" may stand before the unit
        return _finish(text, number, _Reading(low, high, start, end, approximate=True, exact=False))
    value = lex.EXACT_WORDS[q] * scale
    number = _Number(value, start, end, False, 0, True, None)
    return _finish(text, number, _Reading(value, value, start, end))


def _finish(text: str, number: _Number, reading: _Reading) -> tuple[QuantityMention | None, int]:
    """Read modifiers and units around an approximate word ("more than a dozen")."""
    tail = _read_tail(text, reading.end, number, None)
    end = reading.end
    unit, dimension = None, "count"
    low, high = reading.low, reading.high
    if tail is not None and tail.unit and tail.dimension == "duration":
        unit, dimension, end = tail.unit, "duration", tail.unit_end
    left, base = _left(text, number.start)
    start = number.start
    mod = None
    if left is not None and left.group("mod"):
        mod = lex.MODIFIERS.get(re.sub(r"\s+", " ", left.group("mod").lower()))
        start = base + left.start("mod")
    if mod is not None:
        reading = _Reading(number.value, number.value, start, end, unit, dimension, mod)
    elif reading.approximate:
        q = Quantity(low, high, number.value, unit, approximate=True)
        return QuantityMention(text[start:end], start, end, q, dimension), end
    else:
        reading = _Reading(low, high, start, end, unit, dimension, exact=reading.exact)
    return QuantityMention(text[start:end], start, end, _quantity(reading), dimension), end
