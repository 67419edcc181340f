"""The claims of one sentence: each number read, victims with no number added, then its
place, time scope, source and hedging; and the sentence's dated events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from claims.extract.actors import _actors
from claims.extract.attribution import _HEDGE_PHRASES, _nearest_source, _quoted, _sources
from claims.extract.casualties import _read_count, _wounded_then_dead
from claims.extract.events import _event_word, _with_preposition
from claims.extract.location import PLACE_ANAPHORS, _nearest_place
from claims.extract.not_counts import _is_age
from claims.extract.places import _inside, _Place
from claims.extract.reading import _Reading
from claims.extract.scope import (
    _CASUALTY_KINDS,
    _CONFLICT_NOUN_PHRASES,
    _CUMULATIVE_PHRASES,
    _CUMULATIVE_VERB_PHRASES,
    _PERIOD_GRAINS,
    _PERIOD_TALLY_PHRASES,
    SCOPE_PHRASE,
    _is_reporting_date,
)
from claims.extract.subjects import _measures_conflict, _subject_of_duration, _subject_of_percent
from claims.extract.victim_lists import _victim_lists
from claims.extract.victims import _pronoun_deaths, _victims
from claims.extract.words import _holds_phrase, _padded_words, _Word
from claims.model import Claim, DateInterval, DateMention, QuantityMention, Sentence

#: Durations that are ordinals in news: "a second suspect", "the second bus".
_ORDINAL_UNITS = frozenset({"a second", "the second"})


def _sentence_claims(
    article_id: str,
    sentence: Sentence,
    words: list[_Word],
    places: list[_Place],
    quantities: tuple[QuantityMention, ...],
    dates: tuple[DateMention, ...],
    as_of: dt.date | None,
    *,
    own_place: str | None,
    focus_place: str | None,
    main_place: str | None,
    conflict_place: str | None,
    incident_place: str | None,
    pronoun_victim: str | None,
    focus_scope: tuple[str, DateInterval | None] | None,
    seen_ids: set[str],
    singles: set[str],
) -> Iterable[Claim]:
    s = sentence.text
    lower = s.lower()
    date_spans = [(d.start, d.end) for d in dates]
    padded = _padded_words(lower)
    hedged = _holds_phrase(padded, _HEDGE_PHRASES)
    sources = _sources(s, words)
    sentence_actors: list[tuple[str, ...]] = []  # computed once, for the first event
    cumulative = _holds_phrase(padded, _CUMULATIVE_PHRASES) or (
        _holds_phrase(padded, _CUMULATIVE_VERB_PHRASES)
        and _holds_phrase(padded, _CONFLICT_NOUN_PHRASES)
    )
    tally = _holds_phrase(padded, _PERIOD_TALLY_PHRASES)
    anaphor = PLACE_ANAPHORS.search(s) is not None
    scope_dates = [d for d in dates if not _is_reporting_date(s, words, d)]
    scope_match = SCOPE_PHRASE.search(s)

    def make(kind: str, start: int, end: int, **context: object) -> Claim:
        attribution = _nearest_source(sources, start)
        claim_id = f"{article_id}:{sentence.start + start}"
        if claim_id in seen_ids:
            claim_id = f"{claim_id}{kind[0]}"
        seen_ids.add(claim_id)
        return Claim(
            id=claim_id,
            article_id=article_id,
            kind=kind,
            text=s[start:end],
            start=sentence.start + start,
            end=sentence.start + end,
            sentence=s,
            as_of=as_of,
            attribution=attribution,
            hedged=hedged,
            quoted=_quoted(s, start),
            **context,  # type: ignore[arg-type]
        )

    readings: list[tuple[QuantityMention, _Reading]] = []
    for mention in quantities:
        if any(ds < mention.end and mention.start < de for ds, de in date_spans):
            continue  # a day or year inside a date is the date's
        reading: _Reading | None
        if mention.dimension == "count" and _is_age(s, mention):
            reading = _Reading("quantity", "age", None)
        elif mention.dimension == "count":
            reading = _read_count(s, words, mention)
        elif mention.dimension == "duration" and mention.text.lower() in _ORDINAL_UNITS:
            continue  # "a second shooting", "the second suspect": an ordinal
        elif mention.dimension == "duration":
            if "-old" in mention.text or "year-old" in s[mention.start : mention.end + 5]:
                reading = _Reading("quantity", "age", None)
            else:
                reading = _Reading("duration", _subject_of_duration(words, mention), None)
        elif mention.dimension == "percent":
            reading = _Reading("percent", _subject_of_percent(s, words, mention), None)
        elif mention.dimension == "money":
            reading = _Reading("money", _subject_of_duration(words, mention), None)
        else:
            reading = _Reading("quantity", _subject_of_duration(words, mention), None)
        if reading is not None:
            readings.append((mention, reading))
    readings = _victim_lists(s, words, readings)
    readings = _wounded_then_dead(readings)
    casualties = [
        (m.start, max(m.end, r.end or 0))
        for m, r in readings
        if r.kind in ("deaths", "injuries", "shot")
    ]
    readings.extend(_victims(s, casualties))
    readings.extend(_pronoun_deaths(s, casualties, pronoun_victim))

    for mention, reading in readings:
        # Where: a place named in the sentence; "there"/"the city" and scene-keeping
        # sentences take the last place named; a conflict-wide running total with no
        # place of its own is the article's main place.
        casualty = reading.kind in ("deaths", "injuries", "shot")
        if casualty and incident_place is not None and not cumulative:
            # A shooting report: a toll with no place of its own, or only the state
            # the town lies in, is the incident's ("He died at the hospital").
            if own_place is None or _inside(incident_place, own_place):
                location = incident_place
            else:
                location = own_place
        elif own_place is not None:
            location = own_place
        elif cumulative and reading.kind in ("deaths", "injuries", "displaced", "detained"):
            location = conflict_place if not anaphor else focus_place or conflict_place
        elif reading.kind == "duration" and _measures_conflict(words, mention):
            location = conflict_place  # "the 11-month uprising": the whole conflict's
        else:
            location = focus_place or main_place

        # When: the sentence's own date or scope phrase; else the passage's, unless the
        # count is a running total.
        time_scope: str | None = None
        scope_date: DateInterval | None = None
        claim_date: DateInterval | None = None
        conflict_duration = reading.kind == "duration" and _measures_conflict(words, mention)
        if conflict_duration:
            pass  # "the 11-month uprising" runs as of the report, whatever the sentence's day
        elif scope_dates:
            nearest = min(scope_dates, key=lambda d: abs(d.start - mention.start))
            time_scope, scope_date = nearest.text, nearest.date
        elif scope_match is not None:
            time_scope = scope_match.group("scope")
        elif focus_scope is not None and not cumulative and reading.kind != "duration":
            time_scope, scope_date = focus_scope
        if reading.kind == "vote" and scope_date is not None:
            claim_date = scope_date
        # "34 officers had died in the line of duty in 2016", "the city's homicides this
        # year": a tally of a period, not one incident's toll
        period = tally or (scope_date is not None and scope_date.grain in _PERIOD_GRAINS)

        claim = make(
            reading.kind,
            mention.start,
            max(mention.end, reading.end or 0),
            value=mention.quantity,
            date=claim_date,
            subject=reading.subject,
            event=reading.event,
            location=location,
            time_scope=time_scope,
            scope_date=scope_date,
            cumulative=(cumulative or (period and reading.kind in _CASUALTY_KINDS))
            and reading.kind not in ("duration", "count"),
        )
        if reading.single:
            singles.add(claim.id)
        yield claim

    event_places = [p for p in places if p.locative]
    for mention in dates:
        if _is_reporting_date(s, words, mention):
            continue
        event = _event_word(words, mention)
        if event is None:
            continue
        location = _nearest_place(event_places, mention)
        if event in ("shooting", "attack") and incident_place is not None:
            if location is None or _inside(incident_place, location):
                location = incident_place
        if not sentence_actors:
            sentence_actors.append(_actors(s, words, places))
        start = _with_preposition(s, mention.start)
        yield make(
            "event",
            start,
            mention.end,
            date=mention.date,
            event=event,
            location=location,
            actors=sentence_actors[0],
        )
