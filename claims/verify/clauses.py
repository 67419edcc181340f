"""Clauses: what a claim says beside its figures, and whether the sources say it too.

A claim is supported only when all of it is: "U.S. consumer spending weakest since
2009, inflation muted" says two things, and a source that says only the first leaves
the second open. The figures are weighed by `verdict`; here each clause of the claim
that states no figure (split at a comma, a semicolon, a colon, a dash, a bracket,
"while" or "but") is looked for in the sources' words. A clause most of whose content
words no source says ("inflation muted", "Capitalism to blame", "More Than Expected",
an outlet's "ADP:") is left unaddressed, and so is the claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.lexicon import words as lex
from claims.model import Article
from claims.text import parse_document
from claims.verify import lexicon as vocab
from claims.verify.evidence import Figure
from claims.verify.names import named
from claims.verify.words import content_words, meaning

#: The share of a figureless clause's content words the sources must say.
CLAUSE_COVERAGE = 0.5
#: At most this many content words make a headline's kicker or outlet ("Boom:",
#: "NYTimes:", "- BBC News", ": source").
TAG_WORDS = 3

_CLAUSE_BREAK = re.compile(
    r"""
    (?P<cut>[,;:]\s|\s[-–—:]+\s|\s[-–—]+$|\s(?i:while|whereas|but)\s)
    """,
    re.VERBOSE,
)
_SAYS = frozenset(meaning(w) for w in lex.ATTRIBUTION)


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    before: str  # the break before it ("" at the start)
    after: str  # the break after it ("" at the end)


def _clauses(text: str) -> list[_Clause]:
    """A text's clauses: its sentences, cut at the breaks of `_CLAUSE_BREAK`."""
    out = []
    for sentence in parse_document(text).sentences:
        at, cut = sentence.start, ""
        for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
            out.append(_Clause(at, m.start(), cut, m.group().strip()))
            at, cut = m.end(), m.group().strip()
        out.append(_Clause(at, sentence.end, cut, ""))
    return [c for c in out if text[c.start : c.end].strip()]


def _tag(clause: _Clause, words: frozenset[str], first: bool, last: bool) -> bool:
    """Whether a clause only says who says the rest: a headline's kicker or outlet before
    a colon or dash ("Boom:", "NYTimes:", "CNBC -"), an outlet or source after a colon or dash at the end
    ("- BBC News", ": source"), or an attribution ("Analysis Says", "IMF predicts")."""
    if words & _SAYS and len(words - _SAYS) <= TAG_WORDS - 1:
        return True
    if len(words) > TAG_WORDS:
        return False
    if first and clause.after[-1:] in (":", "-", "–", "—") and clause.after != "":
        return True
    return last and clause.before[:1] in (":", "-", "–", "—") and clause.before != ""


def unaddressed(
    claim: str, claim_figures: Sequence[Figure], sources: Sequence[Article]
) -> str | None:
    """The first clause of the claim that states no figure and that the sources do not
    say (less than `CLAUSE_COVERAGE` of its content words in any source), or None.

    >>> from claims import extract
    >>> unaddressed("Spending weakest since 2009, inflation muted", (),
    ...             [extract("Spending in December weakest since 2009")])
    'inflation muted'
    """
    said = frozenset().union(*(content_words(a.text) for a in sources))
    spans = [(f.start, f.end) for f in claim_figures]
    clauses = _clauses(claim)
    for i, c in enumerate(clauses):
        a, b = c.start, c.end
        if any(s < b and a < e for s, e in spans):
            continue
        words = content_words(claim[a:b])
        if not words or _tag(c, words, i == 0, i == len(clauses) - 1):
            continue
        matched = sum(1 for w in words if w in said or named(w, said))
        if matched < CLAUSE_COVERAGE * len(words):
            return claim[a:b].strip()
    return None


_RECORD = re.compile(
    rf"""
    \b(?P<record>(?i:{"|".join(sorted(w for g in vocab.RECORD_WORDS for w in g))}))\b
    (?:[\s-]{{1,3}}(?P<next>[^\W_]{{1,20}}))?   # the word after it: "first time"
    """,
    re.VERBOSE,
)
_TEXT_WORD = re.compile(
    r"""
    (?P<word>[^\W_]+)   # a word or a figure ("1st")
    """,
    re.VERBOSE,
)


def unsaid_record(claim: str, sources: Sequence[Article]) -> str | None:
    """A record the claim says and no source says ("for first time" against "30-Year
    Mortgage Rates in U.S. Fall Below 4%", RedditNLI 0150), or None; a source says it
    with any word of its group ("1st" is "first").

    >>> from claims import extract
    >>> unsaid_record("Rates fall below 4% for first time", [extract("Rates Fall Below 4%")])
    'first'
    >>> unsaid_record("Filings up 14% in first half of 2010", [extract("Filings up 14%")])
    """
    said = {m.group("word").casefold() for a in sources for m in _TEXT_WORD.finditer(a.text)}
    for m in _RECORD.finditer(claim):
        if (m.group("next") or "").casefold() not in vocab.RECORD_NEXT:
            continue
        word = m.group("record").casefold()
        group = next(g for g in vocab.RECORD_WORDS if word in g)
        if not group & said:
            return m.group("record")
    return None
