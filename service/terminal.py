"""Plain-text renderings of a report and of one article's claims, for `claimcheck`.

Readable in a terminal or a pipe: compact, worst news first, ANSI colour only when the
caller asks for it (the CLI asks when stdout is a terminal, or with --color=always).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Sequence

from claims.model import Article, Claim, DateInterval, Finding, Quantity, Report

__all__ = ["render_claims", "render_report"]

WIDTH = 100
#: section order and headings: what a sub-editor must look at first comes first
SECTIONS = (
    ("discrepancy", "Discrepancies"),
    ("update", "Updates"),
    ("consistent", "Consistent"),
    ("agree", "Agree"),
)
#: ANSI SGR codes per relation and for the furniture of the report
COLORS = {
    "discrepancy": "1;31",
    "update": "33",
    "consistent": "36",
    "agree": "32",
    "heading": "1",
    "dim": "2",
}


class _Paint:
    """Wraps text in ANSI codes, or leaves it alone."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, style: str) -> str:
        if not self.enabled or not text:
            return text
        return f"\x1b[{COLORS[style]}m{text}\x1b[0m"


def _short_ids(ids: Sequence[str]) -> dict[str, str]:
    heads = [i.split("_", 1)[0] for i in ids]
    if len(set(heads)) == len(heads):
        return dict(zip(ids, heads, strict=True))
    return {i: i for i in ids}


def _day(date: dt.date | None) -> str:
    return "undated" if date is None else f"{date.day} {date:%b %Y}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


# --------------------------------------------------------------------------- report


def render_report(report: Report, *, color: bool) -> str:
    """The report as a terminal page: a one-line summary, the articles (id, date and
    how it was found, title) and their syndication groups, then the findings by
    relation, discrepancies first, each under the label of its group."""
    paint = _Paint(color)
    s = report.summary
    short = _short_ids([a.id for a in report.articles])
    fact_of = {cid: fact.id for fact in report.facts for cid in fact.mention_ids}
    shown = _shown(report.findings, fact_of)
    lines = [
        paint(
            f"claimcheck: {_plural(s.articles, 'article')}, {_plural(s.claims, 'claim')},"
            f" {_plural(s.groups, 'group')}",
            "heading",
        )
        + " — "
        # the counts of the sections below: each disagreement, then one line per fact
        + ", ".join(
            paint(f"{n} {word}", relation) if n else f"{n} {word}"
            for relation, word, n in (
                (
                    "discrepancy",
                    "discrepancy" if len(shown["discrepancy"]) == 1 else "discrepancies",
                    len(shown["discrepancy"]),
                ),
                (
                    "update",
                    "update" if len(shown["update"]) == 1 else "updates",
                    len(shown["update"]),
                ),
                ("consistent", "consistent", len(shown["consistent"])),
                ("agree", "agree", len(shown["agree"])),
            )
        ),
        "",
        paint("Articles", "heading"),
    ]
    id_width = max((len(v) for v in short.values()), default=3)
    for article in report.articles:
        title = article.title or "(no title)"
        if article.source:
            title += f" · {article.source}"
        lines.append(
            f"  {short[article.id]:<{id_width}}  {_day(article.published):<11}"
            f"  {paint(f'{article.published_basis:<8}', 'dim')}  {_clip(title, 70)}"
        )
    for group in report.syndication:
        copies = " = ".join(short.get(i, i) for i in group)
        lines.append(f"  Copies of one story: {copies} (their agreement is not corroboration)")
    labels = {cid: g.label for g in report.groups for cid in g.claim_ids}
    articles_of = {c.id: c.article_id for c in report.claims}
    mentions_of = {cid: fact.mention_ids for fact in report.facts for cid in fact.mention_ids}
    if not report.findings:
        lines += ["", "No two articles speak to the same thing."]
    for relation, heading in SECTIONS:
        findings = shown[relation]
        if relation == "discrepancy" and not findings and report.findings:
            lines += ["", paint("No discrepancies.", "agree")]
        if not findings:
            continue
        lines += ["", paint(f"{heading} ({len(findings)})", relation)]
        counted = None if relation == "discrepancy" else (mentions_of, articles_of)
        lines += _findings(findings, labels, paint, counted=counted)
    return "\n".join(lines) + "\n"


def _shown(findings: list[Finding], fact_of: dict[str, str]) -> dict[str, list[Finding]]:
    """The findings each section shows: every discrepancy (each is a disagreement to
    settle), and for the other relations the first finding of each fact."""
    by_relation: dict[str, list[Finding]] = {r: [] for r, _ in SECTIONS}
    for finding in findings:
        by_relation.setdefault(finding.relation, []).append(finding)
    return {
        relation: found if relation == "discrepancy" else _one_per_fact(found, fact_of)
        for relation, found in by_relation.items()
    }


def _one_per_fact(findings: list[Finding], fact_of: dict[str, str]) -> list[Finding]:
    """The first finding of each fact: agreements read one line per fact, not per pair."""
    seen: set[str] = set()
    out = []
    for finding in findings:
        fact = fact_of.get(finding.claim_ids[0], finding.id)
        if fact not in seen:
            seen.add(fact)
            out.append(finding)
    return out


def _findings(
    findings: Iterable[Finding],
    labels: dict[str, str],
    paint: _Paint,
    counted: tuple[dict[str, tuple[str, ...]], dict[str, str]] | None = None,
) -> list[str]:
    """Each finding: its label, tags and explanation; with `counted` (each claim's fact's
    mentions, each claim's article), how many mentions in how many articles the facts
    of its claims have (the line stands for them all: a part's fact and its whole's)."""
    out: list[str] = []
    for f in findings:
        label = labels.get(f.claim_ids[0], f.kind)
        tags = []
        if counted is not None:
            mentions_of, articles_of = counted
            mentions = {m for cid in f.claim_ids for m in mentions_of.get(cid, (cid,))}
            articles = {articles_of.get(m) for m in mentions}
            tags.append(
                f"{_plural(len(mentions), 'mention')} in {_plural(len(articles), 'article')}"
            )
        if f.relation == "discrepancy":
            tags.append(f"severity {f.severity:.2f}")
        if not f.independent:
            tags.append("same wire story")
        head = f"  {paint(f.id, f.relation)}  {label}"
        if tags:
            head += paint(f"  [{', '.join(tags)}]", "dim")
        out.append(head)
        out += textwrap.wrap(
            f.explanation, WIDTH, initial_indent="      ", subsequent_indent="      "
        )
    return out


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- claims


def render_claims(article: Article, *, color: bool) -> str:
    """One article's claims as a table: id, kind, the span, its reading, where and
    when, and who says so (with hedged/quoted marks)."""
    paint = _Paint(color)
    lines = [
        paint(f"{article.id}  {article.title or '(no title)'}", "heading"),
        f"published {_day(article.published)} ({article.published_basis})"
        + (f" · {article.source}" if article.source else "")
        + f" · {_plural(len(article.claims), 'claim')}",
    ]
    if not article.claims:
        return "\n".join(lines + ["", "No claims found."]) + "\n"
    rows = [("id", "kind", "text", "reading", "where / when", "source")]
    rows += [_claim_row(article.id, c) for c in article.claims]
    widths = [
        min(max(len(row[i]) for row in rows), cap) for i, cap in enumerate((14, 9, 34, 24, 46, 32))
    ]
    lines.append("")
    for n, row in enumerate(rows):
        cells = [_clip(cell, w).ljust(w) for cell, w in zip(row, widths, strict=True)]
        line = "  ".join(cells).rstrip()
        lines.append(paint(line, "heading") if n == 0 else line)
    return "\n".join(lines) + "\n"


def _claim_row(article_id: str, claim: Claim) -> tuple[str, str, str, str, str, str]:
    cid = claim.id[len(article_id) :] if claim.id.startswith(article_id) else claim.id
    reading = _quantity(claim.value) if claim.value is not None else _date(claim.date)
    what = claim.subject or claim.event or ""
    if claim.actors:
        what = f"{', '.join(claim.actors)} {what}".strip()
    where = [w for w in (what, claim.location) if w]
    when = claim.time_scope or ""
    if claim.scope_date is not None and claim.scope_date.resolved:
        when += f" ({_date(claim.scope_date)})"
    if claim.cumulative:
        when = f"{when}, cumulative" if when else "cumulative"
    if when:
        where.append(when.strip())
    source = claim.attribution or ""
    marks = [m for m, on in (("hedged", claim.hedged), ("quoted", claim.quoted)) if on]
    if marks:
        source = f"{source} ({', '.join(marks)})".strip()
    return (cid, claim.kind, f'"{claim.text}"', reading, " · ".join(where), source)


def _number(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _quantity(q: Quantity) -> str:
    if q.low is not None and q.high is not None:
        text = _number(q.low) if q.low == q.high else f"{_number(q.low)}–{_number(q.high)}"
    elif q.low is not None:
        text = f"≥ {_number(q.low)}"
        if q.ceiling is not None:
            text += f" (~{_number(q.ceiling)})"
    elif q.high is not None:
        text = f"≤ {_number(q.high)}"
    else:
        text = "?"
    flags = [f for f, on in (("approx", q.approximate), ("vague", q.vague)) if on]
    if q.unit:
        text = f"{text} {q.unit}"
    if flags:
        text += f" {', '.join(flags)}"
    return text


def _date(date: DateInterval | None) -> str:
    if date is None:
        return ""
    if not date.resolved or date.start is None or date.end is None:
        if date.month is None:
            return "unresolved"
        month = dt.date(2000, date.month, 1).strftime("%b")
        return f"{date.day} {month} (no year)" if date.day else f"{month} (no year)"
    if date.start == date.end:
        return _day(date.start)
    return f"{_day(date.start)} – {_day(date.end)}"
