"""Cross-check articles: the Report of DESIGN.md."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from claims.compare import compare
from claims.model import Article, Report, Summary


def check(articles: Iterable[Article], *, deadline: float | None = None) -> Report:
    """Line up the claims of `articles` and relate them.

    The report's articles carry the dates comparison inferred (an undated wire copy
    takes its twin's date, `published_basis` "inferred", and its claims' `as_of`
    follow). Findings come worst first (discrepancy, update, consistent, agree); the
    summary counts them. Raises `InvalidInput` when two articles share an id, and
    `TimeBudgetExceeded` once `deadline` (an instant of `time.monotonic()`; None: no
    limit) has passed, checked between stages and between pairs of claims.
    """
    comparison = compare(articles, deadline=deadline)
    relations = Counter(f.relation for f in comparison.findings)
    summary = Summary(
        articles=len(comparison.articles),
        claims=sum(len(a.claims) for a in comparison.articles),
        groups=len(comparison.groups),
        agree=relations["agree"],
        consistent=relations["consistent"],
        update=relations["update"],
        discrepancy=relations["discrepancy"],
    )
    return Report(
        articles=comparison.articles,
        groups=comparison.groups,
        findings=comparison.findings,
        syndication=comparison.syndication,
        summary=summary,
        facts=comparison.facts,
    )
