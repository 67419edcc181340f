"""When a count holds: the date or scope phrase that bounds it, whether it is a running
total or a period's tally, and which dates are only the date of the report."""

from __future__ import annotations

import re

from claims.extract.words import _NUMBERISH, _padded_phrases, _Word
from claims.lexicon import claims as lex
from claims.model import DateMention

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
    before = [w.lower for w in words if w.end <= mention.start][-3:]
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


#: Date grains that make a toll a tally of the period ("in 2016", "in December").
_PERIOD_GRAINS = frozenset({"year", "month"})


_CASUALTY_KINDS = frozenset({"deaths", "injuries", "shot"})


#: The date words a sentence needs, with no digit, for find_dates to run on it. One
#: `\b` before all the words (a word start is tested once, not once per branch), and
#: the digit tested apart (a plain character scan): ~2.5x faster than one alternation.
_DATE_WORD_GATE = re.compile(
    r"""
    \b(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day
       |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b
       |(?:[Tt]o(?:day|night|morrow)|[Yy]esterday|[Ww]eekend|[Ww]eek|[Mm]onth|[Yy]ear
          |[Oo]vernight|[Aa]go|[Ee]arlier|[Ll]ast|[Nn]ext|[Tt]his)\b)
    """,
    re.VERBOSE,
)


def _may_hold_date(sentence: str) -> bool:
    return _NUMBERISH.search(sentence) is not None or _DATE_WORD_GATE.search(sentence) is not None
