"""The lead of an expression: the words before its anchor that belong to it (a clock
time, a preposition, a modifier, a count, "the first", "the third of")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.dates.patterns import CLOCK, COUNT, ORDINAL, alternation
from claims.lexicon import dates as lex

_LEAD_TAIL = rf"""
    (?:\b(?P<dayofperiod>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+)?  # "20th of next month"
    (?:\b(?P<prep>on|in|at|over|during|since|from|by|until|till|through|throughout
        |before|after|between|of|and|to|or|around|for)\s+)?   # preposition
    (?:\b(?P<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of(?:\s+the)?
        |the\s+day\s+(?:before|after)
        |earlier\s+this|later\s+this|this\s+past|this\s+coming
        |(?:the\s+)?(?:past|last|previous|next|coming|following|upcoming|current)
        |this|the|early|late|mid|earlier|later)(?:\s+|-))?     # modifier
    (?:\b(?P<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+)?  # "first Monday"
    (?:\b(?P<dayof>{ORDINAL})\s+(?:day\s+)?of\s+(?:the\s+)?)?   # "the third of March"
"""


#: What may stand before a date: a clock time, a preposition, a modifier. Searched
#: backwards from the date's first word, anchored at it ($ = the date's start).
LEAD: re.Pattern[str] = re.compile(
    rf"""
    (?:\b(?P<clock>{CLOCK})[ \t]*,?[ \t]*)?    # "10 p.m. Saturday", "3:35am UK, Tuesday"
    {_LEAD_TAIL}
    $
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Before a calendar unit: a modifier and a count ("the past two weeks", "a year",
#: "two upcoming weeks").
LEAD_COUNT: re.Pattern[str] = re.compile(
    rf"""
    (?:{_LEAD_TAIL}
       \b(?P<count>\d{{1,3}}|{COUNT})\s+            # the count after its modifier
     | \b(?P<count_first>\d{{1,3}}|{COUNT})\s+      # or before it
       (?P<mod_after>upcoming|coming|next|following|past|previous|last)\s+)
    $
    """,
    re.IGNORECASE | re.VERBOSE,
)


NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip


#: Before "week" / "day": the count into a period ("the 2nd last", "first", "last").
NTH_LEAD: re.Pattern[str] = re.compile(
    rf"""
    (?:\b(?P<prep>on|in|during|by|until|till|before|after|from|since|through|throughout
        |over|for)\s+)?                                      # preposition
    (?:\b(?P<the>the)\s+)?                                   # the
    (?:\b(?P<nth>{alternation(NTH)})\s+)?                    # first / 2nd / third
    (?:\b(?P<last>last)\s+)?                                 # counting from the end
    $
    """,
    re.IGNORECASE | re.VERBOSE,
)


_LEAD_WINDOW = 48


SPAN_PREPOSITIONS = frozenset({"on", "in", "at", "over", "during", "since", "around"})
LAST = frozenset({"last", "past", "previous", "the past", "the last", "the previous"})
NEXT = frozenset({"next", "the next"})
COMING = frozenset({"coming", "upcoming", "following", "the coming", "the following"})


@dataclass(frozen=True, slots=True)
class Lead:
    start: int  # where the expression starts, the lead included
    prep: str | None
    mod: str | None
    count: int | None = None
    nth: int | None = None  # "the first Monday of": 1; "last": -1 is read from mod
    dayof: int | None = None  # "the third of March": 3


def norm(words: str | None) -> str | None:
    """The words lower case, single-spaced."""
    return " ".join(words.lower().split()) if words else None


#: The words LEAD and LEAD_COUNT are made of: the regexes are tried only from the
#: earliest of an unbroken run of these (or of figures, or clock times) before a date.
_LEAD_ENDINGS = frozenset(
    {
        "on", "in", "at", "over", "during", "since", "from", "by", "until", "till", "through",
        "throughout", "before", "after", "between", "of", "and", "to", "or", "around", "for",
        "the", "this", "past", "last", "previous", "next", "coming", "following", "upcoming",
        "current", "early", "late", "mid", "earlier", "later", "noon", "midnight", "am", "pm",
        "first", "second", "third", "fourth", "fifth", "day",
    }
    | {w for w in lex.COUNT_WORDS if " " not in w}
    | {w for w in lex.TIME_ZONES if " " not in w}
    | {"time"}
)  # fmt: skip


_LEAD_WORDS = (
    _LEAD_ENDINGS
    | {"end", "beginning", "start", "middle", "couple", "a.m.", "p.m.", "local"}
    | set(lex.ORDINAL_DAYS)
)


def _lead_word(token: str) -> bool:
    """Whether a word may belong to a lead (a lead word, figures, a clock)."""
    word = token.lower().strip(",").rstrip("-")
    if word in _LEAD_WORDS or word.endswith("m."):
        return True
    # letters are never digits: an all-letter word skips the per-character scan
    return not word.isalpha() and any(c.isdigit() for c in word)


def lead_starts(text: str, floor: int, at: int) -> list[int]:
    """The starts of the unbroken run of lead-like words before `at` (not before
    `floor`), nearest first."""
    window = max(floor, at - _LEAD_WINDOW)
    tokens = text[window:at].split()
    if window > 0 and tokens and not text[window - 1].isspace():
        tokens = tokens[1:]  # the window cut that word
    starts: list[int] = []
    pos = at
    for token in reversed(tokens):
        if not _lead_word(token):
            break
        pos = text.rfind(token, window, pos)
        starts.append(pos)
    return starts


def match_lead(
    pattern: re.Pattern[str], text: str, floor: int, at: int, starts: list[int] | None = None
) -> re.Match[str] | None:
    """`pattern` (anchored at `at` by its $) matched from the leftmost start that fits
    among the unbroken run of lead-like words before `at` (not before `floor`).
    `starts`, when given, is `lead_starts(text, floor, at)` (one run, several patterns)."""
    if starts is None:
        starts = lead_starts(text, floor, at)
    for start in reversed(starts):  # the leftmost start that fits
        match = pattern.match(text, start, at)
        if match is not None:
            return match
    return None


def read_lead(
    text: str, floor: int, at: int, *, counted: bool = False, starts: list[int] | None = None
) -> Lead:
    """The words before `at` that belong to the expression (not before `floor`)."""
    match = match_lead(LEAD_COUNT if counted else LEAD, text, floor, at, starts)
    if match is None:
        return Lead(at, None, None)
    prep, mod = norm(match["prep"]), norm(match["mod"])
    count = None
    if counted and match["count_first"] is not None:
        raw = norm(match["count_first"]) or ""
        count = int(raw) if raw.isdigit() else lex.COUNT_WORDS.get(raw)
        return Lead(match.start("count_first"), None, norm(match["mod_after"]), count)
    if counted:
        raw = norm(match["count"]) or ""
        count = int(raw) if raw.isdigit() else lex.COUNT_WORDS.get(raw)
    if match["dayofperiod"] is not None:
        return Lead(match.start("dayofperiod"), None, mod, None, None, int(match["dayofperiod"]))
    nth = NTH.get((match["nth"] or "").lower())
    dayof = lex.ORDINAL_DAYS.get((match["dayof"] or "").lower())
    if mod is not None:
        start = match.start("mod")
    elif match["nth"] is not None:
        start = match.start("nth")
    elif match["dayof"] is not None:
        start = match.start("dayof")
    elif counted:
        start = match.start("count")
    else:
        start = at
    if prep is not None and prep in SPAN_PREPOSITIONS:
        start = match.start("prep")
    if not counted and match["clock"] is not None:
        start = match.start("clock")
    return Lead(start, prep, mod, count, nth, dayof)


def modifier_part(mod: str | None, table: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The part of the month or year a modifier names ('early', 'mid', 'end'), as the
    table's bounds (days of a month, months of a year)."""
    if mod is None:
        return None
    for word in mod.split():
        if word in table:
            return table[word]
    return None
