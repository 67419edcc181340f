"""The engine and its transactions: SQLite in WAL mode with BEGIN IMMEDIATE for writes,
writes retried while SQLite reports a lock, the schema created and upgraded."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Table,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from service.storage.tables import metadata, upgrade

#: how often a write is retried when SQLite still reports a lock after the busy timeout
WRITE_ATTEMPTS = 3


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


class Database:
    """The engine, its transactions and the schema; the stores build on it."""

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
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._writer.begin() as conn:
                    metadata.create_all(conn)
                    upgrade(conn)
                return
            except (OperationalError, IntegrityError, ProgrammingError):
                # Another process created the same table between our check and create.
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def drop_schema(self) -> None:
        """Drop claimcheck's tables (tests only)."""
        with self._writer.begin() as conn:
            metadata.drop_all(conn)

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
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return work()
            except OperationalError as exc:
                locked = self.is_sqlite and "locked" in str(exc.orig).lower()
                if not locked or attempt == WRITE_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ articles

    def _insert_once(self, table: Table, row: Mapping[str, Any]):
        """INSERT that does nothing where a unique key is taken (no error, rowcount 0)."""
        if self.is_sqlite:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        return dialect_insert(table).values(**row).on_conflict_do_nothing()
