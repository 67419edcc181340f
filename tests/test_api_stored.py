"""Reading what is stored: articles, claims, checks and the HTML report.

The data is put straight into storage (made from the library's value types), so these
tests pin the read side of the API whatever extraction finds.
"""

from __future__ import annotations

import re

import pytest

from service.report_page import Mark, highlight
from service.storage import Storage


@pytest.fixture
def stored(app, sample_articles, sample_report):
    storage: Storage = app.extensions["claimcheck.storage"]
    for article in sample_articles:
        storage.add_article(
            content_hash=f"hash-{article['id']}",
            format="text",
            body=article["text"],
            submitted={"title": article["title"]},
            article=article,
        )
    storage.add_check(
        check_id="k1",
        article_ids=["a1", "a2"],
        report=sample_report,
        texts={a["id"]: a["text"] for a in sample_articles[:2]},
    )
    return sample_articles


def test_articles_are_listed_newest_first_a_page_at_a_time(client, stored):
    first = client.get("/v1/articles?limit=2").get_json()
    assert [a["id"] for a in first["items"]] == ["a3", "a2"]
    assert "text" not in first["items"][0] and "claims" not in first["items"][0]
    rest = client.get(f"/v1/articles?limit=2&cursor={first['next_cursor']}").get_json()
    assert [a["id"] for a in rest["items"]] == ["a1"]
    assert rest["next_cursor"] is None


def test_an_article_comes_back_with_text_and_claims(client, stored):
    body = client.get("/v1/articles/a1").get_json()
    assert body["text"] == stored[0]["text"]
    assert body["claims"] == stored[0]["claims"]
    assert body["title"] == "Toll in Homs" and body["format"] == "text"
    claim = body["claims"][0]
    assert body["text"][claim["start"] : claim["end"]] == claim["text"]


def test_an_articles_claims(client, stored):
    body = client.get("/v1/articles/a3/claims").get_json()
    assert body == {"article_id": "a3", "claims": stored[2]["claims"]}


def test_deleting_an_article_removes_it_and_its_claims_not_the_check(client, stored):
    assert client.delete("/v1/articles/a1").status_code == 204
    assert client.get("/v1/articles/a1").status_code == 404
    assert client.get("/v1/articles/a1/claims").status_code == 404
    assert client.get("/v1/claims?text=6,000").get_json()["items"] == []
    check = client.get("/v1/checks/k1").get_json()
    assert [a["id"] for a in check["articles"]] == ["a1", "a2"]
    assert client.get("/v1/checks/k1/report").status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["a3-c1", "a2-c1", "a1-c1"]),
        ("kind=deaths&location=homs", ["a2-c1", "a1-c1"]),
        ("text=60%2C000", ["a2-c1"]),
        ("kind=event&date_from=2012-02-07&date_to=2012-02-07", ["a3-c1"]),
        ("date_from=2013-01-01", []),
        ("kind=vote", []),
    ],
)
def test_claims_are_searchable(client, stored, query, expected):
    body = client.get(f"/v1/claims?{query}").get_json()
    assert [c["id"] for c in body["items"]] == expected


def test_claim_search_pages(client, stored):
    seen, cursor = [], None
    while True:
        query = "limit=1" + (f"&cursor={cursor}" if cursor else "")
        body = client.get(f"/v1/claims?{query}").get_json()
        seen += [c["id"] for c in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == ["a3-c1", "a2-c1", "a1-c1"]


def test_a_check_comes_back_as_stored(client, stored, sample_report):
    body = client.get("/v1/checks/k1").get_json()
    assert body.pop("id") == "k1"
    assert body.pop("created")
    # each claim also carries Web Annotation selectors into its article's text
    selectors = [claim.pop("selectors") for claim in body["claims"]]
    assert body == sample_report
    assert selectors[1] == [
        {
            "type": "TextQuoteSelector",
            "exact": "At least 60,000 people have been killed",
            "prefix": "",
            "suffix": " in Homs since March, activists ",
        },
        {"type": "TextPositionSelector", "start": 0, "end": 39},
    ]


def test_head_answers_like_get_without_a_body(client, stored):
    response = client.head("/v1/articles/a1")
    assert response.status_code == 200 and response.data == b""


# --------------------------------------------------------------------------- HTML report


@pytest.fixture
def page(client, stored) -> str:
    response = client.get("/v1/checks/k1/report")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def test_the_report_highlights_each_claim_with_its_relation(page):
    assert '<mark id="a1-c1" class="claim rel-discrepancy"' in page
    assert '<mark id="a2-c1" class="claim rel-discrepancy"' in page
    marked = re.search(r'<mark id="a2-c1"[^>]*>(.*?)</mark>', page)
    assert marked and marked.group(1) == "At least 60,000 people have been killed"


def test_the_report_lists_findings_linking_to_their_spans(page):
    finding = page[page.index('id="finding-f1"') :]
    assert 'href="#a1-c1"' in finding and 'href="#a2-c1"' in finding
    assert "discrepancy" in finding
    assert "far beyond" in finding


def test_the_report_escapes_untrusted_text(page):
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Homs" in page
    assert "&#34;at least 60,000&#34;" in page or "&quot;at least 60,000&quot;" in page


def test_the_report_uses_only_local_assets(page):
    assert re.search(r'<link rel="stylesheet" href="/static/report.css">', page)
    assert "<script" not in page


# --------------------------------------------------------------------------- highlighting


def _tag(claim_id: str, first: bool = True) -> str:
    # the first piece of a span is reachable by keyboard; every piece says its relation
    anchor = f'id="{claim_id}"' if first else f'data-claim="{claim_id}"'
    focus = ' tabindex="0"' if first else ""
    return f'<mark {anchor} class="claim rel-agree"{focus} title="t" data-relation="agree">'


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        pytest.param("abcdef", [], "abcdef", id="nothing to mark"),
        pytest.param("abcdef", [(2, 4, "x")], f"ab{_tag('x')}cd</mark>ef", id="one span"),
        pytest.param(
            "abcdef",
            [(2, 4, "i"), (0, 6, "o")],
            f"{_tag('o')}ab{_tag('i')}cd</mark>ef</mark>",
            id="nested",
        ),
        pytest.param(
            "abcdef",
            [(0, 2, "x"), (0, 4, "y")],
            f"{_tag('y')}{_tag('x')}ab</mark>cd</mark>ef",
            id="same start: the longer outside",
        ),
        pytest.param(
            "abcdef",
            [(0, 4, "a"), (2, 6, "b")],
            f"{_tag('a')}ab{_tag('b')}cd</mark></mark>{_tag('b', first=False)}ef</mark>",
            id="crossing: closed and reopened without a second id",
        ),
        pytest.param(
            "abcdef",
            [(3, 3, "empty"), (5, 99, "past the end"), (-1, 2, "before")],
            "abcdef",
            id="impossible spans are left out",
        ),
        pytest.param(
            "AT&T <b>", [(0, 4, "x")], f"{_tag('x')}AT&amp;T</mark> &lt;b&gt;", id="escaped"
        ),
    ],
)
def test_highlight_nests_marks_properly(text, spans, expected):
    marks = [Mark(start, end, claim_id, "agree", "t") for start, end, claim_id in spans]
    assert str(highlight(text, marks)) == expected
