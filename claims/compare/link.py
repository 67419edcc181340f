"""A relation found between two claims, as the findings, groups and explanations use it."""

from __future__ import annotations

from dataclasses import dataclass

from claims.compare.reading import _Reading


@dataclass(frozen=True, slots=True)
class _Link:
    """A relation between two readings, with what the explanation needs."""

    relation: str
    severity: float
    first: _Reading  # the claims in the order the explanation cites them
    second: _Reading
    reason: str  # which sentence explains it (see _explain)
    ratio: float = 1.0
    detail: str = ""

    @property
    def pair(self) -> tuple[int, int]:
        return tuple(sorted((self.first.order, self.second.order)))  # type: ignore[return-value]
