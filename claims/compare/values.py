"""How two figures relate as intervals: agree, within, overlap, a gap, far beyond an
open bound's ceiling, growth or a shrink between two dates, a part within its whole;
and how severe a discrepancy is."""

from __future__ import annotations

import math

from claims.compare.explain import _number
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import FAR_BEYOND
from claims.model import Quantity


def _severity(ratio: float) -> float:
    """0..1 from how many times larger one figure is than the other: 1 - 1/ratio (2x ->
    0.5, 10x -> 0.9), never quite 0 for a discrepancy."""
    if not ratio > 1:
        return 0.01
    if math.isinf(ratio):
        return 1.0
    return max(0.01, round(1 - 1 / ratio, 3))


def _ratio(high: float, low: float) -> float:
    if low <= 0:
        return math.inf if high > 0 else 1.0
    return high / low


def _bounds(q: Quantity) -> tuple[float, float]:
    return (-math.inf if q.low is None else q.low, math.inf if q.high is None else q.high)


def _ceiling(q: Quantity) -> float | None:
    """The implied ceiling of an open lower bound: numbers' reading, else the next
    round step ("more than 60" -> 70, "more than 100,000" -> 200,000)."""
    if q.high is not None or q.low is None or q.low <= 0:
        return None
    if q.ceiling is not None:
        return q.ceiling
    magnitude = 10 ** math.floor(math.log10(q.low))
    return (math.floor(q.low / magnitude) + 1) * magnitude


def _implied_high(q: Quantity) -> float:
    ceiling = _ceiling(q)
    return ceiling if ceiling is not None else _bounds(q)[1]


def _at_same_time(a: _Reading, qa: Quantity, b: _Reading, qb: Quantity) -> _Link:
    alo, ahi = _bounds(qa)
    blo, bhi = _bounds(qb)
    if ahi < blo:
        return _Link("discrepancy", _severity(_ratio(blo, ahi)), a, b, "gap", _ratio(blo, ahi))
    if bhi < alo:
        return _Link("discrepancy", _severity(_ratio(alo, bhi)), b, a, "gap", _ratio(alo, bhi))
    for x, qx, y, qy in ((a, qa, b, qb), (b, qb, a, qa)):
        ceiling = _ceiling(qx)
        if ceiling is not None and qy.low is not None and qy.low > ceiling * FAR_BEYOND:
            ratio = qy.low / ceiling
            return _Link("discrepancy", _severity(ratio), x, y, "ceiling", ratio, _number(ceiling))
    if math.isclose(alo, blo) and math.isclose(ahi, bhi):
        return _Link("agree", 0.0, a, b, "same")
    # an open bound reads as up to its implied ceiling: "at least 6,000" lies within
    # "thousands"
    ahi, bhi = _implied_high(qa), _implied_high(qb)
    if blo <= alo and ahi <= bhi:
        return _Link("consistent", 0.0, a, b, "within")
    if alo <= blo and bhi <= ahi:
        return _Link("consistent", 0.0, b, a, "within")
    return _Link("consistent", 0.0, a, b, "overlap")


def _in_order(early: _Reading, qe: Quantity, late: _Reading, ql: Quantity) -> _Link:
    """A running total reported at two dates: growth is an update, a shrink is not."""
    elo, ehi = _bounds(qe)
    llo, lhi = _bounds(ql)
    if lhi < elo:
        return _Link(
            "discrepancy", _severity(_ratio(elo, lhi)), early, late, "shrink", _ratio(elo, lhi)
        )
    ceiling = _ceiling(ql)
    if ceiling is not None and qe.low is not None and qe.low > ceiling * FAR_BEYOND:
        ratio = qe.low / ceiling
        return _Link("discrepancy", _severity(ratio), early, late, "shrink", ratio)
    ceiling = _ceiling(qe)
    if ehi < llo or (ceiling is not None and ql.low is not None and ql.low > ceiling * FAR_BEYOND):
        return _Link("update", 0.0, early, late, "grew")
    return _at_same_time(early, qe, late, ql)


def _part_of_whole(part: _Reading, qp: Quantity, whole: _Reading, qw: Quantity) -> _Link:
    if _bounds(qp) == _bounds(qw):
        return _Link("agree", 0.0, part, whole, "same")
    if qp.low is not None and qw.high is not None and qp.low > qw.high:
        ratio = _ratio(qp.low, qw.high)
        return _Link("discrepancy", _severity(ratio), part, whole, "exceeds", ratio)
    ceiling = _ceiling(qw)
    if ceiling is not None and qp.low is not None and qp.low > ceiling * FAR_BEYOND:
        ratio = qp.low / ceiling
        return _Link(
            "discrepancy", _severity(ratio), part, whole, "exceeds", ratio, _number(ceiling)
        )
    return _Link("consistent", 0.0, part, whole, "fits")
