"""The benches run: each on a tiny input, exiting 0 with its table header.

Never asserts timings or accuracy figures (those are measurements, not behaviour);
it does pin down how the accuracy harness compares a peer's reading with ours, since
that table decides what "deliberate" means in the README's figures.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from claims.model import DateInterval, DateMention, Quantity, QuantityMention

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
BENCHMARKS = REPO.parent / "shared" / "benchmarks"

needs_benchmarks = pytest.mark.skipif(
    not BENCHMARKS.exists(), reason=f"peer benchmark data not found at {BENCHMARKS}"
)


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


accuracy = _load("accuracy")


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


# --------------------------------------------------------------------------- the scripts run


@needs_benchmarks
def test_accuracy_runs_one_suite_on_five_cases():
    done = _run(
        "bench/accuracy.py", "--suite", "duckling-numeral", "--limit", "5", "--failures", "2"
    )
    assert done.returncode == 0, done.stderr
    assert "suite" in done.stdout and "value%" in done.stdout and "duckling-numeral" in done.stdout
    assert "Deliberate differences" in done.stdout


@needs_benchmarks
def test_accuracy_loads_every_suite():
    done = _run("bench/accuracy.py", "--limit", "2", "--corpus-sample", "0")
    assert done.returncode == 0, done.stderr
    for name in accuracy.SUITE_NAMES:
        assert name in done.stdout


def test_accuracy_help_and_list():
    assert _run("bench/accuracy.py", "--help").returncode == 0
    listed = _run("bench/accuracy.py", "--list")
    assert listed.returncode == 0 and "duckling-time-news" in listed.stdout


def test_speed_runs_on_ten_kilobytes_without_peers():
    done = _run(
        "bench/speed.py", "--mb", "0.01", "--no-peers", "--check-sizes", "2", "--time-cap", "20"
    )
    assert done.returncode == 0, done.stderr
    assert "contender" in done.stdout and "MB/s" in done.stdout and "floor" in done.stdout
    assert "claims.check on varied seed articles" in done.stdout


def test_load_serves_five_requests():
    done = _run("bench/load.py", "--requests", "5", "--check-requests", "2", "--start-wait", "30")
    if done.returncode == 3:
        pytest.skip(done.stdout.strip() or "the server could not start")
    assert done.returncode == 0, done.stderr
    assert "endpoint" in done.stdout and "p99 ms" in done.stdout


# --------------------------------------------------------------------------- how readings are compared


def _q(low, high, best=None, unit=None, dimension="count", **flags) -> QuantityMention:
    return QuantityMention("x", 0, 1, Quantity(low, high, best, unit, **flags), dimension)


def _expect(low, high, form="point", unit=None):
    return accuracy.ExpectedQuantity(low, high, form, unit)


@pytest.mark.parametrize(
    ("ours", "peer", "status", "rule"),
    [
        # Duckling "more than four ounces" = above 4; ours [5, open) for "more than"
        (
            _q(5, None, unit="ounce", bound=True),
            _expect(4, None, "above", "ounce"),
            "deliberate",
            "open-above",
        ),
        # "at least 4.0 oz": ours [4, open) is the peer's bound itself
        (_q(4, None, unit="ounce", bound=True), _expect(4, None, "above", "ounce"), "pass", None),
        # "less than six pounds": ours [0, 5]
        (
            _q(0, 5, unit="pound", bound=True),
            _expect(None, 6, "below", "pound"),
            "deliberate",
            "open-below",
        ),
        # quantulum3 "between 44 mg and 50 mg" = 47 +- 3
        (
            _q(44, 50, 47, "milligram"),
            _expect(44, 50, "range-mean", "milligram"),
            "deliberate",
            "range-mean",
        ),
        # Duckling "a couple" = 2; ours a vague 2-3
        (_q(2, 3, vague=True), _expect(2, 2), "deliberate", "vague-word"),
        # units compare through pint: "an hour and a half" = 90 minutes
        (
            _q(1.5, 1.5, 1.5, "hour", "duration", exact=True),
            _expect(90, 90, unit="minute"),
            "pass",
            None,
        ),
        # the right number in the wrong unit is a unit failure
        (
            _q(3, 3, 3, "mile", "quantity", exact=True),
            _expect(3, 3, unit="kilometre"),
            "fail",
            None,
        ),
        # "$" is read as USD
        (_q(5, 5, 5, "USD", "money", exact=True), _expect(5, 5, unit="USD"), "pass", None),
    ],
)
def test_quantity_comparison_table(ours, peer, status, rule):
    got_status, _cause, got_rule = accuracy._quantity_verdict(ours, peer)
    assert (got_status, got_rule) == (status, rule)


def test_duckling_intervals_become_inclusive_days():
    example = {
        "section": "allExamples",
        "expected": "datetimeInterval ((2013, 7, 13, 0, 0, 0), (2013, 7, 16, 0, 0, 0)) Day",
        "inputs": ["July 13-15"],
    }
    expected, news = accuracy.duckling_time_example(example)
    assert expected.alternatives == ((dt.date(2013, 7, 13), dt.date(2013, 7, 15), None),)
    assert not news


@needs_benchmarks
def test_bare_weekday_may_follow_the_past_tense():
    cases = accuracy.load_duckling_time(BENCHMARKS, "t", news_only=True)
    case = next(c for c in cases if c.text == "friday")
    last_friday = dt.date(2013, 2, 8)  # Duckling says 2013-02-15, the next one
    mention = DateMention("friday", 0, 6, DateInterval(last_friday, last_friday))
    outcome = accuracy.score_case(case, lambda _case: (mention,))
    assert (outcome.status, outcome.rule) == ("deliberate", "bare-weekday")


def test_not_implemented_is_a_cause_not_a_crash():
    case = accuracy.Case("s", "c1", "six", (_expect(6, 6),))

    def unfinished(_case):
        raise NotImplementedError

    assert accuracy.score_case(case, unfinished).cause == "not implemented"


def test_nothing_found_where_nothing_is_expected_passes():
    case = accuracy.Case("s", "c1", "secretary", ())
    assert accuracy.score_case(case, lambda _case: ()).status == "pass"
    assert accuracy.score_case(case, lambda _case: (_q(1, 1),)).cause == "extra match"


CORPUS = REPO.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.exists(), reason=f"news corpora not found at {CORPUS}")
def test_realnews_runs_on_a_few_incidents_and_groups():
    done = _run(
        "bench/realnews.py", "--incidents", "3", "--titled", "3", "--groups", "1", "--show", "1"
    )
    assert done.returncode == 0, done.stderr
    assert "GVC, 3 incidents:" in done.stdout
    assert "GVC title check, 3 incidents: deaths" in done.stdout
    assert "ECB+, 1 groups:" in done.stdout


def test_realnews_reads_headline_tolls():
    realnews = _load("realnews")
    docs = [{"title": "Two dead, 4 wounded in shooting outside Brooklyn funeral"}]
    assert realnews.headline_toll(docs) == (2, 4)
    assert realnews.headline_toll([{"title": "Police seek gunman"}]) == (None, None)
