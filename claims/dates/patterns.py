"""The regular-expression vocabulary the readers share: the lexicon's words as
alternations (months, weekdays, counts, time zones), clock times, and what may follow a
day or a count.

A clock time attached to a date is part of its span ("10 p.m. Saturday", DAY_TAIL here and
the lead's clock); alone it is not a date.
"""

from __future__ import annotations

import re

from claims.lexicon import dates as lex
from claims.prefix_tree import folded_prefix_tree


def alternation(table) -> str:
    """An alternation of the table's keys, longest first, spaces as any whitespace; for
    the case-insensitive patterns only (all but GATE). As a prefix tree of the
    lower-case keys where they are ASCII: the same matches, but Python's engine no
    longer tries every key letter by letter."""
    tree = folded_prefix_tree(table)
    if tree is not None:
        return "(?:" + tree + ")"
    keys = sorted(table, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


MONTH = alternation(lex.MONTHS)
WEEKDAY = alternation({**lex.WEEKDAYS, **lex.WEEKDAY_ABBREVIATIONS})
ORDINAL = alternation(lex.ORDINAL_DAYS)
ZONE = alternation(lex.TIME_ZONES)
COUNT = alternation(lex.COUNT_WORDS)
DAY_PART = alternation(lex.DAY_PARTS)
YEAR = r"(?:1[89]|20)\d\d"
CLOCK = rf"""
    (?:\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]\.?m\b)  # 10 p.m. / 3:35am / 4 PM
      |\d{{1,2}}:\d\d\b                              # 04:11
      |noon\b|midnight\b)                            # named hours
    (?:[ \t]+(?:{ZONE})\b)?                          # UK / GMT / local time
"""


#: What may follow a day: a part of the day, then a clock time.
DAY_TAIL: re.Pattern[str] = re.compile(
    rf"""
    (?:[ \t]+(?P<part>{DAY_PART})\b)?                           # Monday night
    (?:[ \t]*,?[ \t]*(?:at[ \t]+|around[ \t]+|about[ \t]+)?     # joiner
       (?P<clock>{CLOCK}))?                                     # 10 p.m. / 04:11 AM
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After a count and unit: which way it counts ("two days ago", "a week from now").
UNIT_TAIL: re.Pattern[str] = re.compile(
    r"""
    [ \t]+(?P<direction>ago|back|from[ \t]+now|from[ \t]+today|hence)\b  # direction
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: One word, for reading tense cues around a date.
WORD: re.Pattern[str] = re.compile(r"[A-Za-z]+")


def weekday_index(word: str) -> int:
    """Monday 0 ... Sunday 6, for a weekday name or abbreviation."""
    lower = word.lower()
    return lex.WEEKDAYS.get(lower, lex.WEEKDAY_ABBREVIATIONS.get(lower, 0))
