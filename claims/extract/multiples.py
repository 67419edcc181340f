"""Casualties told by the name of the crime: "a double homicide" (two dead), "the triple
murder" (three), "an apparent double murder-suicide" (three: the killer too), "a
quadruple shooting" (four shot)."""

from __future__ import annotations

import re

from claims.extract.reading import _EVENT_OF_KIND, _Reading
from claims.extract.words import _alternation
from claims.lexicon import claims as lex
from claims.model import Quantity, QuantityMention

#: A multiplier and the crime it counts: "double homicide", "triple-homicide",
#: "double murder-suicide"; a plural ("two double homicides") counts more than one crime
#: and is left alone.
MULTIPLE_CRIME = re.compile(
    rf"""
    \b(?P<times>{_alternation(lex.MULTIPLE_WORDS)})[ -]
    (?P<crime>{_alternation(lex.MULTIPLE_NOUNS)})
    (?P<plural>s|es)?\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Words right before the multiplier that say the crime did not happen: "the attempted
#: double murder", "a threatened triple homicide".
_NOT_DONE = ("attempted", "attempt", "threatened", "planned", "foiled")


def _multiple_crimes(
    sentence: str, taken: list[tuple[int, int]]
) -> list[tuple[QuantityMention, _Reading]]:
    """The casualties of each crime the sentence names by a multiplier, one claim each
    (spans that overlap `taken`, the sentence's other casualty claims, are skipped)."""
    found: list[tuple[QuantityMention, _Reading]] = []
    lowered = sentence.lower()
    if not any(word in lowered for word in lex.MULTIPLE_WORDS):
        return found
    for match in MULTIPLE_CRIME.finditer(sentence):
        start, end = match.span()
        if match.group("plural") or any(s < end and start < e for s, e in taken):
            continue
        if sentence[:start].rstrip().lower().endswith(_NOT_DONE):
            continue
        crime = " ".join(match.group("crime").lower().split())
        kind, more = lex.MULTIPLE_NOUNS[crime]
        n = lex.MULTIPLE_WORDS[match.group("times").lower()] + more
        value = Quantity(low=n, high=n, best=n, exact=True)
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, value, "count")
        found.append((mention, _Reading(kind, "victims", _EVENT_OF_KIND[kind], end)))
    return found
