"""Bearer API keys for /v1: on when CLAIMCHECK_API_KEYS lists any, off otherwise."""

from __future__ import annotations

import hmac

from flask import current_app, request

from service.errors import Problem

_CHALLENGE = 'Bearer realm="claimcheck"'


def require_api_key() -> None:
    """Refuse the request with a 401 unless it carries one of the configured keys.

    Every key is compared (with `hmac.compare_digest`) so the time taken does not tell
    which key, or how much of one, matched.
    """
    keys: tuple[str, ...] = tuple(current_app.config.get("API_KEYS") or ())
    if not keys:
        return
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Problem(
            401,
            "This API needs a key: send 'Authorization: Bearer KEY' with every /v1 request.",
            headers={"WWW-Authenticate": _CHALLENGE},
        )
    offered = token.encode("utf-8", "surrogateescape")
    accepted = False
    for key in keys:
        accepted |= hmac.compare_digest(offered, key.encode("utf-8"))
    if not accepted:
        raise Problem(
            401,
            "This API key is not accepted: check it for typos, or ask for a new one.",
            headers={"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_token"'},
        )
