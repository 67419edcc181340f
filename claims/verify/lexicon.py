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
