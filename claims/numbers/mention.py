"""The mention one number makes in its context (`_read_mention`): the checks that it is a
quantity, then what stands before and after it, a range end, and its interval."""

from __future__ import annotations

import math

from claims.lexicon import numbers as lex
from claims.model import Quantity, QuantityMention
from claims.numbers.bounds import _quantity, _Reading, _tidy
from claims.numbers.exclusions import (
    _excluded_digits,
    _excluded_words,
    _not_a_count,
    _score_end,
    _year_probe,
)
from claims.numbers.modifiers import _opener_start, _read_left
from claims.numbers.money import _accounting
from claims.numbers.neighbours import _skip_token_end
from claims.numbers.notation import _mixed_fraction, _power_or_ratio, _read_slash, _times_power
from claims.numbers.ranges import _range_mention, _read_range_end, _shared_unit
from claims.numbers.tail import _read_tail, _Tail
from claims.numbers.tokens import _Number
from claims.numbers.units import _named_quantity


def _read_mention(
    text: str, number: _Number, following: _Number | None
) -> tuple[QuantityMention | None, int] | None:
    """The mention a number makes in its context, and where reading stopped; None
    when the number is not a quantity (and nothing past it is consumed)."""
    start, end = number.start, number.end
    if not math.isfinite(number.value) or number.value > 1e18:
        return None, _skip_token_end(text, end)  # a run of digits, not a quantity
    score_end = _score_end(text, number)
    if score_end is not None:
        return None, score_end  # "a 31-24 victory": a score, not a count
    powered = _times_power(text, number)
    if powered is not None:  # "2.48×10−5", "8x2^10 bits": one number, read on from there
        number, end = powered, powered.end
    # --- not a quantity: glued to letters, labels, dates, clocks, URLs
    if number.digits_only or text[start].isdigit():
        excluded = _excluded_digits(text, number, start, end)
        if excluded is not None:
            return excluded
        if text.startswith("/", end) and end + 1 < len(text) and text[end + 1].isdigit():
            return _read_slash(text, number)
    else:
        excluded = _excluded_words(text, number, start, end)
        if excluded is not None:
            return excluded
    excluded = _not_a_count(text, number, start, end)
    if excluded is not None:
        return excluded
    named = _named_quantity(text, number)
    if named is not None:
        return named, end
    # --- mixed fraction "2 1/2"
    number, end = _mixed_fraction(text, number, start, end)
    # --- left context: modifier, range opener, currency, sign
    before = _read_left(text, number, start)
    currency, mod, sign, mention_start = before.currency, before.mod, before.sign, before.start
    # --- years
    probed, year = _year_probe(text, number, end, currency, mod, sign)
    if year is not None:
        return year
    # --- right context: multiplier, unit, suffix modifier
    # (a year's probe had the same text, end, number and no currency: the same tail)
    tail = probed if probed is not None else _read_tail(text, end, number, currency)
    if tail is None:
        return None, _skip_token_end(text, end)
    if tail.end == end and end < len(text) and text[end].isalpha() and number.digits_only:
        return None, _skip_token_end(text, end)  # "1Like", "06F6"
    value = sign * number.value * tail.multiplier * tail.factor
    if tail.end == end and mod is None and currency is None:
        exact = _power_or_ratio(text, number, end, sign, value, mention_start)
        if exact is not None:  # "1.1^23", "1 over 3"
            return exact
    unit, dimension = tail.unit, tail.dimension
    if unit is None and tail.multiplier == 1.0 and tail.suffix is None and mod is None:
        shared = _shared_unit(text, number, tail.end, following)
        if shared is not None:  # "45 and 50 mg": both are milligrams
            unit, dimension = shared
    # --- a second range end
    if tail.suffix is None:
        range_end = _read_range_end(
            text, tail.unit_end, number, before.opener, currency, tail, sign
        )
        if range_end is not None:
            return _range_mention(
                text, number, tail, range_end, value, sign, unit, dimension, mod, mention_start
            )
    mention_start = _opener_start(before, start)
    if tail.suffix is not None and mod is None:
        mod = tail.suffix
    return _single_mention(text, number, tail, value, unit, dimension, mod, mention_start)


def _single_mention(
    text: str,
    number: _Number,
    tail: _Tail,
    value: float,
    unit: str | None,
    dimension: str,
    mod: str | None,
    mention_start: int,
) -> tuple[QuantityMention, int]:
    """The mention of one number (not a range) with its modifier: "a dozen" is
    approximate, "($99.99)" an accounting negative."""
    mention_end = tail.end
    decimals = number.decimals
    exact = not number.dozen or not number.article
    approximate = number.dozen and number.article
    if approximate and mod is None:
        low = _tidy(value * (1 - lex.APPROXIMATE_MARGIN))
        high = _tidy(value * (1 + lex.APPROXIMATE_MARGIN))
        reading = _Reading(
            low,
            high,
            mention_start,
            mention_end,
            unit,
            dimension,
            None,
            decimals,
            approximate=True,
            exact=False,
        )
        q = Quantity(low, high, value, unit, approximate=True)
        return QuantityMention(
            text[mention_start:mention_end], mention_start, mention_end, q, dimension
        ), mention_end
    if (
        dimension == "money"
        and value > 0
        and mod is None
        and _accounting(text, mention_start, mention_end)
    ):
        value = -value  # "revenue is ($99.99)": an accounting negative
        mention_start, mention_end = mention_start - 1, mention_end + 1
    reading = _Reading(
        value, value, mention_start, mention_end, unit, dimension, mod, decimals, exact=exact
    )
    mention = QuantityMention(
        text[mention_start:mention_end], mention_start, mention_end, _quantity(reading), dimension
    )
    return mention, mention_end
