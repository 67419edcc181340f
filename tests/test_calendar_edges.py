"""Relative dates at the ends of the calendar (issue 14): "yesterday" of 1 January of year 1
or "next week" of 31 December 9999 falls off the calendar and stays unresolved, a
year-less "February 29" is placed only in a leap year; never an exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claims
from claims.compare.dating import _place_in_time
from claims.model import DateInterval

FIRST, LAST = dt.date.min, dt.date.max

#: Sentences whose dates need the publication date, each pointing before or after it.
RELATIVE = (
    "Yesterday 5 people died.",
    "Next week 5 people will vote.",
    "On Monday 5 people died.",
    "Last Friday 3 people were killed.",
    "Tomorrow 5 people will vote.",
    "In the past two weeks, 5 people died.",
    "Next year 5 people will vote.",
    "Last year 7 people died.",
    "Two days ago 4 people were hurt.",
    "In a week 300 people will march.",
    "This weekend 3 people died.",
    "Since last month, 40 people died.",
    "On February 29, 5 people died.",
    "On December 31, 3 people died.",
    "Next month 10 people will vote.",
    "Earlier this week 9 people died.",
    "On Tuesday the 19th 5 people died.",
    "In the last 24 hours, 12 people died.",
    "The war has lasted 22 months and 5,000 people died.",
    "Russia said Saturday that Lavrov will visit Damascus on Tuesday.",
)


@pytest.mark.parametrize(
    "text, published",
    [
        ("Yesterday 5 people died.", FIRST),
        ("Next week 5 people will vote.", LAST),
        ("On Monday 5 people will vote.", LAST),
        ("Tomorrow 5 people will vote.", LAST),
        ("Last year 7 people died.", FIRST),
    ],
)
def test_a_date_off_the_calendar_stays_unresolved(text, published):
    article = claims.extract(text, published=published)
    dates = [d for c in article.claims for d in (c.date, c.scope_date) if d is not None]
    assert dates and not any(d.resolved for d in dates)


def test_a_date_on_the_calendar_next_to_its_end_still_resolves():
    article = claims.extract("Yesterday 5 people died.", published=dt.date(1, 1, 2))
    assert article.claims[0].scope_date.start == FIRST


edges = st.one_of(
    st.dates(min_value=FIRST, max_value=FIRST + dt.timedelta(days=800)),
    st.dates(min_value=LAST - dt.timedelta(days=800), max_value=LAST),
)


@settings(deadline=None, max_examples=60)
@given(published=edges, other=edges, text=st.sampled_from(RELATIVE))
def test_extract_and_check_never_raise_at_the_calendar_edges(published, other, text):
    a = claims.extract(text, published=published, article_id="a")
    b = claims.extract(text.replace("5", "7"), article_id="b")  # undated: dates are inferred
    c = claims.extract(text + " Officials agreed.", published=other, article_id="c")
    report = claims.check([a, b, c])
    for article in report.articles:
        for claim in article.claims:
            for date in (claim.date, claim.scope_date):
                if date is not None and date.resolved:
                    assert FIRST <= date.start <= (date.end or date.start) <= LAST


@pytest.mark.parametrize(
    "month, day, reference, placed",
    [
        (2, 29, dt.date(2013, 6, 1), dt.date(2012, 2, 29)),  # the year before is a leap year
        (2, 29, dt.date(2016, 2, 10), dt.date(2016, 2, 29)),  # within a month after
        (2, 29, dt.date(2015, 6, 1), None),  # 2016 is too far ahead, 2015 and 2014 have none
        (2, 29, LAST, None),
        (3, 1, LAST, dt.date(9999, 3, 1)),
        (1, 1, FIRST, dt.date(1, 1, 1)),
        (12, 31, FIRST, None),  # 31 December of year 0 is off the calendar
    ],
)
def test_a_year_less_day_is_placed_only_where_the_calendar_has_it(month, day, reference, placed):
    unplaced = DateInterval(None, None, "day", False, month, day)
    got = _place_in_time(unplaced, reference)
    if placed is None:
        assert got == unplaced
    else:
        assert (got.start, got.end, got.resolved) == (placed, placed, True)


def test_a_year_less_month_at_the_end_of_the_calendar_ends_with_it():
    got = _place_in_time(DateInterval(None, None, "month", False, 12, None), LAST)
    assert (got.start, got.end) == (dt.date(9999, 12, 1), LAST)
