"""Who says so: the sources a sentence names ("according to ...", "activists said"),
the one nearest a claim, and whether it is quoted or hedged."""

from __future__ import annotations

import bisect
import re

from claims.extract.words import _padded_phrases, _Word
from claims.lexicon import claims as lex

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


_HEDGE_PHRASES = _padded_phrases(lex.HEDGES)


_SOURCE_WORDS = frozenset(
    """activists analysts officials authorities police witnesses residents groups group
    sources media agency agencies ministry spokesman spokeswoman council observatory
    monitors doctors medics hospital army military government regime opposition rebels
    state television figures observers experts investigators officers deputies coroner
    medical examiner department""".split()
)


#: A full stop run into the next sentence's first word ("website.The crime scene"): a
#: scraped page's missing space, where an "according to" source ends.
_RUN_ON_STOP = re.compile(
    r"""
    [a-z]{2}\.[A-Z]   # two lower-case letters, a full stop, a capital with no space
    """,
    re.VERBOSE,
)


def _bare(word: str) -> str:
    """A word without its trailing stops and possessive: "Ministry's" -> "ministry"."""
    return word.lower().rstrip(".,").removesuffix("'s").removesuffix("’s")


def _clean_source(words: list[str]) -> str | None:
    """The source as the report names it, or None when what stands there names no one:
    a verb or a word of time ("been", "flattened", "hours", "Even"), a date or a figure
    ("5 p.m. on Feb. 19, 2013")."""
    while words and words[0].lower() in ("the", "a", "an", "opposition's"):
        words = words[1:]
    while words and words[-1].lower().strip("()") in lex.SOURCE_TRAILERS:
        words = words[:-1]
    words = [w for w in words if not (w.startswith("(") and w.endswith(")"))]
    if any(w[:1].isdigit() for w in words):
        return None
    named = [
        w
        for w in words
        if _bare(w) in _SOURCE_WORDS or (w[:1].isupper() and _bare(w) not in lex.NOT_SOURCE_WORDS)
    ]
    if not named:
        return None
    text = " ".join(words).strip(" ,")
    return text or None


def _sources(sentence: str, words: list[_Word]) -> list[tuple[int, str]]:
    """The sources a sentence names ("according to U.N. figures", "opposition groups
    say"), by the offset of their cue, in order."""
    sources: list[tuple[int, str]] = []
    for match in ACCORDING_TO.finditer(sentence):
        named = match.group("source")
        if run_on := _RUN_ON_STOP.search(named):
            named = named[: run_on.start() + 2]
        source = _clean_source(_source_words(named, match.end(), sentence))
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


def _sentence_subject(sentence: str, words: list[_Word]) -> str | None:
    collected: list[str] = []
    for w in words[:6]:
        if w.lower in lex.AUXILIARIES or w.lower in lex.REPORTING_VERBS:
            break
        if not (w.text[0].isupper() or w.lower in _SOURCE_WORDS or w.lower == "the"):
            break
        collected.append(w.text)
    return _clean_source(collected)
