"""Calendar arithmetic on plain dates: valid days, month ends, month shifts, Mondays,
two-digit years, and the week, month or year around a day."""

from __future__ import annotations

import calendar
import datetime as dt


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    if (
        dt.MINYEAR <= year <= dt.MAXYEAR
        and 1 <= month <= 12
        and 1 <= day <= calendar.monthrange(year, month)[1]
    ):
        return dt.date(year, month, day)
    return None


def plus(day: dt.date, delta: dt.timedelta) -> dt.date:
    """`day` + `delta`, held at the calendar's ends (1 January 1, 31 December 9999)."""
    try:
        return day + delta
    except OverflowError:
        return dt.date.max if delta > dt.timedelta(0) else dt.date.min


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def full_year(two_digits: int) -> int:
    return 2000 + two_digits if two_digits < 50 else 1900 + two_digits


def shifted(ref: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "day":
        return ref + dt.timedelta(days=amount)
    if unit == "week":
        return ref + dt.timedelta(days=7 * amount)
    if unit == "month":
        return add_months(ref, amount)
    return add_months(ref, 12 * amount)


def period_of(ref: dt.date, grain: str, which: int) -> tuple[dt.date, dt.date]:
    """The week/month/year containing the reference, shifted by `which` periods."""
    if grain == "week":
        first = monday_of(ref) + dt.timedelta(days=7 * which)
        return first, first + dt.timedelta(days=6)
    if grain == "month":
        first = add_months(ref.replace(day=1), which)
        return first, month_end(first.year, first.month)
    year = ref.year + which
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def last_units(ref: dt.date, unit: str, count: int, sign: int) -> tuple[dt.date, dt.date]:
    """'the last two weeks' / 'the next 3 days': whole units before or after the reference's."""
    if unit == "day":
        if sign < 0:
            return ref - dt.timedelta(days=count), ref - dt.timedelta(days=1)
        return ref + dt.timedelta(days=1), ref + dt.timedelta(days=count)
    first, last = period_of(ref, unit, sign)
    far_first, far_last = period_of(ref, unit, sign * count)
    return (far_first, last) if sign < 0 else (first, far_last)
