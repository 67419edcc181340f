"""claims.dates: temporal expressions in news, resolved against the publication date.

Each table row is a real (or real-shaped) news sentence, its reference date, and the
expected mention: span text, first and last day, grain, resolved. Rows are grouped by
where they come from; known gaps are strict xfails.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.dates import find_dates, parse_date

D = dt.date
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

SAT_2012_02_04 = D(2012, 2, 4)  # seed 000: "Russia said Saturday"
TUE_2012_02_07 = D(2012, 2, 7)  # seeds 001, 004
MON_2013_09_09 = D(2013, 9, 9)  # seeds 002, 003
TUE_2013_02_12 = D(2013, 2, 12)  # Duckling's reference
SUN_2014_01_12 = D(2014, 1, 12)  # a GVC publication date


def gap(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def only(text: str, reference: dt.date | None, span: str):
    """The one mention whose text is `span`."""
    found = [m for m in find_dates(text, reference) if m.text == span]
    assert found, f"{span!r} not found in {[m.text for m in find_dates(text, reference)]}"
    return found[0]


# ------------------------------------------------------------------ resolved readings
# (sentence, reference, span, first day, last day, grain)

SEED_ROWS = [
    (
        "Russia said Saturday that Foreign Minister Sergei Lavrov will visit Damascus on "
        "Tuesday along with the foreign intelligence service chief",
        SAT_2012_02_04, "Saturday", D(2012, 2, 4), D(2012, 2, 4), "day",
    ),
    (
        "Russia said Saturday that Foreign Minister Sergei Lavrov will visit Damascus on "
        "Tuesday along with the foreign intelligence service chief",
        SAT_2012_02_04, "on Tuesday", D(2012, 2, 7), D(2012, 2, 7), "day",
    ),
    (
        "Sergei Lavrov and Mikhail Fradkov will visit Damascus on February 7 for a meeting",
        SAT_2012_02_04, "on February 7", D(2012, 2, 7), D(2012, 2, 7), "day",
    ),
    (
        "Lavrov had said earlier Saturday that the Western-backed text did not suit Moscow",
        SAT_2012_02_04, "earlier Saturday", D(2012, 2, 4), D(2012, 2, 4), "day",
    ),
    (
        "Lavrov had insisted in an interview with Australian television earlier this week",
        SAT_2012_02_04, "earlier this week", D(2012, 1, 30), D(2012, 2, 3), "range",
    ),
    (
        "Homs has been bombarded repeatedly since Friday in an escalation of the violence",
        TUE_2012_02_07, "since Friday", D(2012, 2, 3), D(2012, 2, 7), "range",
    ),
    (
        "3:35am UK, Tuesday February 07, 2012",
        TUE_2012_02_07, "3:35am UK, Tuesday February 07, 2012", D(2012, 2, 7), D(2012, 2, 7),
        "day",
    ),
    (
        "February 7th, 20125:21 am @",
        TUE_2012_02_07, "February 7th, 20125:21 am", D(2012, 2, 7), D(2012, 2, 7), "day",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov is due to visit Damascus today for talks",
        TUE_2012_02_07, "today", D(2012, 2, 7), D(2012, 2, 7), "day",
    ),
    (
        "Russia, which along with China vetoed a UN resolution condemning the crackdown at "
        "the weekend.",
        TUE_2012_02_07, "at the weekend", D(2012, 2, 4), D(2012, 2, 5), "range",
    ),
    (
        "Tensions in Syria continue to escalate and on Monday, the military continued its "
        "bloody bombardment of Homs.",
        TUE_2012_02_07, "on Monday", D(2012, 2, 6), D(2012, 2, 6), "day",
    ),
    (
        "Hundreds of people are believed to have been killed there since last Friday",
        TUE_2012_02_07, "since last Friday", D(2012, 2, 3), D(2012, 2, 7), "range",
    ),
    (
        "the United States announced on Monday night that it had closed its embassy.",
        TUE_2012_02_07, "on Monday night", D(2012, 2, 6), D(2012, 2, 6), "day",
    ),
    (
        "Russia on Monday firmly stood by its ally Syria as Assad's foreign minister visited",
        MON_2013_09_09, "on Monday", D(2013, 9, 9), D(2013, 9, 9), "day",
    ),
    (
        "Russia and the United States agreed in May to organise a peace conference in Geneva",
        MON_2013_09_09, "in May", D(2013, 5, 1), D(2013, 5, 31), "month",
    ),
    (
        "momentum grows for strikes over an alleged August 21 chemical attack outside Damascus",
        MON_2013_09_09, "August 21", D(2013, 8, 21), D(2013, 8, 21), "day",
    ),
    (
        "Brahimi had told him on the sidelines of the G20 meeting in Saint Petersburg last "
        "week that he shared this view.",
        MON_2013_09_09, "last week", D(2013, 9, 2), D(2013, 9, 8), "week",
    ),
    (
        "Monday, 09 Sep 2013 04:11 AM",
        MON_2013_09_09, "Monday, 09 Sep 2013 04:11 AM", D(2013, 9, 9), D(2013, 9, 9), "day",
    ),
    (
        "Muallem last visited Moscow in February, when he vowed that the regime was ready",
        MON_2013_09_09, "in February", D(2013, 2, 1), D(2013, 2, 28), "month",
    ),
    (
        "Afp February 07, 2012",
        TUE_2012_02_07, "February 07, 2012", D(2012, 2, 7), D(2012, 2, 7), "day",
    ),
    (
        "Lavrov held talks in Damascus with Syrian President Bashar alAssad on Tuesday, "
        "SANA reported.",
        TUE_2012_02_07, "on Tuesday", D(2012, 2, 7), D(2012, 2, 7), "day",
    ),
    (
        "Thirteen countries, including Pakistan, voted on the UN Security Council resolution "
        "on Saturday, which aimed to give strong backing to the Arab League's plan",
        TUE_2012_02_07, "on Saturday", D(2012, 2, 4), D(2012, 2, 4), "day",
    ),
    (
        "more than 230 civilians killed during an overnight assault by regime forces",
        TUE_2012_02_07, "overnight", D(2012, 2, 6), D(2012, 2, 7), "range",
    ),
    (
        "citizen2000 | 12 years ago | Reply",
        TUE_2012_02_07, "12 years ago", D(2000, 2, 1), D(2000, 2, 29), "month",
    ),
]  # fmt: skip

NEWS_ROWS = [
    # GVC-style police copy
    (
        "Police said the shooting happened about 10 p.m. Saturday in the 300 block of Elm St.",
        SUN_2014_01_12, "10 p.m. Saturday", D(2014, 1, 11), D(2014, 1, 11), "day",
    ),
    (
        "The victim was pronounced dead at the scene shortly after midnight Sunday, police said.",
        SUN_2014_01_12, "midnight Sunday", D(2014, 1, 12), D(2014, 1, 12), "day",
    ),
    (
        "A 23-year-old man was shot late Friday outside a nightclub, police said.",
        SUN_2014_01_12, "late Friday", D(2014, 1, 10), D(2014, 1, 10), "day",
    ),
    (
        "The suspect was arrested Thursday afternoon and is due in court on Monday.",
        SUN_2014_01_12, "Thursday afternoon", D(2014, 1, 9), D(2014, 1, 9), "day",
    ),
    (
        "The suspect was arrested Thursday afternoon and is due in court on Monday.",
        SUN_2014_01_12, "on Monday", D(2014, 1, 13), D(2014, 1, 13), "day",
    ),
    (
        "Investigators said the gunman fired at least 20 rounds early Sunday morning.",
        SUN_2014_01_12, "early Sunday morning", D(2014, 1, 12), D(2014, 1, 12), "day",
    ),
    (
        "The shooting on Jan. 4 was the city's first homicide of 2014.",
        SUN_2014_01_12, "on Jan. 4", D(2014, 1, 4), D(2014, 1, 4), "day",
    ),
    (
        "The shooting on Jan. 4 was the city's first homicide of 2014.",
        SUN_2014_01_12, "2014", D(2014, 1, 1), D(2014, 12, 31), "year",
    ),
    (
        "Funeral services will be held Wednesday at 11 a.m. at First Baptist Church.",
        SUN_2014_01_12, "Wednesday at 11 a.m.", D(2014, 1, 15), D(2014, 1, 15), "day",
    ),
    (
        "A vigil is planned for tonight at the park where the teen was killed.",
        SUN_2014_01_12, "tonight", D(2014, 1, 12), D(2014, 1, 12), "day",
    ),
    (
        "He was released from hospital yesterday, his family said.",
        SUN_2014_01_12, "yesterday", D(2014, 1, 11), D(2014, 1, 11), "day",
    ),
    (
        "A second man was killed in the same block two days ago.",
        SUN_2014_01_12, "two days ago", D(2014, 1, 10), D(2014, 1, 10), "day",
    ),
    (
        "There have been 14 shootings in the neighbourhood since 2011.",
        SUN_2014_01_12, "since 2011", D(2011, 1, 1), D(2014, 1, 12), "range",
    ),
    (
        "The company filed for bankruptcy on 12/03/2013, court records show.",
        SUN_2014_01_12, "on 12/03/2013", D(2013, 12, 3), D(2013, 12, 3), "day",
    ),
    (
        "The report, dated 2013-11-28, was released under a records request.",
        SUN_2014_01_12, "2013-11-28", D(2013, 11, 28), D(2013, 11, 28), "day",
    ),
    (
        "The gunman had been released from prison on 21 August 2012.",
        SUN_2014_01_12, "on 21 August 2012", D(2012, 8, 21), D(2012, 8, 21), "day",
    ),
    (
        "Crime in the city fell sharply in the 1990s, then rose again.",
        SUN_2014_01_12, "in the 1990s", D(1990, 1, 1), D(1999, 12, 31), "range",
    ),
    (
        "The trial is expected to start next week.",
        SUN_2014_01_12, "next week", D(2014, 1, 13), D(2014, 1, 19), "week",
    ),
    (
        "The council will vote later this month on the new curfew.",
        SUN_2014_01_12, "later this month", D(2014, 1, 13), D(2014, 1, 31), "range",
    ),
    (
        "Homicides rose 12 percent last year, the department said.",
        SUN_2014_01_12, "last year", D(2013, 1, 1), D(2013, 12, 31), "year",
    ),
    (
        "The mayor said this year would be different.",
        SUN_2014_01_12, "this year", D(2014, 1, 1), D(2014, 12, 31), "year",
    ),
    (
        "The law took effect in mid-December.",
        SUN_2014_01_12, "in mid-December", D(2013, 12, 11), D(2013, 12, 20), "range",
    ),
    (
        "Hearings were held from 13 to 15 July.",
        SUN_2014_01_12, "13 to 15 July", D(2013, 7, 13), D(2013, 7, 15), "range",
    ),
    (
        "The festival runs August 27-29 and draws thousands.",
        D(2013, 8, 1), "August 27-29", D(2013, 8, 27), D(2013, 8, 29), "range",
    ),
    (
        "The Supreme Court opens its term on the first Monday in October.",
        D(2013, 9, 9), "on the first Monday in October", D(2013, 10, 7), D(2013, 10, 7), "day",
    ),
    (
        "The strike began three weeks ago and shows no sign of ending.",
        SUN_2014_01_12, "three weeks ago", D(2013, 12, 22), D(2013, 12, 22), "day",
    ),
    # GVC 441724 (Marksville, 24 Nov 2015): arrested on 6 Nov, "more than two weeks ago"
    (
        "Greenhouse and Stafford were both arrested more than two weeks ago after a pursuit.",
        D(2015, 11, 24), "more than two weeks ago", D(2015, 11, 3), D(2015, 11, 9), "range",
    ),
    (
        "The store closed over a month ago.",
        D(2015, 11, 24), "over a month ago", D(2015, 9, 24), D(2015, 10, 23), "range",
    ),
    (
        "Storms over the weekend cut power to 40,000 homes.",
        D(2014, 1, 13), "over the weekend", D(2014, 1, 11), D(2014, 1, 12), "range",
    ),
    (
        "Fans will gather this weekend for the final.",
        D(2014, 1, 15), "this weekend", D(2014, 1, 18), D(2014, 1, 19), "range",
    ),
    (
        "The minister will visit Damascus Wednesday next week.",
        TUE_2012_02_07, "Wednesday next week", D(2012, 2, 15), D(2012, 2, 15), "day",
    ),
    (
        "Mr Obama met Mr Putin on the 20th of last month.",
        TUE_2012_02_07, "20th of last month", D(2012, 1, 20), D(2012, 1, 20), "day",
    ),
    (
        "The veto came a day after the Feb. 3 massacre, activists said.",
        TUE_2012_02_07, "Feb. 3", D(2012, 2, 3), D(2012, 2, 3), "day",
    ),
    (
        "The ceasefire agreed on 1 Dec. collapsed within hours.",
        D(2013, 12, 10), "on 1 Dec.", D(2013, 12, 1), D(2013, 12, 1), "day",
    ),
    (
        "Elections are scheduled for March 3, the commission said.",
        TUE_2013_02_12, "March 3", D(2013, 3, 3), D(2013, 3, 3), "day",
    ),
    (
        "He died in December, the family said.",
        TUE_2013_02_12, "in December", D(2012, 12, 1), D(2012, 12, 31), "month",
    ),
    (
        "The summit will be held in January.",
        D(2013, 9, 9), "in January", D(2014, 1, 1), D(2014, 1, 31), "month",
    ),
    # a month with its year named after it (ECB+ earthquake copy, published 3 July 2013)
    (
        "In April last year an 8.6-magnitude quake struck off Aceh",
        D(2013, 7, 3), "In April last year", D(2012, 4, 1), D(2012, 4, 30), "month",
    ),
    (
        "Elections are due in March next year.",
        D(2013, 7, 3), "in March next year", D(2014, 3, 1), D(2014, 3, 31), "month",
    ),
    # a bare day of the month: placed like a bare weekday (tense; no cue: on/before)
    (
        "The talks will resume on the 15th, officials said.",
        TUE_2013_02_12, "on the 15th", D(2013, 2, 15), D(2013, 2, 15), "day",
    ),
    (
        "Rebels seized the town on the 20th, the army said.",
        TUE_2013_02_12, "on the 20th", D(2013, 1, 20), D(2013, 1, 20), "day",
    ),
    (
        "The ceasefire took effect on the 31st.",
        D(2013, 3, 5), "on the 31st", D(2013, 1, 31), D(2013, 1, 31), "day",
    ),
    (
        "Tenants say the rent is due by the 1st.",
        TUE_2013_02_12, "the 1st", D(2013, 3, 1), D(2013, 3, 1), "day",
    ),
    # counted from the reference
    (
        "In a week, the city opens its new bridge.",
        TUE_2013_02_12, "In a week", D(2013, 2, 19), D(2013, 2, 19), "day",
    ),
    (
        "The envoy will return to Damascus in two weeks.",
        TUE_2013_02_12, "in two weeks", D(2013, 2, 26), D(2013, 2, 26), "day",
    ),
    (
        "The licence expires 3 years from today.",
        TUE_2013_02_12, "3 years from today", D(2016, 2, 12), D(2016, 2, 12), "day",
    ),
    (
        "The mayor will stand again in four years.",
        TUE_2013_02_12, "in four years", D(2017, 2, 1), D(2017, 2, 28), "month",
    ),
    # ISO year-month, where it cannot be a span of years ("2010-11", "2000-04" stay spans)
    (
        "Exports for 2014-10 fell 3 percent, the ministry said.",
        TUE_2013_02_12, "2014-10", D(2014, 10, 1), D(2014, 10, 31), "month",
    ),
    (
        "Attendance fell in the 2010-11 season.",
        TUE_2013_02_12, "in the 2010-11", D(2010, 1, 1), D(2011, 12, 31), "range",
    ),
    (
        "O'Brien had a record of 139-119 with the Boston Celtics from 2000-04.",
        TUE_2013_02_12, "2000-04", D(2000, 1, 1), D(2004, 12, 31), "range",
    ),
    # the n-th (last) week or day of a named period: whole Monday-Sunday weeks inside it
    (
        "Turnout peaked in the last week of September 2014, officials said.",
        TUE_2013_02_12, "in the last week of September 2014", D(2014, 9, 22), D(2014, 9, 28),
        "week",
    ),
    (
        "The first week of October 2014 brought heavy rain.",
        TUE_2013_02_12, "The first week of October 2014", D(2014, 10, 6), D(2014, 10, 12),
        "week",
    ),
    (
        "Ballots must be returned by the last day of October 2015.",
        TUE_2013_02_12, "the last day of October 2015", D(2015, 10, 31), D(2015, 10, 31), "day",
    ),
    (
        "Talks will resume in the first week of next month.",
        TUE_2013_02_12, "in the first week of next month", D(2013, 3, 4), D(2013, 3, 10),
        "week",
    ),
    (
        "Lavrov said last week in Geneva that talks would go on.",
        TUE_2013_02_12, "last week", D(2013, 2, 4), D(2013, 2, 10), "week",
    ),
]  # fmt: skip

DUCKLING_ROWS = [  # Duckling's English Time corpus, reference Tue 2013-02-12
    ("today", TUE_2013_02_12, "today", D(2013, 2, 12), D(2013, 2, 12), "day"),
    ("yesterday", TUE_2013_02_12, "yesterday", D(2013, 2, 11), D(2013, 2, 11), "day"),
    ("tomorrow", TUE_2013_02_12, "tomorrow", D(2013, 2, 13), D(2013, 2, 13), "day"),
    ("the day before yesterday", TUE_2013_02_12, "the day before yesterday",
     D(2013, 2, 10), D(2013, 2, 10), "day"),
    ("last tuesday", TUE_2013_02_12, "last tuesday", D(2013, 2, 5), D(2013, 2, 5), "day"),
    ("next tuesday", TUE_2013_02_12, "next tuesday", D(2013, 2, 19), D(2013, 2, 19), "day"),
    ("next wednesday", TUE_2013_02_12, "next wednesday", D(2013, 2, 20), D(2013, 2, 20),
     "day"),
    ("friday after next", TUE_2013_02_12, "friday after next", D(2013, 2, 22),
     D(2013, 2, 22), "day"),
    ("monday of this week", TUE_2013_02_12, "monday of this week", D(2013, 2, 11),
     D(2013, 2, 11), "day"),
    ("this week", TUE_2013_02_12, "this week", D(2013, 2, 11), D(2013, 2, 17), "week"),
    ("last week", TUE_2013_02_12, "last week", D(2013, 2, 4), D(2013, 2, 10), "week"),
    ("next month", TUE_2013_02_12, "next month", D(2013, 3, 1), D(2013, 3, 31), "month"),
    ("last year", TUE_2013_02_12, "last year", D(2012, 1, 1), D(2012, 12, 31), "year"),
    ("march 3 2015", TUE_2013_02_12, "march 3 2015", D(2015, 3, 3), D(2015, 3, 3), "day"),
    ("the 15th of february", TUE_2013_02_12, "the 15th of february", D(2013, 2, 15),
     D(2013, 2, 15), "day"),
    ("the third of march", TUE_2013_02_12, "the third of march", D(2013, 3, 3),
     D(2013, 3, 3), "day"),
    ("Sunday, Feb 10", TUE_2013_02_12, "Sunday, Feb 10", D(2013, 2, 10), D(2013, 2, 10),
     "day"),
    ("Fri, Jul 18", TUE_2013_02_12, "Fri, Jul 18", D(2014, 7, 18), D(2014, 7, 18), "day"),
    ("Jul 18, Fri", TUE_2013_02_12, "Jul 18, Fri", D(2014, 7, 18), D(2014, 7, 18), "day"),
    ("10/31/1974", TUE_2013_02_12, "10/31/1974", D(1974, 10, 31), D(1974, 10, 31), "day"),
    ("31/Oct/1974", TUE_2013_02_12, "31/Oct/1974", D(1974, 10, 31), D(1974, 10, 31), "day"),
    ("October 2014", TUE_2013_02_12, "October 2014", D(2014, 10, 1), D(2014, 10, 31),
     "month"),
    ("three months ago", TUE_2013_02_12, "three months ago", D(2012, 11, 12),
     D(2012, 11, 12), "day"),
    ("two years ago", TUE_2013_02_12, "two years ago", D(2011, 2, 1), D(2011, 2, 28),
     "month"),
    ("last 2 days", TUE_2013_02_12, "last 2 days", D(2013, 2, 10), D(2013, 2, 11), "range"),
    ("next 3 days", TUE_2013_02_12, "next 3 days", D(2013, 2, 13), D(2013, 2, 15), "range"),
    ("early March", TUE_2013_02_12, "early March", D(2013, 3, 1), D(2013, 3, 10), "range"),
    ("late March", TUE_2013_02_12, "late March", D(2013, 3, 21), D(2013, 3, 31), "range"),
    ("2 thursdays ago", TUE_2013_02_12, "2 thursdays ago", D(2013, 1, 31), D(2013, 1, 31),
     "day"),
    ("July 13 - July 15", TUE_2013_02_12, "July 13 - July 15", D(2013, 7, 13),
     D(2013, 7, 15), "range"),
    ("1960 - 1961", TUE_2013_02_12, "1960 - 1961", D(1960, 1, 1), D(1961, 12, 31), "range"),
    ("last Monday of March", TUE_2013_02_12, "last Monday of March", D(2013, 3, 25),
     D(2013, 3, 25), "day"),
    gap("the week of october 6th", TUE_2013_02_12, "the week of october 6th",
        D(2013, 10, 7), D(2013, 10, 13), "week", reason="'the week of <date>' not read"),
    ("third last week of 2018", TUE_2013_02_12, "third last week of 2018", D(2018, 12, 10),
     D(2018, 12, 16), "week"),
    ("2nd last week of October 2018", TUE_2013_02_12, "2nd last week of October 2018",
     D(2018, 10, 15), D(2018, 10, 21), "week"),
    ("first week of october 2014", TUE_2013_02_12, "first week of october 2014",
     D(2014, 10, 6), D(2014, 10, 12), "week"),
    ("last week of september 2014", TUE_2013_02_12, "last week of september 2014",
     D(2014, 9, 22), D(2014, 9, 28), "week"),
    ("last day in october 2015", TUE_2013_02_12, "last day in october 2015",
     D(2015, 10, 31), D(2015, 10, 31), "day"),
    ("the 5th last day of May", TUE_2013_02_12, "the 5th last day of May", D(2013, 5, 27),
     D(2013, 5, 27), "day"),
    ("in 1 week", TUE_2013_02_12, "in 1 week", D(2013, 2, 19), D(2013, 2, 19), "day"),
    ("in a week", TUE_2013_02_12, "in a week", D(2013, 2, 19), D(2013, 2, 19), "day"),
    ("3 years from today", TUE_2013_02_12, "3 years from today", D(2016, 2, 12),
     D(2016, 2, 12), "day"),
    ("2014-10", TUE_2013_02_12, "2014-10", D(2014, 10, 1), D(2014, 10, 31), "month"),
    # Duckling: the 2nd coming week alone (2013-02-25..03-03); ours: both (upcoming-span)
    ("upcoming two weeks", TUE_2013_02_12, "upcoming two weeks", D(2013, 2, 18),
     D(2013, 3, 3), "range"),
    # Duckling: 2013-02-15, the next 15th; ours: the last one (bare-day-of-month)
    ("on the 15th", TUE_2013_02_12, "on the 15th", D(2013, 1, 15), D(2013, 1, 15), "day"),
    gap("on the first", TUE_2013_02_12, "on the first", D(2013, 2, 1), D(2013, 2, 1), "day",
        reason="a spelled ordinal day alone ('on the first floor') is not read"),
    gap("14th April 15", TUE_2013_02_12, "14th April 15", D(2015, 4, 14), D(2015, 4, 14),
        "day", reason="a two-digit year after a space ('14th April 15 people')"),
    gap("thanksgiving", TUE_2013_02_12, "thanksgiving", D(2013, 11, 28), D(2013, 11, 28),
        "day", reason="holidays are not read"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "span", "first", "last", "grain"),
    SEED_ROWS + NEWS_ROWS + DUCKLING_ROWS,
)
def test_reading(text, reference, span, first, last, grain):
    mention = only(text, reference, span)
    assert text[mention.start : mention.end] == span
    assert (mention.date.start, mention.date.end, mention.date.grain) == (first, last, grain)
    assert mention.date.resolved


# ------------------------------------------------------------------ tense

TENSE_ROWS = [
    # a bare weekday follows its clause: future cue -> on/after, past cue -> on/before
    ("Lavrov will visit Damascus on Tuesday.", SAT_2012_02_04, D(2012, 2, 7)),
    ("Lavrov is due to visit Damascus on Tuesday.", SAT_2012_02_04, D(2012, 2, 7)),
    ("Lavrov is set to visit Damascus on Tuesday.", SAT_2012_02_04, D(2012, 2, 7)),
    ("Lavrov plans to visit Damascus on Tuesday.", SAT_2012_02_04, D(2012, 2, 7)),
    ("Lavrov is expected to arrive in Damascus on Tuesday.", SAT_2012_02_04, D(2012, 2, 7)),
    ("Lavrov visited Damascus on Tuesday.", SAT_2012_02_04, D(2012, 1, 31)),
    ("Lavrov met Assad on Tuesday.", SAT_2012_02_04, D(2012, 1, 31)),
    ("On Tuesday, Lavrov will meet Assad.", SAT_2012_02_04, D(2012, 2, 7)),
    ("The ministry said on Saturday it would send envoys.", SAT_2012_02_04, D(2012, 2, 4)),
    ("Assad met on Tuesday with Lavrov.", TUE_2012_02_07, D(2012, 2, 7)),
    ("The envoy will arrive on Tuesday.", TUE_2012_02_07, D(2012, 2, 7)),
    ("Protesters marched on Sunday.", TUE_2012_02_07, D(2012, 2, 5)),
    ("US lawmakers were to return Monday from a summer break.", D(2013, 9, 6), D(2013, 9, 9)),
    # a year-less date: past cue -> on/before, future cue -> on/after, none -> nearest
    ("The attack on August 21 killed hundreds.", D(2013, 9, 9), D(2013, 8, 21)),
    ("The talks will resume on January 5.", D(2013, 12, 20), D(2014, 1, 5)),
    ("The vote was held on December 28.", D(2014, 1, 3), D(2013, 12, 28)),
    ("The March 3 election is a test for the party.", TUE_2013_02_12, D(2013, 3, 3)),
    # a bare day of the month: like a bare weekday; the reference day itself counts
    ("The envoy arrived on the 20th.", TUE_2013_02_12, D(2013, 1, 20)),
    ("The envoy will arrive on the 20th.", TUE_2013_02_12, D(2013, 2, 20)),
    ("Parliament meets on the 12th.", TUE_2013_02_12, D(2013, 2, 12)),
    ("The vote is due on the 10th.", TUE_2013_02_12, D(2013, 3, 10)),
]


@pytest.mark.parametrize(("text", "reference", "day"), TENSE_ROWS)
def test_tense_picks_the_day(text, reference, day):
    mentions = find_dates(text, reference)
    assert len(mentions) == 1, mentions
    assert (mentions[0].date.start, mentions[0].date.end) == (day, day)


# ------------------------------------------------------------------ not dates

NOT_DATES = [
    "He may be intending to persuade Assad to step down.",
    "May I ask a question?",
    "Theresa May said the plan was sound.",
    "The G20 summit in Saint Petersburg drew protests.",
    "Organisers said 2012 people signed the petition.",
    "Sky's chief correspondent said 12 separate areas came under attack.",
    "The crash happened at 3:35am near the junction.",
    "The Sunday Times reported the email.",
    "Shoppers crowded malls on Black Friday.",
    "© AFP 2015",
    "The conflict has claimed more than 100,000 lives according to U.N. figures.",
    "Police were called to 1200 Main St.",
    "He sat in the sun on a wed afternoon.",
    "The march on the capital drew 5,000 people.",
    "The 23-year-old man was taken to hospital.",
    "Some 2/3 of voters backed the plan.",
    "They killed 20 people in two days.",
    "Days after the vote, and weeks later, nothing had changed.",
    "He won 6-4 in the final set.",
    "A august body of scholars met.",
    "He lives on the 15th floor of the tower.",
    "The 1st Armored Division crossed the border.",
    "She finished the 1st, 2nd and 3rd stages.",
    "The minister said the last week of the campaign was hard.",
    "Prices rose 5 percent in a week.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text, TUE_2012_02_07) == ()


# ------------------------------------------------------------------ no reference date

UNRESOLVED = [
    # (text, span, grain, month, day, relative)
    ("will visit Damascus on February 7", "on February 7", "day", 2, 7, False),
    ("an alleged August 21 chemical attack", "August 21", "day", 8, 21, False),
    ("agreed in May to organise a conference", "in May", "month", 5, None, False),
    ("is due to visit Damascus today", "today", "day", None, None, True),
    ("the military continued on Monday", "on Monday", "day", None, None, True),
    ("vetoed the resolution at the weekend", "at the weekend", "range", None, None, True),
    ("the G20 meeting last week", "last week", "week", None, None, True),
    ("12 years ago", "12 years ago", "month", None, None, True),
    ("3 years from today", "3 years from today", "day", None, None, True),
    ("will resume on the 15th.", "on the 15th", "day", None, 15, True),
    ("in the last week of October", "in the last week of October", "week", None, None, True),
]


@pytest.mark.parametrize(("text", "span", "grain", "month", "day", "relative"), UNRESOLVED)
def test_without_a_reference_nothing_is_guessed(text, span, grain, month, day, relative):
    mention = only(text, None, span)
    reading = mention.date
    assert not reading.resolved
    assert (reading.start, reading.end) == (None, None)
    assert (reading.grain, reading.month, reading.day) == (grain, month, day)
    assert mention.relative is relative


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Feb. 7th, 2012", D(2012, 2, 7), D(2012, 2, 7)),
        ("2012-02-07", D(2012, 2, 7), D(2012, 2, 7)),
        ("in 2012", D(2012, 1, 1), D(2012, 12, 31)),
        ("May 2013", D(2013, 5, 1), D(2013, 5, 31)),
    ],
)
def test_absolute_dates_resolve_without_a_reference(text, first, last):
    (mention,) = find_dates(text)
    assert (mention.date.start, mention.date.end, mention.date.resolved) == (first, last, True)
    assert not mention.relative


def test_since_without_a_reference_keeps_its_start():
    (mention,) = find_dates("There have been 14 shootings since 2011.")
    assert (mention.date.start, mention.date.end, mention.date.resolved) == (
        D(2011, 1, 1),
        None,
        False,
    )


# ------------------------------------------------------------------ parse_date

PARSE_ROWS = [
    ("February 7", SAT_2012_02_04, D(2012, 2, 7), D(2012, 2, 7)),
    ("last week", TUE_2012_02_07, D(2012, 1, 30), D(2012, 2, 5)),
    ("1974", None, D(1974, 1, 1), D(1974, 12, 31)),  # latent: a bare year
    ("March", TUE_2013_02_12, D(2013, 3, 1), D(2013, 3, 31)),  # latent: a bare month
    ("2/15", TUE_2013_02_12, D(2013, 2, 15), D(2013, 2, 15)),  # latent: month/day
    ("2014-10", None, D(2014, 10, 1), D(2014, 10, 31)),
    ("in a week", TUE_2013_02_12, D(2013, 2, 19), D(2013, 2, 19)),
    ("sat", TUE_2013_02_12, D(2013, 2, 9), D(2013, 2, 9)),
    ("the 1st", TUE_2013_02_12, D(2013, 2, 1), D(2013, 2, 1)),  # latent: no preposition
    ("in 4 years", TUE_2013_02_12, D(2017, 2, 1), D(2017, 2, 28)),
]


@pytest.mark.parametrize(("text", "reference", "first", "last"), PARSE_ROWS)
def test_parse_date_reads_one_whole_expression(text, reference, first, last):
    reading = parse_date(text, reference)
    assert reading is not None
    assert (reading.start, reading.end) == (first, last)


@pytest.mark.parametrize("text", ["", "the minister", "12 separate areas", "3:35am"])
def test_parse_date_gives_none_for_no_date(text):
    assert parse_date(text, TUE_2012_02_07) is None


# ------------------------------------------------------------------ seeds, whole

SEED_REFERENCES = {
    "000": SAT_2012_02_04,
    "001": TUE_2012_02_07,
    "002": MON_2013_09_09,
    "003": MON_2013_09_09,
    "004": TUE_2012_02_07,
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not checked out here")
@pytest.mark.parametrize("stem", sorted(SEED_REFERENCES))
def test_seed_mentions_are_valid_spans(stem):
    (path,) = SEEDS.glob(f"{stem}_*.txt")
    text = path.read_text(encoding="utf-8")
    mentions = find_dates(text, SEED_REFERENCES[stem])
    assert mentions
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end
        assert text[mention.start : mention.end] == mention.text
        assert mention.date.resolved
        assert mention.date.start <= mention.date.end
        previous_end = mention.end
    texts = [m.text for m in mentions]
    assert "3:35am" not in texts and "AFP 2015" not in texts


# ------------------------------------------------------------------ robustness

ADVERSARIAL = [
    "1" * 20_000,
    "/" * 20_000,
    "-" * 20_000,
    "1/" * 10_000,
    "12-" * 10_000,
    "last " * 10_000,
    "since last " * 5_000 + "Friday",
    "May " * 10_000,
    "March 3, " * 5_000,
    "Monday " * 10_000,
    "the first of " * 5_000,
    "2012 " * 10_000,
    "on the " * 10_000 + "weekend",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:16]))
def test_adversarial_input_is_read_in_linear_time(text):
    previous_end = 0
    for mention in find_dates(text, TUE_2012_02_07):
        assert previous_end <= mention.start < mention.end <= len(text)
        previous_end = mention.end


_PIECES = st.sampled_from(
    [
        "last ", "next ", "on ", "since ", "May", "may", "March", "Feb.", "7", "21", "2012",
        "/", "-", ",", " ", "\n", "Monday", "Sat", "today", "weekend", "week", "ago", "days",
        "the ", "of ", "10 p.m.", "3:35am", "th", "'", ".", "é", "s",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join),
    st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))),
)
def test_any_text_gives_valid_spans(text, reference):
    previous_end = 0
    for mention in find_dates(text, reference):
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        reading = mention.date
        if reading.resolved:
            assert reading.start is not None and reading.end is not None
            assert reading.start <= reading.end
        previous_end = mention.end
    parse_date(text, reference)
