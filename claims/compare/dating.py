"""Dates for undated articles: a wire copy takes its dated twin's date, and a report of a
coming event that another article dates is placed by the weekday it names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from claims.extract import extract
from claims.lexicon import aliases
from claims.model import Article, Claim, DateInterval


def _infer_dates(
    articles: tuple[Article, ...], syndication: tuple[tuple[str, ...], ...]
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
            dated = _dated_by_event(article, dated_events)
            if dated is not None:
                inferred[article.id] = dated
    return tuple(inferred.get(a.id, a) for a in articles)


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


def _dated_by_event(article: Article, dated_events: Sequence[Claim]) -> Article | None:
    """`article` re-read as of the day its report weekday and a dated twin event fix,
    or None when they do not fix exactly one day."""
    weekdays = {m.group("weekday") for m in _REPORT_WEEKDAY.finditer(article.text)}
    if len(weekdays) != 1:
        return None
    weekday = _WEEKDAYS.index(weekdays.pop())
    for claim in article.claims:
        if claim.kind != "event" or claim.date is None or claim.date.resolved:
            continue
        for twin in dated_events:
            if not _same_happening(claim, twin):
                continue
            day = twin.date.start  # type: ignore[union-attr]
            # The report came in the week before the event, on its weekday.
            published = day - dt.timedelta(days=(day.weekday() - weekday) % 7 or 7)
            reread = extract(
                article.text,
                published=published,
                title=article.title,
                source=article.source,
                url=article.url,
                article_id=article.id,
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
    month after `reference` (news looks back more than it looks ahead)."""
    if date is None or date.resolved or date.month is None:
        return date
    for year in (reference.year + 1, reference.year, reference.year - 1):
        start = dt.date(year, date.month, date.day or 1)
        if start <= reference + dt.timedelta(days=31):
            break
    if date.day is not None:
        return DateInterval(start, start, "day", True, date.month, date.day)
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return DateInterval(start, end, "month", True, date.month, None)
