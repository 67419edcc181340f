"""`claimcheck serve`: the API behind gunicorn, pre-forked threaded workers.

Workers are gunicorn's `gthread` kind: each worker process serves several connections
on a thread pool, and a connection that stalls half-way through its request is handed
back to the worker's poller after a few seconds instead of holding a thread, so slow or
stalled clients do not starve `/healthz` and the rest (tests/test_serve.py).

gunicorn answers some requests itself, before the app sees them (a request line or
headers past its limits, bytes that are not HTTP). Its limits are set above the app's
own (service/limits.py), so the app answers those cases as problem+json; what still
trips gunicorn's higher limits is rewritten to problem+json by `ProblemThreadWorker`.
"""

from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any

from gunicorn import util
from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import ThreadWorker

from claims import gazetteer
from service.app import create_app
from service.limits import MAX_HEADER_FIELD, MAX_HEADER_FIELDS

#: threads per worker process (connections served at once by one process)
THREADS = 4

#: what a person can do about each status gunicorn answers on its own
_GUNICORN_DETAILS = {
    400: "The request is not valid HTTP/1.1: check the request line and header syntax.",
    403: "The request is not allowed from this address.",
    414: "The request line is longer than this server accepts: shorten the URL "
    "(send long values in a POST body).",
    417: "The Expect header asks for something this server does not do: leave it out.",
    431: "The request's header fields are too many or too large: send fewer, shorter ones.",
    501: "This Transfer-Encoding is not supported: send the body with Content-Length, or chunked.",
}
_STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3})")


class _Captured:
    """Stands in for the client socket while gunicorn writes its own (HTML) error page."""

    def __init__(self, sock: Any) -> None:
        self._sock = sock
        self.sent = bytearray()

    def gettimeout(self) -> float:
        return 0.0  # util.write_nonblock then writes straight to sendall

    def sendall(self, data: bytes) -> None:
        self.sent += data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def problem_page(status: int) -> bytes:
    """A whole HTTP response (status line, headers, body) for an error gunicorn raised."""
    detail = _GUNICORN_DETAILS.get(status) or (
        "The server failed on this request; it has been logged. Try again, "
        "and report it if it keeps happening."
    )
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body = json.dumps(
        {"type": "about:blank", "title": phrase, "status": status, "detail": detail}
    ).encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/problem+json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Content-Type-Options: nosniff\r\n\r\n"
    )
    return head.encode("latin-1") + body


class ProblemThreadWorker(ThreadWorker):
    """gunicorn's gthread worker whose own error answers are problem+json, not HTML."""

    def handle_error(self, req, client, addr, exc) -> None:
        captured = _Captured(client)
        super().handle_error(req, captured, addr, exc)  # logs, and picks the status
        found = _STATUS_LINE.match(bytes(captured.sent))
        status = int(found.group(1)) if found else 500
        try:
            util.write_nonblock(client, problem_page(status))
        except Exception:  # the client went away: nothing to answer
            self.log.debug("Failed to send error message.")


class _Gunicorn(BaseApplication):
    """gunicorn driven from Python: no config file, no command-line parsing."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        # Each worker builds its own app after the fork, so no database connection is
        # shared between processes.
        return create_app()


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    """The gunicorn settings `claimcheck serve` runs with (README "Deployment")."""
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",  # IPv6 in brackets
        "workers": workers,
        "worker_class": "service.server.ProblemThreadWorker",
        "threads": THREADS,
        # extraction is CPU-bound; a long article may take seconds on a busy machine
        "timeout": 120,
        "graceful_timeout": 10,
        "keepalive": 5,
        # above the app's own limits, so the app answers those with problem+json
        "limit_request_line": 8190,  # gunicorn's largest finite value
        "limit_request_fields": 2 * MAX_HEADER_FIELDS,
        "limit_request_field_size": 2 * MAX_HEADER_FIELD,
        # gunicorn 25+ opens a control socket at a fixed path shared by every instance
        "control_socket_disable": True,
        "accesslog": "-",
        "errorlog": "-",
        "proc_name": "claimcheck",
    }


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 2) -> None:
    """Serve the API on host:port with `workers` processes until interrupted."""
    # Build the app once in the master: settings errors stop here with one message, and
    # the tables exist before the workers race to open the database.
    create_app().extensions["claimcheck.storage"].dispose()
    gazetteer.prepare()  # the place index's cache file, built once before the workers fork
    _Gunicorn(gunicorn_options(host, port, workers)).run()
