"""The visible text of an HTML article: a whole page through trafilatura
(`claims.webpage`), else a fragment through the stdlib parser, with scripts, styles,
navigation and hidden elements dropped, block elements on lines of their own and
entities decoded. `claims.text` cleans what it returns like plain text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from claims.errors import InvalidInput
from claims.lexicon import furniture as lex
from claims.webpage import read_page

#: A run of whitespace: collapsed to one space inside HTML text, and to one line break
#: or one blank line where block elements meet (see `_line_break`).
HTML_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class _HtmlPage:
    text: str
    title: str | None
    published: dt.date | None


_SKIPPED = frozenset(lex.HTML_SKIPPED_ELEMENTS)
_BLOCKS = frozenset(lex.HTML_BLOCK_ELEMENTS)
_VOID = frozenset(lex.HTML_VOID_ELEMENTS)
_PUBLISHED_META = frozenset(lex.HTML_PUBLISHED_META)

#: An ISO date at the start of a metadata value: "2014-03-12T10:00:00Z".
ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")


class _VisibleText(HTMLParser):
    """Collects the text a reader sees, one block element per paragraph. The text is
    written to one buffer (`parts`), not kept as a list of pieces: a page of 20,000 short
    paragraphs held 40,000 small strings (about 10 bytes of memory per byte of page)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts = io.StringIO()
        self.title_parts: list[str] = []
        self.published: list[str] = []
        self._skipping: str | None = None  # the element whose content is being dropped
        self._skip_depth = 0
        self._in_title = False
        self._in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping is not None:
            if tag == self._skipping:
                self._skip_depth += 1
            return
        if tag == "meta":
            self._meta(attrs)
            return
        hidden = False
        if attrs:  # most tags have none: nothing to date or hide
            attributes = {name: value or "" for name, value in attrs}
            if tag == "time" and "datetime" in attributes:
                self.published.append(attributes["datetime"])
            hidden = (
                "hidden" in attributes
                or attributes.get("aria-hidden", "").lower() == "true"
                or "display:none" in attributes.get("style", "").replace(" ", "").lower()
            )
        if tag in _SKIPPED or hidden:
            if tag not in _VOID:
                self._skipping, self._skip_depth = tag, 1
            return
        if tag == "title":
            self._in_title = True
        elif tag == "br":
            self.parts.write("\n")
        elif tag in _BLOCKS:
            self.parts.write("\n\n")
        if tag == "pre":
            self._in_pre += 1

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        """A <meta> that gives the publication date."""
        attributes = {name: value or "" for name, value in attrs}
        key = (
            attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        ).lower()
        if key in _PUBLISHED_META:
            self.published.append(attributes.get("content", ""))

    def handle_endtag(self, tag: str) -> None:
        if self._skipping is not None:
            if tag == self._skipping:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skipping = None
            return
        if tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self.parts.write("\n\n")
        if tag == "pre" and self._in_pre:
            self._in_pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skipping is not None:
            return
        if self._in_title:
            self.title_parts.append(data)
        elif self._in_pre:
            self.parts.write(data)
        elif data.isprintable() and "  " not in data:
            self.parts.write(data)  # its only spaces are single " ": nothing to collapse
        else:
            self.parts.write(HTML_SPACE.sub(" ", data))


def read_html(html: str) -> _HtmlPage:
    """A whole page through trafilatura (`claims.webpage`): headline, body and date; a
    fragment, or a page it finds no body in, as its visible text."""
    page = read_page(html)
    if page is not None:
        return _HtmlPage(page.text, page.title, page.published)
    parser = _VisibleText()
    try:
        parser.feed(_closed_markup(html))
        parser.close()
    except (AssertionError, ValueError) as error:  # the parser's own complaints
        raise InvalidInput(
            f"the HTML could not be read: {error}",
            hint="send the page as UTF-8 HTML, or its text with format 'text'",
        ) from error
    text = HTML_SPACE.sub(_line_break, parser.parts.getvalue()).strip()
    title = HTML_SPACE.sub(" ", "".join(parser.title_parts)).strip() or None
    published = None
    for value in parser.published:
        match = ISO_DATE.match(value.strip())
        if match:
            try:
                published = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
                break
            except ValueError:
                continue
    return _HtmlPage(text, title, published)


def _closed_markup(html: str) -> str:
    """The page with the markup that never closes made harmless, as a browser reads it:
    a comment left open runs to the end of the page (it is cut off there), and a "<" after
    the last ">" can start no tag (it is text). The stdlib parser retries such markup at
    every later "<", which takes time quadratic in the page ("<!--" * N, '<a b="' * N)."""
    opening = html.find("<!--")
    while opening >= 0:
        closing = html.find("-->", opening + 4)
        if closing < 0:
            html = html[:opening]
            break
        opening = html.find("<!--", closing + 3)
    last = html.rfind(">")
    if html.find("<", last + 1) >= 0:
        html = html[: last + 1] + html[last + 1 :].replace("<", "&lt;")
    return html


def _line_break(match: re.Match[str]) -> str:
    """Whitespace between blocks: a blank line, a line break, or as it was (in <pre>)."""
    breaks = match.group().count("\n")
    return "\n\n" if breaks > 1 else "\n" if breaks else match.group()
