"""Words that tell a wound rather than a casualty verb: "suffered a non-life-threatening
gunshot wound", "in stable condition", "treated and released", "struck by a stray
bullet". `claims.extract.wounded` builds its patterns from these tables.

Provenance: hand-compiled for claimcheck (2026-12) from the injury misses of the GVC dev
half (`bench/realnews.py --gold`), in AP-style shooting reports; each table says what it
is for. Entries are lower-case; code matches them on word boundaries, spaces as runs of
spaces.
"""

from __future__ import annotations

#: Words that open a wound told as a thing someone has: "suffered a gunshot wound", "with
#: non-life-threatening injuries", "treated for a gunshot wound to the leg".
WOUND_LEADS: tuple[str, ...] = (
    "suffered",
    "suffering",
    # a headline's present: "Brownsburg Man Suffers Gunshot Wound In Hunting Incident"
    "suffers",
    "sustains",
    "suffering from",
    "sustained",
    "sustaining",
    "received",
    "with",
    "treated for",
    "being treated for",
    "recovering from",
    "hospitalized with",
    "hospitalised with",
    # "transported to Nash General Hospital for treatment of non-life threatening
    # injuries" (GVC 531173)
    "for treatment of",
    "for treatment for",
    # "did not suffer life-threatening wounds": wounded, not gravely (a GVC lead's form)
    "did not suffer",
    "did not sustain",
    "didn't suffer",
    "didn't sustain",
)

#: The adjectives a negated lead must have for the wound to be there: "did not suffer
#: life-threatening wounds" is hurt; "did not suffer injuries" is not.
NEGATED_ADJECTIVES: frozenset[str] = frozenset(
    {"life-threatening", "life threatening", "serious", "critical", "severe"}
)

#: Words between a lead and the wound that say what kind of wound, never a death:
#: "apparent", "multiple", "non-life-threatening" ("fatal" is not here: "suffered a
#: fatal gunshot wound" is a death).
WOUND_ADJECTIVES: tuple[str, ...] = (
    "a",
    "an",
    "apparent",
    "multiple",
    "several",
    "two",
    "three",
    "minor",
    "serious",
    "critical",
    "severe",
    "superficial",
    "possible",
    "self-inflicted",
    "accidental",
    "graze",
    "non-life-threatening",
    "non-life threatening",
    "non life-threatening",
    "non life threatening",
    "nonlife-threatening",
    "non-threatening",
    "life-threatening",
    "life threatening",
    "potentially life-threatening",
    "non-critical",
    "non-serious",
    # "Three others sustained non-fatal bullet wounds" (GVC 481213)
    "non-fatal",
    "nonfatal",
    "serious but non-life-threatening",
    "what appeared to be",
    "what police described as",
    # "sustained what police say are non-life threatening injuries" (GVC 382413)
    "what police say are",
    "what police said were",
    "what police say is",
    "what police said was",
)

#: The wound itself. A bare "injuries" or "wound" after a lead is a wound only with an
#: adjective of WOUND_ADJECTIVES before it or a gunshot word in it (checked in code).
WOUND_NOUNS: tuple[str, ...] = (
    "gunshot wound",
    "gunshot wounds",
    "gun shot wound",
    "gun shot wounds",
    "gunshot injury",
    "gunshot injuries",
    "bullet wound",
    "handgun wound",
    "handgun wounds",
    "shotgun wound",
    "shotgun wounds",
    "rifle wound",
    "bullet wounds",
    "graze wound",
    "wound",
    "wounds",
    "injury",
    "injuries",
)

#: Nouns of WOUND_NOUNS that say by themselves that a gun did it.
GUNSHOT_NOUNS: frozenset[str] = frozenset(n for n in WOUND_NOUNS if n.split()[0] != "wound")

#: The conditions a hospital lists the living in ("in stable condition", "in critical
#: but stable condition"); "grave" and "critical" are alive too.
CONDITIONS: tuple[str, ...] = (
    "stable",
    "critical",
    "serious",
    "good",
    "fair",
    "satisfactory",
    "grave",
    "guarded",
    "non-life-threatening",
)

#: What struck someone who was hit: "struck by a stray bullet", "hit by gunfire".
PROJECTILES: tuple[str, ...] = (
    "bullet",
    "bullets",
    "gunfire",
    "round",
    "rounds",
    "shot",
    "shots",
    "pellets",
    "buckshot",
    "shotgun pellets",
    "stray bullet",
    # "Nine-Year-Old Struck By Gunshots In Dallas"
    "gunshot",
    "gunshots",
    "errant bullet",
    "ricochet",
)

#: Outcomes only the living have: "is expected to survive", "treated and released".
SURVIVAL_PHRASES: tuple[str, ...] = (
    "treated and released",
    "expected to survive",
    "expected to recover",
    "expected to be ok",
    "expected to be okay",
    "expected to make a full recovery",
    "is recovering",
    "was recovering",
    "are recovering",
    "were recovering",
    "remains hospitalized",
    "remained hospitalized",
    "survived",
    # a headline's present and the home after the hospital: "7-year-old Dallas girl
    # survives being shot", "The mother is back home recovering", "Child Recovering After
    # Quadruple Shooting", "Woman critical after being accidently shot in face"
    "survives",
    "back home recovering",
    "home recovering",
    "recovering at home",
    "recovering after",
    "critical after",
    "in hospital after",
    # "Boy stable after accidental shooting" (GVC dev edde1e6f, 2026-12)
    "stable after",
)

#: Adjectives of a wound only the living have: "a non-life threatening gunshot wound"
#: is no wound of the dead (`claims.extract.one_person`).
LIVING_ADJECTIVES: tuple[str, ...] = tuple(
    a for a in WOUND_ADJECTIVES if a.startswith(("non", "minor", "superficial", "graze"))
)

#: Words that may stand between a victim and the wound told of them: auxiliaries,
#: adverbs, and the ride to hospital ("was taken to a hospital with ...").
SUBJECT_LINKS: tuple[str, ...] = (
    "who",
    "was",
    "is",
    "has",
    "had",
    "been",
    "being",
    "remains",
    "remained",
    "also",
    "later",
    "still",
    "now",
    "reportedly",
    "apparently",
    "currently",
    "initially",
    "listed",
    "found",
    # "The child remains in the hospital in serious but stable condition"
    "in the hospital",
    "at the hospital",
    "in hospital",
)

#: Verbs of the ride to hospital, between a victim and the wound: "was taken to Brick
#: Hospital with a gunshot wound", "was airlifted to a Macon hospital in critical condition".
TRANSPORT_VERBS: tuple[str, ...] = (
    "taken",
    "transported",
    "rushed",
    "flown",
    "airlifted",
    "driven",
    "brought",
    # "The victim was admitted to ProMedica Toledo Hospital Monday with a gunshot wound"
    # (GVC 466375)
    "admitted",
)

#: Verbs of the wounded reaching a hospital by themselves: "Two other gunshot victims
#: arrived at the hospital via personal vehicles", "showed up at an area hospital".
ARRIVAL_VERBS: tuple[str, ...] = (
    "arrived",
    "showed up",
    "turned up",
    "walked",
    "went",
    "drove themselves",
)

#: Words that may stand between a count of people and the wound told of them ("Six
#: additional victims were located on the scene also suffering from gunshot wounds",
#: "Three other victims showed up at the hospital with gunshot wounds").
COUNT_LINKS: frozenset[str] = frozenset(
    """who were are was is all both also later then still had have been being found
    located discovered at on in the a an area local scene scenes showed up arrived
    walked taken transported rushed driven brought to hospital hospitals medical
    center centers trauma treated by private vehicle vehicles personal car cars
    each reportedly apparently of them remains remained admitted""".split()
)

#: Plural nouns of people that GVC leads count among the wounded beside the person
#: nouns of `claims.PERSON_NOUNS`: "Three juveniles are recovering", "five partygoers".
WOUNDED_PEOPLE_NOUNS: frozenset[str] = frozenset(
    """juveniles males females youths partygoers patrons guests clubgoers concertgoers
    bystanders teenagers brothers sisters cousins sons daughters parents""".split()
)

#: Verbs of a shooting that sent the people counted after them to hospital: "a
#: shooting at a bar that sent 4 people to the hospital".
SENT_VERBS: frozenset[str] = frozenset(
    {"sent", "sends", "sending", "send", "put", "puts", "landed", "lands"}
)

#: Who a victim noun may be, to tell whether a wound of one and a death of one in an
#: article may be one person ("the boy got shot in the chest" ... "Darin Booker, 13,
#: died"): the sex the noun says ("m", "f", or "" for either) and the age bands it may
#: fall in (0: under 5, 1: 5 to 12, 2: 13 to 17, 3: adult). A noun not listed may be
#: anyone. Provenance: the victim nouns of `claims.VICTIM_NOUNS`, banded as AP-style
#: shooting reports use them in the GVC dev half (2026-12): "boy"/"girl" up to 17,
#: "child" under 13 (a 15-year-old is "a teen" or "a boy"), "teen" 13 to 19 (an
#: 18-year-old is "a man" as often), "man"/"woman" adults. Roles ("officer", "student",
#: "driver") are left out: they tell neither sex nor age.
PERSON_PROFILES: dict[str, tuple[str, frozenset[int]]] = {
    "man": ("m", frozenset({3})),
    "woman": ("f", frozenset({3})),
    "boy": ("m", frozenset({0, 1, 2})),
    "girl": ("f", frozenset({0, 1, 2})),
    "male": ("m", frozenset({0, 1, 2, 3})),
    "female": ("f", frozenset({0, 1, 2, 3})),
    "teen": ("", frozenset({2, 3})),
    "teenager": ("", frozenset({2, 3})),
    "juvenile": ("", frozenset({1, 2})),
    "youth": ("", frozenset({1, 2, 3})),
    "toddler": ("", frozenset({0})),
    "baby": ("", frozenset({0})),
    "infant": ("", frozenset({0})),
    "child": ("", frozenset({0, 1})),
    "kid": ("", frozenset({0, 1})),
    "son": ("m", frozenset({0, 1, 2, 3})),
    "daughter": ("f", frozenset({0, 1, 2, 3})),
    "brother": ("m", frozenset({0, 1, 2, 3})),
    "sister": ("f", frozenset({0, 1, 2, 3})),
    "nephew": ("m", frozenset({0, 1, 2, 3})),
    "niece": ("f", frozenset({0, 1, 2, 3})),
    "grandson": ("m", frozenset({0, 1, 2, 3})),
    "granddaughter": ("f", frozenset({0, 1, 2, 3})),
    "cousin": ("", frozenset({0, 1, 2, 3})),
    "father": ("m", frozenset({3})),
    "mother": ("f", frozenset({3})),
    "husband": ("m", frozenset({3})),
    "wife": ("f", frozenset({3})),
    "uncle": ("m", frozenset({3})),
    "aunt": ("f", frozenset({3})),
    "grandfather": ("m", frozenset({3})),
    "grandmother": ("f", frozenset({3})),
    "boyfriend": ("m", frozenset({2, 3})),
    "girlfriend": ("f", frozenset({2, 3})),
}

#: Words of a claim's text that tell another person than one already told of, or one
#: alive: "Another victim, a 23-year-old man, was shot", "a second man was wounded",
#: "The surviving brother is in critical condition" (GVC 440450).
OTHER_PERSON_WORDS: frozenset[str] = frozenset(
    "another other others second third fourth also surviving survived survivor".split()
)

#: Words of a list of the people counted, in apposition after the count, beside ages
#: and person nouns: "Three victims, a 25-year-old man, a 26-year-old man, and a
#: 33-year-old man, were all transported" (GVC 332732), "two men in their 20s".
APPOSITION_WORDS: frozenset[str] = frozenset(
    """a an and the both all ages aged age his her their in of early mid late teens
    year-old years-old old to between years""".split()
)

#: How a wound's grade is told of the living after "his injuries were": "her injuries
#: were not life-threatening", "Her 4-year-old sister's injuries were non-life
#: threatening" (GVC dev misses, 2026-12-08). Grave grades ("life-threatening",
#: "critical") are left out: the victim may have died of them.
LIVING_GRADES: tuple[str, ...] = (
    "not life-threatening",
    "not life threatening",
    "not considered life-threatening",
    "not considered life threatening",
    "not believed to be life-threatening",
    "not believed to be life threatening",
    "not thought to be life-threatening",
    "not serious",
    "non-life-threatening",
    "non-life threatening",
    "non life-threatening",
    "non life threatening",
    "considered non-life-threatening",
    "considered non-life threatening",
    "believed to be non-life-threatening",
    "minor",
    "superficial",
)

#: What hit someone, as the subject of "hit"/"struck"/"grazed": "Stray bullet hits
#: 11-year-old girl", "A bullet grazed the boy's head", "Bullet grazes teen".
HITTING_PROJECTILES: tuple[str, ...] = (
    "bullet",
    "bullets",
    "stray bullet",
    "stray bullets",
    "errant bullet",
    "round",
    "stray round",
    "gunfire",
    "pellets",
    "shotgun pellets",
    "ricochet",
)

#: Words of a death's own clause that tell it was no shooting, so that the count of people
#: shot keeps that victim among the wounded: "Six people were shot and one person was
#: stabbed to death" (GVC dev 0597702b), "An elderly woman was killed when she smashed her
#: car into a pillar" (f71f09fa, a blotter), "a wake ... held for a person who died of
#: natural causes" (2c85621b). Provenance: the shot counts of the GVC dev half (2026-12)
#: whose deaths were another incident's.
OTHER_MEANS_OF_DEATH: frozenset[str] = frozenset(
    {
        "stabbed",
        "stabbing",
        "stabbings",
        "knife",
        "crash",
        "crashed",
        "smashed",
        "collision",
        "fire",
        "blaze",
        "drowned",
        "drowning",
        "overdose",
        "natural",
        "beaten",
        "strangled",
        "hanged",
    }
)
