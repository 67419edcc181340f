"""Where articles, their claims and check reports are kept (SQLAlchemy 2 Core).

This module owns the database lifecycle: the engine, the tables, every transaction.
SQLite (the default, a file in the instance folder) runs in WAL mode with a busy
timeout, foreign keys on, ``synchronous=FULL`` and ``BEGIN IMMEDIATE`` for writes, so
several server processes can write at once without "database is locked" and a killed
process never loses a committed article. PostgreSQL works by URL alone.

Rows hold what the API returns (the JSON the marshmallow schemas dumped), plus a few
columns to search and page on; nothing here knows how claims are made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    union,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

_metadata = MetaData()

# SQLite only has 64-bit rowids for INTEGER PRIMARY KEY; BigInteger elsewhere.
_Seq = BigInteger().with_variant(Integer(), "sqlite")

_articles = Table(
    "claimcheck_articles",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),  # insertion order, for paging
    Column("id", String(64), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("format", String(8), nullable=False),
    Column("body", Text, nullable=False),  # the text as submitted (HTML for format=html)
    Column("submitted", JSON, nullable=False),  # title, source, url, published as sent
    Column("text", Text, nullable=False),  # the text claim offsets index
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("published", Date),
    Column("published_basis", String(16), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("language", String(8)),  # ISO 639-1 of the text as read
    Column("matched", DateTime(timezone=True)),  # when its claims met the archive (None: not yet)
)

_claims = Table(
    "claimcheck_claims",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column(
        "article_id",
        String(64),
        ForeignKey(_articles.c.id, ondelete="CASCADE"),
        nullable=False,
    ),
    Column("id", String(128), nullable=False),
    Column("position", Integer, nullable=False),  # order within the article
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("location", Text),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("as_of", Date),
    Column("data", JSON, nullable=False),  # the claim as the API returns it
    # search keys, each behind an index (GET /v1/claims never scans the table for them):
    Column("location_key", Text),  # the location, case-folded: matched whole
    Column("source_key", Text),  # the article's source, case-folded (copied on PATCH)
    Column("language", String(8)),  # the article's language
    Column("day_start", Date),  # first day the claim is about: its date, else its as_of
    Column("day_end", Date),  # last day it is about
    UniqueConstraint("article_id", "id"),
    Index("ix_claimcheck_claims_kind_seq", "kind", "seq"),
    Index("ix_claimcheck_claims_location_seq", "location_key", "seq"),
    Index("ix_claimcheck_claims_source_seq", "source_key", "seq"),
    Index("ix_claimcheck_claims_language_seq", "language", "seq"),
    Index("ix_claimcheck_claims_article_seq", "article_id", "seq"),
    Index("ix_claimcheck_claims_day_end", "day_end"),
    Index("ix_claimcheck_claims_day_start", "day_start"),
)

_checks = Table(
    "claimcheck_checks",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("article_ids", JSON, nullable=False),
    Column("report", JSON, nullable=False),  # a snapshot: kept when articles are deleted
    Column("texts", JSON, nullable=False),  # article id -> the text its spans index
)

#: which articles a check covered, to find a check's claims by index
_check_articles = Table(
    "claimcheck_check_articles",
    _metadata,
    Column(
        "check_id",
        String(64),
        ForeignKey(_checks.c.id, ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("article_id", String(64), primary_key=True),
)

#: conflicts between a stored article's claims and an earlier stored article's
_archive_conflicts = Table(
    "claimcheck_archive_conflicts",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),  # a hash of the four ids below
    Column(
        "article_id",
        String(64),
        ForeignKey(_articles.c.id, ondelete="CASCADE"),
        nullable=False,
    ),
    Column("claim_id", String(128), nullable=False),
    Column(
        "earlier_article_id",
        String(64),
        ForeignKey(_articles.c.id, ondelete="CASCADE"),
        nullable=False,
    ),
    Column("earlier_claim_id", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("severity", Float, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    # a re-posted article or a retried job stores each conflict once
    UniqueConstraint("article_id", "claim_id", "earlier_article_id", "earlier_claim_id"),
    Index("ix_claimcheck_archive_conflicts_earlier", "earlier_article_id", "earlier_claim_id"),
)

#: asynchronous checks: the request, where the work is, and the check it made
_jobs = Table(
    "claimcheck_jobs",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),  # queued | running | done | failed
    Column("progress", Float, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("check_id", String(64), nullable=False),  # decided at submission: stored once
    Column("error", Text),
    Column("request", JSON, nullable=False),  # article_ids and inline articles as validated
)

_subscriptions = Table(
    "claimcheck_subscriptions",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("url", Text, nullable=False),
    Column("events", JSON, nullable=False),
    Column("secret", Text, nullable=False),
)

_deliveries = Table(
    "claimcheck_deliveries",
    _metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column(
        "subscription_id",
        String(64),
        ForeignKey(_subscriptions.c.id, ondelete="CASCADE"),
        nullable=False,
    ),
    Column("event", String(32), nullable=False),
    Column("event_key", String(200), nullable=False),  # one delivery per event, however retried
    Column("body", Text, nullable=False),  # the JSON sent, byte for byte (it is signed)
    Column("created", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),  # pending | delivered | failed
    Column("attempts", Integer, nullable=False),
    Column("response_status", Integer),
    Column("error", Text),
    Column("delivered", DateTime(timezone=True)),
    UniqueConstraint("subscription_id", "event_key"),
    Index("ix_claimcheck_deliveries_subscription_seq", "subscription_id", "seq"),
)

#: how often a write is retried when SQLite still reports a lock after the busy timeout
_WRITE_ATTEMPTS = 3


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


_CONFLICT_FIELDS = (
    "claim_id",
    "earlier_article_id",
    "earlier_claim_id",
    "kind",
    "severity",
    "explanation",
)


def conflict_id(article_id: str, claim_id: str, earlier_article_id: str, earlier_claim: str) -> str:
    """An archive conflict's id: the same four ids always name the same conflict."""
    key = "\n".join((article_id, claim_id, earlier_article_id, earlier_claim))
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def claim_key(claim: Mapping[str, Any]) -> ClaimKey:
    """A stored claim's (its JSON's) search keys, as its row holds them."""
    row = _claim_row("", 0, claim)
    return ClaimKey(claim["kind"], row["location_key"], row["day_start"], row["day_end"])


def fold(value: str | None) -> str | None:
    """A search key: case-folded, inner whitespace collapsed (None stays None)."""
    return None if value is None else " ".join(value.casefold().split())


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _date(value: object) -> dt.date | None:
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return None


def _like(needle: str) -> str:
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _sqlite_pragmas(busy_timeout_ms: int):
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is switched off so `_on_begin` decides
        # between BEGIN and BEGIN IMMEDIATE (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    return on_connect


def _on_begin(connection: Connection) -> None:
    # A write takes the lock up front: a deferred transaction that reads and then writes
    # can fail at once with SQLITE_BUSY when another process committed in between.
    write = connection.get_execution_options().get("claimcheck_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Storage:
    """The database behind the API. One per app (and per worker process)."""

    def __init__(self, url: str, *, busy_timeout_ms: int = 15_000) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, pool_pre_ping=True)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas(busy_timeout_ms))
            event.listen(self.engine, "begin", _on_begin)
        self._writer = self.engine.execution_options(claimcheck_write=True)

    # ------------------------------------------------------------------ lifecycle

    def create_schema(self) -> None:
        """Create the tables that are missing and bring older ones up to date (safe to
        call from several processes, and on every start)."""
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                with self._writer.begin() as conn:
                    _metadata.create_all(conn)
                    _upgrade(conn)
                return
            except (OperationalError, IntegrityError, ProgrammingError):
                # Another process created the same table between our check and create.
                if attempt == _WRITE_ATTEMPTS - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def drop_schema(self) -> None:
        """Drop claimcheck's tables (tests only)."""
        with self._writer.begin() as conn:
            _metadata.drop_all(conn)

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Raise if the database cannot answer a query."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    def _retrying(self, work):
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                return work()
            except OperationalError as exc:
                locked = self.is_sqlite and "locked" in str(exc.orig).lower()
                if not locked or attempt == _WRITE_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ articles

    def article_by_hash(self, content_hash: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(_articles).where(_articles.c.content_hash == content_hash)
            ).first()
            return None if row is None else self._article(conn, row)

    def article(self, article_id: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_articles).where(_articles.c.id == article_id)).first()
            return None if row is None else self._article(conn, row)

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(_articles.c.seq).where(_articles.c.id == article_id))
            return found.first() is not None

    def _article(self, conn: Connection, row: Any) -> StoredArticle:
        claims = conn.execute(
            select(_claims.c.data)
            .where(_claims.c.article_id == row.id)
            .order_by(_claims.c.position)
        ).scalars()
        return StoredArticle(
            seq=row.seq,
            id=row.id,
            content_hash=row.content_hash,
            format=row.format,
            body=row.body,
            submitted=row.submitted,
            created=_utc(row.created),
            article=_article_json(row),
            claims=tuple(claims),
        )

    def add_article(
        self,
        *,
        content_hash: str,
        format: str,
        body: str,
        submitted: Mapping[str, Any],
        article: Mapping[str, Any],
    ) -> tuple[StoredArticle, bool]:
        """Store `article` (ArticleWithClaimsSchema's shape) unless its hash is stored.

        Returns the stored article and whether this call created it. Two callers racing
        with the same content both get the one row: the loser's insert hits the unique
        hash and it reads the winner's.
        """
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def insert_all() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(_articles).values(
                        id=article["id"],
                        content_hash=content_hash,
                        format=format,
                        body=body,
                        created=created,
                        **_read_columns(submitted, article),
                    )
                )
                _insert_claims(conn, article)

        try:
            self._retrying(insert_all)
        except IntegrityError:
            existing = self.article_by_hash(content_hash)
            if existing is None:
                raise
            return existing, False
        stored = self.article(article["id"])
        assert stored is not None
        return stored, True

    def update_article(
        self, article_id: str, *, submitted: Mapping[str, Any], article: Mapping[str, Any]
    ) -> StoredArticle | None:
        """Replace a stored article's metadata and claims (its text stays); None if gone."""

        def replace() -> bool:
            with self._write() as conn:
                result = conn.execute(
                    update(_articles)
                    .where(_articles.c.id == article_id)
                    .values(**_read_columns(submitted, article))
                )
                if result.rowcount == 0:
                    return False
                conn.execute(delete(_claims).where(_claims.c.article_id == article_id))
                _insert_claims(conn, article)
                return True

        return self.article(article_id) if self._retrying(replace) else None

    def articles(self, *, limit: int, after: int | None = None) -> Page:
        """Stored articles, newest first, without their text and claims."""
        listed = [c for c in _articles.c if c.name not in ("body", "text", "submitted")]
        query = select(*listed).order_by(_articles.c.seq.desc()).limit(limit + 1)
        if after is not None:
            query = query.where(_articles.c.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        items = tuple(
            StoredArticle(
                seq=r.seq,
                id=r.id,
                content_hash=r.content_hash,
                format=r.format,
                body="",
                submitted={},
                created=_utc(r.created),
                article=_article_json(r),
            )
            for r in rows[:limit]
        )
        return Page(items, items[-1].seq if len(rows) > limit else None)

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and its claims; False if there was none. Checks keep theirs."""

        def delete_both() -> bool:
            with self._write() as conn:
                ac = _archive_conflicts.c
                conn.execute(
                    delete(_archive_conflicts).where(
                        (ac.article_id == article_id) | (ac.earlier_article_id == article_id)
                    )
                )
                conn.execute(delete(_claims).where(_claims.c.article_id == article_id))
                result = conn.execute(delete(_articles).where(_articles.c.id == article_id))
                return result.rowcount > 0

        return self._retrying(delete_both)

    # ------------------------------------------------------------------ claims

    def claims_query(self, where: ClaimFilter, *, limit: int, after: int | None = None):
        """The SELECT behind `claims` (tests read its plan: every filter but `text` is
        answered from an index)."""
        c = _claims.c
        equality = (where.kind, where.location, where.source, where.language)
        ranged = (where.date_from or where.date_to) and not any(equality)
        ranged = ranged and not (where.article_id or where.check_id)
        ranged = ranged or (where.conflicting and not any(equality))
        # SQLite, knowing nothing of the data, would rather walk the table newest first
        # than sort what a date index finds, which is a full scan when little matches:
        # ordering by an expression of seq takes that walk away from it.
        order = (c.seq + 0) if ranged and self.is_sqlite else c.seq
        query = select(c.seq, c.data).order_by(order.desc())
        if where.kind:
            query = query.where(c.kind == where.kind)
        if where.text:
            query = query.where(c.text.ilike(_like(where.text), escape="\\"))
        if where.location:
            query = query.where(c.location_key == fold(where.location))
        if where.source:
            query = query.where(c.source_key == fold(where.source))
        if where.language:
            query = query.where(c.language == where.language)
        if where.article_id:
            query = query.where(c.article_id == where.article_id)
        if where.check_id:
            covered = select(_check_articles.c.article_id).where(
                _check_articles.c.check_id == where.check_id
            )
            query = query.where(c.article_id.in_(covered))
        if where.conflicting is not None:
            # the claims rows of the conflicts' two sides, found by their (article, id) key
            ac, other = _archive_conflicts.c, _claims.alias("conflicting").c
            sides = [
                select(other.seq).join(
                    _archive_conflicts,
                    (other.article_id == article) & (other.id == claim),
                )
                for article, claim in (
                    (ac.article_id, ac.claim_id),
                    (ac.earlier_article_id, ac.earlier_claim_id),
                )
            ]
            in_conflict = c.seq.in_(union(*sides))
            query = query.where(in_conflict if where.conflicting else ~in_conflict)
        if where.date_from:
            query = query.where(c.day_end >= where.date_from)
        if where.date_to:
            query = query.where(c.day_start <= where.date_to)
        if after is not None:
            query = query.where(c.seq < after)
        return query.limit(limit + 1)

    def claims(self, where: ClaimFilter, *, limit: int, after: int | None = None) -> Page:
        """Stored claims matching `where`, newest article first, in text order within one.

        A date filter matches a claim whose date interval overlaps it, or, for a claim
        without a date, whose `as_of` lies within it.
        """
        with self.engine.connect() as conn:
            rows = conn.execute(self.claims_query(where, limit=limit, after=after)).all()
        items = tuple(r.data for r in rows[:limit])
        return Page(items, rows[limit - 1].seq if len(rows) > limit else None)

    # ------------------------------------------------------------------ the archive

    def archive_candidates_query(
        self, article_id: str, keys: Sequence[ClaimKey], *, window_days: int, limit: int
    ):
        """The SELECT of the earlier stored articles (ids, most recent first) with a claim
        of one of `keys`' kinds at the same place, or at days within `window_days` of
        its days: each term is answered from an index (kind, place or day), none scans."""
        c, a = _claims.c, _articles.c
        window = dt.timedelta(days=window_days)
        terms = []
        for key in dict.fromkeys(keys):
            if key.location_key:
                terms.append((c.location_key == key.location_key) & (c.kind == key.kind))
            if key.day_start and key.day_end:
                terms.append(
                    (c.day_end >= key.day_start - window)
                    & (c.day_start <= key.day_end + window)
                    & (c.kind == key.kind)
                )
        if not terms:
            return None
        earlier = select(a.seq).where(a.id == article_id).scalar_subquery()
        return (
            select(c.article_id, func.max(a.seq).label("article_seq"))
            .join(_articles, a.id == c.article_id)
            .where(or_(*terms), c.article_id != article_id, a.seq < earlier)
            .group_by(c.article_id)
            .order_by(func.max(a.seq).desc())
            .limit(limit)
        )

    def archive_candidates(
        self, article_id: str, keys: Sequence[ClaimKey], *, window_days: int, limit: int
    ) -> list[str]:
        query = self.archive_candidates_query(
            article_id, keys, window_days=window_days, limit=limit
        )
        if query is None:
            return []
        with self.engine.connect() as conn:
            return [row.article_id for row in conn.execute(query)]

    def articles_by_id(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        """The stored ones of `article_ids`, in that order."""
        if not article_ids:
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(select(_articles).where(_articles.c.id.in_(article_ids))).all()
            found = {row.id: self._article(conn, row) for row in rows}
        return [found[i] for i in article_ids if i in found]

    def add_archive_conflicts(
        self, article_id: str, conflicts: Sequence[Mapping[str, Any]], *, matched: bool = True
    ) -> list[ArchiveConflict]:
        """Store `conflicts` (claim_id, earlier_article_id, earlier_claim_id, kind,
        severity, explanation) of `article_id`, each unless it is stored already, and
        mark the article matched; returns the ones this call stored."""
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)
        rows = [
            {
                "id": conflict_id(
                    article_id, c["claim_id"], c["earlier_article_id"], c["earlier_claim_id"]
                ),
                "article_id": article_id,
                "created": created,
                **{key: c[key] for key in _CONFLICT_FIELDS},
            }
            for c in conflicts
        ]

        def insert_new() -> list[str]:
            made = []
            with self._write() as conn:
                if not conn.execute(
                    select(_articles.c.seq).where(_articles.c.id == article_id)
                ).first():
                    return []  # deleted while it was matched
                for row in rows:
                    earlier = _articles.c.id == row["earlier_article_id"]
                    if conn.execute(select(_articles.c.seq).where(earlier)).first() is None:
                        continue  # the earlier article went meanwhile
                    inserted = conn.execute(self._insert_once(_archive_conflicts, row))
                    if inserted.rowcount == 1:
                        made.append(row["id"])
                if matched:
                    conn.execute(
                        update(_articles)
                        .where(_articles.c.id == article_id)
                        .values(matched=created)
                    )
            return made

        made = set(self._retrying(insert_new))
        return [c for c in self.archive_conflicts(article_id, limit=None).items if c.id in made]

    def _insert_once(self, table: Table, row: Mapping[str, Any]):
        """INSERT that does nothing where a unique key is taken (no error, rowcount 0)."""
        if self.is_sqlite:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        return dialect_insert(table).values(**row).on_conflict_do_nothing()

    def archive_conflicts(
        self, article_id: str, *, limit: int | None, after: int | None = None, later: bool = False
    ) -> Page:
        """Conflicts of `article_id` with earlier articles (and, with `later`, those of
        later articles with it), newest first."""
        ac = _archive_conflicts.c
        mine = ac.article_id == article_id
        query = select(_archive_conflicts).where(
            (mine | (ac.earlier_article_id == article_id)) if later else mine
        )
        if after is not None:
            query = query.where(ac.seq < after)
        query = query.order_by(ac.seq.desc())
        if limit is not None:
            query = query.limit(limit + 1)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        items = tuple(
            ArchiveConflict(**{**row._asdict(), "created": _utc(row.created)})
            for row in (rows if limit is None else rows[:limit])
        )
        more = limit is not None and len(rows) > limit
        return Page(items, items[-1].seq if more else None)

    def matched(self, article_id: str) -> dt.datetime | None:
        """When the article's claims were matched against the archive (None: not yet)."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(_articles.c.matched).where(_articles.c.id == article_id)
            ).scalar()
        return None if found is None else _utc(found)

    def clear_matched(self, article_id: str) -> None:
        """Forget an article's conflicts with earlier ones (its claims were read again)."""

        def clear() -> None:
            with self._write() as conn:
                conn.execute(
                    delete(_archive_conflicts).where(_archive_conflicts.c.article_id == article_id)
                )
                conn.execute(
                    update(_articles).where(_articles.c.id == article_id).values(matched=None)
                )

        self._retrying(clear)

    # ------------------------------------------------------------------ checks

    def add_check(
        self,
        *,
        check_id: str,
        article_ids: Sequence[str],
        report: Mapping[str, Any],
        texts: Mapping[str, str],
        stored_ids: Sequence[str] = (),
    ) -> tuple[StoredCheck, bool]:
        """Store a report under `check_id` unless one is stored there already.

        Returns the stored check and whether this call stored it: a job run twice (its
        worker killed after the write) stores its check once. `stored_ids` are the
        covered articles that are stored (for the claim search's check_id filter).
        """
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def insert_check() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(_checks).values(
                        id=check_id,
                        created=created,
                        article_ids=list(article_ids),
                        report=dict(report),
                        texts=dict(texts),
                    )
                )
                covered = [
                    {"check_id": check_id, "article_id": a} for a in dict.fromkeys(stored_ids)
                ]
                if covered:
                    conn.execute(insert(_check_articles), covered)

        try:
            self._retrying(insert_check)
        except IntegrityError:
            existing = self.check(check_id)
            if existing is None:
                raise
            return existing, False
        return StoredCheck(check_id, created, tuple(article_ids), dict(report), dict(texts)), True

    def check(self, check_id: str) -> StoredCheck | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_checks).where(_checks.c.id == check_id)).first()
        if row is None:
            return None
        return StoredCheck(row.id, _utc(row.created), tuple(row.article_ids), row.report, row.texts)

    def checks(self, *, limit: int, after: int | None = None) -> Page:
        """Stored checks, newest first, each with its summary instead of its report."""
        c = _checks.c
        query = select(c.seq, c.id, c.created, c.article_ids, c.report).order_by(c.seq.desc())
        if after is not None:
            query = query.where(c.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit + 1)).all()
        items = tuple(
            CheckSummary(
                r.seq, r.id, _utc(r.created), tuple(r.article_ids), r.report.get("summary", {})
            )
            for r in rows[:limit]
        )
        return Page(items, items[-1].seq if len(rows) > limit else None)

    def delete_check(self, check_id: str) -> bool:
        def delete_it() -> bool:
            with self._write() as conn:
                conn.execute(delete(_check_articles).where(_check_articles.c.check_id == check_id))
                return conn.execute(delete(_checks).where(_checks.c.id == check_id)).rowcount > 0

        return self._retrying(delete_it)

    # ------------------------------------------------------------------ jobs

    def add_job(self, *, job_id: str, check_id: str, request: Mapping[str, Any]) -> Job:
        now = dt.datetime.now(dt.UTC)
        row = {
            "id": job_id,
            "created": now,
            "updated": now,
            "status": "queued",
            "progress": 0.0,
            "attempts": 0,
            "check_id": check_id,
            "error": None,
            "request": dict(request),
        }

        def insert_job() -> None:
            with self._write() as conn:
                conn.execute(insert(_jobs).values(**row))

        self._retrying(insert_job)
        return Job(**row)

    def job(self, job_id: str) -> Job | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_jobs).where(_jobs.c.id == job_id)).first()
        if row is None:
            return None
        return Job(
            id=row.id,
            created=_utc(row.created),
            updated=_utc(row.updated),
            status=row.status,
            progress=row.progress,
            attempts=row.attempts,
            check_id=row.check_id,
            error=row.error,
            request=row.request,
        )

    def update_job(self, job_id: str, *, only_if_not: tuple[str, ...] = (), **values: Any) -> bool:
        """Change a job's status, progress, attempts or error; False if it is gone or
        already in one of the `only_if_not` states (a finished job stays finished)."""
        values["updated"] = dt.datetime.now(dt.UTC)
        query = update(_jobs).where(_jobs.c.id == job_id)
        if only_if_not:
            query = query.where(_jobs.c.status.not_in(only_if_not))
        if "attempts" in values and values["attempts"] == "+1":
            values["attempts"] = _jobs.c.attempts + 1

        def change() -> bool:
            with self._write() as conn:
                return conn.execute(query.values(**values)).rowcount > 0

        return self._retrying(change)

    # ------------------------------------------------------------------ webhooks

    def add_subscription(
        self, *, subscription_id: str, url: str, events: Sequence[str], secret: str
    ) -> Subscription:
        created = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def insert_it() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(_subscriptions).values(
                        id=subscription_id,
                        created=created,
                        url=url,
                        events=list(events),
                        secret=secret,
                    )
                )

        self._retrying(insert_it)
        found = self.subscription(subscription_id)
        assert found is not None
        return found

    @staticmethod
    def _subscription(row: Any) -> Subscription:
        return Subscription(
            row.seq, row.id, _utc(row.created), row.url, tuple(row.events), row.secret
        )

    def subscription(self, subscription_id: str) -> Subscription | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(_subscriptions).where(_subscriptions.c.id == subscription_id)
            ).first()
        return None if row is None else self._subscription(row)

    def subscriptions(self, *, limit: int | None = None, after: int | None = None) -> Page:
        query = select(_subscriptions).order_by(_subscriptions.c.seq.desc())
        if after is not None:
            query = query.where(_subscriptions.c.seq < after)
        if limit is not None:
            query = query.limit(limit + 1)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        items = tuple(self._subscription(r) for r in rows[:limit])
        more = limit is not None and len(rows) > limit
        return Page(items, items[-1].seq if more else None)

    def delete_subscription(self, subscription_id: str) -> bool:
        def delete_it() -> bool:
            with self._write() as conn:
                conn.execute(
                    delete(_deliveries).where(_deliveries.c.subscription_id == subscription_id)
                )
                result = conn.execute(
                    delete(_subscriptions).where(_subscriptions.c.id == subscription_id)
                )
                return result.rowcount > 0

        return self._retrying(delete_it)

    def add_delivery(
        self, *, delivery_id: str, subscription_id: str, event: str, event_key: str, body: str
    ) -> Delivery | None:
        """Log a delivery to make; None when this event was already logged for this
        subscription (a retried job announces each event once)."""
        created = dt.datetime.now(dt.UTC)

        def insert_it() -> None:
            with self._write() as conn:
                conn.execute(
                    insert(_deliveries).values(
                        id=delivery_id,
                        subscription_id=subscription_id,
                        event=event,
                        event_key=event_key,
                        body=body,
                        created=created,
                        status="pending",
                        attempts=0,
                    )
                )

        try:
            self._retrying(insert_it)
        except IntegrityError:
            return None  # logged before, or the subscription was deleted meanwhile
        return self.delivery(delivery_id)

    @staticmethod
    def _delivery(row: Any) -> Delivery:
        return Delivery(
            seq=row.seq,
            id=row.id,
            subscription_id=row.subscription_id,
            event=row.event,
            event_key=row.event_key,
            body=row.body,
            created=_utc(row.created),
            status=row.status,
            attempts=row.attempts,
            response_status=row.response_status,
            error=row.error,
            delivered=None if row.delivered is None else _utc(row.delivered),
        )

    def delivery(self, delivery_id: str) -> Delivery | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_deliveries).where(_deliveries.c.id == delivery_id)).first()
        return None if row is None else self._delivery(row)

    def deliveries(self, subscription_id: str, *, limit: int, after: int | None = None) -> Page:
        d = _deliveries.c
        query = select(_deliveries).where(d.subscription_id == subscription_id)
        if after is not None:
            query = query.where(d.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(d.seq.desc()).limit(limit + 1)).all()
        items = tuple(self._delivery(r) for r in rows[:limit])
        return Page(items, items[-1].seq if len(rows) > limit else None)

    def update_delivery(self, delivery_id: str, **values: Any) -> None:
        if values.get("attempts") == "+1":
            values["attempts"] = _deliveries.c.attempts + 1

        def change() -> None:
            with self._write() as conn:
                conn.execute(
                    update(_deliveries).where(_deliveries.c.id == delivery_id).values(**values)
                )

        self._retrying(change)


def _read_columns(submitted: Mapping[str, Any], article: Mapping[str, Any]) -> dict[str, Any]:
    """An article row's columns that come from reading it with its metadata."""
    return {
        "submitted": dict(submitted),
        "text": article["text"],
        "title": article.get("title"),
        "source": article.get("source"),
        "url": article.get("url"),
        "published": _date(article.get("published")),
        "published_basis": article.get("published_basis") or "unknown",
        "language": article.get("language"),
    }


def _insert_claims(conn: Connection, article: Mapping[str, Any]) -> None:
    keys = {"source_key": fold(article.get("source")), "language": article.get("language")}
    rows = [_claim_row(article["id"], i, c) | keys for i, c in enumerate(article["claims"])]
    if rows:
        conn.execute(insert(_claims), rows)


def _article_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "source": row.source,
        "url": row.url,
        "published": row.published.isoformat() if row.published else None,
        "published_basis": row.published_basis,
        "language": row.language,
        "text": getattr(row, "text", None),
    }


def _claim_row(article_id: str, position: int, claim: Mapping[str, Any]) -> dict[str, Any]:
    date = claim.get("date") or {}
    start, end, as_of = _date(date.get("start")), _date(date.get("end")), _date(claim.get("as_of"))
    return {
        "article_id": article_id,
        "id": claim["id"],
        "position": position,
        "kind": claim["kind"],
        "text": claim["text"],
        "location": claim.get("location"),
        "date_start": start,
        "date_end": end,
        "as_of": as_of,
        "data": dict(claim),
        "location_key": fold(claim.get("location")),
        "day_start": start or as_of,
        "day_end": end or start or as_of,
    }


#: claim columns added after the first release, filled from their rows when added
_CLAIM_KEYS = ("location_key", "source_key", "language", "day_start", "day_end")


def _upgrade(conn: Connection) -> None:
    """Bring tables an older claimcheck made up to this schema, idempotently: add the
    (nullable) columns they lack, create the indexes they lack, and fill the claims'
    search keys where their columns were just added (else an old database would answer
    the new claim filters with nothing)."""
    inspector = inspect(conn)
    added: dict[str, set[str]] = {}
    for table in _metadata.sorted_tables:
        have = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            if not column.nullable:
                raise RuntimeError(f"cannot add {table.name}.{column.name} to an old table")
            kind = column.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")
            added.setdefault(table.name, set()).add(column.name)
        have_indexes = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in have_indexes:
                index.create(conn)
    if "language" in added.get(_articles.name, ()):
        # articles stored before languages were told apart were all read as English
        conn.execute(update(_articles).where(_articles.c.language.is_(None)).values(language="en"))
    if added.get(_claims.name, set()) & set(_CLAIM_KEYS):
        _fill_claim_keys(conn)


def _fill_claim_keys(conn: Connection) -> None:
    c, a = _claims.c, _articles.c
    rows = conn.execute(
        select(c.seq, c.location, c.date_start, c.date_end, c.as_of, a.source, a.language).join(
            _articles, a.id == c.article_id
        )
    ).all()
    if not rows:
        return
    conn.execute(
        update(_claims).where(c.seq == bindparam("row_seq")),
        [
            {
                "row_seq": r.seq,
                "location_key": fold(r.location),
                "source_key": fold(r.source),
                "language": r.language,
                "day_start": r.date_start or r.as_of,
                "day_end": r.date_end or r.date_start or r.as_of,
            }
            for r in rows
        ],
    )


def init_storage(app: Flask) -> Storage:
    """Open the app's database (creating its tables) and keep it in `app.extensions`."""
    url = app.config.get("DATABASE_URL")
    if not url:
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{Path(app.instance_path) / 'claimcheck.sqlite3'}"
        app.config["DATABASE_URL"] = url
    storage = Storage(url, busy_timeout_ms=app.config.get("SQLITE_BUSY_TIMEOUT_MS", 15_000))
    storage.create_schema()
    app.extensions["claimcheck.storage"] = storage
    return storage


def current_storage() -> Storage:
    """The storage of the app handling the current request."""
    return current_app.extensions["claimcheck.storage"]
