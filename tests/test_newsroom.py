"""Issue 12 in-process: async checks on the embedded runner, listing and deleting checks,
exports by Accept, shared links, ETags, CORS, languages and signed webhooks (a receiver
on 127.0.0.1)."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from service.webhooks import SIGNATURE_HEADER, verify

HOMS = "At least 6,000 people have been killed in Homs since March, activists said."
HOMS_HIGH = "At least 60,000 people have been killed in Homs since March, activists said."
SECRET = "a-secret-of-sixteen-chars"


def _post(client, text, **meta):
    response = client.post("/v1/articles", json={"text": text, "published": "2012-02-07", **meta})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def _wait(app):
    app.extensions["claimcheck.tasks"].wait()


@pytest.fixture
def two(client):
    return [_post(client, HOMS, source="Wire"), _post(client, HOMS_HIGH, source="AP")]


def test_prefer_respond_async_is_a_job_that_ends_in_a_check(app, client, two):
    response = client.post(
        "/v1/checks", json={"article_ids": two}, headers={"Prefer": "respond-async"}
    )
    assert response.status_code == 202
    assert response.headers["Location"] == f"/v1/jobs/{response.get_json()['id']}"
    assert response.headers["Preference-Applied"] == "respond-async"
    _wait(app)
    job = client.get(response.headers["Location"])
    body = job.get_json()
    assert (body["status"], body["progress"], body["attempts"]) == ("done", 1.0, 1)
    check = client.get(f"/v1/checks/{body['check_id']}").get_json()
    assert check["summary"]["articles"] == 2


def test_over_the_inline_limit_is_a_job_too(app, client, two):
    app.config["MAX_ARTICLES_PER_CHECK"] = 1
    response = client.post("/v1/checks", json={"article_ids": two})
    assert response.status_code == 202
    _wait(app)
    assert client.get(response.headers["Location"]).get_json()["status"] == "done"


def test_a_job_whose_article_went_is_failed_with_the_reason(app, client, two):
    app.config["MAX_ARTICLES_PER_CHECK"] = 1
    pool = app.extensions["claimcheck.tasks"]
    gate = threading.Event()
    pool._executor().submit(gate.wait)  # hold the first thread ...
    pool._executor().submit(gate.wait)  # ... and the second, so the job waits
    response = client.post("/v1/checks", json={"article_ids": two})
    client.delete(f"/v1/articles/{two[1]}")
    gate.set()
    _wait(app)
    body = client.get(response.headers["Location"]).get_json()
    assert body["status"] == "failed" and "deleted" in body["error"]


def test_unknown_job_is_404(client):
    assert client.get("/v1/jobs/nope").status_code == 404


def test_checks_are_listed_with_a_link_header_and_deleted(client, two):
    ids = [client.post("/v1/checks", json={"article_ids": two}).get_json()["id"] for _ in "ab"]
    first = client.get("/v1/checks?limit=1")
    assert [c["id"] for c in first.get_json()["items"]] == [ids[1]]
    cursor = first.get_json()["next_cursor"]
    assert first.headers["Link"] == f'</v1/checks?limit=1&cursor={cursor}>; rel="next"'
    assert "Link" not in client.get(f"/v1/checks?limit=1&cursor={cursor}").headers
    assert client.delete(f"/v1/checks/{ids[0]}").status_code == 204
    assert client.get(f"/v1/checks/{ids[0]}").status_code == 404
    assert client.delete(f"/v1/checks/{ids[0]}").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("source=wire", [0]),
        ("source=AP", [1]),
        ("location=HOMS", [1, 0]),
        ("location=Hom", []),  # whole names only: from an index
        ("language=en", [1, 0]),
        ("language=es", []),
    ],
)
def test_claim_search_filters(client, two, query, expected):
    items = client.get(f"/v1/claims?{query}").get_json()["items"]
    assert [two.index(c["article_id"]) for c in items] == expected


def test_claim_search_by_article_and_check(client, two):
    check = client.post("/v1/checks", json={"article_ids": two[:1]}).get_json()["id"]
    by_check = client.get(f"/v1/claims?check_id={check}").get_json()["items"]
    assert {c["article_id"] for c in by_check} == {two[0]}
    by_article = client.get(f"/v1/claims?article_id={two[1]}").get_json()["items"]
    assert {c["article_id"] for c in by_article} == {two[1]}


@pytest.fixture
def check_id(client, two):
    return client.post("/v1/checks", json={"article_ids": two}).get_json()["id"]


def test_csv_has_one_row_per_claim(client, check_id):
    response = client.get(f"/v1/checks/{check_id}", headers={"Accept": "text/csv"})
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["status"], r["outlet"], r["low"], r["date"]) for r in rows] == [
        ("conflict", "Wire", "6000", "2012-02-07"),
        ("conflict", "AP", "60000", "2012-02-07"),
    ]
    assert rows[0]["fact_id"] == rows[1]["fact_id"] != ""


def test_json_ld_is_a_claim_review_per_conflict_fact(client, check_id):
    response = client.get(f"/v1/checks/{check_id}", headers={"Accept": "application/ld+json"})
    assert response.mimetype == "application/ld+json"
    graph = response.get_json()["@graph"]
    assert len(graph) == 1
    review = graph[0]
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "conflict"
    assert "far beyond" in review["reviewRating"]["ratingExplanation"]
    assert review["itemReviewed"]["@type"] == "Claim"
    assert [a["datePublished"] for a in review["itemReviewed"]["appearance"]] == ["2012-02-07"] * 2


def test_json_claims_carry_web_annotation_selectors(client, check_id):
    claim = client.get(f"/v1/checks/{check_id}").get_json()["claims"][0]
    quote, position = claim["selectors"]
    assert quote["exact"] == claim["text"] and position["start"] == claim["start"]


def test_an_unserved_accept_is_406_problem(client, check_id):
    response = client.get(f"/v1/checks/{check_id}", headers={"Accept": "application/pdf"})
    assert response.status_code == 406
    assert response.mimetype == "application/problem+json"
    assert "text/csv" in response.get_json()["detail"]


def test_reports_have_etags_and_answer_304(client, check_id):
    for path in (f"/v1/checks/{check_id}", f"/v1/checks/{check_id}/report"):
        first = client.get(path)
        assert first.headers["Cache-Control"].startswith("private")
        again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304


def test_a_shared_link_opens_without_the_key_and_expires(app, client, check_id):
    app.config["API_KEYS"] = ("k",)
    key = {"Authorization": "Bearer k"}
    assert client.get(f"/v1/checks/{check_id}/report").status_code == 401
    shared = client.post(f"/v1/checks/{check_id}/share", headers=key)
    assert shared.status_code == 201
    path = shared.get_json()["url"].removeprefix("http://localhost")
    page = client.get(path)
    assert page.status_code == 200 and "60,000" in page.get_data(as_text=True)
    assert "Content-Security-Policy" in page.headers
    assert client.get(path[:-2] + "xx").status_code == 404  # a forged token
    app.config["SHARE_TTL_SECONDS"] = -1
    old = client.post(f"/v1/checks/{check_id}/share", headers=key).get_json()["url"]
    assert client.get(old.removeprefix("http://localhost")).status_code == 410


@pytest.fixture
def cors_client(app_config):
    from service import create_app

    app = create_app({**app_config, "CORS_ORIGINS": ("https://desk.example.org",)})
    yield app.test_client()
    app.extensions["claimcheck.storage"].dispose()


def test_cors_answers_preflight_for_the_allow_list_only(cors_client):
    asked = {
        "Origin": "https://desk.example.org",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization, Content-Type",
    }
    preflight = cors_client.options("/v1/checks", headers=asked)
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://desk.example.org"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    other = cors_client.options("/v1/checks", headers={**asked, "Origin": "https://evil.test"})
    assert other.status_code == 405 and "Access-Control-Allow-Origin" not in other.headers
    listed = cors_client.get("/v1/checks", headers={"Origin": "https://desk.example.org"})
    assert listed.headers["Access-Control-Allow-Origin"] == "https://desk.example.org"
    assert "Link" in listed.headers["Access-Control-Expose-Headers"]
    assert listed.headers["X-Frame-Options"] == "DENY"  # the security headers stay


# lingua over short news strings; what is not English is refused, naming the language
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Al menos 6.000 personas han muerto en Siria, según los activistas.", "Spanish"),
        ("Mindestens 6.000 Menschen wurden in Syrien getötet, sagten Aktivisten.", "German"),
        ("Au moins 6 000 personnes ont été tuées en Syrie, selon des militants.", "French"),
        ("Almeno 6.000 persone sono state uccise in Siria, dicono gli attivisti.", "Italian"),
    ],
)
def test_an_article_in_another_language_is_422_naming_it(client, text, language):
    response = client.post("/v1/extract", json={"text": text})
    assert response.status_code == 422
    body = response.get_json()
    assert body["type"] == "urn:claimcheck:problem:unsupported-language"
    assert language in body["detail"] and language in body["errors"]["text"][0]


@pytest.mark.parametrize(
    "text",
    [
        "12 killed in Homs",  # too short to judge: read as English
        "BEIRUT (AP) — At least 6,000 people have been killed, activists said.",
        "Police said 12 were injured.",
    ],
)
def test_english_and_undecidable_texts_are_read(client, text):
    response = client.post("/v1/extract", json={"text": text})
    assert response.status_code == 200 and response.get_json()["language"] == "en"


def test_inline_articles_in_a_check_name_the_field(client):
    body = {"articles": [{"text": HOMS}, {"text": "Al menos 6.000 personas han muerto en Siria."}]}
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 422 and "articles[1].text" in response.get_json()["errors"]


# --------------------------------------------------------------------------- webhooks


class _Receiver(BaseHTTPRequestHandler):
    received: list
    fail_first: set

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        signed = verify(SECRET, self.headers[SIGNATURE_HEADER], body)
        delivery = self.headers["X-Claimcheck-Delivery"]
        if delivery not in self.fail_first:
            self.fail_first.add(delivery)
            self.send_response(503)  # every delivery fails once: it must be retried
        else:
            self.received.append((signed, json.loads(body)))
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    handler = type("Handler", (_Receiver,), {"received": [], "fail_first": set()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", handler.received
    server.shutdown()
    server.server_close()


def _settle(app, client, subscription, count, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        items = client.get(f"/v1/subscriptions/{subscription}/deliveries").get_json()["items"]
        if len(items) >= count and all(d["status"] != "pending" for d in items):
            return items
        time.sleep(0.1)
    raise AssertionError(f"deliveries did not settle: {items}")


def test_webhooks_are_signed_retried_logged_and_each_conflict_sent_once(app, client, receiver):
    url, received = receiver
    app.config.update(WEBHOOK_ALLOW_PRIVATE=True, WEBHOOK_RETRY_DELAYS=(0.1, 0.2))
    made = client.post(
        "/v1/subscriptions",
        json={"url": url, "events": ["conflict.found", "check.completed"], "secret": SECRET},
    )
    assert made.status_code == 201 and "secret" not in made.get_json()
    subscription = made.get_json()["id"]
    check = client.post("/v1/checks", json={"articles": [{"text": HOMS}, {"text": HOMS_HIGH}]})
    check_id = check.get_json()["id"]
    deliveries = _settle(app, client, subscription, 2)
    assert sorted(d["event"] for d in deliveries) == ["check.completed", "conflict.found"]
    assert all(d["status"] == "delivered" and d["attempts"] == 2 for d in deliveries)

    # the check announced again (a retried job) sends nothing new
    from service.storage import current_storage
    from service.webhooks import announce

    with app.app_context():
        assert announce(current_storage().check(check_id)) == 0
    _wait(app)
    conflicts = [body for signed, body in received if body["event"] == "conflict.found"]
    assert all(signed for signed, _ in received)
    assert len(conflicts) == 1 and conflicts[0]["data"]["fact"]["status"] == "conflict"
    assert client.delete(f"/v1/subscriptions/{subscription}").status_code == 204
    assert client.get(f"/v1/subscriptions/{subscription}").status_code == 404


def test_a_delivery_that_never_succeeds_ends_failed(app, client):
    app.config.update(WEBHOOK_ALLOW_PRIVATE=True, WEBHOOK_RETRY_DELAYS=(0.05,))
    closed = "http://127.0.0.1:9/hook"  # the discard port: nothing listens
    made = client.post(
        "/v1/subscriptions", json={"url": closed, "events": ["check.completed"], "secret": SECRET}
    )
    client.post("/v1/checks", json={"articles": [{"text": HOMS}]})
    (delivery,) = _settle(app, client, made.get_json()["id"], 1)
    assert (delivery["status"], delivery["attempts"]) == ("failed", 2)
    assert "could not deliver" in delivery["error"]


def test_private_addresses_are_refused_unless_allowed(client):
    body = {"url": "http://127.0.0.1/hook", "events": ["check.completed"], "secret": SECRET}
    response = client.post("/v1/subscriptions", json=body)
    assert response.status_code == 422 and "url" in response.get_json()["errors"]
    bad = client.post("/v1/subscriptions", json={**body, "url": "ftp://example.org/x"})
    assert bad.status_code == 422


def test_a_signature_checks_out_only_with_the_secret_and_in_time():
    from service.webhooks import signature

    now = int(time.time())
    header = signature(SECRET, now, b'{"a":1}')
    assert verify(SECRET, header, b'{"a":1}')
    assert not verify("another-secret-16ch", header, b'{"a":1}')
    assert not verify(SECRET, header, b'{"a":2}')
    assert not verify(SECRET, signature(SECRET, now - 3600, b"{}"), b"{}")
