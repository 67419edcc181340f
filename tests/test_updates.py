"""When a toll told twice is an update, a reading of the other, or a conflict (issue 9, item 3).

Rows of real sentences are read by `claims.extract` and checked by `claims.check`, grouped
by the cluster they come from (ECB+ 37_ecbplus: the 2 Jul 2013 Aceh quake, AP and AFP
copy; ECB+ 41_ecb: the 6 Jan 2009 Jabaliya school shelling, AP copy). Rows of hand-made
claims (as extraction should read them) pin the rules extraction cannot reach yet: the pace
of a running total with a stated start, and a toll the text says was revised.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import claims
from claims.compare import compare
from claims.model import Article, Claim, DateInterval, Quantity

JUL2 = dt.date(2013, 7, 2)


def findings(first: str, second: str, published: dt.date | None = JUL2):
    """The (relation, explanation) of every finding between two one-sentence articles."""
    a = claims.extract(first, published=published, article_id="a", source="AP")
    b = claims.extract(second, published=published, article_id="b", source="AFP")
    return [(f.relation, f.explanation) for f in claims.check([a, b]).findings]


# ------------------------------------------------------------ ECB+ 37_ecbplus (Aceh, AP/AFP)

AP_FIVE = (
    "A strong earthquake struck off Indonesia's Aceh province on Tuesday, damaging houses"
    " and injuring at least five people."
)
AFP_FIFTY = (
    "A strong 6.1-magnitude earthquake struck Indonesia's northwestern province of Aceh"
    " today, causing buildings to collapse and injuring at least 50 people."
)
AP_DOZENS = (
    "No tsunami warnings were issued following the quake in Aceh on Tuesday, which injured"
    " dozens and damaged several houses in Takengon, the capital of Central Aceh district,"
    " AP reported."
)
AP_TEN_HOUSES = (
    "At least five people were reportedly injured and 10 houses were damaged in Takengon on"
    " Tuesday, said Sutopo Purwo Nugroho."
)

ACEH = [
    pytest.param(AP_FIVE, AFP_FIFTY, "at least 50 people", id="two early floors the same day"),
    pytest.param(AP_FIVE, AP_DOZENS, "dozens", id="a floor and a vague word the same day"),
    pytest.param(AP_TEN_HOUSES, AP_DOZENS, "several houses", id="a vague word's edge"),
]


@pytest.mark.parametrize(("first", "second", "quoted"), ACEH)
def test_early_counts_of_one_day_are_not_conflicts(first: str, second: str, quoted: str) -> None:
    found = findings(first, second)
    assert not [e for r, e in found if r == "discrepancy"]
    assert any(quoted in e for r, e in found if r == "consistent")


# ------------------------------------------------------------ ECB+ 41_ecb (Jabaliya, AP)

AP_EARLIER = (
    "Shifa Hospital, Gaza's main medical center, said 40 people were killed in the Jabaliya"
    " school on Tuesday. The UN said earlier that it had confirmed 30 dead and 55 wounded,"
    " 15 critically."
)
UN_FORTY = (
    "The Israeli shelling of the Jabaliya school in Gaza on Tuesday killed 40 people, the UN said."
)


def test_a_figure_said_to_be_earlier_is_updated_not_contradicted() -> None:
    found = findings(AP_EARLIER, UN_FORTY, published=None)
    assert not [e for r, e in found if r == "discrepancy"]
    (update,) = [e for r, e in found if r == "update"]
    assert '"30 dead"' in update and "earlier count" in update and "from 30 to 40" in update


# ------------------------------------------------------------ hand-made: pace and revisions

JAN6, JAN7, JAN8 = dt.date(2009, 1, 6), dt.date(2009, 1, 7), dt.date(2009, 1, 8)
SINCE_DEC27 = {
    "time_scope": "since December 27",
    "scope_date": DateInterval(dt.date(2008, 12, 27), dt.date(2008, 12, 27)),
}


def toll(text: str, low: float, high: float | None, as_of: dt.date, **context: object) -> Claim:
    """A Palestinian death toll in Gaza told on `as_of`, a running total unless `context`
    says else."""
    fields: dict[str, object] = {"kind": "deaths", "location": "Gaza", "cumulative": True}
    fields.update(context)
    value = Quantity(low, high, low, exact=low == high, bound=high is None)
    return Claim(
        id="",
        article_id="",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        value=value,
        as_of=as_of,
        **fields,
    )  # type: ignore[arg-type]


def relate(a: Claim, b: Claim):
    """The one finding between claim `a` (article 001) and claim `b` (article 002)."""
    articles = [
        Article(
            id=aid, text=c.sentence, claims=(dataclasses.replace(c, id=f"{aid}:0", article_id=aid),)
        )
        for aid, c in (("001_a", a), ("002_b", b))
    ]
    (finding,) = compare(articles).findings
    return finding


PACE = [
    pytest.param(
        toll("more than 600", 601, None, JAN6, **SINCE_DEC27),
        toll("more than 1,100", 1101, None, JAN7, **SINCE_DEC27),
        "update",
        "grew",
        id="Gaza: 600 in 11 days, then 1,100 a day on",
    ),
    pytest.param(
        toll("more than 600", 601, None, JAN6, **SINCE_DEC27),
        toll("more than 6,600", 6601, None, JAN7, **SINCE_DEC27),
        "discrepancy",
        "far faster than the pace",
        id="Gaza: 600 in 11 days, then 6,600 a day on",
    ),
    pytest.param(
        toll("at least 6,000", 6000, None, JAN6),
        toll("at least 60,000", 60000, None, JAN6),
        "discrepancy",
        "far beyond the implied ceiling",
        id="two running floors far apart the same day (the planted 6,000 vs 60,000)",
    ),
    pytest.param(
        toll("24 people", 24, 24, JAN7),
        toll("22 people", 22, 22, JAN8),
        "discrepancy",
        "cannot shrink",
        id="a toll that shrinks with no reason given",
    ),
    pytest.param(
        toll("24 people", 24, 24, JAN7),
        toll(
            "Officials revised the death toll down to 22 people after some victims were counted"
            " twice",
            22,
            22,
            JAN8,
        ),
        "update",
        "revises",
        id="a toll revised down, and the text says so",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation", "words"), PACE)
def test_growth_and_shrinkage_of_a_running_total(
    a: Claim, b: Claim, relation: str, words: str | None
) -> None:
    finding = relate(a, b)
    assert finding.relation == relation
    if words:
        assert words in finding.explanation


# ------------------------------------------------------------ GVC 357164 (Columbus, ages)

PROSECUTOR = (
    "Wade and his co-defendant Robert Lee Adams, age 27 (at the time of the murders) robbed"
    " the victims, ordered them to the basement and shot them."
)
AP_PLEA = "The 29-year-old Adams pleaded guilty Tuesday to four counts of murder."


def test_an_age_at_the_time_of_the_crime_is_younger_not_wrong() -> None:
    a = claims.extract(PROSECUTOR, published=dt.date(2016, 9, 13), article_id="a", source="nbc4i")
    b = claims.extract(AP_PLEA, published=dt.date(2017, 1, 17), article_id="b", source="AP")
    (finding,) = claims.check([a, b]).findings
    assert finding.relation == "update"
    assert "27 then, 29 later" in finding.explanation


def test_an_age_told_of_the_report_day_still_conflicts() -> None:
    a = claims.extract(
        PROSECUTOR.replace(" (at the time of the murders)", ""),
        published=dt.date(2016, 9, 13),
        article_id="a",
        source="nbc4i",
    )
    b = claims.extract(AP_PLEA, published=dt.date(2017, 1, 17), article_id="b", source="AP")
    (finding,) = claims.check([a, b]).findings
    assert finding.relation == "discrepancy"


# ------------------------------------------------- ECB+ 38_ecbplus (the Geysers quake, 2013)

USGS_DEPTH = (
    "The magnitude 4.6 quake struck about 14 miles north-northeast of Healdsburg and had a"
    " depth of 1.2 miles."
)
PRESS_DEMOCRAT_DEPTH = (
    "The Santa Rosa Press Democrat reported the quake began only one mile below ground"
    " level, which is why it was felt across the region."
)
TWELVE_MILES_DEPTH = (
    "The magnitude 4.6 quake struck about 14 miles north-northeast of Healdsburg and had a"
    " depth of 12 miles."
)


def test_a_measure_told_to_the_nearest_unit_is_the_finer_one_rounded() -> None:
    found = findings(USGS_DEPTH, PRESS_DEMOCRAT_DEPTH, dt.date(2013, 3, 14))
    depths = [(relation, why) for relation, why in found if "mile" in why and "1.2" in why]
    assert depths, found
    assert all(relation == "consistent" for relation, _ in depths), depths
    assert any("nearest whole unit" in why for _, why in depths), depths


def test_a_measure_ten_times_another_is_still_a_conflict() -> None:
    found = findings(TWELVE_MILES_DEPTH, PRESS_DEMOCRAT_DEPTH, dt.date(2013, 3, 14))
    assert any(relation == "discrepancy" and "12 mi" in why for relation, why in found), found
