"""pint's unit registry: one for the whole library, built on first need.

Building a registry parses pint's definitions file (about a quarter of a second), so
numbers (canonical unit names, compound durations) and compare (conversions between
units) share this one instead of each building its own.
"""

from __future__ import annotations

from functools import cache


@cache
def registry():  # type: ignore[no-untyped-def]
    """The library's pint.UnitRegistry (pint is imported on first call)."""
    import pint

    return pint.UnitRegistry()
