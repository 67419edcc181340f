"""Where articles, their claims and check reports are kept (SQLAlchemy 2 Core).

This package owns the database lifecycle: the engine, the tables, every transaction.
SQLite (the default, a file in the instance folder) runs in WAL mode with a busy
timeout, foreign keys on, ``synchronous=FULL`` and ``BEGIN IMMEDIATE`` for writes, so
several server processes can write at once without "database is locked" and a killed
process never loses a committed article. PostgreSQL works by URL alone.

Rows hold what the API returns (the JSON the marshmallow schemas dumped), plus a few
columns to search and page on; nothing here knows how claims are made.

Modules:

- `tables`: the tables and the upgrade of an older database.
- `database`: the engine, transactions, retries while SQLite is locked.
- `records`: the frozen values handed back (rows, pages, filters).
- `rows`: between JSON and rows (columns, search keys, ids).
- `articles`, `checks`, `subscriptions`: one store per resource; `Storage` is all three.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app

from service.storage.articles import ArticleStore
from service.storage.checks import CheckStore
from service.storage.records import (
    ArchiveConflict,
    CheckSummary,
    ClaimFilter,
    ClaimKey,
    Delivery,
    Job,
    Page,
    StoredArticle,
    StoredCheck,
    Subscription,
)
from service.storage.rows import claim_key, conflict_id, fold
from service.storage.subscriptions import SubscriptionStore

__all__ = [
    "ArchiveConflict",
    "CheckSummary",
    "ClaimFilter",
    "ClaimKey",
    "Delivery",
    "Job",
    "Page",
    "Storage",
    "StoredArticle",
    "StoredCheck",
    "Subscription",
    "claim_key",
    "conflict_id",
    "current_storage",
    "fold",
    "init_storage",
]


class Storage(ArticleStore, CheckStore, SubscriptionStore):
    """The database behind the API. One per app (and per worker process)."""


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
