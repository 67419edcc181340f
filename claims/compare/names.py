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
    if not claim.event:
        return None
    if claim.kind == "count":  # the verb of a count: "welcomed" = "welcoming"
        return _verb_stem(_plain(claim.event))
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
