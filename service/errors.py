"""Every error the service returns, as RFC 9457 ``application/problem+json``.

One handler turns whatever went wrong (a `Problem` raised by a view, a werkzeug HTTP
error, a marshmallow `ValidationError`, the library's `InvalidInput`, or a bug) into a
problem document whose `detail` says what to do, and whose `errors` maps each offending
field to its messages. A bug is logged with its traceback and answered with a 500 that
carries none.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, current_app, json, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from claims import InvalidInput, TimeBudgetExceeded

PROBLEM_JSON = "application/problem+json"
#: the problem type of a well-formed request whose article the library cannot read (binary
#: or wrongly decoded text...): a 422 that no schema can foresee, so clients can tell it
#: apart from a request that breaks the contract (those are about:blank)
UNREADABLE_ARTICLE = "urn:claimcheck:problem:unreadable-article"
#: the problem type of an article written in a language claimcheck does not read yet
#: (the detail and `errors` name it)
UNSUPPORTED_LANGUAGE = "urn:claimcheck:problem:unsupported-language"
#: a GET /v1/checks/{id} whose Accept names no format the report is served in
NOT_ACCEPTABLE = 406
#: the problem type of a 503 for a request whose reading ran past CLAIMCHECK_REQUEST_TIMEOUT_S
TIME_BUDGET_EXCEEDED = "urn:claimcheck:problem:time-budget-exceeded"

#: what a person can do about each status werkzeug raises on its own
_DETAILS = {
    400: "The body is not valid JSON: check quoting, commas and brackets, and encode it as UTF-8.",
    401: "Send an API key as 'Authorization: Bearer KEY'.",
    404: "Nothing lives at this URL: see /openapi.yaml or /docs for the paths.",
    405: "This path does not take this method: see the Allow header.",
    413: "The body is larger than this server accepts (CLAIMCHECK_MAX_BODY_BYTES): "
    "send fewer or shorter articles per request.",
    414: "The URL is longer than this server accepts: send long values in a POST body.",
    406: "The report is served as application/json, application/ld+json (schema.org "
    "ClaimReview) or text/csv: ask for one of them in Accept.",
    415: "Send the body as JSON with 'Content-Type: application/json'.",
    429: "Too many requests from this API key or address (CLAIMCHECK_RATE_LIMIT): "
    "wait the Retry-After seconds, then send requests more slowly.",
    431: "The request's header fields are too many or too large: send fewer, shorter ones.",
    500: "The server failed on this request; it has been logged. Try again, "
    "and report it if it keeps happening.",
}


class Problem(Exception):
    """An error a view raises on purpose; becomes a problem+json response."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
        type: str = "about:blank",
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.type = type
        self.detail = detail
        self.errors = dict(errors) if errors else None
        self.headers = dict(headers or {})


def problem_response(
    status: int,
    detail: str,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
    type: str = "about:blank",
) -> Response:
    body: dict[str, Any] = {
        "type": type,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.path,
    }
    if errors:
        body["errors"] = dict(errors)
    response = current_app.response_class(
        json.dumps(body) + "\n", status=status, mimetype=PROBLEM_JSON
    )
    response.headers.update(dict(headers or {}))
    return response


def field_errors(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """Flatten marshmallow's nested messages to {"articles[0].text": [...]}.

    >>> field_errors({"articles": {0: {"text": ["Missing."]}}, "_schema": ["Bad."]})
    {'articles[0].text': ['Missing.'], 'body': ['Bad.']}
    """
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {prefix or "body": list(messages)}
    if isinstance(messages, str):
        return {prefix or "body": [messages]}
    flat: dict[str, list[str]] = {}
    items = messages.items() if isinstance(messages, Mapping) else enumerate(messages)
    for key, value in items:
        if isinstance(key, int):
            name = f"{prefix}[{key}]"
        elif key == "_schema":
            name = prefix
        else:
            name = f"{prefix}.{key}" if prefix else str(key)
        for field, found in field_errors(value, name).items():
            flat.setdefault(field, []).extend(found)
    return flat


def _summary(errors: Mapping[str, list[str]]) -> str:
    parts = [f"{field}: {' '.join(messages)}" for field, messages in errors.items()]
    return "The request does not match the contract. " + " ".join(parts)


def handle_error(error: Exception) -> Response | HTTPException:
    """The one error handler: every failure leaves as problem+json."""
    if isinstance(error, Problem):
        return problem_response(
            error.status, error.detail, errors=error.errors, headers=error.headers, type=error.type
        )
    if isinstance(error, ValidationError):
        errors = field_errors(error.messages)
        return problem_response(422, _summary(errors), errors=errors)
    if isinstance(error, InvalidInput):
        detail = f"{error} {error.hint}".strip()
        return problem_response(
            422, detail, errors={error.field: [detail]}, type=UNREADABLE_ARTICLE
        )
    if isinstance(error, TimeBudgetExceeded):
        budget = current_app.config.get("REQUEST_TIMEOUT_S", 30.0)
        return problem_response(
            503,
            f"Reading this request's text took longer than this server allows ({budget:g} s, "
            "CLAIMCHECK_REQUEST_TIMEOUT_S): send a shorter text or fewer articles per "
            "request, or try again after Retry-After seconds if the server is busy.",
            headers={"Retry-After": str(max(1, math.ceil(budget)))},
            type=TIME_BUDGET_EXCEEDED,
        )
    if isinstance(error, HTTPException):
        code = error.code or 500
        if code < 400:  # routing redirects (a missing trailing slash) are not errors
            return error
        headers = {}
        if code == 405 and getattr(error, "valid_methods", None):
            headers["Allow"] = ", ".join(sorted(error.valid_methods))
        detail = _DETAILS.get(code) or error.description or HTTPStatus(code).phrase
        if code == 429 and error.description:  # flask-limiter's limit, e.g. "600 per 1 minute"
            detail = f"{detail} The limit is {error.description}."
        return problem_response(code, detail, headers=headers)
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return problem_response(500, _DETAILS[500])


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(Exception, handle_error)
