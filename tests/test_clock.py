"""claims.dates.clock: the time of day of a happening, and what compare makes of it.

Rows are real news strings (ECB+ dev group or GVC dev incident in the comment) and the
interval of minutes after midnight they mean; known gaps are strict xfails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claims import check, extract
from claims.dates.clock import find_clock_times, in_utc
from claims.model import ClockInterval


def gap(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def hm(hours: int, minutes: int = 0) -> int:
    return hours * 60 + minutes


# ------------------------------------------------------------------ readings

READINGS = [
    # (sentence, span, low, high, zone)
    # 24_ecbplus (the Casty ram-raid)
    ("drove a large four-by-four car into the store at around 4.30am and grabbed",
     "at around 4.30am", hm(4, 15), hm(4, 45), None),
    ("At around 4:30 a. m. local time (11.30 p. m. ET) the thieves rammed an SUV",
     "At around 4:30 a. m. local time", hm(4, 15), hm(4, 45), "local time"),
    ("At around 4:30 a. m. local time (11.30 p. m. ET) the thieves rammed an SUV",
     "11.30 p. m. ET", hm(23, 30), hm(23, 30), "et"),
    # 8_ecb (the Woodburn bank bomb)
    ("on the Newberg 214 Highway just before 5:30 p.m., Marion County deputies said.",
     "just before 5:30 p.m.", hm(17, 15), hm(17, 30), None),
    ("The bomb detonated around 5:30 p.m. at the bank in the 2500 block of Oregon 214.",
     "around 5:30 p.m.", hm(17, 15), hm(17, 45), None),
    ("threatening phone call to Wells Fargo around 10:30 a.m. Oregon State Police",
     "around 10:30 a.m.", hm(10, 15), hm(10, 45), None),
    # GVC 610584 (Doubles Bar, Hamilton)
    ("multiple victims received gunshot wounds shortly after 1:50 a.m.",
     "shortly after 1:50 a.m.", hm(1, 50), hm(2, 5), None),
    ("the shooting, which started some time before 2 a.m. and led to 50 911 calls",
     "some time before 2 a.m.", hm(1), hm(2), None),
    # GVC 460726 (Hawthorne New Year's party)
    ("when shots rang out at about 1:15 a.m. Tuesday, sheriff's sergeant Diane Hecht said",
     "at about 1:15 a.m.", hm(1), hm(1, 30), None),
    # 41_ecb (the Jabaliya school strike)
    ("girls school in the Jabaliya camp at 3.45pm on Tuesday, Mr Ging said",
     "3.45pm", hm(15, 45), hm(15, 45), None),
    ("in northern Gaza, at about 3pm on Tuesday (12am yesterday), according to UNRWA",
     "at about 3pm", hm(14, 45), hm(15, 15), None),
    # GVC 657151 (West 76th Street, Indianapolis)
    ("The shooting happened just after 12:30 a.m. Saturday in the 2000 block",
     "just after 12:30 a.m.", hm(0, 30), hm(0, 45), None),
    # named hours, a 24-hour time with its zone
    ("the deadline passed just before midnight", "just before midnight", -15, 0, None),
    ("Published: 09 Sep 2013 04:39 GMT", "04:39 GMT", hm(4, 39), hm(4, 39), "gmt"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "span", "low", "high", "zone"), READINGS)
def test_reading(sentence, span, low, high, zone):
    found = {m.text: m.clock for m in find_clock_times(sentence)}
    assert span in found, f"{span!r} not in {list(found)}"
    clock = found[span]
    assert (clock.low, clock.high, clock.zone) == (low, high, zone)


NOT_TIMES = [
    "Olympiakos won 4.30 to 2 on aggregate",  # a bare figure is no time of day
    "the 13 p.m. train",  # no such hour
    "a 4 amazing goals haul",  # "a" + "m" must stand alone
    "It measured 5.30 on the Richter scale",  # 38_ecb-shaped: a magnitude
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_a_time(sentence):
    assert find_clock_times(sentence) == ()


def test_zones_compare_in_utc():
    # 4:30 CEST is 02:30 UTC; 10:30 p.m. ET is 02:30 (EDT) to 03:30 (EST) UTC the next day
    cest = find_clock_times("at 4:30 a.m. CEST")[0].clock
    et = find_clock_times("at 10:30 p.m. ET")[0].clock
    assert in_utc(cest) == (hm(2, 30), hm(2, 30))
    assert in_utc(et) == (hm(26, 30), hm(27, 30))
    assert in_utc(ClockInterval(hm(4, 30), hm(4, 30), "local time")) is None


# ------------------------------------------------------------------ event claims

EVENTS = [
    # (sentence, published, claim text, event, low, high, dated)
    ("The explosion happened at the West Coast Bank on the Newberg 214 Highway just before"
     " 5:30 p.m., Marion County deputies said.",  # 8_ecb: a clock time with no day
     dt.date(2008, 12, 13), "just before 5:30 p.m.", "attack", hm(17, 15), hm(17, 30), False),
    ("More than 40 revelers were celebrating at a home in the 13500 block of Cerise Avenue"
     " when shots rang out at about 1:15 a.m. Tuesday, sheriff's sergeant Diane Hecht said"
     " in a statement.",  # GVC 460726: a time beside its day is one claim
     dt.date(2013, 1, 1), "at about 1:15 a.m. Tuesday", "shooting", hm(1), hm(1, 30), True),
    ("When the Israeli attack came on the Prep C girls school in the Jabaliya camp at 3.45pm"
     " on Tuesday, Mr Ging said about 350 Palestinians were inside.",  # 41_ecb
     dt.date(2009, 1, 7), "at 3.45pm on Tuesday", "attack", hm(15, 45), hm(15, 45), True),
    ("At around 4:30 a. m. local time (11.30 p. m. ET) the thieves rammed an SUV into the"
     " front of the Casty store, near the prestigious Place Vendome.",  # 24_ecbplus
     dt.date(2013, 9, 9), "At around 4:30 a. m. local time", "robbery", hm(4, 15), hm(4, 45),
     False),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "text", "event", "low", "high", "dated"), EVENTS)
def test_event_claim_carries_its_clock(sentence, published, text, event, low, high, dated):
    article = extract(sentence, published=published, article_id="a")
    events = {c.text: c for c in article.claims if c.kind == "event"}
    assert text in events, f"{text!r} not in {list(events)}"
    claim = events[text]
    assert claim.event == event
    assert claim.clock is not None and (claim.clock.low, claim.clock.high) == (low, high)
    assert (claim.date is not None) is dated


def test_a_report_clock_makes_no_event():
    # a clock time with no happening beside it ("Published: ... 04:39 GMT") is no claim
    article = extract("Published: 09 Sep 2013 04:39 GMT", published=dt.date(2013, 9, 9))
    assert [c for c in article.claims if c.kind == "event"] == []


# ------------------------------------------------------------------ end to end

BOMB_A = (
    "The explosion happened at the West Coast Bank on the Newberg 214 Highway in Woodburn"
    " just before 5:30 p.m., Marion County deputies said."
)  # 8_ecb, 8_3ecb (the town named, as the story's lead does)
BOMB_B = (
    "The bomb detonated around 5:30 p.m. at the bank in Woodburn, killing a Woodburn police"
    " officer."
)  # 8_7ecb, its place and toll as the story's lead gives them
PARTY_A = (
    "More than 40 revelers were celebrating at a home in the 13500 block of Cerise Avenue in"
    " Hawthorne when shots rang out at about 1:15 a.m. Tuesday, sheriff's sergeant Diane"
    " Hecht said."
)  # GVC 460726
PARTY_B = "The shooting in Hawthorne happened shortly after 1 a.m. Tuesday, deputies said."
#: PARTY_B with its hour planted two hours on: one night, told an hour and a half apart
PARTY_PLANTED = "The shooting in Hawthorne happened shortly after 3 a.m. Tuesday, deputies said."
#: GVC 480358-shaped: a spree's second shooting, undated, is another happening's time
SPREE = "The shooting in Hawthorne happened at 5.55am, deputies said."

PAIRS = [
    # (text a, text b, relation of their event finding or None)
    (BOMB_A, BOMB_B, "consistent"),
    (PARTY_A, PARTY_B, "consistent"),
    (PARTY_B, PARTY_B.replace("deputies said", "police said"), "agree"),
    (PARTY_A, PARTY_PLANTED, "discrepancy"),
    (PARTY_A, SPREE, None),
    gap(
        "At around 4:30 a. m. local time the thieves rammed an SUV into the Casty store in Paris.",
        "At 11.30 p. m. ET the thieves rammed an SUV into the Casty store in Paris.",
        "discrepancy",
        reason="24_ecbplus F4: 'local time' in Paris is CEST only through the place's zone,"
        " which no table gives yet",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation"), PAIRS)
def test_two_articles_times(a, b, relation):
    day = dt.date(2013, 1, 1)
    report = check(
        [
            extract(a, published=day, article_id="a", source="one"),
            extract(b, published=day, article_id="b", source="two"),
        ]
    )
    found = [f.relation for f in report.findings if f.kind == "event"]
    assert found == ([relation] if relation else [])


def test_time_gap_is_explained_in_minutes():
    day = dt.date(2013, 1, 1)
    report = check(
        [
            extract(PARTY_A, published=day, article_id="a", source="one"),
            extract(PARTY_PLANTED, published=day, article_id="b", source="two"),
        ]
    )
    (finding,) = [f for f in report.findings if f.kind == "event"]
    assert "90 minutes apart" in finding.explanation


@pytest.mark.xfail(strict=True, reason="GVC 610584 F10: a wound with no event word")
def test_gunshot_wounds_at_a_time_is_an_event():
    article = extract(
        "One person reportedly was killed and multiple victims received gunshot wounds"
        " shortly after 1:50 a.m.",
        published=dt.date(2016, 7, 24),
    )
    assert any(c.kind == "event" and c.clock is not None for c in article.claims)


# ------------------------------------------------------------------ dated happenings

HAPPENINGS = [
    # (sentence, published, claim text, event): the words that date a story's happenings
    ("The main current staff was elected in December 2008.",  # 11_ecbplus
     dt.date(2013, 10, 5), "in December 2008", "election"),
    ("In 2009, police said they had recovered 80 percent of the haul.",  # 24_ecbplus
     dt.date(2013, 9, 9), "In 2009", "recovery"),
    ("More demonstrations are planned for Monday.",  # 19_ecb
     dt.date(2008, 12, 13), "Monday", "protest"),
    ("In the early hours of Monday, thieves rammed a 4x4 vehicle through the windows of an"
     " upmarket jewellery store near the prestigious Place Vendome.",  # 24_ecbplus
     dt.date(2013, 9, 9), "Monday", "robbery"),
    gap("In the early hours of Monday, thieves rammed a 4x4 vehicle through the windows.",
        dt.date(2013, 9, 9), "In the early hours of Monday", "robbery",
        reason="the date reader's lead knows no 'the early hours of'"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "text", "event"), HAPPENINGS)
def test_dated_happening(sentence, published, text, event):
    article = extract(sentence, published=published, article_id="a")
    events = {c.text: c.event for c in article.claims if c.kind == "event"}
    assert events.get(text) == event, events


def test_a_bare_day_takes_no_moment_word():
    # "shots" names the moment of a shooting beside a time of day only: beside a bare day
    # every retelling of the story would date it again (GVC 460726-shaped)
    article = extract("Neighbours heard shots Tuesday.", published=dt.date(2013, 1, 1))
    assert [c for c in article.claims if c.kind == "event"] == []
