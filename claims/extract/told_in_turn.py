"""Victims told one by one across an article's sentences: "Morgan Slaight died ...
Jaxon Slaight, 6, was pronounced dead" is two deaths. Each casualty of one that names
the person or gives their age is somebody; a later one that shares a name or an age
with an earlier one is told again, not another victim."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from claims.lexicon import claims as lex
from claims.model import Claim, Quantity

#: An age in a victim's words: "Kimberly Buckner, 49, died", "a 25-year-old man",
#: "Travis Carnez, Jr., 25", "8-month-old Jayden".
_AGE = re.compile(
    r"""
    (?:(?P<years>\d{1,3})-(?P<grain>year|month|week)s?-old)
    | (?:,[ ]+(?P<bare>\d{1,3}),)
    """,
    re.VERBOSE,
)

#: One capitalised word that may be part of a name: "Slaight", "O'Neil", "Saenz-Ponce".
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")

#: Capitalised words that name nobody: the opening words of a clause, victim nouns and
#: titles ("A", "The", "Officer"), and the casualty words a headline capitalises.
_NOT_NAMES: frozenset[str] = frozenset(
    {
        *lex.NOT_NAME_STARTS,
        *lex.NAME_SUFFIXES,
        *lex.PERSON_NOUNS,
        *lex.VICTIM_NOUNS,
        *(w for w in lex.CASUALTY_WORDS if " " not in w),
        *lex.VICTIM_VERBS,
        *"""he she his her one another police officer deputy trooper sgt lt det mr mrs
        ms dr advertisement""".split(),
    }
)


@dataclass(frozen=True, slots=True)
class _Person:
    """Who one casualty of one is, as far as its words tell: the names and the age."""

    names: frozenset[str]
    age: str | None

    def known(self) -> bool:
        return bool(self.names) or self.age is not None

    def may_be(self, other: _Person) -> bool:
        """Whether two tellings may be one person. Two named people are two unless a
        name of one is within the other's ("Hernandez" of "Travis Hernandez"); else two
        of different ages are two ("a 46-year-old woman", "Gino Nicolas, 24"); a name
        and an age alone ("Benetria Robinson", "a 19-year-old woman") may be one."""
        if self.names and other.names:
            return self.names <= other.names or other.names <= self.names
        return self.age is None or other.age is None or self.age == other.age


#: A word of a claim's text: a capitalised one may be a name.
_WORD = re.compile(r"[\w’'-]+")

#: Nouns a capitalised run before them modifies rather than names: "a Cumberland County
#: deputy", "Houston man".
_MODIFIED_NOUNS: frozenset[str] = lex.PERSON_NOUNS | lex.VICTIM_NOUNS


def _person(text: str) -> _Person:
    match = _AGE.search(text)
    age = None
    if match is not None:
        age = f"{match['years']} {match['grain']}" if match["years"] else f"{match['bare']} year"
    names: set[str] = set()
    run: list[str] = []
    for w in [*_WORD.findall(text), ""]:
        if _CAPITALISED.fullmatch(w):
            run.append(w)
            continue
        if not (w.islower() and w in _MODIFIED_NOUNS):  # a place before a noun names nobody
            names.update(n for n in run if n.lower() not in _NOT_NAMES and len(n) > 1)
        run = []
    return _Person(frozenset(names), age)


def _victims_in_turn(found: tuple[Claim, ...], singles: set[str]) -> Iterable[Claim]:
    """The article's claims, and per kind (deaths, injuries) the sum of the different
    victims its body tells one at a time (`singles`: casualties of one with no number),
    when there are two or more. A victim known by neither a name nor an age ("he died",
    "the man was shot") may be any of them and is not counted. Like a list, the sum is a
    part of the toll (`VICTIMS_LISTED`): an article may tell only some victims by name.
    It stands at the last victim it counts."""
    yield from found
    for kind in ("deaths", "injuries"):
        people: list[_Person] = []
        last: Claim | None = None
        for c in found:
            if c.kind != kind or c.id not in singles or c.in_title or c.cumulative:
                continue
            person = _person(c.text)
            if person.known() and not any(person.may_be(p) for p in people):
                people.append(person)
                last = c
        if len(people) < 2 or last is None:
            continue
        n = len(people)
        yield replace(
            last,
            id=f"{last.id}{kind[0]}n",
            value=Quantity(low=n, high=n, best=n, exact=True),
            subject=lex.VICTIMS_LISTED,
        )
