"""What stands before a number, read on the reversed text: a modifier ("more than",
"about", "~"), a range opener ("between", "from"), a sign or "minus", a currency."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import numbers as lex
from claims.numbers.alternation import _alternation, _folded_trie, _reversed
from claims.numbers.money import _prefix_currency
from claims.numbers.tokens import _Number

#: What stands before a number: modifier, range opener, sign, currency. Matched on the
#: *reversed* text just before the number, so one anchored attempt reads it all
#: ("more than $" reads as "$ naht erom").
_LEFT = re.compile(
    r"""
    (?:(?P<hyword>-(?i:"""
    + _alternation(_reversed(lex.HYPHEN_PREFIXES))
    + r"""))\b                                               # minus-3, sub-5
      | (?P<sign2>[-−]))?                                       # $-99.99
    (?:(?P<gcurrency>"""
    + _alternation(_reversed(lex.GLUED_ONLY_PREFIXES))
    + r""")\b                                                 # R1.5bn (glued only)
      | [\ \t\xa0]?(?P<currency>(?:"""
    + _alternation(
        _reversed([c for c in lex.CURRENCY_PREFIXES if c[0].isalpha()] + list(lex.CURRENCY_CODES))
    )
    + r""")\b                                              # Rs USD US$
        |"""
    + _alternation(_reversed(c for c in lex.CURRENCY_PREFIXES if not c[0].isalpha()))
    + r"""))?  # $ £ $US
    (?:[\ \t\xa0]?(?P<sign>[-−+]))?                            # -1.5, +0.4%
    (?:[\ \t\xa0]+(?P<negword>(?i:sunim|evitagen))\b)?         # minus five
    (?:[\ \t\xa0]+(?P<opener>(?i:neewteb|morf))\b)?            # between 60 and 70
    (?:[\ \t\xa0]*(?:(?P<tilde>~)|(?P<mod>(?i:"""
    + _folded_trie(_reversed(m for m in lex.MODIFIERS if m != "~"))
    + r"""))\b))?      # more than, about
    """,
    re.VERBOSE,
)

#: Letters glued before a currency sign that no table knows ("XK$500"): kept as a raw
#: code with the sign, so the amount is never dropped.
_RAW_CODE_REVERSED = re.compile(r"[A-Za-z]{1,4}")

#: A scale right after an amount ("R1.5bn", "R2 billion"): a glued-only prefix is money.
_SCALE_AFTER = re.compile(r"(?:bn|m|b|k|tn|[\ \t\xa0]+(?i:thousand|million|billion|trillion))\b")


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


_WINDOW = 48  # characters of left context read before a number


def _left(text: str, start: int) -> tuple[_LeftMatch | None, int]:
    """What stands before `start` (offsets in `text`; the second item is always 0)."""
    window = text[max(0, start - _WINDOW) : start][::-1]
    m = _LEFT.match(window)
    return (_LeftMatch(m, start) if m is not None and m.end() else None), 0


@dataclass(frozen=True, slots=True)
class _Before:
    """What `_read_left` found before a number (`left` and `base` as `_left` gives them)."""

    left: _LeftMatch | None
    base: int
    currency: str | None
    mod: str | None  # the modifier's meaning ("at-least", "approx")
    opener: str | None  # "between", "from"
    sign: float
    start: int  # where the mention starts: the first word read before the number
    currency_start: int | None = None  # where the currency (or its raw code) starts
    sign_start: int | None = None  # where a minus sign or word starts


def _glued_currency(text: str, number: _Number) -> bool:
    """Whether the letters glued before a number in digits are a currency ("RM50",
    "$US40", "Ksh2,000"; "R1.5bn" only before a scale, grouped digits or decimals), not a
    name ("G20", "the R5 road")."""
    start = number.start
    if not start or not text[start - 1].isalpha():
        return False
    left, _ = _left(text, start)
    if left is None:
        return False
    if left.group("gcurrency"):
        return bool(
            number.decimals
            or "," in text[start : number.end]
            or _SCALE_AFTER.match(text, number.end) is not None
        )
    code = left.group("currency")
    return (
        code in lex.GLUED_LETTER_PREFIXES
        and not left.group("sign2")
        and not left.group("hyword")
        and left.start("currency") + len(code) == start
    )


def _read_left(text: str, number: _Number, start: int) -> _Before:
    """The currency, sign, range opener and modifier before the number at `start`, and
    where the mention starts with them ("more than $5", "between -3", "minus five",
    "minus-3", "sub-5", "+0.4%")."""
    left, base = _left(text, start)
    currency = None
    mod = opener = None
    sign = 1.0
    mention_start = start
    currency_start = sign_start = None
    if left is not None and left.end() > left.start():
        key = left.group("gcurrency") or left.group("currency")
        if key:
            currency_start = base + left.start(
                "gcurrency" if left.group("gcurrency") else "currency"
            )
            if not key[-1].isalpha() and currency_start and text[currency_start - 1].isalpha():
                # "XK$500": letters no table knows before the sign, kept as a raw code
                raw = _RAW_CODE_REVERSED.match(
                    text[max(0, currency_start - 5) : currency_start][::-1]
                )
                letters = raw.group()[::-1] if raw is not None else ""
                begin = currency_start - len(letters)
                if letters and (begin == 0 or not text[begin - 1].isalnum()):
                    key, currency_start = letters + key, begin
            currency = _prefix_currency(key)
            mention_start = currency_start
        if left.group("hyword"):
            word = left.group("hyword")[:-1].lower()
            meaning = lex.HYPHEN_PREFIXES[word]
            if meaning == "negative":
                sign = -1.0
                sign_start = base + left.start("hyword")
            else:
                mod = meaning
            mention_start = min(mention_start, base + left.start("hyword"))
        signed = left.group("sign") or left.group("sign2") or left.group("negword")
        if signed:
            sign_pos = base + left.start(
                "negword" if left.group("negword") else ("sign" if left.group("sign") else "sign2")
            )
            before_sign = text[sign_pos - 1] if sign_pos > 0 else " "
            after_sign = text[sign_pos + 1 : sign_pos + 2]
            # a sign is glued to its number: "News - Four people wounded" is a dash
            if left.group("negword") or not (before_sign.isalnum() or after_sign.isspace()):
                if signed != "+":
                    sign = -1.0
                sign_start = sign_pos
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
    return _Before(
        left, base, currency, mod, opener, sign, mention_start, currency_start, sign_start
    )


def _opener_start(before: _Before, start: int) -> int:
    """Where a single number's mention starts when its opener found no range end:
    "between 5" and "from 5" start at the number; "between $5" and "between -5" keep
    the opener; "from $5" and "from -5" start at the currency or the sign."""
    opener, mod, currency, sign = before.opener, before.mod, before.currency, before.sign
    if opener == "between" and mod is None and currency is None and sign > 0:
        return start
    if opener == "from" and mod is None:
        if currency is not None and before.currency_start is not None:
            return before.currency_start
        if before.sign_start is not None:
            return before.sign_start
        return start
    return before.start
