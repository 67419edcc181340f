"""Places as the places lexicon and the gazetteer know them: canonical names, which
place lies in which, the country a place is in, and how deep it sits."""

from __future__ import annotations

from types import MappingProxyType

from claims import gazetteer
from claims.compare.names import _plain
from claims.lexicon import aliases
from claims.lexicon.places import PLACE_ALIASES, PLACES

#: every spelling comparison accepts for a place -> the name PLACES knows it by
_PLACE_INDEX = MappingProxyType(
    {
        **{_plain(name): name for name in PLACES},
        **{_plain(parent): parent for parent in PLACES.values() if parent},
        **{_plain(variant): name for variant, name in PLACE_ALIASES.items()},
    }
)


def _place(name: str | None) -> str | None:
    if not name or not name.strip():
        return None
    key = _plain(name)
    canonical = aliases.NAME_ALIASES.get(key, name.strip())
    known = _PLACE_INDEX.get(_plain(canonical))
    if known is not None:
        return known
    found = gazetteer.place(canonical) if ", " not in canonical else None
    if found is not None and found.country != gazetteer.UNITED_STATES:
        return found.name  # an exonym or a spelling: "Salonika" is Thessaloniki
    return canonical


def _parent(place: str) -> str | None:
    return gazetteer.parent(place)


def _contains(outer: str, inner: str) -> bool:
    """Whether the places lexicon puts `inner` inside `outer` (Homs in Syria)."""
    seen = {inner}
    place = _parent(inner)
    while place is not None and place not in seen:
        if place.casefold() == outer.casefold():
            return True
        seen.add(place)
        place = _parent(place)
    return False


def _outermost(place: str | None) -> str | None:
    seen: set[str] = set()
    while place is not None and place not in seen:
        seen.add(place)
        parent = _parent(place)
        if parent is None:
            return place
        place = parent
    return place


def _depth(place: str | None) -> int:
    depth, seen = 0, set()
    while place is not None and place not in seen:
        seen.add(place)
        place = _parent(place)
        depth += 1
    return depth
