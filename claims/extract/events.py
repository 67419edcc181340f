"""Dated happenings: a sentence's event claims, each a date with the event word nearest
it ("visit", "attack"), its place, its actors and its preposition ("on February 7")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from claims.extract.actors import _actors
from claims.extract.location import _event_location
from claims.extract.places import _Place
from claims.extract.scope import _is_reporting_date
from claims.extract.words import _first_starting_at, _Word
from claims.lexicon import claims as lex
from claims.model import Claim, DateMention

#: Prepositions a dated event claim's span takes with its date ("on February 7").
DATE_PREPOSITIONS = frozenset("on in at since by during".split())


def _event_word(words: list[_Word], mention: DateMention, window: int = 10) -> str | None:
    """The event word nearest the date, earlier first on a tie ("visit ... today for talks")."""
    index = _first_starting_at(words, mention.start)
    end_index = _first_starting_at(words, mention.end)
    best: tuple[int, int, str] | None = None
    # Only the `window` words either side can be near enough: the rest are not visited,
    # so a sentence of many dates costs each date its window, not the sentence.
    first = max(0, index - window)
    for i, w in enumerate(words[first : end_index + window], start=first):
        event = lex.EVENT_WORDS.get(w.lower)
        if event is None or mention.start <= w.start < mention.end:
            continue
        distance = index - i if i < index else i - end_index + 1
        if distance > window:
            continue
        key = (distance, 0 if i < index else 1, event)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _with_preposition(sentence: str, start: int) -> int:
    """Extend a date span left over "on"/"in"/"at" ("on February 7")."""
    head = sentence[:start].rstrip()
    for prep in DATE_PREPOSITIONS:
        if head.lower().endswith(" " + prep) or head.lower() == prep:
            return len(head) - len(prep)
    return start


def _event_claims(
    make: Callable[..., Claim],
    sentence: str,
    words: list[_Word],
    places: list[_Place],
    dates: tuple[DateMention, ...],
    incident_place: str | None,
) -> Iterable[Claim]:
    """The dated events of a sentence: a claim for each date (but the report's) with an
    event word near it; `make` builds a claim from its kind, span and context."""
    event_places = [p for p in places if p.locative]
    actors: tuple[str, ...] | None = None  # computed once, for the first event
    for mention in dates:
        if _is_reporting_date(sentence, words, mention):
            continue
        event = _event_word(words, mention)
        if event is None:
            continue
        location = _event_location(event, event_places, mention, incident_place)
        if actors is None:
            actors = _actors(sentence, words, places)
        start = _with_preposition(sentence, mention.start)
        yield make(
            "event",
            start,
            mention.end,
            date=mention.date,
            event=event,
            location=location,
            actors=_agents(sentence, event, actors) if location else actors,
        )


#: Events whose actors are their agents, named as such: the sentence's other names
#: ("Russia and the United States agreed ... strikes over an August 21 chemical attack")
#: are not who attacked.
AGENT_EVENTS = frozenset({"attack", "shooting"})
#: How an attack names who carried it out: "attack by X", "X's attack", "X attacked".
AGENT_CUES = re.compile(
    r"""
    \b(?:by|from)[ ](?:the[ ])?(?P<after>[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3})
    | (?P<before>[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3})(?:’s|'s|[ ]forces|[ ]troops|-led)\b
    """,
    re.VERBOSE,
)


def _agents(sentence: str, event: str, actors: tuple[str, ...]) -> tuple[str, ...]:
    """The actors a dated event with a place keeps: for an attack or a shooting only
    those the sentence names as its agents; for a visit, talks or a vote everyone named.
    (An attack with no place keeps the sentence's names: they are all that tells one
    happening from another.)"""
    if event not in AGENT_EVENTS or not actors:
        return actors
    agents = " ".join(m.group("after") or m.group("before") for m in AGENT_CUES.finditer(sentence))
    return tuple(a for a in actors if a in agents)
