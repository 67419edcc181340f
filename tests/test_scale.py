"""What the speed and memory work must not change: one pint registry, the generated unit
table, long texts read in bounded memory with the same claims, and the batch buckets."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import claims
from claims.buckets import Bucket, bucket_of, buckets
from claims.model import Article, Claim, DateInterval
from claims.numbers.unit_names import CANONICAL_UNITS, expressions
from claims.unit_registry import registry

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

# --------------------------------------------------------------------------- units


def test_the_unit_table_is_what_pint_says_for_every_lexicon_unit() -> None:
    wanted = list(dict.fromkeys(expressions()))
    assert sorted(CANONICAL_UNITS) == sorted(wanted), (
        "the lexicon's units changed: python -m claims.numbers.unit_names "
        "> claims/lexicon/unit_names.tsv"
    )
    for expression in wanted:
        assert CANONICAL_UNITS[expression] == str(registry().parse_units(expression)), expression


def test_numbers_and_compare_share_one_registry() -> None:
    numbers_units = sys.modules["claims.numbers.units"]
    compare_units = sys.modules["claims.compare.units"]
    assert numbers_units._registry() is compare_units._units() is registry()


def test_reading_a_lexicon_unit_needs_no_pint_call(monkeypatch) -> None:
    numbers_units = sys.modules["claims.numbers.units"]
    numbers_units._canonical_unit.cache_clear()
    monkeypatch.setattr(numbers_units, "_registry", lambda: pytest.fail("pint was asked"))
    (mention,) = claims.find_quantities("The storm dropped 5 inches of rain.")
    assert mention.quantity.unit == "inch"
    numbers_units._canonical_unit.cache_clear()


# --------------------------------------------------------------------------- memory


def _long_text() -> str:
    """The seeds' article sentences (no page furniture) as one text."""
    documents = [claims.parse_document(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return "\n\n".join(s.text for d in documents for s in d.sentences)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the repo's seeds/ folder is missing")
def test_a_long_text_reads_the_same_with_its_words_let_go(monkeypatch) -> None:
    article_module = sys.modules["claims.extract.article"]
    text = _long_text()
    monkeypatch.setattr(article_module._SentenceWords, "KEPT_WORDS", 10**9)
    kept = claims.extract(text, published=dt.date(2012, 2, 7))
    monkeypatch.setattr(article_module._SentenceWords, "KEPT_WORDS", 40)
    let_go = claims.extract(text, published=dt.date(2012, 2, 7))
    assert len(kept.claims) > 20
    assert let_go == kept


# --------------------------------------------------------------------------- buckets


def _claim(n: int, kind: str, location: str | None, day: dt.date | None) -> Claim:
    date = DateInterval(day, day) if day else None
    return Claim(
        id=f"c{n}",
        article_id="a",
        kind=kind,
        text="x",
        start=0,
        end=1,
        sentence="x",
        location=location,
        scope_date=date,
    )


MONDAY = dt.date(2014, 2, 10)


@pytest.mark.parametrize(
    ("claims_", "published", "bucket"),
    [
        pytest.param(
            [("deaths", "Chicago", MONDAY), ("injuries", "Chicago", MONDAY)],
            None,
            Bucket("2014-W07", "illinois"),
            id="a town -> its state, the claims' day -> its week",
        ),
        pytest.param(
            [("deaths", "Homs", None), ("deaths", "Syria", None), ("count", "Damascus", None)],
            dt.date(2012, 2, 7),
            Bucket("2012-W06", "syria"),
            id="a city -> its country; no day in the claims -> the publication date",
        ),
        pytest.param(
            [("deaths", "Spanish Fork, Utah", MONDAY)],
            None,
            Bucket("2014-W07", "utah"),
            id="a town the hand table does not list -> the state it is named with",
        ),
        pytest.param(
            [("deaths", "Mukilteo", MONDAY)],
            None,
            Bucket("2014-W07", "washington state"),
            id="a town the gazetteer knows -> its state",
        ),
        pytest.param(
            [("deaths", "Moon Lake", MONDAY)],
            None,
            Bucket("2014-W07", "moon lake"),
            id="a place no table knows is its own region",
        ),
        pytest.param(
            [("deaths", "Chicago", MONDAY), ("deaths", "Las Vegas", MONDAY)],
            None,
            Bucket("2014-W07", "illinois"),
            id="a tie goes to the region named first",
        ),
        pytest.param(
            [("count", "Dallas", MONDAY), ("deaths", "Dallas", MONDAY + dt.timedelta(7))],
            None,
            Bucket("2014-W08", "texas"),
            id="a count's day does not say what day the article is about",
        ),
        pytest.param([("deaths", None, MONDAY)], None, None, id="no place: no bucket"),
        pytest.param([("deaths", "Ohio", None)], None, None, id="no day: no bucket"),
    ],
)
def test_bucket_of(claims_, published, bucket) -> None:
    article = Article(
        id="a",
        text="x",
        claims=tuple(_claim(n, *c) for n, c in enumerate(claims_)),
        published=published,
    )
    assert bucket_of(article) == bucket


def test_buckets_keep_two_or_more_in_order() -> None:
    a, b = Bucket("2014-W07", "ohio"), Bucket("2014-W06", "texas")
    assert buckets([a, None, b, a, b, Bucket("2014-W07", "utah")]) == [(b, (2, 4)), (a, (0, 3))]
