"""Numbers that are not counts: a person's age beside their name, a street address, an
emergency number."""

from __future__ import annotations

import re

from claims.extract.words import _Word
from claims.lexicon import claims as lex
from claims.model import QuantityMention

#: The oldest age read from a bare number between commas.
MAX_AGE = 110


#: An age written beside a person rather than a count: "Jermaine Sims, 31, died",
#: "a boy, 3,", "who are 9 and 14 years old", "aged 23".
AGE_BEFORE = re.compile(
    r"""
    (?:(?P<name>[A-Za-z][\w’'.-]{0,40}),[ ]*|\((?P<paren>)
      |\b(?P<aged>aged?|ages)(?:[ ]+of)?                # "between the ages of 18 and 23"
        (?:[ ]+\d{1,3}(?:[ ]*,|[ ]+(?:and|to|or)))?[ ]+  #  (GVC dev ddc12699): both ages
      |,[ ]*(?P<both>both|each|all)[ ]+)$              # "Two men, both 19, were shot"
    """,
    re.VERBOSE,
)


AGE_AFTER = re.compile(
    r"""
    ^(?:[ ]*[,);]                                      # "Nicholas Lee Powers, 30;"
      |[ ]+(?:(?:and|or|to)[ ]+\w+[ ]+)?(?:years?|months?|weeks?)[ -]old\b
      |[ ]+of[ ]+[A-Z]                                  # "Jamaine Sutton, 32 of Dunbar"
      |[ ]+all[ ]                                       # "and Jerry Coleman, 31 all died"
    )
    """,
    re.VERBOSE,
)


#: How far before a number `AGE_BEFORE` can start, past the spaces just before the
#: number: a name of up to 41 characters and its comma (or "ages"), and one more.
_AGE_BEFORE_REACH = 43

#: How far after a number, past the whitespace just after it, the tests below look: far
#: more than the longest real `AGE_AFTER` ("and twenty years-old").
_AGE_AFTER_REACH = 100

#: The whitespace right after a number.
_GAP = re.compile(r"\s*")


def _is_age(sentence: str, mention: QuantityMention) -> bool:
    """Whether a bare number is someone's age: "Jermaine Sims, 31, died", "a boy, 3,",
    "(16)", "who are 9 and 14 years old", "aged 23"."""
    # Both sides are windows around the number (what the patterns can reach), so the
    # work per number is bounded however long the sentence; the spaces beside a number
    # are skipped first, and each space lies beside one number only.
    reach_back = mention.start
    while reach_back > 0 and sentence[reach_back - 1] == " ":
        reach_back -= 1
    before = AGE_BEFORE.search(sentence, max(0, reach_back - _AGE_BEFORE_REACH), mention.start)
    gap_end = _GAP.match(sentence, mention.end).end()  # type: ignore[union-attr]
    after = sentence[mention.end : gap_end + _AGE_AFTER_REACH]
    if before is None:
        return AGE_AFTER.match(after) is not None and not after.lstrip().startswith((",", ")"))
    if before.group("aged") is not None:
        return True
    if before.group("paren") is not None:
        return after.startswith(")")
    if before.group("both") is not None:
        return (
            after.lstrip().startswith(",")
            and mention.text.isdigit()
            and int(mention.text) <= MAX_AGE
        )
    name = before.group("name")
    person = (
        name[0].isupper()
        or name.lower() in lex.VICTIM_NOUNS
        or name.lower() in lex.PERSON_NOUNS
        # "One of the alleged robbers, 34, was shot": a bare age between commas
        or (mention.text.isdigit() and int(mention.text) <= MAX_AGE)
    )
    if person and AGE_AFTER.match(after) is not None:
        return True
    # the last of a list of victims ends the sentence: "... and Tyajah Nelson, 18."
    return (
        name[0].isupper()
        and " and " in sentence[max(0, before.start() - 40) : before.start()]
        and after.strip() in ("", ".")
        and mention.text.isdigit()
        and int(mention.text) <= MAX_AGE
    )


#: The word right before a number.
_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Za-z]+)[ ]+$")


def _not_a_count(
    sentence: str, words: list[_Word], first_after: int, mention: QuantityMention
) -> bool:
    """Digits that name rather than count: a street address ("2106 W. 4750 South,"),
    an emergency number ("a 911 call")."""
    if not mention.text.isdigit():
        return False
    before = _WORD_BEFORE.search(sentence, max(0, mention.start - 12), mention.start)
    if before is not None and mention.text in lex.NUMBER_NAMED_AFTER.get(
        before.group("word").lower(), ()
    ):
        return True  # "called 911"
    if first_after >= len(words):
        return False
    following = words[first_after]
    if (
        following.lower in lex.NUMBER_NAMED_BY
        and mention.text in lex.NUMBER_NAMED_BY[following.lower]
    ):
        return True
    if following.lower.rstrip(".") in lex.COMPASS_WORDS:
        rest = sentence[following.end : following.end + 2].lstrip(". ")
        return rest[:1].isdigit() or rest[:1] in (",", ";", "") or following.text.endswith(".")
    return following.text.rstrip(".") in lex.STREET_WORDS
