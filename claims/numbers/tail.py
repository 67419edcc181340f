"""What follows a number (`_read_tail`): a multiplier ("bn", "k"), one unit (percent,
currency, duration, measure) and a suffix modifier ("or more", "+")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import numbers as lex
from claims.numbers.alternation import _alternation, _folded_trie
from claims.numbers.money import _currency_word, _per_unit, _subunit
from claims.numbers.tokens import _Number
from claims.numbers.units import (
    _SYMBOLS,
    _duration,
    _frequency_unit,
    _measure_word,
    _symbol,
)

_MULTIPLIERS = {**lex.SCALE_ABBREVIATIONS, **lex.CURRENCY_SCALE_ABBREVIATIONS}


_TAIL_ABBREVIATION = (
    r"""
    (?:(?P<abbr_space>[\ \t\xa0]*)
       (?P<abbr>"""
    + _alternation(_MULTIPLIERS)
    + r""")\b)?    # 6k $2bn £1.2m 10M
"""
)
_TAIL_UNITS = (
    r"""
    (?:
        (?P<pct_space>[\ \t\xa0]*)(?P<pct>%|(?i:"""
    + _folded_trie([p for p in lex.PERCENT_WORDS if p != "%"])
    + r""")\b)   # 45% / per cent
      | [\ \t\xa0]*(?P<cursign>[€£$¥])                       # 15€
      | [\ \t\xa0]+(?P<curword>(?i:"""
    + _folded_trie(lex.CURRENCY_WORDS)
    + r"""))\b
      | [\ \t\xa0]*(?P<curcode>"""
    + _alternation(lex.CURRENCY_CODES)
    + r""")\b
      | (?P<subunit_space>[\ \t\xa0]*)
        (?:(?P<subunit_join>more|additional|extra|fewer|less        # 3 more dimes
            |of[\ \t\xa0]+(?:his|her|their|its|my|our|your|the))   # 3 of his dimes
           [\ \t\xa0]+)?
        (?P<subunit>(?i:"""
    + _folded_trie(lex.CURRENCY_SUBUNITS)
    + r"""|p))\b                # 50 cents, 50p
      | (?P<dur_join>[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+(?:(?:more|additional|extra
            |less|fewer|of|an?)[\ \t\xa0]+)?|)
        (?P<dur>(?i:"""
    + _folded_trie(lex.DURATION_UNITS)
    + r"""))\b  # 3 days, 11-month
        (?P<andhalf>[\ \t\xa0]+and[\ \t\xa0]+(?:a[\ \t\xa0]+)?half\b)?   # an hour and a half
        (?P<old>(?:-|[\ \t\xa0]+)old\b)?                     # 23-year-old
        (?P<apostrophe>')?                                     # six weeks' time
      | (?P<word_join>[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+(?:of[\ \t\xa0]+)?)
        (?P<mword>(?i:"""
    + _folded_trie(lex.MEASURE_WORDS)
    + r"""))\b   # 3 miles
        (?P<mpower>[\ \t\xa0]+(?:squared|cubed)\b)?
      | (?P<sym_space>[\ \t\xa0]?)
        (?P<sym>"""
    + _alternation(_SYMBOLS)
    + r""")           # km, °C, GHz
        (?P<sym_end>(?P<sym_power>[\ \t\xa0]+(?:squared|cubed)\b)
            |(?P<per>/(?:h|hr|hour|s|sec|min|day|yr|year)\b)|\b)?
    )?
    (?P<suffix_space>[\ \t\xa0]*)
    (?P<suffix>(?i:"""
    + _folded_trie([s for s in lex.SUFFIX_MODIFIERS if s != "+"])
    + r""")\b|\+|-plus\b)?  # or more
    (?P<than>[\ \t\xa0]+than\b)?  # "6,000 and more than 100,000": no suffix, a new bound
"""
)
#: What follows a number: multiplier, then one unit, then a suffix modifier.
_TAIL = re.compile(_TAIL_ABBREVIATION + _TAIL_UNITS, re.VERBOSE)
#: The same without the multiplier (when "m" after digits is metres, not millions).
_TAIL_NO_ABBREVIATION = re.compile(_TAIL_UNITS, re.VERBOSE)
#: The unit groups both tail patterns have (a suffix counts only after none of them).
_UNIT_GROUPS = ("pct", "cursign", "curword", "curcode", "subunit", "dur", "mword", "sym")


@dataclass(frozen=True, slots=True)
class _Tail:
    end: int
    multiplier: float = 1.0
    unit: str | None = None
    dimension: str = "count"
    factor: float = 1.0
    suffix: str | None = None
    old: bool = False
    unit_end: int = 0  # where the unit (before any suffix modifier) ends


#: "of a" after a fraction, and the scale word it may take ("a quarter of a million",
#: "two-thirds of a billion"); without one, a unit may follow ("a third of a mile").
_OF_A = re.compile(
    r"""[\ \t\xa0]+of[\ \t\xa0]+(?:a|an|one)\b
    (?:[\ \t\xa0]+(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b)?""",
    re.VERBOSE,
)


def _read_tail(text: str, pos: int, number: _Number, currency: str | None) -> _Tail | None:
    """Multiplier, unit and suffix modifier after a number; None when the number is
    glued to letters that make it a name ("1Like")."""
    unit: str | None = currency
    dimension = "money" if currency else "count"
    multiplier, pos, m = _of_a(text, pos, number)
    if m is None and currency is None and number.value >= 1:
        frequency = _frequency_unit(text, pos)
        if frequency is not None:  # "four times per week": a frequency, 1 / week
            unit, frequency_end = frequency
            return _Tail(frequency_end, unit=unit, dimension="quantity", unit_end=frequency_end)
    if m is None:
        m = _TAIL.match(text, pos)
    end = pos
    if m is None:  # pragma: no cover - every group is optional
        return _Tail(pos, multiplier, unit=unit, dimension=dimension, unit_end=pos)
    # only _TAIL has the multiplier groups; `m` may come from _TAIL_NO_ABBREVIATION
    # (building the match's whole groupdict for one group cost more than the match)
    abbr = _abbreviation(m, number, currency) if m.re is _TAIL else None
    if m.re is _TAIL and m.group("abbr") and not abbr:
        m = _TAIL_NO_ABBREVIATION.match(text, pos)
        if m is None:  # pragma: no cover - every group is optional
            return _Tail(pos, unit=unit, dimension=dimension, unit_end=pos)
    if abbr:
        multiplier = _MULTIPLIERS[abbr]
        end = m.end("abbr")
        m = _TAIL.match(text, end)  # the unit after the multiplier
        if m is None:  # pragma: no cover
            return _Tail(end, multiplier, unit, dimension, unit_end=end)
    read = _read_unit(text, m, number, currency, unit, dimension, end)
    if read is None:  # no unit, and nothing more is read ("50 p", "three of days")
        return _Tail(end, multiplier, unit, dimension, unit_end=end)
    unit, dimension, end, factor, old = read
    if dimension == "money" and unit and " / " not in unit:
        unit, end = _per_unit(text, end, unit)
    unit_end = end
    suffix, end = _suffix(text, pos, end, m, abbr)
    return _Tail(end, multiplier, unit, dimension, factor, suffix, old, unit_end)


def _of_a(text: str, pos: int, number: _Number) -> tuple[float, int, re.Match[str] | None]:
    """(multiplier, position, tail match) after a fraction's "of a": "a quarter of a
    million" scales by a million, "a third of a mile" takes the unit; (1, pos, None)
    when there is none."""
    multiplier = 1.0
    m = None
    of_a = _OF_A.match(text, pos) if 0 < number.value < 1 else None
    if of_a is not None and of_a.group("scale"):  # "a quarter of a million": it scales
        multiplier = lex.SCALES[of_a.group("scale").lower()]
        pos = of_a.end()
        m = _TAIL_NO_ABBREVIATION.match(text, pos)
    elif of_a is not None:  # "a quarter of an hour", "a third of a mile": of the unit
        unit_after = _TAIL_NO_ABBREVIATION.match(text, of_a.end())
        if unit_after is not None and (unit_after.group("dur") or unit_after.group("mword")):
            pos, m = of_a.end(), unit_after
    return multiplier, pos, m


#: The word after a glued "m": " users", " tonnes" (letters only, lower case).
_NOUN_AFTER = re.compile(r"[\ \t\xa0](?P<noun>[a-z]{2,20})\b")
_MEASURE_OR_CURRENCY = frozenset(lex.MEASURE_WORDS) | frozenset(lex.CURRENCY_WORDS)


def _million_noun_after(text: str, pos: int) -> bool:
    """Whether a glued "m" ending at `pos` is millions: a plural noun follows ("20m
    users", "3.5m tonnes", "10m people"), not a race ("the 400m hurdles")."""
    after = _NOUN_AFTER.match(text, pos)
    if after is None:
        return False
    noun = after.group("noun")
    if noun in lex.MILLION_M_NOT_BEFORE:
        return False
    if noun in _MEASURE_OR_CURRENCY or noun in lex.MILLION_M_IRREGULAR_PLURALS:
        return True
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _abbreviation(m: re.Match[str], number: _Number, currency: str | None) -> str | None:
    """The multiplier abbreviation of a `_TAIL` match ("6k", "$2bn") when it is one:
    not after words ("ten k"), "m" only after a currency, no "b" or "m" after a space."""
    abbr = m.group("abbr")
    if abbr:
        if not number.digits_only and not (number.value < 1000 and abbr in "kKMbBT"):
            abbr = None
        elif abbr in lex.CURRENCY_SCALE_ABBREVIATIONS and not currency:
            if m.group("abbr_space") or not _million_noun_after(m.string, m.end("abbr")):
                abbr = None  # "10m" without a currency is ten metres; "20m users" millions
        elif m.group("abbr_space") and abbr in ("b", "B", "T", "m", "mil", "mill"):
            abbr = None
        elif m.group("abbr_space") and "\n" in m.group("abbr_space"):
            abbr = None
    return abbr


def _read_unit(
    text: str,
    m: re.Match[str],
    number: _Number,
    currency: str | None,
    unit: str | None,
    dimension: str,
    end: int,
) -> tuple[str | None, str, int, float, bool] | None:
    """(unit, dimension, end, factor, old) of the unit a tail match holds (the unit,
    dimension and end given when it holds none); None when the words after the number
    stop the reading with no unit ("50 p" spaced, "three of days")."""
    factor, old = 1.0, False
    if m.group("pct"):
        word = re.sub(r"\s+", " ", m.group("pct").lower())
        if not (m.group("pct_space") and word in lex.PERCENT_ATTACHED_ONLY):  # "12 pc"
            unit = lex.PERCENT_WORDS[word]
            dimension = "percent"
            end = m.end("pct")
    elif m.group("cursign") and not currency:
        unit, dimension, end = (
            lex.CURRENCY_SUFFIX_SIGNS[m.group("cursign")],
            "money",
            m.end("cursign"),
        )
    elif m.group("curword"):
        unit, dimension = _currency_word(text, m, number)
        end = m.end("curword")
    elif m.group("curcode"):
        unit, dimension, end = m.group("curcode"), "money", m.end("curcode")
    elif m.group("subunit"):
        subunit = _subunit(m, number)
        if subunit is None:
            return None
        unit, factor = subunit
        dimension, end = "money", m.end("subunit")
    elif m.group("dur") and currency:
        pass  # "$15 an hour" is a rate (read below), "$5 a year ago" a sum: no duration
    elif m.group("dur"):
        duration = _duration(m, number)
        if duration is None:
            return None
        unit, end, factor, old = duration
        dimension = "duration"
    elif m.group("mword") and not currency:
        measure = _measure_word(text, m, number)
        if measure is None:
            return None
        unit, end, factor = measure
        dimension = "quantity"
    elif m.group("sym") and not currency:
        symbol = _symbol(text, m, number)
        if symbol is not None:
            unit, end = symbol
            dimension = "quantity"
    return unit, dimension, end, factor, old


def _suffix(
    text: str, pos: int, end: int, m: re.Match[str], abbr: str | None
) -> tuple[str | None, int]:
    """The suffix modifier after the unit ("6,000 or more", "45+") and where the tail
    ends; (None, end) when there is none."""
    suffix = None
    s = _TAIL.match(text, end) if end != pos or abbr else m
    if (
        s is not None
        and s.group("suffix")
        and not s.group("than")
        and not any(s.group(g) for g in _UNIT_GROUPS)
        and not (s.re is _TAIL and s.group("abbr"))
    ):
        word = s.group("suffix").lower()
        word = "plus" if word == "-plus" else re.sub(r"\s+", " ", word)
        if word == "+" or not s.group("suffix_space") == "" or word == "plus":
            suffix = lex.SUFFIX_MODIFIERS[word]
            end = s.end("suffix")
    return suffix, end
