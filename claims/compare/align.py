"""Alignment: whether two claims count the same thing, one counts a part of what the
other counts (a sub-place, a sub-class of people, a sub-period), or they count
different things."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rapidfuzz import fuzz

from claims.compare.names import _same_actor, _subject_inside
from claims.compare.places import _contains
from claims.compare.reading import _Frame, _Reading
from claims.compare.settings import AGE_SUBJECT, PAST_FRAME, SAME_TIME, SCOPE_MATCH, SUBJECT_MATCH
from claims.dates.arithmetic import plus
from claims.lexicon import aliases

_SAME, _A_IN_B, _B_IN_A = "same", "a_in_b", "b_in_a"


@dataclass(frozen=True, slots=True)
class _Alignment:
    direction: str  # same | a_in_b | b_in_a
    by_place: bool  # the part is a smaller place: only an excess is worth saying


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs(a - b) <= SAME_TIME


def _place_relation(a: _Reading, b: _Reading) -> str | None:
    if a.place is None or b.place is None or a.place.casefold() == b.place.casefold():
        return _SAME
    if a.claim.kind == b.claim.kind == "vote":
        return _SAME  # a vote is held once; the place its sentence names is the topic's
    if _contains(b.place, a.place):
        return _A_IN_B
    if _contains(a.place, b.place):
        return _B_IN_A
    return None


def _subject_relation(a: _Reading, b: _Reading) -> str | None:
    if a.subject == b.subject:
        if a.subject not in aliases.PART_ONLY_SUBJECTS:
            return _SAME
        # victims listed one by one may be only some of them, but two reports that list
        # the same number ("two women and one man") tell one list
        return _SAME if _same_figure(a, b) else None
    if a.subject is None or b.subject is None:
        return None
    if _subject_inside(a.subject, b.subject):
        return _A_IN_B
    if _subject_inside(b.subject, a.subject):
        return _B_IN_A
    known = set(aliases.SUBJECT_CLASSES.values())
    if a.subject in known or b.subject in known:
        return None
    if fuzz.token_set_ratio(a.subject, b.subject) >= SUBJECT_MATCH:
        return _SAME
    return None


def _inside(f: _Frame, g: _Frame) -> bool:
    """Whether frame `f` lies within frame `g` (both with calendar days). The slack is
    for a part that runs a day past the whole's end (an overnight edition), not for a
    part that begins after the whole is over: "Monday morning" (9 Apr) is no part of
    "last week" (2-8 Apr) told of the day before (ECB+ 18_ecbplus)."""
    assert f.end is not None and g.end is not None
    starts_after = g.start is None or (f.start is not None and g.start <= f.start)
    starts_within = f.start is None or f.start <= g.end
    return starts_after and starts_within and f.end <= plus(g.end, SAME_TIME)


def _overlap(f: _Frame, g: _Frame) -> bool:
    """Whether two frames with calendar days share a day, or lie within SAME_TIME."""
    if f.end is None or g.end is None:
        return False
    f_start, g_start = f.start or f.end, g.start or g.end
    return f_start <= plus(g.end, SAME_TIME) and g_start <= plus(f.end, SAME_TIME)


def _past(r: _Reading) -> bool:
    """Whether `r` counts a stretch that ended long before it was reported."""
    end, as_of = r.frame.end, r.as_of
    return end is not None and as_of is not None and end < plus(as_of, -PAST_FRAME)


def _frame_relation(a: _Reading, b: _Reading) -> str | None:
    fa, fb = a.frame, b.frame
    if _past(a) or _past(b):
        # background figures meet only the same past stretch: "In 2004 ... killed
        # 230,000" is neither today's toll nor a part of it
        same = fa.start == fb.start and fa.end == fb.end
        return _SAME if _past(a) and _past(b) and same else None
    if fa.label is not None or fb.label is not None:
        if fa.label is not None and fb.label is not None:
            same = fuzz.token_set_ratio(fa.label, fb.label) >= SCOPE_MATCH
            return _SAME if same and _near(a.as_of, b.as_of) else None
        # an undated short scope ("overnight") reported while a wider scope ran ("since
        # last Friday", "so far") is read as inside it: news reports what just happened
        part, whole, direction = (a, b, _A_IN_B) if fa.label is not None else (b, a, _B_IN_A)
        if not part.frame.short or whole.frame.short or whole.frame.end is None:
            return None
        if part.as_of is None:
            return None
        starts_after = whole.frame.start is None or whole.frame.start <= part.as_of
        return (
            direction if starts_after and part.as_of <= plus(whole.frame.end, SAME_TIME) else None
        )
    if fa.running and fb.running:
        return _SAME  # one running total; report dates order it later
    if a.measure and b.measure and not (fa.to_date or fb.to_date) and _overlap(fa, fb):
        # a measure of one happening counts no stretch: "overnight" and "on Thursday
        # morning" both date the quake 20 and 26 miles north of Santa Rosa (ECB+
        # 38_ecbplus); a measure no words date may be another happening's (the 2004 quake)
        return _SAME
    if fa.end is None or fb.end is None:
        return None
    if fa.start == fb.start and fa.end == fb.end:
        return _SAME
    if a.claim.kind == b.claim.kind == "vote" and (_inside(fa, fb) or _inside(fb, fa)):
        return _SAME  # one vote, dated "on Saturday" here and "at the weekend" there
    if _inside(fa, fb) and not fb.short:
        return _A_IN_B
    if _inside(fb, fa) and not fa.short:
        return _B_IN_A
    return None


def _telling_figure(r: _Reading) -> float | None:
    """The figure a claim states, when it is one that can tell a fact again: not a vague
    word ("dozens"), not a single one ("a man was killed", "Gigante died": one of anything
    does not tell which), not a duration (told at two dates, it is read through when it
    began, `durations`), not an age (ages meet by person)."""
    q = r.claim.value
    if q is None or q.vague or q.best is None or r.claim.kind == "duration":
        return None
    if r.claim.subject == AGE_SUBJECT or (q.unit is None and q.best < 2):
        return None
    return q.best


def _same_figure(a: _Reading, b: _Reading) -> bool:
    """Whether two claims state one telling figure in one unit ("$35,000" and "$35,000";
    "about 14 miles" and "about 14 miles")."""
    figure = _telling_figure(a)
    if figure is None or figure != _telling_figure(b):
        return False
    return a.claim.value.unit == b.claim.value.unit  # type: ignore[union-attr]


def _unnamed_span(a: _Reading, b: _Reading) -> bool:
    """Whether two durations that name nothing that lasted state one span in one unit
    ("five years" and "five years", "about three hours" twice): the same span told
    again, whenever told (a term of office, a sentence); with nothing named there is no
    start to hold apart."""
    qa, qb = a.claim.value, b.claim.value
    if a.claim.kind != "duration" or b.claim.kind != "duration" or qa is None or qb is None:
        return False
    if a.subject is not None or b.subject is not None or qa.vague or qb.vague:
        return False
    same = qa.low == qb.low and qa.high == qb.high and qa.unit == qb.unit
    return same and qa.low is not None


def _actors_compatible(a: _Reading, b: _Reading) -> bool:
    if not a.actors or not b.actors:
        return True
    return any(_same_actor(x, y) for x in a.actors for y in b.actors)


def _align(a: _Reading, b: _Reading) -> _Alignment | None:
    """How two quantity claims relate in what they count, or None for different things."""
    if a.event and b.event and a.event != b.event:
        return None
    if not _actors_compatible(a, b):
        return None
    frame = _frame_relation(a, b)
    place = _place_relation(a, b)
    if _same_figure(a, b) or _unnamed_span(a, b):
        # one figure of one thing, told with other time words ("on Sunday", "this
        # morning", "last summer") or a place named at another grain ("Dallas" and
        # "Texas" for one motel's "two women"): the same fact told again, never a rival
        # nor a part of itself; a span's time words say when it was told
        frame = _SAME
        place = _SAME if place is not None else None
    relations = [place, _subject_relation(a, b), frame]
    if None in relations:
        return None
    directions = {r for r in relations if r is not None and r != _SAME}
    if len(directions) > 1:
        return None  # a is smaller one way and larger another: not comparable
    if not directions:
        return _Alignment(_SAME, False)
    direction = directions.pop()
    if a.frame.running and b.frame.running:
        # a part's running total must not be later than the whole's
        part, whole = (a, b) if direction == _A_IN_B else (b, a)
        if part.as_of is None or whole.as_of is None or part.as_of > plus(whole.as_of, SAME_TIME):
            return None
    return _Alignment(direction, relations[0] != _SAME)
