"""Articles and checks through the API, read by the real library.

The assertions are about the API's promises (ids, offsets, idempotency, snapshots,
what a check reports on a planted discrepancy), not about how well claims are read:
that is tests/test_extract.py's business.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SIX = "At least 6,000 people have been killed in Syria since the uprising began, activists said."
SIXTY = "At least 60,000 people have been killed in Syria since the uprising began, activists said."
DAY = "2012-02-07"
HTML = (
    "<html><head><title>Toll rises</title></head><body><nav>Home | World</nav>"
    f"<article><p>{SIX}</p></article></body></html>"
)


def _spans_index_text(article: dict) -> None:
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["text"], claim


# --------------------------------------------------------------------------- /v1/extract


def test_extract_returns_the_article_with_its_claims(client):
    response = client.post("/v1/extract", json={"text": SIX, "published": DAY, "source": "AFP"})
    assert response.status_code == 200
    article = response.get_json()
    assert article["text"] == SIX
    assert article["published"] == DAY and article["published_basis"] == "metadata"
    assert article["source"] == "AFP"
    deaths = [c for c in article["claims"] if c["kind"] == "deaths"]
    assert deaths and deaths[0]["value"]["low"] == 6000
    assert all(c["article_id"] == article["id"] for c in article["claims"])
    _spans_index_text(article)


def test_extract_stores_nothing(client):
    client.post("/v1/extract", json={"text": SIX})
    assert client.get("/v1/articles").get_json()["items"] == []


def test_extract_names_an_article_as_storing_it_would(client):
    extracted = client.post("/v1/extract", json={"text": SIX}).get_json()
    stored = client.post("/v1/articles", json={"text": SIX}).get_json()
    assert extracted["id"] == stored["id"]
    assert extracted["claims"] == stored["claims"]


def test_html_offsets_index_the_extracted_text(client):
    article = client.post("/v1/extract", json={"text": HTML, "format": "html"}).get_json()
    assert "<p>" not in article["text"]
    assert "6,000" in article["text"]
    _spans_index_text(article)


def test_offsets_count_code_points_not_utf16_units(client):
    text = "🇸🇾 " + SIX  # two astral code points before the claim
    article = client.post("/v1/extract", json={"text": text}).get_json()
    _spans_index_text(article)
    assert min(c["start"] for c in article["claims"]) >= 3


def test_an_unreadable_article_is_a_422_of_its_own_type(client):
    response = client.post("/v1/extract", json={"text": "\x01\x02\x03\x04\x05\x06 \x07\x08"})
    assert response.status_code == 422
    problem = response.get_json()
    assert problem["type"] == "urn:claimcheck:problem:unreadable-article"
    assert problem["errors"]


# --------------------------------------------------------------------------- /v1/articles


def test_storing_is_idempotent_by_text_and_format(client):
    first = client.post("/v1/articles", json={"text": SIX, "title": "First"})
    assert first.status_code == 201
    location = first.headers["Location"]
    assert location == f"/v1/articles/{first.get_json()['id']}"

    again = client.post("/v1/articles", json={"text": SIX, "title": "First"})
    assert again.status_code == 200
    assert again.headers["Location"] == location
    assert again.get_json() == first.get_json()
    just_the_text = client.post("/v1/articles", json={"text": SIX})  # says nothing of a title
    assert just_the_text.status_code == 200
    assert just_the_text.get_json() == first.get_json()

    as_html = client.post("/v1/articles", json={"text": SIX, "format": "html"})
    assert as_html.status_code == 201
    assert as_html.get_json()["id"] != first.get_json()["id"]
    assert len(client.get("/v1/articles").get_json()["items"]) == 2


def test_a_stored_article_reads_back_as_posted(client):
    posted = client.post(
        "/v1/articles", json={"text": SIX, "published": DAY, "url": "https://x.test/a"}
    )
    body = posted.get_json()
    fetched = client.get(posted.headers["Location"]).get_json()
    assert fetched == body
    assert client.get(f"/v1/articles/{body['id']}/claims").get_json() == {
        "article_id": body["id"],
        "claims": body["claims"],
    }


def test_stored_claims_are_searchable(client):
    client.post("/v1/articles", json={"text": SIX, "published": DAY})
    client.post("/v1/articles", json={"text": "Voters in Homs queued for hours on Sunday."})
    found = client.get("/v1/claims?kind=deaths&location=syria&date_from=2012-02-01").get_json()
    assert [c["text"] for c in found["items"]] == ["At least 6,000 people"]


# --------------------------------------------------------------------------- /v1/checks


@pytest.fixture
def planted(client):
    """Two stored articles of the same day whose death tolls differ tenfold."""
    ids = [
        client.post(
            "/v1/articles", json={"text": text, "published": DAY, "source": source}
        ).get_json()["id"]
        for text, source in ((SIX, "Wire A"), (SIXTY, "Wire B"))
    ]
    return ids


def test_a_check_of_stored_ids_finds_the_planted_discrepancy(client, planted):
    response = client.post("/v1/checks", json={"article_ids": planted})
    assert response.status_code == 201
    report = response.get_json()
    assert response.headers["Location"] == f"/v1/checks/{report['id']}"
    assert [a["id"] for a in report["articles"]] == planted
    assert report["summary"]["discrepancy"] >= 1
    finding = next(f for f in report["findings"] if f["relation"] == "discrepancy")
    assert finding["kind"] == "deaths"
    assert client.get(f"/v1/checks/{report['id']}").get_json() == report


def test_a_check_mixes_stored_and_inline_articles_and_counts_each_once(client, planted):
    body = {
        "article_ids": [planted[0], planted[0]],
        "articles": [{"text": SIXTY, "published": DAY}],
    }
    report = client.post("/v1/checks", json=body).get_json()
    assert [a["id"] for a in report["articles"]] == [planted[0], planted[1]]
    assert report["summary"]["articles"] == 2


def test_a_check_reads_stored_articles_as_they_were_posted(client):
    dateline = "DAMASCUS, Feb 7 (AFP) - " + SIX
    posted = client.post("/v1/articles", json={"text": dateline}).get_json()
    report = client.post("/v1/checks", json={"article_ids": [posted["id"]]}).get_json()
    article = report["articles"][0]
    assert (article["published"], article["published_basis"]) == (
        posted["published"],
        posted["published_basis"],
    )
    assert [c["id"] for c in report["claims"]] == [c["id"] for c in posted["claims"]]


def test_a_check_is_a_snapshot_that_outlives_its_articles(client, planted):
    report = client.post("/v1/checks", json={"article_ids": planted}).get_json()
    for article_id in planted:
        assert client.delete(f"/v1/articles/{article_id}").status_code == 204
    assert client.get(f"/v1/checks/{report['id']}").get_json() == report
    page = client.get(f"/v1/checks/{report['id']}/report").get_data(as_text=True)
    assert "60,000" in page


def test_an_unreadable_inline_article_is_named(client):
    body = {"articles": [{"text": SIX}, {"text": "\x01\x02\x03\x04\x05\x06 \x07\x08"}]}
    problem = client.post("/v1/checks", json=body).get_json()
    assert problem["status"] == 422
    assert all(field.startswith("articles[1].") for field in problem["errors"])


def test_the_html_report_shows_the_discrepancy_first(client, planted):
    report = client.post("/v1/checks", json={"article_ids": planted}).get_json()
    page = client.get(f"/v1/checks/{report['id']}/report").get_data(as_text=True)
    finding = next(f for f in report["findings"] if f["relation"] == "discrepancy")
    for claim_id in finding["claim_ids"]:
        assert f'<mark id="{claim_id}" class="claim rel-discrepancy"' in page
        assert f'href="#{claim_id}"' in page
    first_finding = page.index('class="finding ')
    assert page.index('class="finding rel-discrepancy"') == first_finding


# --------------------------------------------------------------------------- the seeds

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles (seeds/) are not in this tree")
def test_the_five_seeds_check_through_the_api(client):
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    articles = [
        {
            "text": path.read_text(encoding="utf-8"),
            **{k: v for k, v in manifest.get(path.stem, {}).items() if k in ("title", "source")},
        }
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    response = client.post("/v1/checks", json={"articles": articles})
    assert response.status_code == 201
    report = response.get_json()
    assert report["summary"]["articles"] == 5
    page = client.get(f"{response.headers['Location']}/report").get_data(as_text=True)
    for claim in report["claims"]:
        assert f'id="{claim["id"]}"' in page
    for number, _group in enumerate(report["syndication"], start=1):
        assert f"copy group {number}" in page
