"""`claimcheck serve` against slow and malformed clients (issue 14), on a free loopback
port: stalled sockets do not starve /healthz, gunicorn's own refusals are problem+json
like the app's, a chunked body past the limit is 413, and no control socket is opened."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from serving import Server

pytestmark = pytest.mark.slow

MAX_BODY = 2_000


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("home")
    (home / "run").mkdir()
    return home


@pytest.fixture(scope="module")
def server(tmp_path_factory, home):
    folder = tmp_path_factory.mktemp("serve")
    env = {
        "CLAIMCHECK_MAX_BODY_BYTES": str(MAX_BODY),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    server = Server(folder / "serve.sqlite3", folder / "server.log", env=env)
    yield server
    server.stop()


def _raw(server: Server, data: bytes, timeout: float = 10.0) -> tuple[int, dict, bytes]:
    """Send `data` as is; the status, headers and body of the answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as conn:
        conn.sendall(data)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
            head, _, body = answer.partition(b"\r\n\r\n")
            headers = dict(
                line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:] if line
            )
            length = int(headers.get("Content-Length", -1))
            if length >= 0 and len(body) >= length:
                break
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = {
        k.lower(): v
        for k, v in (
            line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:] if line
        )
    }
    return status, headers, body


def _problem(status: int, headers: dict, body: bytes, expected: int) -> dict:
    assert status == expected, body
    assert headers["content-type"].startswith("application/problem+json")
    problem = json.loads(body)
    assert problem["status"] == expected and problem["detail"]
    assert b"<html" not in body.lower() and b"Traceback" not in body
    return problem


def test_two_stalled_sockets_do_not_starve_healthz(server):
    stalled = []
    try:
        for _ in range(2):  # connected, half a request sent, then silence
            conn = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            conn.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            stalled.append(conn)
        time.sleep(0.3)
        started = time.monotonic()
        status, _ = server.request("GET", "/healthz", timeout=1.0)
        assert status == 200
        assert time.monotonic() - started < 1.0
    finally:
        for conn in stalled:
            conn.close()


def test_a_request_line_past_the_apps_limit_is_its_problem(server):
    line = b"GET /v1/claims?text=" + b"a" * 5_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    problem = _problem(*_raw(server, line), 414)
    assert problem["instance"] == "/v1/claims"


@pytest.mark.parametrize(
    "request_bytes,status",
    [
        pytest.param(b"GET /" + b"a" * 9_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, id="line"),
        pytest.param(
            b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 20_000 + b"\r\n\r\n", 431, id="header"
        ),
        pytest.param(b"HELLO THERE\r\n\r\n", 400, id="not HTTP"),
    ],
)
def test_gunicorns_own_refusals_are_problem_json(server, request_bytes, status):
    _problem(*_raw(server, request_bytes), status)


def test_a_chunked_body_past_the_limit_is_413(server):
    payload = b'{"text": "' + b"x" * (3 * MAX_BODY) + b'"}'
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(payload[i : i + 500]), payload[i : i + 500])
        for i in range(0, len(payload), 500)
    )
    head = (
        b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    _problem(*_raw(server, head + chunks + b"0\r\n\r\n"), 413)


def test_a_page_carries_the_security_headers(server):
    status, headers, _ = _raw(server, b"GET /docs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 200
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_no_control_socket_is_opened(server, home):
    assert server.request("GET", "/healthz")[0] == 200
    assert not list(home.rglob("gunicorn.ctl")), "gunicorn opened its control socket"
