"""Votes: a count of countries or members with a vote word after it, and what they voted on."""

from __future__ import annotations

from claims.extract.words import _Word
from claims.lexicon import claims as lex


def _vote_word_after(words: list[_Word], first_after: int) -> tuple[str | None, str | None]:
    """A vote: countries/members counted with a vote word in the sentence after them.
    Its kind and event; (None, None) when there is none."""
    for w in words[first_after : first_after + 12]:
        if lex.CASUALTY_WORDS.get(w.lower) == "vote":
            return "vote", "voted"
    return None, None


def _vote_object(sentence: str, words: list[_Word], after: int) -> str | None:
    """ "voted on the UN Security Council resolution" -> "UN Security Council resolution"."""
    for i in range(after, min(len(words), after + 12)):
        if words[i].lower == "voted" and i + 1 < len(words):
            j = i + 1
            if words[j].lower in ("on", "for", "against", "in"):
                j += 1
            if j < len(words) and words[j].lower in ("the", "a", "an"):
                j += 1
            collected: list[str] = []
            while j < len(words) and len(collected) < 5:
                collected.append(words[j].text)
                if words[j].lower in ("resolution", "bill", "motion", "measure", "law", "text"):
                    break
                j += 1
            return " ".join(collected) or None
    return None
