"""The verifier's own word tables, beside the shared ones in claims/lexicon/words.py.

Provenance: written by hand for issue 13 from the failure classes of EQUATE's dev sets
(RedditNLI economy headlines, RTE-Quant news sentences), each table with the general
English usage it stands for (AP stylebook abbreviations, the ordinals of calendar
periods, the honorifics of wire copy, headline punctuation). Keys are lower case.
"""

from __future__ import annotations

#: Ordinals that make the next "half" or "quarter" a period of the year, not a figure
#: ("in the second half of the year", "first-quarter growth", "the final quarter").
PERIOD_ORDINALS: frozenset[str] = frozenset(
    "first second third fourth 1st 2nd 3rd 4th final last latest".split()
)
#: The fractions such an ordinal names a period by.
PERIOD_PARTS: frozenset[str] = frozenset("half quarter".split())

#: Words that end a clause inside a figure's span: the extractor may read a headline's
#: next clause as what a figure counts ("Payrolls Rise 164,000 While Jobless Rate Falls").
CLAUSE_WORDS: frozenset[str] = frozenset("while whereas but".split())

#: Words that say a figure is a record, each group one word in several spellings, and
#: the words after them that make them so: a claim that says "for first time" says more
#: than a source that says no "first" (RedditNLI 0150). Before any other word "first" may
#: be an ordinal of a thing or a period ("144 are left in the first tank", AWPNLI 0337;
#: "the first half", "first 6 months").
RECORD_WORDS: tuple[frozenset[str], ...] = (frozenset({"first", "1st"}),)
RECORD_NEXT: frozenset[str] = frozenset({"time", "ever"})

#: Synonym groups beside claims/lexicon/words.py SYNONYMS, read the same way (a group's
#: first word stands for all of it; a first word already in a shared group keeps that
#: group's head): predicates headlines say one figure with ("Budget Based on $2 Trillion"
#: is "budget relies on over $2 trillion", RedditNLI 0200; "soars to $57 trillion" is a
#: rise, 0049).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("rely", "base", "depend"),
    ("rise", "soar", "surge", "skyrocket", "spike"),
)

#: Titles before a name, which say nothing a source must say too ("Wall Street
#: Billionaire Mr Schwartzfman" against "Financial Billionaire Schwartzman", RedditNLI
#: 0003): AP style's courtesy and formal titles, abbreviated as headlines write them.
HONORIFICS: frozenset[str] = frozenset(
    "mr mrs ms dr sir dame madam mister gov sen rep prof rev gen col lt sgt".split()
)

#: Abbreviations headlines use for a figure's unit, read as the word (beside the shared
#: IRREGULAR forms "pct", "bln", "bn", "mln"): "Sensex rises 100 pts" counts points
#: (RedditNLI 0089); "30-yr mortgage" is a year's.
ABBREVIATIONS: dict[str, str] = {
    "pts": "point", "pt": "point", "yr": "year", "yrs": "year", "mo": "month",
    "mos": "month", "wk": "week", "wks": "week", "hr": "hour", "hrs": "hour",
}  # fmt: skip
