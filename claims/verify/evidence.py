"""Evidence: which of the sources' figures are about the same thing as a claim's.

A figure is one reading of either side: an extracted claim, or a bare number the
extractor left alone ("146 are left in the tank"), with the meanings of its subject and
of its sentence. A source figure addresses a claim figure when they measure the same
kind of thing (a count, money in one currency, a duration, a quantity of one
dimension), count the same subject (by meaning: "killed" = "died", "jobless" =
"unemployment"), sit in no other place or time, and the source's sentence says most of
what the claim's sentence says (`COVERAGE`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claims.compare.places import _contains, _place
from claims.compare.units import _in_unit
from claims.dates import find_dates
from claims.lexicon import claims as person_lex
from claims.lexicon import words as lex
from claims.model import Article, Claim, DateInterval, Quantity, Sentence
from claims.numbers import find_quantities
from claims.text import parse_document
from claims.verify.names import by_initials, headline, name_words, named, unnamed_in
from claims.verify.predicates import verb_before
from claims.verify.spans import own_clause, part_of_more, period, reached
from claims.verify.words import content_words, meaning

#: The share of a claim sentence's content words its evidence's sentence must hold.
COVERAGE = 0.5
#: ... to contradict it: a contradiction must be about the very same thing.
CONTRADICTION_COVERAGE = 0.8

#: Claim kinds that count people or things: one family, told apart by their subject.
_COUNTS = frozenset({"deaths", "injuries", "displaced", "detained", "vote", "count"})
#: Kinds that measure rather than count: they have no counted noun.
_MEASURES = frozenset({"money", "percent", "duration", "quantity"})
#: Casualty kinds: two different ones are never the same thing (killed vs injured).
_CASUALTIES = frozenset({"deaths", "injuries", "displaced", "detained"})


#: What can happen to the people counted: a count of one is no count of another.
_HARMS = frozenset(meaning(w) for w in ("killed", "injured", "arrested", "kidnapped"))


@dataclass(frozen=True, slots=True)
class Figure:
    """One reading of a claim or source: its value, what it counts, and its words."""

    id: str  # the claim id, or article id + offset for a bare number
    article_id: str
    kind: str
    text: str
    start: int
    end: int
    sentence: str
    value: Quantity | None
    date: DateInterval | None
    subject: frozenset[str]  # meanings of what is counted
    words: frozenset[str]  # meanings of the sentence's content words
    own: frozenset[str] = frozenset()  # meanings of the figure's own span's words
    part: str | None = None  # "more" ("another $215 billion"), "other" ("20 other"), or None
    event: str | None = None  # the meaning of what happened to what is counted
    location: str | None = None
    scope: DateInterval | None = None
    claim: Claim | None = None


_PERSON = meaning("people")
_PEOPLE = frozenset(meaning(w) for w in person_lex.PERSON_NOUNS | lex.MORE_PEOPLE) | {_PERSON}
_DIGITS = re.compile(
    r"""
    (?P<digits>\d[\d,]*(?:\.\d+)?)   # the first figure written in digits
    """,
    re.VERBOSE,
)


def _family(kind: str) -> str:
    return "count" if kind in _COUNTS else kind


def _claim_figure(c: Claim, article: Article) -> Figure:
    text, subject = own_clause(c)
    if c.kind in _CASUALTIES and c.event:
        subject = subject | {meaning(c.event)}
    return Figure(
        id=c.id,
        article_id=c.article_id,
        kind=c.kind,
        text=text,
        start=c.start,
        end=c.start + len(text),
        sentence=c.sentence,
        value=reached(article.text[: c.start], text, c.value),
        date=c.date,
        subject=subject,
        words=content_words(c.sentence),
        own=content_words(text),
        part=part_of_more(article.text[: c.start], text),
        event=meaning(c.event) if c.event else None,
        location=c.location,
        scope=c.scope_date if c.scope_date is not None and c.scope_date.resolved else None,
        claim=c,
    )


def _bare(
    article: Article,
    sentence: Sentence,
    start: int,
    end: int,
    kind: str,
    text: str,
    value: Quantity | None,
    date: DateInterval | None,
) -> Figure:
    return Figure(
        id=f"{article.id}:{sentence.start + start}",
        article_id=article.id,
        kind=kind,
        text=text,
        start=sentence.start + start,
        end=sentence.start + end,
        sentence=sentence.text,
        value=value,
        date=date,
        subject=frozenset(),
        words=content_words(sentence.text),
        own=content_words(text),
        part=part_of_more(sentence.text[:start], text),
    )


_PER_GAP = re.compile(
    r"""
    ^\s*(?P<gap>(?:[^\W\d_]+\s+){0,2})$   # at most two words ("of oil") between
    """,
    re.VERBOSE,
)
_PER_WORDS = re.compile(
    r"""
    ^(?i:a|an|per|each|every)\s   # "a day", "per year": a figure's rate
    """,
    re.VERBOSE,
)


def _rated(figs: list[Figure], text: str) -> list[Figure]:
    """Figures with a rate said a few words on merged ("1.5 million barrels of oil a
    day" is 1.5 million barrels per day: the duration goes into the unit)."""
    merged: dict[int, Figure] = {}
    dropped: set[int] = set()
    ordered = sorted(range(len(figs)), key=lambda i: figs[i].start)
    for i, j in zip(ordered, ordered[1:], strict=False):
        a, d = figs[i], figs[j]
        unit = a.value.unit if a.value is not None else None
        if (
            d.kind == "duration"
            and d.value is not None
            and d.value.low == 1
            and _PER_WORDS.search(d.text)
            and a.value is not None
            and unit
            and "/" not in unit
            and d.start >= a.end
            and _PER_GAP.search(text[a.end : d.start])
        ):
            rate = dataclasses.replace(a.value, unit=f"{unit} / {d.value.unit}")
            merged[i] = dataclasses.replace(a, value=rate)
            dropped.add(j)
    return [merged.get(i, f) for i, f in enumerate(figs) if i not in dropped]


def _placed(date: DateInterval) -> bool:
    """Whether a date is a figure: resolved, or a day and month said with no year to
    place them ("2 sept" in an undated headline)."""
    return date.start is not None or (date.day is not None and date.month is not None)


def figures(article: Article) -> tuple[Figure, ...]:
    """Every figure of an article: its claims, then the numbers and the dates (a year,
    a month, a day, "since 2009") no claim covers."""
    out = [
        _claim_figure(c, article)
        for c in article.claims
        if c.value is not None or (c.date is not None and c.date.resolved)
    ]
    covered = [(c.start, c.end) for c in article.claims]

    def free(sentence: Sentence, start: int, end: int) -> bool:
        a, b = sentence.start + start, sentence.start + end
        return not any(s < b and a < e for s, e in covered)

    for sentence in parse_document(article.text).sentences:
        for m in find_quantities(sentence.text):
            if free(sentence, m.start, m.end) and not period(sentence.text[: m.start], m.text):
                value = reached(sentence.text[: m.start], m.text, m.quantity)
                out.append(
                    _bare(article, sentence, m.start, m.end, m.dimension, m.text, value, None)
                )
        for d in find_dates(sentence.text, article.published):
            if _placed(d.date) and free(sentence, d.start, d.end):
                out.append(_bare(article, sentence, d.start, d.end, "date", d.text, None, d.date))
    return tuple(_rated(out, article.text))


def same_measure(a: Figure, b: Figure, *, short: bool = False) -> Quantity | None:
    """`b`'s value in `a`'s unit when both measure one kind of thing, else None; with
    `short`, a price said short (`said_short`) too."""
    if a.value is None or b.value is None:
        return None
    if _family(a.kind) != _family(b.kind):
        return None
    if a.kind in _CASUALTIES and b.kind in _CASUALTIES and a.kind != b.kind:
        return None
    q = _in_unit(b.value, a.value.unit)
    if q is None and short and said_short(a, b):
        return dataclasses.replace(b.value, unit=a.value.unit)
    return q


def _per(unit: str | None) -> tuple[str, str | None]:
    head, _, per = (unit or "").partition(" / ")
    return head.casefold(), per.casefold() or None


def said_short(a: Figure, b: Figure) -> bool:
    """Whether one is a price or a wage per something and the other the same money
    with the "per" left unsaid, as headlines say it ("a $15 minimum wage" is "$15/hour";
    "gold tops $1,500" is "$1500/oz"). Only money: "8 metres per second" is no length.
    Such a figure may support the other, never contradict it (the per is not said)."""
    if a.value is None or b.value is None or a.kind != "money" or b.kind != "money":
        return False
    (a_head, a_per), (b_head, b_per) = _per(a.value.unit), _per(b.value.unit)
    return bool(a_head) and a_head == b_head and (a_per is None) != (b_per is None)


def _said_with(source: Figure) -> frozenset[str]:
    """The words that may say what a source figure counts: its sentence's (a bare "20"
    may count the noun of another clause: "from its original 12 member states, CERN has
    now grown to 20"), but only its own clause's when it names nothing it counts and
    modifies a noun ("a 25-person counter-demonstration": "the Palestinians will hold
    their demonstration ..., and a 25-person counter-demonstration by Israelis will take
    place" counts no Palestinians)."""
    if source.subject:
        return source.words
    bounds = _bounds(source)
    if bounds is None or not source.sentence[bounds[1] : bounds[1] + 1] == "-":
        return source.words
    return clause(source)


def same_subject(claim: Figure, source: Figure) -> bool:
    """Whether both count the same thing: each one's counted noun is counted or named by
    the other ("16 members" and "16 NATO member countries"); a figure with no subject
    may count anything. A measure (money, a share, a duration, a quantity) has no
    counted noun, only what it is said of ("$1 billion fine", "a $50bn loan"): one
    side's naming what the other's is of is enough."""
    claim_ok = (
        not claim.subject
        or bool(claim.subject & (source.subject | _said_with(source)))
        or _people(claim, source)
    )
    source_ok = (
        not source.subject
        or bool(source.subject & (claim.subject | claim.words))
        or _people(claim, source)
    )
    if _family(claim.kind) in _MEASURES:
        return claim_ok or source_ok
    return claim_ok and source_ok and _names_claim_noun(claim, source)


def _nouns(figure: Figure) -> frozenset[str]:
    return figure.subject - {figure.event} if figure.event else figure.subject


def _names_claim_noun(claim: Figure, source: Figure) -> bool:
    """Every word of what the claim counts, beyond what befell it, is named by the
    source: "three people" killed does not say they were "three militants", nor "4
    banks" that they were "4 regional banks"; but "three militants" are three people,
    and people named by role ("seven soldiers and four civilians") may be the ones the
    claim names by nationality ("11 Israelis"). A name the claim counts by is named as
    the source may write it ("6 Georgia banks" are "6 George Banks", RedditNLI 0139)."""
    nouns, counted = _nouns(claim), _nouns(source)
    said = source.subject | _said_with(source)
    nouns = nouns - {n for n in nouns & name_words(claim.text) if named(n, said)}
    if nouns <= said or _people(claim, source):
        return True
    if not nouns <= _PEOPLE:
        return False
    if not counted:  # the source's figure names no one; its sentence names people
        counted = source.words & _PEOPLE
    return bool(counted) and counted <= _PEOPLE - {_PERSON}


def _people(claim: Figure, source: Figure) -> bool:
    """The claim counts "people" and the source counts a kind of people ("soldiers"),
    or, naming nothing, is said of people ("the number of adults and children living
    with HIV reached 39.4 million")."""
    nouns, counted = _nouns(claim), _nouns(source)
    if not nouns or not nouns <= {_PERSON}:
        return False
    return counted <= _PEOPLE if counted else bool(source.words & _PEOPLE)


_INCLUDING = re.compile(
    r"""
    (?P<cue>\b(?i:including|includes|among\ them|among\ whom))\W*$   # a part named of a whole
    """,
    re.VERBOSE,
)


def rest_unnamed(claim: Figure, parts: Iterable[Figure]) -> bool:
    """Whether a rest computed from a part "including" names ("nine people, including
    five Americans") is said to be of a kind no part's sentence names: the other four are
    people of no said kind, not "four Israelis"."""
    parts = tuple(parts)
    if not any(_INCLUDING.search(p.sentence[: max(p.sentence.find(p.text), 0)]) for p in parts):
        return False
    said = frozenset().union(*(p.words | p.subject for p in parts))
    return bool(_nouns(claim) - said)


def counts_people(figure: Figure) -> bool:
    """Whether a figure counts people ("five U.S. soldiers", "four Iraqi policemen")."""
    nouns = _nouns(figure)
    return bool(nouns & _PEOPLE)


def may_count(claim: Figure, source: Figure) -> bool:
    """Whether a source figure may be an operand of the claim's count: not another kind
    of the same thing. "4 blue balloons" are no part of "13 orange balloons", nor "3
    white orchids" of "27 red orchids": one word shared, another on each side that the
    other lacks. Things of another name may still be operands ("84 leaves" times "139
    ladybugs on each leaf"; "48 doughnuts" in "4 boxes")."""
    nouns, counted = _nouns(claim), _nouns(source)
    return not (nouns & counted and nouns - counted and counted - nouns)


def same_subject_strictly(claim: Figure, source: Figure) -> bool:
    """Every word of each one's counted noun is in the other ("seven swing states" is
    not "41 states"); both are claims the extractor read, not bare numbers."""
    if claim.claim is None or source.claim is None:
        return False
    return claim.subject <= (source.subject | source.words) and source.subject <= (
        claim.subject | claim.words
    )


def _alike(claim: Figure, source: Figure) -> bool:
    """Whether two figures that name nothing they count are said alike: what the
    claim's clause says up to its figure ("Nifty below", "Sensex rises") is all said
    in the source figure's clause ("Nifty50 at 8,400", "Sensex rises 103 points")."""
    if claim.subject or source.subject and not source.subject <= claim.words:
        return False
    mine = clause(claim, upto=True) - claim.own
    return bool(mine) and mine <= clause(source)


def can_contradict(claim: Figure, source: Figure) -> bool:
    """Whether a disagreement between the two would be a contradiction: the same
    subject, or two figures said alike (`_alike`), in sentences that say the same."""
    return (same_subject_strictly(claim, source) or _alike(claim, source)) and coverage(
        claim, source
    ) >= CONTRADICTION_COVERAGE


def same_event(claim: Figure, source: Figure) -> bool:
    """Nothing else happened to what each counts: "twelve Marines wounded" is not
    "twelve Marines died"; an event one names must be said in the other's sentence."""
    if claim.event is not None and claim.event not in source.words:
        return False
    # what a source says happened is extra detail, unless it is a casualty of another kind
    return source.event not in _HARMS or source.event in claim.words


def same_frame(claim: Figure, source: Figure) -> bool:
    """No other place and no other time."""
    if claim.location and source.location:
        a, b = _place(claim.location), _place(source.location)
        if a and b and a != b and not _contains(a, b) and not _contains(b, a):
            return False
    if claim.scope is not None and source.scope is not None:
        a, b = claim.scope, source.scope
        if a.start and b.start and a.end and b.end and (a.end < b.start or b.end < a.start):
            return False
    return True


_CLAUSE = re.compile(
    r"""
    (?P<boundary>[,;:]\s|[()]|\s(?i:while|whereas|but)\s|\.\.\.|…)   # where a clause ends
                              # (not the comma of "3,000%"; an ellipsis: "the best in
                              # everything... except for the part where 50%", RedditNLI)
    """,
    re.VERBOSE,
)
_OPPOSITE = {
    **{meaning(a): meaning(b) for a, b in lex.OPPOSITES},
    **{meaning(b): meaning(a) for a, b in lex.OPPOSITES},
}


def _bounds(figure: Figure) -> tuple[int, int, int] | None:
    """Where the figure's clause starts, where the figure ends, and where its clause
    ends, in its sentence; None when the figure is not found there."""
    at = figure.sentence.find(figure.text)
    if at < 0:
        return None
    cuts = [m.start() for m in _CLAUSE.finditer(figure.sentence)]
    start = max((c for c in cuts if c <= at), default=0)
    end = min((c for c in cuts if c >= at + len(figure.text)), default=len(figure.sentence))
    return start, at + len(figure.text), end


_RAW_WORD = re.compile(
    r"""
    (?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)   # a word with any inner apostrophe (isn't)
    """,
    re.VERBOSE,
)


#: How many words before a figure, in its clause, a negation denies it.
NEGATION_REACH = 8


def denies(figure: Figure) -> bool:
    """Whether a negation stands before the figure in its own clause, at most
    `NEGATION_REACH` words before it ("No, GDP isn't exceeding unemployment for the
    first time in 100 years"; "there is not a $2 trillion error"; but not "there are no
    reports so far as to whether any relatives have claimed the bodies of the four
    military men", nor a negation after the figure)."""
    bounds = _bounds(figure)
    if bounds is None:
        return False
    start, end_of_figure, _ = bounds
    before = figure.sentence[start : end_of_figure - len(figure.text)]
    words = [m.group("word").casefold().replace("’", "'") for m in _RAW_WORD.finditer(before)]
    return any(w in lex.NEGATIONS for w in words[-NEGATION_REACH:])


def asks(figure: Figure) -> bool:
    """Whether a figure is said in a question, which asserts nothing: "$300 billion tax
    cut coming from Obama?" neither says nor denies that Obama eyes one (RedditNLI 0246)."""
    return figure.sentence.rstrip(" \t\n\"'’”)]").endswith("?")


def clause(figure: Figure, *, upto: bool = False) -> frozenset[str]:
    """The meanings of the words of the figure's own clause: its sentence between the
    clause boundaries (a comma, a colon, "while", "but") around the figure; with `upto`,
    only as far as the figure's end (where an English predicate of a figure stands:
    "loses $374m", "added 161,000 jobs")."""
    bounds = _bounds(figure)
    if bounds is None:
        return figure.words
    start, end_of_figure, end = bounds
    if not upto:
        return content_words(figure.sentence[start:end])
    at = end_of_figure - len(figure.text)
    # a figure before this one in its clause has its own predicate ("added 161,000
    # jobs in October as unemployment dipped to 4.9%": "dipped" is 4.9%'s)
    before = [m.end() for m in _DIGITS.finditer(figure.sentence, start, at)]
    return content_words(figure.sentence[max([start, *before]) : end_of_figure])


_FIGURE = re.compile(
    r"""
    (?P<digit>\d)   # a clause that states a figure in digits
    """,
    re.VERBOSE,
)


def misplaced(claim: Figure, source: Figure) -> bool:
    """Whether the source says the claim's measure or date (anything but a count, whose
    noun places it) with another figure of its sentence: the source figure's clause names something the claim does not, and as
    many words of the claim's clause (up to its figure) stand only in another clause of
    the source's sentence that has a figure as stand in this one. "US exports rose
    10.5%" is not addressed by "exports rise 12.8% ..., while its imports gained 10.5%";
    "analysts were expecting earnings of 72 cents" is, by "reported a net income of 79
    cents per share, beating the estimate of 72 cents per share carried by analysts".
    "The assassination took place on the 7th of January" is not addressed by "the
    assassination ..., which took place on the 16th of November, as reported by the
    president on the 7th of January"."""
    bounds = _bounds(source)
    if bounds is None or _family(claim.kind) == "count":
        return False
    start, _, end = bounds
    here = content_words(source.sentence[start:end])
    if not here - claim.words - source.own:
        return False
    rest = source.sentence[:start] + " | " + source.sentence[end:]
    elsewhere = {
        w
        for part in _CLAUSE.split(rest)
        if part and _FIGURE.search(part)
        for w in content_words(part)
    }
    mine = clause(claim, upto=True) - claim.own
    away = (mine - here) & elsewhere
    return bool(away) and len(away) >= len(mine & here)


def unnamed(claim: Figure, source: Figure) -> bool:
    """Whether the claim figure's clause names someone or something the source's
    sentence never names (`claims.verify.names`; a title-case claim names nothing)."""
    bounds = _bounds(claim)
    if bounds is None or headline(claim.sentence):
        return False
    start, _, end = bounds
    return unnamed_in(claim.sentence, start, end, claim.own, source.words)


def opposed(claim: Figure, source: Figure) -> bool:
    """Whether the source's figure is said with the opposite predicate of the claim's:
    the source's clause says the opposite of a word of the claim's clause up to its
    figure ("reported net earnings of $374m" for "loses $374m"; "imports fell 3%" for
    "rose 3%"), and not that word itself."""
    mine, theirs = clause(claim, upto=True), clause(source)
    return any(_OPPOSITE.get(w) in theirs and w not in theirs for w in mine)


def coverage(claim: Figure, source: Figure) -> float:
    """The share of the claim sentence's content words (beyond what its figure counts,
    which `same_subject` weighs) that the source's sentence has."""
    words = claim.words - claim.own - claim.subject
    matched = len(words & (source.words | by_initials(claim.sentence, source.sentence)))
    if claim.event is not None and claim.event not in words and claim.event in source.words:
        # what befell the counted ("killed" = "died") is said in the source too
        words, matched = words | {claim.event}, matched + 1
    if not words:
        return 1.0
    return matched / len(words)


def specific(figure: Figure) -> bool:
    """Whether a figure is written with two or more significant digits ("175,000",
    "$16 billion", "3.1%"): such a figure, stated identically, names its fact ("1,000",
    "$20", "three" do not)."""
    m = _DIGITS.search(figure.text)
    if m is None:
        return False
    return len(m.group("digits").replace(",", "").replace(".", "").strip("0")) >= 2


def _identical(claim: Figure, source: Figure) -> bool:
    """The claim's specific figure, or its range of two figures ("5 % to 10 %", RTE-Quant
    0106), stated identically by the source."""
    q = same_measure(claim, source)
    if q is None or claim.value is None or q.low is None:
        return False
    c = claim.value
    if c.low is not None and c.high is not None and c.low < c.high and not c.bound:
        return not q.bound and (q.low, q.high) == (c.low, c.high) and not c.approximate
    return q.low == q.high == c.best and specific(claim)


def _verb(figure: Figure) -> str | None:
    """The verb right before a figure in its clause (`predicates.verb_before`)."""
    bounds = _bounds(figure)
    if bounds is None:
        return None
    start, end_of_figure, _ = bounds
    at = end_of_figure - len(figure.text)
    before = [m.end() for m in _DIGITS.finditer(figure.sentence, start, at)]
    return verb_before(figure.sentence[max([start, *before]) : at])


def _upto(figure: Figure) -> frozenset[str]:
    """The meanings of the words of a figure's sentence up to its end."""
    at = figure.sentence.find(figure.text)
    if at < 0:
        return figure.words
    return content_words(figure.sentence[: at + len(figure.text)])


def said_otherwise(claim: Figure, source: Figure) -> bool:
    """Whether both figures are said right after a verb, and they are two verbs: the
    claim's nowhere in the source's sentence up to its figure ("The City Council paid
    $7,300" is not "The City Council recently budgeted $7,300 to pay for training": a
    purpose after the figure is not what was done with it, RTE-Quant 0040; "Teva earns
    $7 billion a year" is not "Teva will generate sales of about $7 billion a year")."""
    mine = _verb(claim)
    if mine is None or mine in _upto(source):
        return False
    theirs = _verb(source)
    return theirs is not None and theirs != mine


def addresses(claim: Figure, source: Figure) -> bool:
    """Whether `source` is about the same thing as `claim`: the same measure, subject,
    event, place and time, and the source's sentence says most of what the claim's says,
    unless it states the claim's specific figure identically."""
    return (
        same_measure(claim, source, short=True) is not None
        and same_subject(claim, source)
        and same_event(claim, source)
        and same_frame(claim, source)
        and not opposed(claim, source)
        and not said_otherwise(claim, source)
        and not misplaced(claim, source)
        and not unnamed(claim, source)
        and (
            coverage(claim, source) >= COVERAGE
            or coverage(dataclasses.replace(claim, words=clause(claim)), source) >= COVERAGE
            or _identical(claim, source)
        )
    )


def as_part(claim: Figure, source: Figure, value: Quantity) -> tuple[Quantity | None, bool]:
    """The source's value as it bears on the claim's when one is a part, and whether a
    disagreement between them could be a contradiction.

    "The 20 other languages" says there are at least 21 in all. An increment ("tariffs
    on another $16 billion") states its own figure ($16 billion of tariffs) but nothing
    of a whole, so it may support a claim's bare figure, never contradict it ("may need
    another $215 billion" against "may need $363 billion"). A whole says nothing of a
    claim's increment (None: it cannot decide), but the amount of a change does: "increase
    production by 1.5 million barrels a day" is "another 1.5 million barrels of oil a day"
    (RedditNLI 0014), though it may not contradict it. Else a change is a figure like any."""
    if claim.part == "more" and source.part == "change":
        return value, False
    claim_part = None if claim.part == "change" else claim.part
    source_part = None if source.part == "change" else source.part
    if claim_part == source_part:
        return value, True
    if source_part == "other" and claim_part is None and value.unit is None and value.low:
        whole = dataclasses.replace(
            value, low=value.low + 1, high=None, exact=False, bound=True, ceiling=None
        )
        return whole, True
    if source_part == "more" and claim_part is None:
        return value, False
    return None, False


def with_value(figure: Figure, value: Quantity) -> Figure:
    return dataclasses.replace(figure, value=value)


def all_figures(articles: Iterable[Article]) -> tuple[Figure, ...]:
    return tuple(f for a in articles for f in figures(a))
