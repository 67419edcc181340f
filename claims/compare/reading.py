"""Reading: each claim with the context comparison needs, in canonical form: what is
counted, where, when (a `_Frame`: the days the count covers), who, and which event."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claims.compare.names import _actor, _event, _measure, _plain, _subject
from claims.compare.places import _outermost, _place
from claims.lexicon import aliases
from claims.model import Article, Claim

#: What stands before a figure in brackets that converts the figure before it:
#: "10 kilometres (" 6.2 miles), "110 billion (" $158 billion), "35 km (about " 22 miles).
_CONVERSION = re.compile(
    r"""
    \d [\d.,]{0,12} (?:[ -]?[^\W\d]{1,12}){0,2}   # a figure and up to two unit words
    [ ]{0,2} \( [ ]{0,2}                           # the opening bracket
    (?:(?:about|some|roughly|around|nearly|or|approximately)[ ]{1,2})?
    $
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Frame:
    """The stretch of days a count covers."""

    start: dt.date | None  # first day counted; None: from the beginning, or not known
    end: dt.date | None  # last day counted; None: not known
    label: str | None  # scope words with no calendar reading ("overnight assault")
    to_date: bool  # counts up to the report: no scope, "so far", "since last Friday"
    short: bool  # one day or one night

    @property
    def running(self) -> bool:
        """A running total: everything up to the report, from the beginning."""
        return self.to_date and self.start is None and self.label is None


@dataclass(frozen=True, slots=True)
class _Reading:
    """A claim as comparison reads it, with its position in the input (`order`) and the
    article id explanations cite (`short_id`)."""

    claim: Claim
    order: int
    short_id: str
    subject: str | None
    place: str | None
    country: str | None
    event: str | None
    actors: tuple[str, ...]
    frame: _Frame
    converted: bool = False  # the figure in brackets after another: a unit conversion
    measure: bool = False  # a measure of a happening (magnitude, depth, distance): no toll

    @property
    def as_of(self) -> dt.date | None:
        return self.claim.as_of


def _conversions(articles: Iterable[Article]) -> frozenset[str]:
    """Ids of the claims that convert the figure just before them into another unit:
    "10 kilometres (6.2 miles)", "€110bn ($143-billion)". The figure in brackets says
    the same thing again; it is not a claim of its own to compare."""
    out = set()
    for article in articles:
        for claim in article.claims:
            if claim.value is None or not claim.value.unit:
                continue
            at = claim.sentence.find(claim.text)
            match = _CONVERSION.search(claim.sentence[max(0, at - 60) : at]) if at > 0 else None
            if match is not None:
                out.add(claim.id)
    return frozenset(out)


def _read(claim: Claim, order: int, short_id: str, converted: bool = False) -> _Reading:
    place = _place(claim.location)
    measure = _measure(claim)
    return _Reading(
        claim=claim,
        order=order,
        short_id=short_id,
        subject=measure or _with_perpetrator(claim, _subject(claim)),
        place=place,
        country=_outermost(place),
        event=_event(claim),
        actors=tuple(sorted({_actor(a) for a in claim.actors if a.strip()})),
        frame=_frame(claim, measure is not None),
        converted=converted,
        measure=measure is not None,
    )


#: A toll that counts who did it too: "5 dead, including gunman", "four people, including
#: the shooter": the dead of another count than the victims'.
_WITH_PERPETRATOR = re.compile(
    r"""
    ^[^.;]{0,25}?\b(?:including|counting|and)[ ](?:the[ ])?
    (?:gunman|shooter|suspect|attacker|killer|bomber|himself|herself)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: A toll whose own words end on the killer: "4 people, self", "killed four classmates
#: and himself", "killed his wife before turning the gun on himself" (the extraction
#: of murder-suicides, claims/extract/murder_suicide.py, spans the killer's death).
_ENDS_ON_PERPETRATOR = re.compile(
    r"""
    \b(?:(?:him|her)?self|suicide)[ ]*$
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _with_perpetrator(claim: Claim, subject: str | None) -> str | None:
    """A casualty toll's subject, marked where the toll counts the perpetrator too."""
    if claim.kind != "deaths" or subject is None:
        return subject
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    counted = _WITH_PERPETRATOR.match(after) or _ENDS_ON_PERPETRATOR.search(claim.text)
    return f"{subject} and the perpetrator" if counted else subject


def _starts_with(words: str, openers: Iterable[str]) -> bool:
    return any(words == w or words.startswith(w + " ") for w in openers)


def _frame(claim: Claim, measure: bool = False) -> _Frame:
    """The days `claim` counts. A measure of a happening (its depth, magnitude, distance
    from a place) counts no stretch: scope words with no calendar reading ("on Sunday
    morning", "this morning") only say when it happened, and are not held against
    another report's; a dated scope ("In 2004") still marks an earlier happening."""
    as_of = claim.as_of
    date = claim.date
    if claim.kind != "event" and claim.time_scope is None and date is not None and date.resolved:
        # a vote or a count tied to a dated happening covers that happening's days
        return _Frame(date.start, date.end, None, False, _days(date.start, date.end) <= 1)
    if claim.time_scope is None:
        return _Frame(None, as_of, None, True, False)
    words = _plain(claim.time_scope)
    if _starts_with(words, aliases.RUNNING_SCOPE_WORDS):
        return _Frame(None, as_of, None, True, False)
    opens = _starts_with(words, aliases.OPEN_SCOPE_WORDS)
    scope = claim.scope_date
    if scope is not None and scope.resolved and scope.start is not None and scope.end is not None:
        if opens:
            end = max(d for d in (scope.end, as_of) if d is not None)
            return _Frame(scope.start, end, None, True, False)
        return _Frame(scope.start, scope.end, None, False, _days(scope.start, scope.end) <= 1)
    if measure:
        return _Frame(None, as_of, None, True, False)
    if opens:
        return _Frame(None, as_of, words, True, False)
    return _Frame(None, None, words, False, True)


def _days(start: dt.date | None, end: dt.date | None) -> int:
    if start is None or end is None:
        return 0
    return (end - start).days
