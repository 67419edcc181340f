"""Units after a number: pint's canonical names, measure words and symbols ("km", "°C",
"6-foot-7"), durations, frequencies ("four times a week"), named quantities ("absolute
zero") and earthquake magnitudes."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from claims.lexicon import numbers as lex
from claims.model import Quantity, QuantityMention
from claims.numbers.alternation import _folded_trie
from claims.numbers.neighbours import _FRACTION_OK_AFTER, _WORD_AT_END, _word_after
from claims.numbers.tokens import _Number
from claims.numbers.unit_names import CANONICAL_UNITS
from claims.unit_registry import registry as _registry

_POWER_SUFFIXES = {"^2": 2, "2": 2, "²": 2, "^3": 3, "3": 3, "³": 3}
_POWERED = {
    f"{symbol}{suffix}": f"{lex.MEASURE_SYMBOLS[symbol]} ** {power}"
    for symbol in lex.POWERABLE_SYMBOLS
    for suffix, power in _POWER_SUFFIXES.items()
}
_SYMBOLS = {**lex.MEASURE_SYMBOLS, **_POWERED}


@cache
def _canonical_unit(expression: str) -> str:
    """pint's canonical name for a unit expression ("km/h" -> "kilometer / hour"): from
    the generated table when the lexicon made it, else from pint itself."""
    known = CANONICAL_UNITS.get(expression)
    return known if known is not None else str(_registry().parse_units(expression))


#: A frequency after a count: " times per week", " times a day".
_FREQUENCY = re.compile(
    r"""[\ \t\xa0]+(?i:"""
    + _folded_trie(lex.FREQUENCY_WORDS)
    + r""")[\ \t\xa0]+(?i:"""
    + _folded_trie(lex.FREQUENCY_PER)
    + r""")[\ \t\xa0]+(?P<dur>(?i:"""
    + _folded_trie(w for w in lex.DURATION_UNITS if not w.endswith("s"))
    + r"""))\b""",
    re.VERBOSE,
)


#: What a measure word is per: " per second", " an hour", "/s" ("8 metres per second").
_PER_DURATION = re.compile(
    r"""(?:[\ \t\xa0]+(?i:per|an?|each|every)[\ \t\xa0]+|[\ \t\xa0]*/[\ \t\xa0]*)(?P<dur>(?i:"""
    + _folded_trie(w for w in lex.DURATION_UNITS if not w.endswith("s"))
    + r"""))\b""",
    re.VERBOSE,
)


#: The inches after "6-foot": "-7", "-2-inch", "-11-inches".
_FEET_INCHES = re.compile(r"[-–](?P<inches>\d{1,2})\b(?:[-–\ ](?:inch(?:es)?\b|in\.))?")


#: An earthquake's magnitude around a number: "6.1 magnitude", "6.1-magnitude",
#: "measuring 5.6 on the Richter scale", "2.8 to 3.8 degrees on the Richter scale"
#: (after); "magnitude 6.1", "magnitude-5.2", "a magnitude of 7" (before). Wire copy
#: (ECB+ earthquake stories) writes all of these.
_MAGNITUDE_AFTER = re.compile(
    r"""(?:[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+)(?i:magnitude)\b
      | [\ \t\xa0]+(?:(?i:degrees?)[\ \t\xa0]+)?on[\ \t\xa0]+the[\ \t\xa0]+(?i:richter)
        (?:[\ \t\xa0]+scale)?\b""",
    re.VERBOSE,
)
_MAGNITUDE_BEFORE = re.compile(
    r"(?i:\bmagnitude)(?:[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+(?:of[\ \t\xa0]+)?)$"
)


def _as_magnitude(text: str, mention: QuantityMention) -> QuantityMention:
    """The mention as an earthquake magnitude (unit "magnitude") when the text says so;
    else the mention itself. A magnitude is never a count of anything."""
    if mention.dimension not in ("count", "quantity") or mention.quantity.unit not in (
        None,
        "degree",
    ):
        return mention
    start, end = mention.start, mention.end
    after = _MAGNITUDE_AFTER.match(text, end)
    # "degrees" may already be in the mention: look for the Richter scale past it
    if after is None and mention.quantity.unit == "degree":
        return mention
    before = _MAGNITUDE_BEFORE.search(text, max(0, start - 16), start) if after is None else None
    if after is None and before is None:
        return mention
    if after is not None:
        end = after.end()
    if before is not None:
        start = before.start()
    q = dataclasses.replace(mention.quantity, unit="magnitude")
    return QuantityMention(text[start:end], start, end, q, "quantity")


def _named_quantity(text: str, number: _Number) -> QuantityMention | None:
    """A phrase that names a quantity around a number word ("absolute zero" = 0 K)."""
    if number.single_word is None or number.start < 2 or text[number.start - 1] not in " \t\xa0":
        return None
    word = _WORD_AT_END.search(text, max(0, number.start - 24), number.start)
    if word is None:
        return None
    unit = lex.NAMED_QUANTITIES.get((word.group("word").lower(), number.single_word))
    if unit is None:
        return None
    start = word.start()
    q = Quantity(number.value, number.value, number.value, _canonical_unit(unit), exact=True)
    return QuantityMention(text[start : number.end], start, number.end, q, "quantity")


def _frequency_unit(text: str, pos: int) -> tuple[str, int] | None:
    """ "four times per week": the frequency's unit (1 / week) and where it ends."""
    frequency = _FREQUENCY.match(text, pos)
    if frequency is None:
        return None
    per = lex.DURATION_UNITS[frequency.group("dur").lower()]
    return _canonical_unit(f"1 / {per}"), frequency.end()


def _duration(m: re.Match[str], number: _Number) -> tuple[str, int, float, bool] | None:
    """(unit, end, factor, old) of the duration a tail match holds ("3 days", "11-month",
    "an hour and a half", "23-year-old"); None for "three of days", "two a year"."""
    factor = 1.0
    join = m.group("dur_join")
    if {"of", "a", "an"} & set(join.split()) and not number.fraction:
        return None
    if m.group("andhalf"):
        factor = (number.value + 0.5) / number.value if number.value else 1.0
    unit = _canonical_unit(lex.DURATION_UNITS[m.group("dur").lower()])
    old = bool(m.group("old"))
    end = m.end("old") if old else (m.end("andhalf") if m.group("andhalf") else m.end("dur"))
    return unit, end, factor, old


def _measure_word(text: str, m: re.Match[str], number: _Number) -> tuple[str, int, float] | None:
    """(unit, end, factor) of the measure word a tail match holds ("3 miles", "10 square
    metres", "a 6-foot-7 lineman" in inches); None for "three of miles"."""
    factor = 1.0
    join = m.group("word_join")
    if "of" in join.split() and not number.fraction:
        return None
    expression = lex.MEASURE_WORDS[re.sub(r"\s+", " ", m.group("mword").lower())]
    if m.group("mpower"):
        expression = f"({expression}) ** {2 if 'squared' in m.group('mpower') else 3}"
    unit = _canonical_unit(expression)
    end = m.end()
    end = m.end("mpower") if m.group("mpower") else m.end("mword")
    inches = _FEET_INCHES.match(text, end) if expression == "foot" and number.value else None
    if inches is not None and int(inches.group("inches")) < 12:
        # "a 6-foot-7 lineman", "6-foot-2-inch": one height in inches
        unit = _canonical_unit("inch")
        factor = 12 + int(inches.group("inches")) / number.value
        end = inches.end()
    per = _PER_DURATION.match(text, end)
    if per is not None and " / " not in unit:  # "8 metres per second": a rate
        unit = _canonical_unit(f"({expression}) / {lex.DURATION_UNITS[per.group('dur').lower()]}")
        end = per.end()
    return unit, end, factor


def _symbol(text: str, m: re.Match[str], number: _Number) -> tuple[str, int] | None:
    """(unit, end) of the unit symbol a tail match holds ("km", "°C", "GHz", "m/s");
    None when the letters are not a unit there ("5 W" may be West)."""
    sym = m.group("sym")
    spaced = bool(m.group("sym_space"))
    # "5 W" may be West; "5 W/min" is a unit
    ok = not (spaced and sym in lex.ATTACHED_ONLY_SYMBOLS and not m.group("per"))
    sym_end = m.end("sym")
    if sym in lex.SYMBOLS_BEFORE_AGO:
        ok = ok and _word_after(text, sym_end) == "ago"  # "66 Ma ago"
    if m.group("sym_end") is None:
        ok = ok and (sym_end >= len(text) or not text[sym_end].isalnum()) and sym[-1] in "°"
    if sym in lex.SYMBOLS_NEEDING_END:
        ok = (
            ok
            and text[number.start].isdigit()
            and (
                _FRACTION_OK_AFTER.match(text, sym_end) is not None
                or _word_after(text, sym_end) in lex.INCH_CONTEXT
            )
        )
    if not ok:
        return None
    expression = _SYMBOLS[sym]
    if m.group("sym_power"):
        expression = f"({expression}) ** {2 if 'squared' in m.group('sym_power') else 3}"
    if m.group("per"):
        expression = f"({expression}) / {m.group('per')[1:]}"
    return _canonical_unit(expression), m.end("sym_end") if m.group("sym_end") else sym_end
