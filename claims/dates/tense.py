"""The tense of an expression's clause (past and future cue words near it in its
sentence), and the occurrence of a year-less date on the tense's side of the reference."""

from __future__ import annotations

import datetime as dt

from claims.dates.arithmetic import valid_date
from claims.dates.patterns import WORD
from claims.lexicon import dates as lex

#: What ends a sentence, for bounding the tense look-around ("U.N. " cuts it short:
#: a cue is then missed, never taken from another sentence).
_SENTENCE_MARKS = (". ", "? ", "! ", "\n", '." ', ".\u201d ", "; ")

_LOOK_BACK = 120  # characters searched for tense cues before a date
_LOOK_AHEAD = 80  # ... and after it
_CUE_WORDS_BACK = 12
_CUE_WORDS_AHEAD = 8


def clause_tense(text: str, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the cue nearest the expression in its sentence."""
    before = text[max(0, start - _LOOK_BACK) : start]
    before = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1 :]
    after = text[end : end + _LOOK_AHEAD]
    stops = [i for i in (after.find(mark) for mark in _SENTENCE_MARKS) if i >= 0]
    if stops:
        after = after[: min(stops) + 1]
    back = WORD.findall(before)[-_CUE_WORDS_BACK:]
    ahead = WORD.findall(after)[:_CUE_WORDS_AHEAD]
    # each word lowered once (WORD is ASCII letters, so a pair's lower is its words' lowers)
    back_low = [w.lower() for w in back]
    ahead_low = [w.lower() for w in ahead]
    best: tuple[int, int] | None = None  # (distance, tense)
    for distance, index in enumerate(range(len(back) - 1, -1, -1)):
        pair = f"{back_low[index - 1]} {back_low[index]}" if index else ""
        tense = _cue(back[index], back_low[index], pair)
        if tense < 0 and index >= 2 and back_low[index - 1] == "be":
            tense = _cue(back[index - 2], back_low[index - 2], f"{back_low[index - 2]} be") or tense
            tense = 1 if back_low[index - 2] == "to" else tense  # "is to be held"
        if tense:
            best = (distance, tense)
            break
    for distance, index in enumerate(range(len(ahead))):
        if best is not None and distance >= best[0]:
            break
        pair = f"{ahead_low[index]} {ahead_low[index + 1]}" if index + 1 < len(ahead) else ""
        tense = _cue(ahead[index], ahead_low[index], pair)
        if tense:
            best = (distance, tense)
            break
    return best[1] if best else 0


def _cue(word: str, lower: str, pair: str) -> int:
    """The tense `word` (lowered: `lower`) or the `pair` ending or starting with it cues."""
    if pair in lex.FUTURE_CUES or lower in lex.FUTURE_CUES:
        return 1
    if pair in lex.PAST_CUES or lower in lex.PAST_CUES:
        return -1
    if (
        word.islower()
        and len(word) >= 5
        and lower.endswith("ed")
        and lower not in lex.NOT_PAST_ED
        and not lower.endswith("eed")
    ):
        return -1
    return 0


def opens_sentence(text: str, start: int) -> bool:
    """Whether nothing but punctuation stands before `start` in its sentence ("In a
    week, the ..."): no verb to make "in a week" a duration."""
    before = text[max(0, start - _LOOK_BACK) : start]
    before = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1 :]
    return not any(c.isalnum() for c in before)


def pick(candidates: list[dt.date], ref: dt.date, tense: int) -> dt.date | None:
    """The candidate on the tense's side of `ref`, nearest it (ties: the earlier)."""
    if tense < 0:
        side = [c for c in candidates if c <= ref] or candidates
    elif tense > 0:
        side = [c for c in candidates if c >= ref] or candidates
    else:
        side = candidates
    return min(side, key=lambda c: (abs((c - ref).days), c)) if side else None


def year_for(month: int, day: int, ref: dt.date, tense: int, weekday: int | None) -> dt.date | None:
    """The occurrence of a year-less day (on `weekday`, when one is named) the tense picks."""
    span = 11 if weekday is not None else 1
    candidates = [
        d
        for y in range(ref.year - span, ref.year + span + 1)
        if (d := valid_date(y, month, day)) is not None
        and (weekday is None or d.weekday() == weekday)
    ]
    if not candidates and weekday is not None:
        return year_for(month, day, ref, tense, None)
    if not candidates:  # 29 February
        candidates = [
            d for y in range(ref.year - 4, ref.year + 5) if (d := valid_date(y, month, day))
        ]
    return pick(candidates, ref, tense)
