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
- `places`: the known places a sentence names; `location`: the places the article is
  about (its main place, the conflict's, a shooting report's incident) and which one
  a claim is at.
- `gates`: cheap tests that let a sentence skip the date reader or the victim patterns.
- `sentence`: one sentence's claims, tying the readers below together:
  - `not_counts`: numbers that are ages or addresses, not counts;
  - `casualties`: what a plain count counts (a toll, a vote, things), with `subjects`
    (the counted noun, a count's verb, what a measure is of) and `votes`;
  - `victim_lists`: victims listed by "and", summed into one toll;
  - `victim_patterns` and `victims`: casualties of one with no number written;
  - `reading`: the value a number is read as, shared by the readers above;
  - `scope`: when a count holds (its date, a scope phrase, a running total);
  - `attribution`: who says so, and whether it is quoted or hedged;
  - `events` and `actors`: dated happenings and who acts in them.
- `tolls`: article-wide rules (a victim hurt then dead is one death; people shot are
  the injured once the dead are out); `told_in_turn`: the different victims of one
  the body tells across its sentences, summed.
"""

from claims.extract.article import extract

__all__ = ["extract"]
