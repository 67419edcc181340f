"""Facts: the claims of several articles about one thing, and how they stand together.

A fact is one thing counted (or one happening dated) for one incident, place and time. Its
mentions are the claims that the relations join as "the same thing" (agree, consistent,
update, or in conflict); a claim that counts a part of another ("fits", or a part that
"exceeds" its whole) belongs to a fact of its own, `part_of` the whole's. A fact's status is
its worst relation. One disagreement is one conflict, however many copies or mentions carry
it: conflicts are kept once per pair of readings (the two figures or dates in dispute), the
most severe link standing for the rest, and so are the discrepancy findings; agreements
stay one finding per pair (the report shows them one line per fact).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from claims.compare.explain import _label
from claims.compare.groups import _consensus
from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import AGE_SUBJECT, RELATION_RANK
from claims.compare.unionfind import _find, _union
from claims.model import Conflict, Fact

#: Relations a part has with its whole: they put the part in a fact of its own.
PART_REASONS = frozenset({"fits", "exceeds"})
#: A fact's status from its worst relation ("discrepancy" is a fact in conflict).
STATUS_OF_RELATION = {
    "discrepancy": "conflict",
    "update": "update",
    "consistent": "consistent",
    "agree": "agree",
}


def facts(
    readings: Sequence[_Reading], links: Sequence[_Link], explain: Callable[[_Link], str]
) -> tuple[tuple[Fact, ...], list[_Link]]:
    """The facts the links make, worst first, and the links the findings keep.

    `links` come sorted worst first; `explain(link) -> str` says a conflict in one line.
    """
    parent = list(range(len(readings)))
    for link in links:
        if link.reason not in PART_REASONS:
            _union(parent, link.first.order, link.second.order)
    members: dict[int, set[int]] = defaultdict(set)
    for link in links:
        for order in (link.first.order, link.second.order):
            members[_find(parent, order)].add(order)
    kept, conflicts_of, links_of = _kept_links(links, parent)
    # a whole whose only links are its parts' has no relation of its own: consistent
    worst = {
        root: min(
            (k.relation for k in links_of[root]),
            key=RELATION_RANK.__getitem__,
            default="consistent",
        )
        for root in members
    }
    roots = sorted(members, key=lambda root: (RELATION_RANK[worst[root]], min(members[root])))
    fact_id = {root: f"F{n}" for n, root in enumerate(roots, start=1)}
    part_of = _parts(links, parent, fact_id)
    out = []
    for root in roots:
        orders = sorted(members[root])
        claims = [readings[o] for o in orders]
        status = STATUS_OF_RELATION[worst[root]]
        out.append(
            Fact(
                id=fact_id[root],
                kind=claims[0].claim.kind,
                label=_label(claims),
                status=status,
                consensus=_consensus(claims, links_of[root]),
                mention_ids=tuple(r.claim.id for r in claims),
                conflicts=tuple(
                    Conflict(
                        claim_ids=(k.first.claim.id, k.second.claim.id),
                        severity=k.severity,
                        explanation=explain(k),
                    )
                    for k in conflicts_of[root]
                ),
                part_of=part_of.get(root),
            )
        )
    return tuple(out), kept


def _reading_key(r: _Reading) -> tuple[object, ...]:
    """What a mention says, as a conflict tells readings apart: its figure or its days."""
    claim = r.claim
    if claim.value is not None:
        return (claim.value.low, claim.value.high, claim.value.unit)
    if claim.date is not None and claim.date.resolved:
        # the days: "on Thursday" and "on 10 Nov" told of one Thursday are one reading
        return (claim.date.start, claim.date.end)
    if claim.date is not None:
        return (claim.date.month, claim.date.day)
    return (claim.text,)


def _kept_links(links: Sequence[_Link], parent: list[int]):
    """The links the findings keep (every agreement, each disagreement once: one link per
    fact and pair of readings in conflict); the conflicts and the links of each fact.

    Readings that agree among themselves (agree, consistent, update: "Howard, 31" in
    March 2015 and "Howard, 32" at his 2016 sentencing, GVC 281039) are one side: a
    reading at odds with both ("Howard, 21") is one disagreement, told by its link to the
    side's reading nearest in time."""
    side = list(range(len(parent)))
    for link in links:
        if link.relation != "discrepancy":
            _union(side, link.first.order, link.second.order)
    candidates: dict[tuple[object, ...], list[_Link]] = defaultdict(list)
    for link in links:  # worst first: the most severe link stands for copies
        if link.relation == "discrepancy":
            candidates[_conflict_key(link, parent, side)].append(link)
    standing = {id(_standing(found, parent)) for found in candidates.values()}
    seen: set[tuple[object, ...]] = set()
    kept: list[_Link] = []
    conflicts_of: dict[int, list[_Link]] = defaultdict(list)
    links_of: dict[int, list[_Link]] = defaultdict(list)
    for link in links:
        root = _find(parent, link.first.order)  # for a part's link, the part's fact
        links_of[root].append(link)
        if link.relation != "discrepancy":
            kept.append(link)
            continue
        told = _readings_key(link, parent)
        if id(link) in standing and told not in seen:
            seen.add(told)  # the same two readings again, from copies or other mentions
            kept.append(link)
            conflicts_of[root].append(link)
    return kept, conflicts_of, links_of


def _readings_key(link: _Link, parent: list[int]) -> tuple[object, ...]:
    pair = frozenset((_reading_key(link.first), _reading_key(link.second)))
    return (_find(parent, link.first.order), _find(parent, link.second.order), pair)


def _conflict_key(link: _Link, parent: list[int], side: list[int]) -> tuple[object, ...]:
    """One disagreement: the fact, and the two readings in dispute (for a person's age,
    the two sides of agreeing readings: one man's ages told a birthday apart are one
    side); copies and other mentions of the same two give the same key. Tolls keep a
    conflict per reading: the archive lists each earlier article a new toll contradicts."""
    first, second = link.first.order, link.second.order
    facts = (_find(parent, first), _find(parent, second))
    sides = (_find(side, first), _find(side, second))
    if sides[0] != sides[1] and link.first.claim.subject == AGE_SUBJECT:
        return (*facts, frozenset(sides))
    return _readings_key(link, parent)


def _standing(found: list[_Link], parent: list[int]) -> _Link:
    """The link that tells one disagreement: the most severe, unless the agreeing side
    gives other figures at other times (31, then 32 a birthday on), when the figure of
    the odd report's own weeks is the one it is held against."""
    if len({_figures(link) for link in found}) == 1:
        return found[0]  # one figure against one ("2", "two-year-old" against "3")
    return min(found, key=_told_apart)  # the first of the nearest: min keeps order


def _figures(link: _Link) -> frozenset[object]:
    """The two figures (or readings) of a link, whatever the unit words."""
    values = (link.first.claim.value, link.second.claim.value)
    if values[0] is not None and values[1] is not None:
        return frozenset((values[0].best, values[1].best))
    return frozenset((_reading_key(link.first), _reading_key(link.second)))


def _told_apart(link: _Link) -> int:
    """Days between the two reports of a link (0 when one is undated)."""
    a, b = link.first.as_of, link.second.as_of
    return abs((a - b).days) if a is not None and b is not None else 0


def _parts(links: Sequence[_Link], parent: list[int], fact_id: dict[int, str]) -> dict[int, str]:
    """Each part fact's whole: the fact of the first claim it fits within."""
    out: dict[int, str] = {}
    for link in links:
        if link.reason in PART_REASONS:
            part, whole = _find(parent, link.first.order), _find(parent, link.second.order)
            if part != whole and part not in out:
                out[part] = fact_id[whole]
    return out
