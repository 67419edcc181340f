"""Headers every response carries, so a page of ours cannot be turned against its reader.

The HTML pages (the report, /docs) load nothing but their own stylesheet: no script, no
inline style, no frames, no forms. The policy says so to the browser, which then refuses
anything an article's text or metadata might smuggle in even if escaping ever failed.
JSON and problem+json responses carry the same headers (they cost nothing there).
"""

from __future__ import annotations

from flask import Flask, Response

#: no script at all; styles only from our own /static; never framed
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # for browsers that predate frame-ancestors
}


def _add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_security_headers(app: Flask) -> None:
    app.after_request(_add_security_headers)
