"""Storage: the same behaviour on SQLite (always) and PostgreSQL (when one is configured).

PostgreSQL runs when CLAIMCHECK_TEST_DATABASE_URL is set (.ci/run sets it to
postgresql+psycopg://postgres@127.0.0.1:5432/test where a server answers); the tables
are dropped before and after each test.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest

from service.storage import ClaimFilter, Storage

POSTGRES_URL = os.environ.get("CLAIMCHECK_TEST_DATABASE_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def storage(request, tmp_path: Path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    elif not POSTGRES_URL:
        pytest.skip(
            "PostgreSQL storage tests need CLAIMCHECK_TEST_DATABASE_URL "
            "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)"
        )
    else:
        url = POSTGRES_URL
    store = Storage(url)
    store.drop_schema()
    store.create_schema()
    yield store
    store.drop_schema()
    store.dispose()


def _add(storage: Storage, article: dict, content_hash: str | None = None):
    return storage.add_article(
        content_hash=content_hash or f"hash-{article['id']}",
        format="text",
        body=article["text"],
        submitted={"title": article["title"]},
        article=article,
    )


def test_an_added_article_comes_back_intact(storage, sample_articles):
    article = sample_articles[0]
    stored, created = _add(storage, article)
    assert created
    again = storage.article("a1")
    assert again == stored
    assert again.article == {k: v for k, v in article.items() if k != "claims"}
    assert list(again.claims) == article["claims"]
    assert again.submitted == {"title": "Toll in Homs"}
    assert again.created.tzinfo is not None


def test_the_same_content_is_stored_once(storage, sample_articles):
    article = sample_articles[0]
    first, created_first = _add(storage, article)
    second, created_second = _add(storage, {**article, "id": "other"}, content_hash="hash-a1")
    assert (created_first, created_second) == (True, False)
    assert second.id == first.id == "a1"
    assert storage.article("other") is None


def test_racing_writers_of_the_same_content_get_one_row(storage, sample_articles):
    article = sample_articles[0]
    results: list = []

    def post() -> None:
        results.append(_add(storage, article))

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(created for _, created in results) == [False, False, False, True]
    assert {stored.id for stored, _ in results} == {"a1"}


def test_articles_page_newest_first(storage, sample_articles):
    for article in sample_articles:
        _add(storage, article)
    first = storage.articles(limit=2)
    assert [a.id for a in first.items] == ["a3", "a2"]
    assert first.after is not None
    rest = storage.articles(limit=2, after=first.after)
    assert [a.id for a in rest.items] == ["a1"]
    assert rest.after is None


def test_deleting_an_article_removes_its_claims_but_not_checks(
    storage, sample_articles, sample_report
):
    articles = sample_articles
    for article in articles:
        _add(storage, article)
    storage.add_check(
        check_id="k1", article_ids=["a1", "a2"], report=sample_report, texts={"a1": "x"}
    )
    assert storage.delete_article("a1")
    assert storage.article("a1") is None
    assert not storage.delete_article("a1")
    assert storage.claims(ClaimFilter(text="6,000 people"), limit=10).items == ()
    kept = storage.check("k1")
    assert kept is not None and kept.report == sample_report


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        pytest.param(ClaimFilter(), ["a3-c1", "a2-c1", "a1-c1"], id="everything, newest first"),
        pytest.param(ClaimFilter(kind="deaths"), ["a2-c1", "a1-c1"], id="kind"),
        pytest.param(ClaimFilter(kind="event"), ["a3-c1"], id="kind event"),
        pytest.param(ClaimFilter(text="60,000"), ["a2-c1"], id="text substring"),
        pytest.param(ClaimFilter(text="AT LEAST"), ["a2-c1", "a1-c1"], id="text ignores case"),
        pytest.param(ClaimFilter(text="100%_"), [], id="LIKE wildcards are literal"),
        pytest.param(ClaimFilter(location="homs"), ["a2-c1", "a1-c1"], id="location ignores case"),
        pytest.param(ClaimFilter(kind="deaths", location="Damascus"), [], id="filters combine"),
        pytest.param(
            ClaimFilter(date_from=dt.date(2012, 2, 7), date_to=dt.date(2012, 2, 7)),
            ["a3-c1", "a2-c1", "a1-c1"],
            id="date or as_of on the day",
        ),
        pytest.param(ClaimFilter(date_from=dt.date(2012, 2, 8)), [], id="all before date_from"),
        pytest.param(ClaimFilter(date_to=dt.date(2012, 2, 6)), [], id="all after date_to"),
        pytest.param(
            ClaimFilter(date_from=dt.date(2012, 2, 8), date_to=dt.date(2012, 2, 1)),
            [],
            id="an empty range matches nothing",
        ),
    ],
)
def test_claim_search(storage, sample_articles, where, expected):
    for article in sample_articles:
        _add(storage, article)
    assert [c["id"] for c in storage.claims(where, limit=10).items] == expected


def test_claim_search_pages(storage, sample_articles):
    for article in sample_articles:
        _add(storage, article)
    first = storage.claims(ClaimFilter(), limit=2)
    second = storage.claims(ClaimFilter(), limit=2, after=first.after)
    assert [c["id"] for c in first.items + second.items] == ["a3-c1", "a2-c1", "a1-c1"]
    assert second.after is None


def test_a_check_is_kept_as_a_snapshot(storage, sample_report):
    report = sample_report
    saved, created = storage.add_check(
        check_id="k1", article_ids=["a1", "a2"], report=report, texts={"a1": "t"}
    )
    loaded = storage.check("k1")
    assert created and loaded == saved
    assert storage.check("nope") is None


def test_a_check_is_stored_once_under_its_id(storage, sample_report):
    # a job run again after its worker died stores nothing new
    first, created = storage.add_check(
        check_id="k1", article_ids=["a1"], report=sample_report, texts={"a1": "t"}
    )
    again, created_again = storage.add_check(check_id="k1", article_ids=["a2"], report={}, texts={})
    assert (created, created_again) == (True, False)
    assert again == first
    assert [c.id for c in storage.checks(limit=10).items] == ["k1"]


def test_ping_and_create_schema_twice(storage):
    storage.create_schema()
    storage.ping()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    store = Storage(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    store.create_schema()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15_000
    store.dispose()
