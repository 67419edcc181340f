"""An article's own structure: which of its figures is its reading of the whole.

An article that gives a district's toll beside the total, one family's dead beside the
day's, or an earlier incident's beside this one's, states the whole in its largest figure
of that block and report date; its smaller figures count parts of something. Only the
whole is held against other articles' wholes: a part and another story's total are not
rivals (Aceh 2013: "10 people" in Central Aceh beside "24" in all)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from types import MappingProxyType

from claims.compare.blocking import _block
from claims.compare.reading import _Reading
from claims.compare.settings import PART_KINDS


def _secondary(
    readings: Sequence[_Reading], skip: Set[int] = frozenset()
) -> Mapping[int, str | None]:
    """Positions of the figures an article gives beside a larger one of the same block
    and report date, each with the place of that larger figure (the article's whole);
    the positions in `skip` (repeats, counts read inside another's words) are none."""
    largest: dict[tuple[object, ...], tuple[float, _Reading]] = {}
    keyed = []
    for r in readings:
        if r.order in skip:
            continue
        value, block = r.claim.value, _block(r)
        if block is None or value is None or r.claim.kind not in PART_KINDS:
            continue
        size = value.low if value.low is not None else value.high
        if size is None:
            continue
        key = (r.claim.article_id, block, r.as_of)
        if key not in largest or size > largest[key][0]:
            largest[key] = (size, r)
        keyed.append((r.order, key, size))
    return MappingProxyType(
        {order: largest[key][1].place for order, key, size in keyed if size < largest[key][0]}
    )


def _part_named_apart(a: _Reading, b: _Reading, secondary: Mapping[int, str | None]) -> bool:
    """Whether a secondary figure meets `b` as a part meets a part of one named place:
    both name it, and each secondary side names a place other than its article's whole's
    (Central Aceh's toll beside Aceh's), or both are secondary."""
    if not _same_named_place(a, b):
        return False
    if a.order in secondary and b.order in secondary:
        return True
    side = a if a.order in secondary else b
    whole_place = secondary[side.order]
    return whole_place is None or whole_place.casefold() != (side.place or "").casefold()


def _same_named_place(a: _Reading, b: _Reading) -> bool:
    """Whether both claims name one place: then a part meets a part of the same place."""
    return a.place is not None and b.place is not None and a.place.casefold() == b.place.casefold()
