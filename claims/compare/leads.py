"""The happening each article leads with, and two copies of one story that date it
differently.

An article's first dated event of a class ("The Indian Navy foiled a piracy attack on
Friday", its first attack) is the happening it reports; a later one of that class may be
another ("another shooting on Sunday"). Two copies of one wire story (`syndication`) tell
one happening: where their leads are one class of event in one named place, dated a day or
two apart, one copy was changed, a conflict by the gap (issue 9, item 4), even where
neither names who took part (`events` asks for named actors before it calls dates a few
days apart a slip). Leads of stories that are not copies are not held to one happening:
on local news they were as often two shootings of one week as one misdated (GVC, read
in bench/snapshot.py's diff).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.compare.align import _actors_compatible, _place_relation
from claims.compare.events import _dates_a_death, _event_severity
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import LEAD_SLACK_DAYS, SAME_TIME
from claims.dates.arithmetic import plus

#: An embedded social post's signature just before its date: "— Marla Carter
#: (@MarlaABC13) May 30, 2016" dates the post, not the happening. Provenance: the tweets
#: embedded in GVC 567614's abc13.com and khou.com pages (the form Twitter's embed code
#: writes).
_POST_SIGNATURE = re.compile(
    r"""
    \(@(?P<handle>\w+)\)[ ]*$
    """,
    re.VERBOSE,
)


def lead_events(readings: Sequence[_Reading]) -> frozenset[int]:
    """Positions of each article's first body event claim of each event class dated to
    one day (an embedded post's date stamp is not one, nor the day a victim died: "was
    declared clinically brain-dead at 5:10 p.m. Friday" is not the Wednesday shooting's
    day, GVC 566168)."""
    first: dict[tuple[str, str], _Reading] = {}
    for r in readings:
        claim, date = r.claim, r.claim.date
        if claim.kind != "event" or claim.in_title or r.event is None or _post_date(r):
            continue
        if _dates_a_death(r):
            continue
        if date is None or not date.resolved or date.start is None or date.start != date.end:
            continue
        key = (claim.article_id, r.event)
        if key not in first or claim.start < first[key].claim.start:
            first[key] = r
    return frozenset(r.order for r in first.values())


def relate_leads(a: _Reading, b: _Reading) -> _Link | None:
    """A conflict when two articles' lead events of one class and named place are dated
    a day or two apart; None otherwise (the same day is `events`' to say)."""
    if a.event != b.event or a.place is None or b.place is None:
        return None
    if _place_relation(a, b) is None or not _actors_compatible(a, b):
        return None
    da, db = a.claim.date, b.claim.date
    assert da is not None and db is not None and da.start is not None and db.start is not None
    gap = abs((da.start - db.start).days)
    if gap == 0 or gap > LEAD_SLACK_DAYS:
        return None
    if _after_report(da.start, b) or _after_report(db.start, a):
        return None  # a report cannot date what happened after it was filed
    return _Link("discrepancy", _event_severity(gap), a, b, "date_gap", detail=str(gap))


def _after_report(day, other: _Reading) -> bool:
    return other.as_of is not None and day > plus(other.as_of, SAME_TIME)


def _post_date(r: _Reading) -> bool:
    """Whether `r` is the date stamp of an embedded social post."""
    sentence, text = r.claim.sentence, r.claim.text
    at = sentence.find(text)
    return at > 0 and _POST_SIGNATURE.search(sentence[:at]) is not None
