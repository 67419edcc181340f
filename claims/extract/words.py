"""The words of a sentence, and whole-word tests of lexicon phrases: the token stream the
other modules read."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

from claims.prefix_tree import prefix_tree


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


#: The word after a span ("in the" -> "in the stomach").
_NEXT_WORD = re.compile(r"[ ]+(?P<word>[\w’'-]{1,40})")


#: Punctuation that ends a counted noun phrase ("60, activists said").
_PUNCTUATION = re.compile(r"[,;:.()!?”»]")


_NUMBERISH = re.compile(r"[0-9]")


_NOT_WORD_CHARS = re.compile(r"[^a-z0-9 ]+")


_SPACES = re.compile(r" +")


def _padded_words(lower_text: str) -> str:
    """A lower-cased text as its words, single-spaced and space-padded, for
    `_holds_phrase`: built once a sentence, not once a lexicon."""
    return _SPACES.sub(" ", f" {_NOT_WORD_CHARS.sub(' ', lower_text)} ")


class _PaddedPhrases(tuple):
    """Lexicon phrases, each space-padded, with `pattern`: all of them as one prefix-tree
    alternation, so that a text is searched for them in one pass, not one per phrase."""

    pattern: re.Pattern[str] | None


def _padded_phrases(phrases: Iterable[str]) -> _PaddedPhrases:
    padded = _PaddedPhrases(f" {phrase} " for phrase in phrases)
    padded.pattern = re.compile(prefix_tree(padded)) if padded else None
    return padded


def _holds_phrase(padded_text: str, padded_phrases: tuple[str, ...]) -> bool:
    """Whether a `_padded_words` text holds one of the `_padded_phrases` as whole words.

    >>> _holds_phrase(" he said he was killed ", _padded_phrases(["was killed", "died"]))
    True
    >>> _holds_phrase(" he was killedx ", _padded_phrases(["was killed"]))
    False
    """
    pattern = getattr(padded_phrases, "pattern", None)
    if pattern is not None:
        return pattern.search(padded_text) is not None
    return any(phrase in padded_text for phrase in padded_phrases)
