"""Every regular expression in the library stays inside the subset RE2 accepts.

RE2 has no look-around and no backreferences, and matches in linear time; a pattern RE2
compiles cannot backtrack catastrophically in Python's engine either for the shapes we
use. Each module-level `re.Pattern` in `claims.*` is rewritten from verbose form to a
plain one and compiled with google-re2.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import claims

re2 = pytest.importorskip("re2", reason="google-re2 is in the dev extra: pip install -e '.[dev]'")


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for info in pkgutil.walk_packages(claims.__path__, prefix="claims."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", value))
            elif (
                isinstance(value, (tuple, list))
                and value
                and all(isinstance(v, re.Pattern) for v in value)
            ):
                found.extend((f"{info.name}.{name}[{i}]", v) for i, v in enumerate(value))
    return found


def strip_verbose(pattern: str) -> str:
    """Drop the whitespace and comments that re.VERBOSE ignores, keeping escapes and classes.

    >>> strip_verbose(r"a b  # comment\\n [ ]c\\ d")
    'a[ ]c\\\\ d'
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "]":  # "[]...]" : a literal ] first
                out.append("]")
                i += 1
        elif ch == "#":
            while i < len(pattern) and pattern[i] != "\n":
                i += 1
            continue
        elif not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(out)


def _as_re2(compiled: re.Pattern[str]) -> str:
    source = compiled.pattern
    if compiled.flags & re.VERBOSE:
        source = strip_verbose(source)
    prefix = ""
    if compiled.flags & re.IGNORECASE:
        prefix += "i"
    if compiled.flags & re.MULTILINE:
        prefix += "m"
    if compiled.flags & re.DOTALL:
        prefix += "s"
    return f"(?{prefix}){source}" if prefix else source


PATTERNS = _module_patterns()


def test_the_library_has_patterns() -> None:
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize(("name", "compiled"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_compiles_with_re2(name: str, compiled: re.Pattern[str]) -> None:
    source = _as_re2(compiled)
    try:
        re2.compile(source)
    except Exception as exc:  # re2 raises its own error type
        pytest.fail(f"{name} is outside RE2's syntax ({exc}): {source[:200]}")
