"""Expressions that start with figures: ISO and US numeric dates ("2012-02-07",
"7/2/2012", "2/15", "2014-10"), years, decades and spans of years ("2012", "the 1990s",
"2010-2012"), and a bare day ("on the 15th"); "7 Feb 2012" is read by `months`.

- Numeric dates are US style, month first ("07/02/2012" is 2 July 2012), unless the
  first number cannot be a month ("21/08/2013").
- "2014-10" is October 2014 where it cannot be a span of years ("2010-11", "from
  2000-04" are spans).
- A bare day of the month ("on the 15th", "by the 1st") is placed like a bare weekday:
  the tense's side of the reference, with no cue the last one on or before it. In
  running text it needs a preposition and must end its clause ("the 15th floor" is not
  a date).
"""

from __future__ import annotations

import datetime as dt
import re

from claims.dates.arithmetic import add_months, full_year, month_end, valid_date
from claims.dates.context import Context, Found, interval, unresolved
from claims.dates.lead import Lead, modifier_part, read_lead
from claims.dates.months import DAY_DATE, day_reading, period_reading, read_day_first
from claims.dates.patterns import DAY_TAIL, YEAR
from claims.lexicon import dates as lex

#: Dates in figures: ISO first, then US month-first forms.
NUMERIC_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?:
        (?P<iso_y>{YEAR})(?P<iso_sep>[-/])(?P<iso_m>[01]?\d)[-/](?P<iso_d>[0-3]?\d)   # 2012-02-07
        (?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b                    # ISO time
      | (?P<us_m>[0-3]?\d)[/](?P<us_d>[0-3]?\d)[/](?P<us_y>\d{{4}}|\d\d)\b           # 7/2/2012
      | (?P<ush_m>[0-3]?\d)-(?P<ush_d>[0-3]?\d)-(?P<ush_y>\d{{4}}|\d\d)\b            # 7-2-12
      | (?P<usd_m>[0-3]?\d)\.(?P<usd_d>[0-3]?\d)\.(?P<usd_y>\d{{4}})\b               # 10.31.1974
      | (?P<ym_y>{YEAR})[-/](?P<ym_m>[01]?\d)\b                                      # 2014-10
      | (?P<my_m>[01]?\d)/(?P<my_y>{YEAR})\b                                         # 2/2013
      | (?P<md_m>[01]?\d)[ \t]*(?P<md_sep>[/-])[ \t]*(?P<md_d>[0-3]?\d)\b            # 2/15
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: A year, a decade or a span of years: "2012", "the 1990s", "2010-2012", "2010 to 12".
YEAR_DATE: re.Pattern[str] = re.compile(
    rf"""
    (?P<year>{YEAR})
    (?:
        (?P<decade>'?s)\b                                   # 1990s
      | [ \t]*(?:-|–|to|and|through|until)[ \t]*            # a span ...
        (?P<year2>{YEAR}|\d\d)\b                            # ... to 2012 / to 12
      | \b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


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


def read_figures(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """An expression starting with figures at the gate: a numeric date, a day-first
    date, a year, a bare day."""
    text, at = ctx.text, gate.start()
    if at > 1 and text[at - 1] in "/.:," and text[at - 2].isdigit():
        return None  # the second part of "3:35", "1.5", "100,000"

    numeric = NUMERIC_DATE.match(text, at)
    if numeric is not None:
        found = _numeric(ctx, numeric, floor)
        if found is not None:
            return found
    dated = DAY_DATE.match(text, at)
    if dated is not None:
        if dated["month"] == "may" and not ctx.latent:
            return None  # "3 may be": the modal
        found = read_day_first(ctx, dated, floor)
        if found is not None:
            return found
    year = YEAR_DATE.match(text, at)
    if year is not None:
        return _year(ctx, year, floor)
    bare = BARE_DAY.match(text, at)
    if bare is not None:
        return _bare_day(ctx, bare, floor)
    return None


def _bare_day(ctx: Context, m: re.Match[str], floor: int) -> Found | None:
    """'on the 15th': a day of an unnamed month, placed like a bare weekday (the
    tense's side of the reference; with no cue, the last one on or before it)."""
    lead = read_lead(ctx.text, floor, m.start())
    if lead.mod != "the" or lead.dayof is not None:
        return None
    if not ctx.latent and lead.prep not in lex.BARE_DAY_PREPOSITIONS:
        return None  # "won the 1st." / "the 15th": a rank, an edition
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    end = m.start("close")
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day", None, day), True, lead.prep)
    tense = ctx.tense(lead.start, end)
    step = 1 if tense > 0 else -1
    first = ctx.ref.replace(day=1)
    for months in range(0, 13 * step, step):  # a day 31 may skip months
        month = add_months(first, months)
        found = valid_date(month.year, month.month, day)
        if found is not None and (found >= ctx.ref if step > 0 else found <= ctx.ref):
            return Found(lead.start, end, interval(found, found, "day", day=day), True, lead.prep)
    return None  # pragma: no cover - some month within a year has every day 1-31


def _numeric(ctx: Context, m: re.Match[str], floor: int) -> Found | None:
    """'2012-02-07', '7/2/2012', '7-2-12', '10.31.1974', '2014-10', '2/2013', '2/15'.
    The words before it are read only once the figures are a date ("1-1-1-1..." is
    none)."""
    end = m.end()
    if m["iso_y"]:
        lead = read_lead(ctx.text, floor, m.start())
        return _absolute(ctx, int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]), lead, end)
    for prefix in ("us", "ush", "usd"):
        if m[f"{prefix}_m"]:
            first, second = int(m[f"{prefix}_m"]), int(m[f"{prefix}_d"])
            raw_year = m[f"{prefix}_y"]
            year = int(raw_year) if len(raw_year) == 4 else full_year(int(raw_year))
            if first > 12:  # cannot be a month: day first
                first, second = second, first
            return _absolute(ctx, year, first, second, read_lead(ctx.text, floor, m.start()), end)
    if m["ym_y"] or m["my_m"]:
        year = int(m["ym_y"] or m["my_y"])
        month = int(m["ym_m"] or m["my_m"])
        if (
            not ctx.latent
            and "/" not in m.group()
            and (len(m["ym_m"]) != 2 or year // 100 * 100 + month > year)
        ):
            return None  # "2010-11", "from 2000-04": seasons, spans of years
        if not 1 <= month <= 12:
            return None
        lead = read_lead(ctx.text, floor, m.start())
        return period_reading(ctx, lead, lead.start, end, dt.date(year, month, 1), "month", month)
    month, day = int(m["md_m"]), int(m["md_d"])
    if not ctx.latent:
        if m["md_sep"] != "/" or day <= 12 or m.group().count(" "):
            return None
    if not 1 <= month <= 12:
        return None
    tail = DAY_TAIL.match(ctx.text, end)
    if tail is not None and tail["clock"]:
        end = tail.end()
    lead = read_lead(ctx.text, floor, m.start())
    return day_reading(ctx, month, day, None, lead, lead.start, end)


def _absolute(ctx: Context, year: int, month: int, day: int, lead: Lead, end: int) -> Found | None:
    """A full numeric date, with the clock time that follows it."""
    first = valid_date(year, month, day)
    if first is None:
        return None
    tail = DAY_TAIL.match(ctx.text, end)
    if tail is not None and tail["clock"]:
        end = tail.end()
    return Found(
        lead.start, end, interval(first, first, "day", month=month, day=day), False, lead.prep
    )


def _year(ctx: Context, m: re.Match[str], floor: int) -> Found | None:
    """'2012', 'the 1990s', '2010-2012', 'early 2012'; in running text a bare year or
    a span without a dash only where a preposition or modifier cues it."""
    lead = read_lead(ctx.text, floor, m.start())
    year = int(m["year"])
    end = m.end()
    cued = lead.prep in lex.MONTH_CUES or lead.mod is not None
    if m["decade"]:
        if year % 10:
            return None
        return Found(
            lead.start,
            end,
            interval(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "range"),
            False,
            lead.prep,
        )
    if m["year2"]:
        raw = m["year2"]
        year2 = int(raw) if len(raw) == 4 else year // 100 * 100 + int(raw)
        if not year < year2 <= year + 50:
            return None
        if not cued and not ctx.latent and "-" not in m.group() and "–" not in m.group():
            return None
        return Found(
            lead.start,
            end,
            interval(dt.date(year, 1, 1), dt.date(year2, 12, 31), "range"),
            False,
            lead.prep,
        )
    if not cued and not ctx.latent:
        return None
    part = modifier_part(lead.mod, lex.YEAR_PARTS)
    if part is not None:
        first, last = dt.date(year, part[0], 1), month_end(year, part[1])
        return Found(lead.start, end, interval(first, last, "range"), False, lead.prep)
    return Found(
        lead.start,
        end,
        interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"),
        False,
        lead.prep,
    )
