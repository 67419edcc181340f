"""An article's own structure: which of its figures is its reading of the whole.

An article that gives a district's toll beside the total, one family's dead beside the
day's, or an earlier incident's beside this one's, states the whole in its largest figure
of that block and report date; its smaller figures count parts of something. Only the
whole is held against other articles' wholes: a part and another story's total are not
rivals (Aceh 2013: "10 people" in Central Aceh beside "24" in all)."""

from __future__ import annotations

from collections.abc import Sequence

from claims.compare.blocking import _block
from claims.compare.reading import _Reading
from claims.compare.settings import PART_KINDS


def _secondary(readings: Sequence[_Reading]) -> frozenset[int]:
    """Positions of the figures an article gives beside a larger one of the same block
    and report date."""
    largest: dict[tuple[object, ...], float] = {}
    keyed = []
    for r in readings:
        value, block = r.claim.value, _block(r)
        if block is None or value is None or r.claim.kind not in PART_KINDS:
            continue
        size = value.low if value.low is not None else value.high
        if size is None:
            continue
        key = (r.claim.article_id, block, r.as_of)
        largest[key] = max(largest.get(key, size), size)
        keyed.append((r.order, key, size))
    return frozenset(order for order, key, size in keyed if size < largest[key])


def _same_named_place(a: _Reading, b: _Reading) -> bool:
    """Whether both claims name one place: then a part meets a part of the same place."""
    return a.place is not None and b.place is not None and a.place.casefold() == b.place.casefold()
