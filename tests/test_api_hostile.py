"""Hostile and careless requests (issue 14): each is a 4xx problem+json naming the field
and the fix, never a 500; the pages carry headers that keep a browser from running
anything an article smuggles in."""

from __future__ import annotations

import io
import os
import re

import pytest
from test_api_errors import PROBLEM, assert_problem

from service import create_app
from service.limits import MAX_HEADER_FIELD, MAX_HEADER_FIELDS, MAX_REQUEST_LINE

SIX = "At least 6,000 people have been killed in Syria since the uprising began."
PG_URL = os.environ.get("CLAIMCHECK_TEST_DATABASE_URL")


@pytest.fixture
def pg_client(app_config, client):
    """The contract-checking client on PostgreSQL (skips without a test database)."""
    if not PG_URL:
        pytest.skip("needs CLAIMCHECK_TEST_DATABASE_URL (a throw-away PostgreSQL database)")
    app = create_app({**app_config, "DATABASE_URL": PG_URL})
    pg = app.test_client()
    pg.__class__ = type(client)
    pg.openapi, pg.problem_schema = client.openapi, client.problem_schema
    yield pg
    app.extensions["claimcheck.storage"].dispose()


# --------------------------------------------------------------------------- bad ids


def test_a_lone_surrogate_among_article_ids_is_422_naming_it(client):
    response = client.post(
        "/v1/checks", data='{"article_ids": ["\\ud800"]}', content_type="application/json"
    )
    problem = assert_problem(response, 422, "article_ids[0]")
    assert "surrogate" in " ".join(problem["errors"]["article_ids[0]"])


@pytest.mark.parametrize("which", ["sqlite", "postgresql"])
@pytest.mark.parametrize(
    "path,field",
    [
        ("/v1/articles/%00", "article_id"),
        ("/v1/articles/a%00b/claims", "article_id"),
        ("/v1/checks/%00", "check_id"),
        ("/v1/checks/%00/report", "check_id"),
    ],
)
def test_a_nul_in_a_path_id_is_422_naming_it(request, which, path, field):
    client = request.getfixturevalue("client" if which == "sqlite" else "pg_client")
    problem = assert_problem(client.get(path), 422, field)
    assert "exactly as the API returned it" in problem["errors"][field][0]
    if path.count("/") == 3 and field == "article_id":
        assert_problem(client.delete(path), 422, field)
        assert_problem(client.patch(path, json={"title": "x"}), 422, field)


def test_a_nul_in_a_stored_id_list_on_postgresql_is_422(pg_client):
    response = pg_client.post("/v1/checks", json={"article_ids": ["a\x00"]})
    assert_problem(response, 422, "article_ids[0]")


# --------------------------------------------------------------------------- bodies


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_json_nested_too_deep_is_400_naming_the_body(client, depth):
    data = '{"text": ' + "[" * depth + "]" * depth + "}"
    problem = assert_problem(
        client.post("/v1/extract", data=data, content_type="application/json"), 400, "body"
    )
    assert "nested too deeply" in problem["detail"]


def _chunked(client, path, body: bytes):
    # As gunicorn hands werkzeug a chunked body: no Content-Length, the server ends the stream.
    return client.post(
        path,
        input_stream=io.BytesIO(body),
        content_type="application/json",
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )


def test_a_chunked_body_over_the_limit_is_413(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1_000
    body = b'{"text": "' + b"x" * 5_000 + b'"}'
    problem = assert_problem(_chunked(client, "/v1/extract", body), 413)
    assert "CLAIMCHECK_MAX_BODY_BYTES" in problem["detail"]


def test_a_chunked_body_within_the_limit_is_read(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1_000
    body = b'{"text": "' + SIX.encode() + b'"}'
    response = _chunked(client, "/v1/extract", body)
    assert response.status_code == 200, response.get_data(as_text=True)


@pytest.mark.parametrize(
    "value", ["20120207", "2012-W06-2", "2012-038", "2012-02-07T00:00", "12-02-07"]
)
def test_published_is_exactly_yyyy_mm_dd(client, value):
    response = client.post("/v1/extract", json={"text": SIX, "published": value})
    problem = assert_problem(response, 422, "published")
    assert "YYYY-MM-DD" in problem["errors"]["published"][0]
    assert_problem(client.get(f"/v1/claims?date_from={value}"), 422, "date_from")


def test_a_library_failure_is_a_500_without_traceback(client, monkeypatch, caplog):
    # What `published: 0001-01-01` does today (an OverflowError in claims/dates.py).
    def broken(*_args, **_kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr("service.api.extract", broken)
    response = client.post("/v1/extract", json={"text": SIX, "published": "0001-01-01"})
    problem = assert_problem(response, 500)
    assert "out of range" not in response.get_data(as_text=True)
    assert "logged" in problem["detail"]
    assert "OverflowError" in caplog.text


# --------------------------------------------------------------------------- the request line


def test_a_request_line_past_the_limit_is_414(client):
    path = "/v1/claims?text=" + "a" * MAX_REQUEST_LINE
    problem = assert_problem(client.get(path), 414)
    assert "shorten the URL" in problem["detail"]


def test_too_many_header_fields_is_431(client):
    headers = {f"X-Filler-{n}": "x" for n in range(MAX_HEADER_FIELDS + 1)}
    assert_problem(client.get("/v1/articles", headers=headers), 431)


def test_an_oversize_header_field_is_431_naming_it(client):
    response = client.get("/v1/articles", headers={"X-Big": "x" * MAX_HEADER_FIELD})
    assert_problem(response, 431, "headers.X-BIG")


def test_requests_within_the_limits_pass(client):
    headers = {f"X-Filler-{n}": "x" * 100 for n in range(MAX_HEADER_FIELDS - 10)}
    assert client.get("/v1/claims?text=" + "a" * 150, headers=headers).status_code == 200


# --------------------------------------------------------------------------- 409 / PATCH


def test_a_repost_with_other_metadata_is_409_naming_each_field(client):
    first = client.post("/v1/articles", json={"text": SIX, "title": "First", "source": "A"})
    assert first.status_code == 201
    again = client.post(
        "/v1/articles",
        json={"text": SIX, "title": "Second", "source": "A", "published": "2012-02-07"},
    )
    problem = assert_problem(again, 409, "title", "published")
    assert "source" not in problem["errors"]
    assert again.headers["Location"] == first.headers["Location"]
    assert "PATCH" in problem["detail"] and '"First"' in problem["errors"]["title"][0]
    # nothing changed
    assert client.get(first.headers["Location"]).get_json() == first.get_json()


def test_patch_changes_metadata_and_rereads_the_claims(client):
    text = "Yesterday 5 people died in Homs, activists said."
    posted = client.post("/v1/articles", json={"text": text, "title": "Old"}).get_json()
    location = f"/v1/articles/{posted['id']}"
    patched = client.patch(location, json={"title": "New", "published": "2012-02-07"})
    assert patched.status_code == 200, patched.get_data(as_text=True)
    body = patched.get_json()
    assert body["id"] == posted["id"] and body["text"] == posted["text"]
    assert (body["title"], body["published"], body["published_basis"]) == (
        "New",
        "2012-02-07",
        "metadata",
    )
    assert body["claims"][0]["as_of"] == "2012-02-07"  # read again with the new date
    assert client.get(location).get_json() == body
    # a re-post now agrees with the new metadata, and a check reads it
    same = client.post("/v1/articles", json={"text": text, "title": "New"})
    assert same.status_code == 200
    check = client.post("/v1/checks", json={"article_ids": [posted["id"]]}).get_json()
    assert check["articles"][0]["title"] == "New"
    cleared = client.patch(location, json={"title": None}).get_json()
    assert cleared["title"] is None and cleared["published"] == "2012-02-07"


@pytest.mark.parametrize(
    "body,field",
    [
        ({}, "body"),
        ({"text": "new text"}, "text"),
        ({"published": "20120207"}, "published"),
        ({"url": "x" * 3000}, "url"),
    ],
)
def test_a_bad_patch_is_422_naming_the_field(client, body, field):
    posted = client.post("/v1/articles", json={"text": SIX}).get_json()
    assert_problem(client.patch(f"/v1/articles/{posted['id']}", json=body), 422, field)


def test_patching_an_unknown_article_is_404(client):
    assert_problem(client.patch("/v1/articles/0123456789abcdef", json={"title": "x"}), 404)


# --------------------------------------------------------------------------- safe pages

HOSTILE = {
    "text": SIX,
    "title": '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">',
    "source": "<style>body{display:none}</style>",
    "url": "javascript:window.pwned=3",
}


def test_only_http_urls_become_links_in_the_report(client):
    inline = [
        HOSTILE,
        {"text": SIX.replace("6,000", "60,000"), "url": "https://example.com/story?a=1&b=2"},
        {"text": SIX.replace("6,000", "7,000"), "url": "data:text/html,<script>1</script>"},
    ]
    created = client.post("/v1/checks", json={"articles": inline})
    assert created.status_code == 201
    page = client.get(created.headers["Location"] + "/report")
    html = page.get_data(as_text=True)
    hrefs = re.findall(r'href="([^"#][^"]*)"', html)
    assert all(h.startswith(("https://", "http://", "/static/")) for h in hrefs), hrefs
    assert 'href="https://example.com/story?a=1&amp;b=2"' in html
    assert "javascript:window.pwned=3" in html  # shown as text
    assert "<script>" not in html and "<style>" not in html


@pytest.mark.parametrize(
    "path", ["/docs", "/healthz", "/v1/articles", "/v1/nowhere", "/openapi.yaml"]
)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert "script-src" not in csp and "'unsafe-inline'" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_the_report_page_carries_them_too(client):
    created = client.post("/v1/checks", json={"articles": [HOSTILE]})
    page = client.get(created.headers["Location"] + "/report")
    assert page.mimetype == "text/html"
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"


def test_errors_are_problem_json_with_the_headers(client):
    response = client.get("/v1/checks/nope")
    assert response.mimetype == PROBLEM
    assert response.headers["X-Content-Type-Options"] == "nosniff"
