"""Shooting reports of the Gun Violence Corpus (GVC), read at test time.

The corpus lives outside the repository (../shared/corpus/gvc/documents.jsonl: one
record per article, with its incident, publication date, title and scraped text); the
test skips when it is absent. It checks properties over many articles rather than the
answers for any one: a headline that says someone was killed has an article in which
claimcheck reads a death, and a death or injury read from a shooting report is never
someone's age.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import claims

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gvc" / "documents.jsonl"

#: Headlines that say someone died in the shooting.
DEATH_HEADLINE = re.compile(r"\b(?:killed|dies|dead|fatal(?:ly)?)\b", re.IGNORECASE)
#: How many such articles the check reads (the first, in corpus order).
SAMPLE = 150


@pytest.fixture(scope="module")
def death_headlined() -> list[claims.Article]:
    if not CORPUS.exists():
        pytest.skip(f"GVC corpus not found at {CORPUS}")
    articles = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not record["text"].strip() or not DEATH_HEADLINE.search(record["title"] or ""):
                continue
            articles.append(
                claims.extract(
                    record["text"],
                    published=dt.date.fromisoformat(record["dct"][:10]),
                    article_id=record["doc_id"],
                )
            )
            if len(articles) == SAMPLE:
                break
    return articles


def test_most_death_headlines_have_a_death_in_the_text(death_headlined) -> None:
    with_death = [a for a in death_headlined if any(c.kind == "deaths" for c in a.claims)]
    # 64 of the 150 before singular victims were read ("a man was shot and killed"),
    # 95 after; the rest mostly name the victim by a pronoun or only in the headline
    assert len(with_death) >= 0.6 * len(death_headlined), len(with_death)


def test_no_casualty_is_an_age_beside_a_name(death_headlined) -> None:
    ages = re.compile(r"[A-Za-z], (?P<n>\d{1,2}),")
    wrong = [
        (a.id, c.text)
        for a in death_headlined
        for c in a.claims
        if c.kind in ("deaths", "injuries")
        and ages.fullmatch(a.text[max(0, c.start - 3) : c.end + 1]) is not None
    ]
    assert not wrong
