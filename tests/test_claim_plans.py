"""GET /v1/claims answers every filter but `text` from an index: the query plan on SQLite,
and on PostgreSQL where CLAIMCHECK_TEST_DATABASE_URL names a throw-away database, shows
an index and no scan of the claims table."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from service.storage import ClaimFilter, Storage

FILTERS = [
    pytest.param(ClaimFilter(kind="deaths"), id="kind"),
    pytest.param(ClaimFilter(location="Homs"), id="location"),
    pytest.param(ClaimFilter(source="Reuters"), id="source"),
    pytest.param(ClaimFilter(language="en"), id="language"),
    pytest.param(ClaimFilter(article_id="a1"), id="article_id"),
    pytest.param(ClaimFilter(check_id="k1"), id="check_id"),
    pytest.param(ClaimFilter(date_from=dt.date(2012, 2, 7)), id="date_from"),
    pytest.param(ClaimFilter(date_to=dt.date(2012, 2, 7)), id="date_to"),
    pytest.param(ClaimFilter(kind="deaths", location="Homs"), id="kind and location"),
]


def _sqlite_plan(storage: Storage, where: ClaimFilter) -> str:
    query = storage.claims_query(where, limit=20)
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with storage.engine.connect() as conn:
        return "\n".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


@pytest.mark.parametrize("where", FILTERS)
def test_sqlite_searches_claims_by_index(tmp_path, where):
    storage = Storage(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    storage.create_schema()
    plan = _sqlite_plan(storage, where)
    storage.dispose()
    claims_lines = [line for line in plan.splitlines() if "claimcheck_claims" in line]
    assert claims_lines and all("USING INDEX" in line for line in claims_lines), plan
    assert "SCAN claimcheck_claims" not in plan.replace("USING INDEX", "")


def test_the_text_filter_is_the_one_that_scans(tmp_path):
    # a substring search cannot use a b-tree; the plan says so (known: no full-text index yet)
    storage = Storage(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    storage.create_schema()
    plan = _sqlite_plan(storage, ClaimFilter(text="6,000"))
    storage.dispose()
    assert "SCAN claimcheck_claims" in plan


@pytest.fixture(scope="module")
def pg_storage():
    url = os.environ.get("CLAIMCHECK_TEST_DATABASE_URL")
    if not url:
        pytest.skip("needs CLAIMCHECK_TEST_DATABASE_URL (a throw-away PostgreSQL database)")
    storage = Storage(url)
    storage.drop_schema()
    storage.create_schema()
    yield storage
    storage.drop_schema()
    storage.dispose()


@pytest.mark.parametrize("where", FILTERS)
def test_postgresql_searches_claims_by_index(pg_storage, where):
    query = pg_storage.claims_query(where, limit=20)
    sql = str(query.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    with pg_storage.engine.connect() as conn:
        # an empty table is cheapest to scan; forbid that to see what the indexes allow
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))
    assert "Index" in plan, plan
    assert "Seq Scan on claimcheck_claims" not in plan, plan
