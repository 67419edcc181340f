"""The service's settings: one table of defaults, read from the environment.

Every setting has a default that works out of the box (an SQLite file in the Flask
instance folder, no API keys, limits sized for news articles), so `claimcheck serve`
needs no configuration. `create_app(config)` overrides any of them for tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


def _keys(raw: str) -> tuple[str, ...]:
    return tuple(key.strip() for key in raw.split(",") if key.strip())


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError("must be at least 1")
    return value


def _seconds(raw: str) -> float:
    value = float(raw)
    if not 0 < value < 3600:  # NaN fails too
        raise ValueError("must be a number of seconds above 0 and below 3600")
    return value


def _rate(raw: str) -> str:
    """A flask-limiter rate such as "600/minute" or "10/second;600/hour", or "off"."""
    if raw.strip().lower() == "off":
        return "off"
    from limits import parse_many

    try:
        parse_many(raw)
    except ValueError:
        raise ValueError('not a rate: use e.g. "600/minute", or "off"') from None
    return raw.strip()


def _delays(raw: str) -> tuple[float, ...]:
    """Seconds between delivery attempts, e.g. "10,60,300"."""
    try:
        delays = tuple(float(part) for part in raw.split(",") if part.strip())
    except ValueError:
        raise ValueError('not a list of seconds: use e.g. "10,60,300"') from None
    if not delays or any(delay < 0 for delay in delays):
        raise ValueError('give one or more seconds, none negative, e.g. "10,60,300"')
    return delays


def _flag(raw: str) -> bool:
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError("use 1 or 0")


def _queue_url(raw: str) -> str:
    if not raw.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError("not a Redis URL: use e.g. redis://127.0.0.1:6379/1")
    return raw


@dataclass(frozen=True, slots=True)
class _Setting:
    env: str
    default: Any
    parse: Callable[[str], Any]
    doc: str


#: config key -> where it comes from, its default and what it means (README "HTTP API")
SETTINGS: Mapping[str, _Setting] = {
    "DATABASE_URL": _Setting(
        "CLAIMCHECK_DATABASE_URL",
        None,  # None: sqlite:///<instance folder>/claimcheck.sqlite3
        str,
        "any SQLAlchemy URL; PostgreSQL as postgresql+psycopg://user@host/db",
    ),
    "API_KEYS": _Setting(
        "CLAIMCHECK_API_KEYS",
        (),
        _keys,
        "comma-separated keys; when set, every /v1 call needs Authorization: Bearer KEY",
    ),
    "MAX_CONTENT_LENGTH": _Setting(
        "CLAIMCHECK_MAX_BODY_BYTES",
        5 * 1024 * 1024,
        _positive_int,
        "largest request body in bytes (413 beyond)",
    ),
    "MAX_TEXT_CHARS": _Setting(
        "CLAIMCHECK_MAX_TEXT_CHARS",
        200_000,
        _positive_int,
        "longest article text in characters (422 beyond)",
    ),
    "MAX_ARTICLES_PER_CHECK": _Setting(
        "CLAIMCHECK_MAX_ARTICLES_PER_CHECK",
        50,
        _positive_int,
        "most articles in one POST /v1/checks (422 beyond)",
    ),
    "REQUEST_TIMEOUT_S": _Setting(
        "CLAIMCHECK_REQUEST_TIMEOUT_S",
        30.0,
        _seconds,
        "how long reading the texts of one request may take (503 with Retry-After beyond); "
        "keep it below the server's worker timeout (120 s under claimcheck serve)",
    ),
    "SQLITE_BUSY_TIMEOUT_MS": _Setting(
        "CLAIMCHECK_SQLITE_BUSY_TIMEOUT_MS",
        15_000,
        _positive_int,
        "how long an SQLite writer waits for another to finish before giving up",
    ),
    "RATE_LIMIT": _Setting(
        "CLAIMCHECK_RATE_LIMIT",
        "600/minute",
        _rate,
        'requests per API key and per client address, e.g. "600/minute"; "off" for none '
        "(429 beyond; /healthz is exempt)",
    ),
    "RATE_LIMIT_STORAGE": _Setting(
        "CLAIMCHECK_RATE_LIMIT_STORAGE",
        "memory://",
        str,
        "where the rate counters live: memory:// (per worker process) or a Redis URL "
        "such as redis://127.0.0.1:6379/0 (shared by every worker and server)",
    ),
    "QUEUE_URL": _Setting(
        "CLAIMCHECK_QUEUE_URL",
        None,  # None: jobs and deliveries run in a thread of the server process
        _queue_url,
        "a Redis URL such as redis://127.0.0.1:6379/1: asynchronous checks and webhook "
        "deliveries go through an RQ queue run by `claimcheck worker`",
    ),
    "MAX_ARTICLES_PER_JOB": _Setting(
        "CLAIMCHECK_MAX_ARTICLES_PER_JOB",
        1000,
        _positive_int,
        "most articles in one asynchronous check (422 beyond)",
    ),
    "CORS_ORIGINS": _Setting(
        "CLAIMCHECK_CORS_ORIGINS",
        (),
        _keys,
        "comma-separated origins (https://desk.example.org) whose pages may call the API",
    ),
    "SHARE_SECRET": _Setting(
        "CLAIMCHECK_SHARE_SECRET",
        None,  # None: a random secret kept in the instance folder (share-secret)
        str,
        "the key that signs shared report links; set the same one on every server",
    ),
    "SHARE_TTL_SECONDS": _Setting(
        "CLAIMCHECK_SHARE_TTL_SECONDS",
        7 * 24 * 3600,
        _positive_int,
        "how long a shared report link opens, in seconds",
    ),
    "WEBHOOK_RETRY_DELAYS": _Setting(
        "CLAIMCHECK_WEBHOOK_RETRY_DELAYS",
        (10.0, 60.0, 300.0, 1800.0, 7200.0),
        _delays,
        "seconds before each retry of a failed webhook delivery (then it is marked failed)",
    ),
    "WEBHOOK_DELIVERY": _Setting(
        "CLAIMCHECK_WEBHOOK_DELIVERY",
        True,
        _flag,
        "0 logs each delivery (pending) without sending it: a staging copy of a "
        "production database must not call production receivers",
    ),
    "ARCHIVE_MATCHING": _Setting(
        "CLAIMCHECK_ARCHIVE_MATCHING",
        True,
        _flag,
        "0 stores articles without matching their claims against the archive "
        "(GET /v1/articles/{id}/conflicts then stays pending)",
    ),
    "ARCHIVE_CANDIDATES": _Setting(
        "CLAIMCHECK_ARCHIVE_CANDIDATES",
        50,
        _positive_int,
        "most earlier articles a new one is compared with: the most recent sharing a "
        "claim's kind and place, or kind and dates",
    ),
    "ARCHIVE_WINDOW_DAYS": _Setting(
        "CLAIMCHECK_ARCHIVE_WINDOW_DAYS",
        3,
        _positive_int,
        "days either side of a claim's dates within which an earlier claim of its kind "
        "is a candidate",
    ),
    "WEBHOOK_ALLOW_PRIVATE": _Setting(
        "CLAIMCHECK_WEBHOOK_ALLOW_PRIVATE",
        False,
        _flag,
        "1 lets webhooks go to loopback and private addresses (tests, one-machine setups)",
    ),
}


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings table with each value taken from `environ` where it is set.

    Raises ``ValueError`` naming the variable when a value cannot be read, so a typo in
    the environment stops the server at start rather than misbehaving later.
    """
    environ = os.environ if environ is None else environ
    settings: dict[str, Any] = {}
    for key, setting in SETTINGS.items():
        raw = environ.get(setting.env)
        if raw is None or raw == "":
            settings[key] = setting.default
            continue
        try:
            settings[key] = setting.parse(raw)
        except ValueError as exc:
            raise ValueError(f"{setting.env}={raw!r}: {exc} ({setting.doc})") from None
    return settings
