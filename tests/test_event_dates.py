"""One happening dated differently by two copies' leads is a conflict (issue 9, item 4).

Real sentences, read by `claims.extract` and checked by `claims.check`, grouped by the
cluster they come from: ECB+ 12_ecbplus (INS Sukanya foils a pirate attack in the Gulf of
Aden, Thursday 10 Nov 2011; PTI and IANS copy), GVC 567614 (the west Houston shooting,
Sunday 29 May 2016; abc13.com and USA Today pages with embedded tweets).
"""

from __future__ import annotations

import datetime as dt

import claims

NOV11 = dt.date(2011, 11, 11)


def findings(first: str, second: str, published: tuple[dt.date, dt.date]):
    a = claims.extract(first, published=published[0], article_id="a", source="The Hindu")
    b = claims.extract(second, published=published[1], article_id="b", source="IANS")
    return [(f.relation, f.explanation) for f in claims.check([a, b]).findings]


# ------------------------------------------------------------ ECB+ 12_ecbplus (Gulf of Aden)

#: The Navy release both wire copies carry after their own leads (IANS's words).
RELEASE = (
    "\nWhile two of the skiffs and its crew managed to get away, Sukanya successfully"
    " intercepted the remaining three skiffs and carried out well-practiced and professionally"
    " executed boarding-and-search action.\nHe said that in addition, the naval boarding party"
    " also found a host of other equipment such as grapnels, ladders and rope-handling gloves,"
    " all of which confirmed their intent to attack and hijack the merchant vessels.\nThis"
    " anti-piracy action by INS Sukanya was the fifth successful operation by its crew during"
    " its current patrol mission in the Gulf of Aden since September this year."
)
PTI_THURSDAY = (
    "The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by"
    " sea brigands on merchant vessels, apprehending 26 Somali pirates."
)
IANS_FRIDAY = (
    "An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the"
    " Gulf of Aden on Friday capturing 26 Somani brigands on three of the skiffs."
)
IANS_SUNDAY = IANS_FRIDAY.replace("on Friday", "on Sunday")


def test_copies_leads_a_day_apart_are_one_happening_misdated() -> None:
    found = findings(PTI_THURSDAY + RELEASE, IANS_FRIDAY + RELEASE, (NOV11, NOV11))
    (conflict,) = [e for r, e in found if r == "discrepancy"]
    assert "10 Nov 2011" in conflict and "11 Nov 2011" in conflict and "1 days apart" in conflict
    assert "one copy was changed" in conflict


def test_copies_leads_far_apart_may_be_two_happenings() -> None:
    # "Sunday" told on Friday 11 Nov is 6 Nov, five days before: not one attack misdated
    found = findings(PTI_THURSDAY + RELEASE, IANS_SUNDAY + RELEASE, (NOV11, NOV11))
    assert not [e for r, e in found if r == "discrepancy"]


def test_leads_of_two_stories_are_not_held_to_one_happening() -> None:
    # local news: two stories' "Tuesday" and "Wednesday" shootings are as often two as one
    found = findings(PTI_THURSDAY, IANS_FRIDAY, (NOV11, NOV11))
    assert not [e for r, e in found if r == "discrepancy"]


def test_the_same_day_agrees() -> None:
    found = findings(PTI_THURSDAY, PTI_THURSDAY.replace("Indian Navy", "navy"), (NOV11, NOV11))
    assert not [e for r, e in found if r == "discrepancy"]
    assert any("both put the" in e for r, e in found if r == "agree")


# ------------------------------------------------------------ GVC 567614 (Houston, tweets)

ABC13 = (
    "What we uncovered prompted police to return to mass shooting scene and collect evidence"
    " @abc13houston pic.twitter.com/4tT4MOh21Q — Marla Carter (@MarlaABC13) May 30, 2016\n\n"
    "A source close to the investigation has identified the suspect in Sunday's west Houston"
    " mass shooting as a 25-year-old veteran from California."
)
USA_TODAY = "Houston Police responded to a mass shooting in west Houston on May 29, 2016."


def test_an_embedded_posts_date_stamp_is_not_the_happenings_date() -> None:
    found = findings(ABC13, USA_TODAY, (dt.date(2016, 5, 30), dt.date(2016, 5, 31)))
    assert not [e for r, e in found if r == "discrepancy"]
