"""What the readers share in one call: its inputs (`Context`), what a reader finds
(`Found`), and the two ways a reading is built (resolved dates, or an unresolved grain)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claims.dates.tense import clause_tense
from claims.model import DateInterval


@dataclass(frozen=True, slots=True)
class Context:
    """The inputs of one call: the text, the reference date, and whether forms that need
    context in running text are read too (`parse_date`: one whole expression)."""

    text: str
    ref: dt.date | None
    latent: bool

    def tense(self, start: int, end: int) -> int:
        return clause_tense(self.text, start, end)


@dataclass(frozen=True, slots=True)
class Found:
    """One expression read: its span (the lead included), its reading, whether it is
    relative to the reference, and its preposition ("since" makes it a range)."""

    start: int
    end: int
    date: DateInterval
    relative: bool
    prep: str | None = None


def interval(start: dt.date, end: dt.date, grain: str, **kept) -> DateInterval:
    """A resolved reading."""
    return DateInterval(start, end, grain, True, **kept)


def unresolved(grain: str, month: int | None = None, day: int | None = None) -> DateInterval:
    """A reading with no dates, keeping its grain and any month and day stated."""
    return DateInterval(None, None, grain, False, month, day)
