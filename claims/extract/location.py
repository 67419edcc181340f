"""How a claim's place is chosen: the sentence's own place, the passage's, a shooting
report's incident place (its dateline), or the place of the conflict a total is about."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from claims.extract.places import (
    PLACES,
    _canonical_place,
    _country,
    _inside,
    _Place,
    _us_state,
)
from claims.extract.subjects import _measures_conflict
from claims.extract.words import _Word
from claims.gazetteer import named_alone, town_in_state
from claims.lexicon import claims as lex
from claims.model import ClockMention, DateMention, QuantityMention, Sentence

#: Anaphors that point back to the last place named ("killed there", "the city").
PLACE_ANAPHORS = re.compile(
    r"""
    \b(?:there
        |the[ ](?:city|town|area|region|province|country|village|neighbo(?:u)?rhood|district)
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: A dateline's place at the start of a story's first line: "HOUSTON (AP) --",
#: "MILWAUKEE —", "LANCASTER, Pa –", "SAVANNAH, GA (December 2, 2015):", "Augusta, GA –".
#: A place in capitals, or in title case when a state follows; an agency or a date in
#: brackets; then a dash (a colon only after a state or a bracket).
DATELINE_PLACE = re.compile(
    r"""
    ^[ \t“"'‘×•*]{0,5}
    (?P<city>[A-Z][\w.’'-]{0,30}(?:[ ][A-Z][\w.’'-]{0,30}){0,3})
    (?P<state>,[ ]{1,3}[A-Z][A-Za-z.]{0,15}(?:[ ][A-Z][A-Za-z.]{0,15})?)?
    [ ]{0,3}
    (?P<bracket>\([^()]{1,40}\)[ ]{0,3})?
    (?P<dash>--|[-–—:])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's place as written: its town ("HOUSTON", "Augusta") and the US state
    written after it ("Georgia" for ", GA"), if any."""

    city: str
    state: str | None


def read_dateline(sentence: str) -> Dateline | None:
    """The dateline opening the sentence ("HOUSTON (AP) --", "LANCASTER, Pa –", "Augusta,
    GA –"), or None: a town in capitals, or in title case when a state follows."""
    match = DATELINE_PLACE.match(sentence)
    if match is None:
        return None
    city, state, bracket = match.group("city"), match.group("state"), match.group("bracket")
    state_name = _us_state(state[1:]) if state else None
    if state and state_name is None:
        return None  # "Smith, Jones -": not a town and its state
    if match.group("dash") == ":" and not (state or bracket):
        return None  # "UPDATE:", "BRIAN:"
    if match.group("dash") == "-" and match.end("city") == match.start("dash"):
        return None  # "K-9 units", "WXYZ-TV says": a hyphen, not a dateline's dash
    if not city.isupper() and state_name is None:
        return None  # a title-case line opening needs its state to be a dateline
    if any(w.strip(".:’'") in lex.NOT_DATELINE_WORDS for w in city.lower().split()):
        return None
    if city.split()[-1].title() in lex.COUNTY_WORDS:
        return None  # "TAZEWELL COUNTY, VA -": the town is named further on
    return Dateline(city, state_name)


def dateline_place(dateline: Dateline) -> str | None:
    """The place a dateline names: the hand table's, else the gazetteer's ("LANCASTER, Pa"
    -> "Lancaster, Pennsylvania", "MUKILTEO" -> "Mukilteo, Washington"), else the town
    as written in title case; None for a country (not where a local story is filed)."""
    if dateline.state is not None:
        return town_in_state(dateline.city, dateline.state)
    name = _canonical_place(dateline.city)
    if name is not None:
        return None if PLACES.get(name, "") is None else name
    found = named_alone(dateline.city)
    if found is not None:
        return None if found.kind == "country" else found.name
    return dateline.city.title() if dateline.city.isupper() else dateline.city


def _dateline_place(sentence: str) -> str | None:
    """The place of a dateline opening the sentence, or None."""
    dateline = read_dateline(sentence)
    return dateline_place(dateline) if dateline is not None else None


#: Strict shooting words: an article with two sentences holding one is a shooting report.
_SHOOTING_REPORT = frozenset("shot shooting gunman gunshot gunfire shooter".split())


def _incident_place(
    sentences: tuple[Sentence, ...],
    sentence_lowers: list[frozenset[str]],
    sentence_places: list[list[_Place]],
) -> str | None:
    """Where a shooting report's incident happened: the dateline of its first line about
    the shooting, else the place most named (a "City, State" and a place after "in" count
    double) in sentences about it; a state gives way to a town inside it. None when the
    article is not a shooting report."""
    reports = sum(1 for lowers in sentence_lowers if not lowers.isdisjoint(_SHOOTING_REPORT))
    if reports < 2:
        return None
    tally: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, (sentence, lowers, places) in enumerate(
        zip(sentences, sentence_lowers, sentence_places, strict=True)
    ):
        if lowers.isdisjoint(lex.SHOOTING_WORDS):
            continue
        dateline = _dateline_place(sentence.text)
        if dateline is not None:
            return dateline
        for place in places:
            if PLACES.get(place.name, "") is None:
                continue  # a country
            tally[place.name] += 2 if place.locative or place.stated else 1
            first.setdefault(place.name, index)
    if not tally:
        return None
    best = max(tally, key=lambda name: (tally[name], -first[name]))
    inside = [name for name in tally if name != best and _inside(name, best)]
    if inside:
        best = max(inside, key=lambda name: (tally[name], -first[name]))
    return best


#: Words that make a sentence speak of the conflict: its nouns and the attack words.
_CONFLICT_CUE_WORDS = lex.CONFLICT_NOUNS | frozenset(
    word for word, event in lex.EVENT_WORDS.items() if event == "attack"
)


def _nearest_place(places: list[_Place], mention: DateMention | ClockMention) -> str | None:
    """The place nearest a date ("... an alleged August 21 chemical attack outside
    Damascus", not the Geneva named earlier); `places` in order of offset."""
    if not places:
        return None
    i = bisect.bisect_left([p.start for p in places], mention.start)
    near = places[max(0, i - 1) : i + 1]

    def distance(p: _Place) -> int:
        return p.start - mention.end if p.start >= mention.end else max(0, mention.start - p.end)

    return min(near, key=distance).name


@dataclass(frozen=True, slots=True)
class _ArticlePlaces:
    """The places an article is about, for claims whose own sentence names none."""

    main: str | None  # the most named locative place
    conflict: str | None  # the country a conflict-wide total is about
    incident: str | None  # a shooting report's incident place


def _article_places(
    sentences: tuple[Sentence, ...],
    sentence_lowers: list[frozenset[str]],
    sentence_places: list[list[_Place]],
) -> _ArticlePlaces:
    """The article's main place (the most named locative place): where a conflict-wide
    toll is, when its sentence names none; the conflict's country; the incident's place."""
    tally = Counter(p.name for places in sentence_places for p in places if p.locative)
    main_place = tally.most_common(1)[0][0] if tally else None
    # The country a conflict-wide total is about: the one named where the article
    # speaks of the conflict ("the crisis in Syria", "attack outside Damascus"), not the
    # capital the story is filed from ("MOSCOW —").
    conflict_tally = Counter(
        _country(p.name)
        for lowers, places in zip(sentence_lowers, sentence_places, strict=True)
        if not lowers.isdisjoint(_CONFLICT_CUE_WORDS)
        for p in places
        if p.locative
    )
    conflict_place = conflict_tally.most_common(1)[0][0] if conflict_tally else main_place
    incident_place = _incident_place(sentences, sentence_lowers, sentence_places)
    return _ArticlePlaces(main_place, conflict_place, incident_place)


def _claim_location(
    kind: str,
    words: list[_Word],
    mention: QuantityMention,
    *,
    own: str | None,
    focus: str | None,
    article: _ArticlePlaces,
    cumulative: bool,
    anaphor: bool,
) -> str | None:
    """Where a claim read as `kind` is: a place named in the sentence (`own`);
    "there"/"the city" (`anaphor`) and scene-keeping sentences take the last place named
    (`focus`); a conflict-wide running total with no place of its own is the article's
    main place, or the conflict's."""
    casualty = kind in ("deaths", "injuries", "shot")
    if casualty and article.incident is not None and not cumulative:
        # A shooting report: a toll with no place of its own, or only the state
        # the town lies in, is the incident's ("He died at the hospital").
        if own is None or _inside(article.incident, own):
            return article.incident
        return own
    if own is not None:
        return own
    if cumulative and kind in ("deaths", "injuries", "displaced", "detained"):
        return article.conflict if not anaphor else focus or article.conflict
    if kind == "duration" and _measures_conflict(words, mention):
        return article.conflict  # "the 11-month uprising": the whole conflict's
    return focus or article.main


def _event_location(
    event: str, places: list[_Place], mention: DateMention | ClockMention, incident: str | None
) -> str | None:
    """Where a dated event is: the locative place nearest its date; a shooting or an
    attack in a shooting report is the incident's, unless it names a place inside it."""
    location = _nearest_place(places, mention)
    if event in ("shooting", "attack") and incident is not None:
        if location is None or _inside(incident, location):
            location = incident
    return location
