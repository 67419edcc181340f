"""Places: datelines and "Town, State" names of real news read as the place they are and
the places it lies in (the hand table, then the gazetteer: claims/gazetteer.py); exonyms;
what comparison makes of two places."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

import claims
from claims import gazetteer
from claims.compare.places import _contains, _outermost, _place
from claims.extract.location import dateline_place, read_dateline


def _chain(name: str | None) -> list[str | None]:
    chain = [name]
    while chain[-1] is not None and (outer := gazetteer.parent(chain[-1])) not in chain:
        if outer is None:
            break
        chain.append(outer)
    return chain


# GVC datelines (../shared/corpus/gvc), as their first line opens: place, then its parents.
GVC_DATELINES = [
    ("HOUSTON (AP) -- A man was shot and killed", ["Houston", "Texas", "United States"]),
    (
        "HUNTINGDON, Tenn. — Officials say a weekend shooting",
        ["Huntingdon, Tennessee", "Tennessee", "United States"],
    ),
    (
        "BAYTOWN -- Investigators frantically searched",
        ["Baytown, Texas", "Texas", "United States"],
    ),
    (
        "KENT, Wash. -- Kent police say four people",
        ["Kent, Washington", "Washington State", "United States"],
    ),
    (
        "LOWELL, Mass. — Police say five people have been treated for gunshot wounds",
        ["Lowell, Massachusetts", "Massachusetts", "United States"],
    ),
    ("ROCHESTER, N.Y. -- Four men shot", ["Rochester", "New York State", "United States"]),
    (
        "KING, N.C. — A 19-year-old man is accused",
        ["King, North Carolina", "North Carolina", "United States"],
    ),
    (
        "FOSSTON, Minn. (KFGO/KVRR) - A Polk County Sheriff's deputy",
        ["Fosston, Minnesota", "Minnesota", "United States"],
    ),
    (
        "INDIANAPOLIS, Ind. (Nov. 9, 2014) – A child shot",
        ["Indianapolis", "Indiana", "United States"],
    ),
    (
        "WEST VALLEY CITY — A 14-year-old girl was hospitalized",
        ["West Valley City, Utah", "Utah", "United States"],
    ),
    (
        "DISTRICT HEIGHTS, Md. — A student was shot",
        ["District Heights, Maryland", "Maryland", "United States"],
    ),
    (
        "SANTA FE (AP) – New Mexico Attorney General",
        ["Santa Fe, New Mexico", "New Mexico", "United States"],
    ),
    (
        "E. BERLIN - Tyler Alan Cop, 15, of E. Berlin",
        ["East Berlin, Pennsylvania", "Pennsylvania", "United States"],
    ),
    (
        "DAVIE, Fla. (WSVN) -- A 3-year-old boy shot his mother",
        ["Davie, Florida", "Florida", "United States"],
    ),
    (
        "DOUGLASVILLE, Ga. (AP) — A man shot six people",
        ["Douglasville, Georgia", "Georgia", "United States"],
    ),
    (
        "Augusta, GA – Three people were shot",
        ["Augusta, Georgia", "Georgia", "United States"],
    ),
]


@pytest.mark.parametrize(("sentence", "chain"), GVC_DATELINES)
def test_gvc_dateline_place_and_parents(sentence: str, chain: list[str]) -> None:
    dateline = read_dateline(sentence)
    assert dateline is not None
    assert _chain(dateline_place(dateline)) == chain


# Lines that open like a dateline and are none.
NOT_DATELINES = [
    "K-9 units and the Joint Aviation Unit's helicopter were used to look for them.",
    "WXYZ-TV says the Knights of the Round Table Van and Truck Club rented the hall.",
    "B-CU has added more security cameras and personnel.",
    "UPDATE: Police have named the victim.",
]


@pytest.mark.parametrize("sentence", NOT_DATELINES)
def test_not_a_dateline(sentence: str) -> None:
    assert read_dateline(sentence) is None


def test_a_country_dateline_names_no_local_place() -> None:
    dateline = read_dateline("GREECE — The government said")
    assert dateline is not None and dateline_place(dateline) is None


# A claim's place from "Town, State" in its sentence (GVC), with the town's parents.
GVC_STATED = [
    (
        "Six people were hospitalized after the shooting in Auburn, Calif.",
        "injuries",
        ["Auburn, California", "California", "United States"],
    ),
    (
        "Two men were shot and killed Saturday in Springfield, Mass., police said.",
        "deaths",
        ["Springfield, Massachusetts", "Massachusetts", "United States"],
    ),
    (
        "Police said three people were wounded in a shooting in Springfield, Ill.",
        "injuries",
        ["Springfield", "Illinois", "United States"],
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "chain"), GVC_STATED)
def test_stated_town_is_the_claims_place(sentence: str, kind: str, chain: list[str]) -> None:
    article = claims.extract(sentence, published=dt.date(2016, 9, 5))
    [claim] = [c for c in article.claims if c.kind == kind]
    assert _chain(claim.location) == chain


# Exonyms and spellings: one place, however news writes it.
EXONYMS = [
    ("Salonika", "Thessaloniki", "Greece"),
    ("Salonica", "Thessaloniki", "Greece"),
    ("Thessaloníki", "Thessaloniki", "Greece"),
    ("ST. LOUIS", "St. Louis, Missouri", "Missouri"),
    ("Saint Louis", "St. Louis, Missouri", "Missouri"),
    ("Ft. Lauderdale", "Fort Lauderdale, Florida", "Florida"),
]


@pytest.mark.parametrize(("written", "name", "parent"), EXONYMS)
def test_exonyms_and_spellings(written: str, name: str, parent: str) -> None:
    found = gazetteer.named_alone(written)
    assert found is not None and (found.name, found.parent) == (name, parent)


def test_comparison_takes_an_exonym_for_the_place() -> None:
    assert _place("Salonika") == _place("Thessaloniki") == "Thessaloniki"
    assert _contains("Greece", _place("Salonika"))
    assert _outermost(_place("Salonika")) == "Greece"


def test_comparison_puts_a_gazetteer_town_in_its_state() -> None:
    town = _place("Lancaster, Pennsylvania")
    assert _contains("Pennsylvania", town)
    assert _contains("United States", town)
    assert not _contains("California", town)
    assert _outermost(town) == "United States"


def test_a_name_is_several_places_the_biggest_first() -> None:
    lancasters = gazetteer.places("Lancaster")
    states = [p.parent for p in lancasters]
    assert {"California", "Pennsylvania", "Ohio", "United Kingdom"} <= set(states)
    assert states.index("California") < states.index("Pennsylvania")  # 160,000 to 59,000
    found = gazetteer.place("Lancaster", "Pennsylvania")
    assert found is not None and found.country == "United States"


def test_provinces_and_counties() -> None:
    aceh = gazetteer.place("Aceh")
    assert aceh is not None and (aceh.parent, aceh.kind) == ("Indonesia", "subdivision")
    county = gazetteer.place("Lancaster County", "Pennsylvania")
    assert county is not None and county.kind == "county"


def test_unknown_names_are_no_place() -> None:
    assert gazetteer.places("Kdka") == ()
    assert gazetteer.parent("Northwest Miami-Dade") is None


@pytest.mark.slow
def test_the_index_is_built_once_into_the_cache_and_read_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    gazetteer._connection.cache_clear()
    gazetteer.places.cache_clear()
    try:
        assert gazetteer.place("Mukilteo") is not None  # builds the file
        [built] = tmp_path.glob("gazetteer-*.sqlite")
        with sqlite3.connect(built) as connection:
            [(rows,)] = connection.execute("SELECT count(*) FROM place WHERE key = 'mukilteo'")
        assert rows == 1
        gazetteer._connection.cache_clear()
        gazetteer.places.cache_clear()
        found = gazetteer.place("Mukilteo")  # read back from the file
        assert found is not None and found.parent == "Washington State"
    finally:
        gazetteer._connection.cache_clear()
        gazetteer.places.cache_clear()


@pytest.mark.slow
def test_prepare_writes_the_cache_file_and_keeps_no_connection(tmp_path, monkeypatch) -> None:
    """What `claimcheck serve` and `worker` call before they fork: the file is ready for
    every worker, and no SQLite connection is left open to cross the fork."""
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    gazetteer._connection.cache_clear()
    try:
        assert gazetteer.prepare() is True
        [built] = tmp_path.glob("gazetteer-*.sqlite")
        assert gazetteer._connection.cache_info().currsize == 0
        stamp = built.stat().st_mtime_ns
        assert gazetteer.prepare() is True  # already there: not built again
        assert built.stat().st_mtime_ns == stamp
    finally:
        gazetteer._connection.cache_clear()
        gazetteer.places.cache_clear()


def test_prepare_says_so_where_no_cache_can_be_written(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(blocked / "cache"))
    assert gazetteer.prepare() is False


# ECB+ (../shared/corpus/ecbplus): camps and towns the gazetteer puts only in their
# country, from the hand table, inside the strip they are in.
ECB_DISTRICTS = [
    (
        "The Israeli attack on the Fakhora school in the northern town of Jabaliya, which "
        "also wounded around 100 people, was the deadliest single strike of the offensive "
        "so far.",
        "injuries",
        ["Jabaliya", "Gaza", "Palestine"],
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "chain"), ECB_DISTRICTS)
def test_ecb_camp_is_inside_its_strip(sentence: str, kind: str, chain: list[str]) -> None:
    article = claims.extract(sentence, published=dt.date(2013, 7, 3))
    locations = {c.location for c in article.claims if c.kind == kind}
    assert locations == {chain[0]}
    assert _chain(chain[0]) == chain


def test_a_gazetteer_country_is_the_hand_tables() -> None:
    found = gazetteer.place("Khan Yunis")
    assert found is not None and found.country == "Palestine"
    prague = gazetteer.place("Prague")
    assert prague is not None and prague.country == "Czech Republic"
