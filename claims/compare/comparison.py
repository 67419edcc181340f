"""The `compare` entry point: the stages run in order, from articles to a `Comparison`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claims.compare.ages import ambiguous_pair, ambiguous_surnames, named_in_full, one_name_each
from claims.compare.blocking import _candidate_pairs
from claims.compare.dating import _infer_dates
from claims.compare.explain import _finding
from claims.compare.facts import facts as _facts
from claims.compare.groups import _groups
from claims.compare.headline import _secondary
from claims.compare.hit import counted_with_the_dead, dead_told
from claims.compare.leads import lead_events, relate_leads
from claims.compare.reading import _conversions, _read, _Reading
from claims.compare.relate import _relate
from claims.compare.repeats import _repeats, _said_once, back_references
from claims.compare.settings import RELATION_RANK
from claims.compare.syndication import _syndication
from claims.compare.unfounded import unfounded
from claims.errors import InvalidInput, check_deadline
from claims.model import Article, Fact, Finding, Group


@dataclass(frozen=True, slots=True)
class Comparison:
    """What `compare` found: the articles (dates inferred where possible), the groups
    of claims about one thing, the pairwise findings, and the syndicated articles."""

    articles: tuple[Article, ...]
    groups: tuple[Group, ...]
    findings: tuple[Finding, ...]
    syndication: tuple[tuple[str, ...], ...]
    facts: tuple[Fact, ...] = ()


def compare(articles: Iterable[Article], *, deadline: float | None = None) -> Comparison:
    """Align the claims of `articles` across articles and relate those about one thing.

    Findings are numbered f1.. and groups g1.., worst first, in an order that depends
    only on the input, so the same articles always give the same ids. Past `deadline`
    (a `time.monotonic()` instant) `TimeBudgetExceeded` is raised.
    """
    articles = tuple(articles)
    _check_ids(articles)
    syndication = _syndication(articles)
    check_deadline(deadline, "syndication")
    articles = _infer_dates(articles, syndication, deadline)
    check_deadline(deadline, "dates")
    copies = {a: i for i, group in enumerate(syndication) for a in group}
    short_ids = _short_ids(articles)
    claims = [(claim, short_ids[article.id]) for article in articles for claim in article.claims]
    converted = _conversions(articles)
    readings = [
        _read(claim, order, short, claim.id in converted)
        for order, (claim, short) in enumerate(claims)
    ]
    repeats = _repeats(claims)
    echoes = back_references(claims)
    readings = one_name_each(named_in_full(readings, articles))
    secondary = _secondary(readings, repeats)
    ambiguous = ambiguous_surnames(readings)
    leads = lead_events(readings)
    dead = dead_told(readings)
    links = []
    for i, j in _candidate_pairs(readings):
        check_deadline(deadline, "pairs of claims")
        if i in repeats or j in repeats:
            continue
        if ambiguous_pair(readings[i], readings[j], ambiguous):
            continue  # "Conley, 48" when the story has a Nathaniel and a David Conley
        link = _relate(readings[i], readings[j])
        if (
            link is None
            and i in leads
            and j in leads
            and _one_story(readings[i], readings[j], copies)
        ):
            link = relate_leads(readings[i], readings[j])  # one happening dated apart
        if link is None or unfounded(link, secondary, echoes):
            continue
        links.append(counted_with_the_dead(link, dead))
    check_deadline(deadline, "pairs of claims")
    groups, group_of = _groups(readings, links)
    links.sort(key=lambda k: (RELATION_RANK[k.relation], -k.severity, k.pair))
    dated = {a.id for a in articles if a.published_basis in ("metadata", "dateline")}
    links = _said_once(links, readings, copies, dated)
    facts, links = _facts(
        readings, links, lambda link: _finding("", link, copies, group_of).explanation
    )
    findings = tuple(
        _finding(f"f{n}", link, copies, group_of) for n, link in enumerate(links, start=1)
    )
    return Comparison(
        articles=articles,
        groups=groups,
        findings=findings,
        syndication=syndication,
        facts=facts,
    )


def _one_story(a: _Reading, b: _Reading, copies: dict[str, int]) -> bool:
    """Whether `a` and `b` come from copies of one wire story."""
    group = copies.get(a.claim.article_id)
    return group is not None and group == copies.get(b.claim.article_id)


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


#: How many characters of a title or opening words name an article that has no source.
NAME_CHARS = 36


def _short_ids(articles: Sequence[Article]) -> dict[str, str]:
    """What explanations call each article, as a sub-editor would: its outlet ("AFP");
    an article with no source, by its title or first words ("“Quake hits island off
    south…”"), not by a hex id (its id, or the part before "_", only when it has no words
    at all). Two articles of one outlet are "AP #1", "AP #2"."""
    names = [_name(a) for a in articles]
    counts = {name: names.count(name) for name in names}
    seen: dict[str, int] = {}
    out = {}
    for article, name in zip(articles, names, strict=True):
        if counts[name] > 1 and article.id.startswith(name):
            name = article.id  # only ids name them, and their heads are alike: the whole id
        elif counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            name = f"{name} #{seen[name]}"
        out[article.id] = name
    return out


def _name(article: Article) -> str:
    if article.source and article.source.strip():
        return " ".join(article.source.split())
    words = " ".join((article.title or article.text[:200]).split())
    if not words:
        return article.id.split("_", 1)[0]  # nothing else names it: its id, or the head of it
    if len(words) > NAME_CHARS:
        words = words[:NAME_CHARS].rsplit(" ", 1)[0] + "…"
    return f"“{words}”"
