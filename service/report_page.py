"""What the HTML report shows, worked out from a stored check (its report JSON + texts).

The template only lays things out; here the findings are ordered (discrepancies
first), each claim takes the colour of the most serious relation it is part of, and the
article texts become escaped HTML with a <mark> per claim span.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from service.storage import StoredCheck

#: most serious first: the order findings are listed in and claims are coloured by
RELATION_ORDER = ("discrepancy", "update", "consistent", "agree")
#: a claim no finding mentions
SINGLE = "single"


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    claim_id: str
    relation: str
    label: str


def _rank(relation: str) -> int:
    return RELATION_ORDER.index(relation) if relation in RELATION_ORDER else len(RELATION_ORDER)


def _open_tag(mark: Mark, *, first: bool) -> str:
    # The first piece of a claim's span carries its id (the target of #claim-id links);
    # pieces reopened after a crossing span only point back to it.
    anchor = f'id="{escape(mark.claim_id)}"' if first else f'data-claim="{escape(mark.claim_id)}"'
    return f'<mark {anchor} class="claim rel-{escape(mark.relation)}" title="{escape(mark.label)}">'


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` escaped, with each mark's span wrapped in properly nested <mark> elements.

    Spans may nest or cross; a crossing span is closed and reopened around the other.
    Spans outside the text are left out.

    >>> highlight("a <b> c", [Mark(2, 5, "x", "agree", "t")])
    Markup('a <mark id="x" class="claim rel-agree" title="t">&lt;b&gt;</mark> c')
    """
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    opening: dict[int, list[Mark]] = defaultdict(list)
    for mark in sorted(usable, key=lambda m: (m.start, -m.end, m.claim_id)):
        opening[mark.start].append(mark)
    bounds = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    out: list[str] = []
    stack: list[Mark] = []
    position = 0
    for bound in bounds:
        if bound > position:
            out.append(str(escape(text[position:bound])))
            position = bound
        ending = [i for i, m in enumerate(stack) if m.end == bound]
        if ending:
            reopen = [m for m in stack[ending[0] :] if m.end != bound]
            out.append("</mark>" * (len(stack) - ending[0]))
            del stack[ending[0] :]
            for mark in reopen:
                out.append(_open_tag(mark, first=False))
                stack.append(mark)
        for mark in opening.get(bound, ()):
            out.append(_open_tag(mark, first=True))
            stack.append(mark)
    out.append("</mark>" * len(stack))
    return Markup("".join(out))


def safe_link(url: str | None) -> str | None:
    """`url` if it may become a link: an absolute http(s) URL with a host; else None.

    Anything else (javascript:, data:, a relative path...) is shown as text only.

    >>> safe_link("https://example.com/a?b=1"), safe_link("javascript:alert(1)")
    ('https://example.com/a?b=1', None)
    >>> safe_link(" JaVaScRiPt:alert(1)"), safe_link("//evil.example/"), safe_link("http:///x")
    (None, None, None)
    """
    if not url or url != url.strip() or any(ord(c) < 0x21 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _date_label(article: Mapping[str, Any]) -> str:
    published = article.get("published")
    if not published:
        return "date unknown"
    basis = article.get("published_basis")
    return f"{published} ({basis})" if basis and basis != "metadata" else str(published)


def report_page(stored: StoredCheck) -> dict[str, Any]:
    """The values report.html renders."""
    report = stored.report
    claims = {c["id"]: c for c in report.get("claims", [])}
    articles = {a["id"]: a for a in report.get("articles", [])}
    copies = {
        article_id: number
        for number, group in enumerate(report.get("syndication", []), start=1)
        for article_id in group
    }

    relation_of: dict[str, str] = {}
    explanations: dict[str, list[str]] = defaultdict(list)
    for finding in report.get("findings", []):
        for claim_id in finding["claim_ids"]:
            current = relation_of.get(claim_id, SINGLE)
            if _rank(finding["relation"]) < _rank(current):
                relation_of[claim_id] = finding["relation"]
            explanations[claim_id].append(f"{finding['relation']}: {finding['explanation']}")

    def article_label(article_id: str) -> str:
        article = articles.get(article_id, {})
        return article.get("title") or article.get("source") or article_id

    findings = sorted(
        report.get("findings", []),
        key=lambda f: (_rank(f["relation"]), -(f.get("severity") or 0.0), f["id"]),
    )
    finding_rows = [
        {
            **finding,
            "claims": [
                {
                    "id": claim_id,
                    "text": claims.get(claim_id, {}).get("text", claim_id),
                    "article": article_label(claims.get(claim_id, {}).get("article_id", "")),
                }
                for claim_id in finding["claim_ids"]
            ],
        }
        for finding in findings
    ]

    by_article: dict[str, list[Mark]] = defaultdict(list)
    for claim in claims.values():
        relation = relation_of.get(claim["id"], SINGLE)
        label = "; ".join([f"{claim['kind']} claim", *explanations.get(claim["id"], [])])
        by_article[claim["article_id"]].append(
            Mark(claim["start"], claim["end"], claim["id"], relation, label)
        )

    article_rows = [
        {
            **article,
            "label": article_label(article["id"]),
            "link": safe_link(article.get("url")),
            "date": _date_label(article),
            "copy_group": copies.get(article["id"]),
            "claim_count": len(by_article.get(article["id"], [])),
            "html": highlight(
                stored.texts.get(article["id"], ""), by_article.get(article["id"], [])
            ),
        }
        for article in report.get("articles", [])
    ]
    syndication = [[article_label(a) for a in group] for group in report.get("syndication", [])]
    return {
        "id": stored.id,
        "created": stored.created,
        "summary": report.get("summary", {}),
        "findings": finding_rows,
        "articles": article_rows,
        "syndication": syndication,
        "relations": RELATION_ORDER,
    }
