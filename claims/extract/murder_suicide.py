"""A killer who dies by his own hand is one of the dead: "shot and killed his infant
daughter before turning the gun on himself" is two deaths, "killed four classmates and
himself" five, the headline "Man kills woman, her son, himself" three. The official
tolls of shootings (the Gun Violence Archive's) count the shooter; the victims' toll
stays a claim of its own."""

from __future__ import annotations

import re

from claims.extract.reading import _Reading
from claims.lexicon import claims as lex
from claims.lexicon import numbers as number_lex
from claims.model import Quantity, QuantityMention

#: The killer's own death in the clause after the victims' toll: "before turning the gun
#: on himself", "and then shot himself", "before setting the house on fire and killing
#: himself", "then committed suicide". No sentence end or semicolon on the way.
KILLER_DIES = re.compile(
    r"""
    [^.;!?]{0,100}?
    \b(?:before|then|and|later|after)\b
    [^.;!?]{0,60}?
    (?P<self>
      (?:kill(?:s|ed|ing)?|shoots?|shot|shooting|fatally[ ]+shooting
        |turn(?:s|ed|ing)?[ ]+(?:the|a|his|her)[ ]+(?:gun|weapon|rifle|shotgun|handgun|pistol)[ ]+on)
      [ ]+(?:him|her)self
      |committ(?:ed|ing)[ ]+suicide
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: The killer closing a list of the victims: "four classmates and himself", a headline's
#: "woman, her son, himself", "wife, 4 kids then himself", "infant daughter, self". The
#: members after the first are read one by one (`_members`).
SELF_CLOSES_LIST = re.compile(
    r"""
    (?:[ ]+[\w’'-]+)?                          # the noun an age or "infant" modified
    (?P<more>(?:,[ ]+[^,;:.!?]{1,40}?){0,5})
    (?:,[ ]*|[ ]+)(?:and[ ]+)?(?:then[ ]+)?
    (?P<self>(?:him|her)?self)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: One more member of a headline's list of victims: "her son", "4 Kids", "then
#: daughter" — a few words, the last a noun, no preposition or verb.
_MEMBER = re.compile(
    r"""
    (?:(?:and|then)[ ]+){0,2}
    (?:(?P<det>his|her|their|a|an|the)[ ]+)?
    (?:(?P<n>\d{1,2}|[a-z]+)[ ]+)?
    (?P<words>(?:[\w’'-]+[ ]+){0,2}?)
    (?P<noun>[\w’'-]+)
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Words that end a list member's phrase: the clause goes on ("in", "before", "after").
_NOT_IN_MEMBER = frozenset(
    "in at on by with from after before while during near outside inside was were is".split()
)


def _members(more: str) -> int | None:
    """How many people the list members after the first hold (", her son, 4 kids"):
    a number's count or one each; None when one of them is no victim's phrase."""
    total = 0
    for part in (p.strip() for p in more.split(",")):
        if part.lower() in ("", "then", "and", "and then"):
            continue  # ", then himself": the closing's own words
        match = _MEMBER.fullmatch(part)
        if match is None or _NOT_IN_MEMBER & set(part.lower().split()):
            return None
        n = match.group("n")
        if n is not None and (n.isdigit() or n.lower() in number_lex.CARDINALS):
            total += int(n) if n.isdigit() else number_lex.CARDINALS[n.lower()]
        elif n is not None and match.group("words"):
            return None  # "a man shot" is no member
        elif n is not None:
            total += 1  # "infant daughter": a modifier, not a number
        else:
            total += 1
    return total


def _with_the_killer(
    sentence: str, readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """The sentence's readings with the killer who died by his own hand added: one more
    claim past the largest toll of victims the killer's death follows ("killed four
    classmates and himself": five), spanning both; the killer's own death read alone
    ("then gunman kills himself": one) gives way to it."""
    lowered = sentence.lower()
    if "self" not in lowered and "suicide" not in lowered:
        return readings
    counted = [
        (m.start, max(m.end, r.end or 0))
        for m, r in readings
        if r.kind == "deaths" and "self" in m.text.lower() and not r.single
    ]
    best: tuple[float, QuantityMention, re.Match[str]] | None = None
    for mention, reading in readings:
        low, high = mention.quantity.low, mention.quantity.high
        if reading.kind != "deaths" or low is None or low != high:
            continue
        if reading.subject == lex.VICTIMS_LISTED and "self" in mention.text.lower():
            continue  # "his wife and himself": the killer is counted already
        end = max(mention.end, reading.end or 0)
        dies = _killer_dies_after(sentence, end)
        if dies is None or _dies_by_own_hand(sentence, mention.start, end, dies[0]):
            continue
        added = dies[1]
        if best is None or low + added > best[0]:
            best = (low + added, mention, dies[0])
    if best is None:
        return readings
    total, victims, dies = best
    if any(s <= dies.start("self") < e for s, e in counted):
        return readings  # "his wife and himself": a list read the killer already
    start, end = victims.start, dies.end("self")
    value = Quantity(low=total, high=total, best=total, exact=True)
    mention = QuantityMention(sentence[start:end], start, end, value, "count")
    # "then gunman kills himself" read alone as his death is inside the sum now
    kept = [
        (m, r)
        for m, r in readings
        if not (r.single and r.kind == "deaths" and m.start <= dies.start("self") < m.end)
    ]
    return [*kept, (mention, _Reading("deaths", lex.VICTIMS_LISTED, "killed", end))]


#: A toll whose victims are the subject of its verb: "3-year-old boy dies", "man killed".
_VICTIM_IS_SUBJECT = re.compile(
    r"""
    \b(?:dies|died|dead|killed|slain|shot|wounded|injured|hurt)[ ]*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A self-inflicted shot told as a clause with no subject of its own: "after
#: accidentally shooting", "before turning the gun on" (its subject is the main clause's).
_NO_SUBJECT_OF_ITS_OWN = re.compile(
    r"""
    [ ,]*(?:after|before|while)[ ]+(?:[a-z]+ly[ ]+)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _dies_by_own_hand(sentence: str, start: int, end: int, dies: re.Match[str]) -> bool:
    """ "3-year-old boy dies after accidentally shooting himself": the one who died is the
    one who shot himself (the toll is the verb's subject and the shot's clause has none
    of its own), so no killer is added to the toll."""
    shot = dies.group("self").split()[0].lower()
    return (
        shot.endswith("ing")
        and _VICTIM_IS_SUBJECT.search(sentence, start, end) is not None
        and _NO_SUBJECT_OF_ITS_OWN.fullmatch(sentence, end, dies.start("self")) is not None
    )


def _killer_dies_after(sentence: str, end: int) -> tuple[re.Match[str], int] | None:
    """The killer's death right after a toll ending at `end`, and how many it adds to
    it (the killer, and the other members of a headline's list before him)."""
    closing = SELF_CLOSES_LIST.match(sentence, end)
    if closing is not None and not _compound_self(sentence, closing):
        others = _members(closing.group("more"))
        if others is not None:
            return closing, others + 1
    dies = KILLER_DIES.match(sentence, end)
    if dies is not None and not _compound_self(sentence, dies):
        return dies, 1
    return None


def _compound_self(sentence: str, match: re.Match[str]) -> bool:
    """ "died of self-inflicted gunshot wound": "self" begins a compound word, no killer
    of himself (the patterns stay inside RE2, which has no lookahead)."""
    return sentence[match.end("self") : match.end("self") + 1] == "-"
