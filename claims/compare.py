"""Line up the claims of several articles and say how claims about one thing relate.

The stages (DESIGN.md, "Comparing"):

1. Syndication: articles that share many near-identical sentences are copies of one
   wire story. An undated copy borrows the date of its dated twin ("inferred").
2. Reading: every claim gets the context comparison needs in canonical form: what is
   counted (a subject class), where (a place from the places lexicon), when (a `_Frame`:
   the stretch of days the count covers), who (actor surnames), which event.
3. Blocking: only claims of one kind and one subject class (or one event class) can
   meet; inside a block, a claim meets the claims of its own series at the same and the
   neighbouring report dates, and the claims of other series reported within a day.
   Cost grows with the size of those buckets, not with all pairs.
4. Alignment: a pair counts the same thing, or one counts a part of what the other
   counts (a sub-period, a sub-place, a sub-class of people), or they count different
   things and are not related at all.
5. Relation: agree, consistent, update or discrepancy, with a severity and a sentence a
   sub-editor can read in one breath.
6. Groups: claims joined by findings, with a label, a status and a consensus.

Claims of the same article are not related to each other: the report cross-checks
articles, and an article's own figures usually count different things.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from types import MappingProxyType

from rapidfuzz import fuzz, process

from claims.errors import InvalidInput
from claims.extract import extract
from claims.lexicon import aliases
from claims.lexicon.places import PLACE_ALIASES, PLACES
from claims.model import Article, Claim, DateInterval, Finding, Group, Quantity

__all__ = ["Comparison", "compare"]

# --------------------------------------------------------------------------- settings

#: Two reports a day apart describe the same moment (time zones, overnight editions).
SAME_TIME = dt.timedelta(days=1)

#: How many others one claim is related to within a block: every one for the handful of
#: articles a desk checks, a bounded number for a thousand copies of one story, where all
#: pairs made a million findings (bench/speed.py, 1,000 varied seed articles).
MAX_PARTNERS = 24
#: A count whose days ended this long before its report is background ("the 2004
#: tsunami that killed 170,000" in a 2013 quake story): it meets only counts of the same
#: past stretch, never today's toll, and is never a part of a current total.
PAST_FRAME = dt.timedelta(days=60)
#: Tolls of one happening that only grow while it is reported: a later, larger figure
#: of the same toll is an update even when neither report says "so far".
GROWING_KINDS = frozenset({"deaths", "injuries", "displaced", "detained"})
#: Kinds whose figures add up, so one claim can count a part of another's (a night's
#: deaths within a week's); a depth, a price or a share has no parts.
PART_KINDS = frozenset({"deaths", "injuries", "displaced", "detained", "vote", "count"})
#: A figure converted to another unit is rounded: it agrees within this share of itself
#: ("35 kilometers" is "22 miles", 1.2% apart).
CONVERSION_ROUNDING = 0.03
#: Dates of one happening that differ by up to a week are one happening misdated;
#: further apart they are two happenings (Muallem's visits in February and September).
EVENT_SLACK_DAYS = 7
#: An open bound's implied ceiling is "far exceeded" beyond this factor: "at least
#: 6,000" suggests about 7,000; 10,500 is still a reading of it, 100,000 is not.
FAR_BEYOND = 1.5

#: Subject classes that name some of the casualties, not what a group counts: a label
#: says "Deaths in Athens", not "Deaths of individual in Athens".
UNLABELLED_SUBJECTS = frozenset({"individual", "victims listed", "seriously hurt", "others"})

#: A smaller place's incident toll this many times the larger place's is another event.
OTHER_EVENT_RATIO = 10.0
#: Syndication: sentences of at least this many words, matched at this rapidfuzz ratio;
#: two articles are copies when they share this many such sentences and this share of
#: the shorter one (the seed copies share 8 of 24; unrelated seeds share none).
SENTENCE_MIN_WORDS = 8
SENTENCE_MATCH = 85
SYNDICATION_MIN_SHARED = 3
SYNDICATION_MIN_SHARE = 0.2
#: In a story carried by this many copies, a claim the copies repeat unchanged is
#: cited once, by its best-sourced copy (six copies of an AFP story would give six
#: findings each). Two copies keep their own findings: the seed copies 002/003 are
#: each a gold partner.
COLLAPSE_COPIES = 3
#: A shingle found in more articles than this is boilerplate ("follow us on Twitter").
SHINGLE_MAX_ARTICLES = 50
#: rapidfuzz scores above which two subjects, scope phrases or surnames are one.
SUBJECT_MATCH = 90
SCOPE_MATCH = 85
ACTOR_MATCH = 88

RELATION_RANK = MappingProxyType({"discrepancy": 0, "update": 1, "consistent": 2, "agree": 3})

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

# --------------------------------------------------------------------------- patterns

_SENTENCE_BREAK = re.compile(
    r"""
    [.!?]+ ["”’)\]]* \s+   # a full stop, question or exclamation mark, closing quotes, space
    | \n+                  # or a line break: headlines and furniture stand on their own lines
    """,
    re.VERBOSE,
)
_WORD = re.compile(
    r"""
    \w+   # a run of letters or digits
    """,
    re.VERBOSE,
)
#: What stands before a figure in brackets that converts the figure before it:
#: "10 kilometres (" 6.2 miles), "110 billion (" $158 billion), "35 km (about " 22 miles).
_CONVERSION = re.compile(
    r"""
    \d [\d.,]{0,12} (?:[ -]?[^\W\d]{1,12}){0,2}   # a figure and up to two unit words
    [ ]{0,2} \( [ ]{0,2}                           # the opening bracket
    (?:(?:about|some|roughly|around|nearly|or|approximately)[ ]{1,2})?
    $
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_NAME = re.compile(
    r"""
    [^\w\s-]+   # anything but letters, digits, spaces and hyphens: the dots of U.N., quotes
    """,
    re.VERBOSE,
)

# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Comparison:
    """What `compare` found: the articles (dates inferred where possible), the groups
    of claims about one thing, the pairwise findings, and the syndicated articles."""

    articles: tuple[Article, ...]
    groups: tuple[Group, ...]
    findings: tuple[Finding, ...]
    syndication: tuple[tuple[str, ...], ...]


def compare(articles: Iterable[Article]) -> Comparison:
    """Align the claims of `articles` across articles and relate those about one thing.

    Findings are numbered f1.. and groups g1.., worst first, in an order that depends
    only on the input, so the same articles always give the same ids.
    """
    articles = tuple(articles)
    _check_ids(articles)
    syndication = _syndication(articles)
    articles = _infer_dates(articles, syndication)
    copies = {a: i for i, group in enumerate(syndication) for a in group}
    short_ids = _short_ids(articles)
    claims = [(claim, short_ids[article.id]) for article in articles for claim in article.claims]
    converted = _conversions(articles)
    readings = [
        _read(claim, order, short, claim.id in converted)
        for order, (claim, short) in enumerate(claims)
    ]
    repeats = _repeats(claims)
    links = []
    for i, j in _candidate_pairs(readings):
        if i in repeats or j in repeats:
            continue
        link = _relate(readings[i], readings[j])
        if link is not None:
            links.append(link)
    groups, group_of = _groups(readings, links)
    links.sort(key=lambda k: (RELATION_RANK[k.relation], -k.severity, k.pair))
    dated = {a.id for a in articles if a.published_basis in ("metadata", "dateline")}
    links = _said_once(links, readings, copies, dated)
    findings = tuple(
        _finding(f"f{n}", link, copies, group_of) for n, link in enumerate(links, start=1)
    )
    return Comparison(articles=articles, groups=groups, findings=findings, syndication=syndication)


def _repeats(claims: Sequence[tuple[Claim, str]]) -> set[int]:
    """Positions of claims an article repeats word for word in the same sentence (a
    photo caption printed once per image, a paragraph a page carries twice): the first
    stands for them, so one slip is not reported five times."""
    seen: set[tuple[str, str, str, str]] = set()
    repeats: set[int] = set()
    for order, (claim, _) in enumerate(claims):
        key = (claim.article_id, claim.kind, claim.text, claim.sentence)
        if key in seen:
            repeats.add(order)
        seen.add(key)
    return repeats


def _said_once(
    links: Sequence[_Link],
    readings: Sequence[_Reading],
    copies: dict[str, int],
    dated: set[str],
) -> list[_Link]:
    """The findings with those repeated by copies of one wire story said once.

    A claim every copy carries unchanged (same words, figure, context and date) stands
    for all of them: "230,000" in six copies against "170,000" elsewhere is one finding,
    not six. The copy that stands for the others is the best-sourced: one that gives its
    own date (metadata or dateline), then the first. Groups still hold every copy's
    claim; copies that differ keep their own findings ("one copy was changed").
    """
    carried: dict[tuple[object, ...], list[int]] = defaultdict(list)
    representative: dict[int, int] = {r.order: r.order for r in readings}
    for r in sorted(readings, key=lambda r: (r.claim.article_id not in dated, r.order)):
        story = copies.get(r.claim.article_id)
        if story is not None:
            c = r.claim
            signature = (story, c.kind, c.text.casefold(), c.value, c.date, c.time_scope)
            signature += (r.subject, r.event, r.place, r.actors, r.frame)
            carried[signature].append(r.order)
    size = Counter(copies.values())
    for signature, orders in carried.items():
        if size[signature[0]] >= COLLAPSE_COPIES:
            for o in orders:
                representative[o] = orders[0]
    best: dict[tuple[object, ...], tuple[int, int]] = {}
    for n, link in enumerate(links):
        ends = (link.first.order, link.second.order)
        stand_ins = sorted(representative[o] for o in ends)
        if stand_ins[0] == stand_ins[1]:
            key: tuple[object, ...] = ("between copies", n)
        else:
            key = (link.relation, *stand_ins)
        rank = (sum(representative[o] != o for o in ends), n)
        if key not in best or rank < best[key]:
            best[key] = rank
    return [links[n] for n in sorted(n for _, n in best.values())]


def _check_ids(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise InvalidInput(
                f"two articles have the id {article.id!r}",
                field="articles",
                hint="give each article its own id (a file name, a URL hash)",
            )
        seen.add(article.id)
    claim_ids = [c.id for a in articles for c in a.claims]
    if len(set(claim_ids)) != len(claim_ids):
        raise InvalidInput(
            "two claims share an id",
            field="claims",
            hint="claim ids must be unique across articles",
        )


# --------------------------------------------------------------------------- syndication


def _sentences(text: str) -> list[str]:
    """The long sentences of `text`, lower-cased words joined by single spaces."""
    out = []
    for piece in _SENTENCE_BREAK.split(text):
        words = _WORD.findall(piece.casefold())
        if len(words) >= SENTENCE_MIN_WORDS:
            out.append(" ".join(words))
    return out


def _syndication(articles: Sequence[Article]) -> tuple[tuple[str, ...], ...]:
    """Groups of article ids that are copies of one story, each sorted, in id order.

    Candidates are found through an inverted index of a few word 4-grams per sentence
    (its first, middle and last: a copy edited here and there still shares most of
    them), so a large check neither compares every pair of articles nor holds every
    4-gram; candidates are confirmed sentence by sentence with rapidfuzz.
    """
    sentences = [_sentences(a.text) for a in articles]
    index: dict[str, list[int]] = defaultdict(list)
    for n, sents in enumerate(sentences):
        for sentence in sents:
            words = sentence.split()
            for k in {0, (len(words) - 4) // 2, len(words) - 4}:
                holders = index[" ".join(words[k : k + 4])]
                if not holders or holders[-1] != n:
                    holders.append(n)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        if 1 < len(holders) <= SHINGLE_MAX_ARTICLES:
            for x, first in enumerate(holders):
                for second in holders[x + 1 :]:
                    shared[first, second] += 1
    del index
    parent = list(range(len(articles)))
    for (a, b), count in sorted(shared.items()):
        if count >= SYNDICATION_MIN_SHARED and _copies(sentences[a], sentences[b]):
            _union(parent, a, b)
    members: dict[int, list[str]] = defaultdict(list)
    for n, article in enumerate(articles):
        members[_find(parent, n)].append(article.id)
    return tuple(sorted(tuple(sorted(ids)) for ids in members.values() if len(ids) > 1))


def _copies(first: list[str], second: list[str]) -> bool:
    shorter, longer = sorted((first, second), key=len)
    if not shorter:
        return False
    matched = sum(
        process.extractOne(s, longer, scorer=fuzz.ratio, score_cutoff=SENTENCE_MATCH) is not None
        for s in shorter
    )
    return matched >= SYNDICATION_MIN_SHARED and matched >= SYNDICATION_MIN_SHARE * len(shorter)


def _find(parent: list[int], n: int) -> int:
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


# --------------------------------------------------------------------------- dates


def _infer_dates(
    articles: tuple[Article, ...], syndication: tuple[tuple[str, ...], ...]
) -> tuple[Article, ...]:
    """Date the undated articles where the others allow it.

    An undated copy of a wire story takes the date of its earliest dated twin. An
    undated article that reports a coming event ("will visit Damascus on Tuesday") which
    a dated article dates (Lavrov's talks in Damascus on 7 Feb 2012), and that names the
    weekday of its own report ("Russia said Saturday"), was published on that weekday
    of the days before the event: Saturday 4 Feb.
    """
    by_id = {a.id: a for a in articles}
    inferred: dict[str, Article] = {}
    for group in syndication:
        dates = [d for i in group if (d := by_id[i].published) is not None]
        if dates:
            for i in group:
                if by_id[i].published is None:
                    inferred[i] = _dated(by_id[i], min(dates))
    dated_events = [
        c
        for a in articles
        if a.published is not None
        for c in a.claims
        if c.kind == "event" and c.date is not None and c.date.grain == "day" and c.date.resolved
    ]
    for article in articles:
        if article.published is None and article.id not in inferred:
            dated = _dated_by_event(article, dated_events)
            if dated is not None:
                inferred[article.id] = dated
    return tuple(inferred.get(a.id, a) for a in articles)


#: "said Saturday", "announced on Monday": the weekday a report was made.
_REPORT_WEEKDAY = re.compile(
    r"""
    \b(?:said|says|announced|told[ ]\w+|reported|stated)
    [ ](?:on[ ])?
    (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    """,
    re.VERBOSE,
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _dated_by_event(article: Article, dated_events: Sequence[Claim]) -> Article | None:
    """`article` re-read as of the day its report weekday and a dated twin event fix,
    or None when they do not fix exactly one day."""
    weekdays = {m.group("weekday") for m in _REPORT_WEEKDAY.finditer(article.text)}
    if len(weekdays) != 1:
        return None
    weekday = _WEEKDAYS.index(weekdays.pop())
    for claim in article.claims:
        if claim.kind != "event" or claim.date is None or claim.date.resolved:
            continue
        for twin in dated_events:
            if not _same_happening(claim, twin):
                continue
            day = twin.date.start  # type: ignore[union-attr]
            # The report came in the week before the event, on its weekday.
            published = day - dt.timedelta(days=(day.weekday() - weekday) % 7 or 7)
            reread = extract(
                article.text,
                published=published,
                title=article.title,
                source=article.source,
                url=article.url,
                article_id=article.id,
            )
            again = next((c for c in reread.claims if c.id == claim.id), None)
            if again is not None and again.date is not None and again.date.start == day:
                return dataclasses.replace(reread, published_basis="inferred")
    return None


def _same_happening(a: Claim, b: Claim) -> bool:
    """Two event claims about one happening: same class of event, and a shared actor or
    the same place."""
    if aliases.EVENT_CLASSES.get(a.event or "", a.event) != aliases.EVENT_CLASSES.get(
        b.event or "", b.event
    ):
        return False
    return bool(set(a.actors) & set(b.actors)) or (
        a.location is not None and a.location == b.location
    )


def _dated(article: Article, published: dt.date) -> Article:
    """`article` as published on `published`: claims' as_of follows, and dates the text
    gave without a year ("August 21") are placed in the year that makes them recent."""
    claims = tuple(
        dataclasses.replace(
            c,
            as_of=c.as_of or published,
            date=_place_in_time(c.date, published),
            scope_date=_place_in_time(c.scope_date, published),
        )
        for c in article.claims
    )
    return dataclasses.replace(
        article, published=published, published_basis="inferred", claims=claims
    )


def _place_in_time(date: DateInterval | None, reference: dt.date) -> DateInterval | None:
    """An unresolved month(-day) placed in the latest year where it falls no more than a
    month after `reference` (news looks back more than it looks ahead)."""
    if date is None or date.resolved or date.month is None:
        return date
    for year in (reference.year + 1, reference.year, reference.year - 1):
        start = dt.date(year, date.month, date.day or 1)
        if start <= reference + dt.timedelta(days=31):
            break
    if date.day is not None:
        return DateInterval(start, start, "day", True, date.month, date.day)
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return DateInterval(start, end, "month", True, date.month, None)


def _short_ids(articles: Sequence[Article]) -> dict[str, str]:
    """Article ids as explanations cite them: the part before the first "_" when that
    is unique ("004_923774e86e0d0b06" -> "004"), the whole id otherwise."""
    heads = [a.id.split("_", 1)[0] for a in articles]
    if len(set(heads)) == len(heads):
        return {a.id: head for a, head in zip(articles, heads, strict=True)}
    return {a.id: a.id for a in articles}


# --------------------------------------------------------------------------- names


def _plain(text: str) -> str:
    """Lower case, no dots or quotes, abbreviated words spelled out ("St." -> saint)."""
    words = _NOT_NAME.sub("", text.casefold()).split()
    return " ".join(aliases.WORD_ALIASES.get(w, w) for w in words)


#: every spelling comparison accepts for a place -> the name PLACES knows it by
_PLACE_INDEX = MappingProxyType(
    {
        **{_plain(name): name for name in PLACES},
        **{_plain(parent): parent for parent in PLACES.values() if parent},
        **{_plain(variant): name for variant, name in PLACE_ALIASES.items()},
    }
)


def _place(name: str | None) -> str | None:
    if not name or not name.strip():
        return None
    key = _plain(name)
    canonical = aliases.NAME_ALIASES.get(key, name.strip())
    return _PLACE_INDEX.get(_plain(canonical), canonical)


def _parent(place: str) -> str | None:
    return PLACES.get(place)


def _contains(outer: str, inner: str) -> bool:
    """Whether the places lexicon puts `inner` inside `outer` (Homs in Syria)."""
    seen = {inner}
    place = _parent(inner)
    while place is not None and place not in seen:
        if place.casefold() == outer.casefold():
            return True
        seen.add(place)
        place = _parent(place)
    return False


def _outermost(place: str | None) -> str | None:
    seen: set[str] = set()
    while place is not None and place not in seen:
        seen.add(place)
        parent = _parent(place)
        if parent is None:
            return place
        place = parent
    return place


def _depth(place: str | None) -> int:
    depth, seen = 0, set()
    while place is not None and place not in seen:
        seen.add(place)
        place = _parent(place)
        depth += 1
    return depth


def _actor(name: str) -> str:
    """A person or body as comparison knows it: the canonical name of an organisation
    or country ("U.N." -> un), else the surname without titles ("Mr Lavrov" -> lavrov)."""
    key = _plain(name)
    if key in aliases.NAME_ALIASES:
        return aliases.NAME_ALIASES[key].casefold()
    words = [w for w in key.split() if w not in aliases.TITLES] or key.split()
    return words[-1] if words else key


def _same_actor(a: str, b: str) -> bool:
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if longer.endswith(shorter) and longer[: -len(shorter)] in aliases.NAME_PARTICLES:
        return True  # "alassad" is "assad"
    return fuzz.ratio(a, b) >= ACTOR_MATCH


def _named(subject: str | None) -> str | None:
    """`subject` when it names something counted; None for a misread neighbour word
    ("west" of "50 miles west", "of", "160" of "an eight-year, $160 million offer")."""
    if not subject:
        return None
    words = _WORD.findall(subject.casefold())
    if not any(w.isalpha() for w in words):
        return None
    if all(w in aliases.JUNK_SUBJECT_WORDS or not w.isalpha() for w in words):
        return None
    return subject


def _subject(claim: Claim) -> str | None:
    raw = _named(claim.subject) or aliases.DEFAULT_SUBJECTS.get(claim.kind)
    if raw is None:
        return None
    key = _plain(raw)
    key = _plain(aliases.NAME_ALIASES.get(key, key))
    if key in aliases.SUBJECT_CLASSES:
        return aliases.SUBJECT_CLASSES[key]
    head = key.rsplit(" ", 1)[-1]
    return aliases.SUBJECT_CLASSES.get(head, key)


def _subject_root(subject: str | None) -> str | None:
    """The widest class `subject` is part of; for a subject no table knows, its head
    word ("security council resolution" -> resolution), so spellings meet."""
    seen: set[str] = set()
    while subject in aliases.SUBJECT_PARTS and subject not in seen:
        seen.add(subject)
        subject = aliases.SUBJECT_PARTS[subject]
    if subject is None or subject in aliases.SUBJECT_CLASSES.values():
        return subject
    return subject.rsplit(" ", 1)[-1]


def _subject_inside(part: str, whole: str) -> bool:
    seen: set[str] = set()
    while part in aliases.SUBJECT_PARTS and part not in seen:
        seen.add(part)
        part = aliases.SUBJECT_PARTS[part]
        if part == whole:
            return True
    return False


def _event(claim: Claim) -> str | None:
    if not claim.event:
        return None
    if claim.kind == "count":  # the verb of a count: "welcomed" = "welcoming"
        return _verb_stem(_plain(claim.event))
    key = _plain(claim.event)
    if key in aliases.EVENT_CLASSES:
        return aliases.EVENT_CLASSES[key]
    return next(
        (aliases.EVENT_CLASSES[w] for w in reversed(key.split()) if w in aliases.EVENT_CLASSES), key
    )


def _verb_stem(verb: str) -> str:
    """A crude stem that makes the -ed and -ing forms of one verb meet ("welcomed",
    "welcoming" -> "welcom"; "rallied", "rallying" -> "rally")."""
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if verb.endswith("ing"):
        return verb[:-3]
    if verb.endswith("ed"):
        return verb[:-2]
    return verb


# --------------------------------------------------------------------------- readings


@dataclass(frozen=True, slots=True)
class _Frame:
    """The stretch of days a count covers."""

    start: dt.date | None  # first day counted; None: from the beginning, or not known
    end: dt.date | None  # last day counted; None: not known
    label: str | None  # scope words with no calendar reading ("overnight assault")
    to_date: bool  # counts up to the report: no scope, "so far", "since last Friday"
    short: bool  # one day or one night

    @property
    def running(self) -> bool:
        """A running total: everything up to the report, from the beginning."""
        return self.to_date and self.start is None and self.label is None


@dataclass(frozen=True, slots=True)
class _Reading:
    claim: Claim
    order: int
    short_id: str
    subject: str | None
    place: str | None
    country: str | None
    event: str | None
    actors: tuple[str, ...]
    frame: _Frame
    converted: bool = False  # the figure in brackets after another: a unit conversion

    @property
    def as_of(self) -> dt.date | None:
        return self.claim.as_of

    @property
    def block(self) -> tuple[str | None, ...] | None:
        """Claims meet only inside one block: one kind and one class of thing."""
        kind = self.claim.kind
        if kind == "event":
            return (kind, self.event) if self.event else None
        if self.claim.value is None or self.converted:
            return None
        if self.subject is None and kind != "vote":
            return None  # a count of nothing named cannot be lined up with anything
        if _unaligned_subject(self.claim.subject) or _increment(self.claim):
            return None
        value = self.claim.value
        if kind in PART_KINDS and value.low is not None and 0 < value.low < 1:
            return None  # a share ("more than half of the 288 candidates"), not a count
        if kind == "count":
            # a count lines up only with a count of the same thing in the same happening,
            # told by the verb beside it ("supporters welcoming" = "supporters welcomed"):
            # "tens of thousands of people" marching are not "five people" rescued, and
            # "three touchdowns" thrown are not the "five touchdowns" of a season. With no
            # verb on a side there is nothing to line up by (wire copy showed such counts
            # to be mostly different things).
            if self.event is None:
                return None
            root = _subject_root(self.subject)
            if (self.claim.subject or "")[:1].isupper():
                return None  # a people ("Gazans", "Syrians"): who is counted is unclear
            return kind, root, self.event
        return kind, _subject_root(self.subject)

    @property
    def series(self) -> tuple[object, ...]:
        """Claims that could be one running figure: same place, subject, scope, event."""
        frame = self.frame
        span = "running" if frame.running else (frame.start, frame.end, frame.label)
        place = self.place.casefold() if self.place else None
        return (place, self.subject, span, self.event)

    @property
    def when(self) -> dt.date | None:
        """The day this claim is filed under for blocking."""
        if self.claim.kind == "event":
            date = self.claim.date
            return date.start if date is not None and date.resolved else None
        return self.as_of


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


def _conversions(articles: Iterable[Article]) -> frozenset[str]:
    """Ids of the claims that convert the figure just before them into another unit:
    "10 kilometres (6.2 miles)", "€110bn ($143-billion)". The figure in brackets says
    the same thing again; it is not a claim of its own to compare."""
    out = set()
    for article in articles:
        for claim in article.claims:
            if claim.value is None or not claim.value.unit:
                continue
            at = claim.sentence.find(claim.text)
            match = _CONVERSION.search(claim.sentence[max(0, at - 60) : at]) if at > 0 else None
            if match is not None:
                out.add(claim.id)
    return frozenset(out)


def _read(claim: Claim, order: int, short_id: str, converted: bool = False) -> _Reading:
    place = _place(claim.location)
    return _Reading(
        claim=claim,
        order=order,
        short_id=short_id,
        subject=_subject(claim),
        place=place,
        country=_outermost(place),
        event=_event(claim),
        actors=tuple(sorted({_actor(a) for a in claim.actors if a.strip()})),
        frame=_frame(claim),
        converted=converted,
    )


def _starts_with(words: str, openers: Iterable[str]) -> bool:
    return any(words == w or words.startswith(w + " ") for w in openers)


def _frame(claim: Claim) -> _Frame:
    as_of = claim.as_of
    date = claim.date
    if claim.kind != "event" and claim.time_scope is None and date is not None and date.resolved:
        # a vote or a count tied to a dated happening covers that happening's days
        return _Frame(date.start, date.end, None, False, _days(date.start, date.end) <= 1)
    if claim.time_scope is None:
        return _Frame(None, as_of, None, True, False)
    words = _plain(claim.time_scope)
    if _starts_with(words, aliases.RUNNING_SCOPE_WORDS):
        return _Frame(None, as_of, None, True, False)
    opens = _starts_with(words, aliases.OPEN_SCOPE_WORDS)
    scope = claim.scope_date
    if scope is not None and scope.resolved and scope.start is not None and scope.end is not None:
        if opens:
            end = max(d for d in (scope.end, as_of) if d is not None)
            return _Frame(scope.start, end, None, True, False)
        return _Frame(scope.start, scope.end, None, False, _days(scope.start, scope.end) <= 1)
    if opens:
        return _Frame(None, as_of, words, True, False)
    return _Frame(None, None, words, False, True)


def _days(start: dt.date | None, end: dt.date | None) -> int:
    if start is None or end is None:
        return 0
    return (end - start).days


# --------------------------------------------------------------------------- candidates


def _candidate_pairs(readings: Sequence[_Reading]) -> Iterator[tuple[int, int]]:
    """Pairs of reading positions worth relating, each once, in a deterministic order."""
    blocks: dict[object, list[_Reading]] = defaultdict(list)
    for r in readings:
        key = r.block
        if key is not None:
            blocks[key].append(r)
    seen: set[tuple[int, int]] = set()
    for block in sorted(blocks, key=repr):
        for a, b in _block_pairs(blocks[block]):
            if a.claim.article_id == b.claim.article_id:
                continue
            pair = (a.order, b.order) if a.order < b.order else (b.order, a.order)
            if pair not in seen:
                seen.add(pair)
                yield pair


def _block_pairs(members: list[_Reading]) -> Iterator[tuple[_Reading, _Reading]]:
    window = dt.timedelta(days=EVENT_SLACK_DAYS) if members[0].claim.kind == "event" else SAME_TIME
    undated = [r for r in members if r.when is None]
    dated = [r for r in members if r.when is not None]
    # 1. a series meets itself at the same and at neighbouring dates: a running toll is
    #    checked step by step (a shrink anywhere shows up between two neighbours)
    series: dict[object, list[_Reading]] = defaultdict(list)
    for r in dated:
        series[r.series].append(r)
    for chain in series.values():
        by_day = _by_day(chain)
        days = sorted(by_day)
        for n, day in enumerate(days):
            here = by_day[day]
            yield from _all_pairs(here)
            if n + 1 < len(days):
                following = by_day[days[n + 1]][:MAX_PARTNERS]
                yield from ((a, b) for a in here for b in following)
    # 2. any two series meet when reported close in time and in one country
    by_day = _by_day(dated)
    days = sorted(by_day)
    for n, day in enumerate(days):
        pool: dict[str | None, list[_Reading]] = defaultdict(list)
        for later in days[n:]:
            if later - day > window:
                break
            for r in by_day[later]:
                pool[r.country].append(r)
        everyone = [r for group in pool.values() for r in group]
        for a in by_day[day]:
            partners = everyone if a.country is None else pool[a.country] + pool[None]
            yield from _some_partners(a, partners)
    # 3. an undated claim cannot be placed in time: it meets the whole block
    for a in undated:
        yield from _some_partners(a, members)


def _some_partners(
    a: _Reading, partners: Sequence[_Reading]
) -> Iterator[tuple[_Reading, _Reading]]:
    """`a` with the MAX_PARTNERS partners nearest it in input order."""
    others = [b for b in partners if b is not a]
    if len(others) > MAX_PARTNERS:
        others.sort(key=lambda b: abs(b.order - a.order))
        others = others[:MAX_PARTNERS]
    return ((a, b) for b in others)


def _by_day(readings: Iterable[_Reading]) -> dict[dt.date, list[_Reading]]:
    out: dict[dt.date, list[_Reading]] = defaultdict(list)
    for r in readings:
        assert r.when is not None
        out[r.when].append(r)
    return out


def _all_pairs(items: Sequence[_Reading]) -> Iterator[tuple[_Reading, _Reading]]:
    """Each reading with the next MAX_PARTNERS in input order: all pairs for the handful
    of articles a desk checks, and a bounded number for a thousand copies of one story
    (a claim that differs from the rest still meets enough of them to show)."""
    for n, a in enumerate(items):
        for b in items[n + 1 : n + 1 + MAX_PARTNERS]:
            yield a, b


# --------------------------------------------------------------------------- alignment

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
        return None if a.subject in aliases.PART_ONLY_SUBJECTS else _SAME
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
    """Whether frame `f` lies within frame `g` (both with calendar days)."""
    assert f.end is not None and g.end is not None
    starts_after = g.start is None or (f.start is not None and g.start <= f.start)
    return starts_after and f.end <= g.end + SAME_TIME


def _past(r: _Reading) -> bool:
    """Whether `r` counts a stretch that ended long before it was reported."""
    end, as_of = r.frame.end, r.as_of
    return end is not None and as_of is not None and end < as_of - PAST_FRAME


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
        return direction if starts_after and part.as_of <= whole.frame.end + SAME_TIME else None
    if fa.running and fb.running:
        return _SAME  # one running total; report dates order it later
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
    relations = [_place_relation(a, b), _subject_relation(a, b), _frame_relation(a, b)]
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
        if part.as_of is None or whole.as_of is None or part.as_of > whole.as_of + SAME_TIME:
            return None
    return _Alignment(direction, relations[0] != _SAME)


# --------------------------------------------------------------------------- relations


@dataclass(frozen=True, slots=True)
class _Link:
    """A relation between two readings, with what the explanation needs."""

    relation: str
    severity: float
    first: _Reading  # the claims in the order the explanation cites them
    second: _Reading
    reason: str  # which sentence explains it (see _explain)
    ratio: float = 1.0
    detail: str = ""

    @property
    def pair(self) -> tuple[int, int]:
        return tuple(sorted((self.first.order, self.second.order)))  # type: ignore[return-value]


def _severity(ratio: float) -> float:
    """0..1 from how many times larger one figure is than the other: 1 - 1/ratio (2x ->
    0.5, 10x -> 0.9), never quite 0 for a discrepancy."""
    if not ratio > 1:
        return 0.01
    if math.isinf(ratio):
        return 1.0
    return max(0.01, round(1 - 1 / ratio, 3))


def _ratio(high: float, low: float) -> float:
    if low <= 0:
        return math.inf if high > 0 else 1.0
    return high / low


def _bounds(q: Quantity) -> tuple[float, float]:
    return (-math.inf if q.low is None else q.low, math.inf if q.high is None else q.high)


def _ceiling(q: Quantity) -> float | None:
    """The implied ceiling of an open lower bound: numbers' reading, else the next
    round step ("more than 60" -> 70, "more than 100,000" -> 200,000)."""
    if q.high is not None or q.low is None or q.low <= 0:
        return None
    if q.ceiling is not None:
        return q.ceiling
    magnitude = 10 ** math.floor(math.log10(q.low))
    return (math.floor(q.low / magnitude) + 1) * magnitude


def _implied_high(q: Quantity) -> float:
    ceiling = _ceiling(q)
    return ceiling if ceiling is not None else _bounds(q)[1]


@cache
def _units():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


@cache
def _factor(source: str, target: str) -> float | None:
    """How many `target` units one `source` unit is, or None (currencies, nonsense)."""
    try:
        return float(_units().Quantity(1, source).to(target).magnitude)
    except Exception:  # pint raises several unrelated types for unknown or mismatched units
        return None


def _in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    if (q.unit or "").casefold() == (unit or "").casefold():
        return q
    if q.unit is None or unit is None:
        return None
    factor = _factor(q.unit, unit)
    if factor is None:
        return None

    def scale(x: float | None) -> float | None:
        return None if x is None else x * factor

    return dataclasses.replace(
        q,
        low=scale(q.low),
        high=scale(q.high),
        best=scale(q.best),
        ceiling=scale(q.ceiling),
        unit=unit,
    )


def _at_same_time(a: _Reading, qa: Quantity, b: _Reading, qb: Quantity) -> _Link:
    alo, ahi = _bounds(qa)
    blo, bhi = _bounds(qb)
    if ahi < blo:
        return _Link("discrepancy", _severity(_ratio(blo, ahi)), a, b, "gap", _ratio(blo, ahi))
    if bhi < alo:
        return _Link("discrepancy", _severity(_ratio(alo, bhi)), b, a, "gap", _ratio(alo, bhi))
    for x, qx, y, qy in ((a, qa, b, qb), (b, qb, a, qa)):
        ceiling = _ceiling(qx)
        if ceiling is not None and qy.low is not None and qy.low > ceiling * FAR_BEYOND:
            ratio = qy.low / ceiling
            return _Link("discrepancy", _severity(ratio), x, y, "ceiling", ratio, _number(ceiling))
    if math.isclose(alo, blo) and math.isclose(ahi, bhi):
        return _Link("agree", 0.0, a, b, "same")
    # an open bound reads as up to its implied ceiling: "at least 6,000" lies within
    # "thousands"
    ahi, bhi = _implied_high(qa), _implied_high(qb)
    if blo <= alo and ahi <= bhi:
        return _Link("consistent", 0.0, a, b, "within")
    if alo <= blo and bhi <= ahi:
        return _Link("consistent", 0.0, b, a, "within")
    return _Link("consistent", 0.0, a, b, "overlap")


def _in_order(early: _Reading, qe: Quantity, late: _Reading, ql: Quantity) -> _Link:
    """A running total reported at two dates: growth is an update, a shrink is not."""
    elo, ehi = _bounds(qe)
    llo, lhi = _bounds(ql)
    if lhi < elo:
        return _Link(
            "discrepancy", _severity(_ratio(elo, lhi)), early, late, "shrink", _ratio(elo, lhi)
        )
    ceiling = _ceiling(ql)
    if ceiling is not None and qe.low is not None and qe.low > ceiling * FAR_BEYOND:
        ratio = qe.low / ceiling
        return _Link("discrepancy", _severity(ratio), early, late, "shrink", ratio)
    ceiling = _ceiling(qe)
    if ehi < llo or (ceiling is not None and ql.low is not None and ql.low > ceiling * FAR_BEYOND):
        return _Link("update", 0.0, early, late, "grew")
    return _at_same_time(early, qe, late, ql)


def _as_stated(q: Quantity) -> Quantity:
    """An exact figure as the interval its rounding covers: half a step of its last
    stated digit, and at least CONVERSION_ROUNDING of it ("6.2 miles" -> 6.15..6.25)."""
    if not q.exact or q.low is None or q.low != q.high or q.low <= 0:
        return q
    x = q.low
    step = next((10.0**-k for k in range(4) if math.isclose(x * 10**k, round(x * 10**k))), 1e-3)
    slack = max(step / 2, x * CONVERSION_ROUNDING)
    return dataclasses.replace(q, low=x - slack, high=x + slack, exact=False, approximate=True)


def _part_of_whole(part: _Reading, qp: Quantity, whole: _Reading, qw: Quantity) -> _Link:
    if _bounds(qp) == _bounds(qw):
        return _Link("agree", 0.0, part, whole, "same")
    if qp.low is not None and qw.high is not None and qp.low > qw.high:
        ratio = _ratio(qp.low, qw.high)
        return _Link("discrepancy", _severity(ratio), part, whole, "exceeds", ratio)
    ceiling = _ceiling(qw)
    if ceiling is not None and qp.low is not None and qp.low > ceiling * FAR_BEYOND:
        ratio = qp.low / ceiling
        return _Link(
            "discrepancy", _severity(ratio), part, whole, "exceeds", ratio, _number(ceiling)
        )
    return _Link("consistent", 0.0, part, whole, "fits")


def _step(x: float) -> float:
    """The precision a number was given in: 11 -> 1, 2.5 -> 0.5."""
    return float(1 / Fraction(x).limit_denominator(4).denominator) if x else 1.0


def _start_window(r: _Reading, q: Quantity) -> tuple[dt.date, dt.date] | None:
    """When a duration as of its report date says the thing began (earliest, latest)."""
    days = _in_unit(q, "day")
    if r.as_of is None or days is None or days.low is None:
        return None
    # a whole step of the figure either way: "22-month" and "23-month" a few days apart
    # are one conflict told loosely
    tolerance = _step(q.low if q.low is not None else 1) * (days.low / q.low if q.low else 1)
    longest = days.high if days.high is not None else days.low * 2
    try:
        earliest = r.as_of - dt.timedelta(days=longest + tolerance)
        latest = r.as_of - dt.timedelta(days=max(0.0, days.low - tolerance))
    except OverflowError:
        return None
    return earliest, latest


def _durations(a: _Reading, qa: Quantity, b: _Reading, qb: Quantity) -> _Link | None:
    """Durations reported at different dates compare through when they say it began."""
    if _near(a.as_of, b.as_of):
        return _at_same_time(a, qa, b, qb)
    wa, wb = _start_window(a, qa), _start_window(b, qb)
    if wa is None or wb is None:
        return None
    (ea, la), (eb, lb) = wa, wb
    if ea <= lb and eb <= la:
        middle = max(ea, eb) + (min(la, lb) - max(ea, eb)) / 2
        return _Link("consistent", 0.0, a, b, "started", detail=f"{middle:%B %Y}")
    gap = (eb - la).days if la < eb else (ea - lb).days
    first, second = (a, b) if la < eb else (b, a)
    return _Link(
        "discrepancy",
        round(min(1.0, max(0.01, gap / 365)), 3),
        first,
        second,
        "start_gap",
        detail="|".join(
            (_month(ea, la), _month(eb, lb)) if first is a else (_month(eb, lb), _month(ea, la))
        ),
    )


def _month(early: dt.date, late: dt.date) -> str:
    middle = early + (late - early) / 2
    return f"{middle:%B %Y}"


def _relate_values(a: _Reading, b: _Reading) -> _Link | None:
    alignment = _align(a, b)
    if alignment is None:
        return None
    if alignment.direction != _SAME and a.claim.kind not in PART_KINDS:
        return None  # a depth on Tuesday is not "part" of a depth: parts are of tolls
    qa = a.claim.value
    qb = b.claim.value
    assert qa is not None and qb is not None
    converted = _in_unit(qb, qa.unit)
    if converted is None:
        return None
    if converted.unit != qb.unit and not all(
        math.isclose(x, y) for x, y in zip(_bounds(qa), _bounds(converted), strict=True)
    ):
        # a converted figure agrees within the rounding of what was stated: "22 miles"
        # is the "35 kilometers" of another report
        qa, converted = _as_stated(qa), _in_unit(_as_stated(qb), qa.unit)
        assert converted is not None
    qb = converted
    if alignment.direction == _SAME:
        if a.claim.kind == "duration":
            return _durations(a, qa, b, qb)
        running = a.frame.running and b.frame.running
        growing = a.claim.kind in GROWING_KINDS and not _past(a)
        told_later = a.as_of is not None and b.as_of is not None and a.as_of != b.as_of
        if told_later and (running or growing):
            said = a.claim.cumulative or b.claim.cumulative
            if running and not said and not _near(a.as_of, b.as_of):
                return None  # two counts at two dates, neither said to be a running total
            if not said and not growing:
                return _at_same_time(a, qa, b, qb)
            # a toll of one happening told a day later ("24 dead" on 3 July after "at
            # least one" on 2 July) has grown, or it is an error if it shrank
            assert a.as_of is not None and b.as_of is not None
            if a.as_of < b.as_of:
                return _in_order(a, qa, b, qb)
            return _in_order(b, qb, a, qa)
        link = _at_same_time(a, qa, b, qb)
        if link.relation == "discrepancy" and running and not _near_known(a.as_of, b.as_of):
            return None  # an undated running total: a grown toll cannot be told from an error
        if link.relation == "discrepancy" and _past(a) and link.ratio <= FAR_BEYOND:
            # background figures are quoted for the scope the writer had in mind: the
            # 2004 tsunami killed "170,000 in the province" and "230,000 across Asia"
            return None
        return link
    part, qp, whole, qw = (a, qa, b, qb) if alignment.direction == _A_IN_B else (b, qb, a, qa)
    link = _part_of_whole(part, qp, whole, qw)
    if link.relation == "discrepancy" and _grew_since(whole, part):
        # the whole was counted earlier: "24 people on Tuesday" told on 3 July exceeds
        # the "at least one" told on 2 July because the toll grew
        return _Link("update", 0.0, whole, part, "grew")
    if alignment.by_place and link.relation != "discrepancy":
        return None  # a Homs toll is not a Syria toll: only an excess is news
    if (
        alignment.by_place
        and not (part.claim.cumulative or whole.claim.cumulative)
        and link.ratio > OTHER_EVENT_RATIO
    ):
        # a town's toll ten times a country's, neither a running total, is another
        # happening told in passing: "Bam ... destroyed in a quake that killed tens of
        # thousands" beside the 10 this quake killed
        return None
    return link


def _grew_since(early: _Reading, late: _Reading) -> bool:
    """Whether `late` tells a toll that may have grown since `early` was told."""
    if early.claim.kind not in GROWING_KINDS or _past(early) or _past(late):
        return False
    return early.as_of is not None and late.as_of is not None and early.as_of < late.as_of


def _near_known(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= SAME_TIME


# --------------------------------------------------------------------------- events


def _event_days(date: DateInterval, other: DateInterval) -> tuple[dt.date, dt.date] | None:
    """The days `date` covers; an unresolved month(-day) placed in `other`'s year(s)."""
    if date.resolved and date.start is not None and date.end is not None:
        return date.start, date.end
    if date.month is None or other.start is None:
        return None
    best = None
    for year in (other.start.year - 1, other.start.year, other.start.year + 1):
        try:
            start = dt.date(year, date.month, date.day or 1)
        except ValueError:
            continue
        end = start if date.day else _month_end(start)
        distance = abs((start - other.start).days)
        if best is None or distance < best[0]:
            best = (distance, start, end)
    return None if best is None else (best[1], best[2])


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _relate_events(a: _Reading, b: _Reading) -> _Link | None:
    if a.event is None or a.event != b.event or not _actors_compatible(a, b):
        return None
    if not (a.actors or b.actors) and (a.place is None or b.place is None):
        return None  # nothing anchors two bare "attack"s to one happening
    if _place_relation(a, b) is None:
        return None
    da, db = a.claim.date, b.claim.date
    if da is None or db is None:
        return None
    # Dates a few days apart are a slip only when both name who took part: local news
    # tells of "another shooting on Sunday" and "seven shootings over the weekend"
    # beside its own, and a place alone does not make them one happening (GVC).
    named = bool(a.actors and b.actors)
    if not da.resolved and not db.resolved:
        if da.month is None or da.month != db.month:
            return None
        if da.day == db.day:
            return _Link("agree", 0.0, a, b, "same_day")
        if da.day is None or db.day is None:
            return _Link("consistent", 0.0, a, b, "date_within")
        gap = abs(da.day - db.day)
        if gap > EVENT_SLACK_DAYS or not named:
            return None
        return _Link("discrepancy", _event_severity(gap), a, b, "date_gap", detail=str(gap))
    ia, ib = _event_days(da, db), _event_days(db, da)
    if ia is None or ib is None:
        return None
    if ia == ib:
        return _Link("agree", 0.0, a, b, "same_day")
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        narrow, wide = (a, b) if (ia[1] - ia[0]) <= (ib[1] - ib[0]) else (b, a)
        return _Link("consistent", 0.0, narrow, wide, "date_within")
    gap = (ib[0] - ia[1]).days if ia[1] < ib[0] else (ia[0] - ib[1]).days
    if gap > EVENT_SLACK_DAYS or not named:
        return None  # another occurrence: Muallem's February visit is not September's
    return _Link("discrepancy", _event_severity(gap), a, b, "date_gap", detail=str(gap))


def _event_severity(gap_days: int) -> float:
    """A day off is a slip (0.14); a week off is as wrong as a date can be here."""
    return round(min(1.0, gap_days / EVENT_SLACK_DAYS), 3)


def _relate(a: _Reading, b: _Reading) -> _Link | None:
    if a.claim.kind != b.claim.kind or a.claim.article_id == b.claim.article_id:
        return None
    if a.claim.kind == "event":
        return _relate_events(a, b)
    return _relate_values(a, b)


# --------------------------------------------------------------------------- groups


def _groups(
    readings: Sequence[_Reading], links: Sequence[_Link]
) -> tuple[tuple[Group, ...], dict[int, str]]:
    """Claims joined by findings, worst status first; and each grouped claim's group id.

    Only claims that some finding relates are grouped: a group always holds claims of
    at least two articles, and a claim no other article speaks to stays in `claims`.
    """
    parent = list(range(len(readings)))
    for link in links:
        _union(parent, link.first.order, link.second.order)
    members: dict[int, list[int]] = defaultdict(list)
    for link in links:
        for order in (link.first.order, link.second.order):
            members[_find(parent, order)].append(order)
    worst: dict[int, str] = {}
    links_of: dict[int, list[_Link]] = defaultdict(list)
    for link in links:
        root = _find(parent, link.first.order)
        links_of[root].append(link)
        if root not in worst or RELATION_RANK[link.relation] < RELATION_RANK[worst[root]]:
            worst[root] = link.relation
    roots = sorted(members, key=lambda root: (RELATION_RANK[worst[root]], min(members[root])))
    groups = []
    group_of: dict[int, str] = {}
    for n, root in enumerate(roots, start=1):
        orders = sorted(set(members[root]))
        claims = [readings[o] for o in orders]
        gid = f"g{n}"
        for o in orders:
            group_of[o] = gid
        groups.append(
            Group(
                id=gid,
                kind=claims[0].claim.kind,
                label=_label(claims),
                claim_ids=tuple(r.claim.id for r in claims),
                status=worst[root],
                consensus=_consensus(claims, links_of[root]),
            )
        )
    return tuple(groups), group_of


def _widest(claims: Sequence[_Reading]) -> _Reading:
    return min(claims, key=lambda r: (_depth(r.place), not r.frame.running, r.order))


def _label(claims: Sequence[_Reading]) -> str:
    r = _widest(claims)
    claim = r.claim
    if claim.kind == "event":
        # the actors more than half of the claims name (both, for a pair), most named first
        named = [x for c in claims for x in c.actors]
        counts = {x: sum(any(_same_actor(x, y) for y in c.actors) for c in claims) for x in named}
        common = sorted(
            (x for x in dict.fromkeys(named) if counts[x] * 2 > len(claims)),
            key=lambda x: -counts[x],
        )
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


def _display_actor(key: str) -> str:
    canonical = {v.casefold(): v for v in aliases.NAME_ALIASES.values()}
    return canonical.get(key, " ".join(w.capitalize() for w in key.split()))


def _consensus(
    claims: Sequence[_Reading], links: Sequence[_Link]
) -> Quantity | DateInterval | None:
    """What every claim of the group allows: the intersection of their intervals (for a
    growing toll, of the latest reports), or None when they exclude one another."""
    if claims[0].claim.kind == "event":
        days = [c.claim.date for c in claims if c.claim.date is not None and c.claim.date.resolved]
        if not days:
            return None
        start = max(d.start for d in days if d.start is not None)
        end = min(d.end for d in days if d.end is not None)
        if start > end:
            return None
        return DateInterval(start, end, "day" if start == end else "range")
    # a part fits its whole ("a man was killed" in "four people were killed"): what the
    # group agrees on is the whole
    parts = {k.first.order for k in links if k.reason == "fits"}
    claims = [c for c in claims if c.order not in parts] or list(claims)
    if any(k.relation == "update" for k in links):
        latest = max(c.as_of for c in claims if c.as_of is not None)
        claims = [c for c in claims if c.as_of is not None and _near(c.as_of, latest)]
    unit = claims[0].claim.value.unit if claims[0].claim.value else None
    values = [_in_unit(c.claim.value, unit) for c in claims if c.claim.value is not None]
    if any(v is None for v in values) or not values:
        return None
    lows = [v.low for v in values if v is not None and v.low is not None]
    highs = [v.high for v in values if v is not None and v.high is not None]
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    if low is not None and high is not None and low > high:
        return None
    ceilings = [c for v in values if v is not None and (c := _ceiling(v)) is not None]
    exact = low is not None and low == high
    return Quantity(
        low=low,
        high=high,
        best=low if exact else None,
        unit=unit,
        exact=exact,
        bound=high is None and low is not None,
        ceiling=min(ceilings) if high is None and ceilings else None,
    )


# --------------------------------------------------------------------------- explanations


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


def _explain(link: _Link, independent: bool) -> str:
    x, y = link.first, link.second
    cx, cy = _cite(x), _cite(y)
    qx, qy = x.claim.value, y.claim.value
    ratio = f"{link.ratio:.1f}" if math.isfinite(link.ratio) else "many"

    def event() -> str:
        label = _label([x, y])
        return label if x.actors or y.actors else label[:1].lower() + label[1:]

    sentences = {
        "same": lambda: f"{cx} and {cy} give the same figure, {_amount(qx)}",
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
        "ceiling": lambda: (
            f"{cy} is far beyond the about {link.detail} that {cx} suggests ({ratio} times as many)"
        ),
        "shrink": lambda: f"{cy} is lower than the earlier {cx}, but a running total cannot shrink",
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
        "date_gap": lambda: (
            f"{cx} and {cy} put the {event()} on {_date_text(x.claim.date)} and"
            f" {_date_text(y.claim.date)}, {link.detail} days apart"
        ),
    }
    sentence = sentences[link.reason]()
    if not independent:
        if link.relation == "discrepancy" and x.as_of != y.as_of:
            sentence += "; versions of one wire story filed on different days"
        elif link.relation == "discrepancy":
            sentence += "; same wire story, so one copy was changed"
        elif link.relation == "update":
            sentence += "; a later version of the same wire story"
        else:
            sentence += "; same wire story; agreement is not corroboration"
    return sentence + "."


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
