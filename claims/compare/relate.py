"""Relation: agree, consistent, update or discrepancy for two claims of one kind from
different articles, with the judgement calls (growing tolls, running totals, background
figures, a smaller place's toll)."""

from __future__ import annotations

import datetime as dt

from claims.compare.ages import _relate_ages
from claims.compare.align import _A_IN_B, _SAME, _align, _Alignment, _near, _past
from claims.compare.durations import _durations
from claims.compare.events import _relate_events
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import (
    AGE_SUBJECT,
    FAR_BEYOND,
    GROWING_KINDS,
    OTHER_EVENT_RATIO,
    PART_KINDS,
    SAME_TIME,
    VAGUE_EDGE,
)
from claims.compare.units import _in_common_unit, _rounds_to
from claims.compare.updates import earlier_count, early_floor, outpaced, revised
from claims.compare.values import _at_same_time, _in_order, _part_of_whole
from claims.model import Quantity


def _relate(a: _Reading, b: _Reading) -> _Link | None:
    """How `a` and `b` relate, or None when they do not count one thing (or share an
    article: an article is not checked against itself)."""
    if a.claim.kind != b.claim.kind or a.claim.article_id == b.claim.article_id:
        return None
    if a.claim.kind == "event":
        return _relate_events(a, b)
    if a.claim.subject == b.claim.subject == AGE_SUBJECT:
        return _relate_ages(a, b)
    return _relate_values(a, b)


def _relate_values(a: _Reading, b: _Reading) -> _Link | None:
    alignment = _align(a, b)
    if alignment is None:
        return None
    if alignment.direction != _SAME and a.claim.kind not in PART_KINDS:
        return None  # a depth on Tuesday is not "part" of a depth: parts are of tolls
    qa = a.claim.value
    qb = b.claim.value
    assert qa is not None and qb is not None
    in_common = _in_common_unit(qa, qb)
    if in_common is None:
        return None
    qa, qb = in_common
    if alignment.direction == _SAME:
        return _relate_same(a, qa, b, qb)
    return _relate_part(alignment, a, qa, b, qb)


def _relate_same(a: _Reading, qa: Quantity, b: _Reading, qb: Quantity) -> _Link | None:
    """Two figures of the same thing: at one time, or a toll told at two dates."""
    if a.claim.kind == "duration":
        return _durations(a, qa, b, qb)
    running = a.frame.running and b.frame.running
    growing = a.claim.kind in GROWING_KINDS and not _past(a)
    told_later = a.as_of is not None and b.as_of is not None and a.as_of != b.as_of
    if told_later and (running or growing):
        said = a.claim.cumulative or b.claim.cumulative
        if running and not said and not _near(a.as_of, b.as_of):
            return None  # two counts at two dates, neither said to be a running total
        if not said and not growing:
            return _at_same_time(a, qa, b, qb)
        # a toll of one happening told a day later ("24 dead" on 3 July after "at
        # least one" on 2 July) has grown, or it is an error if it shrank
        assert a.as_of is not None and b.as_of is not None
        if a.as_of < b.as_of:
            return _told_later(a, qa, b, qb)
        return _told_later(b, qb, a, qa)
    if growing:
        said_before = earlier_count(a, qa, b, qb)
        if said_before is not None:
            return said_before  # "The UN said earlier that it had confirmed 30 dead"
    link = _at_same_time(a, early_floor(a, qa, qb), b, early_floor(b, qb, qa))
    if link.reason == "gap" and (qa.vague or qb.vague) and link.ratio <= VAGUE_EDGE:
        # "several houses" (3 to 9) and "10 houses": a vague word's edge is a convention
        return _Link("consistent", 0.0, link.first, link.second, "vague_edge")
    if (
        link.reason == "gap"
        and a.claim.kind == "quantity"
        and (_rounds_to(qa, qb) or _rounds_to(qb, qa))
    ):
        # "one mile below ground" and "1.2 miles deep": a measure told to the nearest
        # whole unit is the finer one rounded, not another depth
        return _Link("consistent", 0.0, link.first, link.second, "rounded")
    if link.relation == "discrepancy" and running and not _near_known(a.as_of, b.as_of):
        return None  # an undated running total: a grown toll cannot be told from an error
    if link.relation == "discrepancy" and _past(a) and link.ratio <= FAR_BEYOND:
        # background figures are quoted for the scope the writer had in mind: the
        # 2004 tsunami killed "170,000 in the province" and "230,000 across Asia"
        return None
    return link


def _told_later(early: _Reading, qe: Quantity, late: _Reading, ql: Quantity) -> _Link:
    """A toll told at two dates: grown (if at a pace the earlier figure allows), revised
    (if the later sentence says so), or in conflict."""
    link = _in_order(early, qe, late, ql)
    if link.reason == "shrink" and revised(late):
        return _Link("update", 0.0, early, late, "revised")
    if link.reason == "grew":
        return outpaced(early, qe, late, ql) or link
    return link


def _relate_part(
    alignment: _Alignment, a: _Reading, qa: Quantity, b: _Reading, qb: Quantity
) -> _Link | None:
    """A figure of a part of what the other figure counts."""
    part, qp, whole, qw = (a, qa, b, qb) if alignment.direction == _A_IN_B else (b, qb, a, qa)
    if _grew_since(whole, part):
        link = _part_of_whole(part, qp, whole, qw)  # told a day later: growth, below
    else:  # told the same day: a lower bound is an early count
        link = _part_of_whole(part, early_floor(part, qp, qw), whole, early_floor(whole, qw, qp))
    if link.relation == "discrepancy" and _grew_since(whole, part):
        # the whole was counted earlier: "24 people on Tuesday" told on 3 July exceeds
        # the "at least one" told on 2 July because the toll grew
        return _Link("update", 0.0, whole, part, "grew")
    if _one_total_told_later(alignment, part, whole):
        # "600 since December 27" told on 6 January and "1,000 since December 27" told on
        # 7 January: one running total, grown (or grown too fast to be an update)
        return _told_later(part, qp, whole, qw)
    if alignment.by_place and link.relation != "discrepancy":
        return None  # a Homs toll is not a Syria toll: only an excess is news
    if (
        alignment.by_place
        and not (part.claim.cumulative or whole.claim.cumulative)
        and link.ratio > OTHER_EVENT_RATIO
    ):
        # a town's toll ten times a country's, neither a running total, is another
        # happening told in passing: "Bam ... destroyed in a quake that killed tens of
        # thousands" beside the 10 this quake killed
        return None
    return link


def _one_total_told_later(alignment: _Alignment, part: _Reading, whole: _Reading) -> bool:
    """Whether `part` and `whole` are one running total from one stated start, `part` told
    earlier: its days are a prefix of the whole's only because it was told first."""
    start = part.frame.start
    return (
        not alignment.by_place
        and start is not None
        and start == whole.frame.start
        and part.frame.to_date
        and whole.frame.to_date
        and _grew_since(part, whole)
    )


def _grew_since(early: _Reading, late: _Reading) -> bool:
    """Whether `late` tells a toll that may have grown since `early` was told."""
    if early.claim.kind not in GROWING_KINDS or _past(early) or _past(late):
        return False
    return early.as_of is not None and late.as_of is not None and early.as_of < late.as_of


def _near_known(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= SAME_TIME
