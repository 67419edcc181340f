"""Syndication: articles that share many near-identical long sentences are copies of
one wire story."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from claims.compare.names import _WORD
from claims.compare.settings import (
    SENTENCE_MATCH,
    SENTENCE_MIN_WORDS,
    SHINGLE_MAX_ARTICLES,
    SYNDICATION_MIN_SHARE,
    SYNDICATION_MIN_SHARED,
)
from claims.compare.unionfind import _find, _union
from claims.model import Article

_SENTENCE_BREAK = re.compile(
    r"""
    [.!?]+ ["”’)\]]* \s+   # a full stop, question or exclamation mark, closing quotes, space
    | \n+                  # or a line break: headlines and furniture stand on their own lines
    """,
    re.VERBOSE,
)


def _sentences(text: str) -> list[str]:
    """The long sentences of `text`, lower-cased words joined by single spaces."""
    out = []
    for piece in _SENTENCE_BREAK.split(text):
        words = _WORD.findall(piece.casefold())
        if len(words) >= SENTENCE_MIN_WORDS:
            out.append(" ".join(words))
    return out


def _syndication(articles: Sequence[Article]) -> tuple[tuple[str, ...], ...]:
    """Groups of article ids that are copies of one story, each sorted, in id order.

    Candidates are found through an inverted index of a few word 4-grams per sentence
    (its first, middle and last: a copy edited here and there still shares most of
    them), so a large check neither compares every pair of articles nor holds every
    4-gram; candidates are confirmed sentence by sentence with rapidfuzz.
    """
    sentences = [_sentences(a.text) for a in articles]
    index: dict[str, list[int]] = defaultdict(list)
    for n, sents in enumerate(sentences):
        for sentence in sents:
            words = sentence.split()
            for k in {0, (len(words) - 4) // 2, len(words) - 4}:
                holders = index[" ".join(words[k : k + 4])]
                if not holders or holders[-1] != n:
                    holders.append(n)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        if 1 < len(holders) <= SHINGLE_MAX_ARTICLES:
            for x, first in enumerate(holders):
                for second in holders[x + 1 :]:
                    shared[first, second] += 1
    del index
    parent = list(range(len(articles)))
    for (a, b), count in sorted(shared.items()):
        if count >= SYNDICATION_MIN_SHARED and _copies(sentences[a], sentences[b]):
            _union(parent, a, b)
    members: dict[int, list[str]] = defaultdict(list)
    for n, article in enumerate(articles):
        members[_find(parent, n)].append(article.id)
    return tuple(sorted(tuple(sorted(ids)) for ids in members.values() if len(ids) > 1))


def _copies(first: list[str], second: list[str]) -> bool:
    shorter, longer = sorted((first, second), key=len)
    if not shorter:
        return False
    # enough of the shorter's sentences found in the longer: stop as soon as that is
    # settled either way (the answer is the same as matching every sentence)
    need = max(SYNDICATION_MIN_SHARED, math.ceil(SYNDICATION_MIN_SHARE * len(shorter)))
    matched = 0
    verbatim = set(longer)  # a sentence copied whole scores 100: no fuzzy search for it
    for n, sentence in enumerate(shorter):
        if matched + len(shorter) - n < need:
            return False
        if sentence in verbatim:
            matched += 1
        else:
            found = process.extractOne(
                sentence, longer, scorer=fuzz.ratio, score_cutoff=SENTENCE_MATCH
            )
            matched += found is not None
        if matched >= need:
            return True
    return False
