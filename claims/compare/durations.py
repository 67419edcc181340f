"""Durations ("a 22-month conflict") reported at different dates compare through the
month they say the thing began."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from claims.compare.align import _near, _unnamed_span
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.units import _in_unit
from claims.compare.values import _at_same_time
from claims.lexicon import aliases
from claims.model import Quantity


def _step(x: float) -> float:
    """The precision a number was given in: 11 -> 1, 2.5 -> 0.5."""
    return float(1 / Fraction(x).limit_denominator(4).denominator) if x else 1.0


def _start_window(r: _Reading, q: Quantity) -> tuple[dt.date, dt.date] | None:
    """When a duration as of its report date says the thing began (earliest, latest)."""
    days = _in_unit(q, "day")
    if r.as_of is None or days is None or days.low is None:
        return None
    # a whole step of the figure either way: "22-month" and "23-month" a few days apart
    # are one conflict told loosely
    tolerance = _step(q.low if q.low is not None else 1) * (days.low / q.low if q.low else 1)
    longest = days.high if days.high is not None else days.low * 2
    try:
        earliest = r.as_of - dt.timedelta(days=longest + tolerance)
        latest = r.as_of - dt.timedelta(days=max(0.0, days.low - tolerance))
    except OverflowError:
        return None
    return earliest, latest


def _durations(a: _Reading, qa: Quantity, b: _Reading, qb: Quantity) -> _Link | None:
    """Durations reported at different dates compare through when they say it began;
    one span that names nothing that lasted is the same span whenever told."""
    if _unnamed_span(a, b):
        return _Link("agree", 0.0, a, b, "same")
    if (_party_span(a) or _party_span(b)) and not set(a.actors) & set(b.actors):
        # whose deal or sentence is unsaid on a side: the same span agrees, others are
        # another party's ("a seven-year deal" offered Teixeira, "a five-year deal" Lowe
        # seeks: ECB+ 10_ecbplus)
        same = (qa.low, qa.high, qa.unit) == (qb.low, qb.high, qb.unit) and qa.low is not None
        return _Link("agree", 0.0, a, b, "same") if same else None
    if _near(a.as_of, b.as_of):
        return _at_same_time(a, qa, b, qb)
    wa, wb = _start_window(a, qa), _start_window(b, qb)
    if wa is None or wb is None:
        return None
    (ea, la), (eb, lb) = wa, wb
    if ea <= lb and eb <= la:
        middle = max(ea, eb) + (min(la, lb) - max(ea, eb)) / 2
        return _Link("consistent", 0.0, a, b, "started", detail=f"{middle:%B %Y}")
    gap = (eb - la).days if la < eb else (ea - lb).days
    first, second = (a, b) if la < eb else (b, a)
    return _Link(
        "discrepancy",
        round(min(1.0, max(0.01, gap / 365)), 3),
        first,
        second,
        "start_gap",
        detail="|".join(
            (_month(ea, la), _month(eb, lb)) if first is a else (_month(eb, lb), _month(ea, la))
        ),
    )


def _month(early: dt.date, late: dt.date) -> str:
    middle = early + (late - early) / 2
    return f"{middle:%B %Y}"


def _party_span(r: _Reading) -> bool:
    """Whether `r` is the span of something one party holds: a deal, a sentence, a term."""
    words = (r.claim.subject or "").casefold().split()
    return bool(words) and words[-1] in aliases.PARTY_SPANS
