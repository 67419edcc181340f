"""Numbers in notations beyond plain digits: slash fractions ("3/4", "2 1/2"), ratios
("1 over 3", "one out of three"), powers and scientific notation ("1.1^23", "2.48×10−5")."""

from __future__ import annotations

import dataclasses
import re

from claims.lexicon import numbers as lex
from claims.model import Quantity, QuantityMention
from claims.numbers.exclusions import _is_year
from claims.numbers.modifiers import _left
from claims.numbers.neighbours import _skip_token_end
from claims.numbers.ordinals import _segments
from claims.numbers.tail import _read_tail
from claims.numbers.tokens import _CHAIN, _Number, _tokens

#: A slash fraction at a position: "3/4", "1/40".
_SLASH = re.compile(r"/(?P<den>\d+)(?P<more>/\d)?")
#: Mixed fraction after whole digits: "2 1/2".
_MIXED = re.compile(r"[\ \t\xa0]+(?P<num>\d{1,2})/(?P<den>\d{1,3})\b")


#: A ratio read as a fraction: "1 over 3", "one out of three".
_OVER = re.compile(r"[\ \t\xa0]+(?:over|out[\ \t\xa0]+of)[\ \t\xa0]+")
#: A power after digits: "1.1^23", "2.5^-1".
_POWER = re.compile(r"\^(?P<sign>[-+]{0,2})(?P<exp>\d{1,3})\b")


#: Scientific notation after digits: "×10−5", "x10^6", "× 10⁻⁵", "x2^10".
_TIMES_POWER = re.compile(
    r"""[\ ]?(?P<times>[×xX*·])[\ ]?(?P<base>\d{1,3})
        (?:(?:\^|\*\*)(?P<sign>[-−+]?)(?P<exp>\d{1,3})      # x2^10, ×10^-5
         | (?P<minus>[-−])(?P<exp10>\d{1,3})                   # ×10−5 (a minus: base 10)
         | (?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))                      # ×10⁻⁵
    """,
    re.VERBOSE,
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _times_power(text: str, number: _Number) -> _Number | None:
    """The number times a power written after it ("2.48×10−5" = 2.48e-5), else None."""
    if not number.digits_only:
        return None
    m = _TIMES_POWER.match(text, number.end)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    base = int(m.group("base"))
    if m.group("exp") is not None:
        exponent = int(m.group("exp")) * (-1 if m.group("sign") in ("-", "−") else 1)
    elif m.group("exp10") is not None:
        if base != 10 or (m.group("minus") == "-" and m.group("times") != "×"):
            return None  # "3x10-5" may be anything; "×10−5" is a power of ten
        exponent = -int(m.group("exp10"))
    else:
        if base != 10:
            return None
        exponent = int(m.group("sup").translate(_SUPERSCRIPTS))
    if abs(exponent) > 30 or base == 0:
        return None
    value = number.value * float(base) ** exponent
    return dataclasses.replace(number, value=value, end=m.end(), scale=1.0)


def _read_ratio(text: str, end: int, value: float) -> tuple[float, int] | None:
    """ "1 over 3", "one out of three": the value of the ratio and where it ends."""
    over = _OVER.match(text, end)
    if over is None:
        return None
    m = _CHAIN.match(text, over.end())
    if m is None or m.group("vulgar"):
        return None
    numbers = _segments(_tokens(m.group(), m.start()))
    if not numbers or numbers[0].start != m.start() or numbers[0].value == 0:
        return None
    second = numbers[0]
    tail = _read_tail(text, second.end, second, None)
    if tail is None or tail.unit is not None or tail.multiplier != 1.0 or _is_year(second, text):
        return None
    if second.end < len(text) and text[second.end].isalnum():
        return None
    return value / second.value, second.end


def _read_slash(text: str, number: _Number) -> tuple[QuantityMention | None, int]:
    """A slash after digits: a fraction ("3/4", "1/40") or a date/score (nothing)."""
    m = _SLASH.match(text, number.end)
    if m is None:  # pragma: no cover - caller checked "/" and a digit
        return None, number.end
    end = m.end()
    if m.group("more"):
        return None, _skip_token_end(text, end)
    den = int(m.group("den"))
    num = number.value
    if (
        den == 0
        or num != int(num)
        or num >= den
        or not (den in lex.SLASH_DENOMINATORS or den >= lex.SLASH_DENOMINATORS_MIN_UNAMBIGUOUS)
    ):
        return None, _skip_token_end(text, end)
    fraction = _Number(num / den, number.start, end, False, 3, False, None, fraction=True)
    tail = _read_tail(text, end, fraction, None)
    if tail is None or (tail.end == end and end < len(text) and text[end].isalpha()):
        return None, _skip_token_end(text, end)
    unit, dimension = tail.unit, tail.dimension
    start, sign = number.start, 1.0
    left, base = _left(text, number.start)
    signed = left is not None and next(
        (g for g in ("negword", "sign", "sign2") if left.group(g)), None
    )
    if left is not None and signed:
        sign_pos = base + left.start(signed)
        glued = not text[sign_pos + 1 : sign_pos + 2].isspace()
        if left.group("negword") or (glued and (sign_pos == 0 or not text[sign_pos - 1].isalnum())):
            start, sign = sign_pos, -1.0  # "-4/5", "minus 3/4"
    value = sign * num / den * tail.multiplier
    q = Quantity(value, value, value, unit, exact=True)
    return QuantityMention(text[start : tail.end], start, tail.end, q, dimension), tail.end


def _mixed_fraction(text: str, number: _Number, start: int, end: int) -> tuple[_Number, int]:
    """Whole digits and the fraction after them as one number ("2 1/2" = 2.5), and where
    it ends; the number and `end` as given when no fraction follows."""
    value = number.value
    if number.digits_only and value == int(value):
        mixed = _MIXED.match(text, end)
        if mixed is not None:
            num, den = int(mixed.group("num")), int(mixed.group("den"))
            if 0 < num < den and den in lex.SLASH_DENOMINATORS:
                value += num / den
                number = _Number(value, start, mixed.end(), False, 3, False, None, fraction=True)
                end = mixed.end()
    return number, end


def _power_or_ratio(
    text: str, number: _Number, end: int, sign: float, value: float, mention_start: int
) -> tuple[QuantityMention, int] | None:
    """A bare number raised to a power ("1.1^23") or over another ("1 over 3") as one
    exact number, and where it ends; None when neither follows."""
    power = _POWER.match(text, end) if number.digits_only else None
    if power is not None:
        exponent = int(power.group("exp")) * (-1 if power.group("sign").count("-") % 2 else 1)
        value = sign * number.value**exponent
        q = Quantity(value, value, value, None, exact=True)
        return QuantityMention(
            text[mention_start : power.end()], mention_start, power.end(), q
        ), power.end()
    ratio = _read_ratio(text, end, value)
    if ratio is not None:
        value, ratio_end = ratio
        q = Quantity(value, value, value, None, exact=True)
        return QuantityMention(
            text[mention_start:ratio_end], mention_start, ratio_end, q
        ), ratio_end
    return None
