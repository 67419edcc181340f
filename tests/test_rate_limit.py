"""Rate limits per API key and per client address (flask-limiter): past the limit a 429
problem+json with Retry-After; /healthz is never limited. The other tests run with the
limiter off (tests/conftest.py), so it neither slows nor flakes them; here it is on with a
tiny limit, in memory and, where a server answers on 127.0.0.1:6379, on Redis."""

from __future__ import annotations

import socket
import uuid

import pytest
from test_api_errors import assert_problem

from service import create_app
from service.config import settings_from_env

REDIS_URL = "redis://127.0.0.1:6379/0"


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(
    params=[
        "memory://",
        pytest.param(
            REDIS_URL,
            marks=pytest.mark.skipif(not _redis_answers(), reason="no Redis on 127.0.0.1:6379"),
        ),
    ],
    ids=["memory", "redis"],
)
def limited(request, app_config, client):
    # Fresh keys and a fresh address per test: Redis keeps its counters between runs.
    keys = (f"a-{uuid.uuid4().hex}", f"b-{uuid.uuid4().hex}")
    app = create_app(
        {
            **app_config,
            "RATE_LIMIT": "3/minute",
            "RATE_LIMIT_STORAGE": request.param,
            "API_KEYS": keys,
        }
    )
    limited = app.test_client()
    limited.__class__ = type(client)
    limited.openapi, limited.problem_schema = client.openapi, client.problem_schema
    limited.environ_base["REMOTE_ADDR"] = _address()
    limited.keys = keys
    yield limited
    app.extensions["claimcheck.storage"].dispose()


def _address() -> str:
    number = uuid.uuid4().int
    return f"10.{number % 250}.{(number >> 8) % 250}.{(number >> 16) % 250}"


def _get(client, key: str | None = None, path: str = "/v1/articles"):
    return client.get(path, headers={"Authorization": f"Bearer {key or client.keys[0]}"})


def test_past_the_limit_a_429_problem_with_retry_after(limited):
    for _ in range(3):
        assert _get(limited).status_code == 200
    response = _get(limited)
    problem = assert_problem(response, 429)
    assert "3 per 1 minute" in problem["detail"] and "Retry-After" in problem["detail"]
    assert 0 < int(response.headers["Retry-After"]) <= 60


def test_healthz_is_never_limited(limited):
    for _ in range(3):
        _get(limited)
    for _ in range(5):
        assert limited.get("/healthz").status_code == 200


def test_wrong_keys_count_against_the_address(limited):
    for n in range(3):
        assert _get(limited, key=f"wrong-{n}").status_code == 401
    assert_problem(_get(limited, key=limited.keys[1]), 429)


def test_a_key_is_limited_from_any_address(limited):
    for _ in range(3):
        limited.environ_base["REMOTE_ADDR"] = _address()
        assert _get(limited).status_code == 200
    limited.environ_base["REMOTE_ADDR"] = _address()
    assert_problem(_get(limited), 429)


def test_the_limit_is_read_from_the_environment():
    assert settings_from_env({})["RATE_LIMIT"] == "600/minute"
    assert settings_from_env({"CLAIMCHECK_RATE_LIMIT": "OFF"})["RATE_LIMIT"] == "off"
    assert settings_from_env({"CLAIMCHECK_RATE_LIMIT": "10/second"})["RATE_LIMIT"] == "10/second"
    with pytest.raises(ValueError, match="CLAIMCHECK_RATE_LIMIT"):
        settings_from_env({"CLAIMCHECK_RATE_LIMIT": "lots"})
