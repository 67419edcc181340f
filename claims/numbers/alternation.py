"""Regex text built from the lexicon's word lists: longest-first alternations, prefix trees,
cased and reversed forms (every pattern of the package is made with these)."""

from __future__ import annotations

import re

from claims.prefix_tree import folded_prefix_tree


def _alternation(words, *, escape: bool = True) -> str:
    """Words as one alternation, longest first so that "seventy" wins over "seven"."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join((re.escape(w) if escape else w).replace(r"\ ", r"\s+") for w in ordered)


def _folded_trie(words) -> str:
    """Words for a case-insensitive (?i:...) group: a prefix tree of their lower-case
    forms, a space read as whitespace (as `_alternation` reads it); the flat
    alternation for words outside ASCII."""
    words = list(words)
    return folded_prefix_tree(words) or _alternation(words)


def _cased(words) -> list[str]:
    """Each word as written, in lower case, Capitalized and UPPER case."""
    out: list[str] = []
    for word in words:
        out += [word, word[:1].upper() + word[1:], word.upper()]
    return out


def _reversed(words) -> list[str]:
    return [w[::-1] for w in words]
