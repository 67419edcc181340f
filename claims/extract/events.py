"""Dated happenings: a sentence's event claims, each a date with the event word nearest
it ("visit", "attack"), its place, its actors and its preposition ("on February 7")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from claims.dates.clock import find_clock_times
from claims.extract.actors import _actors
from claims.extract.location import _event_location
from claims.extract.places import _Place
from claims.extract.scope import _is_reporting_date
from claims.extract.words import _first_starting_at, _Word
from claims.lexicon import claims as lex
from claims.model import Claim, ClockMention, DateMention

#: How many words from its date (or its time of day) an event word may stand.
DATE_WINDOW = 10
CLOCK_WINDOW = 16
#: The event words a time of day takes: the dated ones and those of a moment.
CLOCK_EVENTS = {**lex.EVENT_WORDS, **lex.CLOCK_EVENT_WORDS}

#: Prepositions a dated event claim's span takes with its date ("on February 7").
DATE_PREPOSITIONS = frozenset("on in at since by during".split())


def _event_word(
    words: list[_Word],
    mention: DateMention | ClockMention,
    window: int = 10,
    table: dict[str, str] = lex.EVENT_WORDS,
) -> str | None:
    """The event word nearest the date, earlier first on a tie ("visit ... today for talks")."""
    index = _first_starting_at(words, mention.start)
    end_index = _first_starting_at(words, mention.end)
    best: tuple[int, int, str] | None = None
    # Only the `window` words either side can be near enough: the rest are not visited,
    # so a sentence of many dates costs each date its window, not the sentence.
    first = max(0, index - window)
    for i, w in enumerate(words[first : end_index + window], start=first):
        event = table.get(w.lower)
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
    event word near it, and for each clock time no date holds ("The explosion happened
    ... just before 5:30 p.m."); a clock time beside a date ("at 3.45pm on Tuesday") is
    that date's time of day. `make` builds a claim from its kind, span and context."""
    event_places = [p for p in places if p.locative]
    actors: tuple[str, ...] | None = None  # computed once, for the first event
    clocks = find_clock_times(sentence)
    taken: set[int] = set()  # the clock times a date took
    whens: list[tuple[DateMention | ClockMention, ClockMention | None]] = []
    for mention in dates:
        if _is_reporting_date(sentence, words, mention):
            continue
        clock = _clock_of(sentence, mention, clocks)
        if clock is not None:
            taken.add(clock.start)
        whens.append((mention, clock))
    whens.extend((c, c) for c in clocks if c.start not in taken and not _in_date(c, dates))
    for when, clock in sorted(whens, key=lambda w: w[0].start):
        start = min(when.start, clock.start if clock else when.start)
        anchor = replace(when, start=start, end=max(when.end, clock.end if clock else 0))
        # a time of day is said of one happening: its event word may stand further off
        # ("The explosion happened at the West Coast Bank on the Newberg 214 Highway
        # just before 5:30 p.m.", 8_ecb)
        event = (
            _event_word(words, anchor, CLOCK_WINDOW, CLOCK_EVENTS)
            if clock
            else _event_word(words, anchor, DATE_WINDOW)
        )
        if event is None:
            continue
        location = _event_location(event, event_places, anchor, incident_place)
        if actors is None:
            actors = _actors(sentence, words, places)
        yield make(
            "event",
            _with_preposition(sentence, start),
            anchor.end,
            date=when.date if isinstance(when, DateMention) else None,
            clock=None if clock is None else clock.clock,
            event=event,
            location=location,
            actors=_agents(sentence, event, actors) if location else actors,
        )


#: What may stand between a clock time and the date it is the time of: "3.45pm on
#: Tuesday", "1:15 a.m. Tuesday", "Monday at 4:30 a.m.", "Monday, at about 10 p.m.".
_CLOCK_JOINER = re.compile(r"[ \t]*,?[ \t]*(?:(?:on|at|of)[ \t]+)?", re.IGNORECASE)


def _clock_of(
    sentence: str, mention: DateMention, clocks: tuple[ClockMention, ...]
) -> ClockMention | None:
    """The clock time that belongs to a date: inside its span (the date reader keeps
    "10 p.m. Saturday" whole), or just before or after it."""
    for clock in clocks:
        if clock.start < mention.end and mention.start < clock.end:
            return clock
        gap = (
            sentence[clock.end : mention.start]
            if clock.end <= mention.start
            else sentence[mention.end : clock.start]
        )
        if _CLOCK_JOINER.fullmatch(gap):
            return clock
    return None


def _in_date(clock: ClockMention, dates: tuple[DateMention, ...]) -> bool:
    """Whether a date's span holds the clock time (a report's "said Monday at noon")."""
    return any(d.start < clock.end and clock.start < d.end for d in dates)


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
