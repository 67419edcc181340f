"""Ranges ("60 to 70", "between 5 and 10 million", "$10 to $12 an hour") and lists that
share the unit of their last number ("45 and 50 mg")."""

from __future__ import annotations

import re

from claims.lexicon import numbers as lex
from claims.model import QuantityMention
from claims.numbers.bounds import _quantity, _Reading
from claims.numbers.exclusions import _AFTER_NOT, _is_year
from claims.numbers.ordinals import _segments
from claims.numbers.tail import _read_tail, _Tail
from claims.numbers.tokens import _CHAIN, _Number, _tokens

#: The joiner of two range ends ("60 to 70", "60-70", "between 60 and 70").
_RANGE_JOIN = re.compile(
    r"""[\ \t\xa0]*(?P<join>(?:-[\ \t\xa0]*)?(?:to|through)\b|-|–|—|and\b|or\b)
        [\ \t\xa0]*                                               # to, -, and
        (?P<currency>[$€£¥])?                                        # $5 to $10
    """,
    re.VERBOSE,
)


#: Words before a range's first end (for "ranged from").
_WORDS = re.compile(r"[A-Za-z]{1,20}")

#: Between two numbers of a list that share the unit after the second ("45 and 50 mg").
_LIST_JOIN = re.compile(r"(?:,[\ \t\xa0]*|[\ \t\xa0]+(?:and|or)[\ \t\xa0]+)")


def _shared_unit(
    text: str, number: _Number, end: int, following: _Number | None
) -> tuple[str, str] | None:
    """The unit and dimension a bare number takes from the next number of its list
    ("45 and 50 mg", "ran 100 and 200 meters", "2 and 3 percent"), else None. Digits
    only; measures and percentages only (an age list mixes years and months); no
    multiplier is shared ("5 and 10 million" may mean five)."""
    if following is None or not (number.digits_only and following.digits_only):
        return None
    join = _LIST_JOIN.match(text, end)
    if join is None or join.end() != following.start:
        return None
    probe = _read_tail(text, following.end, following, None)
    if (
        probe is None
        or probe.unit is None
        or probe.multiplier != 1.0
        or probe.factor != 1.0
        or probe.dimension not in ("quantity", "percent")
    ):
        return None  # not durations: "ages 3, 4 and 19 months" are years and months
    return probe.unit, probe.dimension


def _read_range_end(text, pos, first: _Number, opener, currency, first_tail: _Tail, first_sign=1.0):
    """(value, unit, dimension, end, decimals, multiplier) of a range's second end."""
    found = _second_number(text, pos, first, opener, currency)
    if found is None:
        return None
    join, second, sign = found
    tail = _read_tail(
        text,
        second.end,
        second,
        currency or first_tail.unit if first_tail.dimension == "money" else currency,
    )
    if tail is None:
        return None
    if (
        tail.end == second.end
        and second.end < len(text)
        and text[second.end].isalpha()
        and second.digits_only
    ):
        return None
    value = sign * second.value * tail.multiplier * tail.factor
    first_value = first_sign * first.value * first_tail.multiplier * first_tail.factor
    if not _ends_agree(
        text, join, opener, first, second, first_tail, tail, first_sign, first_value, value
    ):
        return None
    return (
        value,
        tail.unit,
        tail.dimension,
        tail.end,
        second.decimals,
        tail.multiplier * second.scale,
    )


def _second_number(
    text: str, pos: int, first: _Number, opener: str | None, currency: str | None
) -> tuple[str, _Number, float] | None:
    """(joiner, number, sign) of a range's second end after the first end's tail at
    `pos` ("to 70", "-70", "and 70" after "between"); None when none follows."""
    j = _RANGE_JOIN.match(text, pos)
    if j is None:
        return None
    join = j.group("join")
    if join == "and" and opener != "between":
        return None
    if join in ("to", "through") and opener == "between":
        pass
    if j.group("currency") and not currency:
        return None
    at = j.end()
    sign = 1.0
    if text.startswith(("-", "−"), at):
        if join not in ("to", "through"):
            return None
        sign, at = -1.0, at + 1  # "-18 °C to -34 °C"
    m = _CHAIN.match(text, at)
    if m is None or m.group("vulgar"):
        return None
    tokens = _tokens(m.group(), m.start())
    numbers = _segments(tokens) if tokens else []
    if not numbers or numbers[0].start != m.start():
        return None
    second = numbers[0]
    if (first.digits_only or text[first.start].isdigit()) != (
        second.digits_only or text[second.start].isdigit()
    ) and not (join in ("to", "or") and not first.digits_only and not second.digits_only):
        return None  # "6,000 to ten": mixed writing, not one range
    after = _AFTER_NOT.match(text, second.end)
    if after is not None and after.lastgroup in (
        "colon",
        "clock",
        "ordinal",
        "multi",
        "month",
        "decade",
    ):
        return None
    return join, second, sign


def _ends_agree(
    text: str,
    join: str,
    opener: str | None,
    first: _Number,
    second: _Number,
    first_tail: _Tail,
    tail: _Tail,
    first_sign: float,
    first_value: float,
    value: float,
) -> bool:
    """Whether two ends make one range: the same unit (or a rate of it), and upwards
    after a dash, "or" or "and" ("3-1" is a score, "555-1234" a phone, "2012-2013" years)."""
    if (
        first_tail.unit is not None
        and tail.unit is not None
        and first_tail.unit != tail.unit
        and not tail.unit.startswith(first_tail.unit + " / ")  # "$10 to $12 an hour"
    ):
        return False
    if first_tail.unit is not None and tail.unit is None and first_tail.dimension != "money":
        if join in ("-", "–", "—"):
            pass
        else:
            return False
    if join in ("-", "–", "—", "or"):
        # "60-70" is a range; "3-1" (a score), "555-1234" (a phone) are not
        bare_first = (
            first_sign
            * first.value
            * (tail.multiplier if first_tail.multiplier == 1.0 else first_tail.multiplier)
        )
        if not (first_value < value or bare_first < value):
            return False
        if join == "or" and value > 10 * max(first_value, 1):
            return False
        if _is_year(first, text) and _is_year(second, text):
            return False
    elif (
        join == "to"
        and opener is None
        and (first.single_word == "one" and second.single_word == "one")
    ):
        return False
    if join == "and" and value < first_value:
        return False
    if join == "to" and opener == "from" and value < first_value:
        # "fell from $40,100 to $38,900": a change, two figures; "ranged from -18 °C
        # to -34 °C" stays a range
        words = _WORDS.findall(text, max(0, first.start - 40), first.start)
        return bool(set(w.lower() for w in words[-4:]) & lex.RANGE_WORDS)
    return True


def _range_mention(
    text: str,
    number: _Number,
    tail: _Tail,
    range_end: tuple[float, str | None, str, int, int, float],
    value: float,
    sign: float,
    unit: str | None,
    dimension: str,
    mod: str | None,
    mention_start: int,
) -> tuple[QuantityMention, int]:
    """The mention of a range from its first end (`value`, read with `tail`) and what
    `_read_range_end` read of its second; "5 to 10 million" scales both ends."""
    high_value, high_unit, high_dimension, range_stop, high_decimals, high_multiplier = range_end
    low_value = value
    if (
        tail.multiplier == 1.0
        and number.scale == 1.0
        and high_multiplier != 1.0
        and number.value * high_multiplier <= abs(high_value)
    ):  # "5 to 10 million": the scale of the second end applies to the first
        low_value = sign * number.value * high_multiplier
    if unit is None and high_unit is not None:
        unit, dimension = high_unit, high_dimension
    elif unit is not None and high_unit is not None and high_unit.startswith(unit + " / "):
        unit = high_unit  # "$10 to $12 an hour": the rate is both ends
        if dimension == "money" and tail.factor == 1.0 and low_value == value:
            pass
    lo, hi = sorted((low_value, high_value))
    reading = _Reading(
        lo,
        hi,
        mention_start,
        range_stop,
        unit,
        dimension,
        mod if mod == "approx" else None,
        max(number.decimals, high_decimals),
        is_range=True,
        exact=False,
    )
    mention = QuantityMention(
        text[mention_start:range_stop], mention_start, range_stop, _quantity(reading), dimension
    )
    return mention, range_stop
