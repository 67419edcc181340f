"""Between JSON and rows: an article's and a claim's columns, search keys, ids."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from service.storage.records import ClaimKey

CONFLICT_FIELDS = (
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
    row = claim_row("", 0, claim)
    return ClaimKey(claim["kind"], row["location_key"], row["day_start"], row["day_end"])


def fold(value: str | None) -> str | None:
    """A search key: case-folded, inner whitespace collapsed (None stays None)."""
    return None if value is None else " ".join(value.casefold().split())


def utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return None


def like_pattern(needle: str) -> str:
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def read_columns(submitted: Mapping[str, Any], article: Mapping[str, Any]) -> dict[str, Any]:
    """An article row's columns that come from reading it with its metadata."""
    return {
        "submitted": dict(submitted),
        "text": article["text"],
        "title": article.get("title"),
        "source": article.get("source"),
        "url": article.get("url"),
        "published": parse_date(article.get("published")),
        "published_basis": article.get("published_basis") or "unknown",
        "language": article.get("language"),
    }


def article_json(row: Any) -> dict[str, Any]:
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


def claim_row(article_id: str, position: int, claim: Mapping[str, Any]) -> dict[str, Any]:
    date = claim.get("date") or {}
    start, end, as_of = (
        parse_date(date.get("start")),
        parse_date(date.get("end")),
        parse_date(claim.get("as_of")),
    )
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
