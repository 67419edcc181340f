"""Blocking: which claims may meet. Only claims of one kind and one class of thing share a
block; inside it a series meets itself at neighbouring dates, other series meet within a
day in one country, and undated claims meet the whole block, each with a bounded number
of partners, so cost grows with the buckets, not with all pairs."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from claims.compare.align import _telling_figure
from claims.compare.names import _WORD, _actor, _age_noun, _plain, _subject_root
from claims.compare.places import _place
from claims.compare.reading import _Reading
from claims.compare.settings import (
    AGE_SUBJECT,
    EVENT_SLACK_DAYS,
    MAX_PARTNERS,
    PART_KINDS,
    SAME_TIME,
)
from claims.lexicon import aliases
from claims.lexicon.places import PLACES
from claims.model import Claim


def _block(r: _Reading) -> tuple[str | None, ...] | None:
    """Claims meet only inside one block: one kind and one class of thing."""
    kind = r.claim.kind
    if kind == "event":
        return (kind, r.event) if r.event else None
    if r.claim.value is None or r.converted:
        return None
    if r.subject is None and kind != "vote":
        return None  # a count of nothing named cannot be lined up with anything
    if kind == "duration" and not _names_what_lasted(r.claim.subject):
        return None  # "five minutes later", "for four days, Greece ...": what lasted is unsaid
    if r.claim.subject == AGE_SUBJECT:
        # an age lines up only with the same person's: "Harrison, 35" and "Angela D.
        # Harrison, 35"; the age of someone the sentence does not name meets none
        if len(r.actors) == 1:
            return (kind, AGE_SUBJECT, r.actors[0])
        # unnamed, the person is told by the word after the age and the age itself: "a
        # 67-year-old woman" in four reports; "a 20-year-old man" is not "a 20-year-old"
        # gunman, nor "a 21-year-old man"
        noun = _age_noun(r.claim)
        value = r.claim.value
        if r.actors or noun is None or value.best is None:
            return None
        return (kind, AGE_SUBJECT, "=", value.best, value.unit, noun)
    if _unaligned_subject(r.claim.subject) or _increment(r.claim):
        return None
    value = r.claim.value
    if kind in PART_KINDS and value.low is not None and 0 < value.low < 1:
        return None  # a share ("more than half of the 288 candidates"), not a count
    if kind == "count":
        # a count lines up only with a count of the same thing in the same happening,
        # told by the verb beside it ("supporters welcoming" = "supporters welcomed"):
        # "tens of thousands of people" marching are not "five people" rescued, and
        # "three touchdowns" thrown are not the "five touchdowns" of a season. With no
        # verb on a side there is nothing to line up by (wire copy showed such counts
        # to be mostly different things).
        root = _subject_root(r.subject)
        if (r.claim.subject or "")[:1].isupper():
            return None  # a people ("Gazans", "Syrians"): who is counted is unclear
        # with no verb on a side the count may still agree ("2,000 tents" in two reports),
        # never disagree: comparison drops a discrepancy of such a pair (VERBLESS)
        return kind, root, r.event or VERBLESS
    return kind, _subject_root(r.subject)


#: Words a duration's reader takes for its subject that make it a time offset, not how long
#: something lasted ("five minutes later", "two days after").
_OFFSET_WORDS = frozenset("later earlier after before ago afterward afterwards since".split())


def _names_what_lasted(subject: str | None) -> bool:
    """Whether a duration's subject names what lasted ("uprising", "sentence"), not an
    offset word ("five minutes later") nor a place ("for four days, Greece ...")."""
    if not subject:
        return True  # no subject: lined up by kind, frame and place as before
    first = subject.split()[0].lower()
    return first not in _OFFSET_WORDS and _place(subject) not in PLACES


#: The block event of a count no verb tells the happening of.
VERBLESS = "(no verb)"


def _series(r: _Reading) -> tuple[object, ...]:
    """Claims that could be one running figure: same place, subject, scope, event."""
    frame = r.frame
    span = "running" if frame.running else (frame.start, frame.end, frame.label)
    place = r.place.casefold() if r.place else None
    return (place, r.subject, span, r.event)


def _when(r: _Reading) -> dt.date | None:
    """The day this claim is filed under for blocking."""
    if r.claim.kind == "event":
        date = r.claim.date
        return date.start if date is not None and date.resolved else None
    return r.as_of


def _unaligned_subject(subject: str | None) -> bool:
    """Counts that name no whole to line up: ages ("a 23-year-old", "Sims, 31," are
    different people's), and increments ("three more people", "the other two")."""
    if not subject:
        return False
    key = _plain(subject)
    return (
        key in aliases.UNALIGNED_SUBJECTS
        or key.rsplit(" ", 1)[-1] in aliases.UNALIGNED_SUBJECTS  # "touchdown pass"
        or key.split(" ", 1)[0] in aliases.INCREMENT_WORDS
    )


def _increment(claim: Claim) -> bool:
    """Whether the word before the figure makes it an increment: "Another four people
    died in hospitals" adds to a toll, it is not one."""
    at = claim.sentence.find(claim.text)
    if at <= 0:
        return False
    before = _WORD.findall(claim.sentence[max(0, at - 40) : at].casefold())
    return bool(before) and before[-1] in aliases.INCREMENT_WORDS


def _candidate_pairs(readings: Sequence[_Reading]) -> Iterator[tuple[int, int]]:
    """Pairs of reading positions worth relating, each once, in a deterministic order."""
    blocks: dict[object, list[_Reading]] = defaultdict(list)
    figures: dict[object, list[_Reading]] = defaultdict(list)
    told: set[tuple[object, str]] = set()
    for r in readings:
        key = _block(r)
        if key is not None:
            blocks[key].append(r)
        figure = _figure_block(r, key) if key is not None else _unnamed_figure(r)
        if figure is not None and (figure, r.claim.article_id) not in told:
            told.add((figure, r.claim.article_id))  # an article's repeat adds nothing
            figures[figure].append(r)
    pairs = itertools.chain(
        (p for block in sorted(blocks, key=repr) for p in _block_pairs(blocks[block])),
        (p for figure in sorted(figures, key=repr) for p in _all_pairs(figures[figure])),
        _named_and_unnamed_ages(readings),
    )
    seen: set[tuple[int, int]] = set()
    for a, b in pairs:
        if a.claim.article_id == b.claim.article_id:
            continue
        pair = (a.order, b.order) if a.order < b.order else (b.order, a.order)
        if pair not in seen:
            seen.add(pair)
            yield pair


#: How many people of one age a story may name for an unnamed age of those years to meet
#: them ("both 51": two).
NAMED_OF_ONE_AGE = 2


def _named_and_unnamed_ages(readings: Sequence[_Reading]) -> Iterator[tuple[_Reading, _Reading]]:
    """An unnamed person's age with the named persons' ages of the same years: "a woman,
    29, who was shot" and "Whitney Lewis, 29" in a later report (GVC 692025), "both 51"
    and "51-year-old Senior Trooper William Hakim" (ECB+ 8_ecb) are one person told with
    and without a name, when the story names at most two people of those years ("both
    51" of two named men; a mass shooting's list of victims of one age leaves "a woman,
    29," unplaced). Only agreement can come of it (`ages._relate_ages`); ages of two
    names, or of two unnamed people, meet by their own blocks."""
    named: dict[tuple[float, str], list[_Reading]] = defaultdict(list)
    unnamed: dict[tuple[float, str], list[_Reading]] = defaultdict(list)
    for r in readings:
        value = r.claim.value
        if r.claim.subject != AGE_SUBJECT or value is None or value.best is None:
            continue
        years = (value.best, value.unit or "year")  # "29" beside a name is 29 years old
        if len(r.actors) == 1:
            named[years].append(r)
        elif not r.actors:
            unnamed[years].append(r)
    for years in sorted(unnamed, key=repr):
        people = named.get(years, [])
        if not 0 < len({_actor(r.actors[0]) for r in people}) <= NAMED_OF_ONE_AGE:
            continue  # nobody, or too many people, of those years is named
        yield from ((a, b) for a in unnamed[years] for b in people[:MAX_PARTNERS])


def _figure_block(r: _Reading, block: tuple[str | None, ...]) -> tuple[object, ...] | None:
    """Claims that state one figure of one class of thing meet wherever and whenever they
    were reported: "four people" killed, told in June and again at the December trial;
    "three boats" intercepted here and captured there. Their time words and a count's verb
    may differ (alignment lets one figure agree across them); only agreement can come of
    it. Figures that tell too little are left out (`align._telling_figure`)."""
    figure = _telling_figure(r)
    if figure is None:
        return None
    assert r.claim.value is not None
    return (*block[:2], "=", figure, r.claim.value.unit)  # a count's block without its verb


#: Kinds whose figures are told precisely enough to be one fact when repeated, even with
#: what they count unsaid: a sum of money ("110 billion euros") and a share ("52 percent").
SUM_OR_SHARE = frozenset({"money", "percent"})


def _unnamed_figure(r: _Reading) -> tuple[object, ...] | None:
    """The figure block of a claim that has no block: a sum or share with its subject
    unsaid, or the same increment in the same words ("the three other victims")."""
    return _sum_or_share(r) or _same_increment(r) or _same_span(r)


def _same_span(r: _Reading) -> tuple[object, ...] | None:
    """The figure block of a duration that names nothing that lasted: "five years" in
    three reports on one parliament's term (ECB+ 11_ecbplus), "about three hours" of
    one standoff (GVC 512073). It meets the same span in the same words' reading and
    unit, and only agrees (`align._unnamed_span`); spans that differ name nothing to
    line them up by."""
    if r.claim.kind != "duration" or r.subject is not None or r.converted:
        return None
    q = r.claim.value
    if q is None or q.vague or q.low is None or q.unit is None:
        return None
    return (r.claim.kind, None, "=", q.low, q.high, q.unit)


def _same_increment(r: _Reading) -> tuple[object, ...] | None:
    """An increment ("three other victims", "two other men") adds to a toll and is no
    whole; two reports that give the same increment in the same words tell one fact (the
    others of one shooting), and only agree."""
    subject = _plain(r.claim.subject or "")
    if r.claim.subject == AGE_SUBJECT or subject.split(" ", 1)[0] not in aliases.INCREMENT_WORDS:
        return None
    figure = _telling_figure(r)
    if figure is None or r.claim.value is None or r.converted:
        return None
    return (r.claim.kind, subject, "=", figure, r.claim.value.unit)


def _sum_or_share(r: _Reading) -> tuple[object, ...] | None:
    """The figure block of a sum or share whose subject is unsaid ("110 billion euros"
    in two reports on one bailout, "52 percent" in two on one poll): it meets the same
    figure in the same unit, and only agrees (a count of nothing named meets nothing)."""
    if r.claim.kind not in SUM_OR_SHARE or r.converted or r.subject is not None:
        return None
    figure = _telling_figure(r)
    if figure is None or r.claim.value is None or r.claim.value.unit is None:
        return None
    return (r.claim.kind, None, "=", figure, r.claim.value.unit)


def _block_pairs(members: list[_Reading]) -> Iterator[tuple[_Reading, _Reading]]:
    if members[0].claim.subject == AGE_SUBJECT:
        # one person's ages: a block of a few claims, each meets each whenever reported
        yield from _all_pairs(members)
        return
    window = dt.timedelta(days=EVENT_SLACK_DAYS) if members[0].claim.kind == "event" else SAME_TIME
    undated = [r for r in members if _when(r) is None]
    dated = [r for r in members if _when(r) is not None]
    yield from _series_pairs(dated)
    yield from _nearby_pairs(dated, window)
    # an undated claim cannot be placed in time: it meets the whole block
    block = _Partners(members)
    for a in undated:
        yield from _some_partners(a, block)


def _series_pairs(dated: list[_Reading]) -> Iterator[tuple[_Reading, _Reading]]:
    """A series meets itself at the same and at neighbouring dates: a running toll is
    checked step by step (a shrink anywhere shows up between two neighbours)."""
    series: dict[object, list[_Reading]] = defaultdict(list)
    for r in dated:
        series[_series(r)].append(r)
    for chain in series.values():
        by_day = _by_day(chain)
        days = sorted(by_day)
        for n, day in enumerate(days):
            here = by_day[day]
            yield from _all_pairs(here)
            if n + 1 < len(days):
                following = by_day[days[n + 1]][:MAX_PARTNERS]
                yield from ((a, b) for a in here for b in following)


def _nearby_pairs(
    dated: list[_Reading], window: dt.timedelta
) -> Iterator[tuple[_Reading, _Reading]]:
    """Any two series meet when reported within `window` and in one country."""
    by_day = _by_day(dated)
    days = sorted(by_day)
    for n, day in enumerate(days):
        pool: dict[str | None, list[_Reading]] = defaultdict(list)
        for later in days[n:]:
            if later - day > window:
                break
            for r in by_day[later]:
                pool[r.country].append(r)
        everyone = _Partners([r for group in pool.values() for r in group])
        countries: dict[str, _Partners] = {}  # each country's partners, built once a day
        for a in by_day[day]:
            if a.country is None:
                partners = everyone
            elif a.country in countries:
                partners = countries[a.country]
            else:
                partners = countries[a.country] = _Partners(pool[a.country] + pool[None])
            yield from _some_partners(a, partners)


class _Partners:
    """The readings some claims may meet, indexed once by input order, so each claim
    finds its nearest among them by bisection instead of sorting them all."""

    def __init__(self, members: list[_Reading]) -> None:
        self.members = members
        self.by_order = sorted(range(len(members)), key=lambda i: members[i].order)
        self.orders = [members[i].order for i in self.by_order]


def _some_partners(a: _Reading, partners: _Partners) -> Iterator[tuple[_Reading, _Reading]]:
    """`a` with the MAX_PARTNERS partners nearest it in input order (the earlier in the
    list on a tie); all of them, in list order, when there are no more than that."""
    members, orders = partners.members, partners.orders
    at = bisect.bisect_left(orders, a.order)
    present = at < len(orders) and orders[at] == a.order  # orders are unique
    if len(members) - present <= MAX_PARTNERS:
        return ((a, b) for b in members if b is not a)
    # the nearest lie within MAX_PARTNERS places either side of `a` in input order
    window = partners.by_order[max(0, at - MAX_PARTNERS) : at + MAX_PARTNERS + 1]
    near = sorted(
        (i for i in window if members[i] is not a),
        key=lambda i: (abs(members[i].order - a.order), i),
    )
    return ((a, members[i]) for i in near[:MAX_PARTNERS])


def _by_day(readings: Iterable[_Reading]) -> dict[dt.date, list[_Reading]]:
    out: dict[dt.date, list[_Reading]] = defaultdict(list)
    for r in readings:
        when = _when(r)
        assert when is not None
        out[when].append(r)
    return out


def _all_pairs(items: Sequence[_Reading]) -> Iterator[tuple[_Reading, _Reading]]:
    """Each reading with the next MAX_PARTNERS in input order: all pairs for the handful
    of articles a desk checks, and a bounded number for a thousand copies of one story
    (a claim that differs from the rest still meets enough of them to show)."""
    for n, a in enumerate(items):
        for b in items[n + 1 : n + 1 + MAX_PARTNERS]:
            yield a, b
