"""Clock times of a happening ("at around 4.30am", "just before 5:30 p.m.", "(11.30 p. m.
ET)", "shortly after 1:50 a.m."), read as intervals of minutes within its day.

A clock time is read only with its meridiem ("a.m.", "pm"), as a named hour ("noon",
"midnight") or as a 24-hour "04:30" that names its zone: a bare "4.30" is a score, a
price or a decimal as often as a time. The words before it say how wide the interval is
(`CLOCK_HEDGES`: "about" +-15 minutes, "just before" the quarter hour before, "some time
before" the hour before); a time said flat is its minute. The zone after it, when named,
gives its UTC offset, so that times told in two zones can be compared.
"""

from __future__ import annotations

import re

from claims.dates.patterns import alternation
from claims.lexicon import dates as lex
from claims.model import ClockInterval, ClockMention

__all__ = ["find_clock_times", "in_utc"]

HEDGE = alternation(lex.CLOCK_HEDGES)
ZONE = alternation(lex.CLOCK_ZONES)
NAMED = alternation(lex.CLOCK_NAMES)

#: One clock time with the hedge before it and the zone after it.
CLOCK_TIME: re.Pattern[str] = re.compile(
    rf"""
    (?:\b(?P<hedge>{HEDGE})\s+)?                   # about / just before / some time before
    (?:
      \b(?P<hour>\d{{1,2}})                          # 4 / 11
      (?:[:.](?P<minute>[0-5]\d))?                   # :30 / .30
      [ \t]?(?P<meridiem>[aApP])                     # a / p ...
      (?:\.[ \t]?[mM]\b\.?|[mM]\b)                   # ... .m. / . m. / m
    | \b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)  # 04:30, only with a zone
      [ \t]+(?P<zone24>{ZONE})\b
    | \b(?P<named>{NAMED})\b                         # noon / midnight
    )
    (?:[ \t]+(?P<zone>{ZONE})\b)?                    # ET / GMT / local time
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: What every CLOCK_TIME match holds in its time (the hedge and zone are optional): a
#: digit before a meridiem ("4 p", "30a"), or "HH:MM", or a named hour. The cheap gate:
#: the pattern may start at any word (its hedge), which costs on sentences with none.
_CLOCK_DIGITS = re.compile(r"\d[ \t]?[aApP]|\d:[0-5]\d")
_CLOCK_NAMES = tuple(lex.CLOCK_NAMES)
assert all(name.isascii() and name.islower() for name in _CLOCK_NAMES)

#: Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn
#: into it (dotted and dotless i, long s, Kelvin): there only the pattern can tell.
_CASE_FOLD_EXCEPTIONS = "İıſK"


def _may_hold_clock(text: str) -> bool:
    """Whether CLOCK_TIME may match in `text` (never false where it matches)."""
    if _CLOCK_DIGITS.search(text) is not None:
        return True
    lowered = text.lower()
    return any(name in lowered for name in _CLOCK_NAMES) or any(
        char in text for char in _CASE_FOLD_EXCEPTIONS
    )


def _minutes(match: re.Match[str]) -> int | None:
    """Minutes after midnight of the time said, or None when it is no time of day."""
    if match["named"] is not None:
        return lex.CLOCK_NAMES[match["named"].lower()]
    if match["hour24"] is not None:
        return int(match["hour24"]) * 60 + int(match["minute24"])
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if not 1 <= hour <= 12:
        return None  # "13 p.m." is no time
    pm = match["meridiem"].lower() == "p"
    return (hour % 12 + (12 if pm else 0)) * 60 + minute


def _hedge(match: re.Match[str]) -> tuple[int, int]:
    """The minutes the hedge widens the time by, before and after; none for a flat time."""
    if match["hedge"] is None:
        return (0, 0)
    return lex.CLOCK_HEDGES[" ".join(match["hedge"].lower().split())]


def _zone(match: re.Match[str]) -> str | None:
    zone = match["zone24"] or match["zone"]
    return None if zone is None else " ".join(zone.lower().split())


def _read(match: re.Match[str]) -> ClockMention | None:
    minutes = _minutes(match)
    if minutes is None:
        return None
    before, after = _hedge(match)
    zone = _zone(match)
    clock = ClockInterval(
        minutes + before, minutes + after, zone, lex.CLOCK_ZONES.get(zone) if zone else None
    )
    return ClockMention(match.group(0), match.start(), match.end(), clock)


def find_clock_times(text: str) -> tuple[ClockMention, ...]:
    """Every clock time in `text`, in order, with its hedge and zone in its span.

    >>> [(m.text, m.clock.low, m.clock.high) for m in find_clock_times("just before 5:30 p.m.")]
    [('just before 5:30 p.m.', 1035, 1050)]
    """
    if not _may_hold_clock(text):
        return ()
    return tuple(m for match in CLOCK_TIME.finditer(text) if (m := _read(match)) is not None)


def in_utc(clock: ClockInterval) -> tuple[int, int] | None:
    """The minutes of `clock` in UTC (the widest its zone's offsets allow), or None when
    it names no zone with an offset.

    >>> in_utc(ClockInterval(270, 270, "cest", (120, 120)))
    (150, 150)
    """
    if clock.offset is None:
        return None
    return (clock.low - clock.offset[1], clock.high - clock.offset[0])
