"""claims.report.check on the five seed articles, against what a careful sub-editor reads
in them (../shared/gold/seeds.json): every `must` finding, the syndication group, none of
the `never` rules broken, and no discrepancy at all, since the seeds hold none.

Gold claims are found among the extracted ones by article and by the gold `text` being a
substring of the claim's span. Findings the pipeline does not reach yet are strict xfails
whose reason names the cause, so a fix shows up as an XPASS.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claims.model import Claim, Report
from claims.report import check
from service.cli import read_article
from service.schemas import ReportSchema

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD_FILE = REPO.parent / "shared" / "gold" / "seeds.json"

#: gold findings the pipeline misses, and why (strict: a fix turns them into XPASS)
KNOWN_GAPS: dict[str, str] = {}


def _gold() -> dict:
    if not GOLD_FILE.is_file():
        pytest.skip(f"gold file absent: {GOLD_FILE}")
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))


GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8")) if GOLD_FILE.is_file() else None


@pytest.fixture(scope="module")
def report() -> Report:
    if not SEEDS.is_dir():
        pytest.skip("the repo's seeds/ folder is missing")
    return check(read_article(p) for p in sorted(SEEDS.glob("*.txt")))


def gold_claims(report: Report, gold_id: str) -> list[Claim]:
    """The extracted claims a gold claim can be: same article, gold text in the span."""
    entry = next(c for c in _gold()["claims"] if c["id"] == gold_id)
    article = next(a for a in report.articles if a.id == entry["article"])
    return [c for c in article.claims if entry["text"] in c.text]


def findings_between(report: Report, first: str, second: str):
    a = {c.id for c in gold_claims(report, first)}
    b = {c.id for c in gold_claims(report, second)}
    return [
        f
        for f in report.findings
        if (f.claim_ids[0] in a and f.claim_ids[1] in b)
        or (f.claim_ids[0] in b and f.claim_ids[1] in a)
    ]


def _finding_params() -> list:
    if GOLD is None:
        return [pytest.param(None, marks=pytest.mark.skip(reason="gold file absent"))]
    params = []
    for finding in GOLD["findings"]:
        marks = []
        if finding["id"] in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[finding["id"]]))
        params.append(pytest.param(finding, marks=marks, id=f"{finding['id']} {finding['level']}"))
    return params


@pytest.mark.parametrize("gold_finding", _finding_params())
def test_gold_finding(report: Report, gold_finding: dict) -> None:
    first, second = gold_finding["claims"]
    assert gold_claims(report, first), f"{first} not extracted"
    assert gold_claims(report, second), f"{second} not extracted"
    found = findings_between(report, first, second)
    assert found, f"no finding between {first} and {second}"
    assert {f.relation for f in found} == {gold_finding["relation"]}
    if "independent" in gold_finding:
        assert {f.independent for f in found} == {gold_finding["independent"]}


def _never_params() -> list:
    if GOLD is None:
        return [pytest.param(None, marks=pytest.mark.skip(reason="gold file absent"))]
    return [pytest.param(rule, id="/".join(rule["claims"])) for rule in GOLD["never"]]


@pytest.mark.parametrize("rule", _never_params())
def test_gold_never(report: Report, rule: dict) -> None:
    found = findings_between(report, *rule["claims"])
    if "relation" in rule:
        assert rule["relation"] not in {f.relation for f in found}, rule["why"]
    else:
        assert found == [], rule["why"]


def test_no_discrepancy_on_the_clean_seeds(report: Report) -> None:
    assert [f.explanation for f in report.findings if f.relation == "discrepancy"] == []
    assert report.summary.discrepancy == 0


def test_syndication_is_the_gold_group(report: Report) -> None:
    assert [list(g) for g in report.syndication] == _gold()["syndication"]


def test_copies_of_one_story_are_not_independent(report: Report) -> None:
    copies = {a for group in report.syndication for a in group}
    for f in report.findings:
        articles = {cid.split(":")[0] for cid in f.claim_ids}
        if articles <= copies:
            assert not f.independent
            assert "same wire story" in f.explanation
        else:
            assert f.independent


@pytest.mark.parametrize(
    ("article_id", "published", "basis"),
    [
        ("001_74af04ce3f939e68", dt.date(2012, 2, 7), "dateline"),
        ("002_3384d76ce3e9567d", dt.date(2013, 9, 9), "inferred"),  # a copy of 003
        ("003_df02527578575e69", dt.date(2013, 9, 9), "dateline"),
        ("004_923774e86e0d0b06", dt.date(2012, 2, 7), "dateline"),
        # undated: "Russia said Saturday" that Lavrov "will visit Damascus on Tuesday",
        # the talks 004 dates 7 Feb 2012: the Saturday before
        ("000_5c37a2fcf8a47526", dt.date(2012, 2, 4), "inferred"),
    ],
)
def test_publication_dates(report: Report, article_id: str, published: dt.date, basis: str) -> None:
    article = next(a for a in report.articles if a.id == article_id)
    assert (article.published, article.published_basis) == (published, basis)
    assert {c.as_of for c in article.claims} <= {published}


def test_summary_counts_the_findings(report: Report) -> None:
    s = report.summary
    assert s.articles == 5
    assert s.claims == len(report.claims)
    assert s.groups == len(report.groups)
    assert (s.agree, s.consistent, s.update, s.discrepancy) == tuple(
        sum(f.relation == r for f in report.findings)
        for r in ("agree", "consistent", "update", "discrepancy")
    )


def test_groups_hold_findings_claims(report: Report) -> None:
    in_findings = {cid for f in report.findings for cid in f.claim_ids}
    in_groups = [cid for g in report.groups for cid in g.claim_ids]
    assert sorted(in_groups) == sorted(in_findings)  # each grouped claim once
    labels = {g.label for g in report.groups}
    assert "Deaths in Syria, cumulative" in labels
    assert any("Lavrov" in label and "Damascus" in label for label in labels)


def test_report_is_deterministic_and_serializes(report: Report) -> None:
    again = check(read_article(p) for p in sorted(SEEDS.glob("*.txt")))
    assert again == report
    dumped = ReportSchema().dump(report)
    assert [f["id"] for f in dumped["findings"]] == [
        f"f{n}" for n in range(1, len(report.findings) + 1)
    ]
    json.dumps(dumped)
