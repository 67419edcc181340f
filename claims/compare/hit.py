"""Everyone hit: an early report's count of the people shot or taken to hospital counts
the dead among them too, when that report states no dead of its own ("the three victims
were taken to the hospital"); a later report splits the same people into dead and
wounded ("1 dead, 2 hurt"). The larger count is then the wounded and the dead together,
not a rival of the wounded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claims.compare.link import _Link
from claims.compare.reading import _Reading


def dead_told(readings: Sequence[_Reading]) -> dict[str, tuple[float, ...]]:
    """Each article's figures of the dead (its deaths claims' readings), by article id."""
    out: dict[str, set[float]] = {}
    for r in readings:
        q = r.claim.value
        if r.claim.kind == "deaths" and q is not None and q.best is not None and not q.vague:
            out.setdefault(r.claim.article_id, set()).add(q.best)
    return {article: tuple(sorted(figures)) for article, figures in out.items()}


def counted_with_the_dead(link: _Link, dead: Mapping[str, tuple[float, ...]]) -> _Link:
    """`link` as "consistent" when it sets an injured count against a larger one that
    its article, telling no dead, gives for everyone hit: the smaller count's own
    article tells dead that make up the difference (ECB+ 18_ecbplus: "two wounded" and
    "1 dead" against "the three victims were taken to the hospital")."""
    if link.relation != "discrepancy" or link.first.claim.kind != "injuries":
        return link
    qa, qb = link.first.claim.value, link.second.claim.value
    if qa is None or qb is None or qa.best is None or qb.best is None or qa.best == qb.best:
        return link
    wounded, hit = (link.first, link.second) if qa.best < qb.best else (link.second, link.first)
    if hit.claim.article_id in dead or not _exact(hit) or not _exact(wounded):
        return link
    gap = hit.claim.value.best - wounded.claim.value.best  # type: ignore[union-attr,operator]
    if gap not in dead.get(wounded.claim.article_id, ()):
        return link
    return _Link("consistent", 0.0, wounded, hit, "with_dead", detail=f"{gap:g}")


def _exact(r: _Reading) -> bool:
    q = r.claim.value
    return q is not None and q.exact and not q.bound and not q.approximate
