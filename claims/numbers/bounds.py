"""A reading's interval (DESIGN.md table): what "more than", "at least", "up to", "about"
make of a value, approximate margins, ranges, and the implied ceiling of an open bound."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claims.lexicon import numbers as lex
from claims.model import Quantity


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
