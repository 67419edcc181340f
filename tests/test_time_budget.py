"""A per-request time budget (issue 14): the library stops at its caller's deadline with
`TimeBudgetExceeded` (checked at sentence and block boundaries), and the API answers a
request past CLAIMCHECK_REQUEST_TIMEOUT_S with a 503 problem+json and Retry-After instead
of letting the server kill its worker."""

from __future__ import annotations

import time

import pytest

import claims
import claims.errors
from service.config import settings_from_env

SIX = "At least 6,000 people have been killed in Syria since the uprising began."
LONG = " ".join(f"On Monday {n} people were killed in Homs." for n in range(2, 400))


def _past() -> float:
    return time.monotonic() - 1


# --------------------------------------------------------------------------- library


def test_extract_past_its_deadline_raises():
    with pytest.raises(claims.TimeBudgetExceeded) as raised:
        claims.extract(LONG, deadline=_past())
    assert raised.value.overrun > 0 and raised.value.stage


def test_check_past_its_deadline_raises():
    articles = [claims.extract(SIX, article_id="a"), claims.extract(SIX, article_id="b")]
    with pytest.raises(claims.TimeBudgetExceeded):
        claims.check(articles, deadline=_past())


def test_the_deadline_is_checked_sentence_by_sentence(monkeypatch):
    ticks = iter(range(1_000_000))  # a clock that moves one tick each time it is read
    monkeypatch.setattr(claims.errors.time, "monotonic", lambda: next(ticks))
    with pytest.raises(claims.TimeBudgetExceeded, match="sentences") as raised:
        claims.extract(LONG, deadline=10)
    assert raised.value.overrun == 1  # noticed at the first sentence boundary past it
    assert next(ticks) == 12  # and nothing read after: the text, places, 9 sentences, 1 over


def test_within_its_deadline_the_result_is_the_same():
    assert claims.extract(LONG, deadline=time.monotonic() + 600) == claims.extract(LONG)


def test_a_time_budget_is_not_invalid_input():
    assert not issubclass(claims.TimeBudgetExceeded, claims.InvalidInput)
    assert "TimeBudgetExceeded" in claims.__all__


# --------------------------------------------------------------------------- settings


def test_the_budget_comes_from_the_environment():
    assert settings_from_env({})["REQUEST_TIMEOUT_S"] == 30.0
    assert settings_from_env({"CLAIMCHECK_REQUEST_TIMEOUT_S": "2.5"})["REQUEST_TIMEOUT_S"] == 2.5


@pytest.mark.parametrize("raw", ["0", "-1", "nan", "soon", "7200"])
def test_a_bad_budget_stops_the_server_naming_the_variable(raw):
    with pytest.raises(ValueError, match="CLAIMCHECK_REQUEST_TIMEOUT_S"):
        settings_from_env({"CLAIMCHECK_REQUEST_TIMEOUT_S": raw})


# --------------------------------------------------------------------------- the API


@pytest.fixture
def app_config(app_config):
    return {**app_config, "REQUEST_TIMEOUT_S": 1e-9}  # every reading is past its budget


def _assert_503(response) -> None:
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"] == "1"
    body = response.get_json(force=True)
    assert body["type"] == "urn:claimcheck:problem:time-budget-exceeded"
    assert "CLAIMCHECK_REQUEST_TIMEOUT_S" in body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/v1/extract", "/v1/articles"])
def test_reading_past_the_budget_is_503_with_retry_after(client, path):
    _assert_503(client.post(path, json={"text": LONG}))


def test_a_check_past_the_budget_is_503_and_stores_nothing(client):
    _assert_503(client.post("/v1/checks", json={"articles": [{"text": SIX}, {"text": LONG}]}))
    assert client.get("/v1/articles").get_json()["items"] == []


def test_a_patch_past_the_budget_is_503(app, client):
    app.config["REQUEST_TIMEOUT_S"] = 600
    location = client.post("/v1/articles", json={"text": SIX}).headers["Location"]
    app.config["REQUEST_TIMEOUT_S"] = 1e-9
    _assert_503(client.patch(location, json={"published": "2012-02-07"}))


def test_requests_within_the_budget_are_read(app, client):
    app.config["REQUEST_TIMEOUT_S"] = 600
    response = client.post("/v1/extract", json={"text": SIX})
    assert response.status_code == 200 and response.get_json()["claims"]
