"""Injuries told by the wound, not by a casualty verb (issue 10, the injuries half).

Rows are real strings of the GVC dev half's injury misses (`bench/realnews.py --gold`),
grouped by form, and what they must read: (text, {kind: values}, span) where every
listed kind has claims of exactly those values, no other deaths or injuries value
appears, and `span` (when given) is the text of one injuries claim.
"""

from __future__ import annotations

import pytest
from test_extract_casualties import _tolls

import claims


def _check(text: str, expected: dict[str, set[float]], span: str | None) -> None:
    found = claims.extract(text).claims
    got = _tolls(found)
    for kind in ("deaths", "injuries"):
        assert got[kind] == expected.get(kind, set()), (kind, got)
    if span is not None:
        assert span in [c.text for c in found if c.kind == "injuries"]


# one victim, a noun or a name, with a wound and no casualty verb
ONE_VICTIM = [
    (
        "The victim was taken to the hospital and is in stable condition.",
        {"injuries": {1}},
        "The victim was taken to the hospital",
    ),
    (
        "Coulthard was taken to Lehigh Valley Hospital-Cedar Crest, where he was treated"
        " and released.",
        {"injuries": {1}},
        "Coulthard was taken to Lehigh Valley Hospital-Cedar Crest, where he was treated"
        " and released",
    ),
    (
        "Bentley Michael Lenhart suffered a handgun wound to his abdomen about 4:30 p.m.",
        {"injuries": {1}},
        "Bentley Michael Lenhart suffered a handgun wound",
    ),
    (
        "A teenager sustained life-threatening injuries early Sunday when she was shot"
        " inside a Garner apartment.",
        {"injuries": {1}},
        "A teenager sustained life-threatening injuries",
    ),
    (
        "The 14-month-old is recovering at the hospital and is in stable condition.",
        {"injuries": {1}},
        "The 14-month-old is recovering",
    ),
    (
        "The 21-year-old woman was taken in good condition to Norwegian American Hospital,"
        " police said.",
        {"injuries": {1}},
        "The 21-year-old woman was taken in good condition",
    ),
    (
        "Police say his daughter was struck in the upper body area but in stable condition.",
        {"injuries": {1}},
        None,
    ),
    (
        "Cobbs, who was flown to Duke University Hospital in North Carolina with a"
        " non-life-threatening injury, is awaiting extradition.",
        {"injuries": {1}},
        None,
    ),
]

# "he"/"she" after a sentence that told someone shot
PRONOUN_VICTIM = [
    (
        "A 21-year-old man was shot in the hand and leg around 1:25 a.m. He was taken to the"
        " hospital and is in stable condition.",
        {"injuries": {1}},
        "He was taken to the hospital and is in stable condition",
    ),
    (
        "A Seattle man was shot Saturday. He was taken to Harborview Medical Center, where he"
        " was treated and released.",
        {"injuries": {1}},
        None,
    ),
]

# a count of people whose clause goes on to the wound
COUNTED = [
    # GVC 627519 (Dallas, 2016): the count in apposition to "The wounded victims"
    (
        "The wounded victims, two women in their 20s and a man in his 40s, were taken to"
        " Texas Health Presbyterian Hospital.",
        {"injuries": {2}},
        "two women",
    ),
    (
        "The three other victims did not suffer life-threatening wounds, Hecht said.",
        {"injuries": {3}},
        "three other victims",
    ),
    (
        "Three other victims showed up at the hospital with gunshot wounds.",
        {"injuries": {3}},
        "Three other victims",
    ),
    (
        "Sixteen people were treated at Lee Memorial Hospital, many of which have been released.",
        {"injuries": {16}},
        "Sixteen people",
    ),
    (
        "Wood was one of four people transported to the hospital after the shooting,"
        " including two 15-year-olds and a 17-year-old.",
        {"injuries": {4}},
        "four people",
    ),
    (
        "Two other gunshot victims arrived at the hospital via personal vehicles.",
        {"injuries": {2}},
        "Two other gunshot victims",
    ),
    (
        "Police officers in Kokomo are investigating a shooting at a bar that sent 4 people"
        " to the hospital on Sunday, according to Howard County dispatch.",
        {"injuries": {4}},
        "4 people",
    ),
    (
        "Three juveniles are recovering after being hit by buckshot after an accidental"
        " discharge with a shotgun.",
        {"injuries": {3}},
        "Three juveniles",
    ),
    (
        "Court records say Jackson fired into a stranded vehicle with four women inside near"
        " 21st and Cleveland on Saturday, killing 25-year-old Maryanna Pennington and"
        " injuring the three others.",
        {"deaths": {1}, "injuries": {3}},
        "three others",
    ),
    (
        "Six additional victims were located on the scene also suffering from gunshot wounds.",
        {"injuries": {6}},
        "Six additional victims",
    ),
]

# someone who shot themselves: hurt, unless the article tells the death
REFLEXIVE = [
    (
        "Police said Jackson accidentally shot himself in the hand with a 9mm handgun loaded"
        " with hollow-point rounds, and was later transported to Atlanta Medical Center for"
        " treatment.",
        {"injuries": {1}},
        "shot himself",
    ),
    (
        "Dodge County toddler accidentally shoots herself in the leg",
        {"injuries": {1}},
        "Dodge County toddler accidentally shoots herself",
    ),
    ("Police: Toddler Shot Himself in Montoursville", {"injuries": {1}}, "Toddler Shot Himself"),
    # the killer's own death is counted with his victim's (`claims.extract.murder_suicide`)
    ("He killed his wife before shooting himself.", {"deaths": {1, 2}}, None),
]

# a headline's victim with no article
HEADLINE = [
    (
        "4-year-old boy hit by stray bullet outside DeKalb apartments",
        {"injuries": {1}},
        "4-year-old boy hit by stray bullet",
    ),
]

# a headline's second victim after a comma
SECOND = [
    ("Teen Killed, Another Wounded in St. Paul Shooting", {"deaths": {1}, "injuries": {1}}),
    ("Man dead, woman injured in shooting", {"deaths": {1}, "injuries": {1}}),
]


@pytest.mark.parametrize(("title", "expected"), SECOND)
def test_a_headlines_second_victim(title: str, expected: dict[str, set[float]]) -> None:
    found = claims.extract("Police are investigating.", title=title).claims
    assert _tolls(found) == {"deaths": set(), "injuries": set()} | expected


# not a wound of the living, or not a victim's
NOT_INJURIES = [
    ("A man was found dead with a gunshot wound to the head.", {"deaths": {1}}, None),
    ("Police said the suspect was not injured.", {}, None),
    ("Officers found him with no injuries.", {}, None),
    # GVC 681260: a casualty verb denied
    ("Those two children were not injured.", {}, None),
    # GVC 591237: the people counted died after the ride
    (
        "The two victims were transported to a nearby hospital where they later died from"
        " their injuries.",
        {},
        None,
    ),
    # the emergency number after "called", "to", "a": no count of people shot
    # (GVC 729773, 455601, 704076)
    (
        "Destin's parents called 911 and said their son had been accidentally shot by his"
        " friend with a .22 caliber pistol.",
        {"injuries": {1}},
        None,
    ),
    (
        "A caller to 911 told the Sheriff’s Office late Saturday morning that an 18-year-old"
        " “accidentally shot” his friend, according to authorities.",
        {},
        None,
    ),
    (
        "Investigators rushed to a home in the 700 block of Pebble Creek Drive around 4 p.m."
        " Friday after receiving a 911 reporting a person shot.",
        {"injuries": {1}},
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    ONE_VICTIM + PRONOUN_VICTIM + COUNTED + REFLEXIVE + HEADLINE + NOT_INJURIES,
)
def test_injuries_told_by_the_wound(
    text: str, expected: dict[str, set[float]], span: str | None
) -> None:
    _check(text, expected, span)


def test_some_of_the_victims_taken_to_hospital_are_a_part() -> None:
    found = claims.extract("Three of the victims were taken to Memorial Regional Hospital.")
    (hurt,) = [c for c in found.claims if c.kind == "injuries"]
    assert (hurt.value.low, hurt.subject) == (3, "victims listed")


def test_a_wound_of_one_named_is_no_death_of_another_named() -> None:
    text = (
        "15-year-old Lavontay Allen was killed in the shooting while Allen's mother,"
        " 40-year-old Jaton Watts was also shot. Watts was treated for non-life threatening"
        " wounds."
    )
    assert _tolls(claims.extract(text).claims) == {"deaths": {1}, "injuries": {1}}


def test_a_wound_of_one_who_later_died_is_no_injury() -> None:
    text = (
        "The victim was transported to Hilo Medical Center in critical condition and"
        " pronounced dead on Saturday."
    )
    found = claims.extract(text, title="Police: Boy died of self-inflicted gunshot wound").claims
    assert _tolls(found) == {"deaths": {1}, "injuries": set()}


# a treatment, a ride or a list between the victim and the wound
TREATED_AND_LISTED = [
    # GVC 315150
    (
        "The 11-year-old boy was treated at the hospital for minor injuries to a cheek.",
        {"injuries": {1}},
        "The 11-year-old boy was treated at the hospital for minor injuries",
    ),
    # GVC 362322: the nearest noun phrase, not "a report Friday that a 22-month-old"
    (
        "Clay County deputies received a report Friday that a 22-month-old was being treated"
        " at Sanford Medical Center in Fargo for a gunshot wound, court documents state.",
        {"injuries": {1}},
        "a 22-month-old was being treated at Sanford Medical Center in Fargo for a gunshot wound",
    ),
    # GVC 332732
    (
        "Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were all"
        " transported to a local hospital for treatment of non-life threatening injuries.",
        {"injuries": {3}},
        "Three victims",
    ),
    # GVC 382413: ages in apposition, "what police say are"
    (
        "Four other teenagers, ages 13 to 17, sustained what police say are non-life"
        " threatening injuries.",
        {"injuries": {4}},
        "Four other teenagers",
    ),
    # GVC 481213
    ("Three others sustained non-fatal bullet wounds.", {"injuries": {3}}, "Three others"),
    # GVC 466375: "admitted to"
    (
        "The victim was admitted to ProMedica Toledo Hospital Monday with a gunshot wound in"
        " her right thigh.",
        {"injuries": {1}},
        None,
    ),
    # GVC 531173: "for treatment of"
    (
        "The victim was transported to Nash General Hospital for treatment of non-life"
        " threatening injuries.",
        {"injuries": {1}},
        None,
    ),
    # GVC 296215: "&" in a hospital's name
    (
        "Upon arrival, police found two females and and one male dead from gunshot wounds;"
        " another female was rushed to Baylor Scott & White Hospital in Temple with critical"
        " wounds.",
        {"deaths": {1, 2}, "injuries": {1}},
        None,
    ),
    # GVC 209478: treated and released is alive, whoever died
    (
        "INDIANAPOLIS (PIX11) — A 9-month-old baby in Indiana died Thursday after he was shot"
        " in the head by accident, WXIN reported. John Hambaugh was treated and released, but"
        " Jacob Hambaugh remained on life support until Thursday.",
        {"deaths": {1}, "injuries": {1}},
        "John Hambaugh was treated and released",
    ),
]


@pytest.mark.parametrize(("text", "expected", "span"), TREATED_AND_LISTED)
def test_injuries_treated_ridden_or_listed(
    text: str, expected: dict[str, set[float]], span: str | None
) -> None:
    _check(text, expected, span)


# a wound of one and a death of one in an article: one victim who died when their age
# agrees ("the boy" and "Darin Booker, 13,"), two people when their names, ages, sex
# or a word ("surviving") tell them apart (`claims.extract.one_person`)
ONE_PERSON_OR_TWO = [
    # GVC 178149
    (
        "Darin Booker, 13, died from a gunshot wound Sunday night just blocks from his home."
        " The third time the boy got shot in the chest,” said Ashley Kendall.",
        {"deaths": {1}},
    ),
    # GVC 280675: "A 9-month-old" is her 9-month-old son
    (
        "A 9-month-old died from a gunshot wound to the head Monday morning. Alexis"
        " Widerholt told the dispatcher that her 5-year-old son shot her 9-month-old son in"
        " the head with a paintball gun.",
        {"deaths": {1}},
    ),
    # GVC 533658: the 17-year-old male is the headline's teen
    (
        "When officers arrived on the scene, they found a 17-year-old male suffering from an"
        " apparent gunshot wound. The victim, later identified as Jaterreon Thorne was"
        " pronounced dead on the scene.",
        {"deaths": {1}},
        "Man charged in fatal shooting of Rock Hill teen",
    ),
    # GVC 577792: one surname, two people
    (
        "Police say the mother, Talisaha Powell, was taken to the hospital from the scene of"
        " the shooting. The coroner says the daughter, 9-year-old Codie Powell, died of"
        " multiple gunshot wounds and say the manner is a homicide.",
        {"deaths": {1}, "injuries": {1}},
    ),
    # GVC 441724: a 25-year-old father is not the 6-year-old boy
    (
        "Two police officers in central Louisiana have been indicted by a grand jury on"
        " murder charges in the shooting death of a 6-year-old boy after they opened fire"
        " into his father’s car. The officers, who are both Marksville deputy marshals, are"
        " accused of fatally shooting Mardis and critically wounding his 25-year-old father"
        " Christopher Few after a pursuit in November.",
        {"deaths": {1}, "injuries": {1}},
    ),
    # GVC 440450: "surviving"
    (
        "Boy shot and killed, brother wounded inside Pa. home. The surviving brother is in"
        " critical condition at a local hospital.",
        {"deaths": {1}, "injuries": {1}},
    ),
    # GVC 368727: a sex alone is no sign of one person
    (
        "Prosecutors alleged in federal court that the weapon had been used in another"
        " shooting that left a 15-year-old boy wounded just five weeks later. McCarthy"
        " publicly chided Amari's father, Antonio Brown, alleging that he was the target"
        " and his gang ties were what led to his son's slaying.",
        {"deaths": {1}, "injuries": {1}},
    ),
    # GVC 6f5ded06: "an adult male" with a wound is "the man" who died
    (
        "When officers responded to a shotspotter call in the area of N 19th Street and W"
        " Capitol Drive they discovered an adult male with gunshot wound which proved to be"
        " fatal. The Milwaukee Fire Department attempted life saving measures but the man"
        " died at the scene.",
        {"deaths": {1}},
    ),
    # GVC f5a80fcb: "a juvenile male" suffering is the headline's dead juvenile
    (
        "They discovered a juvenile male suffering from a gunshot wound.",
        {"deaths": {1}},
        "Hummelstown Juvenile dead from gunshot wound",
    ),
    # GVC efef4883: "a college student" tells no sex nor age: two people
    (
        "In one case, a 17-year-old male was taken to a Duluth hospital with"
        " non-life-threatening injuries after being shot on Jan. 14 by the homicide of"
        " William Grahek, a college student who was fatally shot inside his East Hillside"
        " residence.",
        {"deaths": {1}, "injuries": {1}},
    ),
]


@pytest.mark.parametrize("row", ONE_PERSON_OR_TWO)
def test_a_wound_and_a_death_one_person_or_two(row: tuple) -> None:
    text, expected, *title = row
    found = claims.extract(text, title=title[0] if title else None).claims
    assert _tolls(found) == {"deaths": set(), "injuries": set()} | expected


# a headline's present tense, a capitalised noun, a hospital's list, the way home
# (issue 10, the 2026-12-08 dev misses): (text, title, {kind: values}, span)
HEADLINE_AND_LISTED = [
    # GVC dd553536
    (
        "Indiana Conservation Officers are investigating.",
        "Brownsburg Man Suffers Gunshot Wound In Hunting Incident",
        {"injuries": {1}},
        "Brownsburg Man Suffers Gunshot Wound",
    ),
    # GVC 7e51fe5a, 6c21e2ec: a headline's present "injures", like "kills"
    (
        "Police are investigating.",
        "Shootout at St. Louis tavern popular with police leaves 1 dead, injures five",
        {"deaths": {1}, "injuries": {5}},
        None,
    ),
    (
        "Police are investigating.",
        "Eufaula, Ala., police kill gunman after shooting rampage injures three",
        {"deaths": {1}, "injuries": {3}},
        None,
    ),
    # GVC edde1e6f: "stable after", like "critical after"
    ("Police are investigating.", "Boy stable after accidental shooting", {"injuries": {1}}, None),
    # GVC 4a5acf50
    ("HOUSTON.", "16-year-old suffers accidental gunshot wound", {"injuries": {1}}, None),
    # GVC 763806cd
    (
        "A 7-year-old South Dallas girl is home from the hospital.",
        "7-year-old Dallas girl survives being shot by stray bullet",
        {"injuries": {1}},
        "7-year-old Dallas girl survives",
    ),
    # GVC 02d31a45
    (
        "Police are investigating.",
        "Two Children Recovering After Being Accidentally Shot in Clare County",
        {"injuries": {2}},
        None,
    ),
    # GVC 4c24f75f
    (
        "Police are investigating.",
        "Police: Woman critical after being accidently shot in face",
        {"injuries": {1}},
        "Woman critical after",
    ),
    # GVC 6ecf738c
    (
        "The mother is back home recovering.",
        None,
        {"injuries": {1}},
        "The mother is back home recovering",
    ),
    # GVC ad59d79d
    (
        "The child remains in the hospital in serious but stable condition, according to police.",
        None,
        {"injuries": {1}},
        None,
    ),
    # GVC 0ac1dc05: a projectile hitting its object
    (
        "Police are investigating.",
        "Stray bullet hits 11-year-old girl in West Palm Beach",
        {"injuries": {1}},
        None,
    ),
    # GVC d0ee28a6
    (
        "Police are investigating.",
        "Bullet grazes teen after skate park dispute leads to drive-by in Sumner",
        {"injuries": {1}},
        "Bullet grazes teen",
    ),
    # GVC a963b270: the hit killed her
    (
        "\"The van couldn't have been there more than a minute and this stray bullet strikes"
        ' her, causing her death," Chicago police Cmdr. Brendan Deenihan said.',
        None,
        {},
        None,
    ),
    # GVC eff25628: hit during the shooting; a living grade of "her" injuries
    (
        "An 18-year-old woman was also hit during the shooting, but her injuries were not"
        " life-threatening, he said.",
        None,
        {"injuries": {1}},
        "An 18-year-old woman was also hit during the",
    ),
    # GVC 3d285dc2
    (
        "Her 4-year-old sister's injuries were non-life threatening.",
        None,
        {"injuries": {1}},
        "Her 4-year-old sister's injuries were non-life threatening",
    ),
    # GVC dd553536
    (
        "Wright's injuries are not life threatening, but he is expected to undergo surgery"
        " for his injuries.",
        None,
        {"injuries": {1}},
        "Wright's injuries are not life threatening",
    ),
    # GVC 86025ec3: a count of people after "wounding", no determiner between
    (
        "Livermore police on Sunday arrested a man suspected of shooting into a residence in"
        " the 200 block of South Q Street shortly after midnight Saturday and wounding five"
        " partygoers, authorities said.",
        None,
        {"injuries": {5}},
        "five partygoers",
    ),
    # GVC b4160983: a count, its ages in apposition, "were also wounded"
    (
        "Three Hispanic males, between 20 to 30 years of age, were also wounded and"
        " transported to area hospitals.",
        None,
        {"injuries": {3}},
        "Three Hispanic males",
    ),
    # GVC 7a04a2e4
    (
        "The officer was rushed to a local hospital for treatment.",
        None,
        {"injuries": {1}},
        "The officer was rushed to a local hospital for treatment",
    ),
    # GVC 6f5ded06: a ride "for treatment" is no proof of life
    (
        "The victim was taken to a local hospital for treatment. The Milwaukee Fire"
        " Department attempted life saving measures but the man died at the scene.",
        None,
        {"deaths": {1}},
        None,
    ),
    # GVC dfb51c77
    (
        "He said she was accidentally shot in the chest by her 5-year-old brother, and the"
        " pellet apparently penetrated her skin. Sheriff Newman says her injuries do not"
        " appear to be life-threatening.",
        None,
        {"injuries": {1}},
        "her injuries do not appear to be life-threatening",
    ),
    # GVC ff7f2621
    (
        "The baby was taken to Cheyenne Regional Medical Center after being shot.",
        None,
        {"injuries": {1}},
        "The baby was taken to Cheyenne Regional Medical Center after being shot",
    ),
    # GVC 1a4a681d: "both" is two
    (
        "Both victims were taken to a hospital and treated for their injuries.",
        None,
        {"injuries": {2}},
        None,
    ),
    # GVC 01392752
    ("Both were hit in the foot.", None, {"injuries": {2}}, None),
    # GVC 04c118db: "all three"
    ("All three are listed in fair condition as of Tuesday.", None, {"injuries": {3}}, None),
    # GVC ac8a2ac5: both taken to hospital, where they died: two dead, no one hurt
    (
        "Both men were transported to Jackson-Madison County General Hospital, where they"
        " were later pronounced dead.",
        None,
        {"deaths": {2}},
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "expected", "span"), HEADLINE_AND_LISTED)
def test_injuries_of_headlines_and_hospital_lists(
    text: str, title: str | None, expected: dict[str, set[float]], span: str | None
) -> None:
    found = claims.extract(text, title=title).claims
    assert _tolls(found) == {"deaths": set(), "injuries": set()} | expected
    if span is not None:
        assert span in [c.text for c in found if c.kind == "injuries"]


# known gaps, written down
# a bare count taken to hospital, with no death there, is a count of the injured, as a
# counted noun's is ("four people transported to the hospital")
BARE_COUNT_TO_HOSPITAL = [
    # GVC 96edf701
    (
        "One person died at the scene, and 19 were transported to Lee Memorial Hospital and"
        " the health system's sister hospitals.",
        {"deaths": {1}, "injuries": {19}},
    ),
    # ... but a death there makes them the dead (GVC 591237's form)
    ("The four were taken from the house to a hospital, where they died.", {"deaths": {4}}),
]


@pytest.mark.parametrize(("text", "expected"), BARE_COUNT_TO_HOSPITAL)
def test_a_bare_count_taken_to_hospital(text: str, expected: dict[str, set[float]]) -> None:
    _check(text, expected, None)


# people shot less those who died of it: a death by another means (a stabbing, a crash,
# natural causes) leaves everyone shot among the wounded (issue 10, lead 1)
SHOT_LESS_THE_DEAD = [
    # GVC 0597702b
    (
        "Six people were shot and one person was stabbed to death in three separate"
        " incidents in Memphis early Saturday morning.",
        {"deaths": {1}, "injuries": {6}},
    ),
    # GVC f71f09fa, a blotter
    (
        "Four people were shot in Jamaica on Saturday night. An elderly woman was killed"
        " when she smashed her car into a pillar in Ozone Park, cops said Sunday.",
        {"deaths": {1}, "injuries": {4}},
    ),
    # the death is one of those shot: five are left
    (
        "Six people were shot in Memphis early Saturday. One of them, a 20-year-old man,"
        " was killed.",
        {"deaths": {1}, "injuries": {5}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHOT_LESS_THE_DEAD)
def test_people_shot_less_those_shot_dead(text: str, expected: dict[str, set[float]]) -> None:
    _check(text, expected, None)


GAPS = [
    pytest.param(
        "Terrance Booker, 42, had a broken leg and a gunshot wound to his leg.",
        {"injuries": {1}},
        None,
        marks=pytest.mark.xfail(strict=True, reason="a wound after another noun of 'had'"),
    ),
    pytest.param(
        "Police found three adults and a 17-year-old suffering from apparent gunshot wounds.",
        {"injuries": {4}},
        None,
        marks=pytest.mark.xfail(strict=True, reason="a list of a count and a victim of one"),
    ),
    # GVC 9ccea2d3
    pytest.param(
        "The man is still at UMC and is listed as stable.",
        {"injuries": {1}},
        None,
        marks=pytest.mark.xfail(strict=True, reason="a place between the victim and its state"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "span"), GAPS)
def test_injury_gaps(text: str, expected: dict[str, set[float]], span: str | None) -> None:
    _check(text, expected, span)
