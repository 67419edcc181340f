"""Words around a victim of one told with no number: the nouns ("a 23-year-old man"), the
verb phrases after them ("was shot and killed", "in critical condition") and before them
("killing his wife", "left a man dead"), and the words that make the noun the one acting.
`claims.py` re-exports them, so readers use them as `lex.VICTIM_NOUNS`.

Provenance: hand-compiled for claimcheck (2026-11) from the GVC corpus's leads (a sample of
30 incidents, 90 articles) and the GVC dev half's misses (2026-12); each table says what it
is for. Entries are lower-case words or short phrases, matched on word boundaries.
"""

from __future__ import annotations

#: Singular nouns for one person that shooting reports make the victim of a clause
#: ("a 23-year-old man was shot and killed", "the girl died", "killing his wife"): a
#: casualty of one, though no number is written. Provenance: the victim nouns most
#: frequent in the GVC corpus's leads (2026-11 sample of 30 incidents, 90 articles).
VICTIM_NOUNS: frozenset[str] = frozenset(
    """man woman boy girl teen teenager toddler child kid baby infant victim person
    officer deputy trooper student son daughter mother father husband wife brother
    sister uncle aunt nephew niece cousin grandmother grandfather grandson
    granddaughter girlfriend boyfriend friend neighbor resident driver passenger clerk
    employee customer bystander suspect gunman shooter homeowner male female
    juvenile youth pedestrian motorist""".split()
)

#: Verb phrases after a singular victim (with "was"/"is"/"has been" or, in headlines,
#: without) and the casualty kind they make: "a man was shot and killed" is one death,
#: "a woman was wounded", "shot in the leg", "in critical condition" one injury. Plain
#: "was shot" says neither (the victim may have died): one person shot, an injury once
#: the article's dead are taken out (claims.extract.tolls).
VICTIM_VERBS: dict[str, str] = {
    "shot and killed": "deaths",
    "shot, killed": "deaths",  # a headline's comma for "and"
    # a headline's present tense, before its object or "himself" ("Boy, 3, shoots and
    # kills himself", "Child accidentally shoots, kills self"): GVC dev titles (2026-12)
    "shoots and kills": "deaths",
    "shoots, kills": "deaths",
    "shoots": "shot",
    "shot dead": "deaths",
    "shot to death": "deaths",
    "gunned down": "deaths",
    "killed": "deaths",
    "died": "deaths",
    "dies": "deaths",
    "dead": "deaths",
    "slain": "deaths",
    "murdered": "deaths",
    "found dead": "deaths",
    "pronounced dead": "deaths",
    # a death told as a life ending, not a killing: "Council succumbed to her injuries",
    # "the boy ... passed away", "was pronounced deceased at the scene", "has been
    # declared dead", "kills herself" (a headline's present tense), "was taken off life
    # support"; GVC dev misses (2026-12)
    "succumbed": "deaths",
    "passed away": "deaths",
    "pronounced deceased": "deaths",
    "declared dead": "deaths",
    "found deceased": "deaths",
    "kills": "deaths",
    "taken off life support": "deaths",
    "fatally shot": "deaths",
    "fatally wounded": "deaths",
    "fatally injured": "deaths",
    "mortally wounded": "deaths",
    "wounded": "injuries",
    "injured": "injuries",
    "hurt": "injuries",
    "hospitalized": "injuries",
    "hospitalised": "injuries",
    "shot and wounded": "injuries",
    "shot and injured": "injuries",
    "grazed": "injuries",
    "hit by a stray bullet": "injuries",
    "struck by a stray bullet": "injuries",
    "struck by gunfire": "injuries",
    "hit by gunfire": "injuries",
    # shot, and nothing more said: one person shot, an injury once the article's dead
    # are taken out ("A 17-year-old boy was shot Saturday evening")
    "shot": "shot",
    "shot in the": "injuries",
    "shot in his": "injuries",
    "shot in her": "injuries",
    "shot through the": "injuries",
    "in critical condition": "injuries",
    "in serious condition": "injuries",
    "in stable condition": "injuries",
    "in grave condition": "injuries",
    "in fair condition": "injuries",
    # taken to hospital and nothing more said: hurt (a death told later in the article
    # replaces a singular injury of the same noun)
    "taken to a hospital": "injuries",
    "taken to the hospital": "injuries",
    "transported to a hospital": "injuries",
    "transported to the hospital": "injuries",
    "rushed to a hospital": "injuries",
    "rushed to the hospital": "injuries",
    "in the hospital": "injuries",
    # a wound told as a state ("a 16-year-old male with an accidental gunshot wound",
    # "who is recovering from a gunshot wound"); GVC dev misses (2026-12)
    "with a gunshot wound": "injuries",
    "with gunshot wounds": "injuries",
    "with an accidental gunshot wound": "injuries",
    "suffered a gunshot wound": "injuries",
    "suffered gunshot wounds": "injuries",
    "suffering from a gunshot wound": "injuries",
    "suffering from gunshot wounds": "injuries",
    "recovering from a gunshot wound": "injuries",
    "recovering from gunshot wounds": "injuries",
}

#: Verbs before a singular victim that make it the object of a casualty ("the shooting
#: that killed a 3-year-old boy", "wounding a woman"), and their kind. "left" needs a
#: state after the victim ("left a man dead"), and so does a bare "shot" ("shot his
#: uncle in the stomach" is an injury; "shot his uncle" alone says not which).
VICTIM_OBJECT_VERBS: dict[str, str] = {
    "killed": "deaths",
    "killing": "deaths",
    "kills": "deaths",
    "kill": "deaths",
    "shot and killed": "deaths",
    "shoots and kills": "deaths",
    "shooting and killing": "deaths",
    "fatally shot": "deaths",
    "fatally shooting": "deaths",
    "fatally shoots": "deaths",
    # a death told as a life taken: "claimed the life of a 19-year-old man" (GVC dev
    # misses, 2026-12)
    "claimed the life of": "deaths",
    "claims the life of": "deaths",
    "claiming the life of": "deaths",
    "took the life of": "deaths",
    "wounded": "injuries",
    "wounding": "injuries",
    "wounds": "injuries",
    "injured": "injuries",
    "injuring": "injuries",
    # a headline's present, like "kills": "rampage injures three" (GVC dev 6c21e2ec)
    "injures": "injuries",
    "left": "",
    "leaves": "",
    "leaving": "",
    "shot": "",
    "shoots": "",
    # a bullet that struck someone: hurt where it struck ("struck a juvenile in the neck")
    "struck": "",
    "striking": "",
}

#: States after "left a man ..." and the kind they make.
VICTIM_STATES: dict[str, str] = {
    "dead": "deaths",
    "wounded": "injuries",
    "injured": "injuries",
    "hurt": "injuries",
    "in critical condition": "injuries",
    "in serious condition": "injuries",
    "in stable condition": "injuries",
    "in the": "injuries",
    "in his": "injuries",
    "in her": "injuries",
}

#: Words after an active casualty verb that make it take an object, so the noun before
#: it is the shooter, not the victim ("a man shot and killed his wife").
OBJECT_STARTERS: frozenset[str] = frozenset(
    """a an the his her him their them its himself herself another two three four five
    six several one someone somebody""".split()
)

#: Words after a counted phrase that make it the one acting, not the casualty: "several
#: officers fired on the suspect, killing him", "a family of five and killing two".
AGENT_WORDS: frozenset[str] = frozenset(
    """fired firing opened killing wounding injuring kill kills shooting shoots
    confronted""".split()
)

#: The multiplier words of a crime told by its count of victims ("a double homicide",
#: "the triple murder", "a quadruple shooting"). Provenance: GVC dev misses (2026-12).
MULTIPLE_WORDS: dict[str, int] = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

#: The crimes a multiplier counts the victims of, their casualty kind and how many more
#: die than the multiplier says: "a double murder-suicide" is two murdered and the
#: killer (three); "a quadruple shooting" counts people shot (the injured once the dead
#: are taken out). Provenance: GVC dev misses (2026-12).
MULTIPLE_NOUNS: dict[str, tuple[str, int]] = {
    "homicide": ("deaths", 0),
    "murder": ("deaths", 0),
    "killing": ("deaths", 0),
    "slaying": ("deaths", 0),
    "fatal shooting": ("deaths", 0),
    "murder-suicide": ("deaths", 1),
    "murder suicide": ("deaths", 1),
    "shooting": ("shot", 0),
}

#: The cardinals a headline's list of the dead spells out ("Mother, two children found
#: dead"). Provenance: GVC dev titles (2026-12).
HEADLINE_CARDINALS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
}
