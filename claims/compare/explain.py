"""Explanations: a group's label, and the one-line finding a sub-editor reads ("X and Y
cannot both be right: ..."), with the claims cited, figures and dates written out."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from types import MappingProxyType

from claims.compare.link import _Link
from claims.compare.names import _named, _same_actor
from claims.compare.places import _depth
from claims.compare.reading import _days, _Reading
from claims.lexicon import aliases
from claims.model import DateInterval, Finding, Quantity

#: What a group of claims of each kind is called in its label.
KIND_LABELS = MappingProxyType(
    {
        "deaths": "Deaths",
        "injuries": "Injuries",
        "displaced": "Displaced",
        "detained": "Detained",
        "vote": "Votes",
        "count": "Count",
        "duration": "Duration",
        "money": "Money",
        "percent": "Percentage",
        "quantity": "Quantity",
        "event": "Event",
    }
)

#: Subject classes that name some of the casualties, not what a group counts: a label
#: says "Deaths in Athens", not "Deaths of individual in Athens".
UNLABELLED_SUBJECTS = frozenset({"individual", "victims listed", "seriously hurt", "others"})

#: What a whole is called when a part fits within it ("part of the same toll").
WHOLE_WORDS = MappingProxyType(
    {
        "deaths": "toll",
        "injuries": "toll",
        "displaced": "count of displaced",
        "detained": "count of detainees",
        "vote": "vote",
        "count": "count",
    }
)


def _widest(claims: Sequence[_Reading]) -> _Reading:
    return min(claims, key=lambda r: (_depth(r.place), not r.frame.running, r.order))


def _label(claims: Sequence[_Reading]) -> str:
    r = _widest(claims)
    claim = r.claim
    if claim.kind == "event":
        # the actors more than half of the claims name (both, for a pair), most named first
        # (each distinct actor once, against each distinct cast: linear in the group)
        named = list(dict.fromkeys(x for c in claims for x in c.actors))
        casts = Counter(c.actors for c in claims)
        counts = {
            x: sum(n for cast, n in casts.items() if any(_same_actor(x, y) for y in cast))
            for x in named
        }
        common = sorted((x for x in named if counts[x] * 2 > len(claims)), key=lambda x: -counts[x])
        actors = " and ".join(_display_actor(x) for x in common[:2])
        event = r.event or "event"
        where = ""
        place = next((c.place for c in claims if c.place), None)
        if place:
            where = f" {aliases.EVENT_PLACE_PREPOSITIONS.get(event, 'in')} {place}"
        return _cap(" ".join(f"{actors} {event}{where}".split()))
    words = [KIND_LABELS.get(claim.kind, claim.kind.capitalize())]
    default = aliases.DEFAULT_SUBJECTS.get(claim.kind)
    subject = _named(claim.subject)
    if subject and r.subject != default and r.subject not in UNLABELLED_SUBJECTS:
        joint = {"vote": "on ", "duration": "of the "}.get(claim.kind, "of ")
        words.append(joint + subject)
    place = r.place or next((c.place for c in claims if c.place), None)
    if place:
        words.append(f"in {place}")
    label = " ".join(words)
    if r.frame.running:
        if any(c.claim.cumulative for c in claims):
            label += ", cumulative"
    elif claim.time_scope:
        label += f", {claim.time_scope}"
    return label


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


#: an actor's key -> how the aliases table spells it
_DISPLAY_NAMES = MappingProxyType({v.casefold(): v for v in aliases.NAME_ALIASES.values()})


def _display_actor(key: str) -> str:
    return _DISPLAY_NAMES.get(key, " ".join(w.capitalize() for w in key.split()))


def _finding(fid: str, link: _Link, copies: dict[str, int], group_of: dict[int, str]) -> Finding:
    a, b = link.first.claim, link.second.claim
    independent = not (
        a.article_id in copies and copies.get(a.article_id) == copies.get(b.article_id)
    )
    first, second = sorted((link.first, link.second), key=lambda r: r.order)
    return Finding(
        id=fid,
        relation=link.relation,
        kind=a.kind,
        claim_ids=(first.claim.id, second.claim.id),
        severity=link.severity,
        independent=independent,
        explanation=_explain(link, independent),
    )


def _day(date: dt.date | None) -> str:
    return "undated" if date is None else f"{date.day} {date:%b %Y}"


def _cite(r: _Reading) -> str:
    claim = r.claim
    parts = [r.short_id, _day(claim.as_of)]
    if claim.attribution:
        parts.append(claim.attribution)
    if claim.time_scope:
        parts.append(claim.time_scope)
    return f'"{claim.text}" ({", ".join(parts)})'


def _number(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _amount(q: Quantity | None) -> str:
    if q is None:
        return "no figure"
    if q.low is not None and q.high is not None:
        text = _number(q.low) if q.low == q.high else f"{_number(q.low)}–{_number(q.high)}"
    elif q.low is not None and q.low > 10 and (q.low - 1) % 10 == 0:
        text = f"more than {_number(q.low - 1)}"  # how "more than 60" reads as 61 or more
    elif q.low is not None:
        text = f"at least {_number(q.low)}"
    elif q.high is not None:
        text = f"at most {_number(q.high)}"
    else:
        text = "any number"
    if q.unit == "percent":
        return f"{text}%"
    if q.unit and q.unit.isupper():
        return f"{q.unit} {text}"  # a currency code
    if q.unit and " / " in q.unit:
        # a rate: "USD / hour" -> "USD 15 an hour", "1 / week" -> "4 a week"
        top, per = q.unit.split(" / ", 1)
        article = "an" if per[:1] in "aeiou" or per.startswith("hour") else "a"
        amount = text if top == "1" else (f"{top} {text}" if top.isupper() else f"{text} {top}")
        return f"{amount} {article} {per}"
    if q.unit:
        plural = "" if q.low == q.high == 1 or q.unit.endswith("s") else "s"
        return f"{text} {q.unit}{plural}"
    return text


def _years(q: Quantity | None) -> str:
    """An age as a bare number ("27"), whatever unit its words gave ("29-year-old")."""
    return _number(q.best) if q is not None and q.best is not None else "an unknown age"


def _date_text(date: DateInterval | None) -> str:
    if date is None:
        return "no date"
    if not date.resolved or date.start is None or date.end is None:
        if date.month is None:
            return "an unresolved date"
        month = dt.date(2000, date.month, 1).strftime("%B")
        return f"{date.day} {month}" if date.day else month
    if date.start == date.end:
        return _day(date.start)
    return f"{_day(date.start)} to {_day(date.end)}"


def _sentence(link: _Link) -> str:
    """The sentence that says how the two claims of `link` relate, by its reason."""
    x, y = link.first, link.second
    cx, cy = _cite(x), _cite(y)
    qx, qy = x.claim.value, y.claim.value
    ratio = f"{link.ratio:.1f}" if math.isfinite(link.ratio) else "many"

    def event() -> str:
        label = _label([x, y])
        return label if x.actors or y.actors else label[:1].lower() + label[1:]

    sentences = {
        "same": lambda: f"{cx} and {cy} give the same figure, {_amount(qx)}",
        "older": lambda: (
            f"{cx} and {cy} give {y.claim.actors[0]}'s age {link.detail} years apart: a"
            " birthday, not a slip"
        ),
        "older_then": lambda: (
            f"{cx} is {x.claim.actors[0]}'s age at a moment before its report, {cy} a later"
            f" one: {_years(qx)} then, {_years(qy)} later, a birthday, not a slip"
        ),
        "age_gap": lambda: (
            f"{cx} and {cy} give {x.claim.actors[0]} different ages, {_amount(qx)} against"
            f" {_amount(qy)}"
        ),
        "within": lambda: f"{cx} lies within {cy}; {x.short_id} is more precise",
        "overlap": lambda: f"{cx} and {cy} overlap; neither rules the other out",
        "fits": lambda: (
            f"{cx} fits within {cy}: it counts part of the same"
            f" {WHOLE_WORDS.get(x.claim.kind, 'total')}"
        ),
        "grew": lambda: (
            f"{cy} updates {cx}: a running total that grew from {_amount(qx)} to {_amount(qy)}"
            f" in {_elapsed(x.as_of, y.as_of)}"
        ),
        "gap": lambda: (
            f"{cx} and {cy} cannot both be right: {_amount(qx)} against {_amount(qy)},"
            f" {ratio} times apart"
        ),
        "vague_edge": lambda: (
            f"{cx} and {cy} differ only at the edge of what a vague word means"
            f" ({_amount(qx)} against {_amount(qy)})"
        ),
        "rounded": lambda: (
            f"{cx} and {cy} agree to the nearest whole unit ({_amount(qx)} against"
            f" {_amount(qy)}): one is the other rounded"
        ),
        "ceiling": lambda: (
            f"{cy} is far beyond the implied ceiling of {cx}, about {link.detail}"
            f" ({ratio} times as many)"
        ),
        "shrink": lambda: f"{cy} is lower than the earlier {cx}, but a running total cannot shrink",
        "grew_since_said": lambda: (
            f"{cy} updates {cx}, which its article gives as an earlier count: the toll grew"
            f" from {_amount(qx)} to {_amount(qy)}"
        ),
        "revised": lambda: (
            f"{cy} revises {cx}: the count was lowered from {_amount(qx)} to {_amount(qy)},"
            " and its article says so"
        ),
        "outpaced": lambda: (
            f"{cy} grew from {cx} far faster than the pace of about {link.detail} a day that"
            f" {cx} shows ({_amount(qx)} to {_amount(qy)} in {_elapsed(x.as_of, y.as_of)}):"
            " too fast to be an update"
        ),
        "with_dead": lambda: (
            f"{cy} counts everyone hit, {cx} the wounded: with the {link.detail} dead that"
            f" {x.short_id} reports they are the same {_amount(qy)}"
        ),
        "exceeds": lambda: (
            f"{cx} counts part of what {cy} counts, yet is larger ({_amount(qx)} against"
            f" {_amount(qy)})"
        ),
        "started": lambda: (
            f"{cx} and {cy} both date the start of the {y.claim.subject or 'thing counted'}"
            f" to about {link.detail}"
        ),
        "start_gap": lambda: (
            f"{cx} dates the start of the {x.claim.subject or 'thing counted'} to about"
            f" {link.detail.split('|')[0]}, {cy} to about {link.detail.split('|')[1]}"
        ),
        "same_day": lambda: (
            f"{cx} and {cy} both put the {event()} on {_date_text(_resolved_of(x, y))}"
            + _no_year(x, y)
        ),
        "date_within": lambda: (
            f"{cx} falls within {cy} for the {event()}; {x.short_id} is more precise"
        ),
        "same_time": lambda: f"{cx} and {cy} give one time of day for the {event()}",
        "time_gap": lambda: (
            f"{cx} and {cy} put the {event()} at times of day {link.detail} minutes apart"
        ),
        "date_gap": lambda: (
            f"{cx} and {cy} put the {event()} on {_date_text(x.claim.date)} and"
            f" {_date_text(y.claim.date)}, {link.detail} days apart"
        ),
    }
    return sentences[link.reason]()


def _explain(link: _Link, independent: bool) -> str:
    sentence = _sentence(link)
    if not independent:
        sentence += _wire_note(link)
    return sentence + "."


def _wire_note(link: _Link) -> str:
    """What a finding between copies of one wire story adds to its sentence."""
    x, y = link.first, link.second
    if link.relation == "discrepancy" and x.as_of != y.as_of:
        return "; versions of one wire story filed on different days"
    if link.relation == "discrepancy":
        return "; same wire story, so one copy was changed"
    if link.relation == "update":
        return "; a later version of the same wire story"
    return "; same wire story; agreement is not corroboration"


def _resolved_of(x: _Reading, y: _Reading) -> DateInterval | None:
    for r in (x, y):
        if r.claim.date is not None and r.claim.date.resolved:
            return r.claim.date
    return x.claim.date


def _no_year(x: _Reading, y: _Reading) -> str:
    missing = [r.short_id for r in (x, y) if r.claim.date is not None and not r.claim.date.resolved]
    if len(missing) == 1:
        return f"; {missing[0]} gives no year"
    return ""


def _elapsed(start: dt.date | None, end: dt.date | None) -> str:
    days = _days(start, end)
    if days >= 60:
        months = round(days / 30.44)
        return f"{months} months"
    return f"{days} days"
