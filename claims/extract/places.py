"""Known places named in one sentence, whether each follows a locative word, and the
geography of the places lexicon (what lies inside what)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claims import gazetteer
from claims.extract.words import _START, WORD, _Word
from claims.gazetteer import parent, town_in_state
from claims.lexicon import claims as lex
from claims.lexicon import dates as dates_lex
from claims.lexicon.places import PLACE_ALIASES, PLACES, STATE_ABBREVIATIONS

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


#: Prepositions and verbs after which a place is where something happened.
LOCATIVE_WORDS = frozenset(
    """in of at near outside inside across throughout from to into around within
    visit visited visiting visits reach reached toward towards""".split()
)


@dataclass(frozen=True, slots=True)
class _Place:
    name: str  # the canonical name in PLACES
    start: int  # offsets within the sentence
    end: int
    locative: bool
    stated: bool = False  # a state written after it ("Auburn, Calif.")


def _canonical_place(name: str) -> str | None:
    name = name.strip().rstrip(".,’'")
    if name in PLACES:
        return name
    if name in PLACE_ALIASES:
        return PLACE_ALIASES[name]
    if not name.endswith(("’s", "'s")) and not (name.isupper() and len(name) > 3):
        return None  # the other forms below would all be `name` again
    candidates = [name, name.removesuffix("’s"), name.removesuffix("'s")]
    if name.isupper() and len(name) > 3:
        candidates.append(name.title())  # a dateline: "BEIJING/ DAMASCUS:", "MOSCOW —"
    for candidate in candidates:
        if candidate in PLACES:
            return candidate
        if candidate in PLACE_ALIASES:
            return PLACE_ALIASES[candidate]
    return None


def _us_state(text: str) -> str | None:
    """The US state a written form names ("Calif.", "GA", "South Dakota"), or None."""
    text = text.strip()
    state = STATE_ABBREVIATIONS.get(text) or _canonical_place(text.rstrip("."))
    return state if state and PLACES.get(state) == "United States" else None


def _country(place: str) -> str:
    """The country a place lies in (itself for a country)."""
    seen: set[str] = set()
    while (outer := parent(place)) is not None and place not in seen:
        seen.add(place)
        place = outer
    return place


def _depth(place: str) -> int:
    depth, seen = 0, set()
    while (outer := parent(place)) is not None and place not in seen:
        seen.add(place)
        place = outer
        depth += 1
    return depth


def _inside(inner: str, outer: str) -> bool:
    """Whether the places lexicon or the gazetteer puts `inner` inside `outer` (Houston
    in Texas, Lancaster, Pennsylvania in Pennsylvania)."""
    seen: set[str] = set()
    place = parent(inner)
    while place is not None and place not in seen:
        if place == outer:
            return True
        seen.add(place)
        place = parent(place)
    return False


def _most_specific(places: Iterable[_Place]) -> str | None:
    best: _Place | None = None
    for place in places:
        if best is None or _depth(place.name) >= _depth(best.name):
            best = place
    return best.name if best else None


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

#: The opening words of every place name and alias of two or more words, one to all but
#: the last ("United", "United Arab"): a sub-run of m tokens can be a place only when
#: its first m - 1 open one (or, in capitals, their title case does), so a run of
#: tokens that open no longer name ("U.S. U.S. U.S.") tries one candidate per token.
_PLACE_OPENINGS = frozenset(
    tuple(words[:k])
    for words in (name.split(" ") for name in (*PLACES, *PLACE_ALIASES))
    for k in range(1, len(words))
)


def _opens_a_place(tokens: list[str]) -> bool:
    return (
        tuple(tokens) in _PLACE_OPENINGS
        or tuple(token.title() for token in tokens) in _PLACE_OPENINGS
    )


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
        stated_run = _us_state(state[2:]) if state else None
        starts = [match.start("run")]  # offset of each token in the sentence
        for token in tokens[:-1]:
            starts.append(starts[-1] + len(token) + 1)
        # Longest known sub-run first: "Syrian President Bashar" holds no place,
        # "city of Homs" is found as "Homs".
        i = 0
        while i < len(tokens):
            candidate = _place_candidate(tokens, i, stated_run)
            if candidate is not None:
                j, name, text, stated = candidate
                if not _names_a_division(tokens, j):  # "Wyoming County" is not Wyoming
                    before = _words_before(sentence, starts[i])
                    if before is None:  # a word too long to look past: the sentence's words
                        words = words_of()
                        if word_starts is None:
                            word_starts = list(map(_START, words))
                        before = _words_before_in(words, word_starts, starts[i])
                    place = _place_at(name, starts[i], text, stated, *before)
                    if place is not None:
                        found.append(place)
                i = j - 1
            i += 1
    return found


def _place_candidate(
    tokens: list[str], i: int, stated_run: str | None
) -> tuple[int, str, str, bool] | None:
    """The longest known place starting at tokens[i]: where it ends (j), its canonical
    name, its text and whether a state is written after it (`stated_run`, the state
    written after the run); None when none starts here."""
    token = tokens[i]
    longest = i + 1
    if (
        stated_run
        or token in _PLACE_FIRST_WORDS
        or (token.isupper() and token.title() in _PLACE_FIRST_WORDS)
    ):
        longest = min(len(tokens), i + _MAX_PLACE_WORDS)
    if not stated_run:  # (a stated run is a place however its words start)
        reach = i + 1
        while reach < longest and _opens_a_place(tokens[i:reach]):
            reach += 1
        longest = reach
    for j in range(longest, i, -1):
        candidate = " ".join(tokens[i:j])
        name = _canonical_place(candidate)
        stated = False
        if j == len(tokens) and stated_run:
            if name is None and _calendar_word(candidate):
                continue  # "a news conference on Thursday, Louisiana State Police Col."
            if name is None and _known_later(tokens, i, stated_run):
                continue  # "Tuesday Lancaster, Pa.": the town is "Lancaster"
            stated = True
            if name is None or _state_of(name) not in (None, stated_run):
                # "Auburn, Calif.", "Springfield, Mass.": a town the hand table does not
                # put in that state, named as the gazetteer knows it ("Auburn, California")
                name = town_in_state(candidate, stated_run)
        if name is not None:
            return j, name, candidate, stated
    return None


def _calendar_word(candidate: str) -> bool:
    """A weekday or month name, which no town the gazetteer lacks is called."""
    lowered = candidate.lower().rstrip(".")
    return lowered in dates_lex.WEEKDAYS or lowered in dates_lex.MONTHS


def _known_later(tokens: list[str], i: int, state: str) -> bool:
    """Whether the gazetteer knows a shorter end of a stated run, from a token after
    tokens[i], as a place in `state`, while the whole run from tokens[i] is none."""
    if gazetteer.place(" ".join(tokens[i:]), state) is not None:
        return False
    return any(
        gazetteer.place(" ".join(tokens[k:]), state) is not None for k in range(i + 1, len(tokens))
    )


def _state_of(name: str) -> str | None:
    """The US state the hand table puts a town in; None for a town elsewhere or a state."""
    state = PLACES.get(name)
    return state if state is not None and PLACES.get(state) == "United States" else None


def _names_a_division(tokens: list[str], j: int) -> bool:
    """Whether the token after a place (tokens[j]) makes it part of the name of a county
    or a street: "Wyoming County" is not Wyoming."""
    return j < len(tokens) and (
        tokens[j].rstrip(".,;:’'s") in lex.COUNTY_WORDS
        or tokens[j].rstrip(".,;:") in lex.STREET_WORDS
    )


#: How far before a place the two words before it are looked for, in characters.
_BEFORE_REACH = 80

#: A character a word (`WORD`) may hold: none of a word's matches runs across any other.
_WORD_CHAR = re.compile(r"[\w’'.-]")


def _words_before(sentence: str, start: int) -> tuple[str, str] | None:
    """The two words (lower-cased) before the word starting at `start`, the nearer first,
    "" where there is none (and both "" when no word starts at `start`), as the
    sentence's `_words` would give them; read from the _BEFORE_REACH characters before
    it, not from the words of the whole sentence (which the first pass need not build).
    None when the window holds fewer than two words and does not reach back to the
    start of the sentence."""
    # Start the window where no word runs across its edge, so its matches are the
    # sentence's own.
    p = max(0, start - _BEFORE_REACH)
    while p > 0 and _WORD_CHAR.match(sentence, p - 1):
        if p == start:
            return None
        p += 1
    found = list(WORD.finditer(sentence, p, start + 1))
    if not found or found[-1].start() != start:
        return "", ""  # no word starts here (one runs across it: "iPhone")
    before = [m.group().lower() for m in found[-3:-1]]
    if len(before) == 2:
        return before[-1], before[-2]
    if p > 0:
        return None
    return (before[-1] if before else ""), ""


def _words_before_in(words: list[_Word], word_starts: list[int], start: int) -> tuple[str, str]:
    """`_words_before` from the sentence's words (`word_starts`: where each starts)."""
    index = bisect.bisect_left(word_starts, start)  # the word starting here
    if index == len(words) or word_starts[index] != start:
        index = 0  # none does: no word before it to read
    return (
        words[index - 1].lower if index else "",
        words[index - 2].lower if index >= 2 else "",
    )


def _place_at(
    name: str, start: int, text: str, stated: bool, before: str, before_that: str
) -> _Place | None:
    """The place `name`, written as `text` from `start`, and whether it follows a
    locative word (`before`: the word before it, `before_that` the one before that);
    None where it is only where a source sits ("said by telephone from Varna,
    Bulgaria")."""
    end = start + len(text)
    locative = before in LOCATIVE_WORDS and not (
        before == "at" and PLACES.get(name) is None  # "anger at Russia"
    )
    if before == "from" and (
        before_that in lex.SPEAKER_FROM_WORDS or before_that in lex.REPORTING_VERBS
    ):
        return None
    return _Place(name, start, end, locative, stated)
