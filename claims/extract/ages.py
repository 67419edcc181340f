"""Whose age an age is: the person a sentence names right beside it.

"Angela D. Harrison, 35,", "Michael Ballour, age 41", "Tyajah Nelson (16)" and "52-year-old
Linda Perez" name their person; "a man, 35," and "a 23-year-old" do not. Comparison lines
up ages only by person, so two people's ages never meet as rival figures."""

from __future__ import annotations

import re

from claims.extract.places import _canonical_place
from claims.lexicon import claims as lex
from claims.lexicon.places import STATE_ABBREVIATIONS
from claims.model import QuantityMention

#: How far before an age its person's name may start.
AGE_NAME_WINDOW = 60
#: A name just before an age: "Angela D. Harrison, 35", "Adams, age 27", "Nelson (16)".
AGED_NAME_BEFORE = re.compile(
    r"""
    (?P<name>[A-Z][\w’'-]*\.?                             # a capitalised word or an initial
      (?:[ ](?:[A-Z][\w’'-]*\.?|de|da|del|van|von|la|le|al|bin|el)){0,4})  # the rest of it
    (?:,[ ]*|[ ]*\([ ]*)(?:aged?[ ]+)?                    # the comma or bracket, "age"
    $
    """,
    re.VERBOSE,
)
#: A name just after an age: "35-year-old Linda Perez".
AGED_NAME_AFTER = re.compile(
    r"""
    [ ]+(?P<name>[A-Z][\w’'-]*\.?(?:[ ](?:[A-Z][\w’'-]*\.?|de|van|von|la|al)){0,3})
    """,
    re.VERBOSE,
)


def _aged_person(sentence: str, mention: QuantityMention) -> str | None:
    """The name of the person whose age `mention` is, or None when the sentence names
    nobody beside it (or names a place: "Columbus, Ohio, 35 years")."""
    window = sentence[max(0, mention.start - AGE_NAME_WINDOW) : mention.start]
    match = AGED_NAME_BEFORE.search(window)
    if match is None and "old" in mention.text:
        match = AGED_NAME_AFTER.match(sentence, mention.end, mention.end + AGE_NAME_WINDOW)
    if match is None:
        return None
    # a suffix stays: "Dwayne Jackson Jr., 10" is not "Dwayne Jackson, 50"
    words = match.group("name").split()
    if words and words[0].lower() in lex.NOT_NAME_STARTS:
        words = words[1:]
    named = [w for w in words if w.rstrip(".").lower() not in lex.NAME_SUFFIXES]
    if not named or len(named[-1].rstrip(".")) < 2:
        return None
    name = " ".join(words)
    if len(words[-1]) > 2:
        name = name.rstrip(".")  # the sentence's full stop, not an initial's
    if _canonical_place(" ".join(named)) is not None or name in STATE_ABBREVIATIONS:
        return None
    return name
