"""The request limits the app enforces itself, so their answers are problem+json.

gunicorn refuses an over-long request line or oversize headers before the app sees the
request, with an HTML page of its own. `claimcheck serve` therefore sets gunicorn's own
limits above these (service/server.py) and the app answers at these, through the one
error handler; what still trips gunicorn's higher limits is rewritten to problem+json
by the worker (service/server.py, `ProblemThreadWorker`).

Requests are also counted per API key and per client address (flask-limiter,
`init_rate_limits`): past CLAIMCHECK_RATE_LIMIT a 429 with Retry-After.

A chunked body has no Content-Length for werkzeug to check up front, and werkzeug stops
reading it at the limit without complaint (the truncated JSON then looked malformed, a
400); `read_body` tells the two apart and answers 413.
"""

from __future__ import annotations

import hashlib

from flask import Flask, request
from flask_limiter import ApplicationLimit, Limiter
from werkzeug.exceptions import RequestEntityTooLarge

from service.errors import Problem

#: longest request line (method, URI, version) in bytes: gunicorn's own default
MAX_REQUEST_LINE = 4094
#: most header fields in one request: gunicorn's default
MAX_HEADER_FIELDS = 100
#: longest header field (name, ": ", value) in bytes: gunicorn's default
MAX_HEADER_FIELD = 8190


def _request_line_bytes(environ: dict) -> int:
    uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if uri is None:
        query = environ.get("QUERY_STRING", "")
        uri = environ.get("PATH_INFO", "") + ("?" + query if query else "")
    method, protocol = environ.get("REQUEST_METHOD", ""), environ.get("SERVER_PROTOCOL", "")
    return len(f"{method} {uri} {protocol}".encode("latin-1", "replace"))


def _header_fields(environ: dict) -> list[tuple[str, str]]:
    fields = []
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            fields.append((key[5:].replace("_", "-"), str(value)))
        elif key in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
            fields.append((key.replace("_", "-"), str(value)))
    return fields


def enforce_request_limits() -> None:
    """Refuse (414, 431) a request whose line or headers are past the limits above."""
    environ = request.environ
    line = _request_line_bytes(environ)
    if line > MAX_REQUEST_LINE:
        raise Problem(
            414,
            f"The request line is {line:,} bytes; this server takes at most "
            f"{MAX_REQUEST_LINE:,}: shorten the URL (send long values in a POST body).",
        )
    fields = _header_fields(environ)
    if len(fields) > MAX_HEADER_FIELDS:
        raise Problem(
            431,
            f"The request has {len(fields)} header fields; this server takes at most "
            f"{MAX_HEADER_FIELDS}: send fewer headers.",
        )
    for name, value in fields:
        size = len(name) + 2 + len(value.encode("latin-1", "replace"))
        if size > MAX_HEADER_FIELD:
            raise Problem(
                431,
                f"The header {name} is {size:,} bytes; this server takes at most "
                f"{MAX_HEADER_FIELD:,} per field: shorten it.",
                errors={f"headers.{name}": [f"at most {MAX_HEADER_FIELD:,} bytes"]},
            )


def read_body() -> bytes:
    """The request body, or 413 when a body sent without Content-Length is over the limit."""
    data = request.get_data(cache=True)
    limit = request.max_content_length
    if (
        request.content_length is None
        and limit is not None
        and len(data) >= limit
        and request.environ["wsgi.input"].read(1)
    ):
        raise RequestEntityTooLarge()
    return data


# ---------------------------------------------------------------------- rate limits


def _api_key_bucket() -> str:
    """The caller's API key (hashed: the counters' store never holds a key), else address."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() == "bearer" and token:
        digest = hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()
        return "key:" + digest[:32]
    return "address:" + _address()


def _address() -> str:
    return request.remote_addr or "unknown"


def init_rate_limits(app: Flask) -> Limiter | None:
    """Count requests per API key and per client address; past RATE_LIMIT, 429.

    The counters live in memory (each worker process counts its own) unless
    RATE_LIMIT_STORAGE names a Redis server, which every worker shares. If that store
    stops answering, requests are counted in memory meanwhile rather than refused.
    """
    rate = app.config["RATE_LIMIT"]
    if rate == "off":
        return None
    limiter = Limiter(
        _address,
        application_limits=[
            ApplicationLimit(rate, key_function=_api_key_bucket, scope="api-key"),
            ApplicationLimit(rate, key_function=_address, scope="address"),
        ],
        storage_uri=app.config["RATE_LIMIT_STORAGE"],
        strategy="moving-window",
        headers_enabled=True,
        swallow_errors=True,
        in_memory_fallback_enabled=True,
        key_prefix="claimcheck",
    )
    limiter.request_filter(lambda: request.endpoint == "pages.healthz")
    limiter.init_app(app)
    app.extensions["claimcheck.limiter"] = limiter
    return limiter
