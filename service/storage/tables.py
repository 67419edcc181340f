"""The tables: articles, their claims, checks, archive conflicts, jobs, webhook
subscriptions and deliveries, and the upgrade that brings an older database up to them."""

from __future__ import annotations

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
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection

from service.storage.rows import fold

metadata = MetaData()

# SQLite only has 64-bit rowids for INTEGER PRIMARY KEY; BigInteger elsewhere.
_Seq = BigInteger().with_variant(Integer(), "sqlite")

article_table = Table(
    "claimcheck_articles",
    metadata,
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

claim_table = Table(
    "claimcheck_claims",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column(
        "article_id",
        String(64),
        ForeignKey(article_table.c.id, ondelete="CASCADE"),
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

check_table = Table(
    "claimcheck_checks",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("article_ids", JSON, nullable=False),
    Column("report", JSON, nullable=False),  # a snapshot: kept when articles are deleted
    Column("texts", JSON, nullable=False),  # article id -> the text its spans index
)

#: which articles a check covered, to find a check's claims by index
check_article_table = Table(
    "claimcheck_check_articles",
    metadata,
    Column(
        "check_id",
        String(64),
        ForeignKey(check_table.c.id, ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("article_id", String(64), primary_key=True),
)

#: conflicts between a stored article's claims and an earlier stored article's
conflict_table = Table(
    "claimcheck_archive_conflicts",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),  # a hash of the four ids below
    Column(
        "article_id",
        String(64),
        ForeignKey(article_table.c.id, ondelete="CASCADE"),
        nullable=False,
    ),
    Column("claim_id", String(128), nullable=False),
    Column(
        "earlier_article_id",
        String(64),
        ForeignKey(article_table.c.id, ondelete="CASCADE"),
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
job_table = Table(
    "claimcheck_jobs",
    metadata,
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

subscription_table = Table(
    "claimcheck_subscriptions",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("url", Text, nullable=False),
    Column("events", JSON, nullable=False),
    Column("secret", Text, nullable=False),
)

delivery_table = Table(
    "claimcheck_deliveries",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column(
        "subscription_id",
        String(64),
        ForeignKey(subscription_table.c.id, ondelete="CASCADE"),
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


#: claim columns added after the first release, filled from their rows when added
CLAIM_KEYS = ("location_key", "source_key", "language", "day_start", "day_end")


def upgrade(conn: Connection) -> None:
    """Bring tables an older claimcheck made up to this schema, idempotently: add the
    (nullable) columns they lack, create the indexes they lack, and fill the claims'
    search keys where their columns were just added (else an old database would answer
    the new claim filters with nothing)."""
    inspector = inspect(conn)
    added: dict[str, set[str]] = {}
    for table in metadata.sorted_tables:
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
    if "language" in added.get(article_table.name, ()):
        # articles stored before languages were told apart were all read as English
        conn.execute(
            update(article_table).where(article_table.c.language.is_(None)).values(language="en")
        )
    if added.get(claim_table.name, set()) & set(CLAIM_KEYS):
        _fill_claim_keys(conn)


def _fill_claim_keys(conn: Connection) -> None:
    c, a = claim_table.c, article_table.c
    rows = conn.execute(
        select(c.seq, c.location, c.date_start, c.date_end, c.as_of, a.source, a.language).join(
            article_table, a.id == c.article_id
        )
    ).all()
    if not rows:
        return
    conn.execute(
        update(claim_table).where(c.seq == bindparam("row_seq")),
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
