"""The public entry: `extract` reads one article, walks its sentences carrying the passage's
place, time scope and victim, and applies the article-wide toll rules."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable

from claims.dates import find_dates
from claims.dates.reader import first_date
from claims.errors import InvalidInput, check_deadline
from claims.extract.gates import (
    _has_words,
    _may_hold_date,
    _may_hold_victim,
    _may_name_victim,
)
from claims.extract.location import (
    _CONFLICT_CUE_WORDS,
    _SHOOTING_REPORT,
    _article_places,
    _ArticlePlaces,
)
from claims.extract.one_person import _wounds_of_the_dead
from claims.extract.places import _most_specific, _Place, _places
from claims.extract.scope import _is_reporting_date
from claims.extract.sentence import _sentence_claims
from claims.extract.told_in_turn import _victims_in_turn
from claims.extract.tolls import _dead_not_also_injured, _shot_as_injured
from claims.extract.victims import _someone_shot
from claims.extract.words import _LOWER, _lower_words, _Word, _words
from claims.extract.wounded import _may_tell_wound
from claims.lexicon import claims as lex
from claims.model import Article, Claim, DateInterval, DateMention, Sentence
from claims.numbers import find_quantities
from claims.text import parse_document


def _as_date(value: object) -> dt.date | None:
    """The publication date a caller passed: a date, a datetime (its day) or an ISO
    "YYYY-MM-DD" string; anything else is refused by name rather than failing deep in
    the date reader."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InvalidInput(
        f"published must be a date, not {value!r}",
        field="published",
        hint="pass a datetime.date or an ISO date such as 2012-02-07",
    )


def _stable_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    format: str = "text",
    article_id: str | None = None,
    deadline: float | None = None,
) -> Article:
    """Read one article and return it with its claims.

    `published` (from the caller's metadata: a date or "YYYY-MM-DD") wins over a dateline found in the text;
    `published_basis` says which it was ("metadata", "dateline" or "unknown"). Relative
    dates ("on Monday", "yesterday") resolve against the publication date, or stay
    unresolved when there is none. Claim offsets index `Article.text`: the submitted text
    for plain input, the extracted text for HTML. Raises `InvalidInput` for text it
    cannot read (empty, binary); an article with no claims is an empty tuple, not an error.

    `deadline` is an instant of `time.monotonic()` by which the work must end: past it,
    `TimeBudgetExceeded` is raised at the next sentence (None: no limit).
    """
    if not isinstance(text, str):
        raise InvalidInput("text must be a string", field="text", hint="send the article as text")
    published = _as_date(published)
    document = parse_document(text, format=format)
    check_deadline(deadline, "the text")
    if published is not None:
        as_of, basis = published, "metadata"
    elif document.published is not None:
        as_of, basis = document.published, document.published_basis or "dateline"
    else:
        as_of, basis = None, "unknown"
    article_id = article_id or _stable_id(document.text)
    headline = title or document.title
    body = _body_sentences(document.text, document.sentences, headline)
    heading = Sentence(headline, 0, len(headline)) if headline and headline.strip() else None

    claims = _claims(article_id, heading, body, as_of, deadline)
    return Article(
        id=article_id,
        text=document.text,
        claims=claims,
        title=headline,
        source=source,
        url=url,
        published=as_of,
        published_basis=basis,
    )


#: How far into the text a headline printed as its first line may start.
_HEADLINE_REACH = 400


def _body_sentences(
    text: str, sentences: tuple[Sentence, ...], headline: str | None
) -> tuple[Sentence, ...]:
    """The sentences of the body: all but those of the headline when the text prints it
    near the top (it is read once, as the title)."""
    if not headline or not headline.strip():
        return sentences
    at = text.find(headline.strip(), 0, _HEADLINE_REACH + len(headline))
    if at < 0:
        return sentences
    end = at + len(headline.strip())
    return tuple(s for s in sentences if not (at <= s.start and s.end <= end))


def _claims(
    article_id: str,
    heading: Sentence | None,
    body: tuple[Sentence, ...],
    as_of: dt.date | None,
    deadline: float | None = None,
) -> tuple[Claim, ...]:
    """The claims of the headline (`heading`, offsets into the title) and of the body."""
    singles: set[str] = set()
    sentences = body if heading is None else (heading, *body)
    found = tuple(
        _sentence_walk(article_id, sentences, as_of, singles, heading is not None, deadline)
    )
    found = _wounds_of_the_dead(found, singles)
    found = _dead_not_also_injured(found, singles)
    found = tuple(_victims_in_turn(found, singles))
    return tuple(_shot_as_injured(found))


def _sentence_walk(
    article_id: str,
    sentences: tuple[Sentence, ...],
    as_of: dt.date | None,
    singles: set[str],
    titled: bool,
    deadline: float | None = None,
) -> Iterable[Claim]:
    # First pass: places per sentence, and the places the article is about.
    # Word records are built only for the sentences that need them (a place found, a
    # claim read); the gates below test each sentence's set of lower-cased words.
    words_of = _SentenceWords(sentences)
    sentence_places = [
        _places(s.text, lambda index=index: words_of(index)) for index, s in enumerate(sentences)
    ]
    # After the places: a sentence whose words they needed does not read them twice.
    sentence_lowers = _sentence_lowers(sentences, words_of.kept)
    article_places = _article_places(sentences, sentence_lowers, sentence_places)
    words_of.reading = True
    check_deadline(deadline, "places")
    yield from _read_sentences(
        article_id,
        sentences,
        sentence_lowers,
        sentence_places,
        words_of,
        as_of,
        article_places,
        singles,
        titled,
        deadline,
    )


def _dates(text: str, as_of: dt.date | None, worded: bool) -> tuple[DateMention, ...]:
    """A sentence's dates; of one with no words (`_has_words`), which states no claim,
    only the first, all its time scope needs (no word in it can make that date the
    report's: `_is_reporting_date` asks for "said", "announced"...)."""
    if not _may_hold_date(text):
        return ()
    if worded:
        return find_dates(text, as_of)
    first = first_date(text, as_of)
    return () if first is None else (first,)


class _Partial(frozenset):
    """A sentence's lower-cased words cut down to ARTICLE_WORDS (all the article-wide
    tests ask about); the second pass reads the sentence's words again in full."""


#: the words `_article_places` tests sentences for
ARTICLE_WORDS = _CONFLICT_CUE_WORDS | _SHOOTING_REPORT | lex.SHOOTING_WORDS


def _sentence_lowers(
    sentences: tuple[Sentence, ...], kept: list[list[_Word] | None]
) -> list[frozenset[str]]:
    """Each sentence's set of lower-cased words: in full up to KEPT_WORDS words in all,
    past that cut down to ARTICLE_WORDS (`_Partial`), so a long text stays small; equal
    sets are one object (a page of "1," paragraphs kept 20,000 copies of {"1"})."""
    out: list[frozenset[str]] = []
    same: dict[tuple[bool, frozenset[str]], frozenset[str]] = {}  # one set for repeats
    count = 0
    for sentence, words in zip(sentences, kept, strict=True):
        lowers = _lower_words(sentence.text) if words is None else frozenset(map(_LOWER, words))
        count += len(lowers)
        partial = count > _SentenceWords.KEPT_WORDS
        if partial:
            lowers = _Partial(lowers & ARTICLE_WORDS)
        out.append(same.setdefault((partial, lowers), lowers))
    return out


class _SentenceWords:
    """Each sentence's `_Word` records, built on first need. The first pass keeps those
    it builds, up to KEPT_WORDS in all, for the second; in the second (`reading`) a
    sentence's words are let go once a later sentence is read, so a long text never
    holds the words of all its sentences at once."""

    #: words the first pass keeps for the second (past that they are built again)
    KEPT_WORDS = 50_000

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self.sentences = sentences
        self.kept: list[list[_Word] | None] = [None] * len(sentences)
        self.reading = False
        self._count = 0
        self._first_kept = 0

    def __call__(self, index: int) -> list[_Word]:
        if self.reading:
            for before in range(self._first_kept, index):
                self.kept[before] = None
            self._first_kept = max(self._first_kept, index)
        words = self.kept[index]
        if words is None:
            words = _words(self.sentences[index].text)
            if self.reading or self._count + len(words) <= self.KEPT_WORDS:
                self.kept[index] = words
                self._count += 0 if self.reading else len(words)
        return words


def _read_sentences(
    article_id: str,
    sentences: tuple[Sentence, ...],
    sentence_lowers: list[frozenset[str]],
    sentence_places: list[list[_Place]],
    words_of: Callable[[int], list[_Word]],
    as_of: dt.date | None,
    article_places: _ArticlePlaces,
    singles: set[str],
    titled: bool,
    deadline: float | None = None,
) -> Iterable[Claim]:
    """Second pass: each sentence's claims, carrying from one sentence to the next the
    last place named, the last time scope and a victim someone might call "he". With
    `titled`, the first sentence is the headline."""
    focus_place: str | None = None
    focus_scope: tuple[str, DateInterval | None] | None = None
    seen_ids: set[str] = set()
    victim_context: list[str | None] = []  # per sentence: someone shot in it, or None
    for index, (sentence, lowers, places) in enumerate(
        zip(sentences, sentence_lowers, sentence_places, strict=True)
    ):
        if isinstance(lowers, _Partial):
            lowers = _lower_words(sentence.text)
        check_deadline(deadline, "sentences")
        shot_here = _someone_shot(sentence.text, lowers)
        # "He was taken to a hospital and died": a victim shot in this sentence or the
        # three before it (a noun such as "man", or "person" for a name)
        recent = [v for v in (*victim_context[-3:], shot_here) if v is not None]
        pronoun_victim = recent[-1] if recent else None
        victim_context.append(shot_here)
        worded = _has_words(sentence.text)
        quantities = find_quantities(sentence.text) if worded else ()
        dates = _dates(sentence.text, as_of, worded)
        locative = [p for p in places if p.locative]
        own_place = _most_specific(locative)

        if worded and (
            quantities
            or dates
            or _may_hold_victim(sentence.text, lowers)
            or _may_name_victim(sentence.text, lowers)
            or _may_tell_wound(lowers)
        ):
            yield from _sentence_claims(
                article_id,
                sentence,
                words_of(index),
                places,
                quantities,
                dates,
                as_of,
                own_place=own_place,
                focus_place=focus_place,
                article_places=article_places,
                pronoun_victim=pronoun_victim,
                focus_scope=focus_scope,
                seen_ids=seen_ids,
                singles=singles,
                in_title=titled and index == 0,
            )
        if own_place is not None:
            focus_place = own_place
        # the first date that is not the report's: "Monday Monday ..." tests one, not all
        scope_date = next(
            (d for d in dates if not _is_reporting_date(sentence.text, words_of(index), d)),
            None,
        )
        if scope_date is not None:
            focus_scope = (scope_date.text, scope_date.date)
