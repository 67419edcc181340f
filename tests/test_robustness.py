"""Whatever text arrives, every extractor answers: claims, an empty result, or a clear error.

Random and adversarial input (long runs of digits, commas, hyphens, repeated modifiers)
goes through each public extractor; the spans that come back must index the input. A
regex that backtracks would show up here as a hang and in bench/speed.py as a number;
no test asserts a timing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims

NEWSY = st.sampled_from(
    [
        "more than ",
        "at least ",
        "about ",
        "thousands of ",
        "tens of ",
        "6,000",
        "1.5 million",
        "killed",
        " people ",
        "on Monday",
        "February 7",
        "2012",
        "-",
        ",",
        ".",
        "\n\n",
        "“",
        "”",
        "Comments 0",
        "Homs",
        " said ",
        "$2bn",
        "45%",
        "two-and-a-half",
        " year ",
        "S-300",
        " ",
    ]
)
NEWS_SOUP = st.lists(NEWSY, max_size=60).map("".join)
ANY_TEXT = st.text(max_size=400)

ADVERSARIAL = [
    "9" * 20_000,
    "1," * 10_000,
    "-" * 20_000,
    "more than " * 5_000,
    "thousands of " * 3_000,
    "at least 6,000 " * 2_000,
    "1-2-3-4-5-" * 2_000,
    "February 7, " * 2_000,
    "last " * 5_000,
    "." * 50_000,
    "?" * 50_000,
    "Comments " * 5_000,
    "a" * 100_000,
    "12/12/12/12/" * 2_000,
]

REFERENCE = dt.date(2013, 9, 9)


def _check_spans(text: str, mentions: tuple) -> None:
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text


def _check_article(text: str) -> None:
    try:
        article = claims.extract(text, published=REFERENCE)
    except claims.InvalidInput as error:
        assert error.field in ("text", "format") and str(error)
        return
    for claim in article.claims:
        # a headline's claims index the title (Claim.in_title), all others the text
        source = (article.title or "") if claim.in_title else article.text
        assert source[claim.start : claim.end] == claim.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NEWS_SOUP, ANY_TEXT))
def test_every_extractor_survives_random_text(text: str) -> None:
    _check_spans(text, claims.find_quantities(text))
    _check_spans(text, claims.find_dates(text, REFERENCE))
    _check_spans(text, claims.find_dates(text, None))
    claims.parse_quantity(text)
    _check_article(text)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[f"{t[:12]!r}x{len(t)}" for t in ADVERSARIAL])
def test_adversarial_text(text: str) -> None:
    _check_spans(text, claims.find_quantities(text))
    _check_spans(text, claims.find_dates(text, REFERENCE))
    _check_article(text)


def test_ten_megabytes_of_news() -> None:
    paragraph = (
        "Activists said at least 60 people were killed in Homs on Monday, and thousands "
        "of supporters rallied in Damascus. The two-and-a-half year conflict has claimed "
        "more than 100,000 lives according to U.N. figures.\n\n"
    )
    text = paragraph * (10_000_000 // len(paragraph))
    article = claims.extract(text, published=REFERENCE)
    assert len(article.claims) >= 4 * (len(text) // len(paragraph))


@pytest.mark.parametrize(
    "text",
    [
        "The minister thanked his hosts and left.",
        "No numbers here, just words about diplomacy and pressure.",
        "Comments 0",
    ],
)
def test_text_without_claims_is_an_empty_result(text: str) -> None:
    assert claims.extract(text, published=REFERENCE).claims == ()
