"""Victims listed by "and" are one toll: the groups of a list ("two women and a man"),
what befell them, and the sum of their counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.casualties import _LIST_VERBS, _LISTED_KINDS, _UNREALIZED
from claims.extract.reading import _EVENT_OF_KIND, _ONE, _Reading
from claims.extract.victim_patterns import _VICTIM_ADVERBS, AGE_NOUN
from claims.extract.words import _NEXT_WORD, _alternation, _first_starting_at, _Word
from claims.lexicon import claims as lex
from claims.model import Quantity, QuantityMention

#: The casualty verbs that may follow a list of victims: the singular victim's verbs and
#: the past participles of the casualty words ("arrested", "evacuated").
_CONJOINED_VERBS: dict[str, str] = {
    **{w: k for w, k in lex.CASUALTY_WORDS.items() if k != "vote" and w.endswith("ed")},
    **lex.VICTIM_VERBS,
}


#: What follows a list of victims joined by "and" and says what befell them: "two women
#: and a man were killed", "a man and a woman were shot and killed", "... were shot".
CONJOINED_TAIL = re.compile(
    rf"""
    [ ]+(?:who[ ]+)?
    (?P<aux>(?:were|are|have[ ]+been|had[ ]+been|was|got)[ ]+)?
    (?P<adverbs>(?:(?:{"|".join(_VICTIM_ADVERBS)})[ ]+){{0,2}})
    (?:found[ ]+)?                                     # "were found shot to death"
    (?P<verb>{_alternation(_CONJOINED_VERBS)}|shot)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: Words before one victim of a list that make one person of a singular noun.
_ONE_PERSON_DETERMINERS = frozenset("a an one his her their another".split())


def _plurals(nouns: frozenset[str]) -> frozenset[str]:
    """The plurals of singular nouns, from the part-of-speech source ("sons", "wives")."""
    from lemminflect import getInflection

    return frozenset(form for noun in nouns for form in getInflection(noun, "NNS"))


#: The nouns a listed group may count: people, a victim of one, and their plurals ("his
#: wife and three sons", GVC dev misses 2026-12).
_LISTED_NOUNS = lex.PERSON_NOUNS | lex.VICTIM_NOUNS | _plurals(lex.VICTIM_NOUNS)

#: A modifier that may open a later member of a list whose article the first gave: an
#: age ("a 16-year-old male and 20-year-old woman").
_SHARED_ARTICLE_MODIFIER = re.compile(r"\d{1,3}-(?:year|month|week)s?-old")

#: The killer among the victims listed: "his wife and himself".
_SELF_WORDS = frozenset({"himself", "herself"})


#: Adverbs that make a wound a death: "were fatally shot", "mortally wounded".
_FATAL_ADVERBS = frozenset({"fatally", "mortally"})

#: The shooting verbs a fatal adverb before them makes deaths of the list after them.
_SHOT_VERBS = frozenset({"shot", "shoots", "shooting", "wounded", "wounding"})


@dataclass(frozen=True, slots=True)
class _Group:
    """One member of a list of victims: "two women", "a man", "his son"."""

    start: int
    end: int
    quantity: Quantity
    mention: QuantityMention | None
    after: int  # index of the word after it


def _victim_group(
    sentence: str, words: list[_Word], i: int, counts: dict[int, QuantityMention], first: bool
) -> _Group | None:
    if i >= len(words):
        return None
    mention = counts.get(words[i].start)
    nouns = _LISTED_NOUNS
    if mention is not None:
        j = _first_starting_at(words, mention.end)
        quantity = mention.quantity
    elif words[i].lower in _ONE_PERSON_DETERMINERS:
        j, quantity = i + 1, _ONE
    elif not first and (
        words[i].lower in _LISTED_NOUNS or _SHARED_ARTICLE_MODIFIER.fullmatch(words[i].lower)
    ):
        # "a man and woman", "a 16-year-old male and 20-year-old woman": the article
        # is shared
        j, quantity = i, _ONE
    elif not first and words[i].lower == "then" and i + 1 < len(words):
        # "killed his 4-year-old son and then himself"
        return _victim_group(sentence, words, i + 1, counts, first=False)
    elif not first and words[i].lower in _SELF_WORDS:
        # "killed four of his children, his wife and himself": the killer is one of them
        return _Group(words[i].start, words[i].end, _ONE, None, i + 1)
    else:
        return None
    previous_end = words[j - 1].end if j > i else words[i].start
    for k in range(j, min(len(words), j + 3)):  # up to two modifiers: "23-year-old"
        w = words[k]
        if sentence[previous_end : w.start].strip() or w.lower in ("and", "or"):
            return None
        if w.lower in nouns or _SHARED_ARTICLE_MODIFIER.fullmatch(w.lower):
            # "four adults and a 3-year-old": an age stands as the noun
            if w.lower in nouns or not _noun_follows(sentence, words, k):
                return _Group(words[i].start, w.end, quantity, mention, k + 1)
        previous_end = w.end
    return None


def _noun_follows(sentence: str, words: list[_Word], k: int) -> bool:
    """Whether a listed noun follows words[k] in the same phrase ("a 3-year-old boy")."""
    return (
        k + 1 < len(words)
        and not sentence[words[k].end : words[k + 1].start].strip()
        and words[k + 1].lower in _LISTED_NOUNS
    )


def _sum(quantities: list[Quantity]) -> Quantity:
    """People in a list of groups: the sum of their intervals."""
    lows = [None if q.low is None else float(q.low) for q in quantities]
    highs = [None if q.high is None else float(q.high) for q in quantities]
    bests = [None if q.best is None else float(q.best) for q in quantities]
    ceilings = [q.ceiling if q.ceiling is not None else q.high for q in quantities]
    ceilings = [None if c is None else float(c) for c in ceilings]
    return Quantity(
        low=None if None in lows else sum(lows),  # type: ignore[arg-type]
        high=None if None in highs else sum(highs),  # type: ignore[arg-type]
        best=None if None in bests else sum(bests),  # type: ignore[arg-type]
        exact=all(q.exact for q in quantities),
        approximate=any(q.approximate for q in quantities),
        vague=any(q.vague for q in quantities),
        bound=any(q.bound for q in quantities),
        # "at least three men and two women": the implied ceilings add up too
        ceiling=sum(ceilings) if None in highs and None not in ceilings else None,  # type: ignore[arg-type]
    )


def _victim_lists(
    sentence: str, words: list[_Word], readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """Victims listed by "and" are one toll: "killed two women and a man" is three
    deaths, "Two men and three women were killed" five, "a man and a woman were shot"
    two people shot. The listed counts' own readings give way to the sum."""
    if " and " not in sentence:
        return readings
    counts = {m.start: m for m, r in readings if m.dimension == "count" and r.subject != "age"}
    by_mention = {id(m): r for m, r in readings}
    merged: list[tuple[QuantityMention, _Reading]] = []
    used: set[int] = set()
    i = 0
    while i < len(words):
        first = _victim_group(sentence, words, i, counts, first=True)
        if first is None:
            i += 1
            continue
        groups = _listed_groups(sentence, words, counts, first)
        if groups is None:
            i = first.after
            continue
        last = groups[-1]
        befell = _what_befell(sentence, words, i, groups, by_mention)
        if befell is not None:
            kind, event = befell
            value = _sum([g.quantity for g in groups])
            if _appositive(sentence, groups):
                value = first.quantity  # "Two victims, a man and a woman, died": two
            mention = QuantityMention(
                sentence[first.start : last.end], first.start, last.end, value
            )
            merged.append((mention, _Reading(kind, lex.VICTIMS_LISTED, event, last.end)))
            used.update(id(g.mention) for g in groups if g.mention is not None)
        i = last.after
    if not merged:
        return readings
    kept = [(m, r) for m, r in readings if id(m) not in used]
    return sorted(kept + merged, key=lambda pair: pair[0].start)


def _appositive(sentence: str, groups: list[_Group]) -> bool:
    """Whether the groups after the first, set off by commas on both sides, name the
    people the first counts ("Two victims, a 25-year-old man and a 26-year-old man,
    died"): they add up to it."""
    first, rest = groups[0], groups[1:]
    if len(rest) < 2 or first.mention is None or sentence[first.end : rest[0].start].strip() != ",":
        return False
    if not sentence[rest[-1].end :].startswith(","):
        return False  # "two women, a man and a boy were killed": four, a list
    total = _sum([g.quantity for g in rest])
    return total.low is not None and total.low == first.quantity.low == first.quantity.high


def _listed_groups(
    sentence: str, words: list[_Word], counts: dict[int, QuantityMention], first: _Group
) -> list[_Group] | None:
    """The groups of a list that opens with `first`, joined by commas and closed by "and"
    ("two women, a boy and a man"), at most six; None when no "and" closes it."""
    groups = [first]
    while len(groups) < 6:
        k = groups[-1].after
        if k >= len(words):
            break
        gap = sentence[groups[-1].end : words[k].start].strip()
        if words[k].lower == "and" and gap in ("", ","):
            if k + 1 < len(words) and not sentence[words[k].end : words[k + 1].start].strip():
                following = _victim_group(sentence, words, k + 1, counts, first=False)
                if following is not None:
                    groups.append(following)
                    return groups
            break
        if gap == ",":
            following = _victim_group(sentence, words, k, counts, first=False)
            if following is None:
                break
            groups.append(following)
            continue
        break
    return None


def _what_befell(
    sentence: str,
    words: list[_Word],
    i: int,
    groups: list[_Group],
    by_mention: dict[int, _Reading],
) -> tuple[str, str | None] | None:
    """What befell the victims of a list starting at words[i], as a kind and an event:
    a casualty verb right before the list, or after it ("were shot and killed"), or
    what a listed count was already read as; None when nothing says."""
    first, last = groups[0], groups[-1]
    kind: str | None = None
    event: str | None = None
    # a casualty verb right before the list ...
    before = words[i - 1] if i > 0 else None
    prefix = sentence[: before.start].rstrip().lower() if before is not None else ""
    if (
        before is not None
        and before.lower in _LIST_VERBS
        and not sentence[before.end : first.start].strip()
        and not f"{prefix} {before.lower}".endswith(_UNREALIZED)
    ):
        kind = _LIST_VERBS[before.lower]
        event = _EVENT_OF_KIND[kind]
    elif (
        before is not None
        and before.lower in _SHOT_VERBS
        and prefix.endswith(tuple(_FATAL_ADVERBS))
        and not sentence[before.end : first.start].strip()
    ):
        kind, event = "deaths", "killed"  # "fatally shot his wife and two children"
    # ... or after it ("were shot and killed") ...
    tail = CONJOINED_TAIL.match(sentence, last.end)
    if kind is None and tail is not None:
        verb = " ".join(tail.group("verb").lower().split())
        following = _NEXT_WORD.match(sentence, tail.end())
        active = tail.group("aux") is None and (
            following is not None and following.group("word").lower() in lex.OBJECT_STARTERS
        )
        if not active:
            kind = _CONJOINED_VERBS.get(verb, "shot")
            if kind in ("shot", "injuries") and _FATAL_ADVERBS & set(
                tail.group("adverbs").lower().split()
            ):
                kind = "deaths"  # "six children and two adults were fatally shot"
            event = _EVENT_OF_KIND.get(kind, "shot")
    # ... or what a listed count was already read as
    if kind is None:
        listed = [by_mention[id(g.mention)] for g in groups if g.mention is not None]
        known = [r for r in listed if r.kind in _LISTED_KINDS]
        if known:
            kind, event = known[0].kind, known[0].event
    if kind is None:
        return None
    return kind, event


#: What stands between two victims told one by one in a clause joined by "and" (", and",
#: "at the scene and"): words, commas and spaces, an "and", no sentence's end (a glued
#: "website.The crime scene" may tell of the same victim again).
_JOINED = re.compile(r"[^.;:!?]*\band\b[^.;:!?]*")


def _one_by_one(
    sentence: str, ones: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """Victims told one by one in a sentence are their sum, of each kind: "Joshua Haber,
    19, died at the scene, and Josh Williams, 20, ... died later" is 2 deaths; "A
    7-year-old girl was grazed by a bullet, and a man was shot in the leg" 2 injuries.
    The casualties of one (`ones`: a victim noun or a name, never a pronoun) do not
    overlap and are joined by "and" in one clause, so they are different people. Like a
    list, the sum is a part of the toll."""
    out: list[tuple[QuantityMention, _Reading]] = []
    for kind in ("deaths", "injuries"):
        mine = sorted((m for m, r in ones if r.kind == kind), key=lambda m: m.start)
        people = sum(int(m.quantity.low or 0) for m in mine)
        if len(mine) < 2 or not all(
            _JOINED.fullmatch(sentence[a.end : b.start])
            for a, b in zip(mine, mine[1:], strict=False)
        ):
            continue
        start, end = mine[0].start, mine[-1].end
        value = Quantity(low=people, high=people, best=people, exact=True)
        mention = QuantityMention(sentence[start:end], start, end, value, "count")
        out.append((mention, _Reading(kind, lex.VICTIMS_LISTED, _EVENT_OF_KIND[kind], end)))
    return out


#: The people a headline's bare group names: a noun of one, a plural, "couple" (two).
_HEADLINE_GROUP_NOUNS = {
    **{noun: 1 for noun in lex.VICTIM_NOUNS},
    **{
        noun: 0
        for noun in _plurals(lex.VICTIM_NOUNS) | lex.PERSON_NOUNS
        if noun.endswith(("s", "en"))
    },
    "couple": 2,
    "adult": 1,
    "adults": 0,
}

#: One group of a headline's list: "2 children", "young child", "10-month-old", "Man".
_HEADLINE_GROUP = rf"""
    (?:(?:\d{{1,2}}|{_alternation(lex.HEADLINE_CARDINALS)})[ ]+)?
    (?:(?:young|teen|elderly|infant|baby|adult|teenage|his|her|their)[ ]+)?
    (?:{_alternation(_HEADLINE_GROUP_NOUNS)}|{AGE_NOUN})
"""

#: A headline that lists its dead with no articles: "Father, daughter found dead in Fort
#: Worth home", "Husband and wife dead", "Mother, 2 children found dead", "2-year-old and
#: 10-month-old killed in Bucksport murder-suicide" (GVC dev titles, 2026-12).
HEADLINE_LIST = re.compile(
    rf"""
    ^(?:[\w’'-]{{1,20}}:[ ]+)?                           # "Police: ", "UPDATE: "
    (?P<list>{_HEADLINE_GROUP}(?:,[ ]+{_HEADLINE_GROUP}){{0,3}}
      (?:,?[ ]+and[ ]+|,[ ]+|[ ]+&[ ]+){_HEADLINE_GROUP})
    [ ]+(?:(?:are|were|found|both|all)[ ]+){{0,2}}
    (?P<verb>dead|killed|slain|shot[ ]+dead|shot[ ]+to[ ]+death|die|died|murdered)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

_GROUP = re.compile(_HEADLINE_GROUP, re.VERBOSE | re.IGNORECASE)


def _headline_lists(
    sentence: str, readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """The headline's readings with its list of the dead read as their sum, in place of
    the listed counts ("Mother, 2 children found dead": three, not "2 children"); a
    plural with no number ("Couple, children dead") counts nobody knows how many, and
    the list is left alone."""
    match = HEADLINE_LIST.match(sentence)
    if match is None:
        return readings
    start, end = match.start("list"), match.end("verb")
    total = 0
    for group in _GROUP.finditer(match.group("list")):
        words = group.group().lower().split()
        n = words[0] if len(words) > 1 else None
        people = _HEADLINE_GROUP_NOUNS.get(words[-1], 1)  # an age stands for one
        if n is not None and (n.isdigit() or n in lex.HEADLINE_CARDINALS):
            people = int(n) if n.isdigit() else lex.HEADLINE_CARDINALS[n]
        if people == 0:
            return readings
        total += people
    value = Quantity(low=total, high=total, best=total, exact=True)
    mention = QuantityMention(sentence[start:end], start, end, value, "count")
    kept = [(m, r) for m, r in readings if not (m.start < end and start < m.end)]
    listed = (mention, _Reading("deaths", lex.VICTIMS_LISTED, "killed", end))
    return sorted([*kept, listed], key=lambda pair: pair[0].start)
