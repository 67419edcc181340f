"""Whether a word is an English noun: the part-of-speech source that lets any counted noun
("Twelve Marines were killed", "11 crew members died") be a toll's subject, not only
the lexicon's person nouns.

The source is lemminflect's English lemma dictionary (its own data, shipped in the
wheel): a word is a noun when the dictionary holds a noun lemma for it. The dictionary
loads on the first look-up (about 0.3 s, once a process), so articles with no counted
noun next to a casualty word never pay for it.
"""

from __future__ import annotations

from functools import lru_cache

from claims.lexicon import claims as lex


@lru_cache(maxsize=8192)
def _is_noun(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (lower-case) as a noun form:
    "marines", "crew", "members" are; "seriously", "were", "killed" are not."""
    from lemminflect import getAllLemmas  # loads its dictionary on first use

    return bool(getAllLemmas(word, upos="NOUN"))


def _may_be_casualties(head: str | None) -> bool:
    """Whether a counted noun can be the subject or object of a casualty verb: a person
    noun of the lexicon, or any noun the part-of-speech source knows. None (a bare
    number) can be too."""
    return head is None or head in lex.PERSON_NOUNS or _is_noun(head)


@lru_cache(maxsize=8192)
def _is_plural_noun(word: str) -> bool:
    """Whether `word` (lower-case) is a noun form whose lemma differs from it: a plural
    ("officers", "authorities"), not a singular noun that is also a surname ("smith")."""
    from lemminflect import getAllLemmas

    return any(lemma != word for lemma in getAllLemmas(word, upos="NOUN").get("NOUN", ()))
