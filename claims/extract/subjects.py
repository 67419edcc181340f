"""What is counted or measured: the noun phrase after a count, the verb of a count of
things, and what a percentage, a duration or a sum of money is of."""

from __future__ import annotations

import bisect
from itertools import islice

from claims.extract.words import _END, _PUNCTUATION, _first_starting_at, _Word
from claims.lexicon import claims as lex
from claims.lexicon import numbers as number_lex
from claims.model import QuantityMention

_PHRASE_STOP = frozenset(
    """are were was is have has had be been in on at who that which to and from during by
    since as for with after before but or than said says a an it its this their his her
    there so""".split()
)


def _subject_after(
    sentence: str, words: list[_Word], after: int
) -> tuple[str | None, str | None, int | None]:
    """The counted noun phrase after a number, its head and where it ends:
    ("regime supporters", "supporters", <offset after "supporters">)."""
    collected: list[str] = []
    head: str | None = None
    end: int | None = None
    previous_end = words[after - 1].end if after > 0 else 0
    for w in words[after : after + 5]:
        if _PUNCTUATION.search(sentence, previous_end, w.start):
            break  # the counted phrase does not run over a comma or a quote's end
        previous_end = w.end
        if w.lower in ("of", "the") and not collected:
            continue
        glued, _, number = w.lower.rpartition("-")
        if glued and (number in number_lex.CARDINALS or number in number_lex.TENS):
            # a dash typed as a hyphen: "the three bank workers-two women and a man-"
            collected.append(glued)
            head, end = glued, w.start + len(glued)
            break
        if w.lower in _PHRASE_STOP or w.lower in lex.REPORTING_VERBS:
            break
        if w.lower in lex.CASUALTY_WORDS and w.lower not in lex.CASUALTY_SUBJECT_NOUNS:
            break
        collected.append(w.lower)
        if (
            w.lower in lex.PERSON_NOUNS
            or w.lower in lex.CASUALTY_SUBJECT_NOUNS
            or w.lower in lex.VOTE_SUBJECT_NOUNS
            or (w.lower.endswith("s") and not w.lower.endswith("ss") and len(w.lower) > 3)
        ):
            head, end = w.lower, w.end
            break
    if head is None:
        return None, None, None
    return " ".join(collected), head, end


def _count_verb(words: list[_Word], first_of: int, head_end: int | None) -> str | None:
    """The verb that says what the counted did or had done to them: "thousands of
    supporters welcoming", "Dozens of supporters welcomed", "damaged 18 houses". Only
    -ed and -ing forms are taken (a crude but cheap test for a verb); None when there
    is none close by, and such counts are not lined up with counts of other articles."""
    after = next(
        (i for i, w in enumerate(words) if head_end is not None and w.start >= head_end), None
    )
    if after is not None:
        for w in words[after : after + 3]:
            if w.lower in _PASSIVE or w.lower in lex.COUNT_VERB_FILLERS:
                continue
            if len(w.lower) > 4 and w.lower.endswith(("ed", "ing")):
                return w.lower
            break
    if first_of > 0:
        before = words[first_of - 1].lower
        if len(before) > 4 and before.endswith("ed"):
            return before
    return None


#: Auxiliaries that make "shot" passive ("four people were shot").
_PASSIVE = frozenset("were was been are is got get being be".split())


def _subject_of_percent(sentence: str, words: list[_Word], mention: QuantityMention) -> str | None:
    """What a percentage measures: a measure word named just before it in the clause
    ("turnout reached 93.87 percent", "unemployment stood at 7%"), the share of voters
    that is a turnout ("90 per cent of eligible voters had participated"), else the
    word after it."""
    first_after = _first_starting_at(words, mention.end)
    before = words[: bisect.bisect_right(words, mention.start, key=_END)][-_PERCENT_LOOKBACK:]
    for w in reversed(before):
        if _PUNCTUATION.search(sentence, w.end, mention.start):
            break
        if w.lower in lex.PERCENT_SUBJECTS:
            return lex.PERCENT_SUBJECTS[w.lower]
    after = [w.lower for w in words[first_after : first_after + 5]]
    if after[:1] == ["of"] and any(w in lex.VOTER_WORDS for w in after[1:]):
        return "turnout"
    return _subject_of_duration(words, mention)


#: How far before a percentage its measure word may stand ("turnout was almost 90%").
_PERCENT_LOOKBACK = 6


def _subject_of_duration(words: list[_Word], mention: QuantityMention) -> str | None:
    """What a measure is of: the word after it ("11-month uprising"), past an "of"
    ("$137-million of diamonds", "two years of war"); None for a stop word or a number
    ("85 million euros ($108 million)")."""
    for index, w in enumerate(islice(words, _first_starting_at(words, mention.end), None)):
        if index < 2 and w.lower in ("of", "worth"):
            continue
        if w.lower in _PHRASE_STOP or not w.lower[:1].isalpha():
            return None
        return w.lower
    return None


def _measures_conflict(words: list[_Word], mention: QuantityMention) -> bool:
    """Whether a duration measures a conflict ("11-month uprising", "two-and-a-half
    year conflict"): a conflict noun among the few words after it."""
    after = [w.lower for w in words if w.start >= mention.end][:3]
    return any(w in lex.CONFLICT_NOUNS for w in after)
