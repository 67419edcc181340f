"""Neighbouring mentions folded into one: "2 years and 3 months", "6 feet 2 inches",
"1 hour thirty", "20 dollars 43 cents", "three million, two hundred & forty"."""

from __future__ import annotations

import re

from claims.lexicon import numbers as lex
from claims.model import Quantity, QuantityMention
from claims.numbers.units import _registry

#: Compound duration: ", 3 months", " and 30 seconds", " thirty" after "1 hour".
_DURATION_NEXT = re.compile(r"(?:,[\ \t\xa0]*|[\ \t\xa0]+)(?:and[\ \t\xa0]+)?")
#: Between a money amount and its subunits ("20 dollars 43 cents", "$3 and 50 cents").
_SUBUNIT_NEXT = re.compile(r"[\ \t\xa0]+(?:and[\ \t\xa0]+)?")


_SCALE_AT_END = re.compile(r"(?i:(?P<scale>thousand|million|billion|trillion))$")


def _merge_comma_group(out: list[QuantityMention], mention: QuantityMention, text: str) -> bool:
    """Fold "three million, two hundred & forty" into one number (3,000,240): a number in
    words ending on a scale, a comma, and a smaller number in words. Replaces the last
    mention and returns True when it does."""
    last = out[-1]
    scale = _SCALE_AT_END.search(last.text)
    if (
        scale is None
        or text[last.end : mention.start] != ", "
        or not mention.text[:1].isalpha()
        or not last.text[:1].isalpha()
    ):
        return False
    a, b = last.quantity, mention.quantity
    for q, m in ((a, last), (b, mention)):
        if m.dimension != "count" or q.unit is not None or not q.exact or q.low != q.high:
            return False
    if a.low is None or b.low is None or not 0 < b.low < lex.SCALES[scale.group("scale").lower()]:
        return False
    value = a.low + b.low
    q = Quantity(value, value, value, None, exact=True)
    out[-1] = QuantityMention(text[last.start : mention.end], last.start, mention.end, q, "count")
    return True


def _overlaps_last(out: list[QuantityMention], mention: QuantityMention) -> bool:
    """Whether `mention` reaches back into the mention before it ("1$1": "1$" then a
    "$1" whose currency sign is already taken); the earlier reading keeps the text."""
    return bool(out) and mention.start < out[-1].end


_BELOW_MONTH = frozenset({"week", "day", "hour", "minute", "second"})


def _merge_duration(out: list[QuantityMention], mention: QuantityMention, text: str) -> bool:
    """Fold "2 years and 3 months" into one duration (27 months), and "6 feet 2 inches"
    into one measure (74 inches); True when merged."""
    prev = out[-1]
    if (
        prev.dimension == "duration"
        and prev.quantity.unit == "hour"
        and mention.dimension == "count"
        and mention.quantity.exact
        and mention.quantity.best is not None
        and 0 < mention.quantity.best < 60
        and _DURATION_NEXT.fullmatch(text, prev.end, mention.start) is not None
        and prev.quantity.best is not None
    ):  # "1 hour thirty", "2 hours and 10": the bare number is minutes
        total = prev.quantity.best * 60 + mention.quantity.best
        q = Quantity(total, total, total, "minute", exact=True)
        out[-1] = QuantityMention(
            text[prev.start : mention.end], prev.start, mention.end, q, "duration"
        )
        return True
    if (
        prev.dimension == mention.dimension == "money"
        and prev.quantity.unit == mention.quantity.unit
        and prev.quantity.exact
        and mention.quantity.exact
        and prev.quantity.best is not None
        and prev.quantity.best == int(prev.quantity.best)
        and mention.quantity.best is not None
        and 0 < mention.quantity.best < 1  # read from a subunit: "43 cents"
        and _SUBUNIT_NEXT.fullmatch(text, prev.end, mention.start) is not None
    ):  # "20 dollars 43 cents", "3 pounds and 50 pence": one sum ("$5, 50 cents": a list)
        total = round(prev.quantity.best + mention.quantity.best, 2)
        q = Quantity(total, total, total, mention.quantity.unit, exact=True)
        out[-1] = QuantityMention(
            text[prev.start : mention.end], prev.start, mention.end, q, "money"
        )
        return True
    dimension = prev.dimension
    if dimension not in ("duration", "quantity") or mention.dimension != dimension:
        return False
    if not (prev.quantity.exact and mention.quantity.exact):
        return False
    if prev.quantity.unit is None or mention.quantity.unit is None:
        return False
    joiner = _DURATION_NEXT.fullmatch(text, prev.end, mention.start)
    if joiner is None:
        return False
    registry = _registry()
    big_unit = prev.quantity.unit
    if big_unit == "year" and mention.quantity.unit in _BELOW_MONTH:
        big_unit = "common_year"  # "1 year, 2 days": a calendar year of 365 days
    big = registry.Quantity(prev.quantity.best, big_unit)
    small = registry.Quantity(mention.quantity.best, mention.quantity.unit)
    try:
        one_big = registry.Quantity(1, big_unit).to(small.units).magnitude
    except Exception:  # pint's DimensionalityError: "5 miles, 3 kilos" are two things
        return False
    if big.to(small.units).magnitude <= small.magnitude:
        return False
    if dimension == "quantity" and not (one_big > 1 and small.magnitude < one_big):
        return False  # "6 feet 2 inches" is one height; "10 miles and 5 km" are two
    total = float((big + small.to(big.units)).to(small.units).magnitude)
    q = Quantity(total, total, total, mention.quantity.unit, exact=True)
    out[-1] = QuantityMention(text[prev.start : mention.end], prev.start, mention.end, q, dimension)
    return True
