"""Temporal expressions in news text, read as date intervals and resolved against a
reference date (the publication date).

`find_dates` reads every temporal expression in running news text; `parse_date` reads one
whole expression, and also the forms that need context in running text (a bare year, a
bare month, "2/15", "in a week"). With no reference, deictic readings ("today", "Monday",
"last week") keep their grain with `resolved=False` and no dates; a year-less date keeps
its month and day; "since 2011" keeps its start.

Modules, in pipeline order:

- `reader`: the entry points; a gate finds each anchor (a month, weekday or unit word,
  or figures) and hands it to the reader for its kind; readings become `DateMention`s.
- `lead`: the words before an anchor that belong to its expression ("on the", "last",
  "the first", "two", "the third of").
- `months`: dates that name their month ("Feb. 7th, 2012", "21 August", "in May").
- `weekdays`: "Saturday", "last Friday", "the first Monday of March", "Tuesday the 19th".
- `relative`: "today", "yesterday", "overnight", "two days ago", "in a week", "the past
  two weeks".
- `periods`: "last week", "this month", "at the weekend", "the last week of September
  2014", "since X".
- `figures`: "2012-02-07", "7/2/2012", "2014-10", "2012", "the 1990s", "on the 15th".
- `clock`: times of day of a happening ("at around 4.30am", "just before 5:30 p.m.",
  "11.30 p. m. ET"), minute intervals with their hedge and zone (`find_clock_times`).
- `tense`: the tense of an expression's clause, and the occurrence it points to.
- `context`, `arithmetic`, `patterns`: what the readers share (one call's inputs and
  findings, calendar arithmetic, the regular-expression vocabulary).
"""

from claims.dates.reader import find_dates, parse_date

__all__ = ["find_dates", "parse_date"]
