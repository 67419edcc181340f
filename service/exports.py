"""A stored report in the formats other tools read, chosen by `Accept`.

- `application/json` (the default): the report, each claim carrying W3C Web Annotation
  selectors (a TextQuoteSelector with `exact`/`prefix`/`suffix` and a
  TextPositionSelector with `start`/`end`) into the text its article was read as.
- `application/ld+json`: one schema.org `ClaimReview` per fact whose status is
  conflict, in a JSON-LD `@graph`.
- `text/csv`: one row per claim (`CSV_COLUMNS`); `claimcheck check --csv` writes the same.

Anything else is a 406 problem+json naming the three.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from flask import current_app, request

from service.errors import Problem
from service.storage import StoredCheck

#: characters of context a TextQuoteSelector keeps on each side of the quote
QUOTE_CONTEXT = 32
CSV_COLUMNS = (
    "fact_id",
    "status",
    "article",
    "outlet",
    "date",
    "kind",
    "text",
    "low",
    "high",
    "unit",
    "sentence",
)
SERVED = ("application/json", "application/ld+json", "text/csv")
#: a spreadsheet runs a cell that starts with one of these as a formula
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    """Web Annotation selectors for text[start:end] (offsets in code points)."""
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - QUOTE_CONTEXT) : start],
            "suffix": text[end : end + QUOTE_CONTEXT],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def with_selectors(report: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """The report with `selectors` on each claim whose article text is known."""
    claims = []
    for claim in report.get("claims", []):
        text = texts.get(claim.get("article_id"))
        if text is not None and text[claim["start"] : claim["end"]] == claim["text"]:
            claim = {**claim, "selectors": selectors(text, claim["start"], claim["end"])}
        claims.append(claim)
    return {**report, "claims": claims}


# --------------------------------------------------------------------------- CSV


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value.is_integer() and abs(value) < 1e15 else repr(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_rows(report: Mapping[str, Any]) -> Iterable[list[str]]:
    """The CSV rows of a report (a header first), one per claim in report order."""
    fact_of: dict[str, Mapping[str, Any]] = {}
    for fact in report.get("facts", []):
        for mention in fact.get("mention_ids", []):
            fact_of.setdefault(mention, fact)
    articles = {a["id"]: a for a in report.get("articles", [])}
    yield list(CSV_COLUMNS)
    for claim in report.get("claims", []):
        fact = fact_of.get(claim["id"], {})
        article = articles.get(claim["article_id"], {})
        value = claim.get("value") or {}
        yield [
            _cell(fact.get("id")),
            _cell(fact.get("status")),
            _cell(claim["article_id"]),
            _cell(article.get("source")),
            _cell(article.get("published")),
            _cell(claim["kind"]),
            _cell(claim["text"]),
            _cell(value.get("low")),
            _cell(value.get("high")),
            _cell(value.get("unit")),
            _cell(claim.get("sentence")),
        ]


def report_csv(report: Mapping[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerows(csv_rows(report))
    return out.getvalue()


# --------------------------------------------------------------------------- ClaimReview


def claim_reviews(stored: StoredCheck, check_url: str) -> dict[str, Any]:
    """A JSON-LD graph of schema.org ClaimReview objects, one per conflict fact."""
    report = stored.report
    claims = {c["id"]: c for c in report.get("claims", [])}
    articles = {a["id"]: a for a in report.get("articles", [])}
    graph = []
    for fact in report.get("facts", []):
        if fact.get("status") != "conflict":
            continue
        mentions = [claims[i] for i in fact.get("mention_ids", []) if i in claims]
        appearances = []
        for article_id in dict.fromkeys(c["article_id"] for c in mentions):
            article = articles.get(article_id, {})
            appearance: dict[str, Any] = {"@type": "NewsArticle", "identifier": article_id}
            if article.get("url"):
                appearance["url"] = article["url"]
            if article.get("published"):
                appearance["datePublished"] = article["published"]
            if article.get("title"):
                appearance["headline"] = article["title"]
            if article.get("source"):
                appearance["publisher"] = {"@type": "Organization", "name": article["source"]}
            appearances.append(appearance)
        explanation = " ".join(c["explanation"] for c in fact.get("conflicts", []))
        quoted = "; ".join(f'"{c["text"]}" ({c["article_id"]})' for c in mentions)
        graph.append(
            {
                "@type": "ClaimReview",
                "@id": f"{check_url}#{fact['id']}",
                "url": f"{check_url}#{fact['id']}",
                "datePublished": stored.created.date().isoformat(),
                "author": {"@type": "Organization", "name": "claimcheck"},
                "claimReviewed": f"{fact['label']}: {quoted}",
                "itemReviewed": {
                    "@type": "Claim",
                    "name": fact["label"],
                    "appearance": appearances,
                    **(
                        {"firstAppearance": appearances[0]}
                        if appearances and "datePublished" in appearances[0]
                        else {}
                    ),
                },
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": fact["status"],
                    "ratingExplanation": explanation,
                },
            }
        )
    return {"@context": "https://schema.org", "@graph": graph}


# --------------------------------------------------------------------------- negotiation


def negotiated(stored: StoredCheck, as_json: Callable[[StoredCheck], dict[str, Any]]):
    """The check in the format `Accept` asks for (JSON when it says nothing or */*)."""
    accept = request.accept_mimetypes
    chosen = accept.best_match(SERVED, default=None) if accept else "application/json"
    if chosen is None:
        raise Problem(
            406,
            "The report is served as " + ", ".join(SERVED) + f"; Accept asked for "
            f"{request.headers.get('Accept', '')!r}: ask for one of them.",
            headers={"Vary": "Accept"},
        )
    from service.share import conditional

    if chosen == "text/csv":
        response = current_app.response_class(report_csv(stored.report), mimetype="text/csv")
        response.headers["Content-Disposition"] = f'attachment; filename="check-{stored.id}.csv"'
    elif chosen == "application/ld+json":
        response = current_app.json.response(claim_reviews(stored, request.base_url))
        response.mimetype = "application/ld+json"
    else:
        response = current_app.json.response(as_json(stored))
    response.headers["Vary"] = "Accept"
    return conditional(response)
