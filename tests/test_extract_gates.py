"""The speed gates in claims.extract answer exactly what the patterns they stand for do.

A gate that skips a pattern where it cannot match is only safe while that stays true;
these tests hold each gate to its pattern on hand-picked and generated sentences.
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

victim_patterns = importlib.import_module("claims.extract.victim_patterns")
gates = importlib.import_module("claims.extract.gates")

PIECES = st.sampled_from(
    "a an the another man woman boy girl teenager person was is were who has been shot"
    " killed died wounded fatally not in leg his , ; . - ’ ' 23-year-old Milwaukee"
    " teen_ager Police said and “ ” A MAN ſon KID İ ı gunman WOMAN".split(" ")
    + ["  ", " ", ", 23,", ", identified as Joe Smith,"]
)


def _victim_subject_matches(sentence: str) -> tuple[list, list, bool, bool]:
    noun_starts = victim_patterns._victim_noun_starts(sentence)
    noun_gate = victim_patterns._VICTIM_NOUN_GATE
    nouns = [m.group().lower() for m in noun_gate.finditer(sentence)]
    assert victim_patterns._victim_noun_words(sentence) == nouns
    if victim_patterns._VICTIM_NOUN_GATE.search(sentence) is not None:
        assert noun_starts != []  # _victims skips a sentence on []
    subject = victim_patterns.VICTIM_SUBJECT
    expected = [(m.span(), m.groupdict()) for m in subject.finditer(sentence)]
    gated = [
        (m.span(), m.groupdict()) for m in victim_patterns._victim_subjects(sentence, noun_starts)
    ]
    found = subject.search(sentence) is not None
    found_from_noun = victim_patterns.VICTIM_SUBJECT_FROM_NOUN.search(sentence) is not None
    return expected, gated, found, found_from_noun


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said a 23-year-old man was shot and killed, and the boy died.",
        "A man was shot in the leg",
        "Teenager dies after shooting",
        "The woman, 34, was not seriously hurt.",
        "another    Milwaukee man who was fatally shot",
        "Superwoman was shot",
        "a--b man was shot; the girl, identified as Ann Lee, died",
        "No victim here at all.",
        "A ſon was shot",  # long s: re.IGNORECASE reads "son"
        "the \u212aid was killed",  # Kelvin sign: "kid"
        "İstanbul: a man was shot",  # lower() lengthens İ
        "",
    ],
)
def test_victim_subject_gate_examples(sentence: str) -> None:
    expected, gated, found, found_from_noun = _victim_subject_matches(sentence)
    assert gated == expected
    assert found_from_noun == found


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=16).map(" ".join))
def test_victim_subject_gate_matches_the_pattern(sentence: str) -> None:
    expected, gated, found, found_from_noun = _victim_subject_matches(sentence)
    assert gated == expected
    assert found_from_noun == found


#: The date gate as one alternation, as it was written first: the reference the faster
#: split gate (a digit, then the date words) must answer alike.
DATE_GATE_REFERENCE = re.compile(
    r"""
    [0-9]
    |\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day
    |\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b
    |\b(?:[Tt]o(?:day|night|morrow)|[Yy]esterday|[Ww]eekend|[Ww]eek|[Mm]onth|[Yy]ear
        |[Oo]vernight|[Aa]go|[Ee]arlier|[Ll]ast|[Nn]ext|[Tt]his)\b
    """,
    re.VERBOSE,
)

DATE_PIECES = st.sampled_from(
    "Monday mondays x.Monday MONDAY Mayor May mayor Decision today Today todays tonight"
    " yesterday weekend weeks month Year overnight ago earlier last Next this thistle"
    " _this 7 2016 a the said in - . , ’".split(" ")
    + ["", " "]
)


@pytest.mark.parametrize(
    "sentence", ["", "No date here.", "x.Monday", "Mayor Smith", "in 2016", "_today", "Sundayx"]
)
def test_date_gate_examples(sentence: str) -> None:
    expected = DATE_GATE_REFERENCE.search(sentence) is not None
    assert gates._may_hold_date(sentence) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(DATE_PIECES, max_size=10).map("".join))
def test_date_gate_matches_the_reference(sentence: str) -> None:
    expected = DATE_GATE_REFERENCE.search(sentence) is not None
    assert gates._may_hold_date(sentence) == expected


# ---------------------------------------------------------------- gates at a reader's call

victims = importlib.import_module("claims.extract.victims")
named_victims = importlib.import_module("claims.extract.named_victims")
clock = importlib.import_module("claims.dates.clock")
words = importlib.import_module("claims.extract.words")
scope = importlib.import_module("claims.extract.scope")

CALL_PIECES = st.sampled_from(
    "a an the another one of victims man many woman boy he she them both shot killed died"
    " was were later fatally Collier Smith John Lee 7-year-old - , ; . ’ ' ſon İ ı \u212aid"
    " noon midnight Midday 4 30 : 4:30 p.m. am AM ET near the said in".split(" ")
    + ["  ", " ", ", 23,"]
)

#: Sentences the readers behind the gates read, and ones with no reading (GVC news).
CALL_EXAMPLES = [
    "A man was shot and killed Monday night.",  # a victim of one
    "Collier was shot and killed outside his home.",  # a named victim
    "Police said James Carter and Leon Hayes were shot and killed.",
    "Both died at the scene.",
    "He was taken to a hospital where he later died.",
    "One of the victims died on Tuesday.",
    "Another man was wounded.",
    "The police confirm an 18-month old is dead after a shooting.",  # an age, no hyphen
    "Many were shocked by the news.",  # "man" inside a word: no victim
    "The shooting happened at about 4:30 a.m. near Main Street.",
    "The Kelvin sign \u212aid was killed",
    "İstanbul police said the boy died",
    "",
]


def _gated_readers(sentence: str, victim: str | None) -> dict[str, tuple[bool, bool]]:
    """For each gate: (what the gate says, whether its reader reads anything)."""
    lowered = sentence.lower()
    return {
        "victims": (
            gates._may_hold_victim_of_one(sentence, lowered),
            bool(victims._victims(sentence, [])) or bool(victims._victims(sentence, [], True)),
        ),
        "named": (
            gates._may_name_victims(sentence, lowered),
            bool(named_victims._named_victims(sentence, [])),
        ),
        "pronoun": (
            gates._may_tell_pronoun_death(sentence, lowered, victim),
            bool(victims._pronoun_deaths(sentence, [], victim)),
        ),
        "clock": (
            clock._may_hold_clock(sentence),
            clock.CLOCK_TIME.search(sentence) is not None,
        ),
    }


@pytest.mark.parametrize("sentence", CALL_EXAMPLES)
def test_call_gates_examples(sentence: str) -> None:
    for name, (may, reads) in _gated_readers(sentence, "man").items():
        assert may or not reads, name


def test_call_gates_turn_away_sentences_with_nothing() -> None:
    said = _gated_readers("Many were shocked by the news, the mayor said.", "man")
    assert not any(may for may, _ in said.values())


@settings(max_examples=300, deadline=None)
@given(st.lists(CALL_PIECES, max_size=14).map(" ".join), st.sampled_from([None, "man"]))
def test_call_gates_never_turn_away_a_reading(sentence: str, victim: str | None) -> None:
    for name, (may, reads) in _gated_readers(sentence, victim).items():
        assert may or not reads, name


@pytest.mark.parametrize(
    "text", [" he said the toll has risen to 9 ", " in all ", " so far ", " x ", " ", ""]
)
def test_holds_phrase_pattern_is_the_phrase_tests(text: str) -> None:
    for phrases in (scope._CUMULATIVE_PHRASES, scope._PERIOD_TALLY_PHRASES):
        assert words._holds_phrase(text, phrases) == any(p in text for p in phrases)
    assert not words._holds_phrase(text, words._padded_phrases([]))
