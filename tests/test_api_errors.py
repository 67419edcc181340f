"""Every error path of the HTTP API: a problem+json document a person can act on.

None of these needs the library to read text: they fail before extraction.
"""

from __future__ import annotations

import json

import pytest

PROBLEM = "application/problem+json"
ARTICLE = {"text": "At least 6,000 people have been killed in Syria."}


def assert_problem(response, status: int, *fields: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["detail"]
    assert body["instance"] == response.request.path
    assert "Traceback" not in response.get_data(as_text=True)
    for field in fields:
        assert field in body["errors"], body
    return body


# --------------------------------------------------------------------------- 400 / 415 / 413

JSON_POSTS = ["/v1/extract", "/v1/articles", "/v1/checks"]


@pytest.mark.parametrize("path", JSON_POSTS)
@pytest.mark.parametrize(
    "data",
    [
        pytest.param('{"text": "unterminated', id="truncated"),
        pytest.param("{'text': 'single quotes'}", id="single quotes"),
        pytest.param("", id="empty body"),
        pytest.param(b'{"text": "\xff\xfe"}', id="not UTF-8"),
    ],
)
def test_malformed_json_is_400(client, path, data):
    response = client.post(path, data=data, content_type="application/json")
    assert_problem(response, 400)


@pytest.mark.parametrize("path", JSON_POSTS)
@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]
)
def test_a_body_that_is_not_json_is_415(client, path, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    response = client.post(path, data=json.dumps(ARTICLE), **kwargs)
    body = assert_problem(response, 415)
    assert "application/json" in body["detail"]


def test_a_body_over_the_limit_is_413(client, app):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/v1/extract", json={"text": "x" * 2000})
    body = assert_problem(response, 413)
    assert "CLAIMCHECK_MAX_BODY_BYTES" in body["detail"]


# --------------------------------------------------------------------------- 422


@pytest.mark.parametrize("path", ["/v1/extract", "/v1/articles"])
@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        pytest.param({}, "text", "Missing", id="no text"),
        pytest.param({"text": None}, "text", "null", id="null text"),
        pytest.param({"text": 6000}, "text", "string", id="text not a string"),
        pytest.param({"text": " \n\t "}, "text", "whitespace", id="blank text"),
        pytest.param({"text": "a\x00b"}, "text", "NUL", id="NUL in text"),
        pytest.param(
            {"text": "x", "published": "7 Feb 2012"}, "published", "YYYY-MM-DD", id="date"
        ),
        pytest.param(
            {"text": "x", "published": "2012-02-30"}, "published", "YYYY-MM-DD", id="no such day"
        ),
        pytest.param({"text": "x", "format": "pdf"}, "format", "'html'", id="format"),
        pytest.param(
            {"text": "x", "author": "AFP"}, "author", "allowed: text, title", id="unknown"
        ),
        pytest.param({"text": "x", "title": "t" * 1001}, "title", "1000", id="long title"),
        pytest.param([ARTICLE], "body", "object", id="array body"),
        pytest.param("just a string", "body", "object", id="string body"),
        pytest.param(None, "body", "object", id="null body"),
    ],
)
def test_an_unreadable_article_is_422_naming_the_field(client, path, body, field, words):
    response = client.post(path, data=json.dumps(body), content_type="application/json")
    problem = assert_problem(response, 422, field)
    assert words in " ".join(problem["errors"][field])
    assert field in problem["detail"]


def test_text_over_the_character_limit_is_422(client, app):
    app.config["MAX_TEXT_CHARS"] = 100
    response = client.post("/v1/extract", json={"text": "x" * 101})
    problem = assert_problem(response, 422, "text")
    assert "CLAIMCHECK_MAX_TEXT_CHARS" in problem["errors"]["text"][0]


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        pytest.param({}, "articles", "at least one", id="nothing"),
        pytest.param(
            {"article_ids": [], "articles": []}, "articles", "at least one", id="empty lists"
        ),
        pytest.param({"article_ids": "a1"}, "article_ids", "list", id="ids not a list"),
        pytest.param({"article_ids": [""]}, "article_ids[0]", "Length", id="empty id"),
        pytest.param({"articles": [{}]}, "articles[0].text", "Missing", id="inline without text"),
        pytest.param(
            {"articles": [ARTICLE, {"text": "x", "lang": "en"}]},
            "articles[1].lang",
            "Unknown",
            id="unknown field inline",
        ),
        pytest.param(
            {"article_ids": ["a"], "reports": True}, "reports", "Unknown", id="unknown top"
        ),
        pytest.param(
            {"article_ids": ["a"] * 1001}, "article_ids", "limit is 1000", id="too many ids"
        ),
        pytest.param(
            {"articles": [ARTICLE] * 1001}, "articles", "limit is 1000", id="too many inline"
        ),
        pytest.param(
            {"article_ids": ["a"] * 500, "articles": [ARTICLE] * 501},
            "articles",
            "1001 articles",
            id="too many in all",
        ),
    ],
)
def test_an_impossible_check_is_422_naming_the_field(client, body, field, words):
    response = client.post("/v1/checks", json=body)
    problem = assert_problem(response, 422, field)
    assert words in " ".join(problem["errors"][field])


def test_inline_text_over_the_limit_names_the_article(client, app):
    app.config["MAX_TEXT_CHARS"] = 10
    response = client.post("/v1/checks", json={"articles": [{"text": "short"}, {"text": "x" * 11}]})
    assert_problem(response, 422, "articles[1].text")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("cursor=not-ours!", "cursor"),
        ("cursor=" + "z" * 13, "cursor"),
        ("sort=newest", "sort"),
    ],
)
def test_bad_listing_parameters_are_422(client, query, field):
    assert_problem(client.get(f"/v1/articles?{query}"), 422, field)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("kind=fatalities", "kind"),
        ("date_from=yesterday", "date_from"),
        ("date_to=2012-02-31", "date_to"),
        ("text=", "text"),
        ("location=" + "x" * 201, "location"),
        ("limit=-1", "limit"),
        ("place=Homs", "place"),
    ],
)
def test_bad_claim_searches_are_422(client, query, field):
    assert_problem(client.get(f"/v1/claims?{query}"), 422, field)


# --------------------------------------------------------------------------- 404 / 405


@pytest.mark.parametrize(
    "path",
    [
        "/v1/articles/nope",
        "/v1/articles/nope/claims",
        "/v1/checks/nope",
        "/v1/checks/nope/report",
        "/v1/nothing-here",
        "/nothing-here",
    ],
)
def test_unknown_things_are_404_problems(client, path):
    assert_problem(client.get(path), 404)


def test_deleting_an_unknown_article_is_404(client):
    assert_problem(client.delete("/v1/articles/nope"), 404)


def test_checking_unstored_ids_is_404_naming_each(client):
    response = client.post("/v1/checks", json={"article_ids": ["nope", "nada"]})
    problem = assert_problem(response, 404, "article_ids[0]", "article_ids[1]")
    assert "POST it to /v1/articles" in problem["errors"]["article_ids[0]"][0]


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("put", "/v1/articles", "GET, HEAD, POST"),
        ("get", "/v1/extract", "POST"),
        ("put", "/v1/checks/x", "DELETE, GET, HEAD"),
        ("post", "/healthz", "GET, HEAD"),
        ("options", "/v1/claims", "GET, HEAD"),
    ],
)
def test_unlisted_methods_are_405_with_allow(client, method, path, allowed):
    response = getattr(client, method)(path)
    assert_problem(response, 405)
    assert response.headers["Allow"] == allowed


# --------------------------------------------------------------------------- 401


@pytest.fixture
def keyed(app):
    app.config["API_KEYS"] = ("k-one", "k-two")
    return app


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="no header"),
        pytest.param({"Authorization": "k-one"}, id="no scheme"),
        pytest.param({"Authorization": "Basic azpvbmU="}, id="basic"),
        pytest.param({"Authorization": "Bearer "}, id="empty token"),
    ],
)
def test_a_missing_key_is_401_with_a_challenge(client, keyed, headers):
    response = client.get("/v1/articles", headers=headers)
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="claimcheck"'


@pytest.mark.parametrize("token", ["k-three", "k-on", "k-one2", "K-ONE", "k-ön"])
def test_a_wrong_key_is_401(client, keyed, token):
    response = client.get("/v1/articles", headers={"Authorization": f"Bearer {token}"})
    assert_problem(response, 401)
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


@pytest.mark.parametrize("token", ["k-one", "k-two"])
def test_any_configured_key_opens_v1(client, keyed, token):
    response = client.get("/v1/articles", headers={"Authorization": f"bearer {token}"})
    assert response.status_code == 200


def test_auth_comes_before_reading_the_body(client, keyed):
    response = client.post("/v1/extract", data="not json", content_type="text/plain")
    assert_problem(response, 401)


@pytest.mark.parametrize("path", ["/healthz", "/openapi.yaml", "/docs"])
def test_service_pages_need_no_key(client, keyed, path):
    assert client.get(path).status_code == 200


# --------------------------------------------------------------------------- 500 / 503


def test_a_bug_is_a_500_without_traceback_and_is_logged(client, app, monkeypatch, caplog):
    def broken(**_kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.extensions["claimcheck.storage"], "articles", broken)
    response = client.get("/v1/articles")
    problem = assert_problem(response, 500)
    assert "secret internals" not in response.get_data(as_text=True)
    assert "logged" in problem["detail"]
    assert "secret internals" in caplog.text


def test_healthz_is_503_when_the_database_is_gone(client, app, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def gone():
        raise OperationalError("SELECT 1", {}, Exception("unable to open database file"))

    monkeypatch.setattr(app.extensions["claimcheck.storage"], "ping", gone)
    assert_problem(client.get("/healthz"), 503)
