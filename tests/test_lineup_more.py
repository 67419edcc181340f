"""More of what the report lines up as one fact, end to end (see tests/test_lineup.py for
the harness, `relations`): real sentences of the dev clusters (`bench/judged.py`), each read by
extraction as an article of its own, then compared. Each row is two articles' sentences,
the figure read in each, and the relations of the findings that join them (an empty set:
no finding joins them).

The rules (claims/compare/blocking.py, align.py, ages.py):

- a duration that names nothing that lasted ("The MPs term of office is five years.")
  meets the same span told in another report, whenever each was told, and only agrees:
  the time words beside it say when it was told, not a stretch it is part of;
- one figure told with a place named at another grain ("Dallas" and "Texas"; "Orange
  County, California" and "California") is one fact told again, not a part of itself;
  so are victims listed one by one when two reports list the same number;
- an unnamed person's age ("a woman, 29,") meets a named person's age of the same years
  in another report ("Whitney Lewis, 29,"), and only agrees; two names' ages meet by name.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_lineup import Side, relations

FEB26_2016 = dt.date(2016, 2, 26)
AUG12_2016 = dt.date(2016, 8, 12)
FEB19_2013 = dt.date(2013, 2, 19)
NOV3_2016 = dt.date(2016, 11, 3)
NOV22_2016 = dt.date(2016, 11, 22)
SEP13_2016 = dt.date(2016, 9, 13)
JAN19_2017 = dt.date(2017, 1, 19)
SEP26_2013 = dt.date(2013, 9, 26)
OCT4_2013 = dt.date(2013, 10, 4)
MAY5_2010 = dt.date(2010, 5, 5)

# ------------------------------------------------------------ spans that name nothing

SPANS = [
    # ECB+ 11_ecbplus (Turkmenistan's parliamentary election, 2013): one term of office
    # in reports a week apart
    (
        ("The MPs term of office is five years.", "five years", SEP26_2013),
        ("The term of office of Turkmen MPs is five years.", "five years", OCT4_2013),
        {"agree"},
    ),
    # GVC 512073 (Belfair, Washington, 2016): one standoff's length, told "about"
    (
        (
            "SWAT officers and other deputies surrounded the home and negotiated with the"
            " suspect for about three hours.",
            "about three hours",
            FEB26_2016,
        ),
        (
            "Officers tried to negotiate with the man for about three hours as he held a"
            " gun to his head.",
            "about three hours",
            FEB26_2016,
        ),
        {"agree"},
    ),
    # GVC 357164 (Columbus, Ohio, 2015 quadruple homicide): one prison sentence, told at
    # the sentencing and four months later beside its date
    (
        (
            "A 17-year-old suspected gang member has been sentenced to 172.5 years in"
            " prison after being convicted of aggravated murder and other charges.",
            "172.5 years",
            SEP13_2016,
        ),
        (
            "Wade was sentenced to 172.5 years to life on September 13, 2016.",
            "172.5 years",
            JAN19_2017,
        ),
        {"agree"},
    ),
    # ECB+ 8_ecbplus (Greek bailout, May 2010): the loans' term, one side's sentence
    # dated "at the weekend"
    (
        (
            "Under the bailout package, Greece will receive loans over three years from the"
            " IMF and the other 15 countries who share the euro currency.",
            "over three years",
            MAY5_2010,
        ),
        (
            "Pushed to the brink of default, the government agreed at the weekend to slash"
            " spending and jack up taxes in return for 110 billion euros in loans over three"
            " years from eurozone countries and the International Monetary Fund.",
            "over three years",
            MAY5_2010,
        ),
        {"agree"},
    ),
    # spans that differ name nothing to line them up by: never a discrepancy
    (
        ("The MPs term of office is five years.", "five years", SEP26_2013),
        (
            "Officers tried to negotiate with the man for about three hours as he held a"
            " gun to his head.",
            "about three hours",
            SEP26_2013,
        ),
        set(),
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), SPANS)
def test_spans_that_name_nothing(a: Side, b: Side, expected: set[str]) -> None:
    assert relations(a, b) == expected


# ------------------------------------------------------- one person, named and unnamed

AGES = [
    # GVC 692025 (Little Rock, Arkansas, Nov 2016): the hospital's unnamed victim, named
    # three weeks later
    (
        (
            "Kyla Owens, a spokesman for St. Vincent, said a woman, 29, who was shot in both"
            " legs was in stable condition as of Thursday morning.",
            "29",
            NOV3_2016,
        ),
        ("Whitney Lewis, 29, of Little Rock, was shot in both legs.", "29", NOV22_2016),
        {"agree"},
    ),
    # ECB+ 8_ecb (Woodburn, Oregon, bank bomb, Dec 2008; undated wire copies): "both 51"
    # and one of the two named
    (
        (
            "Police Capt. Tom Tennant and Senior Trooper William Hakim, both 51, died at the"
            " scene.",
            "51",
            None,
        ),
        (
            "At a briefing, the police identified the Woodburn police officer who died as"
            " 51-year-old Capt. Tom Tennant.",
            "51-year-old",
            None,
        ),
        {"agree"},
    ),
    # another age than the named person's is no one's slip: no finding
    (
        (
            "Kyla Owens, a spokesman for St. Vincent, said a woman, 34, who was shot in the"
            " buttocks was in stable condition as of Thursday morning.",
            "34",
            NOV3_2016,
        ),
        ("Whitney Lewis, 29, of Little Rock, was shot in both legs.", "29", NOV22_2016),
        set(),
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), AGES)
def test_an_unnamed_age_meets_a_named_one(a: Side, b: Side, expected: set[str]) -> None:
    assert relations(a, b) == expected


# ------------------------------------------------ one figure, places of another grain

GRAINS = [
    # GVC 627519 (Dallas Motel 6 shooting, Aug 2016): the wounded women, one report
    # datelined in the city, the other naming the state's hospital
    (
        (
            "The wounded victims, two women in their 20s and a man in his 40s, were taken to"
            " Texas Health Presbyterian Hospital.",
            "two women",
            AUG12_2016,
        ),
        (
            "DALLAS (CBSDFW.COM/AP) – Police in Dallas said that one person was killed and"
            " three others were hurt during gunfire at a motel. The other three victims — a"
            " man and two women — were taken to the hospital and are all expected to"
            " survive.",
            "two women",
            AUG12_2016,
        ),
        {"agree"},
    ),
    # GVC 480358 (Orange County, California, spree, Feb 2013): one quote, the place said
    # as the county in one report and as the state in the other
    (
        (
            "Ali Syed, a 20-year-old community college student, has been identified as the"
            " gunman who killed three people and then himself in Orange County, Calif.,"
            ' Tuesday. "There were at least six witnesses."',
            "at least six witnesses",
            FEB19_2013,
        ),
        (
            "Fatality: Melvin Edwards, 69, was shot dead during the shooting spree in"
            ' California on Tuesday. "There were at least six witnesses."',
            "at least six witnesses",
            FEB19_2013,
        ),
        {"agree"},
    ),
    # ECB+ 8_ecbplus (Athens, 5 May 2010): the Marfin bank's dead, listed alike by two
    # wire reports
    (
        (
            "Police said two women and one man died at a branch of the Marfin bank which"
            " caught fire after hooded youths broke a window and hurled petrol bombs inside.",
            "two women and one man",
            MAY5_2010,
        ),
        (
            "Police said two women and one man died at a branch of the Marfin bank which"
            " caught fire after rioters broke a window and threw Molotov cocktails inside.",
            "two women and one man",
            MAY5_2010,
        ),
        {"agree"},
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), GRAINS)
def test_one_figure_at_another_grain(a: Side, b: Side, expected: set[str]) -> None:
    assert relations(a, b) == expected


# ------------------------------------------------------- one happening's measure, one person

MAR13_2013 = dt.date(2013, 3, 13)
MAR14_2013 = dt.date(2013, 3, 14)
MAR30_2013 = dt.date(2013, 3, 30)

MEASURES_AND_NAMES = [
    # ECB+ 38_ecbplus (Geysers quake, 14 Mar 2013): one epicentre's distance from Santa
    # Rosa, the quake dated "overnight Thursday" in one report and "on Thursday morning" in
    # the other; a measure of one happening counts no stretch, so the days overlapping is
    # enough (align._frame_relation)
    (
        (
            "A 4.6-magnitude earthquake rattled Northern California overnight Thursday,"
            " shaking residents from San Francisco to north of Sacramento.\nThe temblor"
            " struck at 2:09 a. m. and was centered in Geyserville, about 20 miles north of"
            " Santa Rosa, according to the U. S. Geological Survey.",
            "about 20 miles",
            MAR14_2013,
        ),
        (
            "A magnitude 4.6 earthquake struck Northern California on Thursday morning,\nThe"
            " temblor struck about 26 miles north of Santa Rosa in the Geysers area.",
            "about 26 miles",
            MAR14_2013,
        ),
        {"discrepancy"},
    ),
    # the same distance told twice with those time words agrees
    (
        (
            "A 4.6-magnitude earthquake rattled Northern California overnight Thursday,"
            " shaking residents from San Francisco to north of Sacramento.\nThe temblor"
            " struck at 2:09 a. m. and was centered in Geyserville, about 20 miles north of"
            " Santa Rosa, according to the U. S. Geological Survey.",
            "about 20 miles",
            MAR14_2013,
        ),
        (
            "A magnitude 4.6 earthquake struck Northern California on Thursday morning,\nThe"
            " temblor struck about 20 miles north of Santa Rosa in the Geysers area.",
            "about 20 miles",
            MAR14_2013,
        ),
        {"agree"},
    ),
    # GVC 482801 (Oceanside, California, 2013): one boy named with his father's surname
    # and with both (a Spanish name), 15 and 16 in reports 17 days apart
    (
        (
            "Melanie Virgen, 13, and Edgar Sanchez, 15, died in the shooting. Two other boys"
            " were wounded — one remains in the hospital.",
            "15",
            MAR30_2013,
        ),
        (
            "Edgar Sanchez Rios, 16, and 13-year-old Melanie Virgen were found dead at the"
            " scene. The two wounded victims are also younger than 18 and were taken to"
            " Palomar Medical Center.",
            "16",
            MAR13_2013,
        ),
        {"discrepancy"},
    ),
    # ... and the girl beside him, named alike in both, agrees
    (
        (
            "Melanie Virgen, 13, and Edgar Sanchez, 15, died in the shooting. Two other boys"
            " were wounded — one remains in the hospital.",
            "13",
            MAR30_2013,
        ),
        (
            "Edgar Sanchez Rios, 16, and 13-year-old Melanie Virgen were found dead at the"
            " scene. The two wounded victims are also younger than 18 and were taken to"
            " Palomar Medical Center.",
            "13-year-old",
            MAR13_2013,
        ),
        {"agree"},
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), MEASURES_AND_NAMES)
def test_one_measure_and_one_person(a: Side, b: Side, expected: set[str]) -> None:
    assert relations(a, b) == expected


GAPS = [
    # ECB+ 38_ecb (Geysers quake, undated wire copies): one Sunday quake's magnitude told
    # 4.4 and 4.2. Undated measures are not held against each other: letting them meet
    # flagged other quakes' and aftershocks' magnitudes and distances of the same story
    # (judged precision 100% -> 44%, tried and dropped)
    pytest.param(
        (
            "An earthquake with a preliminary magnitude of 4.4 struck in Sonoma County this"
            " morning near The Geysers, according to the U.S. Geological Survey.",
            "magnitude of 4.4",
            None,
        ),
        (
            "A 4.2 magnitude earthquake shook a remote area of eastern Sonoma County on"
            " Sunday morning, the largest in a flurry over the weekend, according to the"
            " U.S. Geological Survey.",
            "4.2 magnitude",
            None,
        ),
        {"discrepancy"},
        marks=pytest.mark.xfail(
            strict=True, reason="undated measures of one happening cannot be told apart"
        ),
        id="38_ecb undated magnitudes",
    ),
    # ECB+ 8_ecbplus (Athens, 5 May 2010): the police's injured told 12 and 18 the same
    # day; the "last October" of "the biggest protest since Papandreou took office" is
    # carried to the next sentence as its time (claims/extract/article.py focus_scope).
    # Not carrying a since's date, or carrying any date two sentences only, cost false
    # flags elsewhere (judged precision 100% -> 94% and -> 55%, tried and dropped)
    pytest.param(
        (
            "Three people were killed when protesters threw petrol bombs at a bank in Athens"
            " on Wednesday.\nPolice said 12 people were injured in the riots.",
            "12 people",
            MAY5_2010,
        ),
        (
            "But witnesses said there were more than 50,000 - - easily the biggest protest"
            " since Papandreou took office last October and launched efforts to reform an"
            " economy that is uncompetitive and plagued by corruption.\nPolice said 18"
            " people had been injured in the violence and 12 arrested for carrying weapons"
            " and resisting authorities.",
            "18 people",
            MAY5_2010,
        ),
        {"discrepancy"},
        marks=pytest.mark.xfail(
            strict=True, reason="a since-clause's date is carried as the passage's time"
        ),
        id="8_ecbplus injured, borrowed scope",
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), GAPS)
def test_conflicts_left(a: Side, b: Side, expected: set[str]) -> None:
    assert relations(a, b) == expected
