"""Claims and findings said more than once: a sentence an article repeats, a claim every
copy of a wire story carries unchanged. One of them stands for the rest."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from claims.compare.link import _Link
from claims.compare.reading import _Reading
from claims.compare.settings import COLLAPSE_COPIES
from claims.model import Claim


def _repeats(claims: Sequence[tuple[Claim, str]]) -> set[int]:
    """Positions of claims an article repeats word for word in the same sentence (a
    photo caption printed once per image, a paragraph a page carries twice): the first
    stands for them, so one slip is not reported five times."""
    seen: set[tuple[str, str, str, str]] = set()
    repeats: set[int] = set()
    for order, (claim, _) in enumerate(claims):
        key = (claim.article_id, claim.kind, claim.text, claim.sentence)
        if key in seen:
            repeats.add(order)
        seen.add(key)
    return repeats | _inside_others(claims)


#: The end of a longer count's words just before a figure that names a thing: a
#: capitalised word ("Six AK 47 rifles", "three USB 2.0 ports", "Big 12/Pac 10").
_NAME_BEFORE = re.compile(
    r"""
    \b[a-z]{0,10}[A-Z][A-Za-z]{0,10}[ -]$
    """,
    re.VERBOSE,
)


def _inside_others(claims: Sequence[tuple[Claim, str]]) -> set[int]:
    """Positions of counts read inside another count's words, whose figure is part of a
    name: "47 rifles" in "Six AK 47 rifles" is the rifle's name, not a second count of
    rifles (the longer span stands). The whole of "three of the six people" or "29 of 34
    passes" is a count of its own: the word before it is no name."""
    spans: defaultdict[tuple[str, bool], list[tuple[int, int, int]]] = defaultdict(list)
    for order, (claim, _) in enumerate(claims):
        if claim.kind == "count":
            spans[(claim.article_id, claim.in_title)].append((claim.start, -claim.end, order))
    inside: set[int] = set()
    for members in spans.values():
        members.sort()
        reach = None  # the span reaching furthest so far: (start, end, order)
        for start, neg_end, order in members:
            end = -neg_end
            if reach is not None and end <= reach[1] and (start, end) != reach[:2]:
                outer = claims[reach[2]][0]
                if _NAME_BEFORE.search(outer.text[: start - reach[0]]):
                    inside.add(order)
            if reach is None or end > reach[1]:
                reach = (start, end, order)
    return inside


#: A definite article just before a figure: "The two teens were gunned down" names a
#: group the article has counted already.
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he[ ]$")

#: What an earlier figure of the group may have counted: a toll, or a count of people or
#: of what happened to them.
_GROUP_KINDS = frozenset({"deaths", "injuries", "count"})


def back_references(claims: Sequence[tuple[Claim, str]]) -> set[int]:
    """Positions of counts that name a group the article has already counted: "two
    high-profile murders" then "The two teens were gunned down" (a verb that does not say
    whether they died) is the murdered teens again, not a second count of teens shot.
    Such a count may agree with another article's, but it is no rival figure."""
    counted: set[tuple[str, bool, float | None]] = set()
    out: set[int] = set()
    in_text = sorted(enumerate(claims), key=lambda item: (item[1][0].article_id, item[1][0].start))
    for order, (claim, _) in in_text:
        if claim.kind not in _GROUP_KINDS or claim.value is None:
            continue
        group = (claim.article_id, claim.in_title, claim.value.low)
        at = claim.sentence.find(claim.text)
        if (
            claim.kind == "count"
            and group in counted
            and at > 0
            and _DEFINITE_BEFORE.search(claim.sentence[:at])
        ):
            out.add(order)
        counted.add(group)
    return out


def _said_once(
    links: Sequence[_Link],
    readings: Sequence[_Reading],
    copies: dict[str, int],
    dated: set[str],
) -> list[_Link]:
    """The findings with those repeated by copies of one wire story said once.

    A claim every copy carries unchanged (same words, figure, context and date) stands
    for all of them: "230,000" in six copies against "170,000" elsewhere is one finding,
    not six. The copy that stands for the others is the best-sourced: one that gives its
    own date (metadata or dateline), then the first. Groups still hold every copy's
    claim; copies that differ keep their own findings ("one copy was changed").
    """
    carried: dict[tuple[object, ...], list[int]] = defaultdict(list)
    representative: dict[int, int] = {r.order: r.order for r in readings}
    for r in sorted(readings, key=lambda r: (r.claim.article_id not in dated, r.order)):
        story = copies.get(r.claim.article_id)
        if story is not None:
            c = r.claim
            signature = (story, c.kind, c.text.casefold(), c.value, c.date, c.time_scope)
            signature += (r.subject, r.event, r.place, r.actors, r.frame)
            carried[signature].append(r.order)
    size = Counter(copies.values())
    for signature, orders in carried.items():
        if size[signature[0]] >= COLLAPSE_COPIES:
            for o in orders:
                representative[o] = orders[0]
    best: dict[tuple[object, ...], tuple[int, int]] = {}
    for n, link in enumerate(links):
        ends = (link.first.order, link.second.order)
        stand_ins = sorted(representative[o] for o in ends)
        if stand_ins[0] == stand_ins[1]:
            key: tuple[object, ...] = ("between copies", n)
        else:
            key = (link.relation, *stand_ins)
        rank = (sum(representative[o] != o for o in ends), n)
        if key not in best or rank < best[key]:
            best[key] = rank
    return [links[n] for n in sorted(n for _, n in best.values())]
