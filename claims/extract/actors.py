"""Who acts in a sentence: people named in it (by surname) and the countries acting in it."""

from __future__ import annotations

import bisect
import re

from claims.extract.attribution import _SOURCE_WORDS
from claims.extract.places import CAPITALIZED_RUN, PLACES, _Place
from claims.extract.words import _NUMBERISH, _Word
from claims.lexicon import claims as lex

_TOKEN = re.compile(r"[^ ]+")

#: A contraction's tail: "I'm", "I've", "They'll", "He'd", "Don't" are no names.
_CONTRACTION = re.compile(r"(?i)['’](?:m|ve|ll|d|re|t)$")


#: Words after a sentence-initial single name that make it a subject doing something
#: ("Lavrov will visit", "Muallem last visited", "Obama said").
_SUBJECT_FOLLOWERS = frozenset("last also then later again first has had will would".split())


def _actors(sentence: str, words: list[_Word], places: list[_Place]) -> tuple[str, ...]:
    """People named in the sentence (by surname) and countries acting in it."""
    actors: list[str] = []
    place_spans = [(p.start, p.end) for p in places]
    for match in CAPITALIZED_RUN.finditer(sentence):
        # A run split where it names a place: "Russia’s Foreign Minister Sergei Lavrov"
        # holds the actor Lavrov after the place Russia.
        pieces: list[list[tuple[str, int]]] = [[]]
        for token in _TOKEN.finditer(match.group("run")):
            start = match.start("run") + token.start()
            if any(s < start + len(token.group()) and start < e for s, e in place_spans):
                pieces.append([])
            else:
                pieces[-1].append((token.group(), start))
        for piece in pieces:
            name = _person_name(sentence, words, piece)
            if name and name not in actors:
                actors.append(name)
    for place in places:
        if PLACES.get(place.name) is None and not place.locative and place.name not in actors:
            actors.append(place.name)
    return tuple(actors)


def _person_name(sentence: str, words: list[_Word], piece: list[tuple[str, int]]) -> str | None:
    # Strip titles and other non-name words from the front ("Foreign Minister Sergei").
    while piece and piece[0][0].lower().rstrip(".’'s") in lex.NOT_NAME_WORDS:
        piece = piece[1:]
    if not piece:
        return None
    tokens = [t for t, _ in piece]
    if any(t.lower().rstrip(".") in lex.NOT_NAME_WORDS for t in tokens):
        return None
    if any(_CONTRACTION.search(t) for t in tokens):
        return None  # "I'm", "I've", "We'll": a quote's speaker, not a name
    run = " ".join(tokens)
    if run.lower() in lex.ORGANISATIONS or _NUMBERISH.search(run):
        return None
    if run.isupper() and len(run) > 4:
        return None  # a shouted dateline or heading, not a name
    start = piece[0][1]
    if len(tokens) == 1 and not _names_a_subject(sentence, words, start):
        return None
    name = _surname(run)
    if not name.endswith("..") and re.fullmatch(r"[A-Za-z]{2,}\.", name):
        name = name[:-1]  # the sentence's full stop: "talks with Assad."
    return name if len(name) > 1 else None


def _surname(run: str) -> str:
    tokens = [t for t in re.split(r"[ ]", run) if t]
    last = (
        tokens[-1].rstrip("’'s").rstrip("’'") if tokens[-1].endswith(("’s", "'s")) else tokens[-1]
    )
    for particle in ("al-", "el-"):
        if last.lower().startswith(particle) and len(last) > len(particle):
            last = last[len(particle) :]
    if last.startswith("al") and len(last) > 3 and last[2].isupper():  # "alAssad"
        last = last[2:]
    return last


def _names_a_subject(sentence: str, words: list[_Word], start: int) -> bool:
    """Whether a lone capitalized word at `start` is a name: mid-sentence it is; at the
    start of a sentence only when a verb follows it ("Lavrov will visit", not "Despite")."""
    if sentence[:start].strip(" “\"'‘"):
        return True
    index = bisect.bisect_left([w.start for w in words[:8]], start)
    if index + 1 >= min(len(words), 8):
        return False
    word, following = words[index].lower, words[index + 1].lower
    if word in _SOURCE_WORDS or word in lex.PERSON_NOUNS or word in lex.NOT_NAME_WORDS:
        return False
    return (
        following in lex.AUXILIARIES
        or following in lex.REPORTING_VERBS
        or following in lex.EVENT_WORDS
        or following in _SUBJECT_FOLLOWERS
    )
