"""Buckets: which articles of a large corpus are cross-checked together.

A corpus (`claimcheck batch`) does not say which articles report the same incident, so
articles are put together by what their own claims say: the place they name most and the
week of the day they are about. Articles in one bucket are checked with `claims.check`;
an article with no place or no day in its claims is in no bucket (checking it against
every other such article of its week would line up unrelated stories).

The rule, in full:

- place: the region most claims of the article are located in, casefolded. A claim's
  region is, by the places lexicon, the US state its `location` is or lies in (Chicago
  -> Illinois), else the country (Homs -> Syria), else, for a place the lexicon does
  not know, the place itself (the part before a comma: "Spanish Fork, Utah" is "spanish
  fork"). A tie goes to the region named first. Regions, not towns, so that a story
  naming the town and one naming only the state or a district still meet
  (`claims.check` tells their incidents apart again by place).
- day: the day most casualty, event and vote claims are about (their `date`, or the
  calendar reading of their time scope, when it is one day); a tie goes to the one read
  first; with none, the article's publication date.
- week: the ISO week of that day ("2014-W07", Monday to Sunday).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claims.compare.places import _parent, _place
from claims.lexicon.places import STATE_ABBREVIATIONS
from claims.model import Article, Claim, DateInterval

#: the claims whose day says what day an article is about
DAY_KINDS = frozenset({"deaths", "injuries", "displaced", "detained", "event", "vote"})


@dataclass(frozen=True, order=True)
class Bucket:
    """A week and a place: the articles checked together."""

    week: str  # ISO week, "2014-W07"
    place: str  # casefolded region, "nevada", "syria"


#: the US states (the one level the places lexicon has between a town and its country)
_STATES = frozenset(STATE_ABBREVIATIONS.values())


def _region(location: str) -> str | None:
    """The state a place is in (or is), else its country, else the place itself."""
    place = _place(location)  # "Lancaster, Pennsylvania" is in Pennsylvania
    if place is not None and _parent(place) is None:
        place = _place(location.split(",")[0])
    if place is None:
        return None
    chain = [place]
    while (parent := _parent(chain[-1])) is not None and parent not in chain:
        chain.append(parent)
    region = next((p for p in chain if p in _STATES), chain[-1])
    return region.casefold()


def _main_region(claims: Sequence[Claim]) -> str | None:
    regions = [_region(c.location) for c in claims if c.location]
    return _most_common([r for r in regions if r])


def _one_day(interval: DateInterval | None) -> dt.date | None:
    if interval is None or not interval.resolved or interval.start is None:
        return None
    return interval.start if interval.start == interval.end else None


def _day(article: Article) -> dt.date | None:
    days = [
        day
        for c in article.claims
        if c.kind in DAY_KINDS
        for day in (_one_day(c.date) or _one_day(c.scope_date),)
        if day is not None
    ]
    return _most_common(days) or article.published


def _most_common(items: list):  # type: ignore[no-untyped-def]
    """The most frequent item, the earliest of those tied (None for no items)."""
    if not items:
        return None
    counts = Counter(items)
    top = max(counts.values())
    return next(item for item in items if counts[item] == top)


def bucket_of(article: Article) -> Bucket | None:
    """The article's bucket, or None when its claims name no place or it has no day."""
    place, day = _main_region(article.claims), _day(article)
    if place is None or day is None:
        return None
    year, week, _ = day.isocalendar()
    return Bucket(week=f"{year}-W{week:02d}", place=place)


def buckets(keys: Iterable[Bucket | None]) -> list[tuple[Bucket, tuple[int, ...]]]:
    """Each bucket with two or more articles and their positions (in input order),
    sorted by week, then place. `keys` are the articles' `bucket_of`, in order."""
    members: dict[Bucket, list[int]] = {}
    for n, key in enumerate(keys):
        if key is not None:
            members.setdefault(key, []).append(n)
    return [(key, tuple(ns)) for key, ns in sorted(members.items()) if len(ns) > 1]
