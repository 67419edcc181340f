"""Days and spans counted from the reference: "today", "yesterday", "overnight",
"tonight", "last night", "two days ago", "a week from now", "in a week", "the past two weeks".

- "overnight" is the reference's eve to the reference.
- "in a week", "in two years" count forward from the reference when the clause looks
  ahead or has nothing before them ("In a week, ..."); after a past verb they are
  durations. Counted years keep only their month ("two years ago": February 2011)
  unless counted from a named day ("3 years from today").
- "N days later", "weeks after" count from another event, not the reference: skipped.
"""

from __future__ import annotations

import datetime as dt
import re

from claims.dates.arithmetic import last_units, month_end, shifted
from claims.dates.context import Context, Found, interval, unresolved
from claims.dates.lead import COMING, LAST, NEXT, Lead, norm, read_lead
from claims.dates.patterns import DAY_TAIL, UNIT_TAIL
from claims.dates.tense import opens_sentence
from claims.lexicon import dates as lex


def read_relative_day(ctx: Context, gate: re.Match[str], floor: int) -> Found | None:
    """'today', 'tonight', 'yesterday', 'the day after tomorrow', 'overnight'."""
    text, at = ctx.text, gate.start()
    word = gate.group().lower()
    lead = read_lead(text, floor, at)
    end = gate.end()
    tail = DAY_TAIL.match(text, end)
    if tail is not None and (tail["part"] or tail["clock"]):
        end = tail.end()
    ref = ctx.ref
    if word == "overnight":
        if ref is None:
            return Found(lead.start, end, unresolved("range"), True, lead.prep)
        return Found(
            lead.start,
            end,
            interval(ref - dt.timedelta(days=1), ref, "range"),
            True,
            lead.prep,
        )
    offset = lex.RELATIVE_DAYS[word]
    if lead.mod == "the day before":
        offset -= 1
    elif lead.mod == "the day after":
        offset += 1
    if ref is None:
        return Found(lead.start, end, unresolved("day"), True, lead.prep)
    day = ref + dt.timedelta(days=offset)
    return Found(lead.start, end, interval(day, day, "day"), True, lead.prep)


#: A bound right before a counted unit: "more than two weeks ago", "over a month ago"
#: (BOUND_BEFORE ends where the date's lead starts; BOUND_AT is "over" taken by the lead).
_BOUND_WORDS = r"(?:more[ \t]+than|over|longer[ \t]+than)[ \t]+"
_BOUND_BEFORE = re.compile(rf"\b{_BOUND_WORDS}$", re.IGNORECASE)
_BOUND_AT = re.compile(_BOUND_WORDS, re.IGNORECASE)


def read_counted(ctx: Context, word: str, lead: Lead, end: int) -> Found | None:
    """A counted unit: 'two days ago', 'a week from now', 'in a week', 'the past two weeks'."""
    unit, factor = lex.UNITS[word]
    count = (lead.count or 0) * factor
    tail = UNIT_TAIL.match(ctx.text, end)
    said = norm(tail["direction"]) if tail else None
    direction = lex.UNIT_DIRECTIONS[said] if said else 0
    if tail is not None:
        end = tail.end()
    ref = ctx.ref
    if not direction and lead.prep == "in" and lead.mod is None:  # "in a week"
        tense = 1 if ctx.latent else ctx.tense(lead.start, end)
        if tense < 0 or (tense == 0 and not opens_sentence(ctx.text, lead.start)):
            return None  # "killed 20 in two days": a duration, not a date
        direction = 1
    if direction:
        # whole years keep only their month ("two years ago": February 2011), unless
        # counted from a named day ("3 years from today": 12 February 2016)
        grain = "day" if unit != "year" or said == "from today" else "month"
        if ref is None:
            return Found(lead.start, end, unresolved(grain), True, None)
        day = shifted(ref, unit, direction * count)
        beyond = _BOUND_BEFORE.search(ctx.text, max(0, lead.start - 16), lead.start)
        if lead.prep == "over":  # "over a month ago": the lead took "over" as its preposition
            beyond = _BOUND_AT.match(ctx.text, lead.start)
        if beyond is not None and direction < 0 and grain == "day" and count:
            # "arrested more than two weeks ago": before that day, by up to half as much
            # again (said on 24 Nov: 3 to 16 Nov), not on it
            first = shifted(ref, unit, -(count + max(1, count // 2)))
            last = day - dt.timedelta(days=1)
            return Found(beyond.start(), end, interval(first, last, "range"), True, None)
        if grain == "month":
            first, last = day.replace(day=1), month_end(day.year, day.month)
            return Found(lead.start, end, interval(first, last, grain, month=day.month), True, None)
        return Found(lead.start, end, interval(day, day, "day"), True, None)
    if lead.mod in LAST or lead.mod in NEXT or lead.mod in COMING:
        sign = -1 if lead.mod in LAST else 1
        if ref is None:
            return Found(lead.start, end, unresolved("range"), True, None)
        first, last = last_units(ref, unit, count, sign)
        return Found(lead.start, end, interval(first, last, "range"), True, None)
    return None


def read_day_part(ctx: Context, word: str, lead: Lead, end: int) -> Found | None:
    """'this morning', 'this evening', 'last night', 'last evening' (not 'this night')."""
    if lead.mod == "this" and word != "night":
        offset = 0
    elif lead.mod == "last" and word in ("night", "evening"):
        offset = -1
    else:
        return None
    if ctx.ref is None:
        return Found(lead.start, end, unresolved("day"), True, lead.prep)
    day = ctx.ref + dt.timedelta(days=offset)
    return Found(lead.start, end, interval(day, day, "day"), True, lead.prep)
