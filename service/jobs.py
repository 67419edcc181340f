"""Checks: the one way a report is made, inline or as a job, and the job resource.

`perform_check` reads the articles, cross-checks them, stores the report under an id
decided beforehand and announces it to webhook subscribers. `POST /v1/checks` calls it
in the request for a small check; for `Prefer: respond-async`, or more articles than
`CLAIMCHECK_MAX_ARTICLES_PER_CHECK`, it stores a job and answers 202 with its
`Location`, and `run_check_job` does the same work in the background (service/tasks.py).
A job whose worker was killed is run again by another worker; since the check id was
fixed when the job was made, the check is stored once however often the job runs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from flask import Blueprint, g, url_for

from claims import check
from claims.model import Article
from service.auth import require_api_key
from service.errors import Problem
from service.schemas import METADATA_FIELDS, ReportSchema
from service.storage import Job, StoredCheck, current_storage
from service.tasks import app_context, retries_left, submit_check_job

bp = Blueprint("jobs", __name__, url_prefix="/v1")
bp.before_request(require_api_key)

#: the share of a job's progress taken by reading articles (the rest is the comparison)
_READING = 0.8


def request_of(data: Mapping[str, Any]) -> dict[str, Any]:
    """A validated check request as JSON a job can keep (dates as YYYY-MM-DD)."""
    from service.api import _submitted

    return {
        "article_ids": list(data["article_ids"]),
        "articles": [
            {"text": a["text"], "format": a["format"], **_submitted(a)} for a in data["articles"]
        ],
    }


def perform_check(
    request: Mapping[str, Any],
    check_id: str,
    progress: Callable[[float], None] | None = None,
) -> StoredCheck:
    """Read, cross-check, store (once, under `check_id`) and announce."""
    from service.api import _read_request, _reread
    from service.webhooks import announce

    storage = current_storage()
    ids, inline = request["article_ids"], request["articles"]
    total = max(1, len(ids) + len(inline))
    articles: dict[str, Article] = {}  # by id: the same article twice is checked once
    stored_ids: list[str] = []
    for index, article_id in enumerate(ids):
        found = storage.article(article_id)
        if found is None:
            raise Problem(
                404,
                f"article_ids[{index}] {article_id!r} was deleted before the check read it.",
                errors={f"article_ids[{index}]": ["no longer stored: post it again"]},
            )
        stored_ids.append(found.id)
        if found.id not in articles:
            articles[found.id] = _reread(found)
        if progress:
            progress(_READING * (index + 1) / total)
    for index, sent in enumerate(inline):
        data = {key: sent.get(key) for key in METADATA_FIELDS}
        if data["published"]:
            data["published"] = dt.date.fromisoformat(data["published"])
        data.update(text=sent["text"], format=sent["format"])
        _, article = _read_request(data, field=f"articles[{index}]")
        articles.setdefault(article.id, article)
        if progress:
            progress(_READING * (len(ids) + index + 1) / total)

    # an inline check keeps its request's time budget; a queued job has none to keep
    report = ReportSchema().dump(check(list(articles.values()), deadline=g.get("deadline")))
    for dumped in report["articles"]:
        dumped["language"] = "en"  # any other language is refused while reading
    saved, _created = storage.add_check(
        check_id=check_id,
        article_ids=list(articles),
        report=report,
        texts={article.id: article.text for article in articles.values()},
        stored_ids=stored_ids,
    )
    announce(saved)  # each event once per subscriber, even when a retried job gets here again
    return saved


def submit_job(request: Mapping[str, Any]) -> Job:
    job = current_storage().add_job(
        job_id=uuid.uuid4().hex, check_id=uuid.uuid4().hex, request=request
    )
    submit_check_job(job.id)
    return job


def run_check_job(job_id: str, retries_left_now: int | None = None) -> None:
    """The background task: run a stored job's check, recording its progress."""
    from service.webhooks import announce

    with app_context():
        storage = current_storage()
        job = storage.job(job_id)
        if job is None or job.status in ("done", "failed"):
            return  # deleted, or finished by an earlier run
        storage.update_job(job_id, status="running", attempts="+1", only_if_not=("done",))

        def progress(share: float) -> None:
            storage.update_job(job_id, progress=round(share, 3), only_if_not=("done", "failed"))

        try:
            saved = storage.check(job.check_id)  # stored by a run killed before it said so
            if saved is None:
                saved = perform_check(job.request, job.check_id, progress)
            else:
                announce(saved)
        except Problem as problem:
            storage.update_job(job_id, status="failed", error=problem.detail)
            return
        except Exception:
            # a bug, or the database gone: the task runner retries while it may
            again = retries_left(retries_left_now) > 0
            storage.update_job(
                job_id,
                status="queued" if again else "failed",
                error="the check failed on the server"
                + ("; retrying" if again else "; see the worker's log"),
            )
            raise
        storage.update_job(job_id, status="done", progress=1.0, error=None)
        assert saved.id == job.check_id


def job_json(job: Job) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": job.id,
        "status": job.status,
        "progress": job.progress,
        "created": job.created.isoformat(),
        "updated": job.updated.isoformat(),
        "attempts": job.attempts,
    }
    if job.status == "done":
        body["check_id"] = job.check_id
        body["check_url"] = url_for("v1.get_check", check_id=job.check_id)
    if job.error and job.status in ("failed", "queued"):
        body["error"] = job.error
    return body


@bp.get("/jobs/<job_id>")
def get_job(job_id: str):
    from service.api import _not_found, _path_id

    job = current_storage().job(_path_id(job_id, "job_id"))
    if job is None:
        raise _not_found("job", job_id)
    headers = {} if job.status in ("done", "failed") else {"Retry-After": "1"}
    if job.status == "done":
        headers["Location"] = url_for("v1.get_check", check_id=job.check_id)
    return job_json(job), 200, headers
