"""The /v1 blueprint: articles in, claims and check reports out (contract: openapi.yaml).

Views validate with the request schemas, call the library, dump with the response
schemas and hand rows to storage; nothing here reads text itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, current_app, g, render_template, request, url_for

from claims import InvalidInput, extract, verify
from claims.model import Article
from service.auth import require_api_key
from service.errors import UNREADABLE_ARTICLE, UNSUPPORTED_LANGUAGE, Problem
from service.language import language_of
from service.limits import read_body
from service.report_page import STATUS_ORDER, report_page
from service.schemas import (
    METADATA_FIELDS,
    UNSTORABLE,
    ArticlePatchSchema,
    ArticleRequestSchema,
    ArticleWithClaimsSchema,
    CheckRequestSchema,
    ClaimQuerySchema,
    PageQuerySchema,
    VerificationSchema,
    VerifyRequestSchema,
)
from service.storage import ClaimFilter, StoredArticle, StoredCheck, current_storage

bp = Blueprint("v1", __name__, url_prefix="/v1")
bp.before_request(require_api_key)


@bp.before_request
def _start_budget() -> None:
    """The instant this request's reading must end by (CLAIMCHECK_REQUEST_TIMEOUT_S): the
    library stops there with TimeBudgetExceeded, answered 503, before the server's own
    worker timeout would kill the worker."""
    g.deadline = time.monotonic() + current_app.config["REQUEST_TIMEOUT_S"]


# ---------------------------------------------------------------------- helpers


def _body() -> Any:
    # Flask answers 415 for a non-JSON content type and 400 for malformed JSON.
    if request.is_json:
        read_body()  # 413 for a chunked body over the limit, not a truncated-JSON 400
    try:
        return request.get_json()
    except RecursionError:
        raise Problem(
            400,
            "The JSON is nested too deeply to read: an article request is at most "
            "three levels deep (a check, its articles list, an article).",
            errors={"body": ["nested too deeply: send the documented shape"]},
        ) from None


def _path_id(value: str, name: str) -> str:
    """A path id as given, or a 422 naming it when no stored id could look like it."""
    found = UNSTORABLE.search(value)
    if found:
        message = (
            f"contains U+{ord(found.group()):04X}, which no id has: "
            "use the id exactly as the API returned it"
        )
        raise Problem(422, f"{name} {message}.", errors={name: [message]})
    return value


def _content_hash(text: str, format: str) -> str:
    return hashlib.sha256(f"{format}\n{text}".encode()).hexdigest()


def _article_id(content_hash: str) -> str:
    """Articles are named by their content, so the same text gets the same id everywhere."""
    return content_hash[:16]


def _read(
    text: str, format: str, metadata: Mapping[str, Any], article_id: str, field: str
) -> Article:
    try:
        article = extract(
            text, format=format, article_id=article_id, deadline=g.get("deadline"), **metadata
        )
    except InvalidInput as exc:
        name = f"{field}.{exc.field}" if field else exc.field
        detail = f"{exc} {exc.hint}".strip()
        raise Problem(422, detail, errors={name: [detail]}, type=UNREADABLE_ARTICLE) from None
    _refuse_other_languages(article.text, f"{field}.text" if field else "text")
    return article


def _refuse_other_languages(text: str, field: str) -> str:
    """The language the text is read in ("en"), or a 422 naming the one it is written in."""
    code, found = language_of(text)
    if found is not None:
        message = (
            f"reads as {found.name} ({code}), not English: claimcheck reads English "
            "number and date forms only, and would misread this text (Spanish "
            '"6.000" is six thousand): send it in English, or leave it out'
        )
        raise Problem(
            422,
            f"The article is in {found.name} ({code}); only English is read for now.",
            errors={field: [message]},
            type=UNSUPPORTED_LANGUAGE,
        )
    return code


def article_json(article: Article) -> dict[str, Any]:
    """An article read by the service, with the language it was read in."""
    dumped = ArticleWithClaimsSchema().dump(article)
    dumped["language"] = "en"  # any other is refused by _read
    return dumped


def _read_request(data: Mapping[str, Any], field: str = "") -> tuple[str, Article]:
    content_hash = _content_hash(data["text"], data["format"])
    metadata = {key: data[key] for key in METADATA_FIELDS}
    article = _read(data["text"], data["format"], metadata, _article_id(content_hash), field)
    return content_hash, article


def _submitted(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Metadata as storage keeps it (what the client sent; the date as YYYY-MM-DD)."""
    submitted = {key: metadata.get(key) for key in METADATA_FIELDS}
    if submitted["published"] is not None:
        submitted["published"] = submitted["published"].isoformat()
    return submitted


def _metadata_of(stored: StoredArticle) -> dict[str, Any]:
    """A stored article's metadata as posted, as `claims.extract` takes it."""
    metadata = {key: stored.submitted.get(key) for key in METADATA_FIELDS}
    if metadata["published"]:
        metadata["published"] = dt.date.fromisoformat(metadata["published"])
    return metadata


def _reread(stored: StoredArticle) -> Article:
    """A stored article read again from its text and metadata as they were posted."""
    return _read(stored.body, stored.format, _metadata_of(stored), stored.id, "")


def _refuse_other_metadata(stored: StoredArticle, data: Mapping[str, Any], sent: set) -> None:
    """409 when a re-post of a stored text sends metadata that differs from what is stored.

    Only the fields the client sent count: leaving one out says nothing about it.
    """
    submitted = _submitted(data)
    location = url_for(".get_article", article_id=stored.id)
    differing = {
        key: [
            f"stored as {json.dumps(stored.submitted.get(key))}, sent "
            f"{json.dumps(submitted[key])}: PATCH {location} to change it"
        ]
        for key in METADATA_FIELDS
        if key in sent and stored.submitted.get(key) != submitted[key]
    }
    if differing:
        raise Problem(
            409,
            f"This text is already stored as {stored.id} with other "
            f"{', '.join(differing)}: PATCH {location} with the fields to change, "
            "or post it again with the stored values.",
            errors=differing,
            headers={"Location": location},
        )


def _stored_json(stored: StoredArticle, *, full: bool = True) -> dict[str, Any]:
    body = {key: value for key, value in stored.article.items() if key != "text"}
    body["format"] = stored.format
    body["created"] = stored.created.isoformat()
    if full:
        body["text"] = stored.article["text"]
        body["claims"] = list(stored.claims)
    return body


def _check_json(stored: StoredCheck) -> dict[str, Any]:
    from service.exports import with_selectors

    report = with_selectors(stored.report, stored.texts)
    return {"id": stored.id, "created": stored.created.isoformat(), **report}


def link_header(next_cursor: str | None, **query: Any) -> dict[str, str]:
    """RFC 8288 `Link: <...>; rel="next"` for a listing with more pages (else nothing)."""
    if next_cursor is None:
        return {}
    args = {k: v for k, v in request.args.items() if k != "cursor"}
    args["cursor"] = next_cursor
    url = url_for(request.endpoint, **(request.view_args or {}), **args, **query)
    return {"Link": f'<{url}>; rel="next"'}


def _cursor(after: int | None) -> str | None:
    """An opaque page cursor (base 36 of the last row's sequence number)."""
    if after is None:
        return None
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        after, remainder = divmod(after, 36)
        out = digits[remainder] + out
        if after == 0:
            return out


def _after(cursor: str | None) -> int | None:
    return None if cursor is None else int(cursor, 36)


def _not_found(what: str, ident: str) -> Problem:
    return Problem(404, f"No {what} with id {ident!r}: it was never stored, or was deleted.")


# ---------------------------------------------------------------------- articles


@bp.post("/extract")
def extract_article():
    data = ArticleRequestSchema(max_text_chars=current_app.config["MAX_TEXT_CHARS"]).load(_body())
    _, article = _read_request(data)
    return article_json(article)


@bp.post("/articles")
def create_article():
    body = _body()
    data = ArticleRequestSchema(max_text_chars=current_app.config["MAX_TEXT_CHARS"]).load(body)
    storage = current_storage()
    stored = storage.article_by_hash(_content_hash(data["text"], data["format"]))
    created = False
    if stored is None:
        content_hash, article = _read_request(data)
        stored, created = storage.add_article(
            content_hash=content_hash,
            format=data["format"],
            body=data["text"],
            submitted=_submitted(data),
            article=article_json(article),
        )
    if created:
        from service.archive import submit_match

        submit_match(stored.id)  # against the archive, where checks run
    else:  # stored before, or by a racing post of the same text just now
        _refuse_other_metadata(stored, data, set(body))
    location = url_for(".get_article", article_id=stored.id)
    return _stored_json(stored), 201 if created else 200, {"Location": location}


@bp.get("/articles")
def list_articles():
    query = PageQuerySchema().load(request.args.to_dict())
    page = current_storage().articles(limit=query["limit"], after=_after(query["cursor"]))
    return {
        "items": [_stored_json(item, full=False) for item in page.items],
        "next_cursor": _cursor(page.after),
    }, link_header(_cursor(page.after))


@bp.get("/articles/<article_id>")
def get_article(article_id: str):
    stored = current_storage().article(_path_id(article_id, "article_id"))
    if stored is None:
        raise _not_found("article", article_id)
    return _stored_json(stored)


@bp.delete("/articles/<article_id>")
def delete_article(article_id: str):
    if not current_storage().delete_article(_path_id(article_id, "article_id")):
        raise _not_found("article", article_id)
    return "", 204


@bp.patch("/articles/<article_id>")
def update_article(article_id: str):
    """Change a stored article's metadata; its claims are read again with it."""
    changes = ArticlePatchSchema().load(_body())
    storage = current_storage()
    stored = storage.article(_path_id(article_id, "article_id"))
    if stored is None:
        raise _not_found("article", article_id)
    metadata = {**_metadata_of(stored), **changes}
    article = _read(stored.body, stored.format, metadata, stored.id, "")
    updated = storage.update_article(
        stored.id, submitted=_submitted(metadata), article=article_json(article)
    )
    if updated is None:  # deleted meanwhile
        raise _not_found("article", article_id)
    if updated.claims != stored.claims:
        from service.archive import submit_match

        storage.clear_matched(stored.id)  # its claims changed: match them again
        submit_match(stored.id)
    return _stored_json(updated)


@bp.get("/articles/<article_id>/claims")
def get_article_claims(article_id: str):
    stored = current_storage().article(_path_id(article_id, "article_id"))
    if stored is None:
        raise _not_found("article", article_id)
    return {"article_id": stored.id, "claims": list(stored.claims)}


# ---------------------------------------------------------------------- claims


@bp.get("/claims")
def search_claims():
    query = ClaimQuerySchema().load(request.args.to_dict())
    where = ClaimFilter(
        kind=query["kind"],
        text=query["text"],
        location=query["location"],
        date_from=query["date_from"],
        date_to=query["date_to"],
        source=query["source"],
        article_id=query["article_id"],
        check_id=query["check_id"],
        language=query["language"],
        conflicting=query["conflicting"],
    )
    page = current_storage().claims(where, limit=query["limit"], after=_after(query["cursor"]))
    next_cursor = _cursor(page.after)
    return {"items": list(page.items), "next_cursor": next_cursor}, link_header(next_cursor)


# ---------------------------------------------------------------------- checks


def _sources(data: Mapping[str, Any]) -> dict[str, Article]:
    """The stored (`article_ids`) and inline (`articles`) articles of a request, by id:
    the same article twice is read once; 404 naming each id that is not stored."""
    storage = current_storage()
    stored: list[StoredArticle] = []
    missing: dict[str, list[str]] = {}
    for index, article_id in enumerate(data["article_ids"]):
        found = storage.article(article_id)
        if found is None:
            missing[f"article_ids[{index}]"] = [
                f"no stored article {article_id!r}: POST it to /v1/articles first, "
                "or send it inline in articles"
            ]
        else:
            stored.append(found)
    if missing:
        raise Problem(404, "Some article_ids are not stored.", errors=missing)
    articles: dict[str, Article] = {}
    for found in stored:
        articles.setdefault(found.id, _reread(found))
    for index, inline in enumerate(data["articles"]):
        _, article = _read_request(inline, field=f"articles[{index}]")
        articles.setdefault(article.id, article)
    return articles


def _wants_async() -> bool:
    """RFC 7240 `Prefer: respond-async` (among other preferences, any case)."""
    prefer = ",".join(request.headers.getlist("Prefer"))
    return any(p.split(";")[0].strip().lower() == "respond-async" for p in prefer.split(","))


@bp.post("/checks")
def create_check():
    from service.jobs import job_json, perform_check, request_of, submit_job

    config = current_app.config
    data = CheckRequestSchema(
        max_text_chars=config["MAX_TEXT_CHARS"], max_articles=config["MAX_ARTICLES_PER_JOB"]
    ).load(_body())
    storage = current_storage()
    missing: dict[str, list[str]] = {}
    for index, article_id in enumerate(data["article_ids"]):
        if not storage.has_article(article_id):
            missing[f"article_ids[{index}]"] = [
                f"no stored article {article_id!r}: POST it to /v1/articles first, "
                "or send it inline in articles"
            ]
    if missing:
        raise Problem(404, "Some article_ids are not stored.", errors=missing)

    total = len(data["article_ids"]) + len(data["articles"])
    if _wants_async() or total > config["MAX_ARTICLES_PER_CHECK"]:
        job = submit_job(request_of(data))
        location = url_for("jobs.get_job", job_id=job.id)
        headers = {"Location": location, "Retry-After": "1"}
        if _wants_async():
            headers["Preference-Applied"] = "respond-async"
        return job_json(job), 202, headers

    saved = perform_check(request_of(data), uuid.uuid4().hex)
    location = url_for(".get_check", check_id=saved.id)
    return _check_json(saved), 201, {"Location": location}


@bp.get("/checks")
def list_checks():
    query = PageQuerySchema().load(request.args.to_dict())
    page = current_storage().checks(limit=query["limit"], after=_after(query["cursor"]))
    next_cursor = _cursor(page.after)
    items = [
        {
            "id": item.id,
            "created": item.created.isoformat(),
            "article_ids": list(item.article_ids),
            "summary": item.summary,
        }
        for item in page.items
    ]
    return {"items": items, "next_cursor": next_cursor}, link_header(next_cursor)


def _stored_check(check_id: str) -> StoredCheck:
    stored = current_storage().check(_path_id(check_id, "check_id"))
    if stored is None:
        raise _not_found("check", check_id)
    return stored


@bp.get("/checks/<check_id>")
def get_check(check_id: str):
    from service.exports import negotiated

    stored = _stored_check(check_id)
    return negotiated(stored, _check_json)


@bp.delete("/checks/<check_id>")
def delete_check(check_id: str):
    if not current_storage().delete_check(_path_id(check_id, "check_id")):
        raise _not_found("check", check_id)
    return "", 204


@bp.get("/checks/<check_id>/report")
def get_check_report(check_id: str):
    from service.share import cached_page

    stored = _stored_check(check_id)
    status, kind = request.args.get("status") or None, request.args.get("kind") or None
    if status is not None and status not in STATUS_ORDER:
        raise InvalidInput(
            f"status {status!r} is not one of {', '.join(STATUS_ORDER)}",
            field="status",
            hint="leave it out for every fact, or pick one of the statuses listed",
        )
    page = report_page(stored, status=status, kind=kind)
    return cached_page(stored, lambda: render_template("report.html", page=page))


# ---------------------------------------------------------------------- verify


@bp.post("/verify")
def verify_claim():
    """One claim against stored and/or inline sources: supported, contradicted or not
    addressed, with the evidence. Stores nothing."""
    config = current_app.config
    # the contract bounds each list (stored ids, inline articles) by the inline check limit
    data = VerifyRequestSchema(
        max_text_chars=config["MAX_TEXT_CHARS"],
        max_articles=2 * config["MAX_ARTICLES_PER_CHECK"],
    ).load(_body())
    articles = _sources(data)
    try:
        result = verify(data["claim"], list(articles.values()), published=data["published"])
    except InvalidInput as exc:
        raise Problem(422, "The claim cannot be read.", errors={"claim": [str(exc)]}) from None
    return VerificationSchema().dump(result)
