"""The reader's entry points: `find_quantities` scans a text run by run, reads each
number's mention and folds neighbours; `parse_quantity` reads one whole expression."""

from __future__ import annotations

import re

from claims.model import Quantity, QuantityMention
from claims.numbers.exclusions import _in_spans, _skipped_spans
from claims.numbers.mention import _read_mention
from claims.numbers.merges import _merge_comma_group, _merge_duration, _overlaps_last
from claims.numbers.ordinals import _segments
from claims.numbers.tokens import _CHAIN, _GATE, _Number, _tokens
from claims.numbers.units import _as_magnitude
from claims.numbers.vague import _VAGUE_OPENERS, _read_vague

#: Digits without spaced grouping (when "1 234" turns out to be "i7 860" or "423 0000").
_GROUP_SPACES = (" ", "\xa0", "\u202f", "\u2009")
_PLAIN_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def find_quantities(text: str) -> tuple[QuantityMention, ...]:
    """Every number expression in `text`, in order, with offsets into `text`.

    Each mention's `text` is ``text[start:end]``; `dimension` is one of "count",
    "money", "percent", "duration", "quantity". Model names, clock times, years used
    as dates, day numbers in dates, ordinals, phone numbers, labels ("Route 66") and
    numbers inside URLs are not returned (see the README, "How values are read").

    >>> [m.text for m in find_quantities("at least 6,000 lives, not 3:35am")]
    ['at least 6,000']
    """
    if not text:
        return ()
    url_spans = _skipped_spans(text)
    out: list[QuantityMention] = []
    consumed = 0
    pos = 0
    n = len(text)
    while pos < n:
        gate = _GATE.search(text, pos)
        if gate is None:
            break
        run = _CHAIN.match(text, gate.start())
        if run is None:  # pragma: no cover - the gate and the run open alike
            pos = gate.end()
            continue
        m = run
        pos = m.end()
        if m.start() < consumed:
            pos = max(pos, consumed)
            continue
        if url_spans:
            inside = _in_spans(m.start(), url_spans)
            if inside is not None:
                # resume where the URL or counter ends, not where the run does: in
                # "www.x.com/9 and 5 people" the run "9 and 5" reaches past the URL
                consumed = pos = inside
                continue
        if m.group("word") and m.group("word").lower().replace("  ", " ") in _VAGUE_OPENERS:
            vague = _read_vague(text, m.start())
            if vague is not None:
                mention, consumed = vague
                if mention is not None and not _overlaps_last(out, mention):
                    out.append(mention)
                pos = max(pos, consumed) if mention is None else consumed
                continue
        read = _run_numbers(text, m)
        if read is None:
            continue
        numbers, runs_end = read
        consumed = _read_numbers(text, numbers, consumed, out)
        # rescan what the run's tokens did not cover ("an hour and 45 minutes")
        pos = max(consumed, runs_end, m.start() + 1)
    if "agnitude" in text or "ichter" in text:
        out = [_as_magnitude(text, mention) for mention in out]
    return tuple(out)


def _run_numbers(text: str, m: re.Match[str]) -> tuple[list[_Number], int] | None:
    """The numbers of a `_CHAIN` run and where its tokens end; None when it has no
    tokens."""
    run_text = m.group()
    if run_text.isascii() and run_text.isdigit():
        # The commonest run, bare ASCII digits ("2012", "5"): `_TOKEN` reads it as one
        # "num" token (only the last `_DIGITS` branch fits, whole), and `_segments`
        # reads that token as 0.0 + its float, no decimals, digits only; build that
        # number directly instead of the token and segment records.
        return [_Number(0.0 + float(run_text), m.start(), m.end(), True, 0, False, None)], m.end()
    tokens = _tokens(run_text, m.start())
    if not tokens:
        return None
    head = m.group("digits")
    if (
        head
        and any(space in head for space in _GROUP_SPACES)
        and (
            (m.start() and text[m.start() - 1].isalnum())
            or text[m.end("digits") : m.end("digits") + 1].isdigit()
        )
    ):  # spaced groups that are not one number: "i7 860", "423 0000"
        plain = _PLAIN_DIGITS.match(text, m.start())
        if plain is not None:
            tokens = _tokens(plain.group(), m.start())
    numbers = _segments(tokens)
    if not numbers and tokens[0].kind == "a":  # "a decade", "an hour": one unit
        numbers = [_Number(1.0, tokens[0].start, tokens[0].end, False, 0, True, None)]
    return numbers, tokens[-1].end


def _read_numbers(
    text: str, numbers: list[_Number], consumed: int, out: list[QuantityMention]
) -> int:
    """Read the mention of each number of a run not yet consumed, folding it into the
    mention before it or adding it to `out`; where reading has consumed the text to."""
    for k, number in enumerate(numbers):
        if number.start < consumed:
            continue
        result = _read_mention(text, number, numbers[k + 1] if k + 1 < len(numbers) else None)
        if result is None:
            continue
        mention, new_consumed = result
        consumed = max(consumed, new_consumed)
        if mention is not None and not _overlaps_last(out, mention):
            if out and _merge_duration(out, mention, text):
                continue
            if out and _merge_comma_group(out, mention, text):
                continue
            out.append(mention)
    return consumed


def parse_quantity(text: str) -> Quantity | None:
    """Read one whole expression ("at least 6,000", "$2bn", "two-and-a-half years",
    "45%") as a Quantity; None when `text` is not one number expression.

    >>> parse_quantity("more than 60")
    Quantity(low=61.0, high=None, best=61.0, unit=None, exact=False, approximate=False, vague=False, bound=True, ceiling=70.0)
    >>> parse_quantity("Route 66") is None
    True
    """
    stripped = text.strip().rstrip(".,;:!?")
    if not stripped:
        return None
    mentions = find_quantities(stripped)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if mention.start != 0 or mention.end != len(stripped):
        return None
    return mention.quantity
