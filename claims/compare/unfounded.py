"""Discrepancies the report does not stand behind: a pair the relation rules call in
conflict, where what each claim counts is not shown to be one thing.

Each rule was measured on the readers' answer keys (`python bench/judged.py`):

- a count with no verb beside it on a side ("five houses" beside "40 houses"): which
  happening each counts is unsaid; such counts may still agree ("2,000 tents"); a
  seizing verb of the count's list is its verb (`names._list_verb`: "Six AK 47 rifles,
  12 magazines and 300 rounds ... were seized"); two counts of one haul disagree only
  of one thing named alike: a haul lists kinds of one thing apart ("12 AK 47 guns, three
  rifles" beside "seven AK-47 assault rifles, two other rifles");
- a duration of nothing named on a side: what lasted cannot be told the same;
- a same-scope conflict where a side is a figure its article gives beside a larger one of
  the block (a district's, a family's: `headline._secondary`), unless both name one place
  as the part's own (both sides such figures, or a place other than its whole's: Central
  Aceh's toll beside Aceh's); "Gaza" said of the Khan Younis school's two dead and of the
  Jabaliya school's thirty is the story's place, not the part's;
- a figure its own sentence puts in a sub-area (a camp, a district, a district's seat:
  `locales`) that the other side's sentence neither names nor is placed in: "at least
  five dead" in the Bureij refugee camp beside the Jabaliya school's 42, "10 houses" in
  Takengon beside 40 in the whole quake zone;
- a side that names a group its article has counted already ("The two teens were gunned
  down" after "two high-profile murders": `repeats.back_references`): what it counts
  was said before, not by its own words;
- a headline's terse toll ("5 DEAD", the gunman too): it speaks through its body.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from claims.compare.headline import _part_named_apart
from claims.compare.link import _Link
from claims.compare.locales import other_areas
from claims.compare.names import SEIZED
from claims.compare.settings import SAME_SCOPE_CONFLICTS


def unfounded(
    link: _Link, secondary: Mapping[int, str | None], echoes: Set[int] = frozenset()
) -> bool:
    """Whether `link` is a discrepancy the report leaves out (see the module's rules);
    `secondary`: the positions of figures their article gives beside a larger one, with
    the place of that larger one; `echoes`: the positions of counts naming a group their
    article counted before."""
    a, b = link.first, link.second
    if link.reason in SAME_SCOPE_CONFLICTS and (a.order in secondary or b.order in secondary):
        if not _part_named_apart(a, b, secondary):
            return True
    if link.relation != "discrepancy":
        return False
    kind = a.claim.kind
    return (
        (kind == "count" and not (a.event and b.event))
        or (kind == "count" and a.event == SEIZED and a.subject != b.subject)
        or (kind == "duration" and not (a.claim.subject and b.claim.subject))
        or a.claim.in_title
        or b.claim.in_title
        or a.order in echoes
        or b.order in echoes
        or other_areas(a, b)
    )
