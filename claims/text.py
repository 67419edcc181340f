"""Clean an article: drop page furniture, find title and dateline, split sentences.

The text is read line by line. A line is page furniture (a share button, a newsletter
prompt, a copyright or tag line, a byline, a captcha...), a dateline, the opening of the
reader-comment section (which ends the article), or article content. Content lines are
split into sentences. Every offset indexes `Document.text`: the submitted text itself
for plain input, or the visible text extracted from HTML.

The tables of phrases live in claims.lexicon.furniture; this module builds its patterns
from them. All patterns are linear-time (google-re2's subset) and each line is tried
against a handful of anchored patterns, so cleaning runs far faster than the stages
after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from claims.errors import InvalidInput
from claims.html_text import read_html
from claims.lexicon import furniture as lex
from claims.model import Document, Sentence, Span

FORMATS = ("text", "html")

#: Share of control or replacement characters above which a text is taken for binary
#: or wrongly decoded data rather than an article.
MAX_CONTROL_SHARE = 0.10

#: The longest sentence, in characters: a longer run with no sentence end is cut, at
#: a line break, else a space, else hard, so the work per sentence stays bounded on any
#: input. The longest prose sentence in the GVC and ECB+ news corpora is ~1,400
#: characters; only unpunctuated transcripts and hostile input reach the cap.
MAX_SENTENCE = 2000


def _phrase(phrase: str) -> str:
    """A table phrase as a pattern: any whitespace run between words, either apostrophe."""
    words = (re.escape(word).replace("'", "['’]") for word in phrase.split())
    return r"\s+".join(words)


def _alternation(phrases: Iterable[str]) -> str:
    """Longest phrase first, so "Related Items" is tried before "Related"."""
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


# --------------------------------------------------------------------------- patterns

#: One non-blank line, trimmed: from its first non-space character to its last.
LINE = re.compile(r"\S(?:[^\n\r]*\S)?")

#: Characters that do not occur in text a person wrote (C0/C1 controls but tab, line
#: breaks and form feed).
CONTROL_CHARACTER = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")

#: A line of nothing but small figures ("1,", "12, 40", "1,000"): no word, no unit sign,
#: no year, date, clock time or decimal. Consecutive such lines past the top of a text
#: are one content entry, and so one sentence (to MAX_SENTENCE), not one each.
FIGURE_LINE = re.compile(
    r"""
    [,;\s]* \d{1,3}                  # a figure of one to three digits
    (?: [,;\s]+ \d{1,3} )* [,;\s]*  # more, each after a comma, semicolon or space
    """,
    re.VERBOSE,
)
#: Only a line this short is tried as a figure line: Python's `re` keeps a stack entry per
#: repeat of FIGURE_LINE's group, so "1 " * 50,000 on one line took 10 MB to match (and a
#: line that long is one entry already, with nothing to merge).
FIGURE_LINE_MAX = 200

#: The line that opens the reader-comment section: a counter ("COMMENTS (1)", "Comments
#: 0") or a widget line ("Leave a Reply", "Replying to X", "name | 12 years ago | Reply").
COMMENT_SECTION = re.compile(
    rf"""
    (?: \d+ \s* )?                                  # a count before: "0 Comments"
    (?:
        (?P<counter> {_alternation(lex.COMMENT_COUNTERS)} )
      | (?P<widget> {_alternation(lex.COMMENT_SECTION_LINES)} )
    )
    \s* (?: \( \s* \d+ \s* \) | \d+ )? \s* [.:!]?      # or after: "COMMENTS (1)", "Comments 0"
  | (?P<prefix> {_alternation(lex.COMMENT_SECTION_PREFIXES)} ) .*   # a comment widget line
  | (?P<header> [^|\n]{{1,80}} \| \s* \d+ \s+          # "name | 12 years ago | Reply"
        (?: {_alternation(lex.COMMENT_AGE_UNITS)} ) s? \s+ ago \s* \| \s* Reply .* )
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)

#: A whole line (or sentence) of page furniture. Tried with fullmatch.
FURNITURE_LINE = re.compile(
    rf"""
    (?:
        [\W_]*                                            # rules and ornaments: "___", "—"
      | (?: \d+ \s* )?                                   # a counter: "1Like our page"
        (?: {_alternation(lex.FURNITURE_LINES)} )         # a widget label or slogan
        \s* [.:!…]*
      | (?: \d+ \s* | >> \s* )?                           # "1Like", ">>Download the app"
        (?: {_alternation(lex.FURNITURE_PREFIXES)} ) .*   # a prompt, tag or source line
      | (?: {_alternation(lex.LANGUAGE_LINKS)} )          # a link to another edition,
        (?: \s+ [WH] \d{{2,4}} )*                         # with its image-size tokens
      | [WH] \d{{2,4}} (?: \s+ [WH] \d{{2,4}} )*          # image-size tokens: "W460"
      | (?: \d{{1,3}} | {_alternation(lex.CAPTCHA_NUMBER_WORDS)} )   # captcha: "10 + five ="
        \s* [-+x×*] \s*
        (?: \d{{1,3}} | {_alternation(lex.CAPTCHA_NUMBER_WORDS)} )
        \s* = \s* (?: \d{{1,3}} | \? )?
      | (?: :: | » ) .*                                   # a related link: ":: Who's Who"
      | \(? \s* (?: © | \(c\) ) .*                        # "© AFP 2015", "(© 2016 KHOU)"
      | Copyright \s* (?: © | \(c\) | \d{{4}} ) .*        # "Copyright 2016 WFAA"
      | Copyright \s+ [^.!?\n]{{1,80}}                    # "Copyright Associated Press"
      | [^@\n]{{0,100}} [\w.+-]+ @ [\w-]+ (?: \. [\w-]+ )+   # a short line with an e-mail
        [^@\n]{{0,60}}                                    # address: a reporter's contact
      | (?: Twitter: \s* )? @ \w+                         # a social handle
      | [—–-] \s* [^(\n]{{1,80}} \( @ \w+ \) [^\n]{{0,40}}  # an embedded tweet's signature
      | (?: https?:// | www\. ) \S*                       # a bare link
      | \(? \d{{3}} \)? [\s.-]? \d{{3}} [\s.-] \d{{4}}     # a phone number
    )
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)

#: Copyright, trademark and terms notices anywhere in a short line, lower-cased (a
#: substring test is far faster than a regex search).
_FURNITURE_PHRASES = tuple(p.lower() for p in lex.FURNITURE_PHRASES)

#: The first word of a line, after any counter ("1Like our page" -> "Like") or opening
#: quote (no furniture pattern starts with one, and quoted speech is common); empty
#: when the line opens with other punctuation or a symbol ("©", "::", "(Photo:").
FIRST_WORD = re.compile(r"[\d\s\"'“‘]*(?P<word>[^\W\d_]*)")

#: The first words the furniture patterns can start with: the tables' own, and those of
#: the hand-written patterns (image sizes W460/H300, links, copyright lines).
_FURNITURE_OPENERS = frozenset(
    FIRST_WORD.match(phrase)["word"].lower()  # type: ignore[index]
    for table in (
        lex.COMMENT_COUNTERS,
        lex.COMMENT_SECTION_LINES,
        lex.COMMENT_SECTION_PREFIXES,
        lex.FURNITURE_LINES,
        lex.FURNITURE_PREFIXES,
        lex.LANGUAGE_LINKS,
        lex.CAPTCHA_NUMBER_WORDS,
        lex.BYLINE_OPENERS,
        ("W460", "H300", "http", "https", "www", "Copyright", "Twitter"),
    )
    for phrase in table
) - {""}

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_OUTLET_WORD = rf"(?:[A-Z][\w'’.&-]*|{'|'.join(lex.BYLINE_JOINERS)})"

#: Furniture that needs case to be told from prose: bylines ("By Jane Smith" but not
#: "By Monday, police had...") and video playlist teasers ("2:40 Raw video: ...").
FURNITURE_LINE_CASED = re.compile(
    rf"""
    (?:
        (?: {_alternation(lex.BYLINE_OPENERS)} ) \s* :? \s+   # "By", "By:", "Story by"
        {_NAME}                                              # a capitalised name
        (?: \s* (?: , | and | & ) \s* {_NAME} )*             # more names
        (?: \s* [,|/–—-] \s* {_OUTLET_WORD}                   # ", Associated Press"
            (?: \s+ {_OUTLET_WORD} ){{0,6}} )?
        \s* [.|:]?
      | \d{{1,2}} : \d\d \s+ [A-Z'"‘“] [^.!?\n]*              # "2:40 Raw video: ..." teaser
    )
    """,
    re.VERBOSE,
)

#: The parts a dateline is made of; whatever else stands on the line is counted.
DATELINE_PART = re.compile(
    rf"""
    (?P<mdy>                                            # "February 07, 2012", "Sep. 9 2013"
        \b (?P<mdy_month> {_alternation(lex.MONTHS)} ) \b \.? \s*
        (?P<mdy_day> \d{{1,2}} ) (?: st | nd | rd | th )? \s* ,? \s*
        (?P<mdy_year> (?: 19 | 20 ) \d\d )              # a clock time may be glued on
    )
  | (?P<dmy>                                            # "09 Sep 2013", "12 March, 2014"
        \b (?P<dmy_day> \d{{1,2}} ) (?: st | nd | rd | th )? \s+ (?: of \s+ )?
        (?P<dmy_month> {_alternation(lex.MONTHS)} ) \b \.? \s* ,? \s*
        (?P<dmy_year> (?: 19 | 20 ) \d\d )
    )
  | (?P<iso>                                            # "2014-03-12T10:00:00Z"
        \b (?P<iso_year> (?: 19 | 20 ) \d\d ) - (?P<iso_month> \d\d ) - (?P<iso_day> \d\d )
        (?: T [\d:.]+ (?: Z | [+-] \d\d :? \d\d )? )?
    )
  | (?P<numeric>                                        # "2/22/2015" (US order unless day > 12)
        \b (?P<num_first> \d{{1,2}} ) [ ]? / [ ]? (?P<num_second> \d{{1,2}} ) [ ]? / [ ]?
        (?P<num_year> (?: 19 | 20 ) \d\d | \d\d ) \b  # "03 / 14 / 2013", "12 / 16 / 08"
    )
  | (?P<clock> \d{{1,2}} (?: : \d\d ){{1,2}} \s* (?: [ap] \.? m \b \.? )? )   # "3:35am"
  | (?P<weekday> \b (?: {_alternation(lex.WEEKDAYS)} ) \b \.? )
  | (?P<zone> \b (?: {_alternation(lex.TIME_ZONES)} ) \b )
  | (?P<label> \b (?: {_alternation(lex.DATELINE_LABELS)} ) \b \s* :? )
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A dateline has a year (19xx or 20xx, or two digits closing a slashed date: "12 / 16
#: / 08"); a line without one is not tried further.
YEAR = re.compile(r"(?:19|20)\d\d|/[ ]?\d\d\b")

#: A word left on a dateline line once its date parts are taken out.
OTHER_WORD = re.compile(r"[^\W\d_]{2,}")

#: A social handle on a would-be dateline marks an embedded tweet's signature instead.
HANDLE = re.compile(r"@\w")

#: The end of a sentence: a stop, closing quotes that stay with it, and the space after.
SENTENCE_END = re.compile(
    r"""
    (?P<stop> [.!?…] [.!?…]* )     # one stop or a run of them ("?!", "..."); written
                                   # out twice as a leading repeat slows the scan
    (?P<close> ["'”’»)\]]* )       # closing quotes and brackets stay with the sentence
    (?P<gap> \s* )                 # the space before the next sentence: optional, so a
                                   # match never fails and "...." is not rescanned
    """,
    re.VERBOSE,
)

#: The first word after a candidate sentence end, past any opening quote or bracket.
NEXT_WORD = re.compile(
    r"""
    ["'“‘(\[]*                    # opening quotes or brackets
    (?P<word> \w+ )                # the word
    """,
    re.VERBOSE,
)

#: The token before a glued stop: letters alone back to a space or an opening quote, so
#: "http://www.ModestoNews.org" is no join.
GLUED_BEFORE = re.compile(
    r"""
    (?: ^ | [\s"'“‘(\[] )                      # a space or an opening quote before it
    (?P<word> [^\W\d_]+ (?: [-'’][^\W\d_]+ )? )  # letters: "injured", "O'Neil"
    $                                          # up to the stop
    """,
    re.VERBOSE,
)

#: The word after a glued stop: letters to a space or a punctuation mark, not to a stop
#: and a letter ("ModestoNews.org" is a domain).
GLUED_AFTER = re.compile(
    r"""
    (?P<word> [^\W\d_]+ (?: [-'’][^\W\d_]+ )* )   # "According", "Twenty-one"
    (?: $ | [\s,;:!?"'”’)\]] | \. (?: $ | \W ) )     # then a space, a mark or a stop
    """,
    re.VERBOSE,
)

#: The one-letter words that open a glued sentence, with their space ("injured.A third
#: suspect", GVC dev 8b269a11).
_GLUED_ONE_LETTER_WORDS = frozenset({"A ", "I "})

#: How far around a glued stop its tokens are read.
_GLUE_REACH = 40

_MONTHS = {name: number for name, number in lex.MONTHS.items()}
_TITLE_ABBREVIATIONS = frozenset(lex.TITLE_ABBREVIATIONS)
_OTHER_ABBREVIATIONS = frozenset(lex.OTHER_ABBREVIATIONS)
_SENTENCE_OPENERS = frozenset(lex.SENTENCE_OPENERS)
_DATELINE_FILLERS = frozenset(lex.DATELINE_FILLERS)
_OPENING_PUNCTUATION = "\"'“‘([«"
_LINE_END_PUNCTUATION = ".!?:;\"'”’)…"
_STAMP_SEPARATORS = " \t(|-–—:,"


# --------------------------------------------------------------------------- public


def parse_document(text: str, *, format: str = "text") -> Document:
    """Read plain text or HTML into a `Document` (see claims.model).

    For ``format="text"`` `Document.text` is `text` unchanged; for ``format="html"`` it
    is, for a whole page, the headline and body trafilatura extracts (cookie banners,
    share bars, bylines, captions, comments and teasers dropped; one paragraph per
    block), and for a fragment its visible text (scripts, styles, navigation, sidebars
    and footers dropped; block elements on their own lines; entities decoded). Every
    offset in the result indexes `Document.text`.

    Page furniture (reader comments and everything after them, share and newsletter
    prompts, captchas, tag, copyright and byline lines...) is listed in `furniture` and
    never yields a sentence. `title` is the first content line when it reads as a
    headline; `published` comes from a dateline near the top of the page
    (`published_basis` "dateline"), or for HTML from its publication-time metadata
    (htmldate, through trafilatura, for a whole page: "metadata"), else it is None
    ("unknown").

    Raises `InvalidInput` for an unknown format, an empty text or binary data.
    """
    if format not in FORMATS:
        raise InvalidInput(
            f"unknown format {format!r}", field="format", hint="use 'text' or 'html'"
        )
    if not isinstance(text, str):
        raise InvalidInput(
            f"text must be a string, not {type(text).__name__}",
            hint="decode the article to a str (UTF-8) first",
        )
    meta_title: str | None = None
    meta_published: dt.date | None = None
    if format == "html":
        _check_readable(text)
        page = read_html(text)
        text, meta_title, meta_published = page.text, page.title, page.published
        if not text:
            raise InvalidInput(
                "the HTML has no visible text",
                hint="send the article page itself, not an empty or script-only page",
            )
    _check_readable(text)
    return _clean(text, meta_title, meta_published)


# --------------------------------------------------------------------------- checks


def _check_readable(text: str) -> None:
    if not text.strip():
        raise InvalidInput("text is empty", hint="send the article's text (plain text or HTML)")
    if "\x00" in text:
        raise InvalidInput(
            "text contains NUL bytes: it looks like binary data, not an article",
            hint="send the article as text; extract the text of PDF or Word files first",
        )
    strange = len(CONTROL_CHARACTER.findall(text)) + text.count("\ufffd")
    share = strange / len(text)
    if share > MAX_CONTROL_SHARE:
        raise InvalidInput(
            f"text is {share:.0%} control or replacement characters: it looks like "
            "binary or wrongly decoded data, not an article",
            hint="decode the article with its real character set (usually UTF-8)",
        )


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True, slots=True)
class _Dateline:
    date: dt.date
    span: Span
    glued: bool  # "20125:21": the year runs into a clock time


def _line_kind(line: str) -> str:
    """What a line is: "comments" (it opens the comment section), "counter" (a comment
    counter: it opens the section below the top of the page), "furniture" or "content"."""
    if len(line) > lex.MAX_FURNITURE_LINE:
        return "content"
    if _may_open_furniture(line):
        opening = COMMENT_SECTION.fullmatch(line)
        if opening:
            return "counter" if opening["counter"] else "comments"
        if FURNITURE_LINE.fullmatch(line) or FURNITURE_LINE_CASED.fullmatch(line):
            return "furniture"
    if any(map(line.lower().__contains__, _FURNITURE_PHRASES)):
        return "furniture"
    return "content"


def _line_kind_of(line: str, seen: dict[str, str]) -> str:
    """`_line_kind`, tested once per distinct short line of a page (`seen`: the kinds so
    far): menus, prompts and bylines repeat, and a page of "<p>1," is one line 20,000
    times."""
    if len(line) > lex.MAX_FURNITURE_LINE:
        return "content"
    kind = seen.get(line)
    if kind is None:
        kind = seen[line] = _line_kind(line)
    return kind


def _is_furniture_sentence(sentence: str) -> bool:
    """A prompt inside a paragraph: "... Click here for reuse options!"."""
    if len(sentence) > lex.MAX_FURNITURE_LINE:
        return False
    return _may_open_furniture(sentence) and bool(
        FURNITURE_LINE.fullmatch(sentence) or FURNITURE_LINE_CASED.fullmatch(sentence)
    )


def _may_open_furniture(line: str) -> bool:
    """Whether the line's first word can open a furniture pattern at all: the patterns
    are only tried on such lines, which keeps cleaning fast."""
    opener = FIRST_WORD.match(line)["word"].lower()  # type: ignore[index]
    return (
        not opener
        or opener in _FURNITURE_OPENERS
        or line[0].isdigit()  # counters, captchas ("3 x four ="), playlist times
        or "|" in line
        or "@" in line
    )


def _read_dateline(line: str, offset: int) -> _Dateline | None:
    """The publication stamp on a line near the top, if the line is (or ends in) one."""
    if len(line) > 200 or not YEAR.search(line):
        return None
    parts = list(DATELINE_PART.finditer(line))
    dates = [m for m in parts if m.lastgroup not in ("clock", "weekday", "zone", "label")]
    if not dates:
        return None
    first = dates[0]
    labels = [m for m in parts if m.lastgroup == "label" and m.start() < first.start()]
    stamp_start = labels[0].start() if labels else 0
    if not line[:stamp_start].strip(_STAMP_SEPARATORS):
        stamp_start = 0  # "(Published Sunday, ...)": the stamp is the whole line
    others = 0
    position = stamp_start
    for part in parts:
        if part.start() < stamp_start:
            continue
        others += _count_other_words(line[position : part.start()])
        position = part.end()
    others += _count_other_words(line[position:])
    if others > lex.DATELINE_MAX_OTHER_WORDS or HANDLE.search(line, stamp_start):
        return None
    date, glued = _date_of(first, line)
    if date is None:
        return None
    return _Dateline(date, Span(offset + stamp_start, offset + len(line)), glued)


def _count_other_words(gap: str) -> int:
    return sum(1 for w in OTHER_WORD.findall(gap) if w.lower() not in _DATELINE_FILLERS)


def _date_of(match: re.Match[str], line: str) -> tuple[dt.date | None, bool]:
    kind = match.lastgroup
    glued = False
    if kind == "mdy":
        year, month, day = match["mdy_year"], _month(match["mdy_month"]), match["mdy_day"]
        glued = line[match.end() : match.end() + 1].isdigit()
    elif kind == "dmy":
        year, month, day = match["dmy_year"], _month(match["dmy_month"]), match["dmy_day"]
        glued = line[match.end() : match.end() + 1].isdigit()
    elif kind == "iso":
        year, month, day = match["iso_year"], int(match["iso_month"]), match["iso_day"]
    else:
        first, second = int(match["num_first"]), int(match["num_second"])
        month, day = (second, first) if first > 12 else (first, second)
        year = match["num_year"]
        if len(year) == 2:  # "12 / 16 / 08": this century up to 2049, else the last
            year = ("20" if int(year) < 50 else "19") + year
    try:
        return dt.date(int(year), month, int(day)), glued
    except ValueError:
        return None, glued


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _looks_like_headline(line: str) -> bool:
    """Short, no final stop, one sentence: "Russia stands by ally Syria as strikes loom"."""
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 200
        and line[-1] not in ".,;:"
        and len(_sentence_spans(line, 0, len(line))) == 1
    )


# --------------------------------------------------------------------------- cleaning


def _clean(text: str, meta_title: str | None, meta_published: dt.date | None) -> Document:
    # Lines are (start, end, paragraph) with `paragraph` true when a blank line (or the
    # top of the text) comes before: plain tuples, as this loop runs once per line.
    content: list[tuple[int, int, bool]] = []
    furniture: list[Span] = []
    kinds: dict[str, str] = {}  # each distinct short line's kind
    datelines: list[_Dateline] = []
    in_top = True  # among the first lines, where datelines stand
    figures_before = False  # the last line was a figure line (FIGURE_LINE) of content
    previous_end = 0
    for number, match in enumerate(LINE.finditer(text)):
        start, end = match.span()
        paragraph = (
            previous_end == 0
            or text.count("\n", previous_end, start) > 1
            or text.count("\r", previous_end, start) > 1
        )
        previous_end = end
        words = match.group()
        if in_top:
            in_top = number < lex.DATELINE_MAX_LINES and start < lex.DATELINE_MAX_CHARS
        if in_top:
            dateline = _read_dateline(words, start)
            if dateline is not None:
                datelines.append(dateline)
                furniture.append(dateline.span)
                words = words[: dateline.span.start - start].rstrip(_STAMP_SEPARATORS)
                if not words:
                    figures_before = False
                    continue
                end = start + len(words)
        kind = _line_kind_of(words, kinds)
        figures = (
            kind == "content"
            and len(words) <= FIGURE_LINE_MAX
            and FIGURE_LINE.fullmatch(words) is not None
        )
        if figures and figures_before and len(content) > lex.DATELINE_MAX_LINES:
            # past the title's and datelines' lines: a figure line after a figure line
            # carries on its entry ("<p>1," * N made 20,000 sentences)
            content[-1] = (content[-1][0], end, content[-1][2])
        elif kind == "content":
            content.append((start, end, paragraph))
        elif content and (
            kind == "comments" or (kind == "counter" and number >= lex.COMMENT_COUNTER_TOP_LINES)
        ):
            # The comment section: it and everything after it is not the article.
            furniture.append(Span(start, len(text.rstrip())))
            break
        else:
            furniture.append(Span(start, end))
        figures_before = figures

    title = None
    if content and _looks_like_headline(text[content[0][0] : content[0][1]]):
        title = text[content[0][0] : content[0][1]]
        content, repeats = _drop_repeated_title(text, content, title)
        furniture.extend(repeats)

    sentences: list[Sentence] = []
    for run_start, run_end in _paragraph_runs(text, content):
        spans = _sentence_spans(text, run_start, run_end)
        for start, end in spans:
            if len(spans) > 1 and _is_furniture_sentence(text[start:end]):
                furniture.append(Span(start, end))
            else:
                sentences.append(Sentence(text[start:end], start, end))

    dateline = None
    if datelines:
        dateline = next((d for d in datelines if not d.glued), datelines[0])
    if dateline is not None:
        published, basis = dateline.date, "dateline"
    elif meta_published is not None:
        published, basis = meta_published, "metadata"
    else:
        published, basis = None, "unknown"
    return Document(
        text=text,
        sentences=tuple(sentences),
        furniture=tuple(sorted(furniture, key=lambda s: (s.start, s.end))),
        title=title or meta_title,
        published=published,
        published_basis=basis,
        dateline=dateline.span if dateline else None,
    )


def _drop_repeated_title(
    text: str, content: list[tuple[int, int, bool]], title: str
) -> tuple[list[tuple[int, int, bool]], list[Span]]:
    """A headline printed again near the top is a repeat, not a second sentence."""
    kept, repeats = content[:1], []
    for index, line in enumerate(content[1:], start=1):
        if index < lex.DATELINE_MAX_LINES and text[line[0] : line[1]] == title:
            repeats.append(Span(line[0], line[1]))
        else:
            kept.append(line)
    return kept, repeats


def _paragraph_runs(text: str, content: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int]]:
    """Content lines as runs to split: a line joins the one before only when that one
    stops mid-sentence and this one carries on in lower case (a hard-wrapped paragraph)."""
    run_start = run_end = -1
    for start, end, paragraph in content:
        if (
            run_start >= 0
            and not paragraph
            and not text[run_end:start].strip()  # no furniture line between the two
            and text[run_end - 1] not in _LINE_END_PUNCTUATION
            and text[start].islower()
        ):
            run_end = end
            continue
        if run_start >= 0:
            yield run_start, run_end
        run_start, run_end = start, end
    if run_start >= 0:
        yield run_start, run_end


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] (trimmed at both ends) as (start, end) pairs."""
    spans = []
    sentence_start = start
    for match in SENTENCE_END.finditer(text, start, end):
        if (match["gap"] or _glued(text, match)) and _ends_sentence(text, sentence_start, match):
            spans.append((sentence_start, match.end("close")))
            sentence_start = match.end()
    spans.append((sentence_start, end))
    if any(b - a > MAX_SENTENCE for a, b in spans):
        return [piece for a, b in spans for piece in _bounded(text, a, b)]
    return spans


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] in pieces of at most MAX_SENTENCE characters, trimmed: cut at the
    last line break in the second half of each piece, else its last space, else hard."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind("\n", start + MAX_SENTENCE // 2, limit)
        if cut < 0:
            cut = max(text.rfind(" ", start + 1, limit), text.rfind("\t", start + 1, limit))
        if cut < 0:
            cut = limit  # no space at all: a hostile run, cut where it stands
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _glued(text: str, match: re.Match[str]) -> bool:
    """Whether a stop with no space after it joins two sentences, a word's last letter to
    a capitalised word ("three others were injured.According to police", GVC 20e5b1f3;
    "Simmons said.Four other people"): a stop after a letter and before a capital and a
    small letter. `_ends_sentence` then keeps abbreviations, initials and dotted tokens
    ("Mr.Posley", "W.Va.", "a.m.Saturday", "www.ModestoNews.org") whole."""
    stop, after = match.start(), match.end()
    if not (
        len(match["stop"]) == 1
        and stop > 0
        and text[stop - 1].isalpha()
        and after + 1 < len(text)
        and text[after].isupper()
        and (text[after + 1].islower() or text[after : after + 2] in _GLUED_ONE_LETTER_WORDS)
    ):
        return False
    before = GLUED_BEFORE.search(text, max(0, stop - _GLUE_REACH), stop)
    following = GLUED_AFTER.match(text, after, after + _GLUE_REACH)
    # a web address ("http://www.ModestoNews.org", "nola.Com") is no join
    return before is not None and following is not None


def _ends_sentence(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    following = NEXT_WORD.match(text, match.end())
    next_word = following["word"] if following else ""
    if next_word[:1].islower():
        return False  # "e.g. this", "“Why?” he asked", "responsibility ... and"
    if match["stop"] != ".":
        return True
    stop = match.start()
    # Look back a bounded way: a longer token is no abbreviation, and an unbounded
    # search would be quadratic in a long sentence.
    lookback = max(sentence_start, stop - 32)
    word_start = 1 + max(text.rfind(" ", lookback, stop), text.rfind("\n", lookback, stop))
    word = text[max(word_start, lookback) : stop].lstrip(_OPENING_PUNCTUATION)
    if not word and stop > lookback and text[stop - 1] == " ":
        # tokenized text spaces off every stop ("the 8,586-meter Mt . Kanchenjunga",
        # RTE-Quant 0030): the abbreviation is the token before the space
        word_start = 1 + max(
            text.rfind(" ", lookback, stop - 1), text.rfind("\n", lookback, stop - 1)
        )
        token = text[max(word_start, lookback) : stop - 1].lstrip(_OPENING_PUNCTUATION)
        if token in _TITLE_ABBREVIATIONS:
            return False
    if word in _TITLE_ABBREVIATIONS:
        return False  # "Mr. Lavrov", "Gen. Smith"
    ambiguous = (
        word in _OTHER_ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())  # an initial: "George W. Bush"
        or ("." in word and word.replace(".", "").isalpha())  # "U.S.", "a.m."
    )
    return not ambiguous or next_word in _SENTENCE_OPENERS
