"""The runs of number tokens in a text and their tokens: the gate and chain patterns
(digits in every grouping, number words, vulgar fractions), `_Token`, `_Number` (what a
run's numbers are read into) and the value of a digit token."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import numbers as lex
from claims.numbers.alternation import _cased
from claims.prefix_tree import prefix_tree

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
