"""The claims of one sentence: each number read for what it counts, victims with no
number added, each claim given its place, time scope, source and hedging; then the
sentence's dated events."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from claims.extract.ages import _aged_person
from claims.extract.attribution import _HEDGE_PHRASES, _nearest_source, _quoted, _sources
from claims.extract.casualties import _read_count, _wounded_then_dead
from claims.extract.events import _event_claims
from claims.extract.gates import (
    _may_hold_victim_of_one,
    _may_name_victims,
    _may_tell_pronoun_death,
)
from claims.extract.location import PLACE_ANAPHORS, _ArticlePlaces, _claim_location
from claims.extract.multiples import _multiple_crimes
from claims.extract.murder_suicide import _with_the_killer
from claims.extract.named_victims import _named_victims
from claims.extract.not_counts import _is_age
from claims.extract.places import _Place
from claims.extract.reading import _Reading
from claims.extract.scope import _sentence_scope, _when
from claims.extract.subjects import _subject_of_duration, _subject_of_percent
from claims.extract.victim_lists import _headline_lists, _one_by_one, _victim_lists
from claims.extract.victims import _pronoun_deaths, _victims
from claims.extract.words import _holds_phrase, _padded_words, _Word
from claims.extract.wounded import (
    _second_victims,
    _shot_themselves,
    _wounded_counts,
    _wounded_ones,
)
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
    article_places: _ArticlePlaces,
    pronoun_victim: str | None,
    focus_scope: tuple[str, DateInterval | None] | None,
    seen_ids: set[str],
    singles: set[str],
    in_title: bool = False,
) -> Iterable[Claim]:
    """The claims of one sentence, in order: its counts and measures, then its dated
    events. `own_place`: the place it names; `focus_place`, `focus_scope` and
    `pronoun_victim`: the passage's, from the sentences before; `seen_ids`: the claim
    ids taken so far; `singles` collects the ids of casualties of one with no number;
    `in_title`: the sentence is the headline (its claims' offsets index the title)."""
    s = sentence.text
    make = _ClaimMaker(article_id, sentence, as_of, words, seen_ids, in_title)
    readings = _readings(s, words, quantities, dates, pronoun_victim, in_title)
    # Most sentences read here make no claim of a number (a casualty word, no victim):
    # their time scope, place anaphor, sources and hedging are not worked out.
    scope = _sentence_scope(s, make.padded, words, dates) if readings else None
    anaphor = bool(readings) and PLACE_ANAPHORS.search(s) is not None
    for mention, reading in readings if scope is not None else ():
        location = _claim_location(
            reading.kind,
            words,
            mention,
            own=own_place,
            focus=focus_place,
            article=article_places,
            cumulative=scope.cumulative,
            anaphor=anaphor,
        )
        when = _when(scope, reading.kind, words, mention, focus_scope)
        claim = make(
            reading.kind,
            mention.start,
            max(mention.end, reading.end or 0),
            value=mention.quantity,
            date=when.date,
            subject=reading.subject,
            event=reading.event,
            location=location,
            time_scope=when.time_scope,
            scope_date=when.scope_date,
            cumulative=when.cumulative,
            actors=(reading.person,) if reading.person else (),
        )
        if reading.single:
            singles.add(claim.id)
        yield claim
    yield from _event_claims(make, s, words, places, dates, article_places.incident)


def _readings(
    sentence: str,
    words: list[_Word],
    quantities: tuple[QuantityMention, ...],
    dates: tuple[DateMention, ...],
    pronoun_victim: str | None,
    in_title: bool = False,
) -> list[tuple[QuantityMention, _Reading]]:
    """What the sentence's numbers are read as, in order, victims listed by "and"
    summed, and the casualties of one it tells with no number ("a man was shot", "he
    later died", of `pronoun_victim`); `in_title`: the sentence is the headline."""
    date_spans = [(d.start, d.end) for d in dates]
    readings: list[tuple[QuantityMention, _Reading]] = []
    for mention in quantities:
        if any(ds < mention.end and mention.start < de for ds, de in date_spans):
            continue  # a day or year inside a date is the date's
        reading = _read_mention(sentence, words, mention)
        if reading is not None:
            readings.append((mention, reading))
    readings = _ages_listed(sentence, readings)
    readings = _victim_lists(sentence, words, readings)
    readings = _wounded_then_dead(readings)
    readings = _among_the_casualties(sentence, readings)
    readings = _wounded_counts(sentence, readings)
    if in_title:
        readings = _headline_lists(sentence, readings)
    casualties = [
        (m.start, max(m.end, r.end or 0))
        for m, r in readings
        if r.kind in ("deaths", "injuries", "shot")
    ]
    # Gates at the call: most sentences hold neither a victim noun nor a name's verb.
    lowered = sentence.lower()
    ones = (
        _victims(sentence, casualties, in_title)
        if _may_hold_victim_of_one(sentence, lowered)
        else []
    )
    if _may_name_victims(sentence, lowered):
        ones += _named_victims(sentence, casualties)
    readings.extend(ones)
    readings.extend(_multiple_crimes(sentence, casualties))
    readings.extend(_one_by_one(sentence, ones))
    if _may_tell_pronoun_death(sentence, lowered, pronoun_victim):
        readings.extend(_pronoun_deaths(sentence, casualties, pronoun_victim))
    readings.extend(_wounded_ones(sentence, casualties, pronoun_victim))
    readings.extend(_shot_themselves(sentence, casualties))
    readings.extend(_second_victims(sentence, casualties))
    return _with_the_killer(sentence, readings)


#: What joins the ages of a list: "aged five and six", "ages 9, 11 and 14".
_AGE_JOINS = frozenset({" and ", ", ", ", and ", " or ", " to "})


def _ages_listed(
    sentence: str, readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """A count joined to an age by "and" or a comma is an age too: "aged five and six"
    (never "six" deaths)."""
    out = list(readings)
    for i in range(1, len(out)):
        (before, read_before), (mention, reading) = out[i - 1], out[i]
        if (
            read_before.subject == "age"
            and reading.subject != "age"
            and mention.dimension == "count"
            and sentence[before.end : mention.start] in _AGE_JOINS
        ):
            out[i] = (mention, _Reading("quantity", "age", None))
    return out


def _among_the_casualties(
    sentence: str, readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """ "Two children ... were among the 12 people killed": the first count is some of
    the casualties the second counts (a part, by its own noun), of the same kind."""
    out = list(readings)
    for j, (whole, read_whole) in enumerate(out):
        if read_whole.kind not in ("deaths", "injuries"):
            continue
        if not sentence[: whole.start].lower().rstrip().endswith("among the"):
            continue
        for i in range(j - 1, -1, -1):
            part, read_part = out[i]
            if read_part.kind == "count" and read_part.subject:
                out[i] = (part, replace(read_part, kind=read_whole.kind, event=read_whole.event))
                break
    return out


#: An age written without its hyphens: "24 year old Daniel Chumacero", "a 5 year old boy",
#: "an 18-month old" (its last one dropped).
_UNHYPHENATED_AGE = re.compile(
    r"""
    \b\d{1,3}[ -](?:year|month|week)s?[ ]old\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _read_mention(sentence: str, words: list[_Word], mention: QuantityMention) -> _Reading | None:
    """What one number is read as, by its dimension: an age, a count (a toll, a vote,
    things), a duration, a percentage, a sum of money; None when it is no claim."""
    if mention.dimension == "count" and _is_age(sentence, mention):
        return _Reading("quantity", "age", None, person=_aged_person(sentence, mention))
    if mention.dimension == "count":
        return _read_count(sentence, words, mention)
    if mention.dimension == "duration" and mention.text.lower() in _ORDINAL_UNITS:
        return None  # "a second shooting", "the second suspect": an ordinal
    if mention.dimension == "duration":
        if (
            "-old" in mention.text.lower()
            or "year-old" in sentence[mention.start : mention.end + 5].lower()
            or _UNHYPHENATED_AGE.search(sentence, mention.start, mention.end + 5)
        ):
            return _Reading("quantity", "age", None, person=_aged_person(sentence, mention))
        return _Reading("duration", _subject_of_duration(words, mention), None)
    if mention.dimension == "percent":
        return _Reading("percent", _subject_of_percent(sentence, words, mention), None)
    if mention.dimension == "money":
        return _Reading("money", _subject_of_duration(words, mention), None)
    return _Reading("quantity", _subject_of_duration(words, mention), None)


def _unseen_id(claim_id: str, seen_ids: set[str]) -> str:
    """`claim_id`, or with the first number after it that no claim of the article has:
    two readers may read claims of one kind at one offset."""
    candidate, n = claim_id, 1
    while candidate in seen_ids:
        n += 1
        candidate = f"{claim_id}{n}"
    return candidate


@dataclass(frozen=True)
class _ClaimMaker:
    """Builds a sentence's claims from a kind, a span and its context: the id (unique in
    the article: `seen_ids`), the nearest source, the hedging and whether it is quoted.
    The sentence's sources and hedging are read on its first claim (cached properties,
    hence no slots): most sentences read make none."""

    article_id: str
    sentence: Sentence
    as_of: dt.date | None
    words: list[_Word]
    seen_ids: set[str]
    #: the headline's claims: ids "ARTICLE:tOFFSET", offsets into the title
    in_title: bool = False

    @cached_property
    def padded(self) -> str:
        """The sentence's `_padded_words`, for the phrase tests."""
        return _padded_words(self.sentence.text.lower())

    @cached_property
    def sources(self) -> list[tuple[int, str]]:
        return _sources(self.sentence.text, self.words)

    @cached_property
    def hedged(self) -> bool:
        return _holds_phrase(self.padded, _HEDGE_PHRASES)

    def __call__(self, kind: str, start: int, end: int, **context: object) -> Claim:
        s = self.sentence.text
        attribution = _nearest_source(self.sources, start)
        mark = "t" if self.in_title else ""
        claim_id = f"{self.article_id}:{mark}{self.sentence.start + start}"
        if claim_id in self.seen_ids:
            claim_id = _unseen_id(f"{claim_id}{kind[0]}", self.seen_ids)
        self.seen_ids.add(claim_id)
        return Claim(
            id=claim_id,
            article_id=self.article_id,
            kind=kind,
            text=s[start:end],
            start=self.sentence.start + start,
            end=self.sentence.start + end,
            sentence=s,
            as_of=self.as_of,
            attribution=attribution,
            hedged=self.hedged,
            quoted=_quoted(s, start),
            in_title=self.in_title,
            **context,  # type: ignore[arg-type]
        )
