"""What is not a quantity: numbers in names and labels ("G20", "Route 66"), dates,
clock times, years, phone numbers, scores, URLs, gallery counters, pronoun "one"."""

from __future__ import annotations

import bisect
import math
import re

from claims.lexicon import numbers as lex
from claims.numbers.alternation import _alternation
from claims.numbers.modifiers import _glued_currency, _left
from claims.numbers.neighbours import (
    _FRACTION_OK_AFTER,
    _WORD_AFTER,
    _WORD_AT_END,
    _skip_token_end,
    _word_before,
)
from claims.numbers.ordinals import _NOT_COMPOUND, _ordinal_after_count
from claims.numbers.tail import _read_tail, _Tail
from claims.numbers.tokens import _Number

#: Signs that the number is not a quantity, read right after it.
_AFTER_NOT = re.compile(
    r"""
      (?P<clock>[\ \t]*(?:[aApP]\.?[mM]\.?|o'clock|h\d\d|GMT|UTC|ET|EST|PST)\b
                |[\ \t]*[aApP]\.[mM]\.)                      # 10 p.m., 2pm
    | (?P<colon>:\d)                                         # 3:35, 04:11
    | (?P<ordinal>(?:st|nd|rd|th|ST|ND|RD|TH)\b)             # 21st, 2nd
    | (?P<decade>'?s\b)                                      # 1960s, 80's
    | (?P<multi>[./-]\d+[./-]\d)                              # 192.168.1.2, 2012-02-07
    | (?P<dotted>\.\d)                                         # 3.5.1 (after "3.5")
    | (?P<captcha>[\ \t]*[+×*=][\ \t]*(?:\d|[a-z]+[\ \t]*=))   # 10 + five =
    | (?P<month>[\ \t]*(?:of[\ \t]+)?(?:"""
    + _alternation(lex.MONTHS | lex.LOWER_MONTHS)
    + r""")\b)  # 21 August, 2 sept
    | (?P<street>(?:[\ \t]+[NSEW]\.?)?(?:[\ \t]+[A-Z][a-z]+){1,3}[\ \t]+(?:"""
    + _alternation(lex.STREET_WORDS)
    + r""")(?:\b|$))   # 123 Main Street
    | (?P<block>[\ \t]+block\b)                              # the 1200 block of
    | (?P<glued>[A-Za-z])                                    # 1Like, 06F6 (else unread)
    """,
    re.VERBOSE,
)


#: Characters right before a number that make it part of something else.
_GLUE_BEFORE = frozenset(":^+=×*/#")


#: Addresses of web pages and mail: numbers inside them are not quantities.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+")
#: A photo gallery's counter ("Image 7 of 9", "Photo 2 of 44", "Slide 3 of 12"): page
#: furniture inside a caption line (GVC pages), never a quantity.
_GALLERY_COUNTER = re.compile(
    r"\b(?i:image|photo|slide|picture)[\ \t\xa0]+\d{1,4}[\ \t\xa0]+of[\ \t\xa0]+\d{1,4}\b"
)
#: The domain half of an e-mail address (the name half is read backwards from "@").
_EMAIL_DOMAIN = re.compile(r"@[\w-]+\.[\w.-]+")
_EMAIL_NAME_REVERSED = re.compile(r"[\w.+-]+")
#: Telephone numbers: (555) 123-4567, +1-222-2222, 555-123-4567, 555-1234.
_PHONE = re.compile(
    r"""(?:\+\d{1,3}[\ .-]?)?\(?\d{3}\)?[\ .-]\d{3,4}[.-]\d{4}\b   # 555-123-4567
      | \+\d{1,3}(?:[\ .-]\d{2,4}){2,}                          # +1-222-2222
      | \d{3}-\d{4}\b                                            # 555-1234
    """,
    re.VERBOSE,
)


#: What makes a lone "half" a quantity: "half of", "half a", "half an".
_HALF_OK_AFTER = re.compile(r"[\ \t\xa0]+(?:of|a|an)\b")


def _excluded_before(text: str, start: int) -> bool:
    """Whether what stands before a number makes it a name, label, date or formula
    ("G20", "S-300", "Route 66", "No. 10", "August 21", "3:35", "10 + five", "m^2")."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == "+" and (start == 1 or text[start - 2] in " \t\xa0([") and text[start].isdigit():
        # a sign: "FTSE +0.4%" (a phone number is read apart); not arithmetic, "10 +5 ="
        ahead = text[max(0, start - 8) : start - 1].rstrip(" \t\xa0")
        return bool(ahead) and (ahead[-1].isdigit() or ahead[-1] in _GLUE_BEFORE)
    if before.isalpha() or before in _GLUE_BEFORE:
        return True
    if before == "-" and start >= 2 and text[start - 2].isalpha():
        # "S-300" is a name, but "magnitude-5.2" is a magnitude (wire style), and
        # "minus-3 yards", "sub-5 nanometre" are read (`lex.HYPHEN_PREFIXES`)
        hyphened = _WORD_AT_END.search(text, max(0, start - 12), start - 1)
        prefix = lex.HYPHEN_PREFIXES.get(hyphened.group("word").lower()) if hyphened else None
        if hyphened is not None and (
            prefix == "negative" or (prefix is not None and text[start].isdigit())
        ):
            return hyphened.start() > 0 and text[hyphened.start() - 1].isalnum()
        return not text[max(0, start - 10) : start - 1].lower().endswith("magnitude")
    if before in ".-" and start >= 2 and text[start - 2].isdigit():
        return True  # the 1 of 3.1.2, the 07 of 2012-02-07
    if before in " \t\xa0([":
        word = _word_before(text, start)
        if word is not None:
            name, dot, mark = word
            if name in lex.LABEL_WORDS or name + dot in lex.LABEL_WORDS:
                return True
            if name in lex.MONTHS and not mark:
                return True
        if text[max(0, start - 3) : start].rstrip(" \t").endswith(("+", "=", "×", "#")):
            return True
    return False


def _is_year(number: _Number, text: str) -> bool:
    if not number.digits_only or number.decimals:
        return False
    raw = text[number.start : number.end]
    if not (len(raw) == 4 and raw.isdigit()):
        return False
    low, high = lex.YEAR_RANGE
    return low <= number.value <= high


def _year_is_counted(text: str, number: _Number) -> bool:
    after = _WORD_AFTER.match(text, number.end)
    if after is None or after.group("word").lower() not in lex.COUNTED_NOUNS:
        return False
    before = _word_before(text, number.start)
    return before is None or before[0].lower() not in lex.YEAR_BEFORE


def _lone_one_is_pronoun(text: str, number: _Number) -> bool:
    before = _word_before(text, number.start)
    if before is not None and before[0].lower() in lex.ONE_PRONOUN_BEFORE:
        return True
    after = _WORD_AFTER.match(text, number.end)
    if after is not None and after.group("word").lower() in lex.ONE_PRONOUN_AFTER:
        return True
    if text.startswith("-on-one", number.end) or text.startswith("-to-one", number.end):
        return True
    return False


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> int | None:
    """The end of the span (sorted, as found) that holds `pos`, if any."""
    i = bisect.bisect_right(spans, (pos, math.inf)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][1]
    return None


#: A descending pair of small whole numbers ("31-24", "3-1", "2 - 0"): a score or a
#: tally when a score word stands next to it (a range runs upwards).
_SCORE_PAIR = re.compile(r"[\ \t\xa0]?[-–][\ \t\xa0]?(?P<second>\d{1,3})\b")
_WORD_NEXT = re.compile(r"[\ \t\xa0]+(?P<word>[A-Za-z]{1,20})")
_WORDS_BEFORE = re.compile(r"[A-Za-z]{1,20}")


def _score_end(text: str, number: _Number) -> int | None:
    """Where a game score such as "31-24 victory" or "beat them 3-1" ends; None when
    the number is not the first of one. Vote tallies ("voted 13-2") are not scores."""
    if not number.digits_only or number.value != int(number.value) or number.value > 999:
        return None
    pair = _SCORE_PAIR.match(text, number.end)
    if pair is None or int(pair.group("second")) > number.value:
        return None
    following = _WORD_NEXT.match(text, pair.end())
    words = {following.group("word").lower()} if following is not None else set()
    # the three words before: "beat Chelsea 3-1", "won the final 2-0"
    words.update(
        w.lower() for w in _WORDS_BEFORE.findall(text, max(0, number.start - 40), number.start)[-3:]
    )
    return pair.end() if words & lex.SCORE_WORDS else None


def _looks_like_number_after_plus(text: str, end: int) -> bool:
    """ "10 + five =" (arithmetic) as against "6,000+ people" (a bound)."""
    m = re.match(r"[\ \t]*\+[\ \t]*(\d|[A-Za-z]+[\ \t]*=)", text[end : end + 24])
    return m is not None


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    """The spans (sorted) whose numbers are never quantities: web and mail addresses,
    photo gallery counters."""
    url_spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text or "@" in text:
        url_spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
        for m in _EMAIL_DOMAIN.finditer(text):
            name = _EMAIL_NAME_REVERSED.match(text[max(0, m.start() - 64) : m.start()][::-1])
            url_spans.append((m.start() - (name.end() if name else 0), m.end()))
    if "mage " in text or "hoto " in text or "lide " in text or "icture " in text:
        # a gallery counter in a caption: "Image 7 of 9 7-year-old girl ... were shot"
        url_spans.extend((m.start(), m.end()) for m in _GALLERY_COUNTER.finditer(text))
    if url_spans:
        url_spans.sort()
    return url_spans


def _excluded_digits(text: str, number: _Number, start: int, end: int) -> tuple[None, int] | None:
    """(None, where reading resumes) when a number in digits is glued to letters, a
    label, a date, a clock time or a phone number; None when it may be a quantity."""
    if _excluded_before(text, start) and not _glued_currency(text, number):
        return None, _skip_token_end(text, end)
    after = _AFTER_NOT.match(text, end)
    if after is not None and after.lastgroup not in ("glued",):
        if after.lastgroup in ("month", "street", "block") and not (
            number.value <= 31 or after.lastgroup != "month"
        ):
            pass
        elif after.lastgroup == "month" and (number.decimals or number.value > 31):
            pass
        elif after.lastgroup == "clock" and number.decimals not in (0, 2):
            pass  # "2.1 pm": clock minutes have two digits, so this is a unit
        elif (
            after.lastgroup == "captcha"
            and text[end : end + 2].strip().startswith("+")
            and not _looks_like_number_after_plus(text, end)
        ):
            pass
        else:
            return None, _skip_token_end(text, end) if after.lastgroup not in (
                "month",
                "street",
                "block",
                "captcha",
            ) else end
    phone = _PHONE.match(text, start - 1 if start and text[start - 1] in "(+" else start)
    if phone is not None:
        return None, phone.end()
    return None


def _excluded_words(text: str, number: _Number, start: int, end: int) -> tuple[None, int] | None:
    """(None, end) when a number in words is part of a name, a date or a formula; None
    when it may be a quantity."""
    # the same test decides twice: before a single word only after the month check
    excluded = _excluded_before(text, start)
    if excluded and number.single_word is None:
        return None, end
    after = _AFTER_NOT.match(text, end)
    if after is not None and after.lastgroup == "month" and number.value <= 31:
        return None, end
    if after is not None and after.lastgroup in ("captcha",):
        return None, end
    if excluded:
        return None, end
    return None


def _not_a_count(text: str, number: _Number, start: int, end: int) -> tuple[None, int] | None:
    """(None, end) when a number word is not a count here: "the second half", pronoun
    "one", "the third", an ordinal ("the two millionth visitor", "a third time"); None
    when it may be one."""
    if number.single_word is not None:
        word = number.single_word
        if word == "half" and _HALF_OK_AFTER.match(text, end) is None:
            left_probe, _ = _left(text, start)
            tail_probe = _read_tail(text, end, number, None)
            if (left_probe is None or not left_probe.group("mod")) and (
                tail_probe is None or tail_probe.unit is None
            ):
                return None, end  # "the second half", "half-time"
        if word == "one" and _lone_one_is_pronoun(text, number):
            return None, end
        if word in lex.FRACTION_WORDS and not number.article and word not in ("half",):
            return None, end  # "the third", "quarters"
        if word in lex.FRACTION_WORDS or word == "point":
            if _FRACTION_OK_AFTER.match(text, end) is None and word != "half":
                return None, end
        if word in ("hundred", "thousand", "million", "billion", "point") and not number.article:
            return None, end
    elif number.fraction and not number.article and _ordinal_after_count(text, number, end):
        return None, end  # "the two millionth visitor": an ordinal, not 2e-6
    elif (
        (number.article or number.needs_of)
        and number.fraction
        and number.value < 1
        and _FRACTION_OK_AFTER.match(text, end) is None
    ):
        tail = _read_tail(text, end, number, None)
        if tail is None or tail.unit is None:
            return None, end  # "a third time": an ordinal
        last = text[number.start : end].replace("-", " ").split()[-1].lower()
        if text.startswith("-", end) and last not in _NOT_COMPOUND:
            return None, end  # "a fifth-year senior", "an eleventh-hour deal"; not "a half-hour"
    return None


def _year_probe(
    text: str, number: _Number, end: int, currency: str | None, mod: str | None, sign: float
) -> tuple[_Tail | None, tuple[None, int] | None]:
    """Whether a bare year ("in 2012", "2012-13") is a date, not a quantity (it is one
    when it counts something: "2012 people"). Returns the tail read after a year (None
    when the number is no year) and, for a date, (None, where reading resumes)."""
    probed: _Tail | None = None  # a year's tail read without a currency, reused after
    if _is_year(number, text) and currency is None and mod is None and sign > 0:
        tail_probe = probed = _read_tail(text, end, number, None)
        if tail_probe is None or (tail_probe.unit is None and tail_probe.multiplier == 1.0):
            if text.startswith("-", end) or text.startswith("–", end):
                rng = re.match(r"[-–](\d{2}|\d{4})\b", text[end : end + 6])
                if rng:
                    return probed, (None, end + rng.end())
            if not _year_is_counted(text, number):
                return probed, (None, end)
    return probed, None
