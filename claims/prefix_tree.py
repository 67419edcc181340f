"""Word lists as prefix-tree regex alternations, shared by the number and date readers.

A flat alternation ("seventy|seven|...") makes Python's engine try every word at every
position; a prefix tree ("seven(?:ty)?") rejects a position after one comparison per
branch. The matches are the same as a longest-first flat list: two words that match at
one place are always one a prefix of the other, and the tree's greedy optional tails
take the longer, as the longest-first list does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["folded_prefix_tree", "prefix_tree"]


def prefix_tree(words: Iterable[str], *, space: str = r"\ ") -> str:
    r"""`words` as one prefix-tree alternation (no outer group); `space` is what a space
    inside a word reads as (a literal space, or r"\s+")."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            (space if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def folded_prefix_tree(words: Iterable[str]) -> str | None:
    """For a case-insensitive (?i:...) group: the prefix tree of the words' lower-case
    forms, a space read as any whitespace; None when a word is not ASCII, since case
    folding outside ASCII pairs distinct letters ("µ", "μ") and the caller must keep a
    flat list."""
    lowered = {word.lower() for word in words}
    if not all(word.isascii() for word in lowered):
        return None
    return prefix_tree(lowered, space=r"\s+")
