"""One claim checked against sources: supported, contradicted or not addressed.

A fact-checker's question, narrower than a cross-check: does what our sources say
support "Twelve Marines died", contradict it, or not address it? Both sides are read by
`claims.extract`; then, in order:

- `words`: words reduced to their meaning (stems and a synonym table) for matching;
- `evidence`: which source figures are about the same thing as a claim figure (kind,
  subject, place, time, and the words around them);
- `logic`: entailment between intervals (60 supports "more than 20");
- `arithmetic`: figures the sources imply (a total from listed parts, what is left,
  "twice as many", a percentage of a stated whole);
- `verdict`: each figure's verdict with its evidence, and the claim's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from claims.errors import InvalidInput
from claims.extract import extract
from claims.model import Article
from claims.verify.clauses import unaddressed, unsaid_record
from claims.verify.evidence import figures
from claims.verify.verdict import Evidence, Verdict, Verification, overall, weigh

__all__ = ["Evidence", "Verdict", "Verification", "verify"]


def _source(item: Article | str, index: int, published: dt.date | str | None) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return extract(item, published=published, article_id=f"source-{index + 1}")
    raise InvalidInput(
        f"sources[{index}] must be an Article or a text",
        field=f"sources[{index}]",
        hint="pass claims.extract(...) results or strings",
    )


def verify(
    claim: str,
    sources: Iterable[Article | str],
    *,
    published: dt.date | str | None = None,
) -> Verification:
    """Check the figures a claim states against what the sources say.

    `claim` is a text (one or a few sentences), read with `published` as its date (and
    as the date of sources given as plain texts). `sources` are `Article`s (from
    `claims.extract`) or texts. Each figure the claim states gets a verdict —
    `supported`, `contradicted` or `not_addressed` — with its evidence (source claim
    ids, spans, sentences) and a one-line explanation; so does the claim as a whole.
    Raises `InvalidInput` for a claim or source that cannot be read.
    """
    if not isinstance(claim, str) or not claim.strip():
        raise InvalidInput(
            "claim must be a non-empty text", field="claim", hint="send the claim as text"
        )
    read = extract(claim, published=published, article_id="claim")
    articles = tuple(_source(s, i, published) for i, s in enumerate(sources))
    claim_figures = figures(read)
    per_source = [figures(a) for a in articles]
    verdicts = tuple(weigh(cf, claim_figures, articles, per_source) for cf in claim_figures)
    frames = {f.id for f in claim_figures if f.value is None or f.kind == "duration"}
    verdict, explanation = overall(verdicts, frames)
    if verdict == "supported":
        rest = unaddressed(read.text, claim_figures, articles)
        record = unsaid_record(read.text, articles)
        if rest is not None or record is not None:
            verdict = "not_addressed"
            explanation = f'{explanation}; but no source says "{rest or record}"'
    return Verification(
        claim=claim,
        claims=read.claims,
        verdict=verdict,
        explanation=explanation,
        verdicts=verdicts,
        sources=articles,
    )
