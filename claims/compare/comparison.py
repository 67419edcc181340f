"""The `compare` entry point: the stages run in order, from articles to a `Comparison`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claims.compare.blocking import _candidate_pairs
from claims.compare.dating import _infer_dates
from claims.compare.explain import _finding
from claims.compare.groups import _groups
from claims.compare.reading import _conversions, _read
from claims.compare.relate import _relate
from claims.compare.repeats import _repeats, _said_once
from claims.compare.settings import RELATION_RANK
from claims.compare.syndication import _syndication
from claims.errors import InvalidInput
from claims.model import Article, Finding, Group


@dataclass(frozen=True, slots=True)
class Comparison:
    """What `compare` found: the articles (dates inferred where possible), the groups
    of claims about one thing, the pairwise findings, and the syndicated articles."""

    articles: tuple[Article, ...]
    groups: tuple[Group, ...]
    findings: tuple[Finding, ...]
    syndication: tuple[tuple[str, ...], ...]


def compare(articles: Iterable[Article]) -> Comparison:
    """Align the claims of `articles` across articles and relate those about one thing.

    Findings are numbered f1.. and groups g1.., worst first, in an order that depends
    only on the input, so the same articles always give the same ids.
    """
    articles = tuple(articles)
    _check_ids(articles)
    syndication = _syndication(articles)
    articles = _infer_dates(articles, syndication)
    copies = {a: i for i, group in enumerate(syndication) for a in group}
    short_ids = _short_ids(articles)
    claims = [(claim, short_ids[article.id]) for article in articles for claim in article.claims]
    converted = _conversions(articles)
    readings = [
        _read(claim, order, short, claim.id in converted)
        for order, (claim, short) in enumerate(claims)
    ]
    repeats = _repeats(claims)
    links = []
    for i, j in _candidate_pairs(readings):
        if i in repeats or j in repeats:
            continue
        link = _relate(readings[i], readings[j])
        if link is not None:
            links.append(link)
    groups, group_of = _groups(readings, links)
    links.sort(key=lambda k: (RELATION_RANK[k.relation], -k.severity, k.pair))
    dated = {a.id for a in articles if a.published_basis in ("metadata", "dateline")}
    links = _said_once(links, readings, copies, dated)
    findings = tuple(
        _finding(f"f{n}", link, copies, group_of) for n, link in enumerate(links, start=1)
    )
    return Comparison(articles=articles, groups=groups, findings=findings, syndication=syndication)


def _check_ids(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise InvalidInput(
                f"two articles have the id {article.id!r}",
                field="articles",
                hint="give each article its own id (a file name, a URL hash)",
            )
        seen.add(article.id)
    claim_ids = [c.id for a in articles for c in a.claims]
    if len(set(claim_ids)) != len(claim_ids):
        raise InvalidInput(
            "two claims share an id",
            field="claims",
            hint="claim ids must be unique across articles",
        )


def _short_ids(articles: Sequence[Article]) -> dict[str, str]:
    """Article ids as explanations cite them: the part before the first "_" when that
    is unique ("004_923774e86e0d0b06" -> "004"), the whole id otherwise."""
    heads = [a.id.split("_", 1)[0] for a in articles]
    if len(set(heads)) == len(heads):
        return {a.id: head for a, head in zip(articles, heads, strict=True)}
    return {a.id: a.id for a in articles}
