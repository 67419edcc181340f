"""Weekdays, resolved against the reference: "Saturday", "last Friday", "next Tuesday",
"Wednesday next week", "the first Monday of March", "Tuesday the 19th", "Tuesday
February 07", "three Fridays from now".

- A bare weekday follows the tense of its clause (see `months`), but with no cue it is
  the last such day on or before the reference: news reports what happened. Either way
  the reference day itself counts ("met on Tuesday" in Tuesday's paper is that Tuesday).
  "last Friday" is strictly before, "next Tuesday" is the Tuesday of next week.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claims.dates.arithmetic import add_months, monday_of, valid_date
from claims.dates.context import Context, Found, interval, unresolved
from claims.dates.lead import COMING, LAST, NEXT, Lead, norm, read_lead
from claims.dates.months import DAY_DATE, MONTH_DATE, day_number, day_reading, year_of_month
from claims.dates.patterns import DAY_TAIL, MONTH, UNIT_TAIL, WORD, YEAR, weekday_index
from claims.dates.tense import pick
from claims.lexicon import dates as lex

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
    (?:(?P<month>{MONTH})\b\.?(?:[ \t]*,?[ \t]*(?P<year>{YEAR})\b)?    # of March (2014)
      |(?:the[ \t]+)?(?P<which>this|next|last|previous|current)?[ \t]*month\b)  # of next month
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: Between a weekday and a date it introduces: "Tuesday February 07", "Monday, 09 Sep".
WEEKDAY_GAP: re.Pattern[str] = re.compile(r"[ \t]*,?[ \t]*", re.VERBOSE)


def _weekday_date(ref: dt.date, weekday: int, mod: str | None, tense: int) -> dt.date:
    """The day a bare or modified weekday names, seen from `ref`."""
    back = (ref.weekday() - weekday) % 7  # days back to the last such day, 0 = today
    if mod in LAST or mod == "this past":
        return ref - dt.timedelta(days=back or 7)
    if mod in NEXT:
        return monday_of(ref) + dt.timedelta(days=7 + weekday)
    if mod in COMING or mod == "this coming":
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if tense > 0 or (mod == "this" and tense == 0):
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - dt.timedelta(days=back)


def read_weekday(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """An expression starting with a weekday at the gate: 'Monday', 'Tuesday, Feb. 7',
    'Friday next week', 'three Fridays from now'."""
    text, at, end = ctx.text, gate.start(), gate.end()
    word = gate.group()
    lower = word.lower()
    if lower not in lex.WEEKDAYS and lower not in lex.WEEKDAY_ABBREVIATIONS:
        return _weekdays_counted(ctx, gate, floor)  # "Fridays"
    abbreviated = lower not in lex.WEEKDAYS
    weekday = weekday_index(word)
    if text.startswith(".", end) and (abbreviated or text[end + 1 : end + 2] == ","):
        end += 1  # "Tues." (not a sentence's full stop after "Monday.")
    lead = read_lead(text, floor, at)
    gap = WEEKDAY_GAP.match(text, end)
    after = gap.end() if gap else end
    dated = MONTH_DATE.match(text, after) or DAY_DATE.match(text, after)
    if dated is not None and dated["day"] is not None:
        found = _dated_weekday(ctx, dated, weekday, lead)
        if found is not None:
            return found
    ordinal = WEEKDAY_DAY.match(text, end)
    if ordinal is not None:
        return _weekday_ordinal(ctx, int(ordinal["day"]), weekday, lead, ordinal.end())
    if (
        abbreviated
        and not ctx.latent
        and lower in lex.WORDLIKE_WEEKDAY_ABBREVIATIONS
        and not (word[0].isupper() and end > gate.end())
    ):
        return None  # "sat", "sun", "wed": words unless "Sat." / "Sun, Feb 10"
    if not ctx.latent and _weekday_is_name(ctx, gate):
        return None
    counted = WEEKDAY_OF.match(text, end) if (lead.nth or lead.mod == "last") else None
    if counted is not None:
        return _nth_weekday(ctx, counted, weekday, lead)
    week = WEEKDAY_WEEK.match(text, end)
    if week is not None:
        return _weekday_in_week(ctx, week, weekday, lead)
    tail = DAY_TAIL.match(text, end)
    if tail is not None and (tail["part"] or tail["clock"]):
        end = tail.end()
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day"), True, lead.prep)
    mod = lead.mod if lead.mod not in lex.DAY_EDGES else None
    tense = ctx.tense(lead.start, end) if mod in (None, "this") else 0
    day = _weekday_date(ctx.ref, weekday, mod, tense)
    return Found(lead.start, end, interval(day, day, "day"), True, lead.prep)


def _weekdays_counted(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """'three Fridays from now', '2 Thursdays ago'; a plural weekday alone is a habit."""
    lead = read_lead(ctx.text, floor, gate.start(), counted=True)
    tail = UNIT_TAIL.match(ctx.text, gate.end())
    if lead.count is None or tail is None or not lead.count:
        return None
    end = tail.end()
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day"), True, None)
    weekday = weekday_index(gate.group()[:-1])
    direction = lex.UNIT_DIRECTIONS[norm(tail["direction"]) or ""]
    if direction > 0:
        first = ctx.ref + dt.timedelta(days=(weekday - ctx.ref.weekday()) % 7 or 7)
    else:
        first = ctx.ref - dt.timedelta(days=(ctx.ref.weekday() - weekday) % 7 or 7)
    day = first + dt.timedelta(days=7 * direction * (lead.count - 1))
    return Found(lead.start, end, interval(day, day, "day"), True, None)


def _nth_weekday(ctx: Context, m: re.Match[str], weekday: int, lead: Lead) -> Found | None:
    """'the first Monday of March', 'last Friday in October', 'the second Monday of
    last month'."""
    end, ref = m.end(), ctx.ref
    if m["month"] is not None:
        if m["month"] == "may" and not ctx.latent:
            return None
        month = lex.MONTHS[m["month"].lower()]
        if m["year"] is not None:
            year: int | None = int(m["year"])
        elif ref is not None:
            year = year_of_month(ctx, month, lead.start, end)
        else:
            year = None
    else:
        if ref is None:
            year = month = None
        else:
            which = {"next": 1, "last": -1, "previous": -1}.get((m["which"] or "").lower(), 0)
            first = add_months(ref.replace(day=1), which)
            year, month = first.year, first.month
    if year is None or month is None:
        return Found(lead.start, end, unresolved("day"), True, lead.prep)
    days = [
        d
        for n in range(1, calendar.monthrange(year, month)[1] + 1)
        if (d := dt.date(year, month, n)).weekday() == weekday
    ]
    nth = lead.nth if lead.nth is not None else -1
    if nth > len(days):
        return None
    day = days[nth - 1] if nth > 0 else days[-1]
    return Found(lead.start, end, interval(day, day, "day"), m["month"] is None, lead.prep)


def _weekday_in_week(ctx: Context, m: re.Match[str], weekday: int, lead: Lead) -> Found:
    """'Wednesday next week', 'Monday of this week', 'Friday after next'."""
    end = m.end()
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day"), True, lead.prep)
    which = norm(m["which"]) or "next"
    shift = {"this": 0, "last": -1}.get(which, 1)
    day = monday_of(ctx.ref) + dt.timedelta(days=7 * shift + weekday)
    return Found(lead.start, end, interval(day, day, "day"), True, lead.prep)


def _dated_weekday(ctx: Context, dated: re.Match[str], weekday: int, lead: Lead) -> Found | None:
    """'Tuesday February 07', 'Monday, 09 Sep': the date, its year fixed by the weekday."""
    month = lex.MONTHS[dated["month"].lower()]
    if dated["month"].lower() == "may" and dated["month"] != "May" and not ctx.latent:
        return None
    day = day_number(dated["day"])
    year = int(dated["year"]) if dated["year"] else None
    end = dated.end()
    tail = DAY_TAIL.match(ctx.text, end)
    if tail is not None and (tail["clock"] or tail["part"]):
        end = tail.end()
    return day_reading(ctx, month, day, year, lead, lead.start, end, weekday=weekday)


def _weekday_ordinal(ctx: Context, day: int, weekday: int, lead: Lead, end: int) -> Found | None:
    """'Tuesday the 19th': the nearest 19th that is a Tuesday, on the tense's side of the
    reference (ahead, with no cue)."""
    if not 1 <= day <= 31:
        return None
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day", None, day), True, lead.prep)
    candidates = []
    for step in range(-14, 15):
        first = add_months(ctx.ref.replace(day=1), step)
        d = valid_date(first.year, first.month, day)
        if d is not None and d.weekday() == weekday:
            candidates.append(d)
    tense = ctx.tense(lead.start, end)
    chosen = pick(candidates, ctx.ref, tense if tense else 1)
    if chosen is None:
        return None
    return Found(lead.start, end, interval(chosen, chosen, "day", day=day), True, lead.prep)


def _weekday_is_name(ctx: Context, gate: re.Match[str]) -> bool:
    """'Sunday Times', 'Black Friday': a weekday inside a name."""
    text = ctx.text
    before = WORD.findall(text[max(0, gate.start() - 20) : gate.start()])
    if before and before[-1][0].isupper() and before[-1].lower() in lex.WEEKDAY_NAME_BEFORE:
        return True
    nxt = WORD.match(text, gate.end() + 1) if text[gate.end() : gate.end() + 1] == " " else None
    return bool(nxt and nxt.group()[0].isupper() and nxt.group().lower() in lex.WEEKDAY_NAME_AFTER)
