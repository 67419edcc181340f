"""What storage hands back: frozen rows of each table, pages of a listing, filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article row: what was submitted, and the article JSON with its claims."""

    seq: int
    id: str
    content_hash: str
    format: str
    body: str
    submitted: dict[str, Any]  # the metadata as the client sent it
    created: dt.datetime
    article: dict[str, Any]  # ArticleWithClaimsSchema's shape, without claims
    claims: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class StoredCheck:
    id: str
    created: dt.datetime
    article_ids: tuple[str, ...]
    report: dict[str, Any]
    texts: dict[str, str]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing; `after` is the `seq` to continue from, None at the end."""

    items: tuple[Any, ...]
    after: int | None


@dataclass(frozen=True, slots=True)
class CheckSummary:
    """A check as listed: without its report."""

    seq: int
    id: str
    created: dt.datetime
    article_ids: tuple[str, ...]
    summary: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    created: dt.datetime
    updated: dt.datetime
    status: str  # queued | running | done | failed
    progress: float
    attempts: int
    check_id: str
    error: str | None
    request: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Subscription:
    seq: int
    id: str
    created: dt.datetime
    url: str
    events: tuple[str, ...]
    secret: str


@dataclass(frozen=True, slots=True)
class Delivery:
    seq: int
    id: str
    subscription_id: str
    event: str
    event_key: str
    body: str
    created: dt.datetime
    status: str  # pending | delivered | failed
    attempts: int
    response_status: int | None
    error: str | None
    delivered: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ArchiveConflict:
    """A claim of `article_id` that conflicts with a claim of an earlier stored article."""

    seq: int
    id: str
    article_id: str
    claim_id: str
    earlier_article_id: str
    earlier_claim_id: str
    kind: str
    severity: float
    explanation: str
    created: dt.datetime


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What finds a claim's candidates in the archive: its kind with its place, and with
    its days."""

    kind: str
    location_key: str | None
    day_start: dt.date | None
    day_end: dt.date | None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    kind: str | None = None
    text: str | None = None  # substring, case-insensitive (the one filter that scans)
    location: str | None = None  # the whole location, case-insensitive
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    source: str | None = None  # the whole source, case-insensitive
    article_id: str | None = None
    check_id: str | None = None  # claims of the stored articles a check covered
    language: str | None = None
    conflicting: bool | None = None  # True: in a stored archive conflict; False: in none
