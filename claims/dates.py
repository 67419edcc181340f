"""Temporal expressions to date intervals, resolved against a reference date.

`find_dates` reads every temporal expression in running news text; `parse_date` reads
one whole expression. Both resolve against `reference` (the publication date):

- A year-less date ("August 21") takes the year that puts it nearest the reference in
  the direction of its clause's tense: on or before the reference after a past cue
  ("said", "met", "-ed"), on or after it after a future cue ("will", "is due to"), the
  nearest occurrence when the clause has neither.
- A bare weekday follows the tense the same way, but with no cue it is the last such
  day on or before the reference: news reports what happened. Either way the
  reference day itself counts ("met on Tuesday" in Tuesday's paper is that Tuesday).
  "last Friday" is strictly before, "next Tuesday" is the Tuesday of next week.
- A bare month ("in May") is in the reference year, or the year before when the
  clause is past and the month is still to come, or the year after when the clause is
  future and the month has gone.
- A bare day of the month ("on the 15th", "by the 1st") is placed like a bare weekday:
  the tense's side of the reference, with no cue the last one on or before it. In
  running text it needs a preposition and must end its clause ("the 15th floor" is not
  a date).
- "the last week of September 2014", "the 2nd last week of October 2018", "the first
  week of next month" count the whole Monday-Sunday weeks inside the period; "the
  (fifth) last day of May" counts days back from its end. "the last week of the
  campaign" is no calendar week.
- "in a week", "in two years" count forward from the reference when the clause looks
  ahead or has nothing before them ("In a week, ..."); after a past verb they are
  durations. Counted years keep only their month ("two years ago": February 2011)
  unless counted from a named day ("3 years from today").
- "2014-10" is October 2014 where it cannot be a span of years ("2010-11", "from
  2000-04" are spans).
- "since X" is the range from X to the reference; "overnight" the reference's eve to
  the reference; "at the weekend" the last Saturday-Sunday (the next one after a future
  cue); "last week" the previous Monday-Sunday.
- "N days later", "weeks after" count from another event, not the reference: skipped.
- Numeric dates are US style, month first ("07/02/2012" is 2 July 2012), unless the
  first number cannot be a month ("21/08/2013").
- A clock time attached to a date is part of its span ("10 p.m. Saturday"); alone it
  is not a date.

With no reference, deictic readings ("today", "Monday", "last week") keep their grain
with `resolved=False` and no dates; a year-less date keeps its month and day; "since
2011" keeps its start.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from claims.lexicon import dates as lex
from claims.model import DateInterval, DateMention
from claims.prefix_tree import folded_prefix_tree, prefix_tree

__all__ = ["find_dates", "parse_date"]


def _words(table) -> str:
    """An alternation of the table's keys, longest first, spaces as any whitespace; for
    the case-insensitive patterns only (all but GATE). As a prefix tree of the
    lower-case keys where they are ASCII: the same matches, but Python's engine no
    longer tries every key letter by letter."""
    tree = folded_prefix_tree(table)
    if tree is not None:
        return "(?:" + tree + ")"
    keys = sorted(table, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


_MONTH = _words(lex.MONTHS)
_WEEKDAY = _words({**lex.WEEKDAYS, **lex.WEEKDAY_ABBREVIATIONS})
_ORDINAL = _words(lex.ORDINAL_DAYS)
_ZONE = _words(lex.TIME_ZONES)
_COUNT = _words(lex.COUNT_WORDS)
_DAY_PART = _words(lex.DAY_PARTS)
_YEAR = r"(?:1[89]|20)\d\d"
_CLOCK = rf"""
    (?:\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]\.?m\b)  # 10 p.m. / 3:35am / 4 PM
      |\d{{1,2}}:\d\d\b                              # 04:11
      |noon\b|midnight\b)                            # named hours
    (?:[ \t]+(?:{_ZONE})\b)?                         # UK / GMT / local time
"""


def _cased(words) -> list[str]:
    """Each word lower case, Capitalised and UPPER CASE (the gate is case-sensitive)."""
    return sorted({form for w in words for form in (w, w.capitalize(), w.upper())})


_GATE_WORDS = _cased(
    [*lex.MONTHS, *lex.WEEKDAYS, *lex.WEEKDAY_ABBREVIATIONS, *(w + "s" for w in lex.WEEKDAYS)]
    + [*lex.RELATIVE_DAYS, "overnight", *lex.UNITS, *lex.PERIOD_WORDS]
    + ["morning", "afternoon", "evening", "night"]
)

#: Cheap first pass: a word or figures that can anchor a temporal expression. Built as a
#: case-sensitive trie (IGNORECASE would defeat the engine's literal fast path).
GATE: re.Pattern[str] = re.compile(
    rf"""
    \b(?P<word>{prefix_tree(_GATE_WORDS)})\b                 # Monday, Feb, today, week
    | \b(?P<digit>(?:1[89]|20)\d\d                     # a year, an ISO date
      | \d{{1,2}}[/.-]\d                                # 7/2/2012
      | \d{{1,2}}(?:st|nd|rd|th)?[ \t]*                  # a day ...
        (?:(?:-|–|to|through|and)[ \t]*(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]*)?  # ... range
        (?:of[ \t]+)?[-/]?(?:{prefix_tree(_cased(lex.MONTHS))})\b  # ... then a month
      | \d{{1,2}}(?:st|nd|rd|th)\b)                       # a bare day: "on the 15th"
    """,
    re.VERBOSE,
)

#: The year named after a bare month: "April last year", "May of next year".
_MONTH_OF_YEAR = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?P<which>last|this|next)[ \t]+year\b", re.IGNORECASE
)

#: A date that starts with its month: "Feb. 7th, 2012", "August 27-29", "May 2013".
MONTH_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?P<month>{_MONTH})\.?                                  # month, AP abbreviation dot
    (?:
        [ \t,]*(?:the[ \t]+)?                               # "February the 15th"
        (?P<day>[0-3]?\d|{_ORDINAL})(?:st|nd|rd|th)?\b      # day: 7, 07, 7th, first
        (?:[ \t]*(?:-|–|—|to|through|thru|until)[ \t]*      # a day range ...
           (?:(?P<month2>{_MONTH})\.?[ \t]*)?               # ... maybe into a month
           (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)?           # ... to this day
        (?:[ \t]*,?[ \t]*(?P<year>{_YEAR})                  # year
           (?P<glued>\d{{1,2}}:\d\d(?:[ \t]*[ap]\.?m\b\.?)?)?  # "20125:21 am": year+clock
           \b)?
      | [ \t]*,?[ \t]*(?P<month_year>{_YEAR})\b             # "May 2013"
      | (?P<month_year_short>[ \t]*'\d\d)\b                 # "May '12"
    )?
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: A date that starts with its day: "7 Feb 2012", "13-15 July", "15th of February".
DAY_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?P<day>[0-3]?\d)(?:st|nd|rd|th)?                       # day
    (?:[ \t]*(?:-|–|to|through|and)[ \t]*(?:the[ \t]+)?     # a day range
       (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?
    (?:[ \t]*|[ \t]*of[ \t]+|[-/])                          # 21 August / 15 of Feb / 31-Oct
    (?P<month>{_MONTH})\b\.?                                # month
    (?:[ \t]*,?[ \t]*(?P<year>{_YEAR})\b                    # year
      | [-/](?P<year_short>{_YEAR}|\d\d)\b)?               # "31-Oct-74", "31/Oct/1974"
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Dates in figures: ISO first, then US month-first forms.
NUMERIC_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?:
        (?P<iso_y>{_YEAR})(?P<iso_sep>[-/])(?P<iso_m>[01]?\d)[-/](?P<iso_d>[0-3]?\d)  # 2012-02-07
        (?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b                    # ISO time
      | (?P<us_m>[0-3]?\d)[/](?P<us_d>[0-3]?\d)[/](?P<us_y>\d{{4}}|\d\d)\b           # 7/2/2012
      | (?P<ush_m>[0-3]?\d)-(?P<ush_d>[0-3]?\d)-(?P<ush_y>\d{{4}}|\d\d)\b            # 7-2-12
      | (?P<usd_m>[0-3]?\d)\.(?P<usd_d>[0-3]?\d)\.(?P<usd_y>\d{{4}})\b               # 10.31.1974
      | (?P<ym_y>{_YEAR})[-/](?P<ym_m>[01]?\d)\b                                     # 2014-10
      | (?P<my_m>[01]?\d)/(?P<my_y>{_YEAR})\b                                        # 2/2013
      | (?P<md_m>[01]?\d)[ \t]*(?P<md_sep>[/-])[ \t]*(?P<md_d>[0-3]?\d)\b            # 2/15
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: A year, a decade or a span of years: "2012", "the 1990s", "2010-2012", "2010 to 12".
YEAR_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?P<year>{_YEAR})
    (?:
        (?P<decade>'?s)\b                                   # 1990s
      | [ \t]*(?:-|–|to|and|through|until)[ \t]*            # a span ...
        (?P<year2>{_YEAR}|\d\d)\b                           # ... to 2012 / to 12
      | \b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After a weekday: the day of the month it names ("Tuesday the 19th", "Thu 15th").
WEEKDAY_DAY: re.Pattern[str] = re.compile(
    r"""
    [ \t]*,?[ \t]*(?:the[ \t]+)?    # separator, "the"
    (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b  # an ordinal day
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After a weekday: the week it falls in ("Wednesday next week", "Friday after next").
WEEKDAY_WEEK: re.Pattern[str] = re.compile(
    r"""
    [ \t]+(?:of[ \t]+|from[ \t]+)?            # "Wednesday of next week"
    (?:(?P<which>this|next|last|the[ \t]+following)[ \t]+week  # which week
      |(?P<after_next>after[ \t]+next))\b      # "Friday after next"
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After "the first Monday": the month it counts in ("of March 2014", "of next month").
WEEKDAY_OF: re.Pattern[str] = re.compile(
    rf"""
    [ \t]+(?:of|in)[ \t]+
    (?:(?P<month>{_MONTH})\b\.?(?:[ \t]*,?[ \t]*(?P<year>{_YEAR})\b)?  # of March (2014)
      |(?:the[ \t]+)?(?P<which>this|next|last|previous|current)?[ \t]*month\b)  # of next month
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After a year-less date, the weekday that fixes its year ("Jul 18, Fri").
TRAILING_WEEKDAY: re.Pattern[str] = re.compile(
    rf"""
    [ \t]*,[ \t]*(?P<weekday>{_WEEKDAY})\b\.?    # ", Fri"
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Between a weekday and a date it introduces: "Tuesday February 07", "Monday, 09 Sep".
WEEKDAY_GAP: re.Pattern[str] = re.compile(r"[ \t]*,?[ \t]*", re.VERBOSE)

#: What may follow a day: a part of the day, then a clock time.
DAY_TAIL: re.Pattern[str] = re.compile(
    rf"""
    (?:[ \t]+(?P<part>{_DAY_PART})\b)?                          # Monday night
    (?:[ \t]*,?[ \t]*(?:at[ \t]+|around[ \t]+|about[ \t]+)?     # joiner
       (?P<clock>{_CLOCK}))?                                    # 10 p.m. / 04:11 AM
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
    (?:\b(?P<dayof>{_ORDINAL})\s+(?:day\s+)?of\s+(?:the\s+)?)?  # "the third of March"
"""

#: What may stand before a date: a clock time, a preposition, a modifier. Searched
#: backwards from the date's first word, anchored at it ($ = the date's start).
LEAD: re.Pattern[str] = re.compile(
    rf"""
    (?:\b(?P<clock>{_CLOCK})[ \t]*,?[ \t]*)?   # "10 p.m. Saturday", "3:35am UK, Tuesday"
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
       \b(?P<count>\d{{1,3}}|{_COUNT})\s+           # the count after its modifier
     | \b(?P<count_first>\d{{1,3}}|{_COUNT})\s+     # or before it
       (?P<mod_after>upcoming|coming|next|following|past|previous|last)\s+)
    $
    """,
    re.IGNORECASE | re.VERBOSE,
)

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip

#: A day of the month with no month: "on the 15th", "by the 1st." It must end its clause
#: (text, punctuation or a comma before a word follows), else it is "the 15th floor".
BARE_DAY: re.Pattern[str] = re.compile(
    r"""
    (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b      # 15th
    (?P<close>[ \t]*(?:$|[.;:!?)\n]          # the clause ends
      |,[ \t]*(?:$|[^\d\s])))                 # or goes on, not "the 1st, 2nd"
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Before "week" / "day": the count into a period ("the 2nd last", "first", "last").
NTH_LEAD: re.Pattern[str] = re.compile(
    rf"""
    (?:\b(?P<prep>on|in|during|by|until|till|before|after|from|since|through|throughout
        |over|for)\s+)?                                      # preposition
    (?:\b(?P<the>the)\s+)?                                   # the
    (?:\b(?P<nth>{_words(_NTH)})\s+)?                        # first / 2nd / third
    (?:\b(?P<last>last)\s+)?                                 # counting from the end
    $
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After "the last week" / "the fifth last day": the period it counts in ("of October
#: 2018", "in October", "of 2018", "of next month").
PERIOD_OF: re.Pattern[str] = re.compile(
    rf"""
    [ \t]+(?:of|in)[ \t]+
    (?:(?P<month>{_MONTH})\b\.?(?:[ \t]*,?[ \t]*(?P<year>{_YEAR})\b)?  # of October (2018)
      |(?P<year_only>{_YEAR})\b                                       # of 2018
      |(?:the[ \t]+)?(?P<which>this|next|last|previous|current)[ \t]+  # of next month
       (?P<unit>month|year)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After "the last week": "of" something else ("the last week of the campaign").
OF_NEXT: re.Pattern[str] = re.compile(r"[ \t]+of\b", re.IGNORECASE | re.VERBOSE)

#: One word, for reading tense cues around a date.
WORD: re.Pattern[str] = re.compile(r"[A-Za-z]+")

#: What ends a sentence, for bounding the tense look-around ("U.N. " cuts it short:
#: a cue is then missed, never taken from another sentence).
_SENTENCE_MARKS = (". ", "? ", "! ", "\n", '." ', ".\u201d ", "; ")

_LOOK_BACK = 120  # characters searched for tense cues before a date
_LOOK_AHEAD = 80  # ... and after it
_CUE_WORDS_BACK = 12
_CUE_WORDS_AHEAD = 8
_LEAD_WINDOW = 48

_SPAN_PREPOSITIONS = frozenset({"on", "in", "at", "over", "during", "since", "around"})
_LAST = frozenset({"last", "past", "previous", "the past", "the last", "the previous"})
_NEXT = frozenset({"next", "the next"})
_COMING = frozenset({"coming", "upcoming", "following", "the coming", "the following"})


#: The period words `_Reader._unit` reads with a lead when no count precedes them; any
#: other (plurals, "day", "fortnight", whose plain reading returns None) needs a count.
_LEAD_READ = frozenset(
    {"morning", "afternoon", "evening", "night", "weekend", "weekends", "week", "month", "year"}
)


@dataclass(frozen=True, slots=True)
class _Lead:
    start: int  # where the expression starts, the lead included
    prep: str | None
    mod: str | None
    count: int | None = None
    nth: int | None = None  # "the first Monday of": 1; "last": -1 is read from mod
    dayof: int | None = None  # "the third of March": 3


def _norm(words: str | None) -> str | None:
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


def _lead_starts(text: str, floor: int, at: int) -> list[int]:
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


def _match_lead(
    pattern: re.Pattern[str], text: str, floor: int, at: int, starts: list[int] | None = None
) -> re.Match[str] | None:
    """`pattern` (anchored at `at` by its $) matched from the leftmost start that fits
    among the unbroken run of lead-like words before `at` (not before `floor`).
    `starts`, when given, is `_lead_starts(text, floor, at)` (one run, several patterns)."""
    if starts is None:
        starts = _lead_starts(text, floor, at)
    for start in reversed(starts):  # the leftmost start that fits
        match = pattern.match(text, start, at)
        if match is not None:
            return match
    return None


def _lead(
    text: str, floor: int, at: int, *, counted: bool = False, starts: list[int] | None = None
) -> _Lead:
    """The words before `at` that belong to the expression (not before `floor`)."""
    match = _match_lead(LEAD_COUNT if counted else LEAD, text, floor, at, starts)
    if match is None:
        return _Lead(at, None, None)
    prep, mod = _norm(match["prep"]), _norm(match["mod"])
    count = None
    if counted and match["count_first"] is not None:
        raw = _norm(match["count_first"]) or ""
        count = int(raw) if raw.isdigit() else lex.COUNT_WORDS.get(raw)
        return _Lead(match.start("count_first"), None, _norm(match["mod_after"]), count)
    if counted:
        raw = _norm(match["count"]) or ""
        count = int(raw) if raw.isdigit() else lex.COUNT_WORDS.get(raw)
    if match["dayofperiod"] is not None:
        return _Lead(match.start("dayofperiod"), None, mod, None, None, int(match["dayofperiod"]))
    nth = _NTH.get((match["nth"] or "").lower())
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
    if prep is not None and prep in _SPAN_PREPOSITIONS:
        start = match.start("prep")
    if not counted and match["clock"] is not None:
        start = match.start("clock")
    return _Lead(start, prep, mod, count, nth, dayof)


# --------------------------------------------------------------------------- tense


def _tense(text: str, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the cue nearest the expression in its sentence."""
    before = text[max(0, start - _LOOK_BACK) : start]
    before = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1 :]
    after = text[end : end + _LOOK_AHEAD]
    stops = [i for i in (after.find(mark) for mark in _SENTENCE_MARKS) if i >= 0]
    if stops:
        after = after[: min(stops) + 1]
    back = WORD.findall(before)[-_CUE_WORDS_BACK:]
    ahead = WORD.findall(after)[:_CUE_WORDS_AHEAD]
    # each word lowered once (WORD is ASCII letters, so a pair's lower is its words' lowers)
    back_low = [w.lower() for w in back]
    ahead_low = [w.lower() for w in ahead]
    best: tuple[int, int] | None = None  # (distance, tense)
    for distance, index in enumerate(range(len(back) - 1, -1, -1)):
        pair = f"{back_low[index - 1]} {back_low[index]}" if index else ""
        tense = _cue(back[index], back_low[index], pair)
        if tense < 0 and index >= 2 and back_low[index - 1] == "be":
            tense = _cue(back[index - 2], back_low[index - 2], f"{back_low[index - 2]} be") or tense
            tense = 1 if back_low[index - 2] == "to" else tense  # "is to be held"
        if tense:
            best = (distance, tense)
            break
    for distance, index in enumerate(range(len(ahead))):
        if best is not None and distance >= best[0]:
            break
        pair = f"{ahead_low[index]} {ahead_low[index + 1]}" if index + 1 < len(ahead) else ""
        tense = _cue(ahead[index], ahead_low[index], pair)
        if tense:
            best = (distance, tense)
            break
    return best[1] if best else 0


def _cue(word: str, lower: str, pair: str) -> int:
    """The tense `word` (lowered: `lower`) or the `pair` ending or starting with it cues."""
    if pair in lex.FUTURE_CUES or lower in lex.FUTURE_CUES:
        return 1
    if pair in lex.PAST_CUES or lower in lex.PAST_CUES:
        return -1
    if (
        word.islower()
        and len(word) >= 5
        and lower.endswith("ed")
        and lower not in lex.NOT_PAST_ED
        and not lower.endswith("eed")
    ):
        return -1
    return 0


# --------------------------------------------------------------------------- calendar


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and year >= 1:
        return dt.date(year, month, day)
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _pick(candidates: list[dt.date], ref: dt.date, tense: int) -> dt.date | None:
    """The candidate on the tense's side of `ref`, nearest it (ties: the earlier)."""
    if tense < 0:
        side = [c for c in candidates if c <= ref] or candidates
    elif tense > 0:
        side = [c for c in candidates if c >= ref] or candidates
    else:
        side = candidates
    return min(side, key=lambda c: (abs((c - ref).days), c)) if side else None


def _year_for(
    month: int, day: int, ref: dt.date, tense: int, weekday: int | None
) -> dt.date | None:
    span = 11 if weekday is not None else 1
    candidates = [
        d
        for y in range(ref.year - span, ref.year + span + 1)
        if (d := _valid(y, month, day)) is not None and (weekday is None or d.weekday() == weekday)
    ]
    if not candidates and weekday is not None:
        return _year_for(month, day, ref, tense, None)
    if not candidates:  # 29 February
        candidates = [d for y in range(ref.year - 4, ref.year + 5) if (d := _valid(y, month, day))]
    return _pick(candidates, ref, tense)


def _weekday_date(ref: dt.date, weekday: int, mod: str | None, tense: int) -> dt.date:
    back = (ref.weekday() - weekday) % 7  # days back to the last such day, 0 = today
    if mod in _LAST or mod == "this past":
        return ref - dt.timedelta(days=back or 7)
    if mod in _NEXT:
        return _monday(ref) + dt.timedelta(days=7 + weekday)
    if mod in _COMING or mod == "this coming":
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if tense > 0 or (mod == "this" and tense == 0):
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - dt.timedelta(days=back)


def _interval(start: dt.date, end: dt.date, grain: str, **kept) -> DateInterval:
    return DateInterval(start, end, grain, True, **kept)


def _unresolved(grain: str, month: int | None = None, day: int | None = None) -> DateInterval:
    return DateInterval(None, None, grain, False, month, day)


def _since(reading: DateInterval, ref: dt.date | None) -> DateInterval:
    """'since X': from X's start to the reference."""
    if reading.start is None:
        return _unresolved("range", reading.month, reading.day)
    if ref is None or ref < reading.start:
        return DateInterval(reading.start, None, "range", False, reading.month, reading.day)
    return DateInterval(reading.start, ref, "range", True, reading.month, reading.day)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    date: DateInterval
    relative: bool
    prep: str | None = None


class _Reader:
    """Reads the expressions of one text; holds only that call's inputs."""

    def __init__(self, text: str, ref: dt.date | None, latent: bool) -> None:
        self.text = text
        self.ref = ref
        self.latent = latent

    # -- entry
    def read(self) -> tuple[DateMention, ...]:
        text, found, floor = self.text, [], 0
        for gate in GATE.finditer(text):
            at = gate.start()
            if at < floor:
                continue
            hit = self._dispatch(gate, floor)
            if hit is None:
                continue
            reading = hit.date
            if text[hit.end - 1] == "." and not _keeps_dot(text, hit.end):
                hit = _Found(hit.start, hit.end - 1, reading, hit.relative, hit.prep)
            if hit.prep == "since":
                reading = _since(reading, self.ref)
                hit = _Found(hit.start, hit.end, reading, True, hit.prep)
            found.append(
                DateMention(text[hit.start : hit.end], hit.start, hit.end, reading, hit.relative)
            )
            floor = hit.end
        return tuple(found)

    def _dispatch(self, gate: re.Match[str], floor: int) -> _Found | None:
        if gate["digit"] is not None:
            return self._digit(gate, floor)
        lower = gate["word"].lower()
        if lower in lex.MONTHS:
            return self._month(gate, floor)
        if lower in lex.RELATIVE_DAYS or lower == "overnight":
            return self._relday(gate, floor)
        if (
            lower[:-1] in lex.WEEKDAYS
            or lower in lex.WEEKDAYS
            or lower in lex.WEEKDAY_ABBREVIATIONS
        ):
            return self._weekday(gate, floor)
        return self._unit(gate, floor)

    def tense(self, start: int, end: int) -> int:
        return _tense(self.text, start, end)

    # -- month first
    def _month(self, gate: re.Match[str], floor: int) -> _Found | None:
        text, at = self.text, gate.start()
        m = MONTH_DATE.match(text, at)
        if m is None:  # pragma: no cover - the gate matched a month name
            return None
        word = m["month"]
        month = lex.MONTHS[word.lower()]
        lead = _lead(text, floor, at)
        if lead.mod == "the" and lead.dayof is None:  # "the Feb. 3 massacre": a determiner
            lead = _Lead(at, lead.prep, None)
        end = m.end()
        if lead.dayof is not None and m["day"] is None:  # "the third of March (2013)"
            if word == "may" and not self.latent:
                return None
            year = int(m["month_year"]) if m["month_year"] else None
            return self._day_reading(month, lead.dayof, year, lead, at, end)
        if m["day"] is None and m["month_year"] is None and m["month_year_short"] is None:
            if not self._bare_month_ok(word, lead):
                return None
            return self._month_reading(month, lead, at, end)
        if not self.latent and word == "may":
            return None
        if m["month_year"] is not None or m["month_year_short"] is not None:
            raw = m["month_year"] or "20" + m["month_year_short"].strip()[1:]
            year = int(raw)
            return self._period(lead, at, end, dt.date(year, month, 1), "month", month=month)
        day = _day_number(m["day"])
        day2 = int(m["day2"]) if m["day2"] else None
        month2 = lex.MONTHS[m["month2"].lower()] if m["month2"] else month
        year = int(m["year"]) if m["year"] else None
        weekday = None
        if year is None and day2 is None:
            named = TRAILING_WEEKDAY.match(text, end)
            if named is not None:
                weekday = _weekday_index(named["weekday"])
                end = named.end()
        tail = DAY_TAIL.match(text, end) if day2 is None else None
        if tail is not None and (tail["clock"] or tail["part"]):
            end = tail.end()
        return self._day_reading(
            month, day, year, lead, at, end, month2=month2, day2=day2, weekday=weekday
        )

    def _bare_month_ok(self, word: str, lead: _Lead) -> bool:
        if self.latent:
            return True
        lower = word.lower()
        if lower == "may" and word != "May":
            return False
        cued = lead.prep in lex.MONTH_CUES or (
            lead.mod is not None and lead.mod.split()[0] in lex.MONTH_CUES
        )
        if lead.mod is not None and lead.mod.split()[-1] in ("the", "of"):
            cued = True  # "the end of May"
        if cued:
            return word[0].isupper() or lower not in ("may", "march")
        return lower in lex.PLAIN_MONTH_NAMES and word[0].isupper()

    def _month_reading(self, month: int, lead: _Lead, start: int, end: int) -> _Found:
        ref, mod = self.ref, lead.mod
        part = _part(mod, lex.MONTH_PARTS)
        relative = False
        if ref is None:
            return _Found(lead.start, end, _unresolved("month", month), False, lead.prep)
        named_year = _MONTH_OF_YEAR.match(self.text, end)
        if named_year is not None:  # "in April last year", "May of next year"
            year = ref.year + {"last": -1, "this": 0, "next": 1}[named_year["which"].lower()]
            end = named_year.end()
            relative = True
        elif mod in _LAST or mod == "this past":
            year = ref.year if month < ref.month else ref.year - 1
            relative = True
        elif mod in _NEXT or mod in _COMING or mod == "this coming":
            year = ref.year if month > ref.month else ref.year + 1
            relative = True
        elif mod == "this":
            year = ref.year
            relative = True
        else:
            tense = self.tense(lead.start, end)
            year = ref.year
            if tense < 0 and month > ref.month:
                year -= 1
            elif tense > 0 and month < ref.month:
                year += 1
        first, last = dt.date(year, month, 1), _month_end(year, month)
        if part is not None:
            low, high = part
            first = dt.date(year, month, low)
            last = dt.date(year, month, min(high, last.day))
            return _Found(
                lead.start, end, _interval(first, last, "range", month=month), relative, lead.prep
            )
        return _Found(
            lead.start, end, _interval(first, last, "month", month=month), relative, lead.prep
        )

    def _day_reading(
        self,
        month: int,
        day: int | None,
        year: int | None,
        lead: _Lead,
        start: int,
        end: int,
        *,
        month2: int | None = None,
        day2: int | None = None,
        weekday: int | None = None,
    ) -> _Found | None:
        if day is None or not 1 <= day <= 31 or (day2 is not None and not 1 <= day2 <= 31):
            return None
        month2 = month2 or month
        if year is not None:
            first = _valid(year, month, day)
            if first is None:
                return None
            reading = self._day_or_range(first, year, month2, day2, month, day)
            return None if reading is None else _Found(lead.start, end, reading, False, lead.prep)
        if self.ref is None:
            grain = "day" if day2 is None else "range"
            return _Found(lead.start, end, _unresolved(grain, month, day), False, lead.prep)
        tense = self.tense(lead.start, end)
        first = _year_for(month, day, self.ref, tense, weekday)
        if first is None:
            return None
        reading = self._day_or_range(first, first.year, month2, day2, month, day)
        return None if reading is None else _Found(lead.start, end, reading, False, lead.prep)

    @staticmethod
    def _day_or_range(
        first: dt.date, year: int, month2: int, day2: int | None, month: int, day: int
    ) -> DateInterval | None:
        if day2 is None:
            return _interval(first, first, "day", month=month, day=day)
        if month2 < month:
            year += 1
        last = _valid(year, month2, day2)
        if last is None or last < first:
            return None
        return _interval(first, last, "range", month=month, day=day)

    def _period(
        self, lead: _Lead, start: int, end: int, first: dt.date, grain: str, month: int | None
    ) -> _Found:
        last = (
            _month_end(first.year, first.month) if grain == "month" else dt.date(first.year, 12, 31)
        )
        return _Found(lead.start, end, _interval(first, last, grain, month=month), False, lead.prep)

    # -- weekday first
    def _weekday(self, gate: re.Match[str], floor: int) -> _Found | None:
        text, at, end = self.text, gate.start(), gate.end()
        word = gate.group()
        lower = word.lower()
        if lower not in lex.WEEKDAYS and lower not in lex.WEEKDAY_ABBREVIATIONS:
            return self._weekdays_counted(gate, floor)  # "Fridays"
        abbreviated = lower not in lex.WEEKDAYS
        weekday = _weekday_index(word)
        if text.startswith(".", end) and (abbreviated or text[end + 1 : end + 2] == ","):
            end += 1  # "Tues." (not a sentence's full stop after "Monday.")
        lead = _lead(text, floor, at)
        gap = WEEKDAY_GAP.match(text, end)
        after = gap.end() if gap else end
        dated = MONTH_DATE.match(text, after) or DAY_DATE.match(text, after)
        if dated is not None and dated["day"] is not None:
            found = self._dated_weekday(dated, weekday, lead)
            if found is not None:
                return found
        ordinal = WEEKDAY_DAY.match(text, end)
        if ordinal is not None:
            return self._weekday_ordinal(int(ordinal["day"]), weekday, lead, ordinal.end())
        if (
            abbreviated
            and not self.latent
            and lower in lex.WORDLIKE_WEEKDAY_ABBREVIATIONS
            and not (word[0].isupper() and end > gate.end())
        ):
            return None  # "sat", "sun", "wed": words unless "Sat." / "Sun, Feb 10"
        if not self.latent and self._weekday_is_name(gate):
            return None
        counted = WEEKDAY_OF.match(text, end) if (lead.nth or lead.mod == "last") else None
        if counted is not None:
            return self._nth_weekday(counted, weekday, lead)
        week = WEEKDAY_WEEK.match(text, end)
        if week is not None:
            return self._weekday_in_week(week, weekday, lead)
        tail = DAY_TAIL.match(text, end)
        if tail is not None and (tail["part"] or tail["clock"]):
            end = tail.end()
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day"), True, lead.prep)
        mod = lead.mod if lead.mod not in lex.DAY_EDGES else None
        tense = self.tense(lead.start, end) if mod in (None, "this") else 0
        day = _weekday_date(self.ref, weekday, mod, tense)
        return _Found(lead.start, end, _interval(day, day, "day"), True, lead.prep)

    def _weekdays_counted(self, gate: re.Match[str], floor: int) -> _Found | None:
        """'three Fridays from now', '2 Thursdays ago'; a plural weekday alone is a habit."""
        lead = _lead(self.text, floor, gate.start(), counted=True)
        tail = UNIT_TAIL.match(self.text, gate.end())
        if lead.count is None or tail is None or not lead.count:
            return None
        end = tail.end()
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day"), True, None)
        weekday = _weekday_index(gate.group()[:-1])
        direction = lex.UNIT_DIRECTIONS[_norm(tail["direction"]) or ""]
        if direction > 0:
            first = self.ref + dt.timedelta(days=(weekday - self.ref.weekday()) % 7 or 7)
        else:
            first = self.ref - dt.timedelta(days=(self.ref.weekday() - weekday) % 7 or 7)
        day = first + dt.timedelta(days=7 * direction * (lead.count - 1))
        return _Found(lead.start, end, _interval(day, day, "day"), True, None)

    def _nth_weekday(self, m: re.Match[str], weekday: int, lead: _Lead) -> _Found | None:
        """'the first Monday of March', 'last Friday in October', 'the second Monday of
        last month'."""
        end, ref = m.end(), self.ref
        if m["month"] is not None:
            if m["month"] == "may" and not self.latent:
                return None
            month = lex.MONTHS[m["month"].lower()]
            if m["year"] is not None:
                year: int | None = int(m["year"])
            elif ref is not None:
                year = self._year_of_month(month, lead.start, end)
            else:
                year = None
        else:
            if ref is None:
                year = month = None
            else:
                which = {"next": 1, "last": -1, "previous": -1}.get((m["which"] or "").lower(), 0)
                first = _add_months(ref.replace(day=1), which)
                year, month = first.year, first.month
        if year is None or month is None:
            return _Found(lead.start, end, _unresolved("day"), True, lead.prep)
        days = [
            d
            for n in range(1, calendar.monthrange(year, month)[1] + 1)
            if (d := dt.date(year, month, n)).weekday() == weekday
        ]
        nth = lead.nth if lead.nth is not None else -1
        if nth > len(days):
            return None
        day = days[nth - 1] if nth > 0 else days[-1]
        return _Found(lead.start, end, _interval(day, day, "day"), m["month"] is None, lead.prep)

    def _weekday_in_week(self, m: re.Match[str], weekday: int, lead: _Lead) -> _Found:
        """'Wednesday next week', 'Monday of this week', 'Friday after next'."""
        end = m.end()
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day"), True, lead.prep)
        which = _norm(m["which"]) or "next"
        shift = {"this": 0, "last": -1}.get(which, 1)
        day = _monday(self.ref) + dt.timedelta(days=7 * shift + weekday)
        return _Found(lead.start, end, _interval(day, day, "day"), True, lead.prep)

    def _dated_weekday(self, dated: re.Match[str], weekday: int, lead: _Lead) -> _Found | None:
        month = lex.MONTHS[dated["month"].lower()]
        if dated["month"].lower() == "may" and dated["month"] != "May" and not self.latent:
            return None
        day = _day_number(dated["day"])
        year = int(dated["year"]) if dated["year"] else None
        end = dated.end()
        tail = DAY_TAIL.match(self.text, end)
        if tail is not None and (tail["clock"] or tail["part"]):
            end = tail.end()
        return self._day_reading(month, day, year, lead, lead.start, end, weekday=weekday)

    def _weekday_ordinal(self, day: int, weekday: int, lead: _Lead, end: int) -> _Found | None:
        if not 1 <= day <= 31:
            return None
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day", None, day), True, lead.prep)
        candidates = []
        for step in range(-14, 15):
            first = _add_months(self.ref.replace(day=1), step)
            d = _valid(first.year, first.month, day)
            if d is not None and d.weekday() == weekday:
                candidates.append(d)
        tense = self.tense(lead.start, end)
        chosen = _pick(candidates, self.ref, tense if tense else 1)
        if chosen is None:
            return None
        return _Found(lead.start, end, _interval(chosen, chosen, "day", day=day), True, lead.prep)

    def _weekday_is_name(self, gate: re.Match[str]) -> bool:
        """'Sunday Times', 'Black Friday': a weekday inside a name."""
        text = self.text
        before = WORD.findall(text[max(0, gate.start() - 20) : gate.start()])
        if before and before[-1][0].isupper() and before[-1].lower() in lex.WEEKDAY_NAME_BEFORE:
            return True
        nxt = WORD.match(text, gate.end() + 1) if text[gate.end() : gate.end() + 1] == " " else None
        return bool(
            nxt and nxt.group()[0].isupper() and nxt.group().lower() in lex.WEEKDAY_NAME_AFTER
        )

    # -- today, yesterday...
    def _relday(self, gate: re.Match[str], floor: int) -> _Found | None:
        text, at = self.text, gate.start()
        word = gate.group().lower()
        lead = _lead(text, floor, at)
        end = gate.end()
        tail = DAY_TAIL.match(text, end)
        if tail is not None and (tail["part"] or tail["clock"]):
            end = tail.end()
        ref = self.ref
        if word == "overnight":
            if ref is None:
                return _Found(lead.start, end, _unresolved("range"), True, lead.prep)
            return _Found(
                lead.start,
                end,
                _interval(ref - dt.timedelta(days=1), ref, "range"),
                True,
                lead.prep,
            )
        offset = lex.RELATIVE_DAYS[word]
        if lead.mod == "the day before":
            offset -= 1
        elif lead.mod == "the day after":
            offset += 1
        if ref is None:
            return _Found(lead.start, end, _unresolved("day"), True, lead.prep)
        day = ref + dt.timedelta(days=offset)
        return _Found(lead.start, end, _interval(day, day, "day"), True, lead.prep)

    # -- week, weekend, month, year, days, night
    def _unit(self, gate: re.Match[str], floor: int) -> _Found | None:
        text, at, end = self.text, gate.start(), gate.end()
        word = gate.group().lower().replace("-", "")
        starts = _lead_starts(text, floor, at)  # the run before `at`, read once for all leads
        if word in ("week", "day"):
            nth = _match_lead(NTH_LEAD, text, floor, at, starts)
            if nth is not None and (nth["nth"] or nth["last"]):
                period = PERIOD_OF.match(text, end)
                if period is not None:
                    return self._nth_of_period(word, nth, period)
                if (nth["the"] or nth["nth"]) and OF_NEXT.match(text, end):
                    return None  # "the last week of the campaign": not a calendar week
        if word in ("yr", "yrs"):
            word = "year" + word[2:]
        if word in lex.UNITS:  # the counted lead only matters for a unit ("three days")
            counted = _lead(text, floor, at, counted=True, starts=starts)
            if counted.count is not None:
                return self._counted(word, counted, end)
        if word not in _LEAD_READ:
            return None  # "days", "fortnight": only a count makes them a date (saves a lead)
        lead = _lead(text, floor, at, starts=starts)
        mod = lead.mod
        if word in ("morning", "afternoon", "evening", "night"):
            return self._day_part(word, lead, end)
        if word in ("weekend", "weekends"):
            return self._weekend(lead, end)
        if word not in ("week", "month", "year", "fortnight"):
            return None
        if mod in lex.PERIOD_SIDES:
            side = lex.PERIOD_SIDES[mod]
            which = 0
        elif mod in lex.PERIOD_MODIFIERS:
            side, which = 0, lex.PERIOD_MODIFIERS[mod]
        else:
            return None
        if word == "fortnight":
            return None
        if lead.dayof is not None and word == "month" and not side:
            return self._day_of_month(lead, which, end)
        grain = word
        if self.ref is None:
            return _Found(
                lead.start, end, _unresolved(grain if not side else "range"), True, lead.prep
            )
        first, last = _period_of(self.ref, grain, which)
        if side < 0:
            last = max(first, self.ref - dt.timedelta(days=1))
            grain = "range"
        elif side > 0:
            first = min(last, self.ref + dt.timedelta(days=1))
            grain = "range"
        return _Found(lead.start, end, _interval(first, last, grain), True, lead.prep)

    def _nth_of_period(
        self, word: str, lead: re.Match[str], period: re.Match[str]
    ) -> _Found | None:
        """'the last week of September 2014', 'the 2nd last week of October 2018', 'the
        fifth last day of May', 'the first week of next month'. Weeks are the whole
        Monday-Sunday weeks inside the period (Duckling's reading)."""
        nth = _NTH[lead["nth"].lower()] if lead["nth"] else 1
        from_end = lead["last"] is not None
        if word == "day" and not from_end:
            return None  # "the first day of March": read at the month, as "the first of"
        prep = _norm(lead["prep"])
        start = lead.start("prep") if prep in _SPAN_PREPOSITIONS else lead.start("the")
        if start < 0:
            start = lead.start("nth") if lead["nth"] else lead.start("last")
        end, ref = period.end(), self.ref
        relative = period["which"] is not None
        if period["month"] is not None:
            raw = period["month"]
            if raw.lower() == "may" and raw != "May" and not self.latent:
                return None
            month = lex.MONTHS[raw.lower()]
            if period["year"] is not None:
                year = int(period["year"])
            elif ref is None:
                return _Found(start, end, _unresolved(word), True, prep)
            else:
                year = self._year_of_month(month, start, end)
            first, last = dt.date(year, month, 1), _month_end(year, month)
        elif period["year_only"] is not None:
            year = int(period["year_only"])
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        elif ref is None:
            return _Found(start, end, _unresolved(word), True, prep)
        else:
            which = lex.PERIOD_MODIFIERS.get(_norm(period["which"]) or "", 0)
            first, last = _period_of(ref, _norm(period["unit"]) or "month", which)
        if word == "day":
            day = last - dt.timedelta(days=nth - 1)
            if day < first:
                return None
            return _Found(start, end, _interval(day, day, "day"), relative, prep)
        monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        mondays = []
        while monday + dt.timedelta(days=6) <= last:
            mondays.append(monday)
            monday += dt.timedelta(days=7)
        if nth > len(mondays):
            return None
        monday = mondays[-nth] if from_end else mondays[nth - 1]
        return _Found(
            start, end, _interval(monday, monday + dt.timedelta(days=6), "week"), relative, prep
        )

    def _year_of_month(self, month: int, start: int, end: int) -> int:
        """The year of a named month with no year: the reference's, or the one its
        clause's tense points to when the month lies on the other side."""
        ref = self.ref
        assert ref is not None
        tense = self.tense(start, end)
        if tense < 0 and month > ref.month:
            return ref.year - 1
        if tense > 0 and month < ref.month:
            return ref.year + 1
        return ref.year

    def _day_of_month(self, lead: _Lead, which: int, end: int) -> _Found | None:
        """'the 20th of next month'."""
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day", None, lead.dayof), True, None)
        first = _add_months(self.ref.replace(day=1), which)
        day = _valid(first.year, first.month, lead.dayof or 0)
        if day is None:
            return None
        return _Found(
            lead.start, end, _interval(day, day, "day", month=day.month, day=day.day), True, None
        )

    def _counted(self, word: str, lead: _Lead, end: int) -> _Found | None:
        unit, factor = lex.UNITS[word]
        count = (lead.count or 0) * factor
        tail = UNIT_TAIL.match(self.text, end)
        said = _norm(tail["direction"]) if tail else None
        direction = lex.UNIT_DIRECTIONS[said] if said else 0
        if tail is not None:
            end = tail.end()
        ref = self.ref
        if not direction and lead.prep == "in" and lead.mod is None:  # "in a week"
            tense = 1 if self.latent else self.tense(lead.start, end)
            if tense < 0 or (tense == 0 and not self._opens_sentence(lead.start)):
                return None  # "killed 20 in two days": a duration, not a date
            direction = 1
        if direction:
            # whole years keep only their month ("two years ago": February 2011), unless
            # counted from a named day ("3 years from today": 12 February 2016)
            grain = "day" if unit != "year" or said == "from today" else "month"
            if ref is None:
                return _Found(lead.start, end, _unresolved(grain), True, None)
            day = _shift(ref, unit, direction * count)
            if grain == "month":
                first, last = day.replace(day=1), _month_end(day.year, day.month)
                return _Found(
                    lead.start, end, _interval(first, last, grain, month=day.month), True, None
                )
            return _Found(lead.start, end, _interval(day, day, "day"), True, None)
        if lead.mod in _LAST or lead.mod in _NEXT or lead.mod in _COMING:
            sign = -1 if lead.mod in _LAST else 1
            if ref is None:
                return _Found(lead.start, end, _unresolved("range"), True, None)
            first, last = _last_units(ref, unit, count, sign)
            return _Found(lead.start, end, _interval(first, last, "range"), True, None)
        return None

    def _opens_sentence(self, start: int) -> bool:
        """Whether nothing but punctuation stands before `start` in its sentence ("In a
        week, the ..."): no verb to make "in a week" a duration."""
        before = self.text[max(0, start - _LOOK_BACK) : start]
        before = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1 :]
        return not any(c.isalnum() for c in before)

    def _day_part(self, word: str, lead: _Lead, end: int) -> _Found | None:
        if lead.mod == "this" and word != "night":
            offset = 0
        elif lead.mod == "last" and word in ("night", "evening"):
            offset = -1
        else:
            return None
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day"), True, lead.prep)
        day = self.ref + dt.timedelta(days=offset)
        return _Found(lead.start, end, _interval(day, day, "day"), True, lead.prep)

    def _weekend(self, lead: _Lead, end: int) -> _Found | None:
        mod = lead.mod
        if mod is None:
            return None
        which = lex.PERIOD_MODIFIERS.get(mod)
        if which is None and mod != "the":
            return None
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("range"), True, lead.prep)
        ref = self.ref
        saturday_back = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # last Sat <= ref
        if which == -1:
            saturday = (
                saturday_back
                if ref.weekday() not in (5, 6)
                else saturday_back - dt.timedelta(days=7)
            )
            if mod == "this past":
                saturday = (
                    saturday_back if ref.weekday() != 5 else saturday_back - dt.timedelta(days=7)
                )
        elif which == 1:
            saturday = _monday(ref) + dt.timedelta(days=12)  # next week's
            if mod in _COMING or mod == "this coming":
                saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
        else:
            tense = self.tense(lead.start, end)
            if ref.weekday() in (5, 6):
                saturday = saturday_back
            elif tense > 0 or (which == 0 and tense == 0):
                saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
            else:
                saturday = saturday_back
        sunday = saturday + dt.timedelta(days=1)
        return _Found(lead.start, end, _interval(saturday, sunday, "range"), True, lead.prep)

    # -- figures
    def _digit(self, gate: re.Match[str], floor: int) -> _Found | None:
        text, at = self.text, gate.start()
        if at > 1 and text[at - 1] in "/.:," and text[at - 2].isdigit():
            return None  # the second part of "3:35", "1.5", "100,000"

        numeric = NUMERIC_DATE.match(text, at)
        if numeric is not None:
            found = self._numeric(numeric, floor)
            if found is not None:
                return found
        dated = DAY_DATE.match(text, at)
        if dated is not None:
            if dated["month"] == "may" and not self.latent:
                return None  # "3 may be": the modal
            found = self._day_first(dated, floor)
            if found is not None:
                return found
        year = YEAR_DATE.match(text, at)
        if year is not None:
            return self._year(year, floor)
        bare = BARE_DAY.match(text, at)
        if bare is not None:
            return self._bare_day(bare, floor)
        return None

    def _bare_day(self, m: re.Match[str], floor: int) -> _Found | None:
        """'on the 15th': a day of an unnamed month, placed like a bare weekday (the
        tense's side of the reference; with no cue, the last one on or before it)."""
        lead = _lead(self.text, floor, m.start())
        if lead.mod != "the" or lead.dayof is not None:
            return None
        if not self.latent and lead.prep not in lex.BARE_DAY_PREPOSITIONS:
            return None  # "won the 1st." / "the 15th": a rank, an edition
        day = int(m["day"])
        if not 1 <= day <= 31:
            return None
        end = m.start("close")
        if self.ref is None:
            return _Found(lead.start, end, _unresolved("day", None, day), True, lead.prep)
        tense = self.tense(lead.start, end)
        step = 1 if tense > 0 else -1
        first = self.ref.replace(day=1)
        for months in range(0, 13 * step, step):  # a day 31 may skip months
            month = _add_months(first, months)
            found = _valid(month.year, month.month, day)
            if found is not None and (found >= self.ref if step > 0 else found <= self.ref):
                return _Found(
                    lead.start, end, _interval(found, found, "day", day=day), True, lead.prep
                )
        return None  # pragma: no cover - some month within a year has every day 1-31

    def _day_first(self, dated: re.Match[str], floor: int) -> _Found | None:
        text = self.text
        month = lex.MONTHS[dated["month"].lower()]
        day = int(dated["day"])
        day2 = int(dated["day2"]) if dated["day2"] else None
        if dated["year"]:
            year: int | None = int(dated["year"])
        elif dated["year_short"]:
            raw = dated["year_short"]
            year = int(raw) if len(raw) == 4 else _full_year(int(raw))
        else:
            year = None
        lead = _lead(text, floor, dated.start())
        end = dated.end()
        tail = DAY_TAIL.match(text, end) if day2 is None else None
        if tail is not None and (tail["clock"] or tail["part"]):
            end = tail.end()
        if day2 is not None:
            return self._day_reading(
                month, day, year, lead, lead.start, end, month2=month, day2=day2
            )
        return self._day_reading(month, day, year, lead, lead.start, end)

    def _numeric(self, m: re.Match[str], floor: int) -> _Found | None:
        lead = _lead(self.text, floor, m.start())
        end = m.end()
        if m["iso_y"]:
            return self._absolute(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]), lead, end)
        for prefix in ("us", "ush", "usd"):
            if m[f"{prefix}_m"]:
                first, second = int(m[f"{prefix}_m"]), int(m[f"{prefix}_d"])
                raw_year = m[f"{prefix}_y"]
                year = int(raw_year) if len(raw_year) == 4 else _full_year(int(raw_year))
                if first > 12:  # cannot be a month: day first
                    first, second = second, first
                return self._absolute(year, first, second, lead, end)
        if m["ym_y"] or m["my_m"]:
            year = int(m["ym_y"] or m["my_y"])
            month = int(m["ym_m"] or m["my_m"])
            if (
                not self.latent
                and "/" not in m.group()
                and (len(m["ym_m"]) != 2 or year // 100 * 100 + month > year)
            ):
                return None  # "2010-11", "from 2000-04": seasons, spans of years
            if not 1 <= month <= 12:
                return None
            return self._period(lead, lead.start, end, dt.date(year, month, 1), "month", month)
        month, day = int(m["md_m"]), int(m["md_d"])
        if not self.latent:
            if m["md_sep"] != "/" or day <= 12 or m.group().count(" "):
                return None
        if not 1 <= month <= 12:
            return None
        tail = DAY_TAIL.match(self.text, end)
        if tail is not None and tail["clock"]:
            end = tail.end()
        return self._day_reading(month, day, None, lead, lead.start, end)

    def _absolute(self, year: int, month: int, day: int, lead: _Lead, end: int) -> _Found | None:
        first = _valid(year, month, day)
        if first is None:
            return None
        tail = DAY_TAIL.match(self.text, end)
        if tail is not None and tail["clock"]:
            end = tail.end()
        return _Found(
            lead.start, end, _interval(first, first, "day", month=month, day=day), False, lead.prep
        )

    def _year(self, m: re.Match[str], floor: int) -> _Found | None:
        lead = _lead(self.text, floor, m.start())
        year = int(m["year"])
        end = m.end()
        cued = lead.prep in lex.MONTH_CUES or lead.mod is not None
        if m["decade"]:
            if year % 10:
                return None
            return _Found(
                lead.start,
                end,
                _interval(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "range"),
                False,
                lead.prep,
            )
        if m["year2"]:
            raw = m["year2"]
            year2 = int(raw) if len(raw) == 4 else year // 100 * 100 + int(raw)
            if not year < year2 <= year + 50:
                return None
            if not cued and not self.latent and "-" not in m.group() and "–" not in m.group():
                return None
            return _Found(
                lead.start,
                end,
                _interval(dt.date(year, 1, 1), dt.date(year2, 12, 31), "range"),
                False,
                lead.prep,
            )
        if not cued and not self.latent:
            return None
        part = _part(lead.mod, lex.YEAR_PARTS)
        if part is not None:
            first, last = dt.date(year, part[0], 1), _month_end(year, part[1])
            return _Found(lead.start, end, _interval(first, last, "range"), False, lead.prep)
        return _Found(
            lead.start,
            end,
            _interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"),
            False,
            lead.prep,
        )


_ABBREVIATIONS = frozenset(
    {k for k in lex.MONTHS if k not in {n.lower() for n in calendar.month_name}}
    | set(lex.WEEKDAY_ABBREVIATIONS)
)


def _keeps_dot(text: str, end: int) -> bool:
    """Whether the dot ending a span belongs to it ("Feb.", "p.m.") or ends a sentence."""
    word = WORD.findall(text[max(0, end - 8) : end - 1])
    return bool(word) and (
        word[-1].lower() in _ABBREVIATIONS or text[end - 3 : end - 1] in (".m", ".M")
    )


def _part(mod: str | None, table: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    if mod is None:
        return None
    for word in mod.split():
        if word in table:
            return table[word]
    return None


def _weekday_index(word: str) -> int:
    lower = word.lower()
    return lex.WEEKDAYS.get(lower, lex.WEEKDAY_ABBREVIATIONS.get(lower, 0))


def _day_number(raw: str) -> int:
    lower = raw.lower()
    return int(raw) if raw.isdigit() else lex.ORDINAL_DAYS[lower]


def _full_year(two_digits: int) -> int:
    return 2000 + two_digits if two_digits < 50 else 1900 + two_digits


def _shift(ref: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "day":
        return ref + dt.timedelta(days=amount)
    if unit == "week":
        return ref + dt.timedelta(days=7 * amount)
    if unit == "month":
        return _add_months(ref, amount)
    return _add_months(ref, 12 * amount)


def _period_of(ref: dt.date, grain: str, which: int) -> tuple[dt.date, dt.date]:
    """The week/month/year containing the reference, shifted by `which` periods."""
    if grain == "week":
        first = _monday(ref) + dt.timedelta(days=7 * which)
        return first, first + dt.timedelta(days=6)
    if grain == "month":
        first = _add_months(ref.replace(day=1), which)
        return first, _month_end(first.year, first.month)
    year = ref.year + which
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _last_units(ref: dt.date, unit: str, count: int, sign: int) -> tuple[dt.date, dt.date]:
    """'the last two weeks' / 'the next 3 days': whole units before or after the reference's."""
    if unit == "day":
        if sign < 0:
            return ref - dt.timedelta(days=count), ref - dt.timedelta(days=1)
        return ref + dt.timedelta(days=1), ref + dt.timedelta(days=count)
    first, last = _period_of(ref, unit, sign)
    far_first, far_last = _period_of(ref, unit, sign * count)
    return (far_first, last) if sign < 0 else (first, far_last)


def find_dates(text: str, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every temporal expression in `text`, in order, resolved against `reference`.

    Spans index `text` and never overlap. Readings are inclusive day intervals with a
    grain ("day", "week", "month", "year", "range"). With `reference` None, expressions
    that need it are returned with ``resolved=False`` (month/day kept where stated).

    >>> [(m.text, str(m.date.start)) for m in find_dates("met on Monday", dt.date(2012, 2, 7))]
    [('on Monday', '2012-02-06')]
    """
    return _Reader(text, reference, latent=False).read()


def parse_date(text: str, reference: dt.date | None = None) -> DateInterval | None:
    """The reading of one whole temporal expression ("February 7", "last week"), or None.

    Unlike `find_dates`, forms that need context in running text are read too: a bare
    year ("1974"), month ("March"), "2/15", "in a week". When `text` holds several
    expressions, the longest one is read.

    >>> parse_date("Feb. 7th, 2012")
    DateInterval(start=datetime.date(2012, 2, 7), end=datetime.date(2012, 2, 7), grain='day', resolved=True, month=2, day=7)
    """
    mentions = _Reader(text, reference, latent=True).read()
    if not mentions:
        return None
    return max(mentions, key=lambda m: (m.end - m.start, -m.start)).date
