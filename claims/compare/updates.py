"""When a toll told twice is an update rather than a conflict: early counts of a happening,
figures the text says came earlier or were revised, and growth the coverage's pace allows.

- An open lower bound of one happening's toll ("injuring at least five people" in a quake
  that day) is an early count, a floor that later counts pass within hours: beside another
  bound or a vague word it implies no ceiling, so "at least 50" or "dozens" the same day
  is not "far beyond" it. Beside an exact figure ("more than 60" against "300") the
  ceiling stands, and so does a running total's ("at least 6,000 since the uprising
  began" against "at least 60,000").
- A figure its sentence says was given earlier ("The UN said earlier that it had
  confirmed 30 dead") is an earlier count of the same toll: a larger figure beside it is
  its update, whatever the report dates.
- A later figure that is smaller is a conflict, unless its sentence says why: a toll
  "revised down", "lowered", "corrected" is an update of the count.
- A later, larger running total is an update only when its growth fits the pace the earlier
  figure shows (its count over the days since its stated start, "600 since December 27"):
  growth far past that pace is a conflict, said as such.
"""

from __future__ import annotations

import dataclasses
import math
import re

from claims.compare.align import _past
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import FAR_BEYOND, GROWING_KINDS, MIN_PACE_DAYS, PACE_SLACK
from claims.compare.values import _bounds, _ratio, _severity
from claims.model import Quantity

#: A sentence that says its figure was given before the report's own: the source's word
#: then ("said earlier", "had earlier put", "initially reported", "an earlier toll").
#: Provenance: written by hand from wire copy (AP's "The UN said earlier that it had
#: confirmed 30 dead", ECB+ 41_7; AFP's "an earlier toll of"); "earlier that day" and
#: "earlier this month" date a happening, not a count, and are not matched.
_SAID_EARLIER = re.compile(
    r"""
    \b(?:
        (?P<verb_then>said|reported|put|gave|confirmed|announced|told)[ ]earlier
      | (?:had[ ])?earlier[ ](?P<then_verb>said|reported|put|gave|confirmed|announced|told)
      | initially[ ](?P<first>said|reported|put|gave|confirmed|announced)
      | (?:an[ ]|the[ ])?(?:earlier|initial|preliminary)[ ](?P<count>toll|figure|count|tally|report)s?
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A sentence that says why a count fell: it was revised, not contradicted.
#: Provenance: written by hand from the words wire services use for a lowered toll
#: ("revised the toll down", "lowered the death toll", "corrected the figure").
_REVISED = re.compile(
    r"""
    \b(?P<word>
        revised|revising|revision|lowered|lowering|downgraded|corrected|correcting
      | cut[ ]the[ ](?:death[ ])?toll|double[- ]counted
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def early_floor(r: _Reading, q: Quantity, other: Quantity) -> Quantity:
    """`q`, or, for an open lower bound of one happening's toll beside a figure `other`
    that is itself a bound or a vague word, `q` with no implied ceiling (an early count,
    that later counts pass the same day). Beside an exact figure the ceiling stands:
    "more than 60" in Homs on Monday against "300" is a conflict to reconcile."""
    claim = r.claim
    if (
        claim.kind in GROWING_KINDS
        and not other.exact
        and q.high is None
        and q.low is not None
        and not claim.cumulative
        and r.frame.short
        and not _past(r)
    ):
        return dataclasses.replace(q, ceiling=math.inf)
    return q


def said_earlier(r: _Reading) -> bool:
    """Whether `r`'s sentence says its figure was given before the report's own."""
    return r.claim.kind in GROWING_KINDS and _SAID_EARLIER.search(r.claim.sentence) is not None


def earlier_count(a: _Reading, qa: Quantity, b: _Reading, qb: Quantity) -> _Link | None:
    """An update when one side's figure is said to be earlier and the other's is larger;
    else None."""
    for early, qe, late, ql in ((a, qa, b, qb), (b, qb, a, qa)):
        if said_earlier(early) and not said_earlier(late):
            _, ehi = _bounds(qe)
            llo, _ = _bounds(ql)
            if ehi < llo:
                return _Link("update", 0.0, early, late, "grew_since_said")
    return None


def revised(late: _Reading) -> bool:
    """Whether the later figure's sentence says the count was revised."""
    return _REVISED.search(late.claim.sentence) is not None


def outpaced(early: _Reading, qe: Quantity, late: _Reading, ql: Quantity) -> _Link | None:
    """A conflict when `late` grew from `early` far past the pace `early` shows (its
    count over the days since its stated start); None when the growth fits, or when
    `early` shows no pace (no start, or fewer than MIN_PACE_DAYS of counting)."""
    start, told, later = early.frame.start, early.as_of, late.as_of
    if start is None or told is None or later is None or qe.low is None or ql.low is None:
        return None
    counted = (told - start).days + 1
    elapsed = (later - told).days
    if counted < MIN_PACE_DAYS or elapsed <= 0 or qe.low <= 0:
        return None
    pace = qe.low / counted
    growth = ql.low - (qe.high if qe.high is not None else qe.low)
    allowed = PACE_SLACK * pace * elapsed
    if growth <= allowed or ql.low <= qe.low * FAR_BEYOND:
        return None
    ratio = growth / allowed
    return _Link(
        "discrepancy",
        _severity(_ratio(growth, allowed)),
        early,
        late,
        "outpaced",
        ratio,
        f"{pace:.0f}",
    )
