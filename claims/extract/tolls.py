"""Article-wide toll rules: a victim of one hurt and then dead is one death; people
shot are the injured once the dead are taken out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from claims.lexicon import claims as lex
from claims.lexicon.wounds import OTHER_MEANS_OF_DEATH
from claims.model import Claim, Quantity


def _dead_not_also_injured(found: tuple[Claim, ...], singles: set[str]) -> tuple[Claim, ...]:
    """ "A man was shot in the chest ... the man died": one victim who died, not an
    injury and a death. A singular injury (its id in `singles`) gives way to a singular
    death of the same noun in the article."""
    dead: dict[str | None, list[frozenset[str]]] = {}
    for c in found:
        if c.id in singles and c.kind == "deaths":
            dead.setdefault(c.subject, []).append(_names(c.text))
    return tuple(
        c
        for c in found
        if not (
            c.id in singles
            and c.kind == "injuries"
            and c.subject in dead
            and not _another(c.text)
            and any(_same_person(_names(c.text), names) for names in dead[c.subject])
        )
    )


def _another(text: str) -> bool:
    """Whether a claim tells its victim as "another" ("One was killed and another
    injured", "Another man, 21, also suffered a gunshot wound"): by that word one more
    than those told before, never the one who died."""
    return text.split(" ", 1)[0].lower() == "another"


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a claim's text past its first, and the first when it is
    no function word or victim noun: the victim's name, if it names one ("Police Chief
    Scott Russell, 46, was injured" -> Scott, Russell, ...; "Watts was treated" ->
    Watts; "The victim was taken" -> none)."""
    words = [w.strip(",.") for w in text.split()]
    first = words[:1]
    if first and (not first[0][:1].isupper() or first[0].lower() in _NOT_NAME_FIRST):
        first = []
    return frozenset(w for w in words[1:] if w[:1].isupper()) | frozenset(first)


#: A claim's first words that name nobody: "The", "Police", "Man" (a headline's noun).
_NOT_NAME_FIRST = lex.NOT_NAME_WORDS | lex.VICTIM_NOUNS


def _same_person(injured: frozenset[str], dead: frozenset[str]) -> bool:
    """Whether an injured and a dead victim may be one person: not when both are named
    and share no name."""
    return not (injured and dead) or bool(injured & dead)


def _shot_as_injured(found: tuple[Claim, ...]) -> Iterable[Claim]:
    """A count of people shot ("6 shot, 1 dead") is a count of the injured once the
    dead are taken out: the most killed the article reads at that place (an incident
    toll, not a running total); with no death read, everyone shot was injured. A count
    that leaves nobody injured, or a running total of people shot, is dropped."""
    killed: dict[str | None, float] = {}
    for c in found:
        if c.kind == "deaths" and not c.cumulative and c.value is not None and _by_gunfire(c):
            figure = c.value.low if c.value.low is not None else c.value.best
            if figure is not None:
                killed[c.location] = max(killed.get(c.location, 0), figure)
    for c in found:
        if c.kind != "shot":
            yield c
            continue
        if c.cumulative or c.value is None:
            continue
        here = [killed[place] for place in (c.location, None) if place in killed]
        if c.location is None:
            here.extend(killed.values())
        dead = max(here, default=0)
        if (c.subject or "").split(" ", 1)[0] in ("others", "other"):
            dead = 0  # "two men ... dead, while seven others were shot": the rest, alive
        value = _minus(c.value, dead)
        if value is not None:
            yield replace(c, kind="injuries", value=value, event="shot, not killed")


#: A word of a clause, lower-cased.
_WORD = re.compile(r"[a-z]+")

#: How many words past a death claim its clause may name how the victim died.
_MEANS_REACH = 8


def _by_gunfire(death: Claim) -> bool:
    """Whether a death may be one of those shot: not when the claim or the words just
    past it name another means ("one person was stabbed to death", "killed when she
    smashed her car", "died of natural causes")."""
    at = death.sentence.find(death.text)
    if at < 0:
        return True
    words = _WORD.findall(death.sentence[at:].lower())
    clause = words[: len(_WORD.findall(death.text.lower())) + _MEANS_REACH]
    return OTHER_MEANS_OF_DEATH.isdisjoint(clause)


def _minus(q: Quantity, n: float) -> Quantity | None:
    """`q` less `n` people; None when nobody is left."""
    if not n:
        return q
    high = q.high - n if q.high is not None else None
    if high is not None and high <= 0:
        return None
    low = max(0, q.low - n) if q.low is not None else None
    return replace(
        q,
        low=low,
        high=high,
        best=max(0, q.best - n) if q.best is not None else None,
        ceiling=q.ceiling - n if q.ceiling is not None else None,
    )
