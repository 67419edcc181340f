"""The values that flow through the pipeline: frozen dataclasses, nothing else.

Every stage (text -> numbers/dates -> extract -> compare -> report) takes and returns
these. They hold no behaviour beyond small derived properties, so the service and the
CLI can serialize them without knowing how they were made.

Offsets (`start`, `end`) are Python ``str`` indices (Unicode code points) into the text
the caller submitted (for HTML input: into the extracted plain text, which the
`Document`/`Article` carries). A JavaScript client counts UTF-16 units instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- numbers

#: What a number expression measures. `count` is a bare number of things.
DIMENSIONS = ("count", "money", "percent", "duration", "quantity")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeric reading as an interval.

    `low`/`high` are inclusive; ``None`` means open on that side. `best` is the single
    figure a person would quote (the stated number, the middle of a range, or ``None`` for
    a purely vague word). `ceiling` is the *implied* upper limit of an open lower bound
    ("at least 6,000" -> 7,000: the next round step); it never narrows `high`, it only
    lets comparison say "far beyond what 'at least 6,000' suggests".

    `unit` is ``None`` for counts of things; otherwise a pint unit name ("year",
    "month", "percent", "kilometer") or an ISO 4217 currency code ("USD", "GBP").
    """

    low: float | None
    high: float | None
    best: float | None = None
    unit: str | None = None
    exact: bool = False
    approximate: bool = False
    vague: bool = False
    bound: bool = False
    ceiling: float | None = None


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number expression found in a text: its span and its reading."""

    text: str
    start: int
    end: int
    quantity: Quantity
    dimension: str = "count"  # one of DIMENSIONS


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class DateInterval:
    """A calendar reading: inclusive `start`..`end` days.

    When there is no reference date to resolve against, `resolved` is False, `start` and
    `end` are ``None`` and `month`/`day` keep what the text said ("February 7" ->
    month=2, day=7, year unknown). `grain` is "day", "week", "month", "year" or "range".
    """

    start: dt.date | None
    end: dt.date | None
    grain: str = "day"
    resolved: bool = True
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression found in a text: its span and its reading."""

    text: str
    start: int
    end: int
    date: DateInterval
    relative: bool = False  # "today", "last Friday": depends on the reference date


@dataclass(frozen=True, slots=True)
class ClockInterval:
    """A time of day: inclusive `low`..`high` minutes after the happening's midnight
    ("about 4:30 a.m." -> 255..285; "just before midnight" -> -15..0, the evening before).

    `zone` is the zone the text names, lower case ("et", "gmt"), "local time", or None;
    `offset` its UTC offset in minutes (low, high), None when no zone fixes it.
    """

    low: int
    high: int
    zone: str | None = None
    offset: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class ClockMention:
    """A clock time found in a text: its span (with its hedge and zone) and its reading."""

    text: str
    start: int
    end: int
    clock: ClockInterval


# --------------------------------------------------------------------------- text


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: the text offsets index, and what was found around the body.

    `text` is the submitted text for plain input, or the text extracted from HTML.
    `sentences` cover only article content: page furniture (comments, newsletter
    prompts, captchas, tag and copyright lines...) is listed in `furniture` and left out.
    """

    text: str
    sentences: tuple[Sentence, ...]
    furniture: tuple[Span, ...] = ()
    title: str | None = None
    published: dt.date | None = None
    published_basis: str = "unknown"  # metadata | dateline | inferred | unknown
    dateline: Span | None = None


# --------------------------------------------------------------------------- claims

CLAIM_KINDS = (
    "deaths",
    "injuries",
    "displaced",
    "detained",
    "vote",
    "count",
    "duration",
    "money",
    "percent",
    "quantity",
    "event",
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion with its evidence and context (DESIGN.md, "Claims")."""

    id: str
    article_id: str
    kind: str  # one of CLAIM_KINDS
    text: str
    start: int
    end: int
    sentence: str
    value: Quantity | None = None
    date: DateInterval | None = None
    subject: str | None = None
    event: str | None = None
    location: str | None = None
    actors: tuple[str, ...] = ()
    time_scope: str | None = None
    #: the calendar reading of `time_scope` when it has one ("on Monday" -> 6 Feb 2012)
    scope_date: DateInterval | None = None
    #: the time of day of an event claim's happening ("just before 5:30 p.m.")
    clock: ClockInterval | None = None
    cumulative: bool = False
    as_of: dt.date | None = None
    attribution: str | None = None
    hedged: bool = False
    quoted: bool = False
    #: read in the article's headline: `start`/`end` then index `Article.title`, not its text
    in_title: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: metadata, the text offsets index, and its claims."""

    id: str
    text: str
    claims: tuple[Claim, ...] = ()
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_basis: str = "unknown"


# --------------------------------------------------------------------------- report

RELATIONS = ("discrepancy", "update", "consistent", "agree")


@dataclass(frozen=True, slots=True)
class Finding:
    """How two claims about the same thing relate."""

    id: str
    relation: str  # one of RELATIONS
    kind: str
    claim_ids: tuple[str, str]
    severity: float  # 0..1; 0 unless relation == "discrepancy"
    independent: bool  # False when both articles are copies of one story
    explanation: str


@dataclass(frozen=True, slots=True)
class Group:
    """Claims about one thing, with a readable label and what the sources allow."""

    id: str
    kind: str
    label: str
    claim_ids: tuple[str, ...]
    status: str  # agree | consistent | update | discrepancy | single
    consensus: Quantity | DateInterval | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """One disagreement inside a fact: the two claims that stand for it (of all the
    copies and mentions that carry the same two readings), how far apart, and why."""

    claim_ids: tuple[str, str]
    severity: float  # 0..1, grows with the gap
    explanation: str


FACT_STATUSES = ("conflict", "update", "consistent", "agree")


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing counted (or one happening dated) for one incident, place and time: the
    claims of several articles that mention it, and how they stand together.

    A claim counting a part of another's whole (a district's toll in the total) is a
    fact of its own, `part_of` the whole's fact id."""

    id: str
    kind: str
    label: str
    status: str  # one of FACT_STATUSES: the worst relation among its mentions
    mention_ids: tuple[str, ...]
    consensus: Quantity | DateInterval | None = None
    conflicts: tuple[Conflict, ...] = ()
    part_of: str | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    articles: int
    claims: int
    groups: int
    agree: int
    consistent: int
    update: int
    discrepancy: int


@dataclass(frozen=True, slots=True)
class Report:
    articles: tuple[Article, ...]
    groups: tuple[Group, ...] = ()
    findings: tuple[Finding, ...] = ()
    syndication: tuple[tuple[str, ...], ...] = ()
    summary: Summary = field(default_factory=lambda: Summary(0, 0, 0, 0, 0, 0, 0))
    facts: tuple[Fact, ...] = ()

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for a in self.articles for c in a.claims)
