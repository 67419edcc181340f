"""The archive watched: a stored article's claims against the earlier stored articles.

When an article is stored, `match_article` runs where checks run (service/tasks.py: the
RQ queue with `CLAIMCHECK_QUEUE_URL`, else a thread of the server). It finds the earlier
articles with a claim of the same kind at the same place, or at days within
`CLAIMCHECK_ARCHIVE_WINDOW_DAYS` of the new claim's, from the claims table's indexes
(`Storage.archive_candidates`; at most `CLAIMCHECK_ARCHIVE_CANDIDATES`, the most recent),
cross-checks them with the new article through `claims.check` (the comparison is the
library's) and stores each discrepancy between a new claim and an earlier one as an
archive conflict. A conflict is stored once (a unique key over its four ids), so a
retried task stores nothing twice, and each subscriber hears `conflict.found` once per
stored conflict (its delivery is logged under the conflict's id).

Stored claims are rebuilt from their JSON, not read again from the text: reading an
article costs about a tenth of a second, fifty of them per new story would be the
bottleneck.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, current_app, request

from claims import check
from claims.model import Article, Claim, ClockInterval, DateInterval, Quantity
from service.auth import require_api_key
from service.schemas import PageQuerySchema
from service.storage import ArchiveConflict, StoredArticle, claim_key, current_storage
from service.tasks import app_context

bp = Blueprint("archive", __name__, url_prefix="/v1")
bp.before_request(require_api_key)


# --------------------------------------------------------------------------- stored claims


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _quantity(data: Mapping[str, Any] | None) -> Quantity | None:
    if data is None:
        return None
    return Quantity(
        low=data["low"],
        high=data["high"],
        best=data.get("best"),
        unit=data.get("unit"),
        exact=data.get("exact", False),
        approximate=data.get("approximate", False),
        vague=data.get("vague", False),
        bound=data.get("bound", False),
        ceiling=data.get("implied_high"),
    )


def _clock(data: Mapping[str, Any] | None) -> ClockInterval | None:
    if data is None:
        return None
    offset = data.get("offset")
    return ClockInterval(
        low=data["low"],
        high=data["high"],
        zone=data.get("zone"),
        offset=None if offset is None else (offset[0], offset[1]),
    )


def _interval(data: Mapping[str, Any] | None) -> DateInterval | None:
    if data is None:
        return None
    return DateInterval(
        start=_day(data.get("start")),
        end=_day(data.get("end")),
        grain=data.get("grain", "day"),
        resolved=data.get("resolved", True),
        month=data.get("month"),
        day=data.get("day"),
    )


def claim_of(data: Mapping[str, Any]) -> Claim:
    """A claim as `claims.extract` made it, from the JSON the service stored."""
    return Claim(
        id=data["id"],
        article_id=data["article_id"],
        kind=data["kind"],
        text=data["text"],
        start=data["start"],
        end=data["end"],
        sentence=data["sentence"],
        value=_quantity(data.get("value")),
        date=_interval(data.get("date")),
        subject=data.get("subject"),
        event=data.get("event"),
        location=data.get("location"),
        actors=tuple(data.get("actors", ())),
        time_scope=data.get("time_scope"),
        scope_date=_interval(data.get("scope_date")),
        clock=_clock(data.get("clock")),
        cumulative=data.get("cumulative", False),
        as_of=_day(data.get("as_of")),
        attribution=data.get("attribution"),
        hedged=data.get("hedged", False),
        quoted=data.get("quoted", False),
        in_title=data.get("in_title", False),
    )


def article_of(stored: StoredArticle, kinds: set[str] | None = None) -> Article:
    """A stored article as the library's value, with its claims (only `kinds`' if given)."""
    meta = stored.article
    return Article(
        id=stored.id,
        text=meta["text"],
        claims=tuple(claim_of(c) for c in stored.claims if kinds is None or c["kind"] in kinds),
        title=meta.get("title"),
        source=meta.get("source"),
        url=meta.get("url"),
        published=_day(meta.get("published")),
        published_basis=meta.get("published_basis") or "unknown",
    )


# --------------------------------------------------------------------------- matching


def conflicts_with_archive(stored: StoredArticle) -> list[dict[str, Any]]:
    """The discrepancies `claims.check` finds between `stored` and its candidates."""
    storage = current_storage()
    config = current_app.config
    keys = [claim_key(c) for c in stored.claims]
    candidates = storage.archive_candidates(
        stored.id,
        keys,
        window_days=config["ARCHIVE_WINDOW_DAYS"],
        limit=config["ARCHIVE_CANDIDATES"],
    )
    if not candidates:
        return []
    kinds = {key.kind for key in keys}
    earlier = [article_of(a, kinds) for a in storage.articles_by_id(candidates)]
    report = check([article_of(stored), *earlier])
    owner = {c.id: a.id for a in (article_of(stored), *earlier) for c in a.claims}
    found = []
    for finding in report.findings:
        if finding.relation != "discrepancy":
            continue
        first, second = finding.claim_ids
        if owner.get(second) == stored.id:
            first, second = second, first
        if owner.get(first) != stored.id or owner.get(second) in (None, stored.id):
            continue  # not between the new article and an earlier one
        found.append(
            {
                "claim_id": first,
                "earlier_article_id": owner[second],
                "earlier_claim_id": second,
                "kind": finding.kind,
                "severity": round(float(finding.severity), 4),
                "explanation": finding.explanation,
            }
        )
    return found


def match_article(article_id: str, retries_left_now: int | None = None) -> None:
    """The background task: match a stored article against the archive, store what
    conflicts (once) and announce each stored conflict (once per subscriber)."""
    with app_context():
        storage = current_storage()
        stored = storage.article(article_id)
        if stored is None:
            return  # deleted before its turn
        storage.add_archive_conflicts(stored.id, conflicts_with_archive(stored))
        # every stored conflict, not only the new ones: a run killed between storing and
        # announcing announces on its retry (each delivery is logged once)
        announce_conflicts(storage.archive_conflicts(stored.id, limit=None).items)


def announce_conflicts(conflicts) -> int:
    from service.webhooks import announce_events

    return announce_events(
        ("conflict.found", f"conflict.found:archive:{c.id}", {"conflict": conflict_json(c)})
        for c in conflicts
    )


def submit_match(article_id: str) -> None:
    """Match a just-stored article where checks run (unless matching is off)."""
    if not current_app.config["ARCHIVE_MATCHING"]:
        return
    from service.tasks import submit_match_job

    submit_match_job(article_id)


# --------------------------------------------------------------------------- views


def conflict_json(conflict: ArchiveConflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "article_id": conflict.article_id,
        "claim_id": conflict.claim_id,
        "earlier_article_id": conflict.earlier_article_id,
        "earlier_claim_id": conflict.earlier_claim_id,
        "kind": conflict.kind,
        "severity": conflict.severity,
        "explanation": conflict.explanation,
        "created": conflict.created.isoformat(),
        "article_url": f"/v1/articles/{conflict.article_id}",
        "earlier_article_url": f"/v1/articles/{conflict.earlier_article_id}",
    }


@bp.get("/articles/<article_id>/conflicts")
def list_article_conflicts(article_id: str):
    from service.api import _after, _cursor, _not_found, _path_id, link_header

    query = PageQuerySchema().load(request.args.to_dict())
    storage = current_storage()
    stored = storage.article(_path_id(article_id, "article_id"))
    if stored is None:
        raise _not_found("article", article_id)
    page = storage.archive_conflicts(
        stored.id, limit=query["limit"], after=_after(query["cursor"]), later=True
    )
    matched = storage.matched(stored.id)
    next_cursor = _cursor(page.after)
    body = {
        "article_id": stored.id,
        "matching": "done" if matched else "pending",
        "matched": None if matched is None else matched.isoformat(),
        "items": [conflict_json(c) for c in page.items],
        "next_cursor": next_cursor,
    }
    headers = link_header(next_cursor)
    if matched is None:
        headers["Retry-After"] = "1"
    return body, headers
