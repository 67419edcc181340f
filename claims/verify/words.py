"""Words reduced to what they mean for matching: a lemma, a crude stem, then a synonym's
head.

"killed", "kills", "died" and "deaths" all read as one word; "jobless" and
"unemployment" too; "went" is "go" and "given" is "give" (lemminflect's English lemma
dictionary: its verb lemma first, then its noun lemma). The tables are in
claims/lexicon/words.py, and the verifier's own synonyms in claims/verify/lexicon.py.
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas

from claims.lexicon import words as lex
from claims.verify import lexicon as vocab

_WORD = re.compile(
    r"""
    [^\W\d_]+(?:['’][^\W\d_]+)?   # a run of letters, with an inner apostrophe (it's)
    """,
    re.VERBOSE,
)

#: suffixes stripped, longest first, when enough of the word is left
_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", ""))


def _lemma(word: str) -> str:
    """The dictionary's lemma: the word itself when it is one ("wound", "shot"), else a
    verb's ("went" -> "go"), else a noun's ("crises" -> "crisis"); the lexicon's
    irregular forms and the verifier's abbreviations ("pts") come first."""
    if word in lex.IRREGULAR:
        return lex.IRREGULAR[word]
    if word in vocab.ABBREVIATIONS:
        return vocab.ABBREVIATIONS[word]
    lemmas = getAllLemmas(word)
    if any(word in forms for forms in lemmas.values()):
        return word
    for pos in ("VERB", "NOUN", "ADJ"):
        if lemmas.get(pos):
            return lemmas[pos][0]
    return word


def in_dictionary(word: str) -> bool:
    """Whether the English lemma dictionary knows a word ("peak", "Dutch"): one it does
    not know ("Kanchenjunga", "Parmalat") is a name even where a capital proves nothing.

    >>> in_dictionary("Peak"), in_dictionary("Kanchenjunga")
    (True, False)
    """
    w = word.casefold()
    return w in lex.IRREGULAR or bool(getAllLemmas(w))


def _stem(word: str) -> str:
    w = _lemma(word)
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: -len(suffix)] + repl
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # runn -> run, stopp -> stop
    return w


def _synonym_heads() -> dict[str, str]:
    heads: dict[str, str] = {}
    for group in (*lex.SYNONYMS, *vocab.SYNONYMS):
        head = heads.get(_stem(group[0]), _stem(group[0]))
        for member in group:
            heads.setdefault(_stem(member), head)
    return heads


_HEADS = _synonym_heads()
_STOP = frozenset(_stem(w) for w in lex.STOPWORDS) | lex.STOPWORDS | vocab.HONORIFICS


@cache
def meaning(word: str) -> str:
    """The form a word is matched by: its stem, or its synonym group's head.

    >>> meaning("killed") == meaning("deaths") == meaning("died")
    True
    >>> meaning("jobless") == meaning("unemployment")
    True
    """
    stem = _stem(word.casefold())
    return _HEADS.get(stem, stem)


def content_words(text: str) -> frozenset[str]:
    """The meanings of a text's words that say something (no function words, no titles
    before a name).

    >>> sorted(content_words("Three Swedes were arrested in Brussels"))
    ['arrest', 'brussel', 'swed']
    """
    out = set()
    for m in _WORD.finditer(text):
        word = m.group().casefold()
        if word in lex.STOPWORDS or word in vocab.HONORIFICS or len(word) < 2:
            continue
        w = meaning(word)
        if w not in _STOP:
            out.add(w)
    return frozenset(out)
