"""Number expressions to `Quantity` intervals.

`find_quantities(text)` finds every number expression in a text ("at least 6,000",
"$2bn", "two-and-a-half year", "tens of thousands", "45%") and reads each one as an
interval with flags (DESIGN.md, "Quantities are intervals"); `parse_quantity(text)`
reads one whole expression.

The modules, in pipeline order (one pass over the text):

- `reader`: the entry points; scans the text run by run and collects the mentions.
- `tokens`: `_GATE` and `_CHAIN` find the next run of number tokens (digits in any of
  the usual groupings, number words, fractions, vague words); the gate is one cheap
  pattern, so plain prose costs one regex scan. `_tokens` splits a run into tokens.
- `ordinals`: `_segments` splits a run into numbers ("one two" is two), spoken
  fractions with an ordinal denominator ("three twenty-fifths") first;
- `words`: the value of each number in words and digits (scales, "and a half",
  "point five", dozens).
- `vague`: "dozens", "tens of thousands", "several hundred", "a few", "a couple".
- `mention`: the mention one number makes; it asks in turn
  - `exclusions`: what is not a quantity (labels, dates, clocks, years, phones,
    scores, URLs), with `neighbours` (the words next to a number);
  - `notation`: "3/4", "2 1/2", "1 over 3", "1.1^23", "2.48×10−5";
  - `modifiers`: what stands before ("more than", "between", "$", "minus");
  - `tail`: what follows (a multiplier "bn", one unit, a suffix "or more"), with
    `units` (pint units, measures, durations, magnitudes) and `money` (currencies,
    subunits, rates, accounting negatives);
  - `ranges`: a second range end ("60 to 70") and a unit shared by a list;
  - `bounds`: the reading's interval, approximate margins and implied ceilings.
- `merges`: neighbouring mentions folded into one ("2 years and 3 months").
- `alternation`: the alternations and prefix trees the patterns are built from.

Every pattern is compiled once, at import, built from `claims.lexicon.numbers`, and
stays inside the syntax google-re2 accepts (no look-around, no backreferences), so none
can backtrack catastrophically.
"""

from __future__ import annotations

from claims.numbers.reader import find_quantities, parse_quantity

__all__ = ["find_quantities", "parse_quantity"]
