"""Reports in a browser: shared links, conditional GETs, and CORS for an allow-list.

`POST /v1/checks/{id}/share` returns a link to the HTML report that opens without an
API key until it expires: `/shared/<token>`, the token being the check id and an
expiry signed with `CLAIMCHECK_SHARE_SECRET` (itsdangerous, which Flask ships). Without
that setting a random secret is made once and kept in the instance folder, so the
workers of one server agree; set it to the same value on every server behind a proxy.

Reports (JSON and HTML) carry an `ETag` (a hash of the body: a check never changes)
and `Cache-Control: private`, and answer `If-None-Match` with 304.

CORS (flask-cors) is on for the origins in `CLAIMCHECK_CORS_ORIGINS` only; a preflight
`OPTIONS` from one of them is answered 204 before the key is asked for.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from flask import Blueprint, Flask, current_app, render_template, request, url_for
from itsdangerous import BadSignature, URLSafeSerializer

from service.auth import require_api_key
from service.errors import Problem
from service.storage import StoredCheck, current_storage

bp = Blueprint("share", __name__, url_prefix="/v1")
bp.before_request(require_api_key)
open_bp = Blueprint("shared", __name__)  # no key: the signature is the permission

#: seconds a browser may reuse a report before asking again (with If-None-Match)
REPORT_MAX_AGE = 60
_SALT = "claimcheck.share"


def _secret(app: Flask) -> str:
    configured = app.config.get("SHARE_SECRET")
    if configured:
        return configured
    path = Path(app.instance_path) / "share-secret"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as file:
        file.write(secrets.token_urlsafe(32))
    return path.read_text().strip()


def _serializer() -> URLSafeSerializer:
    app = current_app
    if "claimcheck.share_secret" not in app.extensions:
        app.extensions["claimcheck.share_secret"] = _secret(app)
    return URLSafeSerializer(app.extensions["claimcheck.share_secret"], salt=_SALT)


def conditional(response, max_age: int = REPORT_MAX_AGE):
    """`response` with a strong ETag and Cache-Control, or a 304 for a matching
    If-None-Match."""
    response.add_etag()
    response.headers["Cache-Control"] = f"private, max-age={max(0, max_age)}"
    return response.make_conditional(request)


def cached_page(stored: StoredCheck, render: Callable[[], str], max_age: int = REPORT_MAX_AGE):
    response = current_app.make_response(render())
    return conditional(response, max_age)


@bp.post("/checks/<check_id>/share")
def share_check(check_id: str):
    from service.api import _not_found, _path_id

    stored = current_storage().check(_path_id(check_id, "check_id"))
    if stored is None:
        raise _not_found("check", check_id)
    expires = int(time.time()) + current_app.config["SHARE_TTL_SECONDS"]
    token = _serializer().dumps({"c": stored.id, "e": expires})
    url = url_for("shared.shared_report", token=token, _external=True)
    body = {
        "url": url,
        "check_id": stored.id,
        "expires": dt.datetime.fromtimestamp(expires, dt.UTC).isoformat(),
    }
    return body, 201, {"Location": url}


@open_bp.get("/shared/<token>")
def shared_report(token: str):
    from service.report_page import report_page

    try:
        data = _serializer().loads(token)
        check_id, expires = str(data["c"]), int(data["e"])
    except (BadSignature, KeyError, TypeError, ValueError):
        raise Problem(
            404, "This shared link is not one this server made: ask for a new one."
        ) from None
    left = expires - int(time.time())
    if left <= 0:
        raise Problem(410, "This shared link has expired: ask whoever sent it for a new one.")
    stored = current_storage().check(check_id)
    if stored is None:
        raise Problem(410, "The check this link showed was deleted.")
    return cached_page(
        stored,
        lambda: render_template("report.html", page=report_page(stored)),
        min(REPORT_MAX_AGE, left),
    )


def _answer_preflight():
    """204 for a CORS preflight from an allowed origin (flask-cors adds its headers)."""
    origins = current_app.config.get("CORS_ORIGINS") or ()
    if (
        request.method == "OPTIONS"
        and request.headers.get("Origin") in origins
        and "Access-Control-Request-Method" in request.headers
    ):
        return current_app.response_class(status=204)
    return None


def init_cors(app: Flask) -> None:
    origins = list(app.config.get("CORS_ORIGINS") or ())
    if not origins:
        return
    from flask_cors import CORS

    CORS(
        app,
        origins=origins,
        allow_headers=["Authorization", "Content-Type", "Prefer", "If-None-Match"],
        expose_headers=["Location", "Link", "Retry-After", "ETag", "Preference-Applied"],
        methods=["GET", "POST", "PATCH", "DELETE"],
        max_age=600,
        vary_header=True,
    )
    app.before_request_funcs.setdefault(None, []).insert(0, _answer_preflight)
