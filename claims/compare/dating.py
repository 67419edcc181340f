"""Dates for undated articles: a wire copy takes its dated twin's date, and a report of a
coming event that another article dates is placed by the weekday it names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from claims.dates.arithmetic import month_end, plus, valid_date
from claims.extract import extract
from claims.lexicon import aliases
from claims.model import Article, Claim, DateInterval


def _infer_dates(
    articles: tuple[Article, ...],
    syndication: tuple[tuple[str, ...], ...],
    deadline: float | None = None,
) -> tuple[Article, ...]:
    """Date the undated articles where the others allow it.

    An undated copy of a wire story takes the date of its earliest dated twin. An
    undated article that reports a coming event ("will visit Damascus on Tuesday") which
    a dated article dates (Lavrov's talks in Damascus on 7 Feb 2012), and that names the
    weekday of its own report ("Russia said Saturday"), was published on that weekday
    of the days before the event: Saturday 4 Feb.
    """
    by_id = {a.id: a for a in articles}
    inferred: dict[str, Article] = {}
    for group in syndication:
        dates = [d for i in group if (d := by_id[i].published) is not None]
        if dates:
            for i in group:
                if by_id[i].published is None:
                    inferred[i] = _dated(by_id[i], min(dates))
    dated_events = [
        c
        for a in articles
        if a.published is not None
        for c in a.claims
        if c.kind == "event" and c.date is not None and c.date.grain == "day" and c.date.resolved
    ]
    for article in articles:
        if article.published is None and article.id not in inferred:
            dated = _dated_by_event(article, dated_events, deadline)
            if dated is not None:
                inferred[article.id] = dated
    return tuple(inferred.get(a.id, a) for a in articles)


#: The most publication days an undated article is re-read as of, in search of the one
#: its events fix (each re-read is a whole extraction; real clusters need one or two).
MAX_REREADS = 4

#: "said Saturday", "announced on Monday": the weekday a report was made.
_REPORT_WEEKDAY = re.compile(
    r"""
    \b(?:said|says|announced|told[ ]\w+|reported|stated)
    [ ](?:on[ ])?
    (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    """,
    re.VERBOSE,
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _dated_by_event(
    article: Article, dated_events: Sequence[Claim], deadline: float | None = None
) -> Article | None:
    """`article` re-read as of the day its report weekday and a dated twin event fix,
    or None when they do not fix exactly one day. Each day is tried once, and at most
    MAX_REREADS days: a re-read costs a whole extraction."""
    weekdays = {m.group("weekday") for m in _REPORT_WEEKDAY.finditer(article.text)}
    if len(weekdays) != 1:
        return None
    weekday = _WEEKDAYS.index(weekdays.pop())
    rereads: dict[dt.date, Article] = {}
    for claim in article.claims:
        if claim.kind != "event" or claim.date is None or claim.date.resolved:
            continue
        for twin in dated_events:
            if not _same_happening(claim, twin):
                continue
            if twin.date is None or twin.date.start is None:
                continue  # dated_events holds only resolved days; the check tells mypy so
            day = twin.date.start
            # The report came in the week before the event, on its weekday.
            published = plus(day, -dt.timedelta(days=(day.weekday() - weekday) % 7 or 7))
            reread = rereads.get(published)
            if reread is None:
                if len(rereads) >= MAX_REREADS:
                    return None
                reread = rereads[published] = extract(
                    article.text,
                    published=published,
                    title=article.title,
                    source=article.source,
                    url=article.url,
                    article_id=article.id,
                    deadline=deadline,
                )
            again = next((c for c in reread.claims if c.id == claim.id), None)
            if again is not None and again.date is not None and again.date.start == day:
                return dataclasses.replace(reread, published_basis="inferred")
    return None


def _same_happening(a: Claim, b: Claim) -> bool:
    """Two event claims about one happening: same class of event, and a shared actor or
    the same place."""
    if aliases.EVENT_CLASSES.get(a.event or "", a.event) != aliases.EVENT_CLASSES.get(
        b.event or "", b.event
    ):
        return False
    return bool(set(a.actors) & set(b.actors)) or (
        a.location is not None and a.location == b.location
    )


def _dated(article: Article, published: dt.date) -> Article:
    """`article` as published on `published`: claims' as_of follows, and dates the text
    gave without a year ("August 21") are placed in the year that makes them recent."""
    claims = tuple(
        dataclasses.replace(
            c,
            as_of=c.as_of or published,
            date=_place_in_time(c.date, published),
            scope_date=_place_in_time(c.scope_date, published),
        )
        for c in article.claims
    )
    return dataclasses.replace(
        article, published=published, published_basis="inferred", claims=claims
    )


def _place_in_time(date: DateInterval | None, reference: dt.date) -> DateInterval | None:
    """An unresolved month(-day) placed in the latest year where it falls no more than a
    month after `reference` (news looks back more than it looks ahead). A day no such
    year has ("February 29" beside no leap year, a year off the calendar) stays
    unresolved."""
    if date is None or date.resolved or date.month is None:
        return date
    latest = reference + _LOOKAHEAD if reference <= dt.date.max - _LOOKAHEAD else dt.date.max
    for year in (reference.year + 1, reference.year, reference.year - 1):
        start = valid_date(year, date.month, date.day or 1)
        if start is not None and start <= latest:
            break
    else:
        return date  # only "February 29" beside no leap year, or the calendar's first year
    if date.day is not None:
        return DateInterval(start, start, "day", True, date.month, date.day)
    return DateInterval(start, month_end(start.year, start.month), "month", True, date.month, None)


#: How far after its reference an unresolved month(-day) may be placed.
_LOOKAHEAD = dt.timedelta(days=31)
