"""Speed gates: cheap tests that let a sentence skip a costly reader, as it cannot find
anything there (whether it may hold a date, or a victim of one with no number)."""

from __future__ import annotations

import re

from claims.extract.named_victims import _BOTH_GATE, _OBJECT_GATE, _SUBJECT_GATE
from claims.extract.victim_patterns import (
    _CASE_FOLD_EXCEPTIONS,
    _VICTIM_NOUNS,
    ONE_OF_DEATH,
    PRONOUN_DEATH,
    TAKEN_THEN_DIED,
    VICTIM_OBJECT,
    _victim_noun_starts,
    _victim_subject_from_noun,
)
from claims.extract.words import _NUMBERISH
from claims.lexicon import claims as lex
from claims.lexicon import dates as date_lex
from claims.lexicon import numbers as num_lex
from claims.prefix_tree import prefix_tree

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


def _may_hold_date(sentence: str) -> bool:
    """Whether find_dates may find a date in a sentence: a digit or a date word."""
    return _NUMBERISH.search(sentence) is not None or _DATE_WORD_GATE.search(sentence) is not None


#: The signs that give a figure its unit with no word ("$2199", "45%", "€5", "30°"): the
#: signs of claims/lexicon/numbers.py's currency, percent and measure tables, less the
#: punctuation some of them hold ("U.S.$", "km/h", "-").
_UNIT_SIGNS = frozenset(
    c
    for table in (
        num_lex.CURRENCY_PREFIXES,
        num_lex.CURRENCY_SUFFIX_SIGNS,
        num_lex.PERCENT_WORDS,
        num_lex.MEASURE_SYMBOLS,
    )
    for sign in table
    for c in sign
    if not (c.isalnum() or c.isspace() or c in ".-/\u2212")
)

#: Words of number expressions and calendar names, not what a figure counts: the number
#: words, the words that bound, round or join a figure ("at least", "about", "or more",
#: "between ... and"), vague quantities ("dozens", "a few") (claims/lexicon/numbers.py),
#: and the names of months and days (claims/lexicon/dates.py).
_FIGURE_WORDS = frozenset(
    word
    for table in (
        num_lex.CARDINALS,
        num_lex.TENS,
        num_lex.SCALES,
        num_lex.DOZEN_WORDS,
        num_lex.MODIFIERS,
        num_lex.SUFFIX_MODIFIERS,
        num_lex.RANGE_JOINERS,
        num_lex.RANGE_OPENERS,
        num_lex.VAGUE_QUANTIFIERS,
        num_lex.APPROXIMATE_WORDS,
        date_lex.MONTHS,
        date_lex.WEEKDAYS,
    )
    for phrase in table
    for word in phrase.split()
    if word.isalpha()
)

#: A run of letters (a word, or each part of "twenty-one").
_LETTERS = re.compile(r"[^\W\d_]+")


def _has_words(sentence: str) -> bool:
    """Whether a sentence holds a word that is not of a number expression or a calendar
    name, or a unit sign. One with neither ("1 1 1 ...", "2, 3, 5.", "one hundred one
    hundred", "at least 6,000", "Monday Monday", "February 7, February 7,") is a table, a
    list or a dateline: nothing in it says what its figures count, so it states no claim
    and its numbers are not read (its first date still is, for the time scope of the
    sentences after it). In a real sentence the first few words settle it."""
    if not _UNIT_SIGNS.isdisjoint(sentence):
        return True
    return any(m.group().lower() not in _FIGURE_WORDS for m in _LETTERS.finditer(sentence))


#: Words one of the death phrases after a pronoun or "one of the victims" holds: the
#: cheap gate before those patterns.
_DEATH_GATE_WORDS = frozenset(
    w for phrase in lex.PRONOUN_DEATH_VERBS for w in phrase.split()
) - frozenset({"was", "to", "the", "his", "her", "and", "of", "in"})

#: The victim nouns, for the word-set gate before the victim patterns.
_VICTIM_GATE_NOUNS = frozenset(lex.VICTIM_NOUNS)


#: Words a named victim's sentence holds ("Collier was shot and killed", "the death of
#: Eddie Holmes", "both died"): the word-set gate before the name patterns.
_NAMED_GATE_WORDS = frozenset(
    w for phrase in (*lex.VICTIM_VERBS, *lex.VICTIM_OBJECT_VERBS) for w in phrase.split()
) - frozenset(
    {
        "in",
        "the",
        "his",
        "her",
        "to",
        "a",
        "and",
        "through",
        "left",
        "leaves",
        "leaving",
        "shot",
        "shoots",
    }
) | {"death", "deaths", "murder", "slaying", "both"}


def _may_name_victim(sentence: str, lowers: frozenset[str]) -> bool:
    """Whether a sentence with no number or date may name a victim or say "both died": a
    casualty word of the name patterns, and a capital letter or "both"."""
    if lowers.isdisjoint(_NAMED_GATE_WORDS):
        return False
    return "both" in lowers or not sentence.islower()


def _may_hold_victim(sentence: str, lowers: frozenset[str]) -> bool:
    """Whether a sentence with no number or date may still name a victim of one. Word
    sets (`lowers`: the sentence's lower-cased words) first (most sentences fail them),
    the patterns only where they pass: run on every sentence, the patterns alone halved
    the speed of extraction."""
    if not lowers.isdisjoint(lex.MULTIPLE_WORDS):
        return True  # "a double homicide" (`claims.extract.multiples`)
    if lowers & _VICTIM_GATE_NOUNS and (
        _victim_subject_from_noun(sentence, _victim_noun_starts(sentence)) is not None
        or VICTIM_OBJECT.search(sentence) is not None
        or TAKEN_THEN_DIED.search(sentence) is not None
    ):
        return True
    if not lowers & _DEATH_GATE_WORDS:
        return False
    if lowers & {"he", "she"} and PRONOUN_DEATH.search(sentence) is not None:
        return True
    return "one" in lowers and ONE_OF_DEATH.search(sentence) is not None


#: A victim noun as a word of a lower-cased text: `_victims` reads nothing but
#: "another" where _VICTIM_NOUN_GATE (the nouns as words, in any case, or an age) finds
#: none. Lower-casing keeps offsets and word edges but for `_CASE_FOLD_EXCEPTIONS`.
_VICTIM_NOUN_WORD = re.compile(rf"\b(?:{prefix_tree(_VICTIM_NOUNS)})\b")

#: Any word of the name patterns' gates (`named_victims`: a verb of NAMED_SUBJECT or
#: NAMED_OBJECT, "both") as a piece of a lower-cased text, in one pass.
_NAMED_PIECES = re.compile(prefix_tree({*_SUBJECT_GATE, *_OBJECT_GATE, *_BOTH_GATE}))


def _folds(sentence: str) -> bool:
    """Whether a sentence holds a character re.IGNORECASE folds to an ASCII letter that
    str.lower() does not: only the patterns themselves can tell there."""
    return any(char in sentence for char in _CASE_FOLD_EXCEPTIONS)


def _may_hold_victim_of_one(sentence: str, lowered: str) -> bool:
    """Whether `_victims` may find a casualty of one (`lowered`: the sentence
    lower-cased): "another", or a victim noun or an age ("-old", "18-month old") where its
    patterns start. With none it returns nothing, after a per-noun scan; this is one pass."""
    return (
        "another" in lowered
        or "-old" in lowered
        or " old" in lowered
        or _VICTIM_NOUN_WORD.search(lowered) is not None
        or _folds(sentence)
    )


def _may_name_victims(sentence: str, lowered: str) -> bool:
    """Whether `_named_victims` may find a victim (`lowered`: the sentence lower-cased):
    a word of one of its three gates, tested in one pass rather than gate by gate."""
    return _NAMED_PIECES.search(lowered) is not None or _folds(sentence)


#: Where PRONOUN_DEATH may start: "he" or "she" and a space, as a word.
_HE_OR_SHE = re.compile(r"\bs?he[ ]")


def _may_tell_pronoun_death(sentence: str, lowered: str, victim: str | None) -> bool:
    """Whether `_pronoun_deaths` may find a death (`lowered`: the sentence lower-cased):
    ONE_OF_DEATH opens on "one" and a space, PRONOUN_DEATH (tried only with a `victim`)
    on "he" or "she" and a space; both patterns ignore case and may start at any word."""
    return (
        "one " in lowered
        or (victim is not None and _HE_OR_SHE.search(lowered) is not None)
        or _folds(sentence)
    )
