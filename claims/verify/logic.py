"""Logic: does a source's interval entail a claim's, contradict it, or leave it open?

Entailment, not implicature: a source's reading supports a claim when every value the
source allows is one the claim allows (60 supports "more than 20"; 250 supports "fewer
than 300"; "about 40" supports "around 40"), contradicts it when no value is allowed by
both, and otherwise cannot decide ("more than 12" neither supports nor contradicts
"15"). The implied ceiling of a bound ("at least 6,000" suggests under 7,000) is never
read here: that is the cross-check's pragmatic reading.

One reading of a bare figure is logical too: "30 died" is true when at least 30 died,
so a source's "at least 30" supports it (its floor is the claim's figure). And a bare
figure is as round as news figures are: a source's "about $12 billion" supports "$12
billion" (the same figure, with its hedge said).
"""

from __future__ import annotations

import dataclasses
import math
import re

from claims.model import DateInterval, Quantity

SUPPORTS, CONTRADICTS, UNDECIDED = "supports", "contradicts", "undecided"


def _step(x: float) -> float:
    """Half a step of a figure's last stated digit (2.2 -> 0.05, 1500 -> 0.5)."""
    for k in range(12):
        if math.isclose(x * 10**k, round(x * 10**k), rel_tol=0, abs_tol=1e-6):
            return 0.5 * 10.0**-k
    return 0.5e-12


_DIGITS = re.compile(
    r"""
    (?P<digits>\d[\d,]*(?:\.(?P<decimals>\d+))?)   # the first figure written in digits
    """,
    re.VERBOSE,
)


def as_stated(q: Quantity, text: str) -> Quantity:
    """An exact figure as the interval of what rounds to it as written: half a step of
    its last stated digit ("$1.8 trillion" is 1.75..1.85 trillion, "3.7" 3.65..3.75).

    >>> q = as_stated(Quantity(1.8e12, 1.8e12, exact=True), "$1.8 trillion")
    >>> (q.low, q.high)
    (1750000000000.0, 1850000000000.0)
    """
    if not q.exact or q.low is None or q.low != q.high or q.low == 0:
        return q
    m = _DIGITS.search(text)
    if m is None:
        return dataclasses.replace(q, low=q.low - _step(q.low), high=q.high + _step(q.low))
    written = float(m.group("digits").replace(",", ""))
    if not written:
        return q
    scale = q.low / written
    places = len(m.group("decimals") or "")
    slack = abs(0.5 * 10.0**-places * scale)
    return dataclasses.replace(q, low=q.low - slack, high=q.high + slack)


def relation(source: Quantity, claim: Quantity) -> str:
    """How a source's reading bears on a claim's (both in one unit).

    >>> relation(Quantity(60, 60, exact=True), Quantity(21, None, bound=True))
    'supports'
    >>> relation(Quantity(250, 250, exact=True), Quantity(0, 299, bound=True))
    'supports'
    >>> relation(Quantity(13, None, bound=True), Quantity(15, 15, exact=True))
    'undecided'
    >>> relation(Quantity(12, 12, exact=True), Quantity(15, 15, exact=True))
    'contradicts'
    >>> relation(Quantity(36, 44, best=40, approximate=True), Quantity(40, 40, best=40, exact=True))
    'supports'
    """
    s_low = -math.inf if source.low is None else source.low
    s_high = math.inf if source.high is None else source.high
    c_low = -math.inf if claim.low is None else claim.low
    c_high = math.inf if claim.high is None else claim.high
    if c_low <= s_low and s_high <= c_high:
        return SUPPORTS
    if (
        claim.exact
        and claim.best is not None
        and source.bound
        and source.high is None
        and source.low is not None
        and math.isclose(source.low, claim.best)
    ):
        return SUPPORTS  # "at least 30" -> "30 died"
    if (
        claim.exact
        and claim.best is not None
        and source.approximate
        and source.best is not None
        and math.isclose(source.best, claim.best)
    ):
        return SUPPORTS  # "about $12 billion" -> "$12 billion"
    if s_high < c_low or c_high < s_low:
        return CONTRADICTS
    return UNDECIDED


def date_relation(source: DateInterval, claim: DateInterval) -> str:
    """The same for days: the source's days inside the claim's, or none shared; "since
    2009" supports "since 2009" (one start, no end said), and "2009-2012" supports it.

    >>> import datetime as dt
    >>> since = DateInterval(dt.date(2009, 1, 1), None, "range", resolved=False)
    >>> date_relation(DateInterval(dt.date(2009, 1, 1), dt.date(2012, 12, 31), "range"), since)
    'supports'
    """
    if (source.start, source.end) == (claim.start, claim.end) and source.start is not None:
        return SUPPORTS
    if claim.start and claim.end is None and source.start and source.end:
        # "since 2009" is open to the day it is said: "2009-2012" lies inside it
        return SUPPORTS if claim.start <= source.start else CONTRADICTS
    if _year_less(source) and _year_less(claim):
        # two undated texts' day-month dates are taken to be in one year ("2 sept" is
        # not "3 Sept"), as the cross-check places a month-day in the other's year
        same = (source.month, source.day) == (claim.month, claim.day)
        return SUPPORTS if same else CONTRADICTS
    if not (source.resolved and claim.resolved):
        return UNDECIDED
    if None in (source.start, source.end, claim.start, claim.end):
        return UNDECIDED
    assert source.start and source.end and claim.start and claim.end
    if claim.start <= source.start and source.end <= claim.end:
        return SUPPORTS
    if source.end < claim.start or claim.end < source.start:
        return CONTRADICTS
    return UNDECIDED


def _year_less(date: DateInterval) -> bool:
    """A day and month read with no year and nothing to place them by ("21 Aug")."""
    return date.start is None and date.month is not None and date.day is not None
