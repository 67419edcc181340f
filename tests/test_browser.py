"""The HTML report as a person sees it, in a real headless Chromium.

Skips (with the reason) where Debian's chromium and chromium-driver are not installed:
`apt-get install chromium chromium-driver`.
"""

from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from werkzeug.serving import make_server

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip(
        "needs Chromium and its driver (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

SIX = "At least 6,000 people have been killed in Syria since the uprising began, activists said."
SIXTY = "At least 60,000 people have been killed in Syria since the uprising began, activists said."
SCREENSHOT = Path("/tmp/claimcheck-report.png")
REPO = Path(__file__).resolve().parents[1]
#: report.css's --discrepancy colour as the browser computes it
DISCREPANCY_BACKGROUND = "rgba(248, 196, 196, 1)"


@pytest.fixture
def served(app):
    """The app on a free loopback port, served from a thread."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def report_url(client):
    """A check of two articles of one day whose death tolls differ tenfold."""
    body = {
        "articles": [
            {
                "text": SIX,
                "published": "2012-02-07",
                "source": "Wire A",
                "title": "Toll passes 6,000",
            },
            {
                "text": SIXTY,
                "published": "2012-02-07",
                "source": "Wire B",
                "title": "<b>60,000</b> dead",
            },
        ]
    }
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 201
    return response.headers["Location"] + "/report"


def test_a_reader_sees_the_discrepancy_highlighted(served, browser, report_url):
    browser.get(served + report_url)
    assert browser.title.startswith("claimcheck report")

    findings = browser.find_elements(By.CSS_SELECTOR, "li.finding")
    assert findings, "no findings listed"
    first = findings[0]
    assert "discrepancy" in first.get_attribute("class")
    assert first.is_displayed()
    assert "60,000" in first.text and "6,000" in first.text

    links = first.find_elements(By.CSS_SELECTOR, ".spans a")
    assert len(links) == 2
    for link in links:
        target = browser.find_element(By.ID, link.get_attribute("href").split("#", 1)[1])
        assert target.tag_name == "mark"
        assert target.is_displayed()
        assert target.value_of_css_property("background-color") == DISCREPANCY_BACKGROUND
    marked = {m.text for m in browser.find_elements(By.CSS_SELECTOR, "mark.rel-discrepancy[id]")}
    assert {"At least 6,000 people", "At least 60,000 people"} <= marked

    # The untrusted title is shown as text, not markup.
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "article h2")]
    assert "<b>60,000</b> dead" in headings

    # Side by side on a wide window.
    boxes = [a.rect for a in browser.find_elements(By.CSS_SELECTOR, "article.article")]
    assert len(boxes) == 2 and boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]

    links[1].click()
    assert browser.current_url.endswith("#" + links[1].get_attribute("href").split("#", 1)[1])
    browser.save_screenshot(str(SCREENSHOT))


def test_on_a_narrow_screen_the_articles_stack(served, browser, report_url):
    browser.set_window_size(420, 900)
    browser.get(served + report_url)
    boxes = [a.rect for a in browser.find_elements(By.CSS_SELECTOR, "article.article")]
    assert len(boxes) == 2 and boxes[0]["y"] < boxes[1]["y"]
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= browser.execute_script("return window.innerWidth")


def test_the_docs_render_markdown_and_fit_a_phone(served, browser):
    browser.set_window_size(420, 900)
    browser.get(served + "/docs")
    browser.save_screenshot("/tmp/claimcheck-docs-phone.png")
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= browser.execute_script("return window.innerWidth")
    # openapi.yaml's `code` and **bold** are elements, not backticks and asterisks
    search = browser.find_element(By.ID, "searchClaims")
    assert search.find_elements(By.CSS_SELECTOR, ".description code")
    assert "`" not in search.find_element(By.CSS_SELECTOR, ".description").text
    conflicts = browser.find_element(By.ID, "getArticleConflicts")
    assert conflicts.find_elements(By.CSS_SELECTOR, ".description strong")
    assert "**" not in browser.find_element(By.TAG_NAME, "main").text


HOSTILE_TITLE = '<img src=x onerror="window.pwned=1;alert(1)"><script>window.pwned=2</script>'


@pytest.fixture
def hostile_report_url(client):
    """A check whose articles' metadata try to run script in the reader's browser."""
    body = {
        "articles": [
            {
                "text": SIX,
                "published": "2012-02-07",
                "title": HOSTILE_TITLE,
                "source": "<style>body{display:none}</style>",
                "url": "javascript:window.pwned=3;alert(document.domain)",
            },
            {
                "text": SIXTY,
                "published": "2012-02-07",
                "title": "Second",
                "url": " JavaScript:window.pwned=4",
            },
            {
                "text": SIX.replace("6,000", "7,000"),
                "published": "2012-02-07",
                "url": "data:text/html,<script>alert(5)</script>",
            },
        ]
    }
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 201
    return response.headers["Location"] + "/report"


def _no_script_ran(browser) -> None:
    try:
        alert = browser.switch_to.alert
    except NoAlertPresentException:
        pass
    else:
        text = alert.text
        alert.dismiss()
        pytest.fail(f"a script ran: alert({text!r})")
    assert browser.execute_script("return window.pwned === undefined")


def test_hostile_metadata_runs_no_script_when_every_link_is_clicked(
    served, browser, hostile_report_url
):
    browser.get(served + hostile_report_url)
    _no_script_ran(browser)
    assert HOSTILE_TITLE in [h.text for h in browser.find_elements(By.CSS_SELECTOR, "article h2")]
    shown = browser.find_elements(By.CSS_SELECTOR, ".url .not-a-link")
    assert len(shown) == 3 and "javascript:" in shown[0].text  # shown, not linked

    links = browser.find_elements(By.TAG_NAME, "a")
    hrefs = [link.get_attribute("href") for link in links]
    assert links and all(href.startswith(served) for href in hrefs), hrefs
    for index in range(len(hrefs)):
        browser.get(served + hostile_report_url)
        link = browser.find_elements(By.TAG_NAME, "a")[index]
        browser.execute_script("arguments[0].scrollIntoView()", link)
        link.click()
        _no_script_ran(browser)


def test_pages_send_the_security_headers(served, hostile_report_url):
    for path in (hostile_report_url, "/docs", "/v1/checks/missing/report"):
        try:
            response = urllib.request.urlopen(served + path, timeout=10)
        except urllib.error.HTTPError as error:  # the 404 page is problem+json
            response = error
        with response:
            headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp, path
        assert "script-src" not in csp and "unsafe-inline" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"


# --------------------------------------------------------------------------- a real cluster

CLUSTERS = REPO / ".." / "shared" / "judged" / "clusters-dev.jsonl"
CONFLICT_SCREENSHOT = Path("/tmp/claimcheck-conflict.png")


@pytest.fixture
def real_cluster_url(client):
    """Five wire reports of the 2008 Qeshm island quake (ECB+ 20_ecb), as a desk gets them."""
    if not CLUSTERS.is_file():
        pytest.skip(f"the judged clusters are not at {CLUSTERS}")
    clusters = [json.loads(line) for line in CLUSTERS.read_text(encoding="utf-8").splitlines()]
    cluster = next(c for c in clusters if c["cluster_id"] == "ecbplus-20_ecb")
    articles = [
        {"text": a["text"], "title": a["text"].split("\n", 1)[0]} for a in cluster["articles"]
    ]
    response = client.post("/v1/checks", json={"articles": articles})
    assert response.status_code == 201
    return response.headers["Location"] + "/report"


def test_a_reader_reads_a_real_conflict_with_both_sides(served, browser, real_cluster_url):
    browser.get(served + real_cluster_url)
    conflicts = browser.find_elements(By.CSS_SELECTOR, "ol.conflicts li.finding")
    assert conflicts, "no conflict listed"
    first = conflicts[0]
    assert first.find_element(By.CSS_SELECTOR, ".badge").text.lower() == "conflict"
    assert "cannot both be right" in first.find_element(By.CSS_SELECTOR, ".explanation").text
    sides = first.find_elements(By.CSS_SELECTOR, ".side")
    assert len(sides) == 2
    outlets = [s.find_element(By.CSS_SELECTOR, ".outlet").text for s in sides]
    sentences = [s.find_element(By.CSS_SELECTOR, ".sentence").text for s in sides]
    figures = [s.find_element(By.CSS_SELECTOR, ".figure").text.strip("“”") for s in sides]
    assert outlets[0] != outlets[1] and all(outlets), outlets
    # each side quotes its own sentence, and the figure stands in it
    assert all(figure in sentence for figure, sentence in zip(figures, sentences, strict=True))
    # the explanation is on the page, not only in a tooltip; the highlight is reachable by tab
    target = browser.find_element(
        By.ID, sides[0].find_element(By.TAG_NAME, "a").get_attribute("href").split("#", 1)[1]
    )
    assert target.get_attribute("tabindex") == "0"
    assert target.get_attribute("data-relation") == "conflict"
    browser.save_screenshot(str(CONFLICT_SCREENSHOT))
