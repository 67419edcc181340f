"""An article page as a newsroom gets it, read through trafilatura: its headline, its body
and its date, without the cookie banner, share bar, byline, captions, comments and
related-story teasers around them.

`read_page(html)` returns a `Page` (the text offsets index: the headline, a blank line,
then the body's paragraphs one per block; its title; its date as htmldate finds it in
the page's markup) or None when the input is not a whole page (a fragment from a feed
has no page furniture to tell apart, and `claims.text` reads it itself) or trafilatura
finds no body in it.

trafilatura (and lxml, htmldate under it) takes about 0.4 s to import, so it is
imported on the first HTML page, never for plain text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

#: A whole page, not a fragment: an <html> or <body> tag near its top.
_WHOLE_PAGE = re.compile(r"<(?i:html|body)[\s>/]")
_PAGE_TOP = 4096  # characters looked at for the tag (a doctype, comments, a long head)

#: trafilatura's settings: precision over recall (a teaser or a caption that slips in
#: makes claims; a lost paragraph only loses some), no comments, tables kept (results,
#: tolls), images and links dropped; htmldate reads the page's markup only
#: (`extensive_search` off: no guessing from stray dates in the text) and prefers the
#: date of publication to that of the last change (`original_date`).
_EXTRACTION: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}

#: A run of line breaks inside trafilatura's text: one paragraph ends there.
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura read of a page: `text` (the offsets index), `title`, `published`."""

    text: str
    title: str | None
    published: dt.date | None


def read_page(html: str) -> Page | None:
    """The headline, body and date of a whole article page; None for a fragment or a
    page trafilatura finds no body in (the caller then reads the visible text itself).

    >>> page = read_page("<html><body><article><h1>Fire in Dunmore</h1>"
    ...                  "<p>Three workers were injured in a fire on Monday night.</p>"
    ...                  "</article></body></html>")
    >>> page.text
    'Fire in Dunmore\\n\\nThree workers were injured in a fire on Monday night.'
    """
    if _WHOLE_PAGE.search(html, 0, _PAGE_TOP) is None:
        return None
    import trafilatura  # lazily: only HTML pages pay for lxml and htmldate

    try:
        document = trafilatura.bare_extraction(html, **_EXTRACTION)
    except Exception:  # noqa: BLE001 - any failure of the extractor: read the page ourselves
        return None
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        return None
    title = (getattr(document, "title", None) or "").strip() or None
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(body) if p]
    if title is not None and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline, as a reader sees it above the body
    return Page("\n\n".join(paragraphs), title, _date(getattr(document, "date", None)))


def _date(value: str | None) -> dt.date | None:
    """htmldate's "YYYY-MM-DD" as a date; None when there is none or it is not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
