"""Groups: the claims findings join, each with a label, the worst status among its
findings, and a consensus (what every claim of the group allows)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claims.compare.align import _near
from claims.compare.explain import _label
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import RELATION_RANK
from claims.compare.unionfind import _find, _union
from claims.compare.units import _in_unit
from claims.compare.values import _ceiling
from claims.model import DateInterval, Group, Quantity


def _groups(
    readings: Sequence[_Reading], links: Sequence[_Link]
) -> tuple[tuple[Group, ...], dict[int, str]]:
    """Claims joined by findings, worst status first; and each grouped claim's group id.

    Only claims that some finding relates are grouped: a group always holds claims of
    at least two articles, and a claim no other article speaks to stays in `claims`.
    """
    parent = list(range(len(readings)))
    for link in links:
        _union(parent, link.first.order, link.second.order)
    members: dict[int, list[int]] = defaultdict(list)
    for link in links:
        for order in (link.first.order, link.second.order):
            members[_find(parent, order)].append(order)
    worst: dict[int, str] = {}
    links_of: dict[int, list[_Link]] = defaultdict(list)
    for link in links:
        root = _find(parent, link.first.order)
        links_of[root].append(link)
        if root not in worst or RELATION_RANK[link.relation] < RELATION_RANK[worst[root]]:
            worst[root] = link.relation
    roots = sorted(members, key=lambda root: (RELATION_RANK[worst[root]], min(members[root])))
    groups = []
    group_of: dict[int, str] = {}
    for n, root in enumerate(roots, start=1):
        orders = sorted(set(members[root]))
        claims = [readings[o] for o in orders]
        gid = f"g{n}"
        for o in orders:
            group_of[o] = gid
        groups.append(
            Group(
                id=gid,
                kind=claims[0].claim.kind,
                label=_label(claims),
                claim_ids=tuple(r.claim.id for r in claims),
                status=worst[root],
                consensus=_consensus(claims, links_of[root]),
            )
        )
    return tuple(groups), group_of


def _consensus(
    claims: Sequence[_Reading], links: Sequence[_Link]
) -> Quantity | DateInterval | None:
    """What every claim of the group allows: the intersection of their intervals (for a
    growing toll, of the latest reports), or None when they exclude one another."""
    if claims[0].claim.kind == "event":
        return _days_consensus(claims)
    return _figure_consensus(claims, links)


def _days_consensus(claims: Sequence[_Reading]) -> DateInterval | None:
    """The days every dated claim of an event group allows."""
    days = [c.claim.date for c in claims if c.claim.date is not None and c.claim.date.resolved]
    if not days:
        return None
    start = max(d.start for d in days if d.start is not None)
    end = min(d.end for d in days if d.end is not None)
    if start > end:
        return None
    return DateInterval(start, end, "day" if start == end else "range")


def _figure_consensus(claims: Sequence[_Reading], links: Sequence[_Link]) -> Quantity | None:
    """The figure every claim of a group allows (of the wholes; of the latest reports of
    a grown toll), in the first claim's unit."""
    # a part fits its whole ("a man was killed" in "four people were killed"): what the
    # group agrees on is the whole
    parts = {k.first.order for k in links if k.reason == "fits"}
    claims = [c for c in claims if c.order not in parts] or list(claims)
    dated = [c.as_of for c in claims if c.as_of is not None]
    if dated and any(k.relation == "update" for k in links):
        # an update between undated reports ("The UN said earlier ... 30 dead") has no
        # latest report date to keep
        latest = max(dated)
        claims = [c for c in claims if c.as_of is not None and _near(c.as_of, latest)]
    unit = claims[0].claim.value.unit if claims[0].claim.value else None
    values = [_in_unit(c.claim.value, unit) for c in claims if c.claim.value is not None]
    if any(v is None for v in values) or not values:
        return None
    lows = [v.low for v in values if v is not None and v.low is not None]
    highs = [v.high for v in values if v is not None and v.high is not None]
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    if low is not None and high is not None and low > high:
        return None
    ceilings = [c for v in values if v is not None and (c := _ceiling(v)) is not None]
    exact = low is not None and low == high
    return Quantity(
        low=low,
        high=high,
        best=low if exact else None,
        unit=unit,
        exact=exact,
        bound=high is None and low is not None,
        ceiling=min(ceilings) if high is None and ceilings else None,
    )
