"""Money: currencies before and after a number ("$", "USD", "euros", "50p", "cents"),
rates ("$15 an hour", "$350 per kg") and accounting negatives ("($99.99)")."""

from __future__ import annotations

import re

from claims.lexicon import numbers as lex
from claims.numbers.alternation import _folded_trie
from claims.numbers.neighbours import _WORD_AT_END, _word_after
from claims.numbers.tokens import _Number
from claims.numbers.units import _canonical_unit

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


def _prefix_currency(key: str) -> str | None:
    """The currency a sign or code before a number stands for ("$", "Rs", "usd")."""
    currency: str | None = (
        lex.CURRENCY_PREFIXES.get(key)
        or lex.GLUED_ONLY_PREFIXES.get(key)
        or lex.CURRENCY_PREFIXES.get(key.upper())
        or key.upper()
    )
    if key.upper() in lex.CURRENCY_CODES:
        currency = key.upper()
    if key in ("Rs", "Rs.") and not key:
        currency = None
    return currency


def _currency_word(text: str, m: re.Match[str], number: _Number) -> tuple[str, str]:
    """(unit, dimension) of a currency word after a number ("euros"); "pounds" after
    "weighing" or before "of" are a mass."""
    word = re.sub(r"\s+", " ", m.group("curword").lower())
    after = text[m.end("curword") : m.end("curword") + 4]
    if word in ("pounds", "pound") and (
        after.startswith(" of")  # "5 pounds of cocaine"
        or _WEIGHT_CUE.search(text, max(0, number.start - 24), number.start) is not None
    ):  # "weighing about 180 pounds": a mass, not sterling
        return _canonical_unit("pound"), "quantity"
    return lex.CURRENCY_WORDS[word], "money"


def _subunit(m: re.Match[str], number: _Number) -> tuple[str, float] | None:
    """(currency, factor) of a subunit after a number ("50 cents", "50p", "3 more dimes",
    "93 of his pennies"); None for a spaced or spelled-out "p"."""
    word = m.group("subunit").lower()
    if m.group("subunit_join") and not m.group("subunit_space"):
        return None  # "3more dimes" is no reading of "3 more dimes"
    if word == "p":
        if m.group("subunit_space") or not number.digits_only:
            return None
        return "GBP", 0.01
    return lex.CURRENCY_SUBUNITS[word]


def _per_unit(text: str, end: int, unit: str) -> tuple[str, int]:
    """A money unit made a rate by what follows it ("$15.4/hour", "$350 per kg", "$15 an
    hour": "USD / hour"), and where it ends; the unit and `end` as given otherwise."""
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
    return unit, end
