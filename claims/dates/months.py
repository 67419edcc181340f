"""Dates that name their month: "Feb. 7th, 2012", "August 27-29", "21 August", "13-15
July", "May 2013", "the third of March", and a bare month ("in May", "April last year").

- A year-less date ("August 21") takes the year that puts it nearest the reference in
  the direction of its clause's tense: on or before the reference after a past cue
  ("said", "met", "-ed"), on or after it after a future cue ("will", "is due to"), the
  nearest occurrence when the clause has neither.
- A bare month ("in May") is in the reference year, or the year before when the
  clause is past and the month is still to come, or the year after when the clause is
  future and the month has gone.
"""

from __future__ import annotations

import datetime as dt
import re

from claims.dates.arithmetic import full_year, month_end, valid_date
from claims.dates.context import Context, Found, interval, unresolved
from claims.dates.lead import COMING, LAST, NEXT, Lead, modifier_part, read_lead
from claims.dates.patterns import DAY_TAIL, MONTH, ORDINAL, WEEKDAY, YEAR, weekday_index
from claims.dates.tense import year_for
from claims.lexicon import dates as lex
from claims.model import DateInterval

#: The year named after a bare month: "April last year", "May of next year".
_MONTH_OF_YEAR = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?P<which>last|this|next)[ \t]+year\b", re.IGNORECASE
)


#: A date that starts with its month: "Feb. 7th, 2012", "August 27-29", "May 2013".
MONTH_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?P<month>{MONTH})\.?                                   # month, AP abbreviation dot
    (?:
        [ \t,]*(?:the[ \t]+)?                               # "February the 15th"
        (?P<day>[0-3]?\d|{ORDINAL})(?:st|nd|rd|th)?\b       # day: 7, 07, 7th, first
        (?:[ \t]*(?:-|–|—|to|through|thru|until)[ \t]*      # a day range ...
           (?:(?P<month2>{MONTH})\.?[ \t]*)?                # ... maybe into a month
           (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)?           # ... to this day
        (?:[ \t]*,?[ \t]*(?P<year>{YEAR})                   # year
           (?P<glued>\d{{1,2}}:\d\d(?:[ \t]*[ap]\.?m\b\.?)?)?  # "20125:21 am": year+clock
           \b)?
      | [ \t]*,?[ \t]*(?P<month_year>{YEAR})\b              # "May 2013"
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
    (?P<month>{MONTH})\b\.?                                 # month
    (?:[ \t]*,?[ \t]*(?P<year>{YEAR})\b                     # year
      | [-/](?P<year_short>{YEAR}|\d\d)\b)?                # "31-Oct-74", "31/Oct/1974"
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: After a year-less date, the weekday that fixes its year ("Jul 18, Fri").
TRAILING_WEEKDAY: re.Pattern[str] = re.compile(
    rf"""
    [ \t]*,[ \t]*(?P<weekday>{WEEKDAY})\b\.?     # ", Fri"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def read_month(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """An expression starting with a month name at the gate: 'Feb. 7th, 2012', 'May
    2013', 'in May', 'the third of March'."""
    text, at = ctx.text, gate.start()
    m = MONTH_DATE.match(text, at)
    if m is None:  # pragma: no cover - the gate matched a month name
        return None
    word = m["month"]
    month = lex.MONTHS[word.lower()]
    lead = read_lead(text, floor, at)
    if lead.mod == "the" and lead.dayof is None:  # "the Feb. 3 massacre": a determiner
        lead = Lead(at, lead.prep, None)
    end = m.end()
    if lead.dayof is not None and m["day"] is None:  # "the third of March (2013)"
        if word == "may" and not ctx.latent:
            return None
        year = int(m["month_year"]) if m["month_year"] else None
        return day_reading(ctx, month, lead.dayof, year, lead, at, end)
    if m["day"] is None and m["month_year"] is None and m["month_year_short"] is None:
        if not _bare_month_ok(ctx, word, lead):
            return None
        return _month_reading(ctx, month, lead, at, end)
    if not ctx.latent and word == "may":
        return None
    if m["month_year"] is not None or m["month_year_short"] is not None:
        raw = m["month_year"] or "20" + m["month_year_short"].strip()[1:]
        year = int(raw)
        return period_reading(ctx, lead, at, end, dt.date(year, month, 1), "month", month=month)
    day = day_number(m["day"])
    day2 = int(m["day2"]) if m["day2"] else None
    month2 = lex.MONTHS[m["month2"].lower()] if m["month2"] else month
    year = int(m["year"]) if m["year"] else None
    weekday = None
    if year is None and day2 is None:
        named = TRAILING_WEEKDAY.match(text, end)
        if named is not None:
            weekday = weekday_index(named["weekday"])
            end = named.end()
    tail = DAY_TAIL.match(text, end) if day2 is None else None
    if tail is not None and (tail["clock"] or tail["part"]):
        end = tail.end()
    return day_reading(
        ctx, month, day, year, lead, at, end, month2=month2, day2=day2, weekday=weekday
    )


def _bare_month_ok(ctx: Context, word: str, lead: Lead) -> bool:
    """Whether a month name alone is a date here (not 'may' the modal, 'march' the verb)."""
    if ctx.latent:
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


def _month_reading(ctx: Context, month: int, lead: Lead, start: int, end: int) -> Found:
    """A bare month ('in May', 'last March', 'early June'): its year from the modifier,
    a following 'last year', or the tense."""
    ref, mod = ctx.ref, lead.mod
    part = modifier_part(mod, lex.MONTH_PARTS)
    relative = False
    if ref is None:
        return Found(lead.start, end, unresolved("month", month), False, lead.prep)
    named_year = _MONTH_OF_YEAR.match(ctx.text, end)
    if named_year is not None:  # "in April last year", "May of next year"
        year = ref.year + {"last": -1, "this": 0, "next": 1}[named_year["which"].lower()]
        end = named_year.end()
        relative = True
    elif mod in LAST or mod == "this past":
        year = ref.year if month < ref.month else ref.year - 1
        relative = True
    elif mod in NEXT or mod in COMING or mod == "this coming":
        year = ref.year if month > ref.month else ref.year + 1
        relative = True
    elif mod == "this":
        year = ref.year
        relative = True
    else:
        tense = ctx.tense(lead.start, end)
        year = ref.year
        if tense < 0 and month > ref.month:
            year -= 1
        elif tense > 0 and month < ref.month:
            year += 1
    first, last = dt.date(year, month, 1), month_end(year, month)
    if part is not None:
        low, high = part
        first = dt.date(year, month, low)
        last = dt.date(year, month, min(high, last.day))
        return Found(
            lead.start, end, interval(first, last, "range", month=month), relative, lead.prep
        )
    return Found(lead.start, end, interval(first, last, "month", month=month), relative, lead.prep)


def day_reading(
    ctx: Context,
    month: int,
    day: int | None,
    year: int | None,
    lead: Lead,
    start: int,
    end: int,
    *,
    month2: int | None = None,
    day2: int | None = None,
    weekday: int | None = None,
) -> Found | None:
    """A day of a named month (or a range of days), its year given or placed by the tense."""
    if day is None or not 1 <= day <= 31 or (day2 is not None and not 1 <= day2 <= 31):
        return None
    month2 = month2 or month
    if year is not None:
        first = valid_date(year, month, day)
        if first is None:
            return None
        reading = _day_or_range(first, year, month2, day2, month, day)
        return None if reading is None else Found(lead.start, end, reading, False, lead.prep)
    if ctx.ref is None:
        grain = "day" if day2 is None else "range"
        return Found(lead.start, end, unresolved(grain, month, day), False, lead.prep)
    tense = ctx.tense(lead.start, end)
    first = year_for(month, day, ctx.ref, tense, weekday)
    if first is None:
        return None
    reading = _day_or_range(first, first.year, month2, day2, month, day)
    return None if reading is None else Found(lead.start, end, reading, False, lead.prep)


def _day_or_range(
    first: dt.date, year: int, month2: int, day2: int | None, month: int, day: int
) -> DateInterval | None:
    """The day, or the range from it to `day2` of `month2`."""
    if day2 is None:
        return interval(first, first, "day", month=month, day=day)
    if month2 < month:
        year += 1
    last = valid_date(year, month2, day2)
    if last is None or last < first:
        return None
    return interval(first, last, "range", month=month, day=day)


def period_reading(
    ctx: Context, lead: Lead, start: int, end: int, first: dt.date, grain: str, month: int | None
) -> Found:
    """The whole month (or year) starting at `first`: 'May 2013', '2014-10'."""
    last = month_end(first.year, first.month) if grain == "month" else dt.date(first.year, 12, 31)
    return Found(lead.start, end, interval(first, last, grain, month=month), False, lead.prep)


def read_day_first(ctx: Context, dated: re.Match[str], floor: int) -> Found | None:
    """A date that starts with its day: '7 Feb 2012', '13-15 July', '31-Oct-74'."""
    text = ctx.text
    month = lex.MONTHS[dated["month"].lower()]
    day = int(dated["day"])
    day2 = int(dated["day2"]) if dated["day2"] else None
    if dated["year"]:
        year: int | None = int(dated["year"])
    elif dated["year_short"]:
        raw = dated["year_short"]
        year = int(raw) if len(raw) == 4 else full_year(int(raw))
    else:
        year = None
    lead = read_lead(text, floor, dated.start())
    end = dated.end()
    tail = DAY_TAIL.match(text, end) if day2 is None else None
    if tail is not None and (tail["clock"] or tail["part"]):
        end = tail.end()
    if day2 is not None:
        return day_reading(ctx, month, day, year, lead, lead.start, end, month2=month, day2=day2)
    return day_reading(ctx, month, day, year, lead, lead.start, end)


def year_of_month(ctx: Context, month: int, start: int, end: int) -> int:
    """The year of a named month with no year: the reference's, or the one its
    clause's tense points to when the month lies on the other side."""
    ref = ctx.ref
    assert ref is not None
    tense = ctx.tense(start, end)
    if tense < 0 and month > ref.month:
        return ref.year - 1
    if tense > 0 and month < ref.month:
        return ref.year + 1
    return ref.year


def day_number(raw: str) -> int:
    """The day a date names, in figures or words ('7', 'first')."""
    lower = raw.lower()
    return int(raw) if raw.isdigit() else lex.ORDINAL_DAYS[lower]
