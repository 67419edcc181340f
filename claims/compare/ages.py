"""One person's age in two reports: the same, a birthday or two later, or a slip.

Extraction names the person an age belongs to when the sentence does ("Angela D. Harrison,
35", "52-year-old Linda Perez"); ages meet only by person, never as counts of a whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from claims.compare.link import _Link
from claims.compare.names import _actor, _plain
from claims.compare.reading import _days, _Reading
from claims.compare.settings import ACTOR_MATCH, AGE_SUBJECT
from claims.compare.values import _ratio, _severity
from claims.lexicon import aliases
from claims.lexicon.claims import NAME_SUFFIXES, NOT_NAME_STARTS
from claims.model import Article


def _same_person(a: str, b: str) -> bool:
    """Two names of one surname are one person unless both give first names that differ:
    "Harrison" = "Angela D. Harrison"; "Angela Harrison" = "A. Harrison"; "Mondale Goens"
    is not "Kalif Goens"."""
    words_a, words_b = _plain(a).split(), _plain(b).split()
    first_a, first_b = _name_words(words_a)[:-1], _name_words(words_b)[:-1]
    if not first_a or not first_b:
        return True
    if set(words_a) & NAME_SUFFIXES != set(words_b) & NAME_SUFFIXES:
        if _name_words(words_a) == _name_words(words_b):
            return False  # "Dwayne Jackson Jr., 10" beside "Dwayne Jackson, 50": son, father
        # "David Conley" and "David Ray Conley III": the suffix merely left out
    x, y = first_a[0], first_b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= ACTOR_MATCH


#: A run of capitalised words that may be a full name: "David Ray Conley III".
_NAME_RUN = re.compile(
    r"""
    [A-Z][a-z]+(?:[ ][A-Z][\w.’'-]*){1,3}   # a first name, then up to three more words
    """,
    re.VERBOSE,
)


def named_in_full(readings: Sequence[_Reading], articles: Sequence[Article]) -> list[_Reading]:
    """Ages named by a surname alone ("Conley, 48") with the full name their own article
    gives that surname, where it gives one first name only ("David Conley")."""
    texts = {a.id: a.text for a in articles}
    names: dict[str, dict[str, set[str]]] = {}  # article -> surname -> first names
    out = []
    for r in readings:
        claim = r.claim
        if claim.subject == AGE_SUBJECT and claim.actors:
            words = _person_words(claim.actors[0])
            if len(words) == 1:
                if claim.article_id not in names:
                    names[claim.article_id] = _first_names(texts.get(claim.article_id, ""))
                firsts = names[claim.article_id].get(words[0], set())
                if len(firsts) == 1:
                    full = f"{next(iter(firsts)).capitalize()} {claim.actors[0]}"
                    r = dataclasses.replace(r, claim=dataclasses.replace(claim, actors=(full,)))
        out.append(r)
    return out


def one_name_each(readings: Sequence[_Reading]) -> list[_Reading]:
    """Ages of one person named with one surname and with two: "Edgar Sanchez, 15" and
    "Edgar Sanchez Rios, 16" (GVC 482801): a Spanish name gives the father's surname and
    the mother's, and many reports keep the first alone. The shorter name's age meets by
    the longer name's surname, when the comparison's ages give the shorter name exactly
    one name that adds a word to it (two would leave it unplaced)."""
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for r in readings:
        name = _age_name(r)
        if name is not None and len(name) >= 3:
            longer.setdefault(name[:-1], set()).add(name)
    out = []
    for r in readings:
        name = _age_name(r)
        fuller = longer.get(name, set()) if name is not None else set()
        if len(fuller) == 1:
            r = dataclasses.replace(r, actors=(_actor(" ".join(next(iter(fuller)))),))
        out.append(r)
    return out


def _age_name(r: _Reading) -> tuple[str, ...] | None:
    """The plain words of the full name an age is given with ("edgar", "sanchez"), or
    None for an age of no one or of a surname alone."""
    if r.claim.subject != AGE_SUBJECT or len(r.claim.actors) != 1:
        return None
    words = tuple(_person_words(r.claim.actors[0]))
    return words if len(words) >= 2 else None


def _first_names(text: str) -> dict[str, set[str]]:
    """Surname -> the first names a text gives it ("David Ray Conley III" -> conley: david)."""
    found: dict[str, set[str]] = {}
    for match in _NAME_RUN.finditer(text):
        words = _person_words(match.group())
        if len(words) >= 2 and words[0] not in aliases.TITLES and words[0] not in NOT_NAME_STARTS:
            found.setdefault(words[-1], set()).add(words[0])
    return found


def _person_words(name: str) -> list[str]:
    """A name's plain words without its suffix: "David Ray Conley III" -> david ray conley."""
    return _name_words(_plain(name).split())


def _name_words(words: list[str]) -> list[str]:
    return [w for w in words if w not in NAME_SUFFIXES]


def ambiguous_surnames(readings: Sequence[_Reading]) -> frozenset[str]:
    """Surnames the ages of a comparison give with two different first names ("Nathaniel
    Conley, 13" and "David Conley, 48"): a bare "Conley, 48" could be either."""
    firsts: dict[str, set[str]] = {}
    for r in readings:
        if r.claim.subject == AGE_SUBJECT and r.claim.actors:
            words = _person_words(r.claim.actors[0])
            if len(words) >= 2:
                firsts.setdefault(words[-1], set()).add(words[0])
    return frozenset(surname for surname, names in firsts.items() if len(names) > 1)


def _bare(r: _Reading, ambiguous: frozenset[str]) -> bool:
    """Whether `r` is an age named by a surname alone that two people of the story share."""
    if r.claim.subject != AGE_SUBJECT or not r.claim.actors:
        return False
    words = _person_words(r.claim.actors[0])
    return len(words) == 1 and words[0] in ambiguous


def ambiguous_pair(a: _Reading, b: _Reading, ambiguous: frozenset[str]) -> bool:
    """A bare shared surname against a full name: "Conley, 48" (the father, as the story
    calls him throughout) is not "Nathaniel Conley, 13" (his son). Two bare "Conley"s
    still meet: a story's bare surname is its main actor."""
    return _bare(a, ambiguous) != _bare(b, ambiguous) and (
        _bare(a, ambiguous) or _bare(b, ambiguous)
    )


#: How far apart in years an undated report's age may be from another report's and
#: still be the same person's age at another time (a trial two or three years on).
_YEARS_UNDATED = 3


def _relate_ages(a: _Reading, b: _Reading) -> _Link | None:
    """ "Adams, 27" in 2015 and "Adams, 29" at his 2017 plea are one man two years on;
    "Sharp, 36" and "Sharp, 26" cannot both be right."""
    qa, qb = a.claim.value, b.claim.value
    if qa is None or qb is None or qa.best is None or qb.best is None:
        return None
    if not a.claim.actors or not b.claim.actors:
        # unnamed: one person only by the word after the age and the age itself, which
        # blocking has matched ("a 67-year-old woman", or a name's age of the same years);
        # two ages of no one differ by nothing. A bare "29" beside a person is in years.
        same = qa.best == qb.best and (qa.unit or "year") == (qb.unit or "year")
        return _Link("agree", 0.0, a, b, "same") if same else None
    if not _same_person(a.claim.actors[0], b.claim.actors[0]):
        return None
    early, late = (a, b) if (a.as_of or dt.date.min) <= (b.as_of or dt.date.min) else (b, a)
    age_early, age_late = (qa.best, qb.best) if early is a else (qb.best, qa.best)
    if age_early == age_late:
        return _Link("agree", 0.0, a, b, "same")
    if (a.as_of is None or b.as_of is None) and abs(age_late - age_early) <= _YEARS_UNDATED:
        # an undated report may be years from the other: "Orozco, 27" while he was sought
        # and "Orozco, 29" at his trial are one man, and which came first is not known
        return None
    years = _days(early.as_of, late.as_of) / 365.25
    if 0 < age_late - age_early <= math.ceil(years):
        return _Link("update", 0.0, early, late, "older", detail=f"{years:.1f}")
    if age_late > age_early and _age_then(early):
        # "Robert Lee Adams, age 27 (at the time of the murders)" told in 2016 is his age
        # in 2015: the "29-year-old Adams" of 2017 is older, not a slip
        return _Link("update", 0.0, early, late, "older_then")
    ratio = _ratio(max(age_early, age_late), min(age_early, age_late))
    return _Link("discrepancy", _severity(ratio), a, b, "age_gap", ratio=ratio)


#: Words right after an age that place it at an earlier moment than the report: "age 27
#: (at the time of the murders)", "who was 16 at the time". Provenance: written by hand
#: from the Columbus prosecutor's release (GVC 357164) and common court-report wording.
_AGE_THEN = re.compile(
    r"""
    ^[\s,(]{0,3}(?:
        (?P<then>at[ ]the[ ]time(?:[ ]of)?)
      | (?P<when>when[ ](?:he|she|they)[ ](?:was|were))
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _age_then(r: _Reading) -> bool:
    """Whether `r`'s sentence says its age was the person's at an earlier moment."""
    sentence, text = r.claim.sentence, r.claim.text
    at = sentence.find(text)
    return at >= 0 and _AGE_THEN.search(sentence[at + len(text) :]) is not None
