"""The archive watched (issue 12 item 2): a stored article's claims against the earlier
stored articles, conflicts stored once, listed, searchable and announced once; on SQLite
and, where CLAIMCHECK_TEST_DATABASE_URL names a throw-away database, on PostgreSQL. Also
the schema upgrade of a database an older claimcheck made."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from claims import extract
from service.storage import ClaimFilter, ClaimKey, Storage

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
PG_URL = os.environ.get("CLAIMCHECK_TEST_DATABASE_URL")

HOMS = "At least 6,000 people have been killed in Homs since March, activists said."
HOMS_HIGH = "At least 60,000 people have been killed in Homs since March, activists said."
HOMS_SAME = "At least 6,100 people have been killed in Homs since March, activists said."
IDLIB = "At least 60,000 people have been killed in Idlib since May, activists said."
FEB7 = "2012-02-07"


def test_stored_claims_come_back_as_the_library_made_them():
    # rebuilt from the stored JSON, not read again: equal, field by field, to extract's
    from service.api import article_json
    from service.archive import claim_of

    for path in SEEDS:
        article = extract(path.read_text(encoding="utf-8"), article_id=path.stem)
        dumped = json.loads(json.dumps(article_json(article)))  # as the database gives it
        assert article.claims and tuple(claim_of(c) for c in dumped["claims"]) == article.claims


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_app(request, app_config, openapi, problem_schema):
    from service import create_app
    from tests.conftest import ContractClient

    config = {**app_config, "WEBHOOK_DELIVERY": False}  # deliveries logged, not sent
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("needs CLAIMCHECK_TEST_DATABASE_URL (a throw-away PostgreSQL database)")
        fresh = Storage(PG_URL)
        fresh.drop_schema()
        fresh.dispose()
        config["DATABASE_URL"] = PG_URL
    app = create_app(config)
    app.test_client_class = ContractClient
    client = app.test_client()
    client.openapi, client.problem_schema = openapi, problem_schema
    yield app, client
    app.extensions["claimcheck.tasks"].wait()
    if request.param == "postgresql":
        app.extensions["claimcheck.storage"].drop_schema()
    app.extensions["claimcheck.storage"].dispose()


def _post(app, client, text, published=FEB7, **meta):
    response = client.post("/v1/articles", json={"text": text, "published": published, **meta})
    assert response.status_code in (200, 201), response.get_json()
    app.extensions["claimcheck.tasks"].wait()  # its matching ran
    return response.get_json()["id"]


def _conflicts(client, article_id):
    response = client.get(f"/v1/articles/{article_id}/conflicts")
    assert response.status_code == 200
    return response.get_json()


def test_a_story_that_contradicts_an_earlier_one_is_stored_as_a_conflict(archive_app):
    app, client = archive_app
    first = _post(app, client, HOMS, source="Wire")
    later = _post(app, client, HOMS_HIGH, source="AP")
    page = _conflicts(client, later)
    assert page["matching"] == "done"
    (conflict,) = page["items"]
    assert (conflict["article_id"], conflict["earlier_article_id"]) == (later, first)
    assert conflict["kind"] == "deaths" and conflict["severity"] > 0.5
    assert "AP" in conflict["explanation"] and "Wire" in conflict["explanation"]
    assert _conflicts(client, first)["items"] == [conflict]  # the earlier one lists it too

    flagged = client.get("/v1/claims?conflicting=true").get_json()["items"]
    assert sorted(c["id"] for c in flagged) == sorted(
        [conflict["claim_id"], conflict["earlier_claim_id"]]
    )
    agreeing = _post(app, client, HOMS_SAME, source="BBC")  # agrees with the first
    assert [c["earlier_article_id"] for c in _conflicts(client, agreeing)["items"]] == [later]
    calm = client.get("/v1/claims?conflicting=false").get_json()["items"]
    assert {c["article_id"] for c in calm}.isdisjoint({first})
    assert client.get("/v1/claims?conflicting=maybe").status_code == 422


def test_stories_of_other_places_and_days_are_not_compared(archive_app):
    app, client = archive_app
    _post(app, client, HOMS, source="Wire")
    idlib = _post(app, client, IDLIB, published="2012-06-20", source="AP")
    assert _conflicts(client, idlib) | {"matched": None} == {
        "article_id": idlib,
        "matching": "done",
        "matched": None,
        "items": [],
        "next_cursor": None,
    }


def test_a_repost_or_a_retried_match_stores_and_announces_nothing_twice(archive_app):
    from service.archive import match_article

    app, client = archive_app
    subscription = client.post(
        "/v1/subscriptions",
        json={
            "url": "https://desk.example.org/hook",
            "events": ["conflict.found"],
            "secret": "a-secret-of-sixteen-chars",
        },
    ).get_json()["id"]
    _post(app, client, HOMS, source="Wire")
    later = _post(app, client, HOMS_HIGH, source="AP")
    assert _post(app, client, HOMS_HIGH, source="AP") == later  # re-posted: 200
    with app.app_context():
        match_article(later)  # as a job retried after its worker was killed
    (conflict,) = _conflicts(client, later)["items"]
    deliveries = client.get(f"/v1/subscriptions/{subscription}/deliveries").get_json()["items"]
    assert [d["body"]["data"]["conflict"]["id"] for d in deliveries] == [conflict["id"]]


def test_the_candidates_are_bounded_to_the_most_recent(archive_app):
    app, client = archive_app
    app.config["ARCHIVE_CANDIDATES"] = 2
    earlier = [
        _post(app, client, HOMS.replace("6,000", f"{n},000"), source="Wire") for n in (5, 6, 7)
    ]
    later = _post(app, client, HOMS_HIGH, source="AP")
    found = {c["earlier_article_id"] for c in _conflicts(client, later)["items"]}
    assert found == set(earlier[1:])


def test_deleting_either_article_deletes_their_conflict(archive_app):
    app, client = archive_app
    first = _post(app, client, HOMS, source="Wire")
    later = _post(app, client, HOMS_HIGH, source="AP")
    assert client.delete(f"/v1/articles/{first}").status_code == 204
    assert _conflicts(client, later)["items"] == []
    assert client.get("/v1/claims?conflicting=true").get_json()["items"] == []


def test_a_patch_that_changes_the_claims_matches_again(archive_app):
    app, client = archive_app
    _post(app, client, HOMS, source="Wire")
    later = _post(app, client, HOMS_HIGH, source="AP")
    assert len(_conflicts(client, later)["items"]) == 1
    client.patch(f"/v1/articles/{later}", json={"published": "2013-06-01"})
    app.extensions["claimcheck.tasks"].wait()
    assert _conflicts(client, later)["items"] == []  # a year on, not the same toll


def test_matching_can_be_switched_off(archive_app):
    app, client = archive_app
    app.config["ARCHIVE_MATCHING"] = False
    _post(app, client, HOMS)
    later = _post(app, client, HOMS_HIGH)
    response = client.get(f"/v1/articles/{later}/conflicts")
    assert response.get_json()["matching"] == "pending" and response.headers["Retry-After"]


# --------------------------------------------------------------------------- plans

KEYS = [
    ClaimKey("deaths", "homs", dt.date(2012, 2, 7), dt.date(2012, 2, 7)),
    ClaimKey("event", None, dt.date(2012, 2, 1), dt.date(2012, 2, 29)),
    ClaimKey("injuries", "idlib", None, None),
]


def _sqlite_plan(storage, query) -> str:
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with storage.engine.connect() as conn:
        return "\n".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(lambda s: s.archive_candidates_query("a1", KEYS, window_days=3, limit=50)),
        pytest.param(lambda s: s.claims_query(ClaimFilter(conflicting=True), limit=20)),
    ],
    ids=["candidates", "conflicting claims"],
)
def test_sqlite_finds_candidates_and_conflicting_claims_by_index(tmp_path, query):
    storage = Storage(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    storage.create_schema()
    plan = _sqlite_plan(storage, query(storage))
    storage.dispose()
    assert "claimcheck_claims" in plan, plan
    assert "SCAN claimcheck_claims" not in plan.replace("USING INDEX", ""), plan
    assert "SCAN claimcheck_articles" not in plan.replace("USING INDEX", ""), plan


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(lambda s: s.archive_candidates_query("a1", KEYS, window_days=3, limit=50)),
        pytest.param(lambda s: s.claims_query(ClaimFilter(conflicting=True), limit=20)),
    ],
    ids=["candidates", "conflicting claims"],
)
def test_postgresql_finds_candidates_and_conflicting_claims_by_index(query):
    if not PG_URL:
        pytest.skip("needs CLAIMCHECK_TEST_DATABASE_URL (a throw-away PostgreSQL database)")
    storage = Storage(PG_URL)
    storage.drop_schema()
    storage.create_schema()
    try:
        sql = str(
            query(storage).compile(
                dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
            )
        )
        with storage.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        assert "Index" in plan and "Seq Scan on claimcheck_claims" not in plan, plan
    finally:
        storage.drop_schema()
        storage.dispose()


# --------------------------------------------------------------------------- upgrade

#: the tables as the first release made them (before the search keys and the archive)
OLD_SCHEMA = """
CREATE TABLE claimcheck_articles (
    seq INTEGER NOT NULL, id VARCHAR(64) NOT NULL, content_hash VARCHAR(64) NOT NULL,
    format VARCHAR(8) NOT NULL, body TEXT NOT NULL, submitted JSON NOT NULL,
    text TEXT NOT NULL, title TEXT, source TEXT, url TEXT, published DATE,
    published_basis VARCHAR(16) NOT NULL, created DATETIME NOT NULL,
    PRIMARY KEY (seq), UNIQUE (id), UNIQUE (content_hash));
CREATE TABLE claimcheck_checks (
    seq INTEGER NOT NULL, id VARCHAR(64) NOT NULL, created DATETIME NOT NULL,
    article_ids JSON NOT NULL, report JSON NOT NULL, texts JSON NOT NULL,
    PRIMARY KEY (seq), UNIQUE (id));
CREATE TABLE claimcheck_claims (
    seq INTEGER NOT NULL, article_id VARCHAR(64) NOT NULL, id VARCHAR(128) NOT NULL,
    position INTEGER NOT NULL, kind VARCHAR(16) NOT NULL, text TEXT NOT NULL,
    location TEXT, date_start DATE, date_end DATE, as_of DATE, data JSON NOT NULL,
    PRIMARY KEY (seq), UNIQUE (article_id, id),
    FOREIGN KEY(article_id) REFERENCES claimcheck_articles (id) ON DELETE CASCADE);
CREATE INDEX ix_claimcheck_claims_article_id ON claimcheck_claims (article_id);
CREATE INDEX ix_claimcheck_claims_kind ON claimcheck_claims (kind);
"""


def _old_database(path: Path) -> None:
    from service.api import article_json

    article = article_json(extract(HOMS, article_id="old1", published=dt.date(2012, 2, 7)))
    (claim,) = article["claims"]
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.execute(
            "INSERT INTO claimcheck_articles VALUES "
            "(1, 'old1', 'h1', 'text', ?, '{}', ?, NULL, ' The  Wire', NULL, ?, 'metadata', ?)",
            (HOMS, HOMS, FEB7, "2012-02-07 10:00:00"),
        )
        db.execute(
            "INSERT INTO claimcheck_claims VALUES (1, 'old1', ?, 0, 'deaths', ?, 'Homs', "
            "NULL, NULL, ?, ?)",
            (claim["id"], claim["text"], FEB7, json.dumps(claim)),
        )


def test_an_old_database_is_upgraded_at_start_and_answers_the_new_queries(tmp_path, app_config):
    from service import create_app

    path = tmp_path / "old.sqlite3"
    _old_database(path)
    for _start in range(2):  # idempotent: the second start changes nothing
        app = create_app({**app_config, "DATABASE_URL": f"sqlite:///{path}"})
        client = app.test_client()
        for query in ("location=homs", "source=the wire", "language=en", "date_from=2012-02-07"):
            items = client.get(f"/v1/claims?{query}").get_json()["items"]
            assert "old1" in [c["article_id"] for c in items], query
        assert client.get("/v1/articles/old1/conflicts").get_json()["matching"] == "pending"
        later = _post(app, client, HOMS_HIGH, source="AP")
        assert [c["earlier_article_id"] for c in _conflicts(client, later)["items"]] == ["old1"]
        app.extensions["claimcheck.tasks"].wait()
        app.extensions["claimcheck.storage"].dispose()
    with sqlite3.connect(path) as db:
        indexes = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
    assert {"ix_claimcheck_claims_location_seq", "ix_claimcheck_claims_day_end"} <= indexes
