"""Units: figures converted into one another's unit (pint), and a converted figure read
with the rounding of what was stated."""

from __future__ import annotations

import dataclasses
import math
from functools import cache

from claims.compare.settings import CONVERSION_ROUNDING
from claims.compare.values import _bounds
from claims.model import Quantity
from claims.unit_registry import registry as _units


@cache
def _factor(source: str, target: str) -> float | None:
    """How many `target` units one `source` unit is, or None (currencies, nonsense)."""
    try:
        return float(_units().Quantity(1, source).to(target).magnitude)
    except Exception:  # pint raises several unrelated types for unknown or mismatched units
        return None


def _in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    if (q.unit or "").casefold() == (unit or "").casefold():
        return q
    if q.unit is None or unit is None:
        return None
    factor = _factor(q.unit, unit)
    if factor is None:
        return None

    def scale(x: float | None) -> float | None:
        return None if x is None else x * factor

    return dataclasses.replace(
        q,
        low=scale(q.low),
        high=scale(q.high),
        best=scale(q.best),
        ceiling=scale(q.ceiling),
        unit=unit,
    )


def _as_stated(q: Quantity) -> Quantity:
    """An exact figure as the interval its rounding covers: half a step of its last
    stated digit, and at least CONVERSION_ROUNDING of it ("6.2 miles" -> 6.15..6.25)."""
    if not q.exact or q.low is None or q.low != q.high or q.low <= 0:
        return q
    x = q.low
    step = _stated_step(x)
    slack = max(step / 2, x * CONVERSION_ROUNDING)
    return dataclasses.replace(q, low=x - slack, high=x + slack, exact=False, approximate=True)


def _stated_step(x: float) -> float:
    """The step of a figure's last stated digit after the point: 1 for "1" or "12", 0.1
    for "1.2" (a whole number's trailing zeros are no coarser: "10" steps by 1)."""
    return next((10.0**-k for k in range(4) if math.isclose(x * 10**k, round(x * 10**k))), 1e-3)


def _rounds_to(coarse: Quantity, fine: Quantity) -> bool:
    """Whether `fine`, an exact figure stated to more decimals, rounds to `coarse`, an
    exact figure stated to fewer: "1.2 miles" is "one mile" told to the nearest mile,
    "12 miles" is not. Both in one unit."""
    if not (coarse.exact and fine.exact) or coarse.low is None or fine.low is None:
        return False
    if coarse.low != coarse.high or fine.low != fine.high or coarse.low <= 0:
        return False
    step = _stated_step(coarse.low)
    return _stated_step(fine.low) < step and abs(fine.low - coarse.low) <= step / 2


def _in_common_unit(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity] | None:
    """`qa` and `qb` in `qa`'s unit, or None when `qb` does not convert into it."""
    converted = _in_unit(qb, qa.unit)
    if converted is None:
        return None
    if converted.unit != qb.unit and not all(
        math.isclose(x, y) for x, y in zip(_bounds(qa), _bounds(converted), strict=True)
    ):
        # a converted figure agrees within the rounding of what was stated: "22 miles"
        # is the "35 kilometers" of another report
        qa, converted = _as_stated(qa), _in_unit(_as_stated(qb), qa.unit)
        assert converted is not None
    return qa, converted
