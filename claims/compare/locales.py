"""The sub-area a claim's own sentence puts it in: "in the Bureij refugee camp", "in
Takengon, the capital of Central Aceh district". A count of such a sub-area counts that
camp's or town's people, whatever place the reading took from the article (its dateline,
an earlier sentence): beside another article's figure of the story's place it is a part
or another incident, never a rival figure."""

from __future__ import annotations

import re

from claims.compare.names import _plain
from claims.compare.places import _place
from claims.compare.reading import _Reading
from claims.lexicon.aliases import SEAT_WORDS, SUB_AREA_WORDS


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", "[ ]") for w in sorted(words, key=len, reverse=True)
    )


#: "in the Bureij refugee camp", "in Gaza City's Shati refugee camp" (the last name before
#: the noun is the sub-area), "in Takengon, the capital of".
_SUB_AREA = re.compile(
    rf"""
    \b(?:in|at|inside|near)[ ](?:the[ ])?
    (?:(?:[A-Z][\w-]*[ ]){{0,2}}[A-Z][\w-]*['’]s[ ])?   # "Gaza City's": the area's parent
    (?:
        (?P<area>[A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,2}})
        [ ](?:{_alternatives(SUB_AREA_WORDS)})\b
      |
        (?P<seat>[A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,2}})
        ,[ ]the[ ](?:{_alternatives(SEAT_WORDS)})[ ]of\b
    )
    """,
    re.VERBOSE,
)


def sub_area(reading: _Reading) -> str | None:
    """The sub-area `reading`'s sentence names, as places know it, when it is not the
    place the reading already has (then the place says it all); None when it names none."""
    match = _SUB_AREA.search(reading.claim.sentence)
    if match is None:
        return None
    name = _place(match.group("area") or match.group("seat"))
    if name is None or _same(name, reading.place):
        return None
    return name


def other_areas(a: _Reading, b: _Reading) -> bool:
    """Whether `a` and `b` are put in different sub-areas by their own sentences: one
    names a camp or a district's seat the other's neither names nor is placed in."""
    area_a, area_b = sub_area(a), sub_area(b)
    if area_a is None and area_b is None:
        return False
    if area_a is not None and area_b is not None:
        return not _same(area_a, area_b)
    area, other = (area_a, b) if area_a is not None else (area_b, a)
    return not _same(area, other.place)


def _same(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and _plain(x) == _plain(y)
