"""Linear time on any text (issue 14): the hostile shapes of bench/hostile.py grow in
proportion to the text, sentences are bounded in length, and markup that never closes
does not send the HTML parser back over the page at every "<".

The growth test compares CPU time on one input against the same shape four times as long,
within one run: a linear reader takes about 4x, a quadratic one 16x; the test fails past
8x. It asserts a ratio, never a timing, and checks first that its own measure tells a
quadratic function from a linear one.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claims
from claims.compare.blocking import _Partners, _some_partners
from claims.compare.settings import MAX_PARTNERS
from claims.text import MAX_SENTENCE

BENCH = Path(__file__).resolve().parent.parent / "bench"


sys.path.insert(0, str(BENCH))
import hostile  # noqa: E402  (bench/hostile.py: the shapes and how each is run)

#: Size of the small input (characters); the large one is four times as long.
SMALL = 3_000
#: A linear reader grows ~4x over a 4x longer input, a quadratic one ~16x.
MAX_GROWTH = 8.0


def _growth(run, small: str, large: str) -> float:
    """CPU time on `large` over CPU time on `small`, each the best of two runs."""

    def best(text: str) -> float:
        times = []
        for _ in range(2):
            started = time.process_time()
            run(text)
            times.append(time.process_time() - started)
        return min(times)

    run(small)  # lexicons and patterns load on first use
    return best(large) / max(best(small), 1e-6)


def test_the_measure_tells_quadratic_from_linear():
    def quadratic(text: str) -> None:
        for i in range(0, len(text), 2):
            text.find("x", 0, i)  # rescans the prefix: the bug this file guards against
            text[:i].count("1")

    def linear(text: str) -> None:
        for i in range(0, len(text), 2):
            text.find("x", max(0, i - 64), i)

    small, large = "1," * 4_000, "1," * 16_000
    assert _growth(quadratic, small, large) > MAX_GROWTH
    assert _growth(linear, small, large) < MAX_GROWTH


@pytest.mark.slow
@pytest.mark.parametrize("shape", hostile.SHAPES, ids=lambda s: s.name)
def test_every_hostile_shape_grows_linearly(shape):
    small, large = shape.build(SMALL), shape.build(4 * SMALL)
    growth = _growth(lambda text: hostile.run(shape, text), small, large)
    assert growth < MAX_GROWTH, f"{shape.name}: 4x the text took {growth:.1f}x the time"


# --------------------------------------------------------------------------- sentences


def test_a_run_with_no_sentence_end_is_cut_into_bounded_sentences():
    text = "1 " * 5_000
    sentences = claims.parse_document(text).sentences
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert sum(s.text.count("1") for s in sentences) == 5_000  # nothing is dropped


def test_a_long_run_of_lines_is_cut_at_line_breaks():
    # lines that join (no stop, the next in lower case), after a paragraph that is no title
    text = "Reports came in all day.\n\n" + "at least 6,000\n" * 500
    sentences = claims.parse_document(text).sentences[1:]
    assert len(sentences) > 1
    assert all(s.text.startswith("at least") and s.text.endswith("6,000") for s in sentences)
    figures = [q.quantity.low for s in sentences for q in claims.find_quantities(s.text)]
    assert figures == [6000] * 500  # every line still read, none cut in two


def test_a_run_without_spaces_is_cut_hard():
    text = "x" * (MAX_SENTENCE * 2 + 10)
    sentences = claims.parse_document(text).sentences
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE, MAX_SENTENCE, 10]


def test_a_long_sentence_within_the_cap_is_one_sentence():
    sentence = "Officials said " + ", ".join(["the fighting went on"] * 80) + "."
    assert len(sentence) < MAX_SENTENCE
    assert [s.text for s in claims.parse_document(sentence).sentences] == [sentence]


# --------------------------------------------------------------------------- HTML


def test_a_comment_left_open_hides_the_rest_of_the_page():
    page = "<p>Five people died in the attack.</p><!-- <p>Ten people died.</p>" + "<!--" * 50
    assert claims.parse_document(page, format="html").text == "Five people died in the attack."


def test_a_page_that_is_all_open_comments_has_no_visible_text():
    with pytest.raises(claims.InvalidInput, match="no visible text"):
        claims.parse_document("<!--" * 10_000, format="html")


def test_a_tag_that_never_closes_is_text():
    page = "<p>Five people died.</p> " + '<a b="' * 100
    document = claims.parse_document(page, format="html")
    assert document.text.startswith("Five people died.")
    assert [c.value.low for c in claims.extract(page, format="html").claims] == [5]


# --------------------------------------------------------------------------- partners


class _R:
    def __init__(self, order: int) -> None:
        self.order = order


def _partners_by_sorting(a, partners, most):
    """The rule as first written: sort every partner by distance, per claim."""
    others = [b for b in partners if b is not a]
    if len(others) > most:
        others.sort(key=lambda b: abs(b.order - a.order))
        others = others[:most]
    return others


@given(
    orders=st.lists(st.integers(0, 400), unique=True, max_size=120),
    pick=st.integers(0, 10_000),
    inside=st.booleans(),
)
def test_partner_search_by_bisection_picks_what_sorting_did(orders, pick, inside):
    members = [_R(o) for o in orders]
    a = members[pick % len(members)] if inside and members else _R(pick % 500 + 0.5)
    got = [b for _, b in _some_partners(a, _Partners(members))]
    assert got == _partners_by_sorting(a, members, MAX_PARTNERS)


# --------------------------------------------------------------------------- tables

#: Sentences of nothing but figures and calendar names, with no unit sign: tables, score
#: lines, list markers, datelines. None says what its figures count, so none states a
#: claim (docs/reading.md, "Sentences with no words").
TABLES = [
    "1 1 1 1 1 1 1 1 1 1",
    "1,1,1,1,1,1,1,1",
    "12 14 16 18",
    "12.",
    "2, 3, 5, 7, 11, 13.",
    "one hundred one hundred one hundred",
    "Twenty-one, thirty-two, forty-three.",
    "Monday Monday Monday",
    "February 7, February 7, February 7",
]

#: A figure with a unit sign and no word is still read: an amount, a share.
SIGNED = [("$2199.", "money"), ("45%.", "percent"), ("€5.", "money")]


@pytest.mark.parametrize("text", TABLES)
def test_a_sentence_of_bare_figures_states_no_claim(text):
    assert claims.extract(text).claims == ()


def test_the_figures_of_a_table_are_still_found_by_the_number_reader():
    assert [m.quantity.low for m in claims.find_quantities("12.")] == [12]  # no claim, though


@pytest.mark.parametrize(
    "text",
    [
        "Five people died.",
        "One hundred people died on Monday.",
        "On February 7, 2012, twenty-one were hurt.",
    ],
)
def test_one_word_that_is_no_figure_makes_a_sentence_of_words(text):
    assert claims.extract(text).claims


@pytest.mark.parametrize(("text", "kind"), SIGNED)
def test_a_figure_with_a_unit_sign_and_no_word_is_still_a_claim(text, kind):
    assert [c.kind for c in claims.extract(text).claims] == [kind]


def test_a_table_of_bare_figures_reads_no_figure(monkeypatch):
    # the table's figures are never handed to the number reader (a count of calls, not a
    # timing): "1 " * 50_000 once took 32 CPU s/MB, a whole reading for each figure
    article = sys.modules["claims.extract.article"]  # `claims.extract` names the function
    read = []
    real = article.find_quantities
    monkeypatch.setattr(article, "find_quantities", lambda text: read.append(text) or real(text))
    claims.extract("1 " * 5_000 + "\n\n" + "one hundred " * 500 + "\n\nFive people died.")
    assert read == ["Five people died."]


# --------------------------------------------------------------------------- memory

_WORDISH = st.text(alphabet="ab Pq.-’'_,;é1 ", max_size=200)


@given(text=_WORDISH, at=st.integers(0, 199))
def test_the_words_before_a_place_from_a_window_are_the_sentences_own(text, at):
    from claims.extract.places import _words_before, _words_before_in
    from claims.extract.words import _START, _words

    if at >= len(text):
        return
    words = _words(text)
    window = _words_before(text, at)
    if window is not None:
        assert window == _words_before_in(words, list(map(_START, words)), at)


def test_a_word_too_long_to_look_past_falls_back_to_the_sentences_words():
    from claims.extract.places import _words_before

    sentence = "from " + "x" * 100 + " Paris"
    assert _words_before(sentence, sentence.index("Paris")) is None
    assert [c.value.low for c in claims.extract(sentence + ": five people died.").claims] == [5]


def test_the_first_pass_builds_no_word_records_for_places(monkeypatch):
    # the places of a sentence are read from its text: the word records of a long text
    # were kept from the first pass to the second (news peaked at 42x its size)
    article = sys.modules["claims.extract.article"]
    built = []
    real = article._words
    monkeypatch.setattr(article, "_words", lambda text: built.append(text) or real(text))
    claims.extract("Officials in Paris met.\n\nThe talks in Berlin went on.")
    assert built == []  # no claim in either: no sentence's words were needed


# --------------------------------------------------------------------------- places


def test_a_run_of_tokens_that_open_no_longer_name_tries_one_candidate_each(monkeypatch):
    # "U.S. U.S. U.S. ...": a one-word place opens no longer name, so each token tries
    # itself alone, not _MAX_PLACE_WORDS candidates (a count of lookups, not a timing)
    places = sys.modules["claims.extract.places"]
    looked = []
    real = places._canonical_place
    monkeypatch.setattr(places, "_canonical_place", lambda n: looked.append(n) or real(n))
    places._places("U.S. " * 500, lambda: [])
    assert len(looked) == 500


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("He flew to the United Arab Emirates.", "United Arab Emirates"),
        ("Snow fell in NEW YORK on Monday.", "New York"),
        ("Police in Ho Chi Minh City said.", "Ho Chi Minh City"),
        ("He went to Papua New Guinea's capital.", "Papua New Guinea"),
    ],
)
def test_a_name_of_several_words_is_still_found_whole(sentence, name):
    places = sys.modules["claims.extract.places"]
    assert name in [p.name for p in places._places(sentence, lambda: [])]


# --------------------------------------------------------------------------- check


def test_sentences_copied_whole_need_no_fuzzy_search(monkeypatch):
    # the syndication test of two copies of one story compared every sentence of one with
    # every sentence of the other (rapidfuzz), so `check` of 25 long articles grew 2.4x
    # per doubling; a sentence copied whole is found by lookup (a count of searches)
    syndication = sys.modules["claims.compare.syndication"]
    searched = []
    real = syndication.process.extractOne
    monkeypatch.setattr(
        syndication.process, "extractOne", lambda *a, **k: searched.append(a) or real(*a, **k)
    )
    story = [f"sentence number {n} of the wire story about the attack" for n in range(40)]
    assert syndication._copies(story, list(reversed(story)))
    edited = [s + " today" if n % 2 else s for n, s in enumerate(story)]
    assert syndication._copies(story, edited)  # near copies are still matched, by search
    assert 0 < len(searched) <= 20


# --------------------------------------------------------------------------- dates

FIRST_DATES = [
    "Monday Monday Monday",
    "on February 7, 2012 and February 8",
    "from Monday to Friday, then Sunday",
    "2012-02-07 2012-02-08",
    "1-1-1-1-1-1",
    "said on Tuesday that Wednesday",
    "last week, this month",
    "no date here",
]


@pytest.mark.parametrize("text", FIRST_DATES)
@pytest.mark.parametrize("reference", [None, "2012-02-08"])
def test_the_first_date_is_the_first_that_find_dates_finds(text, reference):
    import datetime as dt

    from claims.dates.reader import first_date

    ref = dt.date.fromisoformat(reference) if reference else None
    every = claims.find_dates(text, ref)
    assert first_date(text, ref) == (every[0] if every else None)


def test_a_sentence_of_nothing_but_dates_reads_one(monkeypatch):
    # its time scope is its first date; the reader stops there (a count of readings)
    weekdays = sys.modules["claims.dates.reader"]
    read = []
    real = weekdays.read_weekday
    monkeypatch.setattr(weekdays, "read_weekday", lambda *a: read.append(a) or real(*a))
    claims.extract("Monday " * 250)  # one sentence (under MAX_SENTENCE)
    assert len(read) == 1


# --------------------------------------------------------------------------- HTML pages of figures

#: Lines of nothing but small figures (claims.text.FIGURE_LINE), and lines that are not:
#: a year, a date, a clock time, a decimal, a unit sign or a word make a line of its own.
FIGURE_LINES = ["1,", "12, 40", "1,000", "3; 4; 5", "7"]
NOT_FIGURE_LINES = ["2015", "2/22/2015", "12 / 16 / 08", "12:40", "1.5", "$5", "45%", "5 dead"]


@pytest.mark.parametrize("line", FIGURE_LINES)
def test_a_line_of_small_figures_is_a_figure_line(line):
    from claims.text import FIGURE_LINE

    assert FIGURE_LINE.fullmatch(line)


@pytest.mark.parametrize("line", NOT_FIGURE_LINES)
def test_a_line_with_a_year_date_clock_decimal_sign_or_word_is_not(line):
    from claims.text import FIGURE_LINE

    assert not FIGURE_LINE.fullmatch(line)


def test_a_page_of_figure_paragraphs_is_a_few_bounded_sentences():
    # "<p>1," * N: 20,000 paragraphs of one figure each made 20,000 sentences (2 CPU s/MB
    # and 55x the page in memory); past the top, figure lines after figure lines are one
    # sentence, cut at MAX_SENTENCE (a count of sentences, not a timing)
    from claims.lexicon.furniture import DATELINE_MAX_LINES

    page = "<p>1," * 20_000
    document = claims.parse_document(page, format="html")
    assert document.text == "\n\n".join(["1,"] * 20_000)
    assert len(document.sentences) <= DATELINE_MAX_LINES + 2 * len(document.text) // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in document.sentences)
    assert "".join(s.text for s in document.sentences).replace("\n", "") == "1," * 20_000


def test_figure_lines_at_the_top_stay_lines_of_their_own():
    # the title and datelines are read from the first lines: those are never merged
    from claims.lexicon.furniture import DATELINE_MAX_LINES

    text = "\n\n".join(["1,"] * DATELINE_MAX_LINES)
    assert [s.text for s in claims.parse_document(text).sentences] == ["1,"] * DATELINE_MAX_LINES


@pytest.mark.parametrize("line", NOT_FIGURE_LINES)
def test_a_line_that_is_no_figure_line_stays_a_sentence_of_its_own(line):
    text = "\n\n".join(["1,"] * 30 + [line] + ["1,"] * 3)
    assert line in [s.text for s in claims.parse_document(text).sentences]


def test_claims_around_a_table_of_figure_lines_are_read_as_before():
    table = "\n\n".join(["12, 40"] * 50)
    text = f"Five people died on Monday.\n\n{table}\n\nTwo more were hurt.\n\n{table}\n\n3"
    found = [(c.kind, c.value.low) for c in claims.extract(text).claims]
    assert found == [("deaths", 5), ("injuries", 2)]


def test_a_page_of_figure_paragraphs_stays_within_20x_its_size_in_memory():
    # the HTML parser's text went to a list of 40,000 small strings and the cleaner made
    # a line record and a Sentence for each paragraph: 55x (tracemalloc counts bytes, the
    # same from run to run; no timing)
    import tracemalloc

    page = "<p>1," * 20_000
    claims.extract(page[:1_000], format="html")  # lexicons and patterns load first
    tracemalloc.start()
    try:
        claims.extract(page, format="html")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= 20 * len(page)


@pytest.mark.parametrize("unit", ["1 ", "1,", "1-", "Monday ", "one hundred "])
def test_a_text_of_one_long_line_of_figures_stays_within_20x_its_size_in_memory(unit):
    # one 100 KB line of figures: matching it whole as a figure line kept a stack entry per
    # repeat of the pattern's group (105x); only short lines are tried
    import tracemalloc

    text = unit * (100_000 // len(unit))
    claims.extract(text[:1_000])  # lexicons and patterns load first
    tracemalloc.start()
    try:
        claims.extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= 20 * len(text)


@given(data=st.text(alphabet="ab1, \t\n\xa0\u2009.", max_size=60))
def test_fragment_text_is_collapsed_as_before_without_a_pattern_for_plain_pieces(data):
    # a piece of text whose only spaces are single " " is written as it is: the same as
    # collapsing its whitespace runs (one call fewer per piece of a page's text)
    from claims.html_text import HTML_SPACE, _VisibleText

    parser = _VisibleText()
    parser.handle_data(data)
    assert parser.parts.getvalue() == HTML_SPACE.sub(" ", data)
