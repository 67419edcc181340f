"""Planted contradictions: change one number or date in one seed article and the report
must flag that claim, against a claim it contradicts, as a discrepancy, and raise no
other new discrepancy. Partners that give one reading (two articles dating the visit 7
February) are one disagreement with the plant, flagged once.

Each row: the file, the words replaced, the words planted, the claim the plant makes
(text of the span) and the claim(s) of other articles it must now contradict. Every
plant is a real contradiction a sub-editor would flag; the reason says why.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claims.model import Report
from claims.report import check
from service.cli import read_article

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

D000, D001, D002, D003, D004 = (
    "000_5c37a2fcf8a47526",
    "001_74af04ce3f939e68",
    "002_3384d76ce3e9567d",
    "003_df02527578575e69",
    "004_923774e86e0d0b06",
)

PLANTS = [
    # deaths: running tolls over time
    pytest.param(
        D004,
        "at least 6,000 lives",
        "at least 600,000 lives",
        "600,000",
        {(D002, "more than 100,000")},
        id="deaths: Feb 2012 toll above the Sep 2013 toll",
    ),
    pytest.param(
        D002,
        "more than 100,000 lives",
        "more than 1,000 lives",
        "more than 1,000",
        {(D004, "at least 6,000")},
        id="deaths: Sep 2013 toll below the Feb 2012 toll, bound vs bound",
    ),
    pytest.param(
        D002,
        "more than 100,000 lives",
        "fewer than 5,000 lives",
        "fewer than 5,000",
        {(D004, "at least 6,000")},
        id="bounds: an upper bound below an earlier lower bound",
    ),
    pytest.param(
        D002,
        "more than 100,000 lives",
        "hundreds of lives",
        "hundreds",
        {(D004, "at least 6,000")},
        id="vague vs bound: hundreds after at least 6,000",
    ),
    # deaths: a part larger than its whole
    pytest.param(
        D004,
        "more than 230 civilians",
        "more than 2,300 civilians",
        "2,300",
        {(D001, "Hundreds")},
        id="deaths: one night's toll above the toll since Friday",
    ),
    pytest.param(
        D004,
        "more than 230 civilians",
        "1,230 civilians",
        "1,230",
        {(D001, "Hundreds")},
        id="exact vs vague: 1,230 in one night, hundreds since Friday",
    ),
    pytest.param(
        D001,
        "death toll at more than 60",
        "death toll at more than 60,000",
        "60,000",
        {(D004, "at least 6,000")},
        id="deaths: Monday's Homs toll above the Syria-wide toll",
    ),
    pytest.param(
        D001,
        "Hundreds of people",
        "Tens of thousands of people",
        "Tens of thousands",
        {(D004, "at least 6,000")},
        id="vague: the Homs toll since Friday above the Syria-wide toll",
    ),
    # votes and counts: a sentence planted beside what another article says
    pytest.param(
        D001,
        "vetoed a UN resolution condemning the crackdown at the weekend.",
        "vetoed a UN resolution condemning the crackdown at the weekend, when eleven "
        "countries voted on the UN Security Council resolution.",
        "eleven countries",
        {(D004, "Thirteen countries")},
        id="vote: eleven at the weekend against thirteen on Saturday",
    ),
    pytest.param(
        D001,
        "Mr Lavrov is set to be joined at the talks",
        "Dozens of regime supporters welcomed Lavrov's motorcade. Mr Lavrov is set to be "
        "joined at the talks",
        "Dozens of regime supporters",
        {(D004, "thousands of regime supporters")},
        id="count: dozens against thousands of supporters at the same welcome",
    ),
    # durations, through pint
    pytest.param(
        D003,
        "two-and-a-half year conflict",
        "four-and-a-half year conflict",
        "four-and-a-half",
        {(D002, "two-and-a-half")},
        id="duration: 4.5 years vs 2.5 years in the wire copy",
    ),
    pytest.param(
        D002,
        "two-and-a-half year conflict",
        "18-month conflict",
        "18-month",
        {(D003, "two-and-a-half")},
        id="duration: 18 months vs 2.5 years",
    ),
    # event dates
    pytest.param(
        D000,
        "Damascus on February 7",
        "Damascus on February 9",
        "February 9",
        {(D001, "today"), (D004, "on Tuesday")},
        id="event: the visit two days later, no year",
    ),
    pytest.param(
        D001,
        "Tuesday February 07, 2012",
        "Thursday February 09, 2012",
        "today",
        {(D004, "on Tuesday"), (D000, "on Tuesday"), (D000, "February 7")},
        id="date: a dateline that moves 'today' off the visit",
    ),
]


def discrepancies(report: Report) -> set[frozenset[tuple[str, str]]]:
    """Discrepant pairs as (article, span) pairs: ids shift when a plant changes lengths."""
    spans = {c.id: (c.article_id, c.text) for c in report.claims}
    return {
        frozenset(spans[i] for i in f.claim_ids)
        for f in report.findings
        if f.relation == "discrepancy"
    }


def check_folder(folder: Path) -> Report:
    return check(read_article(p) for p in sorted(folder.glob("*.txt")))


@pytest.fixture(scope="module")
def clean() -> set[frozenset[tuple[str, str]]]:
    if not SEEDS.is_dir():
        pytest.skip("the repo's seeds/ folder is missing")
    return discrepancies(check_folder(SEEDS))


@pytest.mark.parametrize(("stem", "old", "new", "planted", "partners"), PLANTS)
def test_plant_is_flagged_alone(
    tmp_path: Path,
    clean: set,
    stem: str,
    old: str,
    new: str,
    planted: str,
    partners: set[tuple[str, str]],
) -> None:
    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    target = tmp_path / f"{stem}.txt"
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {stem}"
    target.write_text(text.replace(old, new), encoding="utf-8")

    report = check_folder(tmp_path)
    new_pairs = discrepancies(report) - clean
    assert new_pairs, "the plant was not flagged"
    for pair in new_pairs:
        mine = [span for article, span in pair if article == stem and planted in span]
        assert mine, f"a new discrepancy not about the plant: {sorted(pair)}"
    found_partners = {
        (article, partner)
        for pair in new_pairs
        for article, span in pair
        for partner_article, partner in partners
        if article == partner_article and partner in span
    }
    # one disagreement is one finding: the plant meets at least one of the claims it
    # contradicts, and partners that say the same thing are one disagreement with it
    assert found_partners and found_partners <= partners
