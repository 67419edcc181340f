"""Predicates: the verb a figure is said with ("paid $7,300", "earns $7 billion").

A light clause reading: the verb of a figure is the nearest word before it in its clause
that the dictionary reads as a verb and never as a noun ("paid", "earns", "won";
not "costs" or "cut", which may be nouns, nor the auxiliaries "has" and "is"). Two
figures said with different verbs are different facts: "The City Council paid $7,300"
is not "The City Council recently budgeted $7,300 to pay for training" (RTE-Quant).
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas

from claims.lexicon import words as lex
from claims.verify.words import meaning

_WORD = re.compile(
    r"""
    (?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)   # a word, hyphened or with an apostrophe
    """,
    re.VERBOSE,
)
_SAYS = frozenset(meaning(w) for w in lex.ATTRIBUTION)


@cache
def _verb(word: str) -> str | None:
    """A word's verb meaning when it can only be a verb (or an adjective: "registered")."""
    w = word.casefold()
    if w in lex.STOPWORDS:
        return None
    lemmas = getAllLemmas(w)
    if "VERB" not in lemmas or lemmas.keys() & {"NOUN", "AUX", "ADV"}:
        return None
    m = meaning(w)
    return None if m in _SAYS else m


def verb_before(text: str) -> str | None:
    """The meaning of the verb right before a figure: the last word of `text` past any
    function words ("paid", "earns over", "spends more than"), when it can only be a
    verb; else None.

    >>> verb_before("The City Council paid"), verb_before("Teva earns about")
    ('pay', 'earn')
    >>> verb_before("the costs of"), verb_before("Even with a")
    (None, None)
    """
    for m in reversed(list(_WORD.finditer(text))):
        word = m.group("word")
        if word.casefold() in lex.STOPWORDS:
            continue
        return _verb(word)
    return None
