"""Whether a wound of one and a death of one in an article may be one person: "the boy
got shot in the chest" ... "Darin Booker, 13, died" is one victim who died, not an
injury beside a death (GVC 178149); "A 66-year-old man was shot in his leg" beside "a
1-year-old girl died" is two people.

A wound of one (a singular injury, its id in `singles`) gives way to a death of one when
nothing says they are two: their nouns may be one person (sex and age band,
`claims.lexicon.wounds.PERSON_PROFILES`), their written ages agree, their names are not
two different ones, and neither text tells another person ("Another victim", "was also
wounded").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.words import _alternation
from claims.extract.wounded import WOUND_STATE
from claims.lexicon import claims as lex
from claims.lexicon import numbers as num_lex
from claims.lexicon import wounds as wound_lex
from claims.model import Claim

#: A written age: "13-year-old", "four-year-old", "20-month-old", "Darin Booker, 13,".
_AGE = re.compile(
    rf"""
    \b(?P<n>\d{{1,3}}|{_alternation(num_lex.CARDINALS)})
      [- ](?P<unit>year|month|week|day)s?[- ]old\b
    |,[ ](?P<comma>\d{{1,2}}),
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A word of a claim's text.
_WORD = re.compile(r"[\w’'-]+")

#: Every age band (`PERSON_PROFILES`): anyone.
_ANY_BAND = frozenset({0, 1, 2, 3})


def _wounds_of_the_dead(found: tuple[Claim, ...], singles: set[str]) -> tuple[Claim, ...]:
    """The article's claims less the wounds of one that may be a dead victim's."""
    dead = [c for c in found if c.id in singles and c.kind == "deaths"]
    if not dead:
        return found
    return tuple(c for c in found if not _wound_of_the_dead(c, dead, singles))


def _wound_of_the_dead(c: Claim, dead: list[Claim], singles: set[str]) -> bool:
    if c.id not in singles or c.kind != "injuries":
        return False
    return any(_may_be_one(c, d) for d in dead)


def _may_be_one(hurt: Claim, dead: Claim) -> bool:
    """Whether a singular injury and a singular death tell one person: nothing says
    they are two, and something says they are one -- a shared name, one age, a noun of
    one sex or age band on both sides ("the boy" and "the teen"), or a wound state told
    of anyone ("The victim was taken to a hospital in critical condition")."""
    if _tells_another(hurt.text) or _tells_another(dead.text) or _alive(hurt.text):
        return False  # "Another victim, a 23-year-old man, was shot in the back"
    names, other = _names(hurt), _names(dead)
    if names and other:
        # "Watts" is "Jaton Watts"; "Talisaha Powell" is not "Codie Powell"
        return names <= other or other <= names
    one, two = _profile(hurt), _profile(dead)
    if not one.may_be(two):
        return False
    if (hurt.subject == dead.subject and hurt.subject not in _ANY_VICTIM) or one.same_age(two):
        return True
    # a wound state of anyone gives way to a death of anyone, and one of a noun with a
    # profile to a death of such a noun nothing tells apart from it (`WOUND_STATE`: "a
    # juvenile male with a gunshot wound" ... "the juvenile was pronounced dead")
    if WOUND_STATE.search(hurt.text) is None:
        return False
    return hurt.subject in _ANY_VICTIM or (_profiled(hurt) and _profiled(dead))


def _profiled(c: Claim) -> bool:
    """Whether a claim names its victim by a noun of `PERSON_PROFILES` (not "he")."""
    first = c.text.split(" ", 1)[0].lower()
    return first not in ("he", "she") and (c.subject or "").lower() in wound_lex.PERSON_PROFILES


#: Subjects of a victim of one that may be any victim.
_ANY_VICTIM = frozenset({lex.ONE_VICTIM, "victim", "person"})


@dataclass(frozen=True, slots=True)
class _Person:
    """What a claim's text says of its victim: sex ("m", "f", "" unknown), age bands
    (`_ANY_BAND` unknown) and age in years (None unwritten)."""

    sex: str
    bands: frozenset[int]
    age: float | None

    def may_be(self, other: _Person) -> bool:
        """Whether nothing tells the two apart."""
        if self.sex and other.sex and self.sex != other.sex:
            return False
        if self.age is not None and other.age is not None and self.age != other.age:
            return False
        return not self.bands.isdisjoint(other.bands)

    def same_age(self, other: _Person) -> bool:
        """Whether both tell an age, in one band ("the boy" and "the teen"): a sex
        alone is no sign of one person ("his son's slaying" beside "a 15-year-old boy
        wounded", GVC 368727)."""
        return self.bands != _ANY_BAND and other.bands != _ANY_BAND


def _profile(c: Claim) -> _Person:
    """The victim of a claim: its noun's sex and bands, narrowed by a written age; none
    for "he"/"she", whose noun is a guess of the sentences before."""
    first = c.text.split(" ", 1)[0].lower()
    if first in ("he", "she"):
        return _Person("", _ANY_BAND, None)
    sex, bands = wound_lex.PERSON_PROFILES.get((c.subject or "").lower(), ("", _ANY_BAND))
    age = _age(c.text)
    if age is not None:
        bands = frozenset({_band(age)})
    return _Person(sex, bands, age)


#: Outcomes only the living have ("John Hambaugh was treated and released, but Jacob
#: Hambaugh remained on life support", GVC 209478).
_ALIVE = re.compile(
    rf"""\b(?:{_alternation(wound_lex.SURVIVAL_PHRASES)}
      |{_alternation(wound_lex.LIVING_ADJECTIVES)}     # "a non-life threatening wound"
      |{_alternation(wound_lex.LIVING_GRADES)})\b     # "injuries were not life-threatening"
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _alive(text: str) -> bool:
    return _ALIVE.search(text) is not None


def _tells_another(text: str) -> bool:
    """Whether a claim's text tells another person than one told before, or one alive:
    "Another victim", "The surviving brother is in critical condition"."""
    return not _lower_words(text).isdisjoint(wound_lex.OTHER_PERSON_WORDS)


def _band(age: float) -> int:
    """The age band of an age in years (`PERSON_PROFILES`)."""
    return 0 if age < 5 else 1 if age < 13 else 2 if age < 18 else 3


def _age(text: str) -> float | None:
    """The first age a claim's text writes, in years ("20-month-old" is 20/12)."""
    match = _AGE.search(text)
    if match is None:
        return None
    if match.group("comma"):
        return float(match.group("comma"))
    n = match.group("n").lower()
    value = float(num_lex.CARDINALS[n]) if n in num_lex.CARDINALS else float(n)
    unit = match.group("unit").lower()
    return value if unit == "year" else value / {"month": 12, "week": 52, "day": 365}[unit]


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _names(c: Claim) -> frozenset[str]:
    """The capitalised words of a claim's text that may be a person's name: "Jaton Watts
    was treated" -> {Jaton, Watts}; "The victim was taken" -> none; a headline's none
    (its every word is capitalised: "Girl Shot")."""
    if c.in_title:
        return frozenset()
    return frozenset(
        word
        for word in _WORD.findall(c.text)
        if word[:1].isupper()
        and word.lower() not in lex.NOT_NAME_WORDS
        and word.lower() not in lex.VICTIM_NOUNS
    )
