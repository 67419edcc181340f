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


def _read_left(text: str, number: _Number, start: int) -> _Before:
    """The currency, sign, range opener and modifier before the number at `start`, and
    where the mention starts with them ("more than $5", "between -3", "minus five")."""
    left, base = _left(text, start)
    currency = None
    mod = opener = None
    sign = 1.0
    mention_start = start
    if left is not None and left.end() > left.start():
        if left.group("currency"):
            currency = _prefix_currency(left.group("currency"))
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
    return _Before(left, base, currency, mod, opener, sign, mention_start)


def _opener_start(before: _Before, start: int) -> int:
    """Where a single number's mention starts when its opener found no range end:
    "between 5" and "from 5" start at the number; "between $5" and "between -5" keep
    the opener; "from $5" and "from -5" start at the currency or the sign."""
    opener, mod, currency, sign = before.opener, before.mod, before.currency, before.sign
    left, base = before.left, before.base
    mention_start = before.start
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
    return mention_start
