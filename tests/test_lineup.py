"""Which claims of two reports are lined up as one fact, end to end: real sentences of the
dev clusters (`bench/judged.py`), each read by extraction as an article of its own, then
compared. Each row is two articles' sentences, the figure read in each, and the relation
the report must give them (None: no finding joins them).

The rules (docs/reading.md, "How claims are compared"): one figure told again is one fact
whatever time words or verb stand beside it; a quake's depth, magnitude and distance
from a named place are read from the words around the figure; an unnamed person's age
meets the same age before the same word; undated stories agree on one weekday.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claims

Side = tuple[str, str, dt.date | None]  # sentence, the figure's text, publication date


def relations(a: Side, b: Side) -> set[str]:
    """The relations of the findings that join the two figures' claims."""
    first = claims.extract(a[0], published=a[2], article_id="a", source="Outlet A")
    second = claims.extract(b[0], published=b[2], article_id="b", source="Outlet B")
    report = claims.check([first, second])
    ids_a = {c.id for c in report.claims if c.article_id == "a" and c.text == a[1]}
    ids_b = {c.id for c in report.claims if c.article_id == "b" and c.text == b[1]}
    assert ids_a and ids_b, "extraction must read both figures"
    return {
        f.relation
        for f in report.findings
        if {f.claim_ids[0], f.claim_ids[1]} & ids_a and {f.claim_ids[0], f.claim_ids[1]} & ids_b
    }


JUN9_2016 = dt.date(2016, 6, 9)
JUN10_2016 = dt.date(2016, 6, 10)
MAR14_2013 = dt.date(2013, 3, 14)
JAN1_2013 = dt.date(2013, 1, 1)

# --------------------------------------------------------------------------- one figure

ONE_FIGURE = [
    # ECB+ 8_ecb (Woodburn, Oregon, bank bomb, Dec 2008; undated wire copies): one reward
    # told "Saturday" and "this morning"
    (
        (
            "Federal authorities said Saturday that they were offering a $35,000 reward for"
            " information leading to an arrest and conviction in the case.",
            "$35,000",
            None,
        ),
        (
            "Hastings this morning announced that the ATF and FBI are offering a $35,000"
            " reward for information leading to the arrest of the individual responsible"
            " for the crime.",
            "$35,000",
            None,
        ),
        "agree",
    ),
    # ECB+ 12_ecbplus (INS Sukanya foils a pirate attack, Nov 2011): one seizure
    (
        (
            "Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from"
            " the boats.",
            "12 magazines",
            None,
        ),
        (
            "During the operation, six AK-47 rifles, 12 magazines and about 300 rounds of"
            " ammunition were found and confiscated.",
            "12 magazines",
            None,
        ),
        "agree",
    ),
    # ECB+ 8_ecbplus (Athens riots and the Greek bailout, May 2010): one sum with what it
    # counts unsaid ("30bn euros" from the deficit, "30 billion euros in savings")
    (
        (
            "The Greek government is attempting to slice 30bn euros from its deficit over"
            " the next three years.",
            "30bn euros",
            None,
        ),
        (
            "He also defended his austerity plans, which foresee 30 billion euros in savings"
            " mainly from cuts in wages and pensions.",
            "30 billion euros",
            None,
        ),
        "agree",
    ),
    # GVC 460726 (Hawthorne, New Year's party shooting, 1 Jan 2013): one increment told
    # in the same words
    (
        (
            "The three other victims did not suffer life-threatening wounds, Hecht said.",
            "three other victims",
            JAN1_2013,
        ),
        (
            "The three other victims were taken to the hospital and are expected to survive.",
            "three other victims",
            JAN1_2013,
        ),
        "agree",
    ),
    # a single one tells too little to meet by figure (ECB+ 26_ecbplus, two mob deaths)
    (
        ("Gigante died in prison in 2005.", "Gigante died", None),
        ("John Gotti died in prison in 2002.", "John Gotti died", None),
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), ONE_FIGURE)
def test_one_figure_told_again(a: Side, b: Side, expected: str | None) -> None:
    found = relations(a, b)
    assert found == ({expected} if expected else set())


# --------------------------------------------------------------------------- measures

MEASURES = [
    # ECB+ 37_ecbplus (Aceh quake, 2 Jul 2013): one depth in kilometres and in miles
    (
        (
            "The quake, which hit at a shallow depth of just 10 kilometres, injured more than"
            " 200 people and damaged more than 300 houses in Aceh.",
            "10 kilometres",
            None,
        ),
        (
            "The epicenter of the quake, which originated six miles beneath the surface, was"
            " located 34 miles west of the town of Bireun.",
            "six miles",
            None,
        ),
        "consistent",
    ),
    # ... and one distance from Bireun, told south here and west there
    (
        (
            "The quake struck inland at a depth of just 10 kilometres (6.2 miles), 55"
            " kilometres south of Bireun and 72 kilometres southeast of Reuleuet, said the"
            " USGS.",
            "55 kilometres",
            None,
        ),
        (
            "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun"
            " on the western tip of Sumatra Island.",
            "55 kilometers",
            None,
        ),
        "agree",
    ),
    # ECB+ 38_ecbplus (Geysers quake, 14 Mar 2013): depths of 1.2 and 12 miles told the
    # same day disagree (undated, a measure is a running figure: no conflict is told)
    (
        (
            "The quake occurred at 2:09 a. m. about 14 miles north-northeast of Healdsburg"
            " and had a depth of 1.2 miles.",
            "1.2 miles",
            MAR14_2013,
        ),
        (
            "The quake occurred at 2:09 a. m., about 14 miles northeast of Healdsburg, on"
            " the Maacama Fault with a depth of 12 miles.",
            "12 miles",
            MAR14_2013,
        ),
        "discrepancy",
    ),
    # ... and the distance from Healdsburg agrees, whatever the compass words
    (
        (
            "The quake occurred at 2:09 a. m. about 14 miles north-northeast of Healdsburg"
            " and had a depth of 1.2 miles.",
            "about 14 miles",
            None,
        ),
        (
            "The quake occurred at 2:09 a. m., about 14 miles northeast of Healdsburg, on"
            " the Maacama Fault with a depth of 12 miles.",
            "about 14 miles",
            None,
        ),
        "agree",
    ),
    # a distance from one place is not a distance from another
    (
        (
            "USGS reports to news that the quake began two miles northeast of The Geysers.",
            "two miles",
            None,
        ),
        (
            "The U. S. Geological Survey reported that the quake was centered about 3 miles"
            " southwest of Cobb.",
            "about 3 miles",
            None,
        ),
        None,
    ),
    # an aftershock's magnitude is not the quake's
    (
        (
            "Two aftershocks, magnitude 2.9 and 2.2, occurred immediately following.",
            "magnitude 2.9",
            None,
        ),
        (
            "Lake County's Cobb Mountain community was shaken awake early Thursday morning"
            " by a magnitude 4.6 earthquake.",
            "magnitude 4.6",
            None,
        ),
        None,
    ),
    # ... and so do "about 3 miles southwest of Cobb" and "four miles west of Cobb"
    (
        (
            "USGS reports to news that the quake began two miles northeast of The Geysers,"
            " four miles west of Cobb, and six miles west of Anderson Springs.",
            "four miles",
            MAR14_2013,
        ),
        (
            "The U. S. Geological Survey reported that the quake was centered about 3 miles"
            " southwest of Cobb.",
            "about 3 miles",
            MAR14_2013,
        ),
        "discrepancy",
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), MEASURES)
def test_measures_of_a_quake(a: Side, b: Side, expected: str | None) -> None:
    found = relations(a, b)
    assert found == ({expected} if expected else set())


# --------------------------------------------------------------------------- ages, days

AGES_AND_DAYS = [
    # GVC 574753 (Boston, shooting outside a high school, 8 Jun 2016): one unnamed woman
    (
        (
            "Two other students and a 67-year-old woman were also shot, but their injuries"
            " are not considered life-threatening.",
            "67-year-old",
            JUN9_2016,
        ),
        (
            "When the gunfire stopped, a student was dead and two other teens and a"
            " 67-year-old woman were wounded.",
            "67-year-old",
            JUN10_2016,
        ),
        "agree",
    ),
    # ECB+ 37_ecbplus: "a 22 year-old resident" and "a 22-year-old resident"
    (
        (
            '"I see many houses were damaged," said Bensu Elianita, a 22 year-old resident'
            " in Bukit Sama village in Central Aceh district.",
            "22 year-old",
            None,
        ),
        (
            '"I see many houses were damaged," Bensu Elianita, a 22-year-old resident of'
            " Bukit Sama village in Central Aceh district, said.",
            "22-year-old",
            None,
        ),
        "agree",
    ),
    # unnamed people of one age but told by different words are not one person
    (
        (
            "A 67-year-old woman was wounded in the shooting.",
            "67-year-old",
            JUN9_2016,
        ),
        (
            "A 67-year-old man was wounded in the shooting.",
            "67-year-old",
            JUN9_2016,
        ),
        None,
    ),
    # ECB+ 8_ecb: two undated stories date the explosion on the same weekday
    (
        (
            "The explosion occurred Friday afternoon at a West Coast Bank branch in"
            " Woodburn, about 30 miles south of Portland.",
            "Friday afternoon",
            None,
        ),
        (
            "The explosion occurred Friday afternoon at a West Coast Bank branch office in"
            " the agricultural town of Woodburn.",
            "Friday afternoon",
            None,
        ),
        "agree",
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), AGES_AND_DAYS)
def test_unnamed_ages_and_undated_days(a: Side, b: Side, expected: str | None) -> None:
    found = relations(a, b)
    assert found == ({expected} if expected else set())
