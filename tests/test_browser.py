"""The HTML report as a person sees it, in a real headless Chromium.

Skips (with the reason) where Debian's chromium and chromium-driver are not installed:
`apt-get install chromium chromium-driver`.
"""

from __future__ import annotations

import shutil
import threading
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
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

SIX = "At least 6,000 people have been killed in Syria since the uprising began, activists said."
SIXTY = "At least 60,000 people have been killed in Syria since the uprising began, activists said."
SCREENSHOT = Path("/tmp/claimcheck-report.png")
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
