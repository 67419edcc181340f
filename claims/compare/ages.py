"""One person's age in two reports: the same, a birthday or two later, or a slip.

Extraction names the person an age belongs to when the sentence does ("Angela D. Harrison,
35", "52-year-old Linda Perez"); ages meet only by person, never as counts of a whole."""

from __future__ import annotations

import datetime as dt
import math

from rapidfuzz import fuzz

from claims.compare.link import _Link
from claims.compare.names import _plain
from claims.compare.reading import _days, _Reading
from claims.compare.settings import ACTOR_MATCH
from claims.compare.values import _ratio, _severity


def _same_person(a: str, b: str) -> bool:
    """Two names of one surname are one person unless both give first names that differ:
    "Harrison" = "Angela D. Harrison"; "Angela Harrison" = "A. Harrison"; "Mondale Goens"
    is not "Kalif Goens"."""
    first_a, first_b = _plain(a).split()[:-1], _plain(b).split()[:-1]
    if not first_a or not first_b:
        return True
    x, y = first_a[0], first_b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= ACTOR_MATCH


def _relate_ages(a: _Reading, b: _Reading) -> _Link | None:
    """ "Adams, 27" in 2015 and "Adams, 29" at his 2017 plea are one man two years on;
    "Sharp, 36" and "Sharp, 26" cannot both be right."""
    qa, qb = a.claim.value, b.claim.value
    if qa is None or qb is None or qa.best is None or qb.best is None:
        return None
    if not _same_person(a.claim.actors[0], b.claim.actors[0]):
        return None
    early, late = (a, b) if (a.as_of or dt.date.min) <= (b.as_of or dt.date.min) else (b, a)
    age_early = early.claim.value.best  # type: ignore[union-attr]
    age_late = late.claim.value.best  # type: ignore[union-attr]
    if age_early == age_late:
        return _Link("agree", 0.0, a, b, "same")
    years = _days(early.as_of, late.as_of) / 365.25
    if 0 < age_late - age_early <= math.ceil(years):
        return _Link("update", 0.0, early, late, "older", detail=f"{years:.1f}")
    ratio = _ratio(max(age_early, age_late), min(age_early, age_late))
    return _Link("discrepancy", _severity(ratio), a, b, "age_gap", ratio=ratio)
