"""Verdicts: each figure of the claim weighed against the sources' evidence, and the
claim as a whole.

A claim figure is `supported` when a source figure about the same thing entails it, or
a figure the source implies by arithmetic does; `contradicted` when a source figure
about the same thing allows none of the values it allows; else `not_addressed` (no
evidence, or evidence that cannot decide). The whole claim is contradicted when any of
its figures is, supported when all are (or all but time frames no source speaks of),
else not addressed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from claims.model import Article, Claim, DateInterval, Quantity
from claims.verify import arithmetic, evidence, logic
from claims.verify.evidence import Figure
from claims.verify.words import meaning

VERDICTS = ("supported", "contradicted", "not_addressed")
RELATIONS = (logic.SUPPORTS, logic.CONTRADICTS, logic.UNDECIDED)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one source says about one figure of the claim, and how it bears on it.

    `claim_ids` are the source claims (or bare numbers, `article_id:offset`) it rests
    on, several when it is a figure computed from them (`derivation`: "9 − 4")."""

    claim_id: str  # the claim-side figure it bears on
    relation: str  # one of RELATIONS
    claim_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    texts: tuple[str, ...]
    sentences: tuple[str, ...]
    value: Quantity | DateInterval | None
    derivation: str | None
    explanation: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The verdict on one figure the claim states."""

    claim_id: str
    text: str
    verdict: str  # one of VERDICTS
    explanation: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Verification:
    """A claim checked against sources: what was read in it, and the verdicts."""

    claim: str
    claims: tuple[Claim, ...]  # the claim's figures that were read as claims
    verdict: str  # one of VERDICTS, for the claim as a whole
    explanation: str
    verdicts: tuple[Verdict, ...] = ()
    sources: tuple[Article, ...] = ()

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(e for v in self.verdicts for e in v.evidence)


def _name(article: Article) -> str:
    if article.source:
        return article.source
    return article.id.replace("-", " ") if article.id.startswith("source-") else article.id


def _number(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.6g}"


def _direct(
    cf: Figure, stated: Quantity | None, sf: Figure, names: dict[str, str]
) -> Evidence | None:
    """What `sf` says about `cf` (`stated`: `cf`'s value as rounded), or None when it is
    about something else."""
    if cf.value is None:
        if cf.date is None or sf.date is None or sf.value is not None:
            return None
        a, b = cf.claim, sf.claim
        if a and b and a.event and b.event and meaning(a.event) != meaning(b.event):
            return None
        if evidence.coverage(cf, sf) < evidence.COVERAGE or evidence.misplaced(cf, sf):
            return None
        rel = logic.date_relation(sf.date, cf.date)
        value: Quantity | DateInterval | None = sf.date
    else:
        if not evidence.addresses(cf, sf):
            return None
        converted = evidence.same_measure(cf, sf, short=True)
        assert converted is not None and cf.value is not None
        assert stated is not None
        as_part, may_contradict = evidence.as_part(cf, sf, converted)
        may_contradict = may_contradict and not evidence.said_short(cf, sf)
        rel = logic.UNDECIDED if as_part is None else logic.relation(as_part, stated)
        if rel == logic.CONTRADICTS and not (may_contradict and evidence.can_contradict(cf, sf)):
            rel = logic.UNDECIDED
        value = sf.value
    says = f'{names[sf.article_id]} says "{sf.text}"'
    if rel != logic.UNDECIDED and evidence.asks(sf) and not evidence.asks(cf):
        rel, says = logic.UNDECIDED, f'{names[sf.article_id]} asks of "{sf.text}"'
    explanation = {
        logic.SUPPORTS: f'{says}, which entails "{cf.text}"',
        logic.CONTRADICTS: f'{says}: no figure fits both it and "{cf.text}"',
        logic.UNDECIDED: f'{says}, which neither entails nor rules out "{cf.text}"',
    }[rel]
    if rel == logic.SUPPORTS and evidence.denies(sf) and not evidence.denies(cf):
        # "No, there is not a $2 trillion error": the source says it is not so
        rel, explanation = logic.CONTRADICTS, f'{says} in a clause that denies "{cf.text}"'

    return Evidence(
        claim_id=cf.id,
        relation=rel,
        claim_ids=(sf.id,),
        article_ids=(sf.article_id,),
        texts=(sf.text,),
        sentences=(sf.sentence,),
        value=value,
        derivation=None,
        explanation=explanation,
    )


def _operands(cf: Figure, source: Sequence[Figure]) -> list[tuple[Figure, float]]:
    out = []
    for sf in source:
        if sf.value is None or not evidence.same_frame(cf, sf):
            continue
        if evidence.asks(sf) and not evidence.asks(cf):
            continue
        if (sf.kind == "percent") != (cf.kind == "percent"):
            continue
        if evidence.coverage(cf, sf) < evidence.COVERAGE:
            continue
        if not evidence.may_count(cf, sf) or evidence.opposed(cf, sf) or evidence.unnamed(cf, sf):
            continue
        q = evidence.same_measure(cf, sf)
        if q is None or q.low is None or q.low != q.high:
            continue
        out.append((sf, q.low))
    return out


def _derived(
    cf: Figure, source: Sequence[Figure], givens: Sequence[Figure], names: dict[str, str]
) -> Evidence | None:
    """A figure the source implies that entails the claim's, the simplest first."""
    if cf.value is None or cf.value.low is None:
        return None
    operands = _operands(cf, source)
    if not operands:
        return None
    stated = {v for _, v in operands}
    given = [  # the claim's other figures, each fact once: none the source states too
        (g, g.value.low)
        for g in givens
        if g.value is not None
        and g.value.low is not None
        and g.value.low == g.value.high
        and g.value.low not in stated
    ]
    for d in arithmetic.derive(operands, given):
        q = Quantity(d.value, d.value, best=d.value, unit=cf.value.unit, exact=True)
        if logic.relation(q, logic.as_stated(cf.value, cf.text)) != logic.SUPPORTS:
            continue
        source_parts = [p for p in d.parts if p.article_id != cf.article_id]
        if "−" in d.formula and evidence.rest_unnamed(cf, source_parts):
            continue  # what is left of "nine people, including five Americans" is no kind
        article_id = source_parts[0].article_id
        return Evidence(
            claim_id=cf.id,
            relation=logic.SUPPORTS,
            claim_ids=tuple(p.id for p in source_parts),
            article_ids=(article_id,),
            texts=tuple(p.text for p in source_parts),
            sentences=tuple(dict.fromkeys(p.sentence for p in source_parts)),
            value=q,
            derivation=d.formula,
            explanation=(
                f"{names[article_id]} gives {d.formula} = {_number(d.value)}, "
                f'which entails "{cf.text}"'
            ),
        )
    return None


def weigh(
    cf: Figure,
    claim_figures: Sequence[Figure],
    sources: Sequence[Article],
    per_source: Sequence[Sequence[Figure]],
) -> Verdict:
    """The verdict on one claim figure; `per_source` holds each source's figures."""
    names = {a.id: _name(a) for a in sources}
    found: list[Evidence] = []
    stated = None if cf.value is None else logic.as_stated(cf.value, cf.text)
    for figs in per_source:
        for sf in figs:
            if (sf.value is None) != (cf.value is None):
                continue
            e = _direct(cf, stated, sf, names)
            if e is not None:
                found.append(e)
    supports = [e for e in found if e.relation == logic.SUPPORTS]
    if supports:
        return Verdict(cf.id, cf.text, "supported", supports[0].explanation, tuple(found))
    givens = [g for g in claim_figures if g is not cf]
    for figs in per_source:
        d = _derived(cf, figs, givens, names)
        if d is not None:
            return Verdict(cf.id, cf.text, "supported", d.explanation, (d, *found))
    against = [e for e in found if e.relation == logic.CONTRADICTS]
    if against:
        return Verdict(cf.id, cf.text, "contradicted", against[0].explanation, tuple(found))
    if found:
        return Verdict(cf.id, cf.text, "not_addressed", found[0].explanation, tuple(found))
    return Verdict(cf.id, cf.text, "not_addressed", f'no source has a figure about "{cf.text}"', ())


def overall(verdicts: Sequence[Verdict], frames: Collection[str] = ()) -> tuple[str, str]:
    """The whole claim's verdict and its one line.

    `frames` are the ids of the claim's time frames: its durations and dates ("highest
    in a decade", "in the first 6 months of 2010", "in 2050"). A frame no source says
    anything of (no evidence at all) does not hold back a claim whose other figures are
    supported: it keeps its own `not_addressed`, and the claim's line says it is unstated.
    """
    if not verdicts:
        return "not_addressed", "the claim states no figure or date to check"
    against = [v for v in verdicts if v.verdict == "contradicted"]
    if against:
        return "contradicted", against[0].explanation
    if all(v.verdict == "supported" for v in verdicts):
        return "supported", "; ".join(v.explanation for v in verdicts)
    unstated = [v for v in verdicts if v.claim_id in frames and not v.evidence]
    core = [v for v in verdicts if v not in unstated]
    if core and all(v.verdict == "supported" for v in core):
        left = ", ".join(f'"{v.text}"' for v in unstated)
        said = "; ".join(v.explanation for v in core)
        return "supported", f"{said} (no source figure addresses {left})"
    open_ = next(v for v in verdicts if v.verdict == "not_addressed")
    return "not_addressed", open_.explanation
