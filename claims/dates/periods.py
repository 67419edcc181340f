"""Calendar periods around the reference: "last week", "this month", "next year", "the
end of this week", "at the weekend", "the 20th of next month", "the last week of
September 2014", and "since X".

- "the last week of September 2014", "the 2nd last week of October 2018", "the first
  week of next month" count the whole Monday-Sunday weeks inside the period; "the
  (fifth) last day of May" counts days back from its end. "the last week of the
  campaign" is no calendar week.
- "since X" is the range from X to the reference; "at the weekend" the last
  Saturday-Sunday (the next one after a future cue); "last week" the previous
  Monday-Sunday.
"""

from __future__ import annotations

import datetime as dt
import re

from claims.dates.arithmetic import add_months, monday_of, month_end, period_of, valid_date
from claims.dates.context import Context, Found, interval, unresolved
from claims.dates.lead import (
    COMING,
    NTH,
    NTH_LEAD,
    SPAN_PREPOSITIONS,
    Lead,
    lead_starts,
    match_lead,
    norm,
    read_lead,
)
from claims.dates.months import year_of_month
from claims.dates.patterns import MONTH, YEAR
from claims.dates.relative import read_counted, read_day_part
from claims.lexicon import dates as lex
from claims.model import DateInterval

#: After "the last week" / "the fifth last day": the period it counts in ("of October
#: 2018", "in October", "of 2018", "of next month").
PERIOD_OF: re.Pattern[str] = re.compile(
    rf"""
    [ \t]+(?:of|in)[ \t]+
    (?:(?P<month>{MONTH})\b\.?(?:[ \t]*,?[ \t]*(?P<year>{YEAR})\b)?    # of October (2018)
      |(?P<year_only>{YEAR})\b                                        # of 2018
      |(?:the[ \t]+)?(?P<which>this|next|last|previous|current)[ \t]+  # of next month
       (?P<unit>month|year)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: After "the last week": "of" something else ("the last week of the campaign").
OF_NEXT: re.Pattern[str] = re.compile(r"[ \t]+of\b", re.IGNORECASE | re.VERBOSE)


#: The period words `read_unit` reads with a lead when no count precedes them; any
#: other (plurals, "day", "fortnight", whose plain reading returns None) needs a count.
_LEAD_READ = frozenset(
    {"morning", "afternoon", "evening", "night", "weekend", "weekends", "week", "month", "year"}
)


def since_range(reading: DateInterval, ref: dt.date | None) -> DateInterval:
    """'since X': from X's start to the reference."""
    if reading.start is None:
        return unresolved("range", reading.month, reading.day)
    if ref is None or ref < reading.start:
        return DateInterval(reading.start, None, "range", False, reading.month, reading.day)
    return DateInterval(reading.start, ref, "range", True, reading.month, reading.day)


def read_unit(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """An expression around a unit word at the gate: 'last week', 'this month', 'two
    days ago', 'this morning', 'the weekend'."""
    text, at, end = ctx.text, gate.start(), gate.end()
    word = gate.group().lower().replace("-", "")
    starts = lead_starts(text, floor, at)  # the run before `at`, read once for all leads
    if word in ("week", "day"):
        nth = match_lead(NTH_LEAD, text, floor, at, starts)
        if nth is not None and (nth["nth"] or nth["last"]):
            period = PERIOD_OF.match(text, end)
            if period is not None:
                return _nth_of_period(ctx, word, nth, period)
            if (nth["the"] or nth["nth"]) and OF_NEXT.match(text, end):
                return None  # "the last week of the campaign": not a calendar week
    if word in ("yr", "yrs"):
        word = "year" + word[2:]
    if word in lex.UNITS:  # the counted lead only matters for a unit ("three days")
        counted = read_lead(text, floor, at, counted=True, starts=starts)
        if counted.count is not None:
            return read_counted(ctx, word, counted, end)
    if word not in _LEAD_READ:
        return None  # "days", "fortnight": only a count makes them a date (saves a lead)
    lead = read_lead(text, floor, at, starts=starts)
    mod = lead.mod
    if word in ("morning", "afternoon", "evening", "night"):
        return read_day_part(ctx, word, lead, end)
    if word in ("weekend", "weekends"):
        return _weekend(ctx, lead, end)
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
        return _day_of_month(ctx, lead, which, end)
    grain = word
    if ctx.ref is None:
        return Found(lead.start, end, unresolved(grain if not side else "range"), True, lead.prep)
    first, last = period_of(ctx.ref, grain, which)
    if side < 0:
        last = max(first, ctx.ref - dt.timedelta(days=1))
        grain = "range"
    elif side > 0:
        first = min(last, ctx.ref + dt.timedelta(days=1))
        grain = "range"
    return Found(lead.start, end, interval(first, last, grain), True, lead.prep)


def _nth_of_period(
    ctx: Context, word: str, lead: re.Match[str], period: re.Match[str]
) -> Found | None:
    """'the last week of September 2014', 'the 2nd last week of October 2018', 'the
    fifth last day of May', 'the first week of next month'. Weeks are the whole
    Monday-Sunday weeks inside the period (Duckling's reading)."""
    nth = NTH[lead["nth"].lower()] if lead["nth"] else 1
    from_end = lead["last"] is not None
    if word == "day" and not from_end:
        return None  # "the first day of March": read at the month, as "the first of"
    prep = norm(lead["prep"])
    start = lead.start("prep") if prep in SPAN_PREPOSITIONS else lead.start("the")
    if start < 0:
        start = lead.start("nth") if lead["nth"] else lead.start("last")
    end, ref = period.end(), ctx.ref
    relative = period["which"] is not None
    if period["month"] is not None:
        raw = period["month"]
        if raw.lower() == "may" and raw != "May" and not ctx.latent:
            return None
        month = lex.MONTHS[raw.lower()]
        if period["year"] is not None:
            year = int(period["year"])
        elif ref is None:
            return Found(start, end, unresolved(word), True, prep)
        else:
            year = year_of_month(ctx, month, start, end)
        first, last = dt.date(year, month, 1), month_end(year, month)
    elif period["year_only"] is not None:
        year = int(period["year_only"])
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif ref is None:
        return Found(start, end, unresolved(word), True, prep)
    else:
        which = lex.PERIOD_MODIFIERS.get(norm(period["which"]) or "", 0)
        first, last = period_of(ref, norm(period["unit"]) or "month", which)
    if word == "day":
        day = last - dt.timedelta(days=nth - 1)
        if day < first:
            return None
        return Found(start, end, interval(day, day, "day"), relative, prep)
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    mondays = []
    while monday + dt.timedelta(days=6) <= last:
        mondays.append(monday)
        monday += dt.timedelta(days=7)
    if nth > len(mondays):
        return None
    monday = mondays[-nth] if from_end else mondays[nth - 1]
    return Found(
        start, end, interval(monday, monday + dt.timedelta(days=6), "week"), relative, prep
    )


def _day_of_month(ctx: Context, lead: Lead, which: int, end: int) -> Found | None:
    """'the 20th of next month'."""
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day", None, lead.dayof), True, None)
    first = add_months(ctx.ref.replace(day=1), which)
    day = valid_date(first.year, first.month, lead.dayof or 0)
    if day is None:
        return None
    return Found(
        lead.start, end, interval(day, day, "day", month=day.month, day=day.day), True, None
    )


def _weekend(ctx: Context, lead: Lead, end: int) -> Found | None:
    """'at the weekend', 'last weekend', 'this coming weekend': a Saturday-Sunday."""
    mod = lead.mod
    if mod is None:
        return None
    which = lex.PERIOD_MODIFIERS.get(mod)
    if which is None and mod != "the":
        return None
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("range"), True, lead.prep)
    ref = ctx.ref
    saturday_back = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # last Sat <= ref
    if which == -1:
        saturday = (
            saturday_back if ref.weekday() not in (5, 6) else saturday_back - dt.timedelta(days=7)
        )
        if mod == "this past":
            saturday = saturday_back if ref.weekday() != 5 else saturday_back - dt.timedelta(days=7)
    elif which == 1:
        saturday = monday_of(ref) + dt.timedelta(days=12)  # next week's
        if mod in COMING or mod == "this coming":
            saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
    else:
        tense = ctx.tense(lead.start, end)
        if ref.weekday() in (5, 6):
            saturday = saturday_back
        elif tense > 0 or (which == 0 and tense == 0):
            saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
        else:
            saturday = saturday_back
    sunday = saturday + dt.timedelta(days=1)
    return Found(lead.start, end, interval(saturday, sunday, "range"), True, lead.prep)
