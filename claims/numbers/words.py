"""The value of one number in a run of tokens: the grammar of number words and digits
(scales, "and a half", "point five", dozens) that `_read_number` reads left to right."""

from __future__ import annotations

from claims.numbers.tokens import _digit_value, _Number, _Token

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
    return _NumberReader(tokens, i).read()


class _NumberReader:
    """One `_read_number` call: the value read so far as its tokens are read left to
    right, one `_step` a token (a call's own state, never shared)."""

    __slots__ = (
        "tokens", "n", "first", "total", "group", "last_scale", "prev", "decimals",
        "digits_only", "dozen", "fraction", "last_used", "and_group", "hundred_in_group",
    )  # fmt: skip

    def __init__(self, tokens: list[_Token], i: int) -> None:
        self.tokens = tokens
        self.n = len(tokens)
        self.first = i
        self.total = 0.0  # closed groups (thousands and above)
        self.group = 0.0  # the group below a thousand (may hold a fraction)
        self.last_scale = 0.0
        self.prev: str | None = None
        self.decimals = 0
        self.digits_only = True
        self.dozen = self.fraction = False
        self.last_used = i  # index of the last token that belongs to the number
        self.and_group: float | None = (
            None  # the group when "and" came ("three hundred and two dozens")
        )
        self.hundred_in_group = False  # the group below a thousand has had its "hundred"

    def read(self) -> tuple[_Number | None, int]:
        i = self.first
        while i < self.n:
            after = self._step(i)
            if after is None:
                break
            i = after
        return self._result()

    def _step(self, i: int) -> int | None:
        """Read the token at `i`: the index to read next, None when the number ends."""
        if self._ends_before(i):
            return None
        if self.tokens[i].kind == "and":
            return self._and(i)
        return self._value(i)

    def _ends_before(self, i: int) -> bool:
        """Whether the token at `i` cannot continue the number."""
        tokens, prev = self.tokens, self.prev
        tok = tokens[i]
        kind = tok.kind
        if kind not in _FOLLOWS.get(prev, frozenset()):
            return True
        if kind == "card" and prev == "tens" and tok.value >= 10:
            return True  # "twenty eleven"
        if kind == "num" and prev in ("hundred", "scale") and tokens[i - 1].kind != "and":
            if prev == "hundred" or tok.value >= self.last_scale:
                return True  # "4000 3 hundred" is two numbers; "thousand 5" only as a part
        if (
            prev == "and"
            and self.hundred_in_group
            and i + 1 < self.n
            and tokens[i + 1].kind == "hundred"
            and kind in ("num", "card", "tens")
        ):
            return True  # "3 hundred and 2.12 hundred" are two numbers
        return False

    def _and(self, i: int) -> int | None:
        """An "and" at `i`: a fraction after it ("two and a half") or a joint after a
        hundred or a scale ("three hundred and six")."""
        tokens, n = self.tokens, self.n
        frac = _fraction_after_and(tokens, i + 1)
        if frac is not None:
            value, j = frac
            smaller = (
                tokens[j].value
                if j < n and tokens[j].kind == "scale" and tokens[j].value < self.last_scale
                else None
            )
            if self.last_scale >= 1000 and self.group == 0 and smaller is not None:
                # "one billion and a half million": half a million more
                self.total += value * smaller
                self.fraction = True
                self.digits_only = False
                self.last_used = j
                return None
            if self.last_scale >= 1000 and self.group == 0:
                self.total += value * self.last_scale  # "3 million and a half"
            else:
                self.group += value  # "two and a half", "one hundred and three quarters"
            self.fraction = True
            self.digits_only = False
            self.prev, self.last_used = "frac-added", j - 1
            break_after = j < n and tokens[j].kind in ("scale", "hundred")
            return j if break_after else None
        if self.prev not in ("hundred", "scale"):
            return None  # "two and three" is two numbers
        self.and_group = self.group
        self.prev = "and"
        return i + 1

    def _value(self, i: int) -> int | None:
        """Add the value of the token at `i` (not an "and") to the number."""
        tok = self.tokens[i]
        kind = tok.kind
        prev = self.prev
        if kind == "num":
            value, self.decimals = _digit_value(tok.text)
            self.group += value
        elif kind == "vulgar":
            self.group += tok.value
            self.fraction = True
            self.digits_only = self.digits_only and prev == "num"
        elif kind == "card" or kind == "tens":
            self.digits_only = False
            if prev == "point":
                return self._spoken_decimals(i)
            self.group += tok.value
        elif kind == "point":
            self.digits_only = False
            if i + 1 < self.n and self.tokens[i + 1].kind == "num":
                return self._digit_decimals(i)
        elif kind == "a":
            self.digits_only = False
        elif kind == "hundred":
            if self.hundred_in_group:
                return None  # "3 hundred and 2.12 hundred" are two numbers
            self.hundred_in_group = True
            self.digits_only = self.digits_only and prev == "num"
            self.group = (self.group or 1) * 100
        elif kind == "scale":
            self.digits_only = self.digits_only and prev in ("num", "frac-added", "decimal")
            if self.last_scale and tok.value > self.last_scale:
                self.total = (self.total + self.group) * tok.value  # "three thousand millions"
            else:
                self.total += (self.group or 1) * tok.value
            self.group = 0.0
            self.hundred_in_group = False
            self.last_scale = tok.value
        elif kind == "dozen":
            and_group = self.and_group
            if and_group is not None and self.group > and_group:
                # 300 + 2 dozen, not 302 dozen
                self.group = and_group + (self.group - and_group) * 12
            else:
                self.group = (self.group or 1) * 12
            self.dozen = True
            self.digits_only = False
        elif kind == "frac":
            self.digits_only = False
            self.fraction = True
            if prev in ("card", "tens", "a"):
                self.group = (self.group or 1) / tok.value  # "two thirds", "a half"
            else:
                self.group = 1 / tok.value  # "half a million"
        self.prev = "scale" if kind == "hundred" and self.last_scale else kind
        if kind == "hundred":
            self.prev = "hundred"
        self.last_used = i
        return i + 1

    def _spoken_decimals(self, i: int) -> int | None:
        """The words after "point" at `i` as decimals ("point zero three")."""
        digits, after = _point_digits(self.tokens, i)
        self.group += float("0." + digits) if digits else 0.0
        self.decimals = len(digits)
        self.last_used = after - 1
        self.prev = "decimal"
        if not (after < self.n and self.tokens[after].kind in ("scale", "hundred")):
            return None
        return after

    def _digit_decimals(self, i: int) -> int | None:
        """The digits after "point" at `i` as decimals ("point 5")."""
        text = self.tokens[i + 1].text.replace(",", "")
        if not text.isdigit():
            return None
        self.group += float("0." + text)
        self.decimals = len(text)
        self.prev, self.last_used = "decimal", i + 1
        after = i + 2
        if not (after < self.n and self.tokens[after].kind in ("scale", "hundred")):
            return None
        return after

    def _result(self) -> tuple[_Number | None, int]:
        """The number read (None when it is only a joining word) and the index after it."""
        tokens, first = self.tokens, self.first
        last_used = self.last_used
        # a run may not end on a joining token
        while last_used > first and tokens[last_used].kind in ("and", "a", "point"):
            last_used -= 1
        if tokens[last_used].kind in ("a", "and"):
            return None, max(last_used + 1, first + 1)
        value = self.total + self.group
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
                digits_only=self.digits_only and all(t.kind in ("num", "scale") for t in words),
                decimals=self.decimals,
                article=words[0].kind == "a",
                single_word=single,
                dozen=self.dozen,
                fraction=self.fraction,
                scale=self.last_scale if self.group == 0 and self.last_scale else 1.0,
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
