"""openapi.yaml is the contract: it is valid OpenAPI 3.1, it lists exactly the routes
the app has, and schemathesis, fuzzing every operation in-process, finds no 5xx and no
response that breaks it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.specs.openapi.checks import positive_data_acceptance

from service import create_app
from service.config import SETTINGS
from service.errors import UNREADABLE_ARTICLE, UNSUPPORTED_LANGUAGE

SPEC_FILE = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
METHODS = {"get", "post", "put", "patch", "delete"}
API_KEY = "schemathesis-key"
MAX_PER_CHECK = SETTINGS["MAX_ARTICLES_PER_JOB"].default
MAX_PER_VERIFY = SETTINGS["MAX_ARTICLES_PER_CHECK"].default


def test_the_contract_is_valid_openapi_3_1():
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def _spec_routes() -> set[tuple[str, str]]:
    return {
        (path, method.upper())
        for path, item in SPEC["paths"].items()
        for method in item
        if method in METHODS
    }


def _app_routes(app) -> set[tuple[str, str]]:
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":  # stylesheets, not API
            continue
        path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
        routes |= {(path, method) for method in rule.methods - {"HEAD", "OPTIONS"}}
    return routes


def test_every_route_is_in_the_contract_and_every_operation_is_a_route(app):
    assert _app_routes(app) == _spec_routes()


def test_every_v1_operation_needs_the_key_and_the_rest_do_not():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            security = operation.get("security", SPEC["security"])
            assert bool(security) == path.startswith("/v1/"), (method, path)


def test_every_operation_documents_its_errors():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            statuses = set(operation["responses"])
            if path.startswith("/v1/"):
                assert {"401", "500"} <= statuses, (method, path)
            if "{" in path:
                assert "404" in statuses, (method, path)
            if "requestBody" in operation:
                assert {"400", "413", "415", "422"} <= statuses, (method, path)
            if any(p.get("in") == "query" or "$ref" in p for p in operation.get("parameters", [])):
                assert "422" in statuses, (method, path)


# --------------------------------------------------------------------------- schemathesis


@pytest.fixture(scope="module")
def fuzzed_app(tmp_path_factory):
    database = tmp_path_factory.mktemp("schemathesis") / "fuzz.sqlite3"
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{database}",
            "API_KEYS": (API_KEY,),
            "RATE_LIMIT": "off",
            # fuzzed subscriptions name any host: log their deliveries, never send them
            "WEBHOOK_DELIVERY": False,
            "WEBHOOK_ALLOW_PRIVATE": True,
        }
    )
    yield app
    app.extensions["claimcheck.storage"].dispose()


fuzzed = schemathesis.openapi.from_path(SPEC_FILE)


def _over_the_check_limit(case) -> bool:
    # JSON Schema cannot bound the sum of two arrays' lengths; the contract says it in words.
    body = case.body if isinstance(case.body, dict) else {}
    lists = [body.get("article_ids"), body.get("articles")]
    # a check may go async up to the job limit; a verification is read inline (50)
    limit = MAX_PER_VERIFY if case.operation.path == "/v1/verify" else MAX_PER_CHECK
    return sum(len(items) for items in lists if isinstance(items, list)) > limit


def accepts_valid_data_it_can_read(ctx, response, case):
    """schemathesis's positive_data_acceptance, except for the 422s the contract documents
        but no schema can state: an article the library cannot read (binary-looking text), one
        in a language it does not read, and more than 1,000 articles in all in one check (50 in
    one verification)."""
    if response.status_code == 422 and (
        response.json().get("type") in (UNREADABLE_ARTICLE, UNSUPPORTED_LANGUAGE)
        or _over_the_check_limit(case)
    ):
        return None
    return positive_data_acceptance(ctx, response, case)


@pytest.mark.slow
@fuzzed.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_app_keeps_the_contract_under_fuzzing(case, fuzzed_app):
    # The contract is loaded from the file (the module's test list is built at collection);
    # each operation is then pointed at this module's app, called in-process over WSGI.
    case.operation.app = case.operation.schema.app = fuzzed_app
    case.call_and_validate(
        headers={"Authorization": f"Bearer {API_KEY}"},
        excluded_checks=[positive_data_acceptance],
        additional_checks=[accepts_valid_data_it_can_read],
    )
