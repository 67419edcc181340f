"""Typed claims with their context, from one article.

The extractor reads the cleaned sentences of `claims.text`, the number and date
mentions of `claims.numbers` and `claims.dates`, and decides for each mention what it
is a claim about: a death toll, a vote, a crowd, a duration, a dated event. Context
(what is counted, where, when, said by whom, hedged or quoted) comes from the words
around the mention, from small lexicons (`claims.lexicon.claims`, `.places`), and from
the sentences before it for "there", "the city" and passages that keep one scene.

Its modules, in pipeline order:

- `article`: the public `extract`; walks the sentences, carrying the passage's place,
  time scope and victim from one sentence to the next.
- `words`: a sentence's words and whole-word phrase tests, read by all below.
- `places`: known places named in a sentence; `location`: which place a claim is at
  (the sentence's, the passage's, a shooting report's incident, the conflict's).
- `sentence`: one sentence's claims, tying the readings below to their context.
- `not_counts`: numbers that are ages or addresses, not counts.
- `casualties`: what a plain count counts (a toll, a vote, things);
  `subjects`: the counted noun, a count's verb, what a measure is of.
- `victim_patterns` and `victims`: casualties of one with no number written;
  `victim_lists`: victims listed by "and", summed into one toll.
- `reading`: the value a number is read as, shared by the readers above.
- `scope`: when a count holds (dates, scope phrases, running totals);
  `attribution`: who says so, quoted or hedged.
- `events` and `actors`: dated happenings and who acts in them.
- `tolls`: article-wide rules (people shot are the injured once the dead are out).
"""

from claims.extract.article import extract

__all__ = ["extract"]
