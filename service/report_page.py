"""What the HTML report shows, worked out from a stored check (its report JSON + texts).

The template only lays things out; here the facts are ordered (conflicts first, each
disagreement once with both sources' sentences, outlets, dates and attributions beside
each other; then updates, consistent readings and agreements, one line per fact), the
filters by kind and status applied, each claim takes the colour of the most serious
relation it is part of, and the article texts become escaped HTML with a <mark> per
claim span.
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
#: the text cue beside each highlight's colour
RELATION_WORDS = {"discrepancy": "conflict", SINGLE: "no match"}


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
    # pieces reopened after a crossing span only point back to it. A claim some finding
    # speaks of can be reached with the keyboard (tab), its relation said in words too.
    anchor = f'id="{escape(mark.claim_id)}"' if first else f'data-claim="{escape(mark.claim_id)}"'
    focus = ' tabindex="0"' if first and mark.relation != SINGLE else ""
    words = RELATION_WORDS.get(mark.relation, mark.relation)
    return (
        f'<mark {anchor} class="claim rel-{escape(mark.relation)}"{focus}'
        f' title="{escape(mark.label)}" data-relation="{escape(words)}">'
    )


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` escaped, with each mark's span wrapped in properly nested <mark> elements.

    Spans may nest or cross; a crossing span is closed and reopened around the other.
    Spans outside the text are left out.

    >>> highlight("a <b> c", [Mark(2, 5, "x", "agree", "t")])
    Markup('a <mark id="x" class="claim rel-agree" tabindex="0" title="t" data-relation="agree">&lt;b&gt;</mark> c')
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


#: How much of a title names an article that has no outlet.
TITLE_CHARS = 60


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def _date_label(article: Mapping[str, Any]) -> str:
    published = article.get("published")
    if not published:
        return "date unknown"
    basis = article.get("published_basis")
    return f"{published} ({basis})" if basis and basis != "metadata" else str(published)


#: A fact's status as the page names it, and the relation colour it takes.
STATUS_RELATION = {
    "conflict": "discrepancy",
    "update": "update",
    "consistent": "consistent",
    "agree": "agree",
}
STATUS_ORDER = tuple(STATUS_RELATION)


def _facts(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The report's facts; a report stored before facts existed gives one per finding."""
    if "facts" in report:
        return list(report["facts"])
    status_of = {v: k for k, v in STATUS_RELATION.items()}
    return [
        {
            "id": f["id"],
            "kind": f["kind"],
            "label": f["kind"],
            "status": status_of.get(f["relation"], "agree"),
            "mention_ids": list(f["claim_ids"]),
            "conflicts": (
                [{k: f[k] for k in ("claim_ids", "severity", "explanation")}]
                if f["relation"] == "discrepancy"
                else []
            ),
            "part_of": None,
        }
        for f in report.get("findings", [])
    ]


def report_page(
    stored: StoredCheck, *, status: str | None = None, kind: str | None = None
) -> dict[str, Any]:
    """The values report.html renders; `status` and `kind` keep only those facts."""
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
        if claim.get("in_title"):
            continue  # its offsets index the title, not the text shown
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
    facts = _facts(report)
    kinds = sorted({f["kind"] for f in facts})
    shown = [
        f
        for f in facts
        if (status is None or f["status"] == status) and (kind is None or f["kind"] == kind)
    ]
    finding_of = {
        frozenset(f["claim_ids"]): f for f in report.get("findings", []) if len(f["claim_ids"]) == 2
    }
    first_finding: dict[tuple[str, str], dict[str, Any]] = {}
    for finding in findings:
        for claim_id in finding["claim_ids"]:
            first_finding.setdefault((claim_id, finding["relation"]), finding)
            first_finding.setdefault((claim_id, "any"), finding)
    label_of = {f["id"]: f["label"] for f in facts}

    def side(claim_id: str) -> dict[str, Any]:
        claim = claims.get(claim_id, {})
        article = articles.get(claim.get("article_id", ""), {})
        return {
            "id": claim_id,
            "text": claim.get("text", claim_id),
            "sentence": claim.get("sentence", ""),
            "attribution": claim.get("attribution"),
            "outlet": article.get("source") or _clip(article_label(claim.get("article_id", ""))),
            "title": article.get("title"),
            "date": _date_label(article),
        }

    conflict_rows = [
        {
            "fact": fact,
            "conflicts": [
                {
                    **conflict,
                    "finding_id": finding_of.get(frozenset(conflict["claim_ids"]), {}).get("id"),
                    "sides": [side(c) for c in conflict["claim_ids"]],
                }
                for conflict in fact.get("conflicts", [])
            ],
        }
        for fact in shown
        if fact["status"] == "conflict"
    ]
    fact_rows = []
    for fact in shown:
        if fact["status"] == "conflict":
            continue
        mentions = fact.get("mention_ids", [])
        relation = STATUS_RELATION.get(fact["status"], "agree")
        # the finding that says the fact's own status, else any that speaks of it
        finding = next(
            (
                first_finding[(m, wanted)]
                for wanted in (relation, "any")
                for m in mentions
                if (m, wanted) in first_finding
            ),
            None,
        )
        fact_rows.append(
            {
                "fact": fact,
                "part_of": label_of.get(fact.get("part_of") or ""),
                "relation": relation,
                "mentions": len(mentions),
                "articles": len({claims.get(m, {}).get("article_id") for m in mentions}),
                "explanation": finding["explanation"] if finding else "",
                "claims": [side(m) for m in mentions[:2]],
            }
        )
    return {
        "id": stored.id,
        "created": stored.created,
        "summary": report.get("summary", {}),
        "findings": finding_rows,
        "conflicts": conflict_rows,
        "facts": fact_rows,
        "statuses": STATUS_ORDER,
        "status_relation": STATUS_RELATION,
        "kinds": kinds,
        "filter": {"status": status, "kind": kind},
        "articles": article_rows,
        "syndication": syndication,
        "relations": RELATION_ORDER,
    }


def render_standalone(report: dict[str, Any], texts: dict[str, str]) -> str:
    """The report page as one self-contained file: the server's template, its stylesheet
    inlined, no links back to a server (`claimcheck check --html FILE`)."""
    import datetime as dt
    import hashlib
    import json
    from importlib.resources import files

    from jinja2 import Environment, FileSystemLoader, select_autoescape

    service = files("service")
    environment = Environment(
        loader=FileSystemLoader(str(service / "templates")),
        autoescape=select_autoescape(["html"]),
    )
    digest = hashlib.sha256(json.dumps(report, sort_keys=True).encode()).hexdigest()[:32]
    stored = StoredCheck(
        id=digest,
        created=dt.datetime.now(dt.UTC).replace(microsecond=0),
        article_ids=tuple(a["id"] for a in report.get("articles", [])),
        report=report,
        texts=texts,
    )
    page = report_page(stored)
    page["inline_css"] = Markup((service / "static" / "report.css").read_text(encoding="utf-8"))
    return environment.get_template("report.html").render(page=page)
