"""Phrases just before a number that say it is a toll, a table of its own beside
`claims.py`, which reads it as `lex.TOLL_PHRASES`.

Provenance: hand-compiled for claimcheck (2026-11) from AP-style casualty reporting and
the GVC shooting corpus; the nouns before "of" from the GVC dev misses (2026-12).
"""

from __future__ import annotations

#: Phrases just before a number that say what it counts: "put the death toll at 60",
#: "killing 12", "wounding three". Longest first, so "death toll at" wins over "toll at".
TOLL_PHRASES: dict[str, str] = {
    # a death told as a noun before "of" and the people counted: "claimed the lives of
    # four people", "took the life of two police officers", "the murders of eight people"
    # (provenance: GVC dev misses read as plain counts, 2026-12)
    "claimed the lives of": "deaths",
    "took the lives of": "deaths",
    "took the life of": "deaths",
    "cost the lives of": "deaths",
    "murders of": "deaths",
    "killings of": "deaths",
    "deaths of": "deaths",
    "death toll at": "deaths",
    "death toll to": "deaths",
    "death toll of": "deaths",
    "toll rose to": "deaths",
    "toll climbed to": "deaths",
    "toll stood at": "deaths",
    "number of dead at": "deaths",
    "number of dead to": "deaths",
    "number of deaths to": "deaths",
    "toll at": "deaths",
    "toll to": "deaths",
    "toll of": "deaths",
    "killing": "deaths",
    "killed": "deaths",
    "kill": "deaths",
    "injuring": "injuries",
    "injured": "injuries",
    "wounding": "injuries",
    "wounded": "injuries",
    "arrested": "detained",
    "detained": "detained",
    "displacing": "displaced",
    "displaced": "displaced",
}

#: A word before a toll phrase that makes the deaths it names unrealized: "the
#: attempted murders of two officers" names no dead.
UNREALIZED_BEFORE: frozenset[str] = frozenset({"attempted", "attempt"})
