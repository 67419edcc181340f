"""Line up the claims of several articles and say how claims about one thing relate.

The stages (DESIGN.md, "Comparing"):

1. Syndication: articles that share many near-identical sentences are copies of one
   wire story. An undated copy borrows the date of its dated twin ("inferred").
2. Reading: every claim gets the context comparison needs in canonical form: what is
   counted (a subject class), where (a place from the places lexicon), when (a `_Frame`:
   the stretch of days the count covers), who (actor surnames), which event.
3. Blocking: only claims of one kind and one subject class (or one event class) can
   meet; inside a block, a claim meets the claims of its own series at the same and the
   neighbouring report dates, and the claims of other series reported within a day.
   Cost grows with the size of those buckets, not with all pairs.
4. Alignment: a pair counts the same thing, or one counts a part of what the other
   counts (a sub-period, a sub-place, a sub-class of people), or they count different
   things and are not related at all.
5. Relation: agree, consistent, update or discrepancy, with a severity and a sentence a
   sub-editor can read in one breath.
6. Groups: claims joined by findings, with a label, a status and a consensus.

Claims of the same article are not related to each other: the report cross-checks
articles, and an article's own figures usually count different things.

Modules, in pipeline order:

- `comparison`: `compare` and its result, `Comparison`; runs the stages below.
- `syndication`: copies of one wire story (with `unionfind`).
- `dating`: dates for undated articles, from a dated twin or a dated coming event.
- `reading`: a claim's `_Reading` and `_Frame`; built from `names` (subjects, events,
  actors) and `places` (containment, countries).
- `repeats`: claims an article repeats, findings copies of one story repeat.
- `blocking`: which claims meet (blocks, series, candidate pairs).
- `align`: same thing, a part of it, or different things.
- `relate`: which relation two aligned claims have, through `values` (interval
  relations, severity), `units` (conversion), `durations`, `events` (dates), `ages`
  (one person's age; ages meet by person) and `updates` (early counts, figures said to
  be earlier or revised, a running total's pace); the result is a `link._Link`.
- `leads`: each article's lead event of a class; copies of one story dating it apart.
- `unfounded`: discrepancies the report does not stand behind, with `headline` (an
  article's largest figure of a block is its whole).
- `groups`: claims joined by findings, with status and consensus.
- `facts`: facts (one thing counted for one incident, place and time), their parts, each
  disagreement once; the links the findings keep.
- `explain`: group labels and the one-line explanation of each finding.
- `settings`: the thresholds the stages share.
"""

from claims.compare.comparison import Comparison, compare

__all__ = ["Comparison", "compare"]
