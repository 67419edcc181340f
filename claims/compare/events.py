"""Event claims ("Lavrov will visit Damascus on Tuesday") about one happening: the same
day, a day within a span, or dates a few days apart."""

from __future__ import annotations

import datetime as dt
import re

from claims.compare.align import _actors_compatible, _place_relation
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import EVENT_SLACK_DAYS, LATER_STORY, SAME_TIME
from claims.dates.arithmetic import month_end, plus
from claims.dates.clock import in_utc
from claims.lexicon.aliases import RECURRING_EVENT_PHRASES, VENUE_WORDS
from claims.model import ClockInterval, DateInterval


def _event_days(date: DateInterval, other: DateInterval) -> tuple[dt.date, dt.date] | None:
    """The days `date` covers; an unresolved month(-day) placed in `other`'s year(s)."""
    if date.resolved and date.start is not None and date.end is not None:
        return date.start, date.end
    if date.month is None or other.start is None:
        return None
    best = None
    for year in (other.start.year - 1, other.start.year, other.start.year + 1):
        try:
            start = dt.date(year, date.month, date.day or 1)
        except ValueError:
            continue
        end = start if date.day else _month_end(start)
        distance = abs((start - other.start).days)
        if best is None or distance < best[0]:
            best = (distance, start, end)
    return None if best is None else (best[1], best[2])


def _month_end(day: dt.date) -> dt.date:
    return month_end(day.year, day.month)


def _relate_events(a: _Reading, b: _Reading) -> _Link | None:
    link = _relate_happenings(a, b)
    if link is not None and link.relation == "discrepancy" and _recurs(a) and _recurs(b):
        # a police chief holds a news conference each day of a story: "at a press
        # conference late Friday" and "a news conference on Thursday" are two of them
        return None
    return link


def _recurs(r: _Reading) -> bool:
    """Whether the happening is one of a kind told again and again: a news conference."""
    said = (r.claim.event or "").lower().split()
    if not said or said[-1] not in ("conference", "briefing"):
        return False
    lowered = r.claim.sentence.lower()
    return any(phrase in lowered for phrase in RECURRING_EVENT_PHRASES)


def _relate_happenings(a: _Reading, b: _Reading) -> _Link | None:
    if a.event is None or a.event != b.event:
        return None
    if _dates_a_death(a) != _dates_a_death(b):
        # the day a victim died or was declared dead is a later happening than the
        # shooting: "was declared clinically brain-dead at 5:10 p.m. Friday" dates no
        # Wednesday shooting (GVC 566168)
        return None
    venue = _venue(a)
    if venue is not None and venue == _venue(b):
        return _with_clocks(a, b, _at_one_venue(a, b))
    if not _actors_compatible(a, b):
        return None
    if not (a.actors or b.actors) and (a.place is None or b.place is None):
        return None  # nothing anchors two bare "attack"s to one happening
    if _place_relation(a, b) is None:
        return None
    return _with_clocks(a, b, _relate_days(a, b))


def _relate_days(a: _Reading, b: _Reading) -> _Link | None:
    """Two dated happenings of one class, anchored to one another, by their days."""
    da, db = a.claim.date, b.claim.date
    if da is None or db is None:
        return None
    # Dates a few days apart are a slip only when both name who took part: local news
    # tells of "another shooting on Sunday" and "seven shootings over the weekend"
    # beside its own, and a place alone does not make them one happening (GVC).
    named = bool(a.actors and b.actors)
    if not da.resolved and not db.resolved:
        if da.month is None and db.month is None:
            return _same_weekday(a, b)
        if da.month is None or da.month != db.month:
            return None
        if da.day == db.day:
            return _Link("agree", 0.0, a, b, "same_day")
        if da.day is None or db.day is None:
            return _Link("consistent", 0.0, a, b, "date_within")
        gap = abs(da.day - db.day)
        if gap > EVENT_SLACK_DAYS or not named:
            return None
        return _Link("discrepancy", _event_severity(gap), a, b, "date_gap", detail=str(gap))
    met = _met_or_gap(a, da, b, db)
    if not isinstance(met, int):
        return met  # agree, consistent, or no days to compare
    gap = met
    if gap > EVENT_SLACK_DAYS or not named:
        return None  # another occurrence: Muallem's February visit is not September's
    later_story = a.as_of and b.as_of and abs(a.as_of - b.as_of) > LATER_STORY
    ia, ib = _event_days(da, db), _event_days(db, da)
    assert ia is not None and ib is not None  # a gap was measured between them
    if later_story and (_after_report(ia, b) or _after_report(ib, a)):
        # a report cannot tell of what happened after it was filed: the later story's
        # "Sunday" (the day a second victim died) is another happening than the first's
        return None
    return _Link("discrepancy", _event_severity(gap), a, b, "date_gap", detail=str(gap))


def _with_clocks(a: _Reading, b: _Reading, days: _Link | None) -> _Link | None:
    """The days' relation told finer by the times of day both give: one day (or no day
    said) and times an hour apart is a discrepancy; times that overlap agree or are
    consistent. Days that differ keep the days' verdict; times told with no day may
    agree but never disagree."""
    ca, cb = a.claim.clock, b.claim.clock
    if ca is None or cb is None:
        return days
    if days is None and a.claim.date is not None and b.claim.date is not None:
        return None  # two dated happenings the days do not join
    if days is not None and days.relation != "agree":
        return days
    clocks = _relate_clocks(a, ca, b, cb)
    if clocks is None:
        return days
    if clocks.relation == "discrepancy" and days is None:
        # an undated time of day may be another happening of the story's: a spree's
        # second shooting ("at 4.45am", "5.55am", GVC 480358), an aftershock
        return None
    if days is not None and clocks.relation == "agree":
        return days  # one day, one time: the day says it
    return clocks


def _relate_clocks(a: _Reading, ca: ClockInterval, b: _Reading, cb: ClockInterval) -> _Link | None:
    """Two times of one happening: agree, consistent (overlapping), a discrepancy (at
    least CLOCK_SLACK minutes apart), or None (near, or in zones that cannot be told
    apart: "4:30 a.m." in a Paris story and "11.30 p.m. ET")."""
    span_a, span_b = _comparable(ca, cb)
    if span_a is None or span_b is None:
        return None
    gap, shift = min(
        (_gap(span_a, (span_b[0] + d, span_b[1] + d)), d) for d in (0, -DAY_MINUTES, DAY_MINUTES)
    )
    if gap == 0 and span_a == (span_b[0] + shift, span_b[1] + shift):
        return _Link("agree", 0.0, a, b, "same_time")
    if gap == 0:
        narrow, wide = (a, b) if span_a[1] - span_a[0] <= span_b[1] - span_b[0] else (b, a)
        return _Link("consistent", 0.0, narrow, wide, "date_within")
    if gap < CLOCK_SLACK:
        return None  # "at 3.45pm" and "at about 3pm": a time told loosely
    return _Link("discrepancy", _clock_severity(gap), a, b, "time_gap", detail=str(gap))


#: Minutes in a day: a time of day is compared a day either way too ("just before
#: midnight" and "12:05 a.m." are ten minutes apart).
DAY_MINUTES = 24 * 60
#: How many minutes apart two times of one happening must be to disagree: a report's
#: "about 3pm" for a strike at 3.45pm is loose, not wrong (41_ecb), and an hour off
#: is what a zone mistake makes ("4:30 a.m. local time (11.30 p.m. ET)", 24_ecbplus).
CLOCK_SLACK = 45


def _comparable(
    ca: ClockInterval, cb: ClockInterval
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Both times on one clock: UTC when both name a zone with an offset, the
    happening's own when neither does; (None, None) when only one names one."""
    if ca.offset is not None and cb.offset is not None:
        return in_utc(ca), in_utc(cb)
    if ca.offset is None and cb.offset is None:
        return (ca.low, ca.high), (cb.low, cb.high)
    return None, None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Minutes between two intervals; 0 when they overlap."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _clock_severity(gap_minutes: int) -> float:
    """An hour off is a slip (0.17); six hours off is as wrong as a time can be."""
    return round(min(1.0, gap_minutes / 360), 3)


#: A named venue in an event's sentence: "inside Doubles bar", "at the Pulse nightclub".
_VENUE = re.compile(
    rf"""
    \b(?:at|inside|outside|in[ ]front[ ]of|near)[ ](?:the[ ])?
    (?P<name>[A-Z][\w'’&-]*(?:[ ][A-Z][\w'’&-]*){{0,2}})
    [ ](?:{"|".join(sorted(VENUE_WORDS, key=len, reverse=True))})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _venue(r: _Reading) -> str | None:
    """The venue `r`'s sentence names, folded: "doubles"; None when it names none."""
    match = _VENUE.search(r.claim.sentence)
    if match is None or not match.group("name")[0].isupper():
        return None
    return match.group("name").casefold()


def _met_or_gap(a: _Reading, da: DateInterval, b: _Reading, db: DateInterval) -> _Link | int | None:
    """The same days (agree), overlapping days (consistent), the days between them, or
    None when a date covers no days to compare."""
    ia, ib = _event_days(da, db), _event_days(db, da)
    if ia is None or ib is None:
        return None
    if ia == ib:
        return _Link("agree", 0.0, a, b, "same_day")
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        narrow, wide = (a, b) if (ia[1] - ia[0]) <= (ib[1] - ib[0]) else (b, a)
        return _Link("consistent", 0.0, narrow, wide, "date_within")
    return (ib[0] - ia[1]).days if ia[1] < ib[0] else (ia[0] - ib[1]).days


def _at_one_venue(a: _Reading, b: _Reading) -> _Link | None:
    """Two stories' happenings of one class at one named venue ("Sunday's shooting at
    Doubles Bar", "shooting ... Kalif Goens on July 24 at Doubles Bar") are one happening
    whatever else their sentences name: dated a few days apart, one is wrong. A date of
    a death ("The second victim ... died Sunday") dates no shooting."""
    if _dates_a_death(a) or _dates_a_death(b):
        return None
    da, db = a.claim.date, b.claim.date
    if da is None or db is None or not (da.resolved and db.resolved):
        return None
    met = _met_or_gap(a, da, b, db)
    if not isinstance(met, int):
        return met  # agree, consistent, or no days to compare
    gap = met
    if gap > EVENT_SLACK_DAYS:
        return None  # another night at the same bar
    return _Link("discrepancy", _event_severity(gap), a, b, "date_gap", detail=str(gap))


#: A death verb just before a date: "died Sunday", "succumbed to his injuries on Monday",
#: "was declared clinically brain-dead at 5:10 p.m. Friday" (GVC 566168), "pronounced
#: dead at the scene on Monday".
_DEATH_BEFORE = re.compile(
    r"""
    \b(?:died|dies
       |succumbed(?:[ ]to[ ](?:his|her|their)[ ]injuries)?
       |passed[ ]away
       |(?:declared|pronounced)[ ](?:clinically[ ])?(?:brain[ -])?dead
        (?:[ ](?:at[ ]the[ ]scene|at[ ](?:a|the)[ ]hospital))?
    )
    [ ](?:on[ ]|early[ ]|late[ ]|at[ ])?$
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _dates_a_death(r: _Reading) -> bool:
    sentence, text = r.claim.sentence, r.claim.text
    at = sentence.find(text)
    return at > 0 and _DEATH_BEFORE.search(sentence[:at]) is not None


#: A day of the week, as an undated story names the day a happening was on.
_WEEKDAY = re.compile(
    r"""
    \b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _same_weekday(a: _Reading, b: _Reading) -> _Link | None:
    """Two undated stories that date one happening by the same weekday ("on Sunday",
    "9:27 a.m. Sunday") agree; any other pair of undated days tells nothing (two weekdays
    may be one night told from either side of midnight, or two weeks)."""
    days_a = {m.group("day").casefold() for m in _WEEKDAY.finditer(a.claim.text)}
    days_b = {m.group("day").casefold() for m in _WEEKDAY.finditer(b.claim.text)}
    if len(days_a) == 1 and days_a == days_b:
        return _Link("agree", 0.0, a, b, "same_day")
    return None


def _after_report(days: tuple[dt.date, dt.date], other: _Reading) -> bool:
    """Whether `days` fall after `other` was filed."""
    return other.as_of is not None and days[0] > plus(other.as_of, SAME_TIME)


def _event_severity(gap_days: int) -> float:
    """A day off is a slip (0.14); a week off is as wrong as a date can be here."""
    return round(min(1.0, gap_days / EVENT_SLACK_DAYS), 3)
