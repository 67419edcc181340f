"""Typed claims with their context, from one article.

The extractor reads the cleaned sentences of `claims.text`, the number and date
mentions of `claims.numbers` and `claims.dates`, and decides for each mention what it
is a claim about: a death toll, a vote, a crowd, a duration, a dated event. Context
(what is counted, where, when, said by whom, hedged or quoted) comes from the words
around the mention, from small lexicons (`claims.lexicon.claims`, `.places`), and from
the sentences before it for "there", "the city" and passages that keep one scene.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import islice, repeat
from operator import attrgetter
from typing import NamedTuple

from claims.dates import find_dates
from claims.errors import InvalidInput
from claims.lexicon import claims as lex
from claims.lexicon import numbers as number_lex
from claims.lexicon.places import PLACE_ALIASES, PLACES, STATE_ABBREVIATIONS
from claims.model import (
    Article,
    Claim,
    DateInterval,
    DateMention,
    Quantity,
    QuantityMention,
    Sentence,
)
from claims.numbers import find_quantities
from claims.text import parse_document

# --------------------------------------------------------------------------- patterns


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of lexicon phrases, longest first, spaces as "[ ]+"."""
    return "|".join(
        re.escape(p).replace(r"\ ", "[ ]+") for p in sorted(phrases, key=lambda p: (-len(p), p))
    )


#: A word, with apostrophes and inner hyphens/dots ("al-Assad", "U.N.", "Sky’s").
WORD = re.compile(
    r"""
    (?P<word>[^\W_](?:[\w’'.-]*[^\W_])?)   # starts and ends on a letter or digit
    """,
    re.VERBOSE,
)

#: A run of capitalized words, the candidates for names of places, people and groups;
#: lower-case name particles ("al", "bin") may stand inside the run.
CAPITALIZED_RUN = re.compile(
    r"""
    (?P<run>
      [A-Z][\w’'.-]*                              # a capitalized word
      (?:[ ](?:(?:al|el|bin|ibn|de|van|von)[ -]    # a space, maybe a particle
               |(?:al|el)                          # or one glued on ("alAssad")
            )?
         [A-Z][\w’'.-]*)*                         # more capitalized words
    )
    (?P<state>,[ ][A-Z][\w.]{0,20}                # ", Calif." after a town
       (?:[ ](?:Dakota|Carolina|Hampshire|Jersey|Mexico|York|Island|Virginia))?)?  # two words
    """,
    re.VERBOSE,
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

#: "one of the victims died", "one of the men later died": a death of one among them.
ONE_OF_DEATH = re.compile(
    rf"""
    \bone[ ]+of[ ]+the[ ]+(?:[\w’'-]{{1,30}}[ ]+)?(?:{_alternation(lex.ONE_OF_NOUNS)})[ ]+
    (?:(?:{_alternation(lex.PRONOUN_ADVERBS)}|has|have)[ ]+){{0,2}}
    (?P<verb>{_alternation(lex.PRONOUN_DEATH_VERBS)})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: "he later died", "she was taken to a hospital and died", "where he was pronounced
#: dead": a pronoun victim's death.
PRONOUN_DEATH = re.compile(
    rf"""
    \b(?P<pron>he|she)[ ]+
    (?:was[ ]+(?:taken|transported|rushed|flown)[ ]+to[ ]+[\w’' -]{{1,60}}?[ ]+
       (?:and|where[ ]+(?:he|she))[ ]+)?
    (?:(?:{_alternation(lex.PRONOUN_ADVERBS)})[ ]+){{0,2}}
    (?P<verb>{_alternation(lex.PRONOUN_DEATH_VERBS)})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: "according to UN figures", "according to the Syrian Observatory".
ACCORDING_TO = re.compile(
    r"""
    \baccording[ ]to[ ]
    (?:the[ ])?
    (?P<source>[^,;:()“”"]{2,60})        # up to the next punctuation (dots: "U.N.")
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Quotation marks that open or close a quote.
QUOTE_MARK = re.compile(r"""(?P<mark>[“”"«»])""")

#: Prepositions and verbs after which a place is where something happened.
LOCATIVE_WORDS = frozenset(
    """in of at near outside inside across throughout from to into around within
    visit visited visiting visits reach reached toward towards""".split()
)

#: Anaphors that point back to the last place named ("killed there", "the city").
PLACE_ANAPHORS = re.compile(
    r"""
    \b(?:there
        |the[ ](?:city|town|area|region|province|country|village|neighbo(?:u)?rhood|district)
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Words before a date that make it the date of the report, not of the happening.
REPORTING_DATE_CUE = frozenset("said says announced told reported added stated".split())

#: Prepositions a dated event claim's span takes with its date ("on February 7").
DATE_PREPOSITIONS = frozenset("on in at since by during".split())

#: Scope phrases that are not calendar dates but bound a count in time.
SCOPE_PHRASE = re.compile(
    r"""
    \b(?P<scope>overnight
       |in[ ](?:a|one)[ ](?:day|night|week)
       |in[ ](?:the[ ])?(?:past|last)[ ]\d+[ ](?:hours|days)
       |in[ ]24[ ]hours
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

_NUMBERISH = re.compile(r"[0-9]")


#: Adverbs that may stand between "was" and a casualty verb ("was fatally shot", "was
#: not seriously hurt"); a negation cancels the claim.
_VICTIM_ADVERBS = (
    "fatally mortally critically seriously severely gravely accidentally reportedly"
    " allegedly apparently also later then tragically not never"
).split()

#: What follows the noun of VICTIM_SUBJECT (shared with VICTIM_SUBJECT_FROM_NOUN).
_VICTIM_SUBJECT_REST = rf"""
    (?P<appos>,[ ][^,;]{{1,40}},)?                      # ", 23," or ", identified as X,"
    [ ]+
    (?P<aux>(?:who[ ]+)?(?:was|is|ha[sd](?:[ ]+(?:also|since|later))?[ ]+been|has|had|got|were|are)[ ]+)?
    (?P<adverbs>(?:(?:{"|".join(_VICTIM_ADVERBS)})[ ]+){{0,2}})
    (?P<verb>{_alternation(lex.VICTIM_VERBS)})\b
    (?:[ ]+(?P<next>[\w’']{{1,30}}))?                   # an object makes it active
"""

#: A singular victim as the subject of a casualty verb: "a 23-year-old man was shot and
#: killed", "the girl, 4, died", "Teenager dies" (a headline: no article).
VICTIM_SUBJECT = re.compile(
    rf"""
    (?P<np>
      (?:\b(?P<det>an?|the|another)[ ]+)?
      (?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,4}}?)        # "23-year-old", "Milwaukee"
      (?P<noun>{_alternation(lex.VICTIM_NOUNS)})\b
    )
    {_VICTIM_SUBJECT_REST}
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: VICTIM_SUBJECT from its noun on: it matches somewhere exactly when VICTIM_SUBJECT
#: does (the determiner and modifiers before the noun are optional, and nothing after
#: the noun looks back at them), and costs far less, as it cannot start at every word.
VICTIM_SUBJECT_FROM_NOUN = re.compile(
    rf"""
    (?P<noun>{_alternation(lex.VICTIM_NOUNS)})\b
    {_VICTIM_SUBJECT_REST}
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: What may stand between the start of a VICTIM_SUBJECT match and its noun (the
#: determiner, the modifiers and the spaces), read backwards from the noun.
_NOUN_PHRASE_CHARS_BACKWARDS = re.compile(r"(?P<chars>[\w’'\- ]*)")

#: A singular victim as the object of a casualty verb: "the shooting that killed a
#: 3-year-old boy", "wounding a woman", "left a man dead".
VICTIM_OBJECT = re.compile(
    rf"""
    \b(?P<verb>{_alternation(lex.VICTIM_OBJECT_VERBS)})[ ]+
    (?P<np>
      (?P<det>an?|the|his|her|their|another)[ ]+
      (?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,4}}?)
      (?P<noun>{_alternation(lex.VICTIM_NOUNS)})\b
    )
    (?P<appos>,[ ][^,;]{{1,40}},)?
    (?:[ ]+(?P<state>{_alternation(lex.VICTIM_STATES)})\b)?
    (?P<rest>[ ]+and[ ]+)?                              # "a father and daughter": more
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: The casualty verbs that may follow a list of victims: the singular victim's verbs and
#: the past participles of the casualty words ("arrested", "evacuated").
_CONJOINED_VERBS: dict[str, str] = {
    **{w: k for w, k in lex.CASUALTY_WORDS.items() if k != "vote" and w.endswith("ed")},
    **lex.VICTIM_VERBS,
}

#: What follows a list of victims joined by "and" and says what befell them: "two women
#: and a man were killed", "a man and a woman were shot and killed", "... were shot".
CONJOINED_TAIL = re.compile(
    rf"""
    [ ]+(?:who[ ]+)?
    (?P<aux>(?:were|are|have[ ]+been|had[ ]+been|was|got)[ ]+)?
    (?:(?:{"|".join(_VICTIM_ADVERBS)})[ ]+){{0,2}}
    (?P<verb>{_alternation(_CONJOINED_VERBS)}|shot)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: An age written beside a person rather than a count: "Jermaine Sims, 31, died",
#: "a boy, 3,", "who are 9 and 14 years old", "aged 23".
AGE_BEFORE = re.compile(
    r"""
    (?:(?P<name>[A-Za-z][\w’'.-]{0,40}),[ ]*|\((?P<paren>)|\b(?P<aged>aged?|ages)[ ]+)$
    """,
    re.VERBOSE,
)
AGE_AFTER = re.compile(
    r"""
    ^(?:[ ]*[,);]                                      # "Nicholas Lee Powers, 30;"
      |[ ]+(?:(?:and|or|to)[ ]+\w+[ ]+)?(?:years?|months?|weeks?)[ -]old\b
      |[ ]+of[ ]+[A-Z]                                  # "Jamaine Sutton, 32 of Dunbar"
      |[ ]+all[ ]                                       # "and Jerry Coleman, 31 all died"
    )
    """,
    re.VERBOSE,
)

#: The word after a span ("in the" -> "in the stomach").
_NEXT_WORD = re.compile(r"[ ]+(?P<word>[\w’'-]{1,40})")

#: One person: the value a singular victim counts.
_ONE = Quantity(low=1, high=1, best=1, exact=True)

#: Punctuation that ends a counted noun phrase ("60, activists said").
_PUNCTUATION = re.compile(r"[,;:.()!?”»]")


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True, slots=True)
class _Place:
    name: str  # the canonical name in PLACES
    start: int  # offsets within the sentence
    end: int
    locative: bool
    stated: bool = False  # a state written after it ("Auburn, Calif.")


class _Word(NamedTuple):
    """One word of a sentence. A named tuple, not a frozen dataclass: one is built for
    nearly every word read, and a dataclass's __init__ made that a fifth of the time of
    extraction."""

    text: str
    lower: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    # map() over the matches and tuple.__new__ keep the per-word work in C: a Python
    # loop building each record cost over a tenth of extraction on the seed articles.
    matches = list(WORD.finditer(text))
    texts = list(map(re.Match.group, matches))
    fields = zip(
        texts,
        map(str.lower, texts),
        map(re.Match.start, matches),
        map(re.Match.end, matches),
        strict=True,
    )
    return list(map(tuple.__new__, repeat(_Word), fields))


_LOWER = attrgetter("lower")
_START = attrgetter("start")
_END = attrgetter("end")


def _first_starting_at(words: list[_Word], offset: int) -> int:
    """The index of the first word starting at or after `offset` (len(words) if none):
    a bisection, as words are in order and do not overlap."""
    return bisect.bisect_left(words, offset, key=_START)


def _lower_words(text: str) -> frozenset[str]:
    """The lower-cased words of a text: what the word-set gates test, without building a
    `_Word` for each word (most sentences need nothing more)."""
    return frozenset(map(str.lower, WORD.findall(text)))


def _canonical_place(name: str) -> str | None:
    name = name.strip().rstrip(".,’'")
    candidates = [name, name.removesuffix("’s"), name.removesuffix("'s")]
    if name.isupper() and len(name) > 3:
        candidates.append(name.title())  # a dateline: "BEIJING/ DAMASCUS:", "MOSCOW —"
    for candidate in candidates:
        if candidate in PLACES:
            return candidate
        if candidate in PLACE_ALIASES:
            return PLACE_ALIASES[candidate]
    return None


def _country(place: str) -> str:
    """The country a place lies in (itself for a country)."""
    seen: set[str] = set()
    while PLACES.get(place) is not None and place not in seen:
        seen.add(place)
        place = PLACES[place]  # type: ignore[assignment]
    return place


def _measures_conflict(words: list[_Word], mention: QuantityMention) -> bool:
    """Whether a duration measures a conflict ("11-month uprising", "two-and-a-half
    year conflict"): a conflict noun among the few words after it."""
    after = [w.lower for w in words if w.start >= mention.end][:3]
    return any(w in lex.CONFLICT_NOUNS for w in after)


def _depth(place: str) -> int:
    depth, seen = 0, set()
    while place in PLACES and PLACES[place] is not None and place not in seen:
        seen.add(place)
        place = PLACES[place]  # type: ignore[assignment]
        depth += 1
    return depth


#: The most words a place name (or alias) has: no longer sub-run of a capitalized run can
#: be a place, so the search below stays linear in the run however long it is.
_MAX_PLACE_WORDS = (
    max(len(name.replace("’s", "").split()) for name in (*PLACES, *PLACE_ALIASES)) + 1
)  # + 1 for a possessive or a glued token


#: The first word of every place name and alias. A sub-run of a capitalized run whose
#: first token is not one of these (nor, in capitals, its title case: "NEW YORK") can only
#: be a one-word place, so only that one candidate is tried (most tokens of a run are
#: names of people and groups, and each longer candidate cost a join and lookups).
_PLACE_FIRST_WORDS = frozenset(name.split(" ")[0] for name in (*PLACES, *PLACE_ALIASES))


def _places(sentence: str, words_of: Callable[[], list[_Word]]) -> list[_Place]:
    """Known places in a sentence, and whether each follows a locative word. `words_of`
    gives the sentence's words, asked for only once a place is found."""
    found: list[_Place] = []
    word_starts: list[int] | None = None
    for match in CAPITALIZED_RUN.finditer(sentence):
        run, state = match.group("run", "state")
        # Most runs are one word with no state after it: the path below would try just
        # that one candidate, so a word that is no place needs nothing more.
        if state is None and " " not in run and _canonical_place(run) is None:
            continue
        tokens = run.split(" ")
        # A stated run ("Auburn, Calif.") is a place however its words start.
        stated_run = bool(state) and _us_state(state[2:]) is not None
        starts = [match.start("run")]  # offset of each token in the sentence
        for token in tokens[:-1]:
            starts.append(starts[-1] + len(token) + 1)
        # Longest known sub-run first: "Syrian President Bashar" holds no place,
        # "city of Homs" is found as "Homs".
        i = 0
        while i < len(tokens):
            token = tokens[i]
            longest = i + 1
            if (
                stated_run
                or token in _PLACE_FIRST_WORDS
                or (token.isupper() and token.title() in _PLACE_FIRST_WORDS)
            ):
                longest = min(len(tokens), i + _MAX_PLACE_WORDS)
            for j in range(longest, i, -1):
                candidate = " ".join(tokens[i:j])
                name = _canonical_place(candidate)
                stated = False
                if j == len(tokens) and stated_run:
                    stated = True
                    if name is None:
                        name = candidate  # "Auburn, Calif.": a town we do not list
                if (
                    name is not None
                    and j < len(tokens)
                    and (
                        tokens[j].rstrip(".,;:’'s") in lex.COUNTY_WORDS
                        or tokens[j].rstrip(".,;:") in lex.STREET_WORDS
                    )
                ):
                    i = j - 1  # "Wyoming County" is not Wyoming
                    break
                if name is not None:
                    start = starts[i]
                    end = start + len(candidate)
                    words = words_of()
                    if word_starts is None:
                        word_starts = list(map(_START, words))
                    index = bisect.bisect_left(word_starts, start)  # the word starting here
                    if index == len(words) or word_starts[index] != start:
                        index = 0  # none does: no word before it to read
                    before = words[index - 1].lower if index else ""
                    locative = before in LOCATIVE_WORDS and not (
                        before == "at" and PLACES.get(name) is None  # "anger at Russia"
                    )
                    if not (
                        before == "from"
                        and index >= 2
                        and (
                            words[index - 2].lower in lex.SPEAKER_FROM_WORDS
                            or words[index - 2].lower in lex.REPORTING_VERBS
                        )
                    ):  # "said by telephone from Varna, Bulgaria": where a source sits
                        found.append(_Place(name, start, end, locative, stated))
                    i = j - 1
                    break
            i += 1
    return found


def _us_state(text: str) -> str | None:
    """The US state a written form names ("Calif.", "GA", "South Dakota"), or None."""
    text = text.strip()
    state = STATE_ABBREVIATIONS.get(text) or _canonical_place(text.rstrip("."))
    return state if state and PLACES.get(state) == "United States" else None


def _dateline_place(sentence: str) -> str | None:
    """The place of a dateline opening the sentence ("HOUSTON (AP) --", "LANCASTER, Pa
    –", "Augusta, GA –"): a listed place, or a town we do not list, in title case."""
    match = DATELINE_PLACE.match(sentence)
    if match is None:
        return None
    city, state, bracket = match.group("city"), match.group("state"), match.group("bracket")
    state_name = _us_state(state[1:]) if state else None
    if state and state_name is None:
        return None  # "Smith, Jones -": not a town and its state
    if match.group("dash") == ":" and not (state or bracket):
        return None  # "UPDATE:", "BRIAN:"
    if not city.isupper() and state_name is None:
        return None  # a title-case line opening needs its state to be a dateline
    if any(w.strip(".:’'") in lex.NOT_DATELINE_WORDS for w in city.lower().split()):
        return None
    if city.split()[-1].title() in lex.COUNTY_WORDS:
        return None  # "TAZEWELL COUNTY, VA -": the town is named further on
    name = _canonical_place(city)
    if name is None:
        name = city.title() if city.isupper() else city
    if PLACES.get(name, "") is None:
        return None  # a country is not where a local story is filed
    return name


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


def _inside(inner: str, outer: str) -> bool:
    """Whether the places lexicon puts `inner` inside `outer` (Houston in Texas)."""
    seen: set[str] = set()
    place = PLACES.get(inner)
    while place is not None and place not in seen:
        if place == outer:
            return True
        seen.add(place)
        place = PLACES.get(place)
    return False


def _most_specific(places: Iterable[_Place]) -> str | None:
    best: _Place | None = None
    for place in places:
        if best is None or _depth(place.name) >= _depth(best.name):
            best = place
    return best.name if best else None


def _quoted(sentence: str, position: int) -> bool:
    """Whether `position` lies inside a quotation in `sentence`."""
    inside = False
    for match in QUOTE_MARK.finditer(sentence, 0, position):
        mark = match.group()
        if mark in "“«":
            inside = True
        elif mark in "”»":
            inside = False
        else:
            inside = not inside
    return inside


_NOT_WORD_CHARS = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r" +")


def _padded_words(lower_text: str) -> str:
    """A lower-cased text as its words, single-spaced and space-padded, for
    `_holds_phrase`: built once a sentence, not once a lexicon."""
    return _SPACES.sub(" ", f" {_NOT_WORD_CHARS.sub(' ', lower_text)} ")


def _padded_phrases(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(f" {phrase} " for phrase in phrases)


def _holds_phrase(padded_text: str, padded_phrases: tuple[str, ...]) -> bool:
    """Whether a `_padded_words` text holds one of the `_padded_phrases` as whole words."""
    return any(phrase in padded_text for phrase in padded_phrases)


_HEDGE_PHRASES = _padded_phrases(lex.HEDGES)
_CUMULATIVE_PHRASES = _padded_phrases(lex.CUMULATIVE_CUES)
_CUMULATIVE_VERB_PHRASES = _padded_phrases(lex.CUMULATIVE_VERB_CUES)
_CONFLICT_NOUN_PHRASES = _padded_phrases(lex.CONFLICT_NOUNS)
_PERIOD_TALLY_PHRASES = _padded_phrases(lex.PERIOD_TALLY_CUES)


def _clean_source(words: list[str]) -> str | None:
    while words and words[0].lower() in ("the", "a", "an", "opposition's"):
        words = words[1:]
    while words and words[-1].lower().strip("()") in lex.SOURCE_TRAILERS:
        words = words[:-1]
    words = [w for w in words if not (w.startswith("(") and w.endswith(")"))]
    text = " ".join(words).strip(" ,")
    return text or None


def _sources(sentence: str, words: list[_Word]) -> list[tuple[int, str]]:
    """The sources a sentence names ("according to U.N. figures", "opposition groups
    say"), by the offset of their cue, in order."""
    sources: list[tuple[int, str]] = []
    for match in ACCORDING_TO.finditer(sentence):
        source = _clean_source(_source_words(match.group("source"), match.end(), sentence))
        if source:
            sources.append((match.start(), source))
    for index, word in enumerate(words):
        if word.lower in lex.REPORTING_VERBS:
            source = _source_of_verb(sentence, words, index)
            if source:
                sources.append((word.start, source))
    return sorted(sources)


def _nearest_source(sources: list[tuple[int, str]], position: int) -> str | None:
    """Who the sentence says the claim at `position` comes from: the nearest source."""
    if not sources:
        return None
    i = bisect.bisect_left(sources, (position, ""))
    near = sources[max(0, i - 1) : i + 1]
    return min(near, key=lambda item: abs(item[0] - position))[1]


def _source_words(source: str, end: int, sentence: str) -> list[str]:
    """The words of an "according to" source; a full stop ending the sentence is not
    part of it, the dots of "U.N." are."""
    if source.endswith(".") and not sentence[end:].strip() and not re.search(r"\b[A-Z]\.$", source):
        source = source[:-1]
    return source.split()


def _source_of_verb(sentence: str, words: list[_Word], index: int) -> str | None:
    """The source a reporting verb at words[index] names ("activists said")."""
    j = index - 1
    while j >= 0 and words[j].lower in lex.AUXILIARIES:
        j -= 1
    if j < 0 or words[j].lower in ("and", "but", "he", "she", "it", "they", "who"):
        # "The Syrian authorities have denied ... and said": the clause's subject
        return _sentence_subject(sentence, words)
    # Walk back over the source's words: capitalized words, source nouns, adjectives,
    # stopping at punctuation, a clause word or a lower-case verb.
    collected: list[str] = []
    k = j
    while k >= 0 and len(collected) < 6:
        w = words[k]
        gap = sentence[w.end : (words[k + 1].start if k + 1 < len(words) else w.end)]
        if k != j and any(ch in gap for ch in ',;:“”"') and "(" not in gap:
            break
        if w.lower in ("which", "that", "who", "as", "and", "while", "but", "where"):
            break
        if w.lower in ("the", "a", "an"):
            collected.insert(0, w.text)
            break
        if not (w.text[0].isupper() or w.lower in _SOURCE_WORDS or k == j):
            break
        collected.insert(0, w.text)
        k -= 1
    source = _clean_source(collected)
    if source and source.lower() not in ("it", "he", "she", "they", "we", "i"):
        return source
    return None


_SOURCE_WORDS = frozenset(
    """activists analysts officials authorities police witnesses residents groups group
    sources media agency agencies ministry spokesman spokeswoman council observatory
    monitors doctors medics hospital army military government regime opposition rebels
    state television figures observers experts investigators officers deputies coroner
    medical examiner department""".split()
)


def _sentence_subject(sentence: str, words: list[_Word]) -> str | None:
    collected: list[str] = []
    for w in words[:6]:
        if w.lower in lex.AUXILIARIES or w.lower in lex.REPORTING_VERBS:
            break
        if not (w.text[0].isupper() or w.lower in _SOURCE_WORDS or w.lower == "the"):
            break
        collected.append(w.text)
    return _clean_source(collected)


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


_TOKEN = re.compile(r"[^ ]+")

#: Words after a sentence-initial single name that make it a subject doing something
#: ("Lavrov will visit", "Muallem last visited", "Obama said").
_SUBJECT_FOLLOWERS = frozenset("last also then later again first has had will would".split())


def _person_name(sentence: str, words: list[_Word], piece: list[tuple[str, int]]) -> str | None:
    # Strip titles and other non-name words from the front ("Foreign Minister Sergei").
    while piece and piece[0][0].lower().rstrip(".’'s") in lex.NOT_NAME_WORDS:
        piece = piece[1:]
    if not piece:
        return None
    tokens = [t for t, _ in piece]
    if any(t.lower().rstrip(".") in lex.NOT_NAME_WORDS for t in tokens):
        return None
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


def _stable_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class _Reading:
    kind: str
    subject: str | None
    event: str | None
    #: where the claim's span ends: past the counted noun ("230 civilians"), when it
    #: follows the number directly
    end: int | None = None
    #: a singular victim with no number written ("a man was shot and killed")
    single: bool = False


def _subject_after(
    sentence: str, words: list[_Word], after: int
) -> tuple[str | None, str | None, int | None]:
    """The counted noun phrase after a number, its head and where it ends:
    ("regime supporters", "supporters", <offset after "supporters">)."""
    collected: list[str] = []
    head: str | None = None
    end: int | None = None
    previous_end = words[after - 1].end if after > 0 else 0
    for w in words[after : after + 5]:
        if _PUNCTUATION.search(sentence, previous_end, w.start):
            break  # the counted phrase does not run over a comma or a quote's end
        previous_end = w.end
        if w.lower in ("of", "the") and not collected:
            continue
        glued, _, number = w.lower.rpartition("-")
        if glued and (number in number_lex.CARDINALS or number in number_lex.TENS):
            # a dash typed as a hyphen: "the three bank workers-two women and a man-"
            collected.append(glued)
            head, end = glued, w.start + len(glued)
            break
        if w.lower in _PHRASE_STOP or w.lower in lex.REPORTING_VERBS:
            break
        if w.lower in lex.CASUALTY_WORDS and w.lower not in lex.CASUALTY_SUBJECT_NOUNS:
            break
        collected.append(w.lower)
        if (
            w.lower in lex.PERSON_NOUNS
            or w.lower in lex.CASUALTY_SUBJECT_NOUNS
            or w.lower in lex.VOTE_SUBJECT_NOUNS
            or (w.lower.endswith("s") and not w.lower.endswith("ss") and len(w.lower) > 3)
        ):
            head, end = w.lower, w.end
            break
    if head is None:
        return None, None, None
    return " ".join(collected), head, end


#: The event a casualty kind names, when the words do not say it ("6,000 lives").
_EVENT_OF_KIND = {
    "deaths": "killed",
    "injuries": "injured",
    "displaced": "displaced",
    "detained": "detained",
}

_PHRASE_STOP = frozenset(
    """are were was is have has had be been in on at who that which to and from during by
    since as for with after before but or than said says a an it its this their his her
    there so""".split()
)


def _read_count(sentence: str, words: list[_Word], mention: QuantityMention) -> _Reading | None:
    """What a plain count counts: a toll, a vote, or things (or nothing worth a claim)."""
    first_after = _first_starting_at(words, mention.end)
    first_of = bisect.bisect_right(words, mention.start, key=_END)  # first ending after it
    phrase, head, head_end = _subject_after(sentence, words, first_after)

    if _not_a_count(sentence, words, first_after, mention):
        return None
    if (
        first_of >= 2
        and words[first_of - 1].lower == "of"
        and (words[first_of - 2].lower in lex.PARENT_NOUNS)
    ):
        return None  # "a father of three who was shot and killed": his children
    kind: str | None = None
    event: str | None = None
    severity = (
        lex.SEVERITY_ADVERBS.get(words[first_after].lower) if first_after < len(words) else None
    )
    if (
        severity is not None
        and head is None
        and not sentence[mention.end : words[first_after].start].strip()
    ):
        # "leaving six people wounded -- two mortally", "others were wounded, two critically"
        kind, event = severity, _EVENT_OF_KIND[severity]
        if severity == "deaths":
            event = _MORTALLY_EVENT  # "two mortally": of the wounded just counted
    if head in lex.CASUALTY_SUBJECT_NOUNS:
        kind = lex.CASUALTY_WORDS.get(head)
        event = _EVENT_OF_KIND.get(kind or "")
    # An active casualty verb right before the number takes it as its object, whatever
    # follows: "killed three people and wounded two others", "arrested two men who".
    if kind is None and first_of > 0:
        before = words[first_of - 1]
        prefix = sentence[: before.start].rstrip().lower()
        if (
            before.lower in _LIST_VERBS
            and (head is None or head in lex.PERSON_NOUNS)
            and not sentence[before.end : mention.start].strip()
            and not f"{prefix} {before.lower}".endswith(_UNREALIZED)
        ):
            kind = _LIST_VERBS[before.lower]
            event = _EVENT_OF_KIND[kind]
        elif (
            before.lower in lex.SHOT_WORDS_ACTIVE
            and head in lex.PERSON_NOUNS  # "West Side shooting 1 / 9": a noun, a counter
            and not sentence[before.end : mention.start].strip()
        ):
            # "shot three co-workers": people shot (the dead are taken out later);
            # "shot two people dead" are deaths
            dead = _SHOT_DEAD.match(sentence, head_end or mention.end)
            kind, event = ("deaths", "killed") if dead else ("shot", "shot")
    # "one of six others ... died", "Two of the 12 victims died": the casualty verb is
    # the first number's; the second counts the group they were among
    among = _among(words, first_of)
    # A casualty verb after the counted phrase, in the same clause ("230 civilians
    # killed", "Hundreds of people are believed to have been killed").
    if kind is None and not among:
        previous_end = mention.end
        for index in range(first_after, min(len(words), first_after + _VERB_REACH)):
            w = words[index]
            if w.lower in (";", "but") or w.lower in lex.AGENT_WORDS:
                break  # "several officers fired on the suspect, killing him"
            if (
                head is None
                and "," in sentence[previous_end : w.start]
                and (w.text[:1].isdigit() or w.lower in number_lex.CARDINALS)
            ):
                break  # "86 Sick, 7 Dead": the next number has its own word
            if any(mark in sentence[previous_end : w.start] for mark in ":/|"):
                break  # "Violent crime incidents: 21 Photo: ... Child shot": a page's labels
            if (
                w.lower.endswith("ing")
                and w.lower in lex.CASUALTY_WORDS
                and any(dash in sentence[previous_end : w.start] for dash in "—–")
            ):
                break  # "shot three co-workers — killing two": the -ing counts its own
            if lex.SEVERITY_ADVERBS.get(w.lower) == "injuries":
                severity = "injuries"  # "three others critically injured"
            if w.lower in lex.CLAUSE_STOPS:
                break  # "Two men are in jail after a child was shot"
            if head is not None and "," in sentence[previous_end : w.start]:
                break  # "Of the six young men who were shot, one was pronounced dead"
            previous_end = w.end
            following = words[index + 1] if index + 1 < len(words) else None
            if following is not None and following.lower in lex.CASUALTY_WORD_EXCEPTIONS.get(
                w.lower, ()
            ):
                continue  # "Black Lives Matter", "life threatening injuries"
            if w.lower in lex.SHOT_WORDS:
                shot = _shot_count(sentence, words, index)
                if shot is None:
                    continue  # "shot and killed", "shot dead": the death word follows
                if shot and (head is None or head in lex.PERSON_NOUNS):
                    kind, event = "shot", "shot"
                break
            found = lex.CASUALTY_WORDS.get(w.lower)
            if found and index > 0 and words[index - 1].lower in _ATTRIBUTIVE_DETERMINERS:
                continue  # "to honor a slain friend were shot": an adjective, not the verb
            if found and found != "vote":
                if head is None or head in lex.PERSON_NOUNS:
                    kind, event = found, w.lower
                break
    # A toll phrase or casualty verb just before the number ("put the death toll at",
    # "killed “tens of terrorists”").
    if kind is None:
        before = " ".join(w.lower for w in words[max(0, first_of - 5) : first_of])
        if before.endswith(_UNREALIZED):
            before = ""  # "threatened to kill two women", "would not kill 10": nobody died
        for phrase_before, found in lex.TOLL_PHRASES.items():
            if (before == phrase_before or before.endswith(" " + phrase_before)) and (
                head is None or head in lex.PERSON_NOUNS
            ):
                kind, event = found, _EVENT_OF_KIND[found]
                break
    # A vote: countries/members with a vote word in the sentence.
    if kind is None and head in lex.VOTE_SUBJECT_NOUNS:
        for w in words[first_after : first_after + 12]:
            if lex.CASUALTY_WORDS.get(w.lower) == "vote":
                kind, event = "vote", "voted"
                break
    if kind is None:
        if head is None:
            return None  # a bare number with nothing counted is not a claim
        kind = "count"
        event = _count_verb(words, first_of, head_end)
    subject = phrase
    if kind in ("deaths", "injuries", "shot", "displaced", "detained") and (
        head is None or head in lex.CASUALTY_SUBJECT_NOUNS
    ):
        # "bodies" stay bodies: those found are some of the dead ("35,000 bodies never
        # recovered" of the 230,000 the 2004 tsunami killed)
        subject = "bodies" if head == "bodies" else "people"
    if kind == "injuries" and severity == "injuries":
        subject = lex.SEVERELY_INJURED  # some of the injured, not all of them
    if (
        kind in _LISTED_KINDS
        and first_of >= 2
        and words[first_of - 2].lower == "the"
        and words[first_of - 1].lower in lex.SEQUENCE_WORDS
    ):
        subject = lex.VICTIMS_LISTED  # "The next two were shot and killed": some of them
    if kind in _LISTED_KINDS and _of_them(words, first_after):
        subject = lex.VICTIMS_LISTED  # "Three of the victims", "two of those": some of them
    elif (
        kind in _LISTED_KINDS
        and head is None
        and mention.quantity.low == mention.quantity.high == 1
    ):
        subject = lex.ONE_VICTIM  # "one died", "One was critically wounded": one of them
    if kind == "vote":
        subject = _vote_object(sentence, words, first_after) or phrase
    return _Reading(kind, subject, event, head_end)


def _wounded_then_dead(
    readings: list[tuple[QuantityMention, _Reading]],
) -> list[tuple[QuantityMention, _Reading]]:
    """ "leaving six people wounded -- two mortally": the six are everyone hit, the two
    of them who died among them, so the six are read as people shot (injured once the
    dead are taken out) rather than six injured."""
    mortal = [
        i
        for i, (m, r) in enumerate(readings)
        if r.kind == "deaths" and r.event == _MORTALLY_EVENT and m.quantity.high is not None
    ]
    if not mortal:
        return readings
    out = list(readings)
    for i in mortal:
        dead = readings[i][0].quantity.high
        for j in range(i - 1, -1, -1):
            m, r = out[j]
            if r.kind == "injuries" and m.quantity.low is not None and m.quantity.low > dead:
                out[j] = (m, replace(r, kind="shot", event="shot"))
                break
    return out


def _of_them(words: list[_Word], first_after: int) -> bool:
    """Whether "of the ...", "of those", "of them" follows the number: a part."""
    if first_after + 1 >= len(words) or words[first_after].lower != "of":
        return False
    return words[first_after + 1].lower in ("the", "those", "them", "these")


def _among(words: list[_Word], first_of: int) -> bool:
    """Whether the number at words[first_of] counts a group someone was among: "one of
    six others", "Two of the 12 victims"."""
    k = first_of - 1
    if k >= 0 and words[k].lower == "the":
        k -= 1
    return (
        k >= 1
        and words[k].lower == "of"
        and (words[k - 1].text[:1].isdigit() or words[k - 1].lower in number_lex.CARDINALS)
    )


def _count_verb(words: list[_Word], first_of: int, head_end: int | None) -> str | None:
    """The verb that says what the counted did or had done to them: "thousands of
    supporters welcoming", "Dozens of supporters welcomed", "damaged 18 houses". Only
    -ed and -ing forms are taken (a crude but cheap test for a verb); None when there
    is none close by, and such counts are not lined up with counts of other articles."""
    after = next(
        (i for i, w in enumerate(words) if head_end is not None and w.start >= head_end), None
    )
    if after is not None:
        for w in words[after : after + 3]:
            if w.lower in _PASSIVE or w.lower in lex.COUNT_VERB_FILLERS:
                continue
            if len(w.lower) > 4 and w.lower.endswith(("ed", "ing")):
                return w.lower
            break
    if first_of > 0:
        before = words[first_of - 1].lower
        if len(before) > 4 and before.endswith("ed"):
            return before
    return None


#: Auxiliaries that make "shot" passive ("four people were shot").
_PASSIVE = frozenset("were was been are is got get being be".split())


def _shot_count(sentence: str, words: list[_Word], index: int) -> bool | None:
    """Whether "shot" at words[index] says the people counted before it were shot: True
    for "four people were shot", "6 shot, 1 dead"; None when a death word follows ("shot
    and killed", "shot dead": the loop reads on); False for an active verb with an object
    ("two men shot a woman": they are the shooters)."""
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None:
        return True
    gap = sentence[words[index].end : following.start]
    if _PUNCTUATION.search(gap):
        return True  # "Four shot, two fatally"
    passive = index > 0 and words[index - 1].lower in _PASSIVE
    if following.lower == "at" and not passive:
        return False  # "two people shot at them": they fired
    if following.lower in lex.SHOT_DEATH_FOLLOWERS:
        after_and = (
            words[index + 2] if following.lower == "and" and index + 2 < len(words) else None
        )
        if after_and is not None and (
            after_and.text[:1].isdigit() or after_and.lower in number_lex.CARDINALS
        ):
            return True  # "nearly two dozen people shot and two teens killed"
        return None
    passive = index > 0 and words[index - 1].lower in _PASSIVE
    if not passive and (following.lower in lex.OBJECT_STARTERS or following.text[:1].isupper()):
        return False
    return True


#: The oldest age read from a bare number between commas.
MAX_AGE = 110


def _not_a_count(
    sentence: str, words: list[_Word], first_after: int, mention: QuantityMention
) -> bool:
    """Digits that name rather than count: a street address ("2106 W. 4750 South,"),
    an emergency number ("a 911 call")."""
    if not mention.text.isdigit() or first_after >= len(words):
        return False
    following = words[first_after]
    if (
        following.lower in lex.NUMBER_NAMED_BY
        and mention.text in lex.NUMBER_NAMED_BY[following.lower]
    ):
        return True
    if following.lower.rstrip(".") in lex.COMPASS_WORDS:
        rest = sentence[following.end : following.end + 2].lstrip(". ")
        return rest[:1].isdigit() or rest[:1] in (",", ";", "") or following.text.endswith(".")
    return following.text.rstrip(".") in lex.STREET_WORDS


def _is_age(sentence: str, mention: QuantityMention) -> bool:
    """Whether a bare number is someone's age: "Jermaine Sims, 31, died", "a boy, 3,",
    "(16)", "who are 9 and 14 years old", "aged 23"."""
    after = sentence[mention.end :]
    before = AGE_BEFORE.search(sentence, 0, mention.start)
    if before is None:
        return AGE_AFTER.match(after) is not None and not after.lstrip().startswith((",", ")"))
    if before.group("aged") is not None:
        return True
    if before.group("paren") is not None:
        return after.startswith(")")
    name = before.group("name")
    person = (
        name[0].isupper()
        or name.lower() in lex.VICTIM_NOUNS
        or name.lower() in lex.PERSON_NOUNS
        # "One of the alleged robbers, 34, was shot": a bare age between commas
        or (mention.text.isdigit() and int(mention.text) <= MAX_AGE)
    )
    return person and AGE_AFTER.match(after) is not None


def _victim_np(sentence: str, match: re.Match[str]) -> tuple[int, str | None] | None:
    """Where a matched victim's noun phrase really starts, and its determiner: the last
    article inside the modifiers ("Police said a man" -> "a man"); None for two people
    ("a man and woman")."""
    start, det = match.start("np"), match.group("det")
    mods = match.group("mods")
    offset = match.start("mods")
    for token in re.finditer(r"[\w’'-]+", mods):
        word = token.group().lower()
        if word in ("a", "an", "the", "another", "his", "her", "their"):
            start, det = offset + token.start(), word
        elif word in ("and", "or", "&"):
            return None
    prefix = sentence[:start].rstrip()
    if prefix.lower().endswith((" of", " to")) or prefix.lower() in ("of", "to"):
        return None  # "one of the victims died", "threatened to kill a man"
    return start, det


#: The cheap gate before the victim patterns: a victim noun word in the sentence (the
#: patterns themselves may start at any word, which costs; most sentences have none).
_VICTIM_NOUN_GATE = re.compile(rf"\b(?:{_alternation(lex.VICTIM_NOUNS)})\b", re.IGNORECASE)


def _one_victim(noun: str) -> str:
    """The subject of a casualty of one: the noun that names them ("man", "victim"),
    except "person", which would read as the whole toll of people ("A third person ...
    was also killed" is one of "three victims", not a toll of one)."""
    noun = noun.lower()
    return lex.ONE_VICTIM if noun in ("person", "people") else noun


def _victims(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[QuantityMention, _Reading]]:
    """Casualties of one with no number written: "a man was shot and killed" (a death),
    "a woman was wounded", "shot in the leg", "left a man in critical condition" (an
    injury); spans that overlap `taken` (the sentence's numeric claims) are skipped."""
    found: list[tuple[QuantityMention, _Reading]] = []
    noun_starts = _victim_noun_starts(sentence)
    if _search_from_noun(_VICTIM_NOUN_GATE, sentence, noun_starts) is None:
        return found  # no noun anywhere: the gate's pattern cannot match either

    def add(start: int, end: int, kind: str, noun: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading(kind, _one_victim(noun), _EVENT_OF_KIND[kind], end, True)))

    for match in _victim_subjects(sentence, noun_starts):
        np = _victim_np(sentence, match)
        if np is None:
            continue
        start, det = np
        if det is None and sentence[:start].strip(" \t“”\"'‘’—–-:"):
            continue  # no article: only a headline's first words ("Teenager dies")
        aux = (match.group("aux") or "").split()
        if aux and aux[-1].lower() in ("were", "are"):
            continue  # "a man and a woman were shot": a count of two
        adverbs = match.group("adverbs").lower().split()
        if "not" in adverbs or "never" in adverbs:
            continue
        verb = " ".join(match.group("verb").lower().split())
        following = match.group("next") or ""
        if (not aux or aux[-1].lower() in ("has", "had")) and (
            following.lower() in lex.OBJECT_STARTERS
            or (following[:1].isupper() and following.lower() not in lex.NOT_NAME_WORDS)
        ):
            continue  # "a man shot and killed his wife": he is the shooter
        kind = lex.VICTIM_VERBS[verb]
        if "fatally" in adverbs or "mortally" in adverbs:
            kind = "deaths"
        end = match.end("verb")
        if verb.endswith((" the", " his", " her")) and match.group("next"):
            end = match.end("next")  # "shot in the leg"
        add(start, end, kind, match.group("noun"))

    for match in VICTIM_OBJECT.finditer(sentence):
        np = _victim_np(sentence, match)
        if np is None or match.group("rest"):
            continue  # "killing a father and daughter": more than one
        prefix = sentence[: match.start("verb")].rstrip().lower()
        if prefix.endswith((" to", " would", " could", " will", " not")):
            continue  # "threatened to kill a man"
        verb = " ".join(match.group("verb").lower().split())
        state = " ".join((match.group("state") or "").lower().split())
        kind = lex.VICTIM_OBJECT_VERBS[verb] or lex.VICTIM_STATES.get(state, "")
        if not kind:
            continue  # "left a man" says nothing of his state
        end = match.end("state") if state else match.end("noun")
        part = _NEXT_WORD.match(sentence, end) if state.endswith(("the", "his", "her")) else None
        if part is not None:
            end = part.end()  # "shot his uncle in the stomach"
        add(match.start("verb"), end, kind, match.group("noun"))
    return found


#: A casualty verb after these did not happen (yet): "threatened to kill two women".
_UNREALIZED = tuple(
    f"{aux} {verb}"
    for aux in ("to", "would", "could", "will", "not", "might", "may")
    for verb in ("kill", "injure", "wound", "arrest", "detain", "displace")
)

#: "dead" or "to death" right after people shot: they died.
_SHOT_DEAD = re.compile(r"[ ]+(?:dead|to[ ]+death)\b")

#: Durations that are ordinals in news: "a second suspect", "the second bus".
_ORDINAL_UNITS = frozenset({"a second", "the second"})

#: The event of deaths told as "two mortally" after a count of the wounded.
_MORTALLY_EVENT = "died of wounds"

#: How many words after a counted phrase its casualty verb may stand ("Four men coming
#: from a repast to honor a slain friend were shot": 11).
_VERB_REACH = 12

#: Words before a casualty word that make it an adjective ("a slain friend", "the
#: wounded man"), not what befell the people counted.
_ATTRIBUTIVE_DETERMINERS = frozenset("a an the his her their its".split())

#: Words before one victim of a list that make one person of a singular noun.
_ONE_PERSON_DETERMINERS = frozenset("a an one his her their another".split())
_LISTED_KINDS = frozenset({"deaths", "injuries", "shot", "displaced", "detained"})
_LISTED_NOUNS = lex.PERSON_NOUNS | lex.VICTIM_NOUNS
#: Active casualty verbs right before a list of victims ("killed two women and a man").
_LIST_VERBS: dict[str, str] = {
    **{w: k for w, k in lex.TOLL_PHRASES.items() if " " not in w},
    **{w: k for w, k in lex.VICTIM_OBJECT_VERBS.items() if k and " " not in w},
}


@dataclass(frozen=True, slots=True)
class _Group:
    """One member of a list of victims: "two women", "a man", "his son"."""

    start: int
    end: int
    quantity: Quantity
    mention: QuantityMention | None
    after: int  # index of the word after it


def _victim_group(
    sentence: str, words: list[_Word], i: int, counts: dict[int, QuantityMention], first: bool
) -> _Group | None:
    if i >= len(words):
        return None
    mention = counts.get(words[i].start)
    nouns = _LISTED_NOUNS
    if mention is not None:
        j = _first_starting_at(words, mention.end)
        quantity = mention.quantity
    elif words[i].lower in _ONE_PERSON_DETERMINERS:
        j, quantity = i + 1, _ONE
    elif not first and words[i].lower in _LISTED_NOUNS:
        j, quantity = i, _ONE  # "a man and woman": the article is shared
    else:
        return None
    previous_end = words[j - 1].end if j > i else words[i].start
    for k in range(j, min(len(words), j + 3)):  # up to two modifiers: "23-year-old"
        w = words[k]
        if sentence[previous_end : w.start].strip() or w.lower in ("and", "or"):
            return None
        if w.lower in nouns:
            return _Group(words[i].start, w.end, quantity, mention, k + 1)
        previous_end = w.end
    return None


def _sum(quantities: list[Quantity]) -> Quantity:
    """People in a list of groups: the sum of their intervals."""
    lows = [None if q.low is None else float(q.low) for q in quantities]
    highs = [None if q.high is None else float(q.high) for q in quantities]
    bests = [None if q.best is None else float(q.best) for q in quantities]
    ceilings = [q.ceiling if q.ceiling is not None else q.high for q in quantities]
    ceilings = [None if c is None else float(c) for c in ceilings]
    return Quantity(
        low=None if None in lows else sum(lows),  # type: ignore[arg-type]
        high=None if None in highs else sum(highs),  # type: ignore[arg-type]
        best=None if None in bests else sum(bests),  # type: ignore[arg-type]
        exact=all(q.exact for q in quantities),
        approximate=any(q.approximate for q in quantities),
        vague=any(q.vague for q in quantities),
        bound=any(q.bound for q in quantities),
        # "at least three men and two women": the implied ceilings add up too
        ceiling=sum(ceilings) if None in highs and None not in ceilings else None,  # type: ignore[arg-type]
    )


def _victim_lists(
    sentence: str, words: list[_Word], readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """Victims listed by "and" are one toll: "killed two women and a man" is three
    deaths, "Two men and three women were killed" five, "a man and a woman were shot"
    two people shot. The listed counts' own readings give way to the sum."""
    if " and " not in sentence:
        return readings
    counts = {m.start: m for m, r in readings if m.dimension == "count" and r.subject != "age"}
    by_mention = {id(m): r for m, r in readings}
    merged: list[tuple[QuantityMention, _Reading]] = []
    used: set[int] = set()
    i = 0
    while i < len(words):
        first = _victim_group(sentence, words, i, counts, first=True)
        if first is None:
            i += 1
            continue
        groups = [first]
        closed = False
        while len(groups) < 6:
            k = groups[-1].after
            if k >= len(words):
                break
            gap = sentence[groups[-1].end : words[k].start].strip()
            if words[k].lower == "and" and gap in ("", ","):
                if k + 1 < len(words) and not sentence[words[k].end : words[k + 1].start].strip():
                    following = _victim_group(sentence, words, k + 1, counts, first=False)
                    if following is not None:
                        groups.append(following)
                        closed = True
                break
            if gap == ",":
                following = _victim_group(sentence, words, k, counts, first=False)
                if following is None:
                    break
                groups.append(following)
                continue
            break
        if not closed:
            i = first.after
            continue
        last = groups[-1]
        kind = event = None
        # what befell them: a casualty verb right before the list ...
        before = words[i - 1] if i > 0 else None
        prefix = sentence[: before.start].rstrip().lower() if before is not None else ""
        if (
            before is not None
            and before.lower in _LIST_VERBS
            and not sentence[before.end : first.start].strip()
            and not f"{prefix} {before.lower}".endswith(_UNREALIZED)
        ):
            kind = _LIST_VERBS[before.lower]
            event = _EVENT_OF_KIND[kind]
        # ... or after it ("were shot and killed") ...
        tail = CONJOINED_TAIL.match(sentence, last.end)
        if kind is None and tail is not None:
            verb = " ".join(tail.group("verb").lower().split())
            following = _NEXT_WORD.match(sentence, tail.end())
            active = tail.group("aux") is None and (
                following is not None and following.group("word").lower() in lex.OBJECT_STARTERS
            )
            if not active:
                kind = _CONJOINED_VERBS.get(verb, "shot")
                event = _EVENT_OF_KIND.get(kind, "shot")
        # ... or what a listed count was already read as
        if kind is None:
            listed = [by_mention[id(g.mention)] for g in groups if g.mention is not None]
            known = [r for r in listed if r.kind in _LISTED_KINDS]
            if known:
                kind, event = known[0].kind, known[0].event
        if kind is None:
            i = last.after
            continue
        value = _sum([g.quantity for g in groups])
        mention = QuantityMention(sentence[first.start : last.end], first.start, last.end, value)
        merged.append((mention, _Reading(kind, lex.VICTIMS_LISTED, event, last.end)))
        used.update(id(g.mention) for g in groups if g.mention is not None)
        i = last.after
    if not merged:
        return readings
    kept = [(m, r) for m, r in readings if id(m) not in used]
    return sorted(kept + merged, key=lambda pair: pair[0].start)


#: Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn
#: into that letter (or that lower() lengthens): dotted and dotless i, long s, Kelvin.
_CASE_FOLD_EXCEPTIONS = "İıſK"
_VICTIM_NOUNS = tuple(sorted(lex.VICTIM_NOUNS))
assert all(noun.isascii() and noun.isalpha() for noun in _VICTIM_NOUNS)  # see below


def _victim_noun_starts(sentence: str) -> list[int] | None:
    """Offsets where a victim noun starts, in any case, inside words too: the only places
    the victim patterns that open on a noun can match (the nouns are ASCII letters, so
    with no `_CASE_FOLD_EXCEPTIONS` character re.IGNORECASE finds one exactly where
    `str.lower()` shows it, at the same offset). None when the sentence holds such a
    character and only the patterns can tell."""
    if any(char in sentence for char in _CASE_FOLD_EXCEPTIONS):
        return None
    lowered = sentence.lower()
    starts: set[int] = set()
    for noun in [noun for noun in _VICTIM_NOUNS if noun in lowered]:
        at = lowered.find(noun)
        while at != -1:
            starts.add(at)
            at = lowered.find(noun, at + 1)
    return sorted(starts)


def _search_from_noun(
    pattern: re.Pattern[str], sentence: str, noun_starts: list[int] | None, position: int = 0
) -> re.Match[str] | None:
    """pattern.search(sentence, position) for a pattern whose matches open on a victim
    noun, trying it only where a noun starts (`noun_starts` from `_victim_noun_starts`)."""
    if noun_starts is None:
        return pattern.search(sentence, position)
    for start in noun_starts[bisect.bisect_left(noun_starts, position) :]:
        match = pattern.match(sentence, start)
        if match is not None:
            return match
    return None


def _victim_subject_from_noun(
    sentence: str, noun_starts: list[int] | None, position: int = 0
) -> re.Match[str] | None:
    """VICTIM_SUBJECT_FROM_NOUN.search(sentence, position), tried where a noun starts."""
    return _search_from_noun(VICTIM_SUBJECT_FROM_NOUN, sentence, noun_starts, position)


def _victim_noun_words(sentence: str) -> list[str]:
    """The victim nouns of a sentence as whole words, lower-cased, in order: the matches
    of _VICTIM_NOUN_GATE.finditer, sought only where a noun starts (a match is never
    empty, so each search resumes where the last ended, as finditer does)."""
    noun_starts = _victim_noun_starts(sentence)
    nouns: list[str] = []
    position = 0
    while (
        match := _search_from_noun(_VICTIM_NOUN_GATE, sentence, noun_starts, position)
    ) is not None:
        nouns.append(match.group().lower())
        position = match.end()
    return nouns


def _victim_subjects(sentence: str, noun_starts: list[int] | None) -> Iterable[re.Match[str]]:
    """VICTIM_SUBJECT.finditer(sentence), without trying the pattern at every word. Every
    match holds a VICTIM_SUBJECT_FROM_NOUN match at its noun, and only determiner and
    modifier characters stand before that noun; so the next match starts no earlier than
    the run of those characters that ends at the next noun match, and starts there or
    before that noun. `noun_starts`: from `_victim_noun_starts`."""
    position = 0
    while (noun := _victim_subject_from_noun(sentence, noun_starts, position)) is not None:
        # Read back from the noun, no further than where the last match ended.
        run = _NOUN_PHRASE_CHARS_BACKWARDS.match(sentence[position : noun.start()][::-1])
        match = VICTIM_SUBJECT.search(sentence, noun.start() - run.end())  # type: ignore[union-attr]
        if match is None:  # cannot happen: the pattern matches at the noun itself
            return
        yield match
        position = match.end()


def _vote_object(sentence: str, words: list[_Word], after: int) -> str | None:
    """ "voted on the UN Security Council resolution" -> "UN Security Council resolution"."""
    for i in range(after, min(len(words), after + 12)):
        if words[i].lower == "voted" and i + 1 < len(words):
            j = i + 1
            if words[j].lower in ("on", "for", "against", "in"):
                j += 1
            if j < len(words) and words[j].lower in ("the", "a", "an"):
                j += 1
            collected: list[str] = []
            while j < len(words) and len(collected) < 5:
                collected.append(words[j].text)
                if words[j].lower in ("resolution", "bill", "motion", "measure", "law", "text"):
                    break
                j += 1
            return " ".join(collected) or None
    return None


def _subject_of_percent(sentence: str, words: list[_Word], mention: QuantityMention) -> str | None:
    """What a percentage measures: a measure word named just before it in the clause
    ("turnout reached 93.87 percent", "unemployment stood at 7%"), the share of voters
    that is a turnout ("90 per cent of eligible voters had participated"), else the
    word after it."""
    first_after = _first_starting_at(words, mention.end)
    before = words[: bisect.bisect_right(words, mention.start, key=_END)][-_PERCENT_LOOKBACK:]
    for w in reversed(before):
        if _PUNCTUATION.search(sentence, w.end, mention.start):
            break
        if w.lower in lex.PERCENT_SUBJECTS:
            return lex.PERCENT_SUBJECTS[w.lower]
    after = [w.lower for w in words[first_after : first_after + 5]]
    if after[:1] == ["of"] and any(w in lex.VOTER_WORDS for w in after[1:]):
        return "turnout"
    return _subject_of_duration(words, mention)


#: How far before a percentage its measure word may stand ("turnout was almost 90%").
_PERCENT_LOOKBACK = 6


def _subject_of_duration(words: list[_Word], mention: QuantityMention) -> str | None:
    """What a measure is of: the word after it ("11-month uprising"), past an "of"
    ("$137-million of diamonds", "two years of war"); None for a stop word or a number
    ("85 million euros ($108 million)")."""
    for index, w in enumerate(islice(words, _first_starting_at(words, mention.end), None)):
        if index < 2 and w.lower in ("of", "worth"):
            continue
        if w.lower in _PHRASE_STOP or not w.lower[:1].isalpha():
            return None
        return w.lower
    return None


# --------------------------------------------------------------------------- events


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


def _is_reporting_date(sentence: str, words: list[_Word], mention: DateMention) -> bool:
    before = [w.lower for w in words if w.end <= mention.start][-3:]
    return bool(before) and (
        before[-1] in REPORTING_DATE_CUE
        or (
            len(before) >= 2
            and before[-2] in REPORTING_DATE_CUE
            and before[-1] in ("on", "earlier", "late")
        )
    )


def _nearest_place(places: list[_Place], mention: DateMention) -> str | None:
    """The place nearest a date ("... an alleged August 21 chemical attack outside
    Damascus", not the Geneva named earlier); `places` in order of offset."""
    if not places:
        return None
    i = bisect.bisect_left([p.start for p in places], mention.start)
    near = places[max(0, i - 1) : i + 1]

    def distance(p: _Place) -> int:
        return p.start - mention.end if p.start >= mention.end else max(0, mention.start - p.end)

    return min(near, key=distance).name


def _with_preposition(sentence: str, start: int) -> int:
    """Extend a date span left over "on"/"in"/"at" ("on February 7")."""
    head = sentence[:start].rstrip()
    for prep in DATE_PREPOSITIONS:
        if head.lower().endswith(" " + prep) or head.lower() == prep:
            return len(head) - len(prep)
    return start


# --------------------------------------------------------------------------- extract


def _as_date(value: object) -> dt.date | None:
    """The publication date a caller passed: a date, a datetime (its day) or an ISO
    "YYYY-MM-DD" string; anything else is refused by name rather than failing deep in
    the date reader."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InvalidInput(
        f"published must be a date, not {value!r}",
        field="published",
        hint="pass a datetime.date or an ISO date such as 2012-02-07",
    )


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    format: str = "text",
    article_id: str | None = None,
) -> Article:
    """Read one article and return it with its claims.

    `published` (from the caller's metadata: a date or "YYYY-MM-DD") wins over a dateline found in the text;
    `published_basis` says which it was ("metadata", "dateline" or "unknown"). Relative
    dates ("on Monday", "yesterday") resolve against the publication date, or stay
    unresolved when there is none. Claim offsets index `Article.text`: the submitted text
    for plain input, the extracted text for HTML. Raises `InvalidInput` for text it
    cannot read (empty, binary); an article with no claims is an empty tuple, not an error.
    """
    if not isinstance(text, str):
        raise InvalidInput("text must be a string", field="text", hint="send the article as text")
    published = _as_date(published)
    document = parse_document(text, format=format)
    if published is not None:
        as_of, basis = published, "metadata"
    elif document.published is not None:
        as_of, basis = document.published, document.published_basis or "dateline"
    else:
        as_of, basis = None, "unknown"
    article_id = article_id or _stable_id(document.text)

    claims = _claims(article_id, document.text, document.sentences, as_of)
    return Article(
        id=article_id,
        text=document.text,
        claims=claims,
        title=title or document.title,
        source=source,
        url=url,
        published=as_of,
        published_basis=basis,
    )


def _claims(
    article_id: str, text: str, sentences: tuple[Sentence, ...], as_of: dt.date | None
) -> tuple[Claim, ...]:
    singles: set[str] = set()
    found = tuple(_sentence_walk(article_id, sentences, as_of, singles))
    # "A man was shot in the chest ... the man died": one victim who died, not an
    # injury and a death. A singular injury gives way to a singular death of the same
    # noun in the article.
    dead = {c.subject for c in found if c.id in singles and c.kind == "deaths"}
    found = tuple(
        c for c in found if not (c.id in singles and c.kind == "injuries" and c.subject in dead)
    )
    return tuple(_shot_as_injured(found))


def _shot_as_injured(found: tuple[Claim, ...]) -> Iterable[Claim]:
    """A count of people shot ("6 shot, 1 dead") is a count of the injured once the
    dead are taken out: the most killed the article reads at that place (an incident
    toll, not a running total); with no death read, everyone shot was injured. A count
    that leaves nobody injured, or a running total of people shot, is dropped."""
    killed: dict[str | None, float] = {}
    for c in found:
        if c.kind == "deaths" and not c.cumulative and c.value is not None:
            figure = c.value.low if c.value.low is not None else c.value.best
            if figure is not None:
                killed[c.location] = max(killed.get(c.location, 0), figure)
    for c in found:
        if c.kind != "shot":
            yield c
            continue
        if c.cumulative or c.value is None:
            continue
        here = [killed[place] for place in (c.location, None) if place in killed]
        if c.location is None:
            here.extend(killed.values())
        dead = max(here, default=0)
        if (c.subject or "").split(" ", 1)[0] in ("others", "other"):
            dead = 0  # "two men ... dead, while seven others were shot": the rest, alive
        value = _minus(c.value, dead)
        if value is not None:
            yield replace(c, kind="injuries", value=value, event="shot, not killed")


def _minus(q: Quantity, n: float) -> Quantity | None:
    """`q` less `n` people; None when nobody is left."""
    if not n:
        return q
    high = q.high - n if q.high is not None else None
    if high is not None and high <= 0:
        return None
    low = max(0, q.low - n) if q.low is not None else None
    return replace(
        q,
        low=low,
        high=high,
        best=max(0, q.best - n) if q.best is not None else None,
        ceiling=q.ceiling - n if q.ceiling is not None else None,
    )


#: Words that make a sentence speak of the conflict: its nouns and the attack words.
_CONFLICT_CUE_WORDS = lex.CONFLICT_NOUNS | frozenset(
    word for word, event in lex.EVENT_WORDS.items() if event == "attack"
)


def _sentence_walk(
    article_id: str, sentences: tuple[Sentence, ...], as_of: dt.date | None, singles: set[str]
) -> Iterable[Claim]:
    # First pass: places per sentence, and the article's main place (the most named
    # locative place): where a conflict-wide toll is, when its sentence names none.
    # Word records are built only for the sentences that need them (a place found, a
    # claim read); the gates below test each sentence's set of lower-cased words.
    sentence_words: list[list[_Word] | None] = [None] * len(sentences)

    def words_of(index: int) -> list[_Word]:
        words = sentence_words[index]
        if words is None:
            words = sentence_words[index] = _words(sentences[index].text)
        return words

    sentence_places = [
        _places(s.text, lambda index=index: words_of(index)) for index, s in enumerate(sentences)
    ]
    # After the places: a sentence whose words they needed does not read them twice.
    sentence_lowers = [
        _lower_words(s.text) if words is None else frozenset(map(_LOWER, words))
        for s, words in zip(sentences, sentence_words, strict=True)
    ]
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

    focus_place: str | None = None
    focus_scope: tuple[str, DateInterval | None] | None = None
    seen_ids: set[str] = set()
    victim_context: list[str | None] = []  # per sentence: someone shot in it, or None
    for index, (sentence, lowers, places) in enumerate(
        zip(sentences, sentence_lowers, sentence_places, strict=True)
    ):
        shot_here = _someone_shot(sentence.text, lowers)
        # "He was taken to a hospital and died": a victim shot in this sentence or the
        # three before it (a noun such as "man", or "person" for a name)
        recent = [v for v in (*victim_context[-3:], shot_here) if v is not None]
        pronoun_victim = recent[-1] if recent else None
        victim_context.append(shot_here)
        quantities = find_quantities(sentence.text)
        dates = find_dates(sentence.text, as_of) if _may_hold_date(sentence.text) else ()
        locative = [p for p in places if p.locative]
        own_place = _most_specific(locative)

        if quantities or dates or _may_hold_victim(sentence.text, lowers):
            yield from _sentence_claims(
                article_id,
                sentence,
                words_of(index),
                places,
                quantities,
                dates,
                as_of,
                own_place=own_place,
                focus_place=focus_place,
                main_place=main_place,
                conflict_place=conflict_place,
                incident_place=incident_place,
                pronoun_victim=pronoun_victim,
                focus_scope=focus_scope,
                seen_ids=seen_ids,
                singles=singles,
            )
        if own_place is not None:
            focus_place = own_place
        scope_dates = [
            d for d in dates if not _is_reporting_date(sentence.text, words_of(index), d)
        ]
        if scope_dates:
            focus_scope = (scope_dates[0].text, scope_dates[0].date)


#: The date words a sentence needs, with no digit, for find_dates to run on it. One
#: `\b` before all the words (a word start is tested once, not once per branch), and
#: the digit tested apart (a plain character scan): ~2.5x faster than one alternation.
_DATE_WORD_GATE = re.compile(
    r"""
    \b(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day
       |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b
       |(?:[Tt]o(?:day|night|morrow)|[Yy]esterday|[Ww]eekend|[Ww]eek|[Mm]onth|[Yy]ear
          |[Oo]vernight|[Aa]go|[Ee]arlier|[Ll]ast|[Nn]ext|[Tt]his)\b)
    """,
    re.VERBOSE,
)


#: Words one of the death phrases after a pronoun or "one of the victims" holds: the
#: cheap gate before those patterns.
_DEATH_GATE_WORDS = frozenset(
    w for phrase in lex.PRONOUN_DEATH_VERBS for w in phrase.split()
) - frozenset({"was", "to", "the", "his", "her", "and", "of", "in"})
_VICTIM_GATE_NOUNS = frozenset(lex.VICTIM_NOUNS)


def _may_hold_victim(sentence: str, lowers: frozenset[str]) -> bool:
    """Whether a sentence with no number or date may still name a victim of one. Word
    sets (`lowers`: the sentence's lower-cased words) first (most sentences fail them),
    the patterns only where they pass: run on every sentence, the patterns alone halved
    the speed of extraction."""
    if lowers & _VICTIM_GATE_NOUNS and (
        _victim_subject_from_noun(sentence, _victim_noun_starts(sentence)) is not None
        or VICTIM_OBJECT.search(sentence) is not None
    ):
        return True
    if not lowers & _DEATH_GATE_WORDS:
        return False
    if lowers & {"he", "she"} and PRONOUN_DEATH.search(sentence) is not None:
        return True
    return "one" in lowers and ONE_OF_DEATH.search(sentence) is not None


#: Words that say someone was hit in a sentence: the antecedent of "he died" after it.
_HIT_WORDS = frozenset("shot wounded wound wounds gunshot injured hurt struck hit victim".split())


def _someone_shot(sentence: str, lowers: frozenset[str]) -> str | None:
    """Who a sentence says was hit: its victim noun ("a man was shot" -> "man"), "person"
    when it names no noun ("Webb was shot"), None when nobody was hit. `lowers`: the
    sentence's lower-cased words."""
    if lowers.isdisjoint(_HIT_WORDS):
        return None
    nouns = [n for n in _victim_noun_words(sentence) if n not in lex.SHOOTER_NOUNS]
    return nouns[0] if nouns else "person"


def _pronoun_deaths(
    sentence: str, taken: list[tuple[int, int]], victim: str | None
) -> list[tuple[QuantityMention, _Reading]]:
    """A pronoun victim's death: "He was taken to a hospital and died" after a sentence
    that told someone was shot is a death of one (of that noun); "one of the victims
    died" is one death among them."""
    found: list[tuple[QuantityMention, _Reading]] = []
    matches = [(m, "person") for m in ONE_OF_DEATH.finditer(sentence)]
    if victim is not None:
        matches += [(m, victim) for m in PRONOUN_DEATH.finditer(sentence)]
    for match, noun in matches:
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading("deaths", _one_victim(noun), "killed", end, True)))
        break  # one such death a sentence
    return found


#: Date grains that make a toll a tally of the period ("in 2016", "in December").
_PERIOD_GRAINS = frozenset({"year", "month"})
_CASUALTY_KINDS = frozenset({"deaths", "injuries", "shot"})


def _may_hold_date(sentence: str) -> bool:
    return _NUMBERISH.search(sentence) is not None or _DATE_WORD_GATE.search(sentence) is not None


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
