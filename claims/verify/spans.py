"""Spans: what a figure's own words say of it, before it is weighed.

Where a figure reached ("ticks up to 5.5%" is 5.5%, not a ceiling), whether it is an
increment or the rest of a whole ("another $215 billion", "the 20 other languages"),
whether a fraction is no figure but a period of the year ("the second half"), and a
claim's span cut to its own clause ("164,000 While Jobless Rate Falls" is "164,000").
"""

from __future__ import annotations

import dataclasses
import re

from claims.lexicon import words as lex
from claims.model import Claim, Quantity
from claims.verify import lexicon as vocab
from claims.verify.words import content_words, meaning

_RISE = meaning("rise")
_CHANGE = frozenset(meaning(w) for w in lex.CHANGE_VERBS)
_LAST_WORD = re.compile(
    r"""
    (?P<word>[^\W\d_]+)\W*$    # the last word before a figure, and what follows it
    """,
    re.VERBOSE,
)


def reached(text_before: str, span: str, value: Quantity | None) -> Quantity | None:
    """A figure as read here: "ticks up to 5.5%" is where the rate got to (5.5%), not a
    ceiling; after any other word "up to" stays a bound ("cut up to 15,000 jobs")."""
    if value is None or value.best is None or not span.casefold().startswith("up to "):
        return value
    m = _LAST_WORD.search(text_before[-40:])
    if m is None:
        return value
    word = meaning(m.group("word").casefold())
    if word != _RISE and word not in _CHANGE:
        return value
    return dataclasses.replace(
        value, low=value.best, high=value.best, exact=True, bound=False, ceiling=None
    )


_WORDS = re.compile(
    r"""
    (?P<word>[^\W\d_]+)        # a word (figures and signs between words are skipped)
    """,
    re.VERBOSE,
)


_FALL = meaning("fall")
#: How many words before "by" a change's verb may stand ("increase production by").
CHANGE_REACH = 3


def _changed_by(before: list[str]) -> bool:
    """Whether the words before a figure end in a change's "by": "increase production
    by", "rose by", "cut costs by"."""
    if before[-1:] != ["by"]:
        return False
    heads = {meaning(w) for w in before[-1 - CHANGE_REACH : -1]}
    return bool(heads & ({_RISE, _FALL} | _CHANGE))


def part_of_more(text_before: str, span: str) -> str | None:
    """Whether a figure is an increment ("another $215 billion", "two more rate hikes"),
    the rest of a whole ("the 20 other official languages", "the other 980"), or the
    amount of a change ("increase production by 1.5 million barrels a day"): "more",
    "other", "change" or None. "wounded 80 others" is no rest of the wounded (they are
    others than the dead), so "other" counts only after "the" and before a noun.

    >>> part_of_more("may need ", "another $215 billion"), part_of_more("", "more than 1,000")
    ('more', None)
    >>> part_of_more("in addition to the ", "20 other languages"), part_of_more("and ", "80 others")
    ('other', None)
    >>> part_of_more("unless we can increase production by ", "1.5 million barrels")
    'change'
    """
    last = [m.group("word").casefold() for m in _WORDS.finditer(text_before[-40:])]
    before = last[-2:]
    words = [m.group("word").casefold() for m in _WORDS.finditer(span)]
    definite = before[-1:] == ["the"] or before == ["the", "other"]
    if definite and ("other" in words[:-1] or before == ["the", "other"]):
        return "other"
    for i, word in enumerate(before[-1:] + words):
        following = (before[-1:] + words + [""])[i + 1]
        if word in lex.INCREMENT_WORDS and not (word == "more" and following == "than"):
            return "more"
    return "change" if _changed_by(last) else None


_SPAN_CLAUSE = re.compile(
    rf"""
    \s(?P<word>(?i:{"|".join(sorted(vocab.CLAUSE_WORDS))}))\s   # a conjunction in a span
    """,
    re.VERBOSE,
)


def own_clause(c: Claim) -> tuple[str, frozenset[str]]:
    """A claim's span and subject within its own clause: "164,000 While Jobless Rate
    Falls" is "164,000", counting nothing the next clause says (RedditNLI 0058)."""
    subject = content_words(c.subject or "") - {"list"}
    m = _SPAN_CLAUSE.search(c.text)
    if m is None:
        return c.text, subject
    text = c.text[: m.start()]
    return text, subject & content_words(text)


_ORDINAL_BEFORE = re.compile(
    rf"""
    \b(?P<ordinal>(?i:{"|".join(sorted(vocab.PERIOD_ORDINALS))}))
    [\s-]{{1,3}}$   # the ordinal right before: "the second half", "first-quarter"
    """,
    re.VERBOSE,
)


def period(text_before: str, span: str) -> bool:
    """Whether a fraction names a period of the year, not a figure: "half" in "the
    second half of the year" (RedditNLI 0020), "quarter" in "first-quarter growth".

    >>> period("in the second ", "half"), period("", "half of those deaths")
    (True, False)
    """
    if span.casefold() not in vocab.PERIOD_PARTS:
        return False
    return _ORDINAL_BEFORE.search(text_before[-20:]) is not None
