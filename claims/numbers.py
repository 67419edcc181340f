"""Number expressions to `Quantity` intervals.

`find_quantities(text)` finds every number expression in a text ("at least 6,000",
"$2bn", "two-and-a-half year", "tens of thousands", "45%") and reads each one as an
interval with flags (DESIGN.md, "Quantities are intervals"); `parse_quantity(text)`
reads one whole expression.

How it works, in one pass over the text:

1. `_CHAIN` (one compiled pattern) finds the next run of number tokens: digits in any
   of the usual groupings, number words ("two hundred and six"), fractions, vague
   quantifiers ("dozens", "tens of"). It is also the gate: nothing else runs where it
   finds nothing, so plain prose costs one regex scan.
2. `_segments` splits a run into numbers ("one two" is two numbers) and computes each
   value with a small grammar (scales, "and a half", "point five", dozens).
3. Each number is checked against what is *not* a quantity (model names, clock times,
   dates, years, phone numbers, labels, URLs, captchas), then extended: the words
   before it (`_LEFT`: "more than", "between", "$", "minus") and after it (`_TAIL`:
   "bn", "%", "euros", "-year-old", "km", "or more", a second range end).
4. The reading becomes a `Quantity` (intervals, flags, implied ceiling) and a
   `QuantityMention` with its span.

Every pattern is compiled once, built from `claims.lexicon.numbers`, and stays inside
the syntax google-re2 accepts (no look-around, no backreferences), so none can
backtrack catastrophically.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from dataclasses import dataclass
from functools import cache

from claims.lexicon import numbers as lex
from claims.model import Quantity, QuantityMention
from claims.prefix_tree import folded_prefix_tree, prefix_tree

__all__ = ["find_quantities", "parse_quantity"]

# --------------------------------------------------------------------------- patterns


def _alternation(words, *, escape: bool = True) -> str:
    """Words as one alternation, longest first so that "seventy" wins over "seven"."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join((re.escape(w) if escape else w).replace(r"\ ", r"\s+") for w in ordered)


def _folded_trie(words) -> str:
    """Words for a case-insensitive (?i:...) group: a prefix tree of their lower-case
    forms, a space read as whitespace (as `_alternation` reads it); the flat
    alternation for words outside ASCII."""
    words = list(words)
    return folded_prefix_tree(words) or _alternation(words)


def _cased(words) -> list[str]:
    """Each word as written, in lower case, Capitalized and UPPER case."""
    out: list[str] = []
    for word in words:
        out += [word, word[:1].upper() + word[1:], word.upper()]
    return out


_NUMBER_WORDS = (
    list(lex.CARDINALS) + list(lex.TENS) + list(lex.SCALES) + list(lex.DOZEN_WORDS)
    + list(lex.FRACTION_WORDS) + list(lex.COMPOUND_ONLY_ORDINALS) + ["point", "a", "an"]
)  # fmt: skip
#: Words that may open a run (not "a", "point" or the plural scales, handled apart).
_OPENING_WORDS = (
    list(lex.CARDINALS) + list(lex.TENS) + ["hundred", "thousand", "million", "billion"]
    + list(lex.FRACTION_WORDS) + list(lex.VAGUE_QUANTIFIERS) + list(lex.APPROXIMATE_WORDS)
    + list(lex.EXACT_WORDS) + ["point", "half"]
    + [f"{article} {word}" for article in ("a", "an") for word in (
        list(lex.DURATION_UNITS) + list(lex.ARTICLE_MEASURES) + list(lex.ARTICLE_CURRENCIES)
        + ["hundred", "thousand", "million", "billion", "trillion",
                                    "dozen", "half", "third", "quarter", "fifth", "tenth"]
        + list(lex.FRACTION_WORDS) + list(lex.TENS))]  # "a twenty-first" = 1/21
)  # fmt: skip

_DIGITS = r"""
    (?:\d{1,3}(?:,\d{3})+(?:\.\d+)?                 # 1,234,567.89
     | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?           # Indian grouping 12,34,567.89
     | \d{1,3}(?:[\xa0  \ ]\d{3})+(?:\.\d+)?   # 1 234 567 (spaced groups)
     | \d{1,3}(?:\.\d{3}){2,}                       # 1.234.567 (European, unambiguous)
     | \d+(?:\.\d+)?(?:[eE][+-]?\d+)?               # 6000, 1.5, 1e10
     | \.\d+                                        # .25
    )"""

#: A run of number tokens; also the gate that finds where to look at all.
_CHAIN = re.compile(
    r"""
    (?P<head>
        (?P<digits>"""
    + _DIGITS
    + r""")                   # digits
      | (?P<vulgar>["""
    + "".join(lex.VULGAR_FRACTIONS)
    + r"""])   # ½ ¾
      | \b(?P<word>"""
    + prefix_tree(_cased(_OPENING_WORDS))
    + r""")\b   # a number word
    )
    (?P<rest>(?:
        (?:[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+)           # joiner: space or -
        (?:(?:and|&)(?:[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+))?   # and, -and-
        (?:(?:"""
    + prefix_tree(_cased(_NUMBER_WORDS))
    + r""")\b       # a number word (a prefix tree: the same longest-first match)
          | (?:[\ \t\xa0]*"""
    + _DIGITS
    + r"""(?:[\ \t\xa0]*[\d½¼¾⅓⅔])?))  # digits
    )*)
    """,
    re.VERBOSE,
)

#: The cheap gate: where a run may start (a digit, a vulgar fraction, a number word).
#: Scanning prose with it is the main cost of `find_quantities`, so it is one
#: character class and one prefix tree; `_CHAIN` then runs only where it hits.
_GATE = re.compile(
    r"""[\d"""
    + "".join(lex.VULGAR_FRACTIONS)
    + r"""]              # 6, ½
      | \.\d                                                     # .25
      | \b(?:"""
    + prefix_tree(_cased(_OPENING_WORDS))
    + r""")\b         # six, dozens
    """,
    re.VERBOSE,
)

#: One token of a run (applied to the run's own text only).
_TOKEN = re.compile(
    r"""
    (?P<digits>"""
    + _DIGITS
    + r""")        # digits
  | (?P<vulgar>["""
    + "".join(lex.VULGAR_FRACTIONS)
    + r"""])   # ½
  | (?P<word>[A-Za-z]+)                     # a word
  | (?P<amp>&)                              # "two hundred & forty"
    """,
    re.VERBOSE,
)

_SPACE = r"[\ \t\xa0]"


def _reversed(words) -> list[str]:
    return [w[::-1] for w in words]


#: What stands before a number: modifier, range opener, sign, currency. Matched on the
#: *reversed* text just before the number, so one anchored attempt reads it all
#: ("more than $" reads as "$ naht erom").
_LEFT = re.compile(
    r"""
    (?P<sign2>[-−])?                                            # $-99.99
    (?:[\ \t\xa0]?(?P<currency>(?:"""
    + _alternation(
        _reversed([c for c in lex.CURRENCY_PREFIXES if c[0].isalpha()] + list(lex.CURRENCY_CODES))
    )
    + r""")\b                                              # Rs USD US$
        |"""
    + _alternation(_reversed(c for c in lex.CURRENCY_PREFIXES if not c[0].isalpha()))
    + r"""))?  # $ £
    (?:[\ \t\xa0]?(?P<sign>[-−]))?                             # -1.5
    (?:[\ \t\xa0]+(?P<negword>(?i:sunim|evitagen))\b)?         # minus five
    (?:[\ \t\xa0]+(?P<opener>(?i:neewteb|morf))\b)?            # between 60 and 70
    (?:[\ \t\xa0]*(?:(?P<tilde>~)|(?P<mod>(?i:"""
    + _folded_trie(_reversed(m for m in lex.MODIFIERS if m != "~"))
    + r"""))\b))?      # more than, about
    """,
    re.VERBOSE,
)


class _LeftMatch:
    """A match of `_LEFT` read back in the text's own direction and offsets."""

    __slots__ = ("_m", "_at")

    def __init__(self, m: re.Match, at: int) -> None:
        self._m, self._at = m, at

    def group(self, name: str) -> str:
        """The group's text as written ("" when the group did not take part)."""
        value = self._m.group(name)
        return value[::-1] if value is not None else ""

    def start(self, name: str | None = None) -> int:
        return self._at - (self._m.end(name) if name else self._m.end())

    def end(self) -> int:
        return self._at


_MULTIPLIERS = {**lex.SCALE_ABBREVIATIONS, **lex.CURRENCY_SCALE_ABBREVIATIONS}
_POWER_SUFFIXES = {"^2": 2, "2": 2, "²": 2, "^3": 3, "3": 3, "³": 3}
_POWERED = {
    f"{symbol}{suffix}": f"{lex.MEASURE_SYMBOLS[symbol]} ** {power}"
    for symbol in lex.POWERABLE_SYMBOLS
    for suffix, power in _POWER_SUFFIXES.items()
}
_SYMBOLS = {**lex.MEASURE_SYMBOLS, **_POWERED}

_TAIL_ABBREVIATION = (
    r"""
    (?:(?P<abbr_space>[\ \t\xa0]*)
       (?P<abbr>"""
    + _alternation(_MULTIPLIERS)
    + r""")\b)?    # 6k $2bn £1.2m 10M
"""
)
_TAIL_UNITS = (
    r"""
    (?:
        (?P<pct_space>[\ \t\xa0]*)(?P<pct>%|(?i:"""
    + _folded_trie([p for p in lex.PERCENT_WORDS if p != "%"])
    + r""")\b)   # 45% / per cent
      | [\ \t\xa0]*(?P<cursign>[€£$¥])                       # 15€
      | [\ \t\xa0]+(?P<curword>(?i:"""
    + _folded_trie(lex.CURRENCY_WORDS)
    + r"""))\b
      | [\ \t\xa0]*(?P<curcode>"""
    + _alternation(lex.CURRENCY_CODES)
    + r""")\b
      | (?P<subunit_space>[\ \t\xa0]*)(?P<subunit>(?i:"""
    + _folded_trie(lex.CURRENCY_SUBUNITS)
    + r"""|p))\b                # 50 cents, 50p
      | (?P<dur_join>[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+(?:(?:more|additional|extra
            |less|fewer|of|an?)[\ \t\xa0]+)?|)
        (?P<dur>(?i:"""
    + _folded_trie(lex.DURATION_UNITS)
    + r"""))\b  # 3 days, 11-month
        (?P<andhalf>[\ \t\xa0]+and[\ \t\xa0]+(?:a[\ \t\xa0]+)?half\b)?   # an hour and a half
        (?P<old>(?:-|[\ \t\xa0]+)old\b)?                     # 23-year-old
        (?P<apostrophe>')?                                     # six weeks' time
      | (?P<word_join>[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+(?:of[\ \t\xa0]+)?)
        (?P<mword>(?i:"""
    + _folded_trie(lex.MEASURE_WORDS)
    + r"""))\b   # 3 miles
        (?P<mpower>[\ \t\xa0]+(?:squared|cubed)\b)?
      | (?P<sym_space>[\ \t\xa0]?)
        (?P<sym>"""
    + _alternation(_SYMBOLS)
    + r""")           # km, °C, GHz
        (?P<sym_end>(?P<sym_power>[\ \t\xa0]+(?:squared|cubed)\b)
            |(?P<per>/(?:h|hr|hour|s|sec|min|day|yr|year)\b)|\b)?
    )?
    (?P<suffix_space>[\ \t\xa0]*)
    (?P<suffix>(?i:"""
    + _folded_trie([s for s in lex.SUFFIX_MODIFIERS if s != "+"])
    + r""")\b|\+|-plus\b)?  # or more
    (?P<than>[\ \t\xa0]+than\b)?  # "6,000 and more than 100,000": no suffix, a new bound
"""
)
#: What follows a number: multiplier, then one unit, then a suffix modifier.
_TAIL = re.compile(_TAIL_ABBREVIATION + _TAIL_UNITS, re.VERBOSE)
#: The same without the multiplier (when "m" after digits is metres, not millions).
_TAIL_NO_ABBREVIATION = re.compile(_TAIL_UNITS, re.VERBOSE)
#: The unit groups both tail patterns have (a suffix counts only after none of them).
_UNIT_GROUPS = ("pct", "cursign", "curword", "curcode", "subunit", "dur", "mword", "sym")

#: The joiner of two range ends ("60 to 70", "60-70", "between 60 and 70").
_RANGE_JOIN = re.compile(
    r"""[\ \t\xa0]*(?P<join>(?:-[\ \t\xa0]*)?(?:to|through)\b|-|–|—|and\b|or\b)
        [\ \t\xa0]*                                               # to, -, and
        (?P<currency>[$€£¥])?                                        # $5 to $10
    """,
    re.VERBOSE,
)

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
    + _alternation(lex.MONTHS)
    + r""")\b)  # 21 August
    | (?P<street>(?:[\ \t]+[NSEW]\.?)?(?:[\ \t]+[A-Z][a-z]+){1,3}[\ \t]+(?:"""
    + _alternation(lex.STREET_WORDS)
    + r""")(?:\b|$))   # 123 Main Street
    | (?P<block>[\ \t]+block\b)                              # the 1200 block of
    | (?P<glued>[A-Za-z])                                    # 1Like, 06F6 (else unread)
    """,
    re.VERBOSE,
)

#: The word before a number, read on the reversed text before it ("Route 66",
#: "August 21", "No. 10", "#1", "COMMENTS (1)", "no one", "in 2012").
_WORD_BEFORE = re.compile(
    r"""[\ \t\xa0]*                           # spaces
        (?P<mark>[\#(][\ \t\xa0]*)?            # "#" or "(" between word and number
        (?P<dot>\.)?                            # "No."
        (?P<word>[A-Za-z'-]*[A-Za-z])           # the word, reversed
    """,
    re.VERBOSE,
)
#: Characters right before a number that make it part of something else.
_GLUE_BEFORE = frozenset(":^+=×*/#")
#: The word after a number (for "one of", "2012 people").
_WORD_AFTER = re.compile(r"[\ \t\xa0]*(?P<word>[A-Za-z][A-Za-z'-]*)")
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
#: A slash fraction at a position: "3/4", "1/40".
_SLASH = re.compile(r"/(?P<den>\d+)(?P<more>/\d)?")
#: Mixed fraction after whole digits: "2 1/2".
_MIXED = re.compile(r"[\ \t\xa0]+(?P<num>\d{1,2})/(?P<den>\d{1,3})\b")
#: What follows "a third", "a quarter": an "of" makes it a fraction, not an ordinal.
_FRACTION_OK_AFTER = re.compile(r"[\ \t\xa0]*(?:of\b|[.,;:!?)\]]|$)")
#: What makes a lone "half" a quantity: "half of", "half a", "half an".
_HALF_OK_AFTER = re.compile(r"[\ \t\xa0]+(?:of|a|an)\b")
#: Compound duration: ", 3 months", " and 30 seconds", " thirty" after "1 hour".
_DURATION_NEXT = re.compile(r"(?:,[\ \t\xa0]*|[\ \t\xa0]+)(?:and[\ \t\xa0]+)?")
#: Between a money amount and its subunits ("20 dollars 43 cents", "$3 and 50 cents").
_SUBUNIT_NEXT = re.compile(r"[\ \t\xa0]+(?:and[\ \t\xa0]+)?")

#: A ratio read as a fraction: "1 over 3", "one out of three".
_OVER = re.compile(r"[\ \t\xa0]+(?:over|out[\ \t\xa0]+of)[\ \t\xa0]+")
#: A power after digits: "1.1^23", "2.5^-1".
_POWER = re.compile(r"\^(?P<sign>[-+]{0,2})(?P<exp>\d{1,3})\b")
#: Digits without spaced grouping (when "1 234" turns out to be "i7 860" or "423 0000").
_GROUP_SPACES = (" ", "\xa0", "\u202f", "\u2009")
_PLAIN_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")

_WINDOW = 48  # characters of left context read before a number

# --------------------------------------------------------------------------- tokens

_WORD_VALUES: dict[str, tuple[str, float]] = {}
_v: float
for _w, _v in lex.CARDINALS.items():
    _WORD_VALUES[_w] = ("card", _v)
for _w, _v in lex.TENS.items():
    _WORD_VALUES[_w] = ("tens", _v)
for _w, _v in lex.SCALES.items():
    _WORD_VALUES[_w] = ("hundred" if _v == 100 else "scale", _v)
for _w, _v in lex.DOZEN_WORDS.items():
    _WORD_VALUES[_w] = ("dozen", _v)
for _w, _v in lex.FRACTION_WORDS.items():
    _WORD_VALUES[_w] = ("frac", _v)
for _w, _v in lex.COMPOUND_ONLY_ORDINALS.items():
    _WORD_VALUES[_w] = ("ord", _v)
_WORD_VALUES.update({"a": ("a", 1), "an": ("a", 1), "and": ("and", 0), "point": ("point", 0)})


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # card tens hundred scale dozen frac ord a and point num vulgar
    value: float
    start: int
    end: int
    text: str
    joined: bool = False  # a hyphen joins it to the token before ("twenty-fifth")


@dataclass(frozen=True, slots=True)
class _Number:
    """A number read from a run of tokens, before its context is read."""

    value: float
    start: int
    end: int
    digits_only: bool  # written in digits alone ("6,000", not "six thousand")
    decimals: int  # digits after the point, as written
    article: bool  # opened by "a"/"an" ("a hundred", "a dozen")
    single_word: str | None  # the word when the number is one word ("one", "half")
    dozen: bool = False
    fraction: bool = False
    scale: float = 1.0  # the scale word it ends on ("10 million" -> 1e6), else 1
    needs_of: bool = False  # a singular spoken fraction ("one twenty-fifth"): else an ordinal


def _digit_value(text: str) -> tuple[float, int]:
    """The value of a digit token and its number of written decimals."""
    if text.count(".") >= 2:  # 1.234.567: dots group thousands
        return float(text.replace(".", "")), 0
    clean = text.replace(",", "").replace(" ", "").replace("\xa0", "")
    clean = clean.replace("\u202f", "").replace("\u2009", "")
    decimals = len(clean.split(".", 1)[1]) if "." in clean and "e" not in clean.lower() else 0
    return float(clean), decimals


def _tokens(run: str, offset: int) -> list[_Token]:
    out: list[_Token] = []
    last = 0
    for m in _TOKEN.finditer(run):
        start, end = m.start() + offset, m.end() + offset
        joined = bool(out) and "-" in run[last : m.start()]
        last = m.end()
        if m.group("digits"):
            value, _ = _digit_value(m.group("digits"))
            out.append(_Token("num", value, start, end, m.group("digits")))
        elif m.group("vulgar"):
            out.append(
                _Token("vulgar", lex.VULGAR_FRACTIONS[m.group("vulgar")], start, end, m.group())
            )
        elif m.group("amp"):
            out.append(_Token("and", 0, start, end, "&"))
        else:
            word = m.group("word")
            kind_value = _WORD_VALUES.get(word.lower())
            if kind_value is None:
                break
            out.append(_Token(kind_value[0], kind_value[1], start, end, word, joined))
    return out


# Which token kinds may follow which inside one number.
_FOLLOWS: dict[str | None, frozenset[str]] = {
    None: frozenset({"num", "card", "tens", "a", "hundred", "scale", "frac", "point", "vulgar"}),
    "num": frozenset({"scale", "hundred", "dozen", "and", "vulgar", "point"}),
    "decimal": frozenset({"scale", "hundred"}),
    "card": frozenset({"hundred", "scale", "dozen", "frac", "and", "point"}),
    "tens": frozenset({"card", "hundred", "scale", "dozen", "frac", "and", "point"}),
    "hundred": frozenset({"card", "tens", "scale", "and", "num", "dozen", "point"}),
    "and": frozenset({"card", "tens", "num", "a", "frac"}),
    "scale": frozenset({"card", "tens", "scale", "and", "num"}),
    "a": frozenset({"hundred", "scale", "dozen", "frac"}),
    "frac": frozenset({"a", "scale", "dozen", "hundred"}),
    "dozen": frozenset(),
    "frac-added": frozenset({"scale"}),  # "two and a half million"
    "point": frozenset({"card", "tens", "num"}),
    "vulgar": frozenset({"scale"}),
}


def _segments(tokens: list[_Token]) -> list[_Number]:
    """Split a run of tokens into numbers and read each one's value. A spoken fraction
    with a compound denominator ("three twenty-fifths", "a hundred trillionths") is
    found first (`_ordinal_site`); the numbers before it are read as usual."""
    numbers: list[_Number] = []
    i = 0
    n = len(tokens)
    while i < n:
        site = _ordinal_site(tokens, i)
        if site is None:
            numbers += _plain_segments(tokens[i:])
            break
        numerator_start, fraction = _read_ordinal(tokens, i, site)
        numbers += _plain_segments(tokens[i:numerator_start])
        if fraction is not None:
            numbers.append(fraction)
        i = site + 1
    return numbers


def _plain_segments(tokens: list[_Token]) -> list[_Number]:
    """Numbers in a run of tokens that holds no compound-denominator fraction."""
    numbers: list[_Number] = []
    i = 0
    n = len(tokens)
    while i < n:
        # skip tokens that cannot open a number
        while (
            i < n
            and tokens[i].kind in ("and", "dozen", "ord")
            or (
                i < n
                and tokens[i].kind == "a"
                and not (i + 1 < n and tokens[i + 1].kind in _FOLLOWS["a"])
            )
        ):
            i += 1
        if i >= n:
            break
        number, i = _read_number(tokens, i)
        if number is not None:
            numbers.append(number)
    return numbers


#: Denominator words that never end a compound one ("one million quarters" are coins).
_NOT_COMPOUND = frozenset({"half", "halves", "quarter", "quarters"})


def _ordinal_site(tokens: list[_Token], i: int) -> int | None:
    """The index of the first ordinal at or after `i` that ends a compound denominator
    or follows a scale: "twenty-fifth", "twenty firsts", "hundred fifths", "thousand
    trillionths", "one hundred and fifth". Plain "two thirds" is not one."""
    for o in range(i + 1, len(tokens)):
        tok, before = tokens[o], tokens[o - 1]
        word = tok.text.lower()
        if tok.kind not in ("frac", "ord") or word in _NOT_COMPOUND:
            continue
        if before.kind == "tens" and word in lex.UNIT_ORDINALS:
            # "thirty fifths" alone is 30/5; "twenty-fifth", "twenty fifth" and "one
            # hundred thirty fifths" (Recognizers-Text: 100/35) end on a compound one
            opener = o - 2 >= i and tokens[o - 2].kind in ("card", "tens", "hundred", "scale", "a")
            if tok.kind == "ord" or tok.joined or not word.endswith("s") or opener:
                return o
        elif tok.kind == "frac" and before.kind in ("hundred", "scale"):
            return o
        elif (
            tok.kind == "frac"
            and before.kind == "and"
            and not word.endswith("s")
            and o - 2 >= i
            and tokens[o - 2].kind in ("hundred", "scale")
        ):
            return o  # "one hundred and fifth": an ordinal, or 1/105 after "one"
    return None


def _cardinal(tokens: list[_Token]) -> _Number | None:
    """The one number `tokens` spell from end to end, else None."""
    numbers = _plain_segments(tokens)
    if len(numbers) != 1 or numbers[0].start != tokens[0].start:
        return None
    last = len(tokens) - 1
    while last > 0 and tokens[last].kind == "and":
        last -= 1
    return numbers[0] if numbers[0].end == tokens[last].end else None


def _read_ordinal(tokens: list[_Token], i: int, o: int) -> tuple[int, _Number | None]:
    """The fraction an ordinal at `o` ends (tokens[i:o] before it), and the index its
    numerator starts at; no fraction when the words are an ordinal ("the twenty-fifth
    anniversary", "one hundred fifth street"): they are skipped.

    A plural ordinal after a number is a fraction: the numerator is the number before
    the denominator ("three twenty-firsts" = 3/21, "ninety-five hundred fifths" =
    9500/5, "one one hundred fifths" = 1/105). A singular one is a fraction only after
    "one" or "a" ("one twenty-fifth", "a hundred-thousandth" is not read), and
    `needs_of` asks `_read_mention` to check that no noun follows ("a twenty-first
    birthday")."""
    tok = tokens[o]
    word = tok.text.lower()
    unit_ordinal = word in lex.UNIT_ORDINALS
    core, den = o, float(tok.value)
    if tokens[o - 1].kind == "tens" and unit_ordinal:
        core, den = o - 1, tokens[o - 1].value + tok.value
    elif tokens[o - 1].kind == "and":
        core = o - 1
    additive = den < 100  # "hundred fifth" = 105th; "hundred thousandth" = 100,000th
    singular = not word.endswith("s")
    if singular:
        for s in range(core - 1, i - 1, -1):
            if not (tokens[s].kind == "a" or (tokens[s].kind == "card" and tokens[s].value == 1)):
                continue
            rest = tokens[s + 1 : core]
            if rest:
                if rest[0].kind not in ("card", "tens"):
                    continue
                cardinal = _cardinal(rest)
                if cardinal is None:
                    continue
                value = cardinal.value + den if additive else cardinal.value * den
            else:
                value = den
            return s, _fraction(tokens, s, o, 1 / value, singular=True)
        # an ordinal: its cardinal part goes with it ("one hundred fifth street")
        if core > i and tokens[core - 1].kind in ("hundred", "scale", "and"):
            numbers = _plain_segments(tokens[i:core])
            if numbers:
                start = next(k for k in range(i, core) if tokens[k].start == numbers[-1].start)
                return start, None
        return core, None
    if tokens[o - 1].kind == "and":
        return core, None
    numbers = _plain_segments(tokens[i:core])
    if not numbers or numbers[-1].end != tokens[core - 1].end or numbers[-1].fraction:
        return core, None  # "the twenty-fifths": no numerator
    numerator = numbers[-1]
    if (
        additive
        and core - 2 > i
        and tokens[core - 1].kind == "hundred"
        and tokens[core - 2].kind == "card"
        and numerator.start == tokens[core - 2].start
    ):  # "one one hundred fifths": the hundred goes with the denominator
        numbers = _plain_segments(tokens[i : core - 2])
        if numbers and numbers[-1].end == tokens[core - 3].end and not numbers[-1].fraction:
            den += tokens[core - 2].value * 100
            numerator = numbers[-1]
    start = next(k for k in range(i, core) if tokens[k].start == numerator.start)
    return start, _fraction(tokens, start, o, numerator.value / den, singular=False)


def _fraction(tokens: list[_Token], s: int, o: int, value: float, *, singular: bool) -> _Number:
    return _Number(
        value=value,
        start=tokens[s].start,
        end=tokens[o].end,
        digits_only=False,
        decimals=0,
        article=tokens[s].kind == "a",
        single_word=None,
        fraction=True,
        needs_of=singular,
    )


def _fraction_after_and(tokens: list[_Token], j: int) -> tuple[float, int] | None:
    """Read "a half", "half", "three quarters", "one fourth" at j (after "and")."""
    n = len(tokens)
    if j < n and tokens[j].kind == "frac":
        return 1 / tokens[j].value, j + 1
    if j + 1 < n and tokens[j].kind in ("a", "card") and tokens[j + 1].kind == "frac":
        return tokens[j].value / tokens[j + 1].value, j + 2
    return None


def _read_number(tokens: list[_Token], i: int) -> tuple[_Number | None, int]:
    """Read one number from tokens[i:]; return it and the index after it."""
    first = i
    total = 0.0  # closed groups (thousands and above)
    group = 0.0  # the group below a thousand (may hold a fraction)
    last_scale = 0.0
    prev: str | None = None
    decimals = 0
    digits_only = True
    dozen = fraction = False
    last_used = i  # index of the last token that belongs to the number
    and_group = None  # the group when "and" came ("three hundred and two dozens")
    hundred_in_group = False  # the group below a thousand has had its "hundred"
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.kind
        if kind not in _FOLLOWS.get(prev, frozenset()):
            break
        if kind == "card" and prev == "tens" and tok.value >= 10:
            break  # "twenty eleven"
        if kind == "num" and prev in ("hundred", "scale") and tokens[i - 1].kind != "and":
            if prev == "hundred" or tok.value >= last_scale:
                break  # "4000 3 hundred" is two numbers; "thousand 5" only as a part
        if (
            prev == "and"
            and hundred_in_group
            and i + 1 < n
            and tokens[i + 1].kind == "hundred"
            and kind in ("num", "card", "tens")
        ):
            break  # "3 hundred and 2.12 hundred" are two numbers
        if kind == "and":
            frac = _fraction_after_and(tokens, i + 1)
            if frac is not None:
                value, j = frac
                smaller = (
                    tokens[j].value
                    if j < n and tokens[j].kind == "scale" and tokens[j].value < last_scale
                    else None
                )
                if last_scale >= 1000 and group == 0 and smaller is not None:
                    # "one billion and a half million": half a million more
                    total += value * smaller
                    fraction = True
                    digits_only = False
                    last_used = j
                    break
                if last_scale >= 1000 and group == 0:
                    total += value * last_scale  # "3 million and a half"
                else:
                    group += value  # "two and a half", "one hundred and three quarters"
                fraction = True
                digits_only = False
                prev, last_used, i = "frac-added", j - 1, j
                break_after = j < n and tokens[j].kind in ("scale", "hundred")
                if not break_after:
                    break
                continue
            if prev not in ("hundred", "scale"):
                break  # "two and three" is two numbers
            and_group = group
            prev = "and"
            i += 1
            continue
        if kind == "num":
            value, decimals = _digit_value(tok.text)
            group += value
        elif kind == "vulgar":
            group += tok.value
            fraction = True
            digits_only = digits_only and prev == "num"
        elif kind == "card" or kind == "tens":
            digits_only = False
            if prev == "point":
                decimals_text = _point_digits(tokens, i)
                group += float("0." + decimals_text[0]) if decimals_text[0] else 0.0
                decimals = len(decimals_text[0])
                last_used, i = decimals_text[1] - 1, decimals_text[1]
                prev = "decimal"
                if not (i < n and tokens[i].kind in ("scale", "hundred")):
                    break
                continue
            group += tok.value
        elif kind == "point":
            digits_only = False
            if i + 1 < n and tokens[i + 1].kind == "num":
                text = tokens[i + 1].text.replace(",", "")
                if not text.isdigit():
                    break
                group += float("0." + text)
                decimals = len(text)
                prev, last_used, i = "decimal", i + 1, i + 2
                if not (i < n and tokens[i].kind in ("scale", "hundred")):
                    break
                continue
        elif kind == "a":
            digits_only = False
        elif kind == "hundred":
            if hundred_in_group:
                break  # "3 hundred and 2.12 hundred" are two numbers
            hundred_in_group = True
            digits_only = digits_only and prev == "num"
            group = (group or 1) * 100
        elif kind == "scale":
            digits_only = digits_only and prev in ("num", "frac-added", "decimal")
            if last_scale and tok.value > last_scale:
                total = (total + group) * tok.value  # "three thousand millions"
            else:
                total += (group or 1) * tok.value
            group = 0.0
            hundred_in_group = False
            last_scale = tok.value
        elif kind == "dozen":
            if and_group is not None and group > and_group:
                group = and_group + (group - and_group) * 12  # 300 + 2 dozen, not 302 dozen
            else:
                group = (group or 1) * 12
            dozen = True
            digits_only = False
        elif kind == "frac":
            digits_only = False
            fraction = True
            if prev in ("card", "tens", "a"):
                group = (group or 1) / tok.value  # "two thirds", "a half"
            else:
                group = 1 / tok.value  # "half a million"
        prev = "scale" if kind == "hundred" and last_scale else kind
        if kind == "hundred":
            prev = "hundred"
        last_used = i
        i += 1
    # a run may not end on a joining token
    while last_used > first and tokens[last_used].kind in ("and", "a", "point"):
        last_used -= 1
    if tokens[last_used].kind in ("a", "and"):
        return None, max(last_used + 1, first + 1)
    value = total + group
    start, end = tokens[first].start, tokens[last_used].end
    words = tokens[first : last_used + 1]
    single = words[0].text.lower() if len(words) == 1 and words[0].kind != "num" else None
    if len(words) == 2 and words[0].kind == "a":
        single = None
    return (
        _Number(
            value=value,
            start=start,
            end=end,
            digits_only=digits_only and all(t.kind in ("num", "scale") for t in words),
            decimals=decimals,
            article=words[0].kind == "a",
            single_word=single,
            dozen=dozen,
            fraction=fraction,
            scale=last_scale if group == 0 and last_scale else 1.0,
        ),
        last_used + 1,
    )


def _point_digits(tokens: list[_Token], i: int) -> tuple[str, int]:
    """Decimal digits spoken after "point": "zero three" -> "03", "seventy-one" -> "71"."""
    out = ""
    n = len(tokens)
    while i < n and tokens[i].kind in ("card", "tens"):
        tok = tokens[i]
        if tok.kind == "tens":
            unit = (
                tokens[i + 1].value
                if i + 1 < n and tokens[i + 1].kind == "card" and tokens[i + 1].value < 10
                else None
            )
            out += str(int(tok.value + (unit or 0)))
            i += 2 if unit is not None else 1
            continue
        out += str(int(tok.value))
        i += 1
    return out, i


# --------------------------------------------------------------------------- units


@cache
def _registry():
    """pint's registry, built once on first need (it takes a moment to load)."""
    import pint

    return pint.UnitRegistry()


@cache
def _canonical_unit(expression: str) -> str:
    """pint's canonical name for a unit expression ("km/h" -> "kilometer / hour")."""
    return str(_registry().parse_units(expression))


# --------------------------------------------------------------------------- readings


@dataclass(frozen=True, slots=True)
class _Reading:
    """A number with its context read: value(s), unit, modifier, span."""

    low: float
    high: float
    start: int
    end: int
    unit: str | None = None
    dimension: str = "count"
    modifier: str | None = None
    decimals: int = 0
    vague: bool = False
    approximate: bool = False
    exact: bool = True
    is_range: bool = False


def _step_ceiling(value: float) -> float | None:
    """The next round step above a bound: 6,000 -> 7,000; 60 -> 70; 230 -> 240;
    100,000 -> 200,000; 7 -> 8. The step is the place of the last significant digit,
    but no finer than the second significant digit (1,234 -> 1,300)."""
    if value <= 0 or not math.isfinite(value):
        return None
    integer = int(value)
    if integer != value or integer == 0:
        return None
    digits = len(str(integer))
    trailing = len(str(integer)) - len(str(integer).rstrip("0"))
    step = 10 ** max(trailing, digits - 2)
    return float((integer // step + 1) * step)


def _just_above(value: float, decimals: int, dimension: str) -> float:
    if value == int(value) and dimension in ("count", "money"):
        return value + 1
    return round(value + 10 ** -(decimals + 1), decimals + 1)


def _just_below(value: float, decimals: int, dimension: str) -> float:
    if value == int(value) and dimension in ("count", "money"):
        return max(value - 1, 0.0)
    return round(value - 10 ** -(decimals + 1), decimals + 1)


def _tidy(x: float) -> float:
    """`x` without binary-fraction noise: 12 significant digits."""
    return float(f"{x:.12g}")


def _quantity(r: _Reading) -> Quantity:
    """The interval a reading stands for (DESIGN.md table)."""
    low, high = r.low, r.high
    if r.vague:
        return Quantity(low, high, None, r.unit, vague=True)
    margin = lex.APPROXIMATE_MARGIN
    mod = r.modifier
    if r.is_range:
        best = (low + high) / 2
        # "about 60 to 70" keeps its stated ends: the range already says how loose it is
        return Quantity(low, high, best, r.unit, approximate=mod == "approx")
    value = low
    if mod is None:
        if r.approximate:
            return Quantity(
                low, high, (low + high) / 2 if low != high else low, r.unit, approximate=True
            )
        return Quantity(value, value, value, r.unit, exact=r.exact)
    # rounded to 12 significant digits: 1,400 x 1.1 is 1540, not 1540.0000000000002
    lo, hi = sorted(_tidy(value * (1 - margin)) for margin in (margin, -margin))
    if mod == "approx":
        return Quantity(lo, hi, value, r.unit, approximate=True)
    if mod == "approx-below":
        return Quantity(lo if value > 0 else value, value, value, r.unit, approximate=True)
    if mod == "approx-above":
        return Quantity(value, hi, value, r.unit, approximate=True)
    if mod == "at-least":
        return Quantity(value, None, value, r.unit, bound=True, ceiling=_step_ceiling(value))
    if mod == "above":
        above = _just_above(value, r.decimals, r.dimension)
        return Quantity(above, None, above, r.unit, bound=True, ceiling=_step_ceiling(value))
    if mod == "at-most":
        return Quantity(min(0.0, value), value, value, r.unit, bound=True)
    if mod == "below":
        below = _just_below(value, r.decimals, r.dimension)
        return Quantity(min(0.0, below), below, below, r.unit, bound=True)
    raise ValueError(f"unknown modifier {mod!r}")  # pragma: no cover - table is closed


# --------------------------------------------------------------------------- finding


@dataclass(frozen=True, slots=True)
class _Tail:
    end: int
    multiplier: float = 1.0
    unit: str | None = None
    dimension: str = "count"
    factor: float = 1.0
    suffix: str | None = None
    old: bool = False
    unit_end: int = 0  # where the unit (before any suffix modifier) ends


#: A frequency after a count: " times per week", " times a day".
_FREQUENCY = re.compile(
    r"""[\ \t\xa0]+(?i:"""
    + _folded_trie(lex.FREQUENCY_WORDS)
    + r""")[\ \t\xa0]+(?i:"""
    + _folded_trie(lex.FREQUENCY_PER)
    + r""")[\ \t\xa0]+(?P<dur>(?i:"""
    + _folded_trie(w for w in lex.DURATION_UNITS if not w.endswith("s"))
    + r"""))\b""",
    re.VERBOSE,
)

#: What a money amount is per: "/hour", " per kg", " an hour", " a barrel".
_RATE = re.compile(
    r"""(?P<join>[\ \t\xa0]*/[\ \t\xa0]*|[\ \t\xa0]+(?:per|an?)[\ \t\xa0]+)
        (?P<per>(?i:"""
    + _folded_trie(lex.RATE_UNITS)
    + r"""))\b""",
    re.VERBOSE,
)

#: A word before a number that makes "pounds" a weight ("weighed 180 pounds").
_WEIGHT_CUE = re.compile(r"(?i:\bweigh(?:s|ed|ing|t)?\b)")

#: The inches after "6-foot": "-7", "-2-inch", "-11-inches".
_FEET_INCHES = re.compile(r"[-–](?P<inches>\d{1,2})\b(?:[-–\ ](?:inch(?:es)?\b|in\.))?")

#: "of a" after a fraction, and the scale word it may take ("a quarter of a million",
#: "two-thirds of a billion"); without one, a unit may follow ("a third of a mile").
_OF_A = re.compile(
    r"""[\ \t\xa0]+of[\ \t\xa0]+(?:a|an|one)\b
    (?:[\ \t\xa0]+(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b)?""",
    re.VERBOSE,
)


def _read_tail(text: str, pos: int, number: _Number, currency: str | None) -> _Tail | None:
    """Multiplier, unit and suffix modifier after a number; None when the number is
    glued to letters that make it a name ("1Like")."""
    multiplier = 1.0
    unit: str | None = currency
    dimension = "money" if currency else "count"
    factor = 1.0
    old = False
    m = None
    of_a = _OF_A.match(text, pos) if 0 < number.value < 1 else None
    if of_a is not None and of_a.group("scale"):  # "a quarter of a million": it scales
        multiplier = lex.SCALES[of_a.group("scale").lower()]
        pos = of_a.end()
        m = _TAIL_NO_ABBREVIATION.match(text, pos)
    elif of_a is not None:  # "a quarter of an hour", "a third of a mile": of the unit
        unit_after = _TAIL_NO_ABBREVIATION.match(text, of_a.end())
        if unit_after is not None and (unit_after.group("dur") or unit_after.group("mword")):
            pos, m = of_a.end(), unit_after
    if m is None and currency is None and number.value >= 1:
        frequency = _FREQUENCY.match(text, pos)
        if frequency is not None:  # "four times per week": a frequency, 1 / week
            per = lex.DURATION_UNITS[frequency.group("dur").lower()]
            unit = _canonical_unit(f"1 / {per}")
            return _Tail(frequency.end(), unit=unit, dimension="quantity", unit_end=frequency.end())
    if m is None:
        m = _TAIL.match(text, pos)
    end = pos
    if m is None:  # pragma: no cover - every group is optional
        return _Tail(pos, multiplier, unit=unit, dimension=dimension, unit_end=pos)
    # only _TAIL has the multiplier groups; `m` may come from _TAIL_NO_ABBREVIATION
    # (building the match's whole groupdict for one group cost more than the match)
    abbr = m.group("abbr") if m.re is _TAIL else None
    if abbr:
        if not number.digits_only and not (number.value < 1000 and abbr in "kKMbBT"):
            abbr = None
        elif abbr in lex.CURRENCY_SCALE_ABBREVIATIONS and not currency:
            abbr = None  # "10m" without a currency is ten metres
        elif m.group("abbr_space") and abbr in ("b", "B", "T", "m", "mil", "mill"):
            abbr = None
        elif m.group("abbr_space") and "\n" in m.group("abbr_space"):
            abbr = None
    if m.re is _TAIL and m.group("abbr") and not abbr:
        m = _TAIL_NO_ABBREVIATION.match(text, pos)
        if m is None:  # pragma: no cover - every group is optional
            return _Tail(pos, unit=unit, dimension=dimension, unit_end=pos)
    if abbr:
        multiplier = _MULTIPLIERS[abbr]
        end = m.end("abbr")
        m = _TAIL.match(text, end)  # the unit after the multiplier
        if m is None:  # pragma: no cover
            return _Tail(end, multiplier, unit, dimension, unit_end=end)
    if m.group("pct"):
        if m.group("pct") == "%" or m.group("pct_space") or True:
            unit = lex.PERCENT_WORDS[re.sub(r"\s+", " ", m.group("pct").lower())]
            dimension = "percent"
            end = m.end("pct")
    elif m.group("cursign") and not currency:
        unit, dimension, end = (
            lex.CURRENCY_SUFFIX_SIGNS[m.group("cursign")],
            "money",
            m.end("cursign"),
        )
    elif m.group("curword"):
        word = re.sub(r"\s+", " ", m.group("curword").lower())
        after = text[m.end("curword") : m.end("curword") + 4]
        if word in ("pounds", "pound") and (
            after.startswith(" of")  # "5 pounds of cocaine"
            or _WEIGHT_CUE.search(text, max(0, number.start - 24), number.start) is not None
        ):  # "weighing about 180 pounds": a mass, not sterling
            unit, dimension = _canonical_unit("pound"), "quantity"
        else:
            unit, dimension = lex.CURRENCY_WORDS[word], "money"
        end = m.end("curword")
    elif m.group("curcode"):
        unit, dimension, end = m.group("curcode"), "money", m.end("curcode")
    elif m.group("subunit"):
        word = m.group("subunit").lower()
        if word == "p":
            if m.group("subunit_space") or not number.digits_only:
                return _Tail(end, multiplier, unit, dimension, unit_end=end)
            code, factor = "GBP", 0.01
        else:
            code, factor = lex.CURRENCY_SUBUNITS[word]
        unit, dimension, end = code, "money", m.end("subunit")
    elif m.group("dur") and currency:
        pass  # "$15 an hour" is a rate (read below), "$5 a year ago" a sum: no duration
    elif m.group("dur"):
        join = m.group("dur_join")
        if {"of", "a", "an"} & set(join.split()) and not number.fraction:
            return _Tail(end, multiplier, unit, dimension, unit_end=end)
        if m.group("andhalf"):
            factor = (number.value + 0.5) / number.value if number.value else 1.0
        unit = _canonical_unit(lex.DURATION_UNITS[m.group("dur").lower()])
        dimension = "duration"
        old = bool(m.group("old"))
        end = m.end("old") if old else (m.end("andhalf") if m.group("andhalf") else m.end("dur"))
    elif m.group("mword") and not currency:
        join = m.group("word_join")
        if "of" in join.split() and not number.fraction:
            return _Tail(end, multiplier, unit, dimension, unit_end=end)
        expression = lex.MEASURE_WORDS[re.sub(r"\s+", " ", m.group("mword").lower())]
        if m.group("mpower"):
            expression = f"({expression}) ** {2 if 'squared' in m.group('mpower') else 3}"
        unit, dimension = _canonical_unit(expression), "quantity"
        end = m.end()
        end = m.end("mpower") if m.group("mpower") else m.end("mword")
        inches = _FEET_INCHES.match(text, end) if expression == "foot" and number.value else None
        if inches is not None and int(inches.group("inches")) < 12:
            # "a 6-foot-7 lineman", "6-foot-2-inch": one height in inches
            unit = _canonical_unit("inch")
            factor = 12 + int(inches.group("inches")) / number.value
            end = inches.end()
    elif m.group("sym") and not currency:
        sym = m.group("sym")
        spaced = bool(m.group("sym_space"))
        # "5 W" may be West; "5 W/min" is a unit
        ok = not (spaced and sym in lex.ATTACHED_ONLY_SYMBOLS and not m.group("per"))
        sym_end = m.end("sym")
        if sym in lex.SYMBOLS_BEFORE_AGO:
            ok = ok and _word_after(text, sym_end) == "ago"  # "66 Ma ago"
        if m.group("sym_end") is None:
            ok = ok and (sym_end >= len(text) or not text[sym_end].isalnum()) and sym[-1] in "°"
        if sym in lex.SYMBOLS_NEEDING_END:
            ok = (
                ok
                and text[number.start].isdigit()
                and (
                    _FRACTION_OK_AFTER.match(text, sym_end) is not None
                    or _word_after(text, sym_end) in lex.INCH_CONTEXT
                )
            )
        if ok:
            expression = _SYMBOLS[sym]
            if m.group("sym_power"):
                expression = f"({expression}) ** {2 if 'squared' in m.group('sym_power') else 3}"
            if m.group("per"):
                expression = f"({expression}) / {m.group('per')[1:]}"
            unit, dimension = _canonical_unit(expression), "quantity"
            end = m.end("sym_end") if m.group("sym_end") else sym_end
    if dimension == "money" and unit and " / " not in unit:
        rate = _RATE.match(text, end)
        if rate is not None and not (
            rate.group("join").strip().lower() in ("a", "an")
            and _word_after(text, rate.end()) in lex.RATE_NOT_AFTER
        ):  # "$15.4/hour", "$350 per kg", "$15 an hour": money per unit
            per = (
                lex.RATE_UNITS.get(rate.group("per"))
                or lex.RATE_UNITS[re.sub(r"\s+", " ", rate.group("per").lower())]
            )
            unit, end = f"{unit} / {_canonical_unit(per)}", rate.end()
    unit_end = end
    suffix = None
    s = _TAIL.match(text, end) if end != pos or abbr else m
    if (
        s is not None
        and s.group("suffix")
        and not s.group("than")
        and not any(s.group(g) for g in _UNIT_GROUPS)
        and not (s.re is _TAIL and s.group("abbr"))
    ):
        word = s.group("suffix").lower()
        word = "plus" if word == "-plus" else re.sub(r"\s+", " ", word)
        if word == "+" or not s.group("suffix_space") == "" or word == "plus":
            suffix = lex.SUFFIX_MODIFIERS[word]
            end = s.end("suffix")
    return _Tail(end, multiplier, unit, dimension, factor, suffix, old, unit_end)


def _word_after(text: str, pos: int) -> str | None:
    m = _WORD_AFTER.match(text, pos)
    return m.group("word").lower() if m is not None else None


def _left(text: str, start: int) -> tuple[_LeftMatch | None, int]:
    """What stands before `start` (offsets in `text`; the second item is always 0)."""
    window = text[max(0, start - _WINDOW) : start][::-1]
    m = _LEFT.match(window)
    return (_LeftMatch(m, start) if m is not None and m.end() else None), 0


def _word_before(text: str, start: int) -> tuple[str, str, str] | None:
    """(word, dot, mark) just before `start`: ("No", ".", ""), ("COMMENTS", "", "(")."""
    m = _WORD_BEFORE.match(text[max(0, start - 24) : start][::-1])
    if m is None:
        return None
    return m.group("word")[::-1], m.group("dot") or "", m.group("mark") or ""


def _excluded_before(text: str, start: int) -> bool:
    """Whether what stands before a number makes it a name, label, date or formula
    ("G20", "S-300", "Route 66", "No. 10", "August 21", "3:35", "10 + five", "m^2")."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalpha() or before in _GLUE_BEFORE:
        return True
    if before == "-" and start >= 2 and text[start - 2].isalpha():
        # "S-300" is a name, but "magnitude-5.2" is a magnitude (wire style)
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


def _skip_token_end(text: str, pos: int) -> int:
    """The end of the alphanumeric token around pos (to skip "W460", "3:35am")."""
    n = len(text)
    while pos < n and (
        text[pos].isalnum() or (text[pos] in ":.-/" and pos + 1 < n and text[pos + 1].isalnum())
    ):
        pos += 1
    return pos


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
        run_text = m.group()
        if run_text.isascii() and run_text.isdigit():
            # The commonest run, bare ASCII digits ("2012", "5"): `_TOKEN` reads it as one
            # "num" token (only the last `_DIGITS` branch fits, whole), and `_segments`
            # reads that token as 0.0 + its float, no decimals, digits only; build that
            # number directly instead of the token and segment records.
            runs_end = m.end()
            numbers = [_Number(0.0 + float(run_text), m.start(), runs_end, True, 0, False, None)]
        else:
            tokens = _tokens(run_text, m.start())
            if not tokens:
                continue
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
                    pos = plain.end()
            numbers = _segments(tokens)
            if not numbers and tokens[0].kind == "a":  # "a decade", "an hour": one unit
                numbers = [_Number(1.0, tokens[0].start, tokens[0].end, False, 0, True, None)]
            runs_end = tokens[-1].end
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
        # rescan what the run's tokens did not cover ("an hour and 45 minutes")
        pos = max(consumed, runs_end, m.start() + 1)
    if "agnitude" in text or "ichter" in text:
        out = [_as_magnitude(text, mention) for mention in out]
    return tuple(out)


#: An earthquake's magnitude around a number: "6.1 magnitude", "6.1-magnitude",
#: "measuring 5.6 on the Richter scale", "2.8 to 3.8 degrees on the Richter scale"
#: (after); "magnitude 6.1", "magnitude-5.2", "a magnitude of 7" (before). Wire copy
#: (ECB+ earthquake stories) writes all of these.
_MAGNITUDE_AFTER = re.compile(
    r"""(?:[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+)(?i:magnitude)\b
      | [\ \t\xa0]+(?:(?i:degrees?)[\ \t\xa0]+)?on[\ \t\xa0]+the[\ \t\xa0]+(?i:richter)
        (?:[\ \t\xa0]+scale)?\b""",
    re.VERBOSE,
)
_MAGNITUDE_BEFORE = re.compile(
    r"(?i:\bmagnitude)(?:[\ \t\xa0]*-[\ \t\xa0]*|[\ \t\xa0]+(?:of[\ \t\xa0]+)?)$"
)


def _as_magnitude(text: str, mention: QuantityMention) -> QuantityMention:
    """The mention as an earthquake magnitude (unit "magnitude") when the text says so;
    else the mention itself. A magnitude is never a count of anything."""
    if mention.dimension not in ("count", "quantity") or mention.quantity.unit not in (
        None,
        "degree",
    ):
        return mention
    start, end = mention.start, mention.end
    after = _MAGNITUDE_AFTER.match(text, end)
    # "degrees" may already be in the mention: look for the Richter scale past it
    if after is None and mention.quantity.unit == "degree":
        return mention
    before = _MAGNITUDE_BEFORE.search(text, max(0, start - 16), start) if after is None else None
    if after is None and before is None:
        return mention
    if after is not None:
        end = after.end()
    if before is not None:
        start = before.start()
    q = dataclasses.replace(mention.quantity, unit="magnitude")
    return QuantityMention(text[start:end], start, end, q, "quantity")


_SCALE_AT_END = re.compile(r"(?i:(?P<scale>thousand|million|billion|trillion))$")


def _merge_comma_group(out: list[QuantityMention], mention: QuantityMention, text: str) -> bool:
    """Fold "three million, two hundred & forty" into one number (3,000,240): a number in
    words ending on a scale, a comma, and a smaller number in words. Replaces the last
    mention and returns True when it does."""
    last = out[-1]
    scale = _SCALE_AT_END.search(last.text)
    if (
        scale is None
        or text[last.end : mention.start] != ", "
        or not mention.text[:1].isalpha()
        or not last.text[:1].isalpha()
    ):
        return False
    a, b = last.quantity, mention.quantity
    for q, m in ((a, last), (b, mention)):
        if m.dimension != "count" or q.unit is not None or not q.exact or q.low != q.high:
            return False
    if a.low is None or b.low is None or not 0 < b.low < lex.SCALES[scale.group("scale").lower()]:
        return False
    value = a.low + b.low
    q = Quantity(value, value, value, None, exact=True)
    out[-1] = QuantityMention(text[last.start : mention.end], last.start, mention.end, q, "count")
    return True


def _overlaps_last(out: list[QuantityMention], mention: QuantityMention) -> bool:
    """Whether `mention` reaches back into the mention before it ("1$1": "1$" then a
    "$1" whose currency sign is already taken); the earlier reading keeps the text."""
    return bool(out) and mention.start < out[-1].end


_VAGUE_OPENERS = frozenset(
    w.lower()
    for w in list(lex.VAGUE_QUANTIFIERS) + list(lex.APPROXIMATE_WORDS) + list(lex.EXACT_WORDS)
) | {"a few", "a handful", "a couple", "a dozen", "a pair"}

#: A vague quantifier and the scales after it ("tens of thousands of", "several hundred").
_VAGUE = re.compile(
    r"""
    (?P<q>(?i:"""
    + _folded_trie(
        list(lex.VAGUE_QUANTIFIERS) + list(lex.APPROXIMATE_WORDS) + list(lex.EXACT_WORDS)
    )
    + r"""))\b
    (?P<scales>(?:[\ \t\xa0]+(?:of[\ \t\xa0]+)?(?i:hundreds?|thousands?|millions?|billions?|dozens?)\b)*)
    (?P<of>[\ \t\xa0]+of\b)?
    """,
    re.VERBOSE,
)


def _read_vague(text: str, start: int) -> tuple[QuantityMention | None, int] | None:
    m = _VAGUE.match(text, start)
    if m is None:
        return None
    q = re.sub(r"\s+", " ", m.group("q").lower())
    scales = [
        w.rstrip("s").lower()
        for w in re.findall(
            r"(?i)hundreds?|thousands?|millions?|billions?|dozens?", m.group("scales")
        )
    ]
    scale = 1.0
    for word in scales:
        scale *= 12.0 if word == "dozen" else lex.SCALES[word]
    end = m.end("scales") if scales else m.end("q")
    if q in lex.VAGUE_QUANTIFIERS:
        low, high, needs_of = lex.VAGUE_QUANTIFIERS[q]
        if needs_of and not (m.group("of") or (scales and " of" in m.group("scales").lower())):
            return None, m.end("q")
        if q in ("hundreds", "thousands", "millions", "billions") and scales:
            pass  # "hundreds of thousands": the plural word is itself the quantifier
        if scale != 1.0:
            # (high + 1) x scale - 1: "tens of thousands" -> 20,000..99,999
            base_scale = 1.0
            if q in ("hundreds", "thousands", "millions", "billions"):
                base_scale = lex.SCALES[q]
            unit_low, unit_high = low / base_scale, (high + 1) / base_scale
            low = unit_low * base_scale * scale
            high = unit_high * base_scale * scale - 1
        quantity = _quantity(_Reading(low, high, start, end, vague=True))
        left, base = _left(text, start)
        mention_start = start
        if left is not None and left.group("mod"):
            mod = lex.MODIFIERS.get(re.sub(r"\s+", " ", left.group("mod").lower()))
            mention_start = base + left.start("mod")
            if mod in ("above", "at-least"):
                quantity = Quantity(low, None, None, None, vague=True, bound=True)
            elif mod in ("below", "at-most"):
                quantity = Quantity(0.0, high, None, None, vague=True, bound=True)
        return QuantityMention(text[mention_start:end], mention_start, end, quantity, "count"), end
    if q in lex.APPROXIMATE_WORDS:
        low, high, best = lex.APPROXIMATE_WORDS[q]
        if scales:
            low, high, best = low * scale, high * scale, best * scale
        number = _Number(
            best, start, end, False, 0, q.startswith("a "), None, dozen="dozen" in q, fraction=True
        )  # "a couple of days": "of" may stand before the unit
        return _finish(text, number, _Reading(low, high, start, end, approximate=True, exact=False))
    value = lex.EXACT_WORDS[q] * scale
    number = _Number(value, start, end, False, 0, True, None)
    return _finish(text, number, _Reading(value, value, start, end))


def _finish(text: str, number: _Number, reading: _Reading) -> tuple[QuantityMention | None, int]:
    """Read modifiers and units around an approximate word ("more than a dozen")."""
    tail = _read_tail(text, reading.end, number, None)
    end = reading.end
    unit, dimension = None, "count"
    low, high = reading.low, reading.high
    if tail is not None and tail.unit and tail.dimension == "duration":
        unit, dimension, end = tail.unit, "duration", tail.unit_end
    left, base = _left(text, number.start)
    start = number.start
    mod = None
    if left is not None and left.group("mod"):
        mod = lex.MODIFIERS.get(re.sub(r"\s+", " ", left.group("mod").lower()))
        start = base + left.start("mod")
    if mod is not None:
        reading = _Reading(number.value, number.value, start, end, unit, dimension, mod)
    elif reading.approximate:
        q = Quantity(low, high, number.value, unit, approximate=True)
        return QuantityMention(text[start:end], start, end, q, dimension), end
    else:
        reading = _Reading(low, high, start, end, unit, dimension, exact=reading.exact)
    return QuantityMention(text[start:end], start, end, _quantity(reading), dimension), end


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


def _read_mention(
    text: str, number: _Number, following: _Number | None
) -> tuple[QuantityMention | None, int] | None:
    """The mention a number makes in its context, and where reading stopped; None
    when the number is not a quantity (and nothing past it is consumed)."""
    start, end = number.start, number.end
    if not math.isfinite(number.value) or number.value > 1e18:
        return None, _skip_token_end(text, end)  # a run of digits, not a quantity
    score_end = _score_end(text, number)
    if score_end is not None:
        return None, score_end  # "a 31-24 victory": a score, not a count
    powered = _times_power(text, number)
    if powered is not None:  # "2.48×10−5", "8x2^10 bits": one number, read on from there
        number, end = powered, powered.end
    # --- not a quantity: glued to letters, labels, dates, clocks, URLs
    if number.digits_only or text[start].isdigit():
        if _excluded_before(text, start):
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
        if text.startswith("/", end) and end + 1 < len(text) and text[end + 1].isdigit():
            return _read_slash(text, number)
    else:
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
    named = _named_quantity(text, number)
    if named is not None:
        return named, end
    # --- mixed fraction "2 1/2"
    value = number.value
    if number.digits_only and value == int(value):
        mixed = _MIXED.match(text, end)
        if mixed is not None:
            num, den = int(mixed.group("num")), int(mixed.group("den"))
            if 0 < num < den and den in lex.SLASH_DENOMINATORS:
                value += num / den
                number = _Number(value, start, mixed.end(), False, 3, False, None, fraction=True)
                end = mixed.end()
    # --- left context: modifier, range opener, currency, sign
    left, base = _left(text, start)
    currency = None
    mod = opener = None
    sign = 1.0
    mention_start = start
    if left is not None and left.end() > left.start():
        if left.group("currency"):
            key = left.group("currency")
            currency = (
                lex.CURRENCY_PREFIXES.get(key)
                or lex.CURRENCY_PREFIXES.get(key.upper())
                or key.upper()
            )
            if key.upper() in lex.CURRENCY_CODES:
                currency = key.upper()
            if key in ("Rs", "Rs.") and not key:
                currency = None
            mention_start = base + left.start("currency")
        signed = left.group("sign") or left.group("sign2") or left.group("negword")
        if signed:
            sign_pos = base + left.start(
                "negword" if left.group("negword") else ("sign" if left.group("sign") else "sign2")
            )
            before_sign = text[sign_pos - 1] if sign_pos > 0 else " "
            after_sign = text[sign_pos + 1 : sign_pos + 2]
            # a minus is glued to its number: "News - Four people wounded" is a dash
            if left.group("negword") or not (before_sign.isalnum() or after_sign.isspace()):
                sign = -1.0
                mention_start = min(mention_start, sign_pos)
        if left.group("opener"):
            opener = left.group("opener").lower()
            mention_start = base + left.start("opener")
        if left.group("mod") or left.group("tilde"):
            key = (
                "~"
                if left.group("tilde") and not left.group("mod")
                else re.sub(r"\s+", " ", left.group("mod").lower())
            )
            if left.group("tilde"):
                key = "~"
            mod = lex.MODIFIERS.get(key)
            mention_start = base + left.start("tilde" if left.group("tilde") else "mod")
            if (
                mod is not None
                and key in ("over", "under", "above", "below")
                and currency is None
                and not number.digits_only
                and number.single_word
            ):
                pass
    # --- years and bare one
    probed: _Tail | None = None  # a year's tail read without a currency, reused below
    if _is_year(number, text) and currency is None and mod is None and sign > 0:
        tail_probe = probed = _read_tail(text, end, number, None)
        if tail_probe is None or (tail_probe.unit is None and tail_probe.multiplier == 1.0):
            if text.startswith("-", end) or text.startswith("–", end):
                rng = re.match(r"[-–](\d{2}|\d{4})\b", text[end : end + 6])
                if rng:
                    return None, end + rng.end()
            if not _year_is_counted(text, number):
                return None, end
    # --- right context: multiplier, unit, suffix modifier
    # (a year's probe had the same text, end, number and no currency: the same tail)
    tail = probed if probed is not None else _read_tail(text, end, number, currency)
    if tail is None:
        return None, _skip_token_end(text, end)
    if tail.end == end and end < len(text) and text[end].isalpha() and number.digits_only:
        return None, _skip_token_end(text, end)  # "1Like", "06F6"
    value = sign * number.value * tail.multiplier * tail.factor
    decimals = number.decimals
    if tail.end == end and mod is None and currency is None:
        power = _POWER.match(text, end) if number.digits_only else None
        if power is not None:
            exponent = int(power.group("exp")) * (-1 if power.group("sign").count("-") % 2 else 1)
            value = sign * number.value**exponent
            q = Quantity(value, value, value, None, exact=True)
            return QuantityMention(
                text[mention_start : power.end()], mention_start, power.end(), q
            ), power.end()
        ratio = _read_ratio(text, end, value)
        if ratio is not None:
            value, ratio_end = ratio
            q = Quantity(value, value, value, None, exact=True)
            return QuantityMention(
                text[mention_start:ratio_end], mention_start, ratio_end, q
            ), ratio_end
    unit, dimension = tail.unit, tail.dimension
    if unit is None and tail.multiplier == 1.0 and tail.suffix is None and mod is None:
        shared = _shared_unit(text, number, tail.end, following)
        if shared is not None:  # "45 and 50 mg": both are milligrams
            unit, dimension = shared
    mention_end = tail.end
    # --- a second range end
    range_end = None
    if tail.suffix is None:
        range_end = _read_range_end(text, tail.unit_end, number, opener, currency, tail, sign)
    if range_end is not None:
        high_value, high_unit, high_dimension, range_stop, high_decimals, high_multiplier = (
            range_end
        )
        low_value = value
        if (
            tail.multiplier == 1.0
            and number.scale == 1.0
            and high_multiplier != 1.0
            and number.value * high_multiplier <= abs(high_value)
        ):  # "5 to 10 million": the scale of the second end applies to the first
            low_value = sign * number.value * high_multiplier
        if unit is None and high_unit is not None:
            unit, dimension = high_unit, high_dimension
        elif unit is not None and high_unit is not None and high_unit.startswith(unit + " / "):
            unit = high_unit  # "$10 to $12 an hour": the rate is both ends
            if dimension == "money" and tail.factor == 1.0 and low_value == value:
                pass
        lo, hi = sorted((low_value, high_value))
        reading = _Reading(
            lo,
            hi,
            mention_start,
            range_stop,
            unit,
            dimension,
            mod if mod == "approx" else None,
            max(decimals, high_decimals),
            is_range=True,
            exact=False,
        )
        mention = QuantityMention(
            text[mention_start:range_stop], mention_start, range_stop, _quantity(reading), dimension
        )
        return mention, range_stop
    if opener == "between":
        mention_start = start if mod is None and currency is None and sign > 0 else mention_start
        if mod is None and currency is None and sign > 0:
            mention_start = start
    if opener == "from" and mod is None and left is not None:
        mention_start = start if currency is None and sign > 0 else mention_start
        if currency is not None:
            mention_start = base + left.start("currency")
        elif sign < 0:
            mention_start = base + left.start("sign" if left.group("sign") else "negword")
    if tail.suffix is not None and mod is None:
        mod = tail.suffix
    exact = not number.dozen or not number.article
    approximate = number.dozen and number.article
    if approximate and mod is None:
        low = _tidy(value * (1 - lex.APPROXIMATE_MARGIN))
        high = _tidy(value * (1 + lex.APPROXIMATE_MARGIN))
        reading = _Reading(
            low,
            high,
            mention_start,
            mention_end,
            unit,
            dimension,
            None,
            decimals,
            approximate=True,
            exact=False,
        )
        q = Quantity(low, high, value, unit, approximate=True)
        return QuantityMention(
            text[mention_start:mention_end], mention_start, mention_end, q, dimension
        ), mention_end
    if (
        dimension == "money"
        and value > 0
        and mod is None
        and _accounting(text, mention_start, mention_end)
    ):
        value = -value  # "revenue is ($99.99)": an accounting negative
        mention_start, mention_end = mention_start - 1, mention_end + 1
    reading = _Reading(
        value, value, mention_start, mention_end, unit, dimension, mod, decimals, exact=exact
    )
    mention = QuantityMention(
        text[mention_start:mention_end], mention_start, mention_end, _quantity(reading), dimension
    )
    return mention, mention_end


#: Between two numbers of a list that share the unit after the second ("45 and 50 mg").
_LIST_JOIN = re.compile(r"(?:,[\ \t\xa0]*|[\ \t\xa0]+(?:and|or)[\ \t\xa0]+)")


def _shared_unit(
    text: str, number: _Number, end: int, following: _Number | None
) -> tuple[str, str] | None:
    """The unit and dimension a bare number takes from the next number of its list
    ("45 and 50 mg", "ran 100 and 200 meters", "2 and 3 percent"), else None. Digits
    only; measures and percentages only (an age list mixes years and months); no
    multiplier is shared ("5 and 10 million" may mean five)."""
    if following is None or not (number.digits_only and following.digits_only):
        return None
    join = _LIST_JOIN.match(text, end)
    if join is None or join.end() != following.start:
        return None
    probe = _read_tail(text, following.end, following, None)
    if (
        probe is None
        or probe.unit is None
        or probe.multiplier != 1.0
        or probe.factor != 1.0
        or probe.dimension not in ("quantity", "percent")
    ):
        return None  # not durations: "ages 3, 4 and 19 months" are years and months
    return probe.unit, probe.dimension


#: Scientific notation after digits: "×10−5", "x10^6", "× 10⁻⁵", "x2^10".
_TIMES_POWER = re.compile(
    r"""[\ ]?(?P<times>[×xX*·])[\ ]?(?P<base>\d{1,3})
        (?:(?:\^|\*\*)(?P<sign>[-−+]?)(?P<exp>\d{1,3})      # x2^10, ×10^-5
         | (?P<minus>[-−])(?P<exp10>\d{1,3})                   # ×10−5 (a minus: base 10)
         | (?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))                      # ×10⁻⁵
    """,
    re.VERBOSE,
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _times_power(text: str, number: _Number) -> _Number | None:
    """The number times a power written after it ("2.48×10−5" = 2.48e-5), else None."""
    if not number.digits_only:
        return None
    m = _TIMES_POWER.match(text, number.end)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    base = int(m.group("base"))
    if m.group("exp") is not None:
        exponent = int(m.group("exp")) * (-1 if m.group("sign") in ("-", "−") else 1)
    elif m.group("exp10") is not None:
        if base != 10 or (m.group("minus") == "-" and m.group("times") != "×"):
            return None  # "3x10-5" may be anything; "×10−5" is a power of ten
        exponent = -int(m.group("exp10"))
    else:
        if base != 10:
            return None
        exponent = int(m.group("sup").translate(_SUPERSCRIPTS))
    if abs(exponent) > 30 or base == 0:
        return None
    value = number.value * float(base) ** exponent
    return dataclasses.replace(number, value=value, end=m.end(), scale=1.0)


_WORD_AT_END = re.compile(r"(?P<word>[A-Za-z]+)[\ \t\xa0]*$")


def _named_quantity(text: str, number: _Number) -> QuantityMention | None:
    """A phrase that names a quantity around a number word ("absolute zero" = 0 K)."""
    if number.single_word is None or number.start < 2 or text[number.start - 1] not in " \t\xa0":
        return None
    word = _WORD_AT_END.search(text, max(0, number.start - 24), number.start)
    if word is None:
        return None
    unit = lex.NAMED_QUANTITIES.get((word.group("word").lower(), number.single_word))
    if unit is None:
        return None
    start = word.start()
    q = Quantity(number.value, number.value, number.value, _canonical_unit(unit), exact=True)
    return QuantityMention(text[start : number.end], start, number.end, q, "quantity")


def _accounting(text: str, start: int, end: int) -> bool:
    """Whether a money amount stands alone in brackets as an accounting negative:
    "($99.99)" at the start of a line or after "is", ":" (`lex.ACCOUNTING_BEFORE`). A
    bracket after another amount is a conversion ("€110bn ($143bn)"), never negative."""
    if start == 0 or text[start - 1] != "(" or not text.startswith(")", end):
        return False
    before = text[max(0, start - 25) : start - 1].rstrip(" \t\xa0")
    if not before or before.endswith(("\n", ":", "=", "|")):
        return True
    word = _WORD_AT_END.search(before)
    return word is not None and word.group("word").lower() in lex.ACCOUNTING_BEFORE


def _read_ratio(text: str, end: int, value: float) -> tuple[float, int] | None:
    """ "1 over 3", "one out of three": the value of the ratio and where it ends."""
    over = _OVER.match(text, end)
    if over is None:
        return None
    m = _CHAIN.match(text, over.end())
    if m is None or m.group("vulgar"):
        return None
    numbers = _segments(_tokens(m.group(), m.start()))
    if not numbers or numbers[0].start != m.start() or numbers[0].value == 0:
        return None
    second = numbers[0]
    tail = _read_tail(text, second.end, second, None)
    if tail is None or tail.unit is not None or tail.multiplier != 1.0 or _is_year(second, text):
        return None
    if second.end < len(text) and text[second.end].isalnum():
        return None
    return value / second.value, second.end


def _looks_like_number_after_plus(text: str, end: int) -> bool:
    """ "10 + five =" (arithmetic) as against "6,000+ people" (a bound)."""
    m = re.match(r"[\ \t]*\+[\ \t]*(\d|[A-Za-z]+[\ \t]*=)", text[end : end + 24])
    return m is not None


def _ordinal_after_count(text: str, number: _Number, end: int) -> bool:
    """Whether a count ends on a singular fraction word ("two millionth", "five
    hundredth"): fractions of more than one take the plural ("two thirds"), so this is
    an ordinal."""
    words = text[number.start : end].replace("-", " ").split()
    last = words[-1].lower() if words else ""
    denominator = lex.FRACTION_WORDS.get(last)
    if denominator is None or last.endswith("s") or last == "half" or number.value >= 1:
        return False  # "one and a quarter" is a mixed number
    return round(number.value * denominator) > 1


def _read_slash(text: str, number: _Number) -> tuple[QuantityMention | None, int]:
    """A slash after digits: a fraction ("3/4", "1/40") or a date/score (nothing)."""
    m = _SLASH.match(text, number.end)
    if m is None:  # pragma: no cover - caller checked "/" and a digit
        return None, number.end
    end = m.end()
    if m.group("more"):
        return None, _skip_token_end(text, end)
    den = int(m.group("den"))
    num = number.value
    if (
        den == 0
        or num != int(num)
        or num >= den
        or not (den in lex.SLASH_DENOMINATORS or den >= lex.SLASH_DENOMINATORS_MIN_UNAMBIGUOUS)
    ):
        return None, _skip_token_end(text, end)
    fraction = _Number(num / den, number.start, end, False, 3, False, None, fraction=True)
    tail = _read_tail(text, end, fraction, None)
    if tail is None or (tail.end == end and end < len(text) and text[end].isalpha()):
        return None, _skip_token_end(text, end)
    unit, dimension = tail.unit, tail.dimension
    start, sign = number.start, 1.0
    left, base = _left(text, number.start)
    signed = left is not None and next(
        (g for g in ("negword", "sign", "sign2") if left.group(g)), None
    )
    if left is not None and signed:
        sign_pos = base + left.start(signed)
        glued = not text[sign_pos + 1 : sign_pos + 2].isspace()
        if left.group("negword") or (glued and (sign_pos == 0 or not text[sign_pos - 1].isalnum())):
            start, sign = sign_pos, -1.0  # "-4/5", "minus 3/4"
    value = sign * num / den * tail.multiplier
    q = Quantity(value, value, value, unit, exact=True)
    return QuantityMention(text[start : tail.end], start, tail.end, q, dimension), tail.end


def _read_range_end(text, pos, first: _Number, opener, currency, first_tail: _Tail, first_sign=1.0):
    """(value, unit, dimension, end, decimals, multiplier) of a range's second end."""
    j = _RANGE_JOIN.match(text, pos)
    if j is None:
        return None
    join = j.group("join")
    if join == "and" and opener != "between":
        return None
    if join in ("to", "through") and opener == "between":
        pass
    if j.group("currency") and not currency:
        return None
    at = j.end()
    sign = 1.0
    if text.startswith(("-", "−"), at):
        if join not in ("to", "through"):
            return None
        sign, at = -1.0, at + 1  # "-18 °C to -34 °C"
    m = _CHAIN.match(text, at)
    if m is None or m.group("vulgar"):
        return None
    tokens = _tokens(m.group(), m.start())
    numbers = _segments(tokens) if tokens else []
    if not numbers or numbers[0].start != m.start():
        return None
    second = numbers[0]
    if (first.digits_only or text[first.start].isdigit()) != (
        second.digits_only or text[second.start].isdigit()
    ) and not (join in ("to", "or") and not first.digits_only and not second.digits_only):
        return None  # "6,000 to ten": mixed writing, not one range
    after = _AFTER_NOT.match(text, second.end)
    if after is not None and after.lastgroup in (
        "colon",
        "clock",
        "ordinal",
        "multi",
        "month",
        "decade",
    ):
        return None
    tail = _read_tail(
        text,
        second.end,
        second,
        currency or first_tail.unit if first_tail.dimension == "money" else currency,
    )
    if tail is None:
        return None
    if (
        tail.end == second.end
        and second.end < len(text)
        and text[second.end].isalpha()
        and second.digits_only
    ):
        return None
    value = sign * second.value * tail.multiplier * tail.factor
    first_value = first_sign * first.value * first_tail.multiplier * first_tail.factor
    if (
        first_tail.unit is not None
        and tail.unit is not None
        and first_tail.unit != tail.unit
        and not tail.unit.startswith(first_tail.unit + " / ")  # "$10 to $12 an hour"
    ):
        return None
    if first_tail.unit is not None and tail.unit is None and first_tail.dimension != "money":
        if join in ("-", "–", "—"):
            pass
        else:
            return None
    if join in ("-", "–", "—", "or"):
        # "60-70" is a range; "3-1" (a score), "555-1234" (a phone) are not
        bare_first = (
            first_sign
            * first.value
            * (tail.multiplier if first_tail.multiplier == 1.0 else first_tail.multiplier)
        )
        if not (first_value < value or bare_first < value):
            return None
        if join == "or" and value > 10 * max(first_value, 1):
            return None
        if _is_year(first, text) and _is_year(second, text):
            return None
    elif (
        join == "to"
        and opener is None
        and (first.single_word == "one" and second.single_word == "one")
    ):
        return None
    if join == "and" and value < first_value:
        return None
    return (
        value,
        tail.unit,
        tail.dimension,
        tail.end,
        second.decimals,
        tail.multiplier * second.scale,
    )


_BELOW_MONTH = frozenset({"week", "day", "hour", "minute", "second"})


def _merge_duration(out: list[QuantityMention], mention: QuantityMention, text: str) -> bool:
    """Fold "2 years and 3 months" into one duration (27 months), and "6 feet 2 inches"
    into one measure (74 inches); True when merged."""
    prev = out[-1]
    if (
        prev.dimension == "duration"
        and prev.quantity.unit == "hour"
        and mention.dimension == "count"
        and mention.quantity.exact
        and mention.quantity.best is not None
        and 0 < mention.quantity.best < 60
        and _DURATION_NEXT.fullmatch(text, prev.end, mention.start) is not None
        and prev.quantity.best is not None
    ):  # "1 hour thirty", "2 hours and 10": the bare number is minutes
        total = prev.quantity.best * 60 + mention.quantity.best
        q = Quantity(total, total, total, "minute", exact=True)
        out[-1] = QuantityMention(
            text[prev.start : mention.end], prev.start, mention.end, q, "duration"
        )
        return True
    if (
        prev.dimension == mention.dimension == "money"
        and prev.quantity.unit == mention.quantity.unit
        and prev.quantity.exact
        and mention.quantity.exact
        and prev.quantity.best is not None
        and prev.quantity.best == int(prev.quantity.best)
        and mention.quantity.best is not None
        and 0 < mention.quantity.best < 1  # read from a subunit: "43 cents"
        and _SUBUNIT_NEXT.fullmatch(text, prev.end, mention.start) is not None
    ):  # "20 dollars 43 cents", "3 pounds and 50 pence": one sum ("$5, 50 cents": a list)
        total = round(prev.quantity.best + mention.quantity.best, 2)
        q = Quantity(total, total, total, mention.quantity.unit, exact=True)
        out[-1] = QuantityMention(
            text[prev.start : mention.end], prev.start, mention.end, q, "money"
        )
        return True
    dimension = prev.dimension
    if dimension not in ("duration", "quantity") or mention.dimension != dimension:
        return False
    if not (prev.quantity.exact and mention.quantity.exact):
        return False
    if prev.quantity.unit is None or mention.quantity.unit is None:
        return False
    joiner = _DURATION_NEXT.fullmatch(text, prev.end, mention.start)
    if joiner is None:
        return False
    registry = _registry()
    big_unit = prev.quantity.unit
    if big_unit == "year" and mention.quantity.unit in _BELOW_MONTH:
        big_unit = "common_year"  # "1 year, 2 days": a calendar year of 365 days
    big = registry.Quantity(prev.quantity.best, big_unit)
    small = registry.Quantity(mention.quantity.best, mention.quantity.unit)
    try:
        one_big = registry.Quantity(1, big_unit).to(small.units).magnitude
    except Exception:  # pint's DimensionalityError: "5 miles, 3 kilos" are two things
        return False
    if big.to(small.units).magnitude <= small.magnitude:
        return False
    if dimension == "quantity" and not (one_big > 1 and small.magnitude < one_big):
        return False  # "6 feet 2 inches" is one height; "10 miles and 5 km" are two
    total = float((big + small.to(big.units)).to(small.units).magnitude)
    q = Quantity(total, total, total, mention.quantity.unit, exact=True)
    out[-1] = QuantityMention(text[prev.start : mention.end], prev.start, mention.end, q, dimension)
    return True


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
