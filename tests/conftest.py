"""Fixtures for the service tests: an app on a fresh SQLite file, and a client whose
every response is checked against openapi.yaml (the contract) with openapi-core."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from flask.testing import FlaskClient
from hypothesis import settings
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound

from claims.model import (
    Article,
    Claim,
    Conflict,
    DateInterval,
    Fact,
    Finding,
    Quantity,
    Report,
    Summary,
)
from service import create_app
from service.schemas import ArticleWithClaimsSchema, ReportSchema

REPO = Path(__file__).resolve().parents[1]
SPEC_FILE = REPO / "openapi.yaml"

# The property tests draw the same examples on every run by default, so a CI run is
# reproducible; `pytest --hypothesis-profile=explore` draws new ones to hunt for bugs
# (each one found becomes an @example in its test).
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile("repeatable")


@pytest.fixture(scope="session")
def openapi() -> OpenAPI:
    # openapi-core reads only a few media types on its own; teach it the ones we add.
    config = Config(
        extra_media_type_deserializers={
            "application/problem+json": json.loads,
            "application/yaml": yaml.safe_load,
            "application/ld+json": json.loads,
            "text/csv": lambda data: data.decode("utf-8") if isinstance(data, bytes) else data,
        }
    )
    return OpenAPI.from_file_path(str(SPEC_FILE), config=config)


@pytest.fixture(scope="session")
def problem_schema() -> dict[str, Any]:
    return yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))["components"]["schemas"]["Problem"]


class _SentRequest(WerkzeugOpenAPIRequest):
    """The request as openapi-core sees it to find the operation; its body was read."""

    @property
    def body(self) -> bytes | None:
        return None


class ContractClient(FlaskClient):
    """A test client that fails the test when a response breaks openapi.yaml.

    Requests are not validated (the error tests send bad ones on purpose). A response
    to a path or method the contract does not list (404 for an unknown URL, 405) must
    still be a problem document.
    """

    openapi: OpenAPI
    problem_schema: dict[str, Any]

    def open(self, *args: Any, **kwargs: Any):
        response = super().open(*args, **kwargs)
        request = response.request
        if request.method == "HEAD" or request.path.startswith("/static/"):
            return response  # no body to check; stylesheets are not part of the API
        try:
            self.openapi.validate_response(_SentRequest(request), WerkzeugOpenAPIResponse(response))
        except (PathNotFound, OperationNotFound):
            assert response.status_code in (404, 405), response.status_code
            assert response.mimetype == "application/problem+json"
            jsonschema.validate(json.loads(response.data), self.problem_schema)
        return response


@pytest.fixture
def app_config(tmp_path: Path) -> dict[str, Any]:
    """What the `app` fixture passes to create_app; tests may change it first."""
    return {
        "TESTING": True,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'claimcheck.sqlite3'}",
        "API_KEYS": (),
        # the limiter is off here (tests/test_rate_limit.py turns it on with a tiny limit)
        "RATE_LIMIT": "off",
    }


@pytest.fixture
def app(app_config: dict[str, Any]):
    app = create_app(app_config)
    yield app
    app.extensions["claimcheck.tasks"].wait()  # background matching, before the file goes
    app.extensions["claimcheck.storage"].dispose()


@pytest.fixture
def client(app, openapi: OpenAPI, problem_schema: dict[str, Any]) -> ContractClient:
    app.test_client_class = ContractClient
    client = app.test_client()
    client.openapi = openapi
    client.problem_schema = problem_schema
    return client


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


# --------------------------------------------------------------------------- data
# Articles and reports made from the library's own value types and dumped with the
# service's schemas, so storage and read-side tests do not depend on extraction.


def claim(
    article_id: str,
    number: int,
    text: str,
    sentence: str,
    *,
    kind: str = "deaths",
    value: float | None = None,
    location: str | None = None,
    date: dt.date | None = None,
    as_of: dt.date | None = None,
) -> Claim:
    start = sentence.index(text)
    return Claim(
        id=f"{article_id}-c{number}",
        article_id=article_id,
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        value=None if value is None else Quantity(value, value, value, exact=True),
        date=None if date is None else DateInterval(date, date),
        location=location,
        as_of=as_of,
    )


def made_article(
    article_id: str, text: str, *claims: Claim, published: dt.date | None = None, **meta: Any
) -> dict[str, Any]:
    """An article in ArticleWithClaimsSchema's shape (what storage keeps)."""
    article = Article(
        id=article_id,
        text=text,
        claims=claims,
        published=published,
        published_basis="metadata" if published else "unknown",
        **meta,
    )
    dumped = ArticleWithClaimsSchema().dump(article)
    dumped["language"] = "en"  # as the service stores it
    return dumped


HOMS = "At least 6,000 people have been killed in Homs since March, activists said."
HOMS_HIGH = "At least 60,000 people have been killed in Homs since March, activists said."
MOSCOW = "Lavrov arrived in Damascus on 7 February 2012 for talks with Assad."


@pytest.fixture
def sample_articles() -> list[dict[str, Any]]:
    """Three articles: two Homs tolls that differ tenfold, and a dated visit."""
    feb7 = dt.date(2012, 2, 7)
    return [
        made_article(
            "a1",
            HOMS,
            claim(
                "a1",
                1,
                "At least 6,000 people have been killed",
                HOMS,
                value=6000,
                location="Homs",
                as_of=feb7,
            ),
            published=feb7,
            title="Toll in Homs",
            source="Wire",
        ),
        made_article(
            "a2",
            HOMS_HIGH,
            claim(
                "a2",
                1,
                "At least 60,000 people have been killed",
                HOMS_HIGH,
                value=60000,
                location="Homs",
                as_of=feb7,
            ),
            published=feb7,
            title="<script>alert(1)</script> Homs",
        ),
        made_article(
            "a3",
            MOSCOW,
            claim(
                "a3", 1, "on 7 February 2012", MOSCOW, kind="event", date=feb7, location="Damascus"
            ),
            title="Lavrov in Damascus",
        ),
    ]


@pytest.fixture
def sample_report(sample_articles: list[dict[str, Any]]) -> dict[str, Any]:
    """A report on the first two sample articles: one discrepancy."""
    articles = sample_articles
    a1, a2 = (
        Article(
            id=a["id"],
            text=a["text"],
            title=a["title"],
            claims=tuple(
                claim(
                    a["id"], 1, c["text"], c["sentence"], value=c["value"]["best"], location="Homs"
                )
                for c in a["claims"]
            ),
        )
        for a in articles[:2]
    )
    finding = Finding(
        id="f1",
        relation="discrepancy",
        kind="deaths",
        claim_ids=("a1-c1", "a2-c1"),
        severity=0.9,
        independent=True,
        explanation='"at least 60,000" (a2) is far beyond "at least 6,000" (a1) on the same day.',
    )
    fact = Fact(
        id="F1",
        kind="deaths",
        label="Deaths in Homs",
        status="conflict",
        mention_ids=finding.claim_ids,
        conflicts=(Conflict(finding.claim_ids, finding.severity, finding.explanation),),
    )
    return ReportSchema().dump(
        Report(
            articles=(a1, a2),
            findings=(finding,),
            summary=Summary(2, 2, 1, 0, 0, 0, 1),
            facts=(fact,),
        )
    )
