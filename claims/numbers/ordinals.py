"""A run of tokens split into numbers (`_segments`), spoken fractions with an ordinal
denominator ("three twenty-fifths", "one hundred fifths") found first; and ordinals
that look like fractions ("the two millionth visitor")."""

from __future__ import annotations

from claims.lexicon import numbers as lex
from claims.numbers.tokens import _Number, _Token
from claims.numbers.words import _plain_segments


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
