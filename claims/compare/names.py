"""Names as comparison knows them: plain spellings, actors by surname or canonical name,
subject classes and their parts, event classes and count verbs."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from claims.compare.settings import ACTOR_MATCH
from claims.lexicon import aliases
from claims.lexicon.claims import NAME_SUFFIXES
from claims.model import Claim

_WORD = re.compile(
    r"""
    \w+   # a run of letters or digits
    """,
    re.VERBOSE,
)
_NOT_NAME = re.compile(
    r"""
    [^\w\s-]+   # anything but letters, digits, spaces and hyphens: the dots of U.N., quotes
    """,
    re.VERBOSE,
)


def _plain(text: str) -> str:
    """Lower case, no dots or quotes, abbreviated words spelled out ("St." -> saint)."""
    words = _NOT_NAME.sub("", text.casefold()).split()
    return " ".join(aliases.WORD_ALIASES.get(w, w) for w in words)


def _actor(name: str) -> str:
    """A person or body as comparison knows it: the canonical name of an organisation
    or country ("U.N." -> un), else the surname without titles ("Mr Lavrov" -> lavrov)."""
    key = _plain(name)
    if key in aliases.NAME_ALIASES:
        return aliases.NAME_ALIASES[key].casefold()
    words = [
        w for w in key.split() if w not in aliases.TITLES and w not in NAME_SUFFIXES
    ] or key.split()
    return words[-1] if words else key


@lru_cache(maxsize=1 << 16)
def _same_actor(a: str, b: str) -> bool:
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if longer.endswith(shorter) and longer[: -len(shorter)] in aliases.NAME_PARTICLES:
        return True  # "alassad" is "assad"
    return fuzz.ratio(a, b) >= ACTOR_MATCH


def _named(subject: str | None) -> str | None:
    """`subject` when it names something counted; None for a misread neighbour word
    ("west" of "50 miles west", "of", "160" of "an eight-year, $160 million offer")."""
    if not subject:
        return None
    words = _WORD.findall(subject.casefold())
    if not any(w.isalpha() for w in words):
        return None
    if all(w in aliases.JUNK_SUBJECT_WORDS or not w.isalpha() for w in words):
        return None
    return subject


def _subject(claim: Claim) -> str | None:
    raw = _named(claim.subject) or aliases.DEFAULT_SUBJECTS.get(claim.kind)
    if raw is None:
        return None
    key = _plain(raw)
    key = _plain(aliases.NAME_ALIASES.get(key, key))
    if key in aliases.SUBJECT_CLASSES:
        return aliases.SUBJECT_CLASSES[key]
    head = key.rsplit(" ", 1)[-1]
    return aliases.SUBJECT_CLASSES.get(head, key)


def _subject_root(subject: str | None) -> str | None:
    """The widest class `subject` is part of; for a subject no table knows, its head
    word ("security council resolution" -> resolution), so spellings meet."""
    seen: set[str] = set()
    while subject in aliases.SUBJECT_PARTS and subject not in seen:
        seen.add(subject)
        subject = aliases.SUBJECT_PARTS[subject]
    if subject is None or subject in aliases.SUBJECT_CLASSES.values():
        return subject
    return subject.rsplit(" ", 1)[-1]


def _subject_inside(part: str, whole: str) -> bool:
    seen: set[str] = set()
    while part in aliases.SUBJECT_PARTS and part not in seen:
        seen.add(part)
        part = aliases.SUBJECT_PARTS[part]
        if part == whole:
            return True
    return False


def _event(claim: Claim) -> str | None:
    if claim.kind == "count":  # the verb of a count: "welcomed" = "welcoming"
        verb = _plain(claim.event) if claim.event else _list_verb(claim)
        if not verb:
            return None
        stem = _verb_stem(verb)
        return SEIZING_VERBS.get(stem, stem)
    if not claim.event:
        return None
    key = _plain(claim.event)
    if key in aliases.EVENT_CLASSES:
        return aliases.EVENT_CLASSES[key]
    return next(
        (aliases.EVENT_CLASSES[w] for w in reversed(key.split()) if w in aliases.EVENT_CLASSES), key
    )


def _verb_stem(verb: str) -> str:
    """A crude stem that makes the -ed and -ing forms of one verb meet ("welcomed",
    "welcoming" -> "welcom"; "rallied", "rallying" -> "rally")."""
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if verb.endswith("ing"):
        return verb[:-3]
    if verb.endswith("ed"):
        return verb[:-2]
    return verb


#: Verbs that say one happening: things taken by the police or the military. Wire copy
#: of one raid says them in turn of one haul ("The Navy confiscated 14 AK-47 rifles",
#: "six AK 47 rifles ... were seized from the boats", "were found and confiscated": ECB+
#: 12_ecbplus). Not "found" alone: people and bodies are found too ("Six victims were
#: found at the scene", GVC 368732).
SEIZING_WORDS = ("seized", "confiscated", "impounded", "recovered")
#: The event of a count its list says was seized (`_list_verb`).
SEIZED = "seize"
SEIZING_VERBS = {_verb_stem(word): SEIZED for word in SEIZING_WORDS}
_SEIZING = "|".join(SEIZING_WORDS)

#: A seizing verb said after a count, in the passive, at the end of the list the count
#: heads: "Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from
#: the boats"; "... were found and confiscated".
_SEIZED_AFTER = re.compile(
    rf"""
    ^(?P<list>[^.;:!?"“”()]{{0,80}}?)[ ]{{1,2}}
    (?:were|was|have[ ]been|has[ ]been|had[ ]been)[ ]{{1,2}}
    (?:[a-z]{{2,20}}[ ]{{1,2}}and[ ]{{1,2}})?
    (?P<verb>{_SEIZING})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A seizing verb before the list a count stands in: "The Navy confiscated 14 AK-47
#: rifles, 31 magazines and 923 rounds" (the verb of "31 magazines" and "923 rounds").
_SEIZED_BEFORE = re.compile(
    rf"""
    \b(?P<verb>{_SEIZING})[ ]{{1,2}}
    (?:a[ ]total[ ]of[ ]{{1,2}})?
    (?P<list>[^.;:!?"“”()]{{1,80}}?)(?:,|[ ]and)[ ]{{1,2}}$
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: Words that end a list: a relative or a new clause ("rifles that police said were
#: seized" is someone's saying; "rifles, which were later seized").
_NOT_LIST = re.compile(
    r"""
    \b(?:that|which|who|whom|said|says|say|when|while|after|before|because|but|if)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _list_verb(claim: Claim) -> str | None:
    """The seizing verb of the list a count stands in, said before or after the list:
    "Six AK 47 rifles, 12 magazines and 300 rounds ... were seized" -> "seized"."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    after = _SEIZED_AFTER.match(claim.sentence[at + len(claim.text) :])
    before = _SEIZED_BEFORE.search(claim.sentence[max(0, at - 120) : at])
    for match in (after, before):
        if match is not None and not _NOT_LIST.search(match.group("list")):
            return match.group("verb").lower()
    return None


# --------------------------------------------------------------------------- measures

#: Units of a distance or a depth ("55 kilometres south of Bireun", "a depth of 10 km").
LENGTH_UNITS = frozenset({"mile", "kilometer", "meter", "foot", "nautical_mile"})
#: The unit of an earthquake's magnitude ("a 6.1-magnitude quake", "5.6 on the Richter scale").
MAGNITUDE_UNIT = "magnitude"

#: What follows a distance and names the place it is measured from: a conversion in
#: brackets, compass words, then "of", "from" or "off" and the place ("55 kilometers (34
#: miles) west of the town of Bireun", "about 14 miles north-northeast of Healdsburg",
#: "two miles from The Geysers", "431 kilometres off Banda Aceh", "20 miles of Tel Aviv").
_DISTANCE_FROM = re.compile(
    r"""
    ^[ ]{0,2}(?:\([^()]{1,40}\)[ ]{0,2})?                 # "(34 miles)"
    (?:(?:north|south|east|west)(?:[ -]?(?:north|south|east|west)){0,2}[ ]{1,2})?
    (?:of|from|off)[ ]{1,2}
    (?:(?:the|The)[ ]{1,2})?
    (?:(?:town|city|village|port[ ]city|provincial[ ]capital|capital)[ ]{1,2}(?:of[ ]{1,2})?)?
    (?P<place>[A-Z][\w'’-]{1,30}(?:[ ][A-Z][\w'’-]{1,30}){0,2})   # the place's name
    """,
    re.VERBOSE,
)
#: A depth said before the figure: "at a depth of 10 kilometers", "a depth of just 10km".
_DEPTH_BEFORE = re.compile(
    r"""
    \b(?:depth|deep)[ ]{1,2}(?:of[ ]{1,2})?(?:(?:just|only|about|some|around)[ ]{1,2})?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A depth said after it: "six miles beneath the surface", "one mile below ground level".
_DEPTH_AFTER = re.compile(
    r"""
    ^[ ]{0,2}(?:\([^()]{1,40}\)[ ]{0,2})?(?:deep|beneath|below|underground)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: An aftershock's magnitude, told beside the word: "Two aftershocks, magnitude 2.9".
_AFTERSHOCK = re.compile(
    r"""
    \baftershocks?\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A magnitude read loosely or as one of a range is no one quake's: "shakers around
#: magnitude 2 and 3 are common to the area".
_LOOSE_BEFORE = re.compile(
    r"""
    \b(?:around|about|roughly|some|between)[ ]{1,2}$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_RANGE_AFTER = re.compile(
    r"""
    ^[ ]{1,2}(?:and|or|to)[ ]{1,2}\d
    """,
    re.VERBOSE,
)


def _measure(claim: Claim) -> str | None:
    """What a measure of a happening measures, from the words around its figure: "depth",
    "distance from <place>", "magnitude" (an aftershock's: "aftershock"); None for any
    other claim. Extraction often takes a compass word ("west") or nothing for what a
    distance counts; the place it is measured from is what tells one distance from another."""
    value = claim.value
    if claim.kind != "quantity" or value is None or value.unit is None:
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    before = claim.sentence[max(0, at - 40) : at]
    after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 120]
    if value.unit == MAGNITUDE_UNIT:
        if not value.exact or _LOOSE_BEFORE.search(before) or _RANGE_AFTER.match(after):
            return None  # "shakers around magnitude 2 and 3 are common": no one quake's
        near = claim.sentence[max(0, at - 40) : at + len(claim.text) + 20]
        return "aftershock" if _AFTERSHOCK.search(near) else "magnitude"
    if value.unit not in LENGTH_UNITS:
        return None
    if _DEPTH_BEFORE.search(before) or _DEPTH_AFTER.match(after):
        return "depth"
    found = _DISTANCE_FROM.match(after)
    if found is None:
        return None
    return f"distance from {_plain(found.group('place'))}"


#: The word an age of someone unnamed stands before: "a 67-year-old woman", "a 22
#: year-old resident", "an eight-year-old daughter" (not "the 15-year-old's post-mortem").
_AGE_NOUN = re.compile(
    r"""
    ^[ ]{1,2}(?P<noun>[a-z]{3,20})\b(?:[^'’]|$)
    """,
    re.VERBOSE,
)


def _age_noun(claim: Claim) -> str | None:
    """The person an unnamed age belongs to, as the word after it says ("woman"), or None
    when no lower-case word follows ("a woman, 29", "15-year-old Greek boy")."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    found = _AGE_NOUN.match(claim.sentence[at + len(claim.text) : at + len(claim.text) + 30])
    return found.group("noun") if found else None
