"""The text next to a number: the word before it, the word after it, the word at the end
of a stretch, and the end of the token a number is glued into."""

from __future__ import annotations

import re

#: The word before a number, read on the reversed text before it ("Route 66",
#: "August 21", "No. 10", "#1", "COMMENTS (1)", "no one", "in 2012").
_WORD_BEFORE = re.compile(
    r"""[\ \t\xa0]*                           # spaces
        (?P<mark>[\#(][\ \t\xa0]*)?            # "#" or "(" between word and number
        (?P<dot>\.)?                            # "No."
        (?P<word>[A-Za-z'-]*[A-Za-z])           # the word, reversed
    """,
    re.VERBOSE,
)


#: The word after a number (for "one of", "2012 people").
_WORD_AFTER = re.compile(r"[\ \t\xa0]*(?P<word>[A-Za-z][A-Za-z'-]*)")


#: What follows "a third", "a quarter": an "of" makes it a fraction, not an ordinal.
_FRACTION_OK_AFTER = re.compile(r"[\ \t\xa0]*(?:of\b|[.,;:!?)\]]|$)")


_WORD_AT_END = re.compile(r"(?P<word>[A-Za-z]+)[\ \t\xa0]*$")


def _word_after(text: str, pos: int) -> str | None:
    m = _WORD_AFTER.match(text, pos)
    return m.group("word").lower() if m is not None else None


def _word_before(text: str, start: int) -> tuple[str, str, str] | None:
    """(word, dot, mark) just before `start`: ("No", ".", ""), ("COMMENTS", "", "(")."""
    m = _WORD_BEFORE.match(text[max(0, start - 24) : start][::-1])
    if m is None:
        return None
    return m.group("word")[::-1], m.group("dot") or "", m.group("mark") or ""


def _skip_token_end(text: str, pos: int) -> int:
    """The end of the alphanumeric token around pos (to skip "W460", "3:35am")."""
    n = len(text)
    while pos < n and (
        text[pos].isalnum() or (text[pos] in ":.-/" and pos + 1 < n and text[pos + 1].isalnum())
    ):
        pos += 1
    return pos
