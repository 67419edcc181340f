"""When a count holds: the date or scope phrase that bounds it, whether it is a running
total or a period's tally, and which dates are only the date of the report."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from claims.extract.subjects import _measures_conflict
from claims.extract.words import _END, _holds_phrase, _padded_phrases, _Word
from claims.lexicon import claims as lex
from claims.model import DateInterval, DateMention, QuantityMention

#: Scope phrases that are not calendar dates but bound a count in time.
SCOPE_PHRASE = re.compile(
    r"""
    \b(?P<scope>overnight
       |in[ ](?:a|one)[ ](?:day|night|week)
       |in[ ](?:the[ ])?(?:past|last)[ ]\d+[ ](?:hours|days)
       |in[ ]24[ ]hours
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: Words before a date that make it the date of the report, not of the happening.
REPORTING_DATE_CUE = frozenset("said says announced told reported added stated".split())


def _is_reporting_date(sentence: str, words: list[_Word], mention: DateMention) -> bool:
    # The words ending by the date's start are a prefix of `words` (in order, not
    # overlapping): bisected, not scanned, as a sentence may hold many dates.
    ended = bisect.bisect_right(words, mention.start, key=_END)
    before = [w.lower for w in words[max(0, ended - 3) : ended]]
    return bool(before) and (
        before[-1] in REPORTING_DATE_CUE
        or (
            len(before) >= 2
            and before[-2] in REPORTING_DATE_CUE
            and before[-1] in ("on", "earlier", "late")
        )
    )


_CUMULATIVE_PHRASES = _padded_phrases(lex.CUMULATIVE_CUES)


_CUMULATIVE_VERB_PHRASES = _padded_phrases(lex.CUMULATIVE_VERB_CUES)


_CONFLICT_NOUN_PHRASES = _padded_phrases(lex.CONFLICT_NOUNS)


_PERIOD_TALLY_PHRASES = _padded_phrases(lex.PERIOD_TALLY_CUES)

#: Words that put a count in someone's past, before the story's happening: such a count
#: takes no time scope from an earlier sentence ("Gray had previously been arrested four
#: times", ECB+ 19_ecbplus, is not of "on Saturday night"). Provenance: the prior-record
#: sentences of the ECB+ and GVC dev stories.
PRIOR_HISTORY = ("previously", "prior", "priors", "in the past", "criminal record", "ever")

_PRIOR_HISTORY_PHRASES = _padded_phrases(PRIOR_HISTORY)

#: Date grains that make a toll a tally of the period ("in 2016", "in December").
_PERIOD_GRAINS = frozenset({"year", "month"})

#: The kinds a period's tally makes a running total.
_CASUALTY_KINDS = frozenset({"deaths", "injuries", "shot"})


@dataclass(frozen=True, slots=True)
class _SentenceScope:
    """What a sentence says of when its counts hold."""

    cumulative: bool  # a running total ("so far", "since the uprising began")
    tally: bool  # a tally of a period ("this year")
    dates: tuple[DateMention, ...]  # its dates, but for the date of the report
    phrase: str | None  # a scope phrase that is no calendar date ("overnight")
    prior: bool = False  # tells someone's past ("previously arrested"): borrows no scope


def _sentence_scope(
    sentence: str, padded: str, words: list[_Word], dates: tuple[DateMention, ...]
) -> _SentenceScope:
    """The time scope a sentence gives its counts; `padded`: its `_padded_words`."""
    cumulative = _holds_phrase(padded, _CUMULATIVE_PHRASES) or (
        _holds_phrase(padded, _CUMULATIVE_VERB_PHRASES)
        and _holds_phrase(padded, _CONFLICT_NOUN_PHRASES)
    )
    tally = _holds_phrase(padded, _PERIOD_TALLY_PHRASES)
    scope_dates = tuple(d for d in dates if not _is_reporting_date(sentence, words, d))
    scope_match = SCOPE_PHRASE.search(sentence)
    phrase = scope_match.group("scope") if scope_match is not None else None
    prior = _holds_phrase(padded, _PRIOR_HISTORY_PHRASES)
    return _SentenceScope(cumulative, tally, scope_dates, phrase, prior)


class _When(NamedTuple):
    """When one claim holds."""

    time_scope: str | None
    scope_date: DateInterval | None
    date: DateInterval | None  # a vote's: the day it was held
    cumulative: bool


def _when(
    scope: _SentenceScope,
    kind: str,
    words: list[_Word],
    mention: QuantityMention,
    focus_scope: tuple[str, DateInterval | None] | None,
) -> _When:
    """When a claim read as `kind` holds: the sentence's own date or scope phrase; else
    the passage's (`focus_scope`), unless the count is a running total or of someone's
    past ("previously arrested four times")."""
    time_scope: str | None = None
    scope_date: DateInterval | None = None
    claim_date: DateInterval | None = None
    conflict_duration = kind == "duration" and _measures_conflict(words, mention)
    if conflict_duration:
        pass  # "the 11-month uprising" runs as of the report, whatever the sentence's day
    elif scope.dates:
        nearest = min(scope.dates, key=lambda d: abs(d.start - mention.start))
        time_scope, scope_date = nearest.text, nearest.date
    elif scope.phrase is not None:
        time_scope = scope.phrase
    elif focus_scope is not None and not (scope.cumulative or scope.prior) and kind != "duration":
        time_scope, scope_date = focus_scope
    if kind == "vote" and scope_date is not None:
        claim_date = scope_date
    # "34 officers had died in the line of duty in 2016", "the city's homicides this
    # year": a tally of a period, not one incident's toll
    period = scope.tally or (scope_date is not None and scope_date.grain in _PERIOD_GRAINS)
    cumulative = scope.cumulative or (period and kind in _CASUALTY_KINDS)
    return _When(
        time_scope, scope_date, claim_date, cumulative and kind not in ("duration", "count")
    )
