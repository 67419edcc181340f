"""The thresholds comparison decides by: time slack, partner limits, match scores, and
the kinds of figure that grow or add up."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

#: Two reports a day apart describe the same moment (time zones, overnight editions).
SAME_TIME = dt.timedelta(days=1)

#: How many others one claim is related to within a block: every one for the handful of
#: articles a desk checks, a bounded number for a thousand copies of one story, where all
#: pairs made a million findings (bench/speed.py, 1,000 varied seed articles).
MAX_PARTNERS = 24
#: A count whose days ended this long before its report is background ("the 2004
#: tsunami that killed 170,000" in a 2013 quake story): it meets only counts of the same
#: past stretch, never today's toll, and is never a part of a current total.
PAST_FRAME = dt.timedelta(days=60)
#: Tolls of one happening that only grow while it is reported: a later, larger figure
#: of the same toll is an update even when neither report says "so far".
GROWING_KINDS = frozenset({"deaths", "injuries", "displaced", "detained"})
#: Kinds whose figures add up, so one claim can count a part of another's (a night's
#: deaths within a week's); a depth, a price or a share has no parts.
PART_KINDS = frozenset({"deaths", "injuries", "displaced", "detained", "vote", "count"})
#: A figure converted to another unit is rounded: it agrees within this share of itself
#: ("35 kilometers" is "22 miles", 1.2% apart).
CONVERSION_ROUNDING = 0.03
#: Dates of one happening that differ by up to a week are one happening misdated;
#: further apart they are two happenings (Muallem's visits in February and September).
EVENT_SLACK_DAYS = 7
#: Two articles' lead events of one class and place dated this many days apart or fewer
#: date one happening differently ("Thursday" and "Friday" for one foiled attack); further
#: apart they may be two happenings of one story.
LEAD_SLACK_DAYS = 2
#: An open bound's implied ceiling is "far exceeded" beyond this factor: "at least
#: 6,000" suggests about 7,000; 10,500 is still a reading of it, 100,000 is not.
FAR_BEYOND = 1.5
#: A running total's pace is the count over the days since its stated start ("600 since
#: December 27", told 6 January: 60 a day); it shows a pace only after this many days of
#: counting (a happening's first-day toll grows from 1 to 24 in hours).
MIN_PACE_DAYS = 7
#: A later total may outgrow that pace this many times (conflicts speed up, tolls are
#: recounted) before the growth is a conflict rather than an update.
PACE_SLACK = 10.0
#: A vague word's reading ("several" 3..9, "dozens" 24..99) is a convention, not a count:
#: a figure within this factor past its edge ("10 houses" beside "several houses") is a
#: reading of it, further ("hundreds" against 150) a conflict.
VAGUE_EDGE = 1.25

#: A smaller place's incident toll this many times the larger place's is another event.
OTHER_EVENT_RATIO = 10.0
#: Syndication: sentences of at least this many words, matched at this rapidfuzz ratio;
#: two articles are copies when they share this many such sentences and this share of
#: the shorter one (the seed copies share 8 of 24; unrelated seeds share none).
SENTENCE_MIN_WORDS = 8
SENTENCE_MATCH = 85
SYNDICATION_MIN_SHARED = 3
SYNDICATION_MIN_SHARE = 0.2
#: In a story carried by this many copies, a claim the copies repeat unchanged is
#: cited once, by its best-sourced copy (six copies of an AFP story would give six
#: findings each). Two copies keep their own findings: the seed copies 002/003 are
#: each a gold partner.
COLLAPSE_COPIES = 3
#: A shingle found in more articles than this is boilerplate ("follow us on Twitter").
SHINGLE_MAX_ARTICLES = 50
#: rapidfuzz scores above which two subjects, scope phrases or surnames are one.
SUBJECT_MATCH = 90
SCOPE_MATCH = 85
ACTOR_MATCH = 88

#: The relations, worst first: findings and groups are ordered by it.
RELATION_RANK = MappingProxyType({"discrepancy": 0, "update": 1, "consistent": 2, "agree": 3})

#: The subject of a person's age ("Sims, 31,", "a 23-year-old"): ages meet by person.
AGE_SUBJECT = "age"
#: Conflicts between two figures said to count one whole (not a part against its whole):
#: only an article's own largest figure of a block is held against another's in these.
SAME_SCOPE_CONFLICTS = frozenset({"gap", "ceiling", "shrink", "outpaced"})
#: A story filed this long after another that dates a happening by a weekday ("Sunday")
#: speaks of its own week: when that day falls after the first story was filed, the two
#: tell of different happenings (the day a second victim died, not the shooting).
LATER_STORY = dt.timedelta(days=7)
