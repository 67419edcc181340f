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
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

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
        index=True,
    ),
    Column("id", String(128), nullable=False),
    Column("position", Integer, nullable=False),  # order within the article
    Column("kind", String(16), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("location", Text),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("as_of", Date),
    Column("data", JSON, nullable=False),  # the claim as the API returns it
    UniqueConstraint("article_id", "id"),
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
class ClaimFilter:
    kind: str | None = None
    text: str | None = None  # substring, case-insensitive
    location: str | None = None  # substring, case-insensitive
    date_from: dt.date | None = None
    date_to: dt.date | None = None


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
        """Create the tables that are missing (safe to call from several processes)."""
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                with self._writer.begin() as conn:
                    _metadata.create_all(conn)
                return
            except (OperationalError, IntegrityError):
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
                conn.execute(delete(_claims).where(_claims.c.article_id == article_id))
                result = conn.execute(delete(_articles).where(_articles.c.id == article_id))
                return result.rowcount > 0

        return self._retrying(delete_both)

    # ------------------------------------------------------------------ claims

    def claims(self, where: ClaimFilter, *, limit: int, after: int | None = None) -> Page:
        """Stored claims matching `where`, newest article first, in text order within one.

        A date filter matches a claim whose date interval overlaps it, or, for a claim
        without a date, whose `as_of` lies within it.
        """
        query = select(_claims.c.seq, _claims.c.data).order_by(_claims.c.seq.desc())
        if where.kind:
            query = query.where(_claims.c.kind == where.kind)
        if where.text:
            query = query.where(_claims.c.text.ilike(_like(where.text), escape="\\"))
        if where.location:
            query = query.where(_claims.c.location.ilike(_like(where.location), escape="\\"))
        starts = func.coalesce(_claims.c.date_start, _claims.c.as_of)
        ends = func.coalesce(_claims.c.date_end, _claims.c.date_start, _claims.c.as_of)
        if where.date_from:
            query = query.where(ends >= where.date_from)
        if where.date_to:
            query = query.where(starts <= where.date_to)
        if after is not None:
            query = query.where(_claims.c.seq < after)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit + 1)).all()
        items = tuple(r.data for r in rows[:limit])
        return Page(items, rows[limit - 1].seq if len(rows) > limit else None)

    # ------------------------------------------------------------------ checks

    def add_check(
        self,
        *,
        check_id: str,
        article_ids: Sequence[str],
        report: Mapping[str, Any],
        texts: Mapping[str, str],
    ) -> StoredCheck:
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

        self._retrying(insert_check)
        return StoredCheck(check_id, created, tuple(article_ids), dict(report), dict(texts))

    def check(self, check_id: str) -> StoredCheck | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_checks).where(_checks.c.id == check_id)).first()
        if row is None:
            return None
        return StoredCheck(row.id, _utc(row.created), tuple(row.article_ids), row.report, row.texts)


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
    }


def _insert_claims(conn: Connection, article: Mapping[str, Any]) -> None:
    rows = [_claim_row(article["id"], i, c) for i, c in enumerate(article["claims"])]
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
        "text": getattr(row, "text", None),
    }


def _claim_row(article_id: str, position: int, claim: Mapping[str, Any]) -> dict[str, Any]:
    date = claim.get("date") or {}
    return {
        "article_id": article_id,
        "id": claim["id"],
        "position": position,
        "kind": claim["kind"],
        "text": claim["text"],
        "location": claim.get("location"),
        "date_start": _date(date.get("start")),
        "date_end": _date(date.get("end")),
        "as_of": _date(claim.get("as_of")),
        "data": dict(claim),
    }


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
