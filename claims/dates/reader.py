"""The entry points: a cheap gate finds each word or figure that can anchor an
expression, the reader for its kind reads the expression there, and the readings become
`DateMention` values that never overlap."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claims.dates.context import Context, Found
from claims.dates.figures import read_figures
from claims.dates.months import read_month
from claims.dates.patterns import WORD
from claims.dates.periods import read_unit, since_range
from claims.dates.relative import read_relative_day
from claims.dates.weekdays import read_weekday
from claims.lexicon import dates as lex
from claims.model import DateInterval, DateMention
from claims.prefix_tree import prefix_tree

__all__ = ["find_dates", "parse_date"]


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


def read(ctx: Context, first: bool = False) -> tuple[DateMention, ...]:
    """Every expression of the text, left to right, none overlapping the one before;
    with `first`, only the first (the reading stops there)."""
    text, found, floor = ctx.text, [], 0
    for gate in GATE.finditer(text):
        at = gate.start()
        if at < floor:
            continue
        try:
            hit = _read_at(ctx, gate, floor)
        except (OverflowError, ValueError):
            # a relative date that falls off the calendar ("yesterday" of 1 January of
            # year 1, "next week" of 31 December 9999): read it with no reference, so it
            # stays unresolved
            hit = _read_at(Context(text, None, ctx.latent), gate, floor)
        if hit is None:
            continue
        found.append(
            DateMention(text[hit.start : hit.end], hit.start, hit.end, hit.date, hit.relative)
        )
        if first:
            break
        floor = hit.end
    return tuple(found)


def _read_at(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """The expression at one gate match, its span's final dot and "since" settled."""
    hit = _dispatch(ctx, gate, floor)
    if hit is None:
        return None
    reading = hit.date
    if ctx.text[hit.end - 1] == "." and not _keeps_dot(ctx.text, hit.end):
        hit = Found(hit.start, hit.end - 1, reading, hit.relative, hit.prep)
    if hit.prep == "since":
        reading = since_range(reading, ctx.ref)
        hit = Found(hit.start, hit.end, reading, True, hit.prep)
    return hit


def _dispatch(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """The reading at one gate match, by the kind of its anchor."""
    if gate["digit"] is not None:
        return read_figures(ctx, gate, floor)
    lower = gate["word"].lower()
    if lower in lex.MONTHS:
        return read_month(ctx, gate, floor)
    if lower in lex.RELATIVE_DAYS or lower == "overnight":
        return read_relative_day(ctx, gate, floor)
    if lower[:-1] in lex.WEEKDAYS or lower in lex.WEEKDAYS or lower in lex.WEEKDAY_ABBREVIATIONS:
        return read_weekday(ctx, gate, floor)
    return read_unit(ctx, gate, floor)


def find_dates(text: str, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every temporal expression in `text`, in order, resolved against `reference`.

    Spans index `text` and never overlap. Readings are inclusive day intervals with a
    grain ("day", "week", "month", "year", "range"). With `reference` None, expressions
    that need it are returned with ``resolved=False`` (month/day kept where stated).

    >>> [(m.text, str(m.date.start)) for m in find_dates("met on Monday", dt.date(2012, 2, 7))]
    [('on Monday', '2012-02-06')]
    """
    return read(Context(text, reference, latent=False))


def first_date(text: str, reference: dt.date | None = None) -> DateMention | None:
    """The first expression `find_dates` finds in `text`, the text after it unread (the
    time scope of a sentence of nothing but dates, "Monday Monday ...", is its first)."""
    found = read(Context(text, reference, latent=False), first=True)
    return found[0] if found else None


def parse_date(text: str, reference: dt.date | None = None) -> DateInterval | None:
    """The reading of one whole temporal expression ("February 7", "last week"), or None.

    Unlike `find_dates`, forms that need context in running text are read too: a bare
    year ("1974"), month ("March"), "2/15", "in a week". When `text` holds several
    expressions, the longest one is read.

    >>> parse_date("Feb. 7th, 2012")
    DateInterval(start=datetime.date(2012, 2, 7), end=datetime.date(2012, 2, 7), grain='day', resolved=True, month=2, day=7)
    """
    mentions = read(Context(text, reference, latent=True))
    if not mentions:
        return None
    return max(mentions, key=lambda m: (m.end - m.start, -m.start)).date
