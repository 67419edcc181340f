"""Dated happenings: the event word nearest a date ("visit", "attack") and the span an
event claim takes with its preposition ("on February 7")."""

from __future__ import annotations

from claims.extract.words import _first_starting_at, _Word
from claims.lexicon import claims as lex
from claims.model import DateMention

#: Prepositions a dated event claim's span takes with its date ("on February 7").
DATE_PREPOSITIONS = frozenset("on in at since by during".split())


def _event_word(words: list[_Word], mention: DateMention, window: int = 10) -> str | None:
    """The event word nearest the date, earlier first on a tie ("visit ... today for talks")."""
    index = _first_starting_at(words, mention.start)
    end_index = _first_starting_at(words, mention.end)
    best: tuple[int, int, str] | None = None
    for i, w in enumerate(words):
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
