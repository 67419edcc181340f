"""Names: who or what a claim's clause names, and whether a source's sentence names it.

A capitalised word not opening its sentence is a name ("Minnesota", "Russia"); so is a
word opening it that the dictionary does not know ("Kanchenjunga is 8586 meters high").
A source names it in full, by its first four letters ("Russian"), or shortened ("Nov.").
Consecutive capitalised words are one name, and news shortens a name to any of its words
on later mention ("Carl Lewis" is "Lewis", "Goldman Sachs" is "Goldman"). A headline in
title case names nothing this way: there every long word has a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claims.lexicon import words as lex
from claims.verify.words import content_words, in_dictionary

_NAME = re.compile(
    r"""
    (?P<name>\b[A-Z][a-z]+)   # a capitalised word
    """,
    re.VERBOSE,
)
_LONG_WORD = re.compile(
    r"""
    (?P<word>\b[^\W\d_]{4,})   # a word of four letters or more
    """,
    re.VERBOSE,
)
_ACRONYM = re.compile(
    r"""
    (?P<acronym>\b[A-Z]{2,5}\b)   # an acronym in capitals ("AA", "IMF")
    """,
    re.VERBOSE,
)
_RUN = re.compile(
    r"""
    (?P<run>\b[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+)+)   # two or more capitalised words in a row
    """,
    re.VERBOSE,
)
_BETWEEN_NAMES = re.compile(
    r"""
    ^(?P<gap>[ ]+)$   # only spaces between two capitalised words of one name
    """,
    re.VERBOSE,
)


def headline(text: str) -> bool:
    """Whether a text is in title case ("U.S. Economy Added 321,000 Jobs in November"):
    half or more of its words of four letters or more are capitalised.

    >>> headline("U.S. Economy Added 321,000 Jobs in November"), headline("Jobs were added")
    (True, False)
    """
    words = [m.group("word") for m in _LONG_WORD.finditer(text)]
    return bool(words) and 2 * sum(w[0].isupper() for w in words) >= len(words)


def named(name: str, words: frozenset[str]) -> bool:
    """A name as the source may write it: its first four letters ("Russia", "Russian";
    "China", "Chinese"), or shortened ("November", "Nov.")."""
    return any(w.startswith(name[:4]) or (len(w) >= 3 and name.startswith(w)) for w in words)


def _names(sentence: str, start: int, end: int) -> Iterator[frozenset[str]]:
    """The names of sentence[start:end], each as the meanings of its words."""
    run: list[str] = []
    last_end = -1
    for m in _NAME.finditer(sentence, start, end):
        word = m.group("name")
        if m.start() == 0 and in_dictionary(word):
            continue  # a capital opening a sentence names nothing, unless no word is
        if run and not _BETWEEN_NAMES.search(sentence[last_end : m.start()]):
            yield content_words(" ".join(run))
            run = []
        run.append(word)
        last_end = m.end()
    if run:
        yield content_words(" ".join(run))


def unnamed_in(
    sentence: str, start: int, end: int, said: frozenset[str], words: frozenset[str]
) -> bool:
    """Whether sentence[start:end] names someone or something that the source's `words`
    never name (nor `said`, the words the claim's figure itself says).

    >>> from claims.verify.words import content_words as cw
    >>> unnamed_in("He met Carl Lewis twice", 0, 23, frozenset(), cw("Lewis ran"))
    False
    >>> unnamed_in("He met Carl Lewis twice", 0, 23, frozenset(), cw("Owens ran"))
    True
    """
    for name in _names(sentence, start, end):
        name = name - said
        if name and not any(n in words or named(n, words) for n in name):
            return True
    return False


@cache
def name_words(span: str) -> frozenset[str]:
    """The meanings of the capitalised words inside a figure's span ("6 Georgia banks"),
    where a capital is a name's even in a title: a figure's span opens no sentence.

    >>> sorted(name_words("6 Georgia banks"))
    ['georgia']
    """
    return frozenset(w for m in _NAME.finditer(span) for w in content_words(m.group("name")))


@cache
def by_initials(text: str, other: str) -> frozenset[str]:
    """The meanings of the words of `text`'s names that `other` says by their initials:
    "American Airlines" in "AA to Cut Up to 15,000 Jobs" (RedditNLI 0194).

    >>> sorted(by_initials("American Airlines may cut jobs", "AA to Cut Jobs"))
    ['airlin', 'american']
    """
    acronyms = {m.group("acronym") for m in _ACRONYM.finditer(other)}
    if not acronyms:
        return frozenset()
    out: set[str] = set()
    for m in _RUN.finditer(text):
        words = [w for w in m.group("run").split() if w.casefold() not in lex.STOPWORDS]
        if len(words) >= 2 and "".join(w[0] for w in words) in acronyms:
            out |= content_words(m.group("run"))
    return frozenset(out)
