"""Words that make and shape temporal expressions in English news.

Provenance: hand-compiled for claimcheck (2026-11) from the English calendar (Gregorian
month and weekday names with the AP Stylebook's and common newsroom abbreviations), the
temporal wording of the five seed articles and of the GVC shooting corpus ("said
Saturday", "at the weekend", "since last Friday", "about 10 p.m. Saturday", "overnight"),
and the forms listed in Duckling's English Time corpus; the tense cues are ordinary
English auxiliaries and the irregular past forms most frequent in wire copy. The
exception tables list newspaper titles and named days seen in news text.

All keys are lower case; code matches case-insensitively and applies the capitalisation
rules itself (a lower-case "may" is never a month).
"""

from __future__ import annotations

#: Month names and abbreviations -> month number. An abbreviation may carry a dot.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Full month names that are never ordinary words: capitalised, they are a month alone.
#: The others (April, May, June, March, August: names, a modal, a verb, an adjective) and
#: every abbreviation need a day, a year or a leading cue word (MONTH_CUES).
PLAIN_MONTH_NAMES: frozenset[str] = frozenset(
    {"january", "february", "july", "september", "october", "november", "december"}
)

#: Words before a bare month or year that make it a date ("in May", "since 2011").
MONTH_CUES: frozenset[str] = frozenset(
    {
        "in", "on", "since", "until", "till", "by", "of", "from", "through", "throughout",
        "during", "before", "after", "between", "last", "next", "this", "early", "late",
        "mid", "end", "beginning", "start", "and", "to", "or", "every",
        "earlier", "later", "previous", "coming",
    }
)  # fmt: skip

#: Prepositions that make a bare day of the month a date in running text ("on the 15th",
#: "by the 1st"); without one, "the 1st" is a rank or an edition.
BARE_DAY_PREPOSITIONS: frozenset[str] = frozenset(
    {"on", "by", "until", "till", "from", "since", "before", "after", "through"}
)

#: Weekday names -> ISO weekday index (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

#: Weekday abbreviations (AP: "Tues., Feb. 7").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

#: The abbreviations that are also English words: lower case, or without a dot or a date
#: after them, they are the word ("he sat", "the sun", "they wed").
WORDLIKE_WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset({"mon", "wed", "sat", "sun"})

#: A weekday inside a name, not a date: the word before it ...
WEEKDAY_NAME_BEFORE: frozenset[str] = frozenset(
    {
        "black", "good", "bloody", "super", "ash", "cyber", "fat", "holy", "easter", "palm",
        "maundy", "shrove", "whit", "ruby", "girl", "man", "blue", "giving", "manic",
    }
)  # fmt: skip

#: ... or the word after it (newspaper titles, programmes, "Sunday school").
WEEKDAY_NAME_AFTER: frozenset[str] = frozenset(
    {
        "times", "telegraph", "mirror", "express", "people", "herald", "post", "independent",
        "world", "mail", "star", "sport", "tribune", "observer", "business", "school",
        "football", "best", "league", "massacre", "agreement", "magazine",
        "edition", "review",
    }
)  # fmt: skip

#: Day words relative to the reference date -> offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
}  # fmt: skip

#: Parts of a day that may follow a day word ("Monday night", "yesterday morning").
DAY_PARTS: frozenset[str] = frozenset(
    {"morning", "afternoon", "evening", "night", "overnight", "lunchtime", "midday", "noon"}
)

#: Modifiers before a day word that keep its day ("late Monday", "earlier Saturday").
DAY_EDGES: frozenset[str] = frozenset({"early", "late", "earlier", "later"})

#: Parts of a month: "early March" -> days 1-10 and so on (Duckling's split).
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20),
    "late": (21, 31), "end": (21, 31),
}  # fmt: skip

#: Parts of a year: "early 2012" -> months 1-4 (ends: Duckling's "end of 2012" = Sep-Dec).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning": (1, 3), "start": (1, 3),
    "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (9, 12),
}  # fmt: skip

#: Count words before a unit ("two days ago", "a year ago"). Vague counts ("a few",
#: "several") are left out on purpose: they make no calendar date.
COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip

#: Calendar units after a count -> (unit, how many of it).
UNITS: dict[str, tuple[str, int]] = {
    "day": ("day", 1), "days": ("day", 1),
    "week": ("week", 1), "weeks": ("week", 1),
    "fortnight": ("day", 14), "fortnights": ("day", 14),
    "month": ("month", 1), "months": ("month", 1),
    "year": ("year", 1), "years": ("year", 1),
}  # fmt: skip

#: Period nouns besides the units ("at the weekend", "last yr").
PERIOD_WORDS: tuple[str, ...] = ("weekend", "weekends", "week-end", "week-ends", "yr", "yrs")

#: Words after "N units" that count back (-1) or forward (+1) from the reference.
#: "later", "after", "earlier", "before" count from another event: not listed, skipped.
UNIT_DIRECTIONS: dict[str, int] = {
    "ago": -1, "back": -1, "from now": 1, "from today": 1, "hence": 1,
}  # fmt: skip

#: Period modifiers before week/weekend/month/year -> which one (-1 last, 0 this, +1 next).
PERIOD_MODIFIERS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0,
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1,
    "the previous": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "the coming": 1,
    "the following": 1, "the next": 1, "this coming": 1,
}  # fmt: skip

#: "earlier this week" / "later this month": the part of the period before/after the day.
PERIOD_SIDES: dict[str, int] = {"earlier this": -1, "later this": 1}

#: Tense cues read around a weekday or a year-less date, nearest first.
#: Phrases are matched as whole words; "'ll" is read as the word "ll".
FUTURE_CUES: frozenset[str] = frozenset(
    {
        "will", "ll", "shall", "would", "wo", "going to", "due to", "set to", "plans to",
        "plan to", "planning to", "expected to", "scheduled to", "scheduled for",
        "slated to", "slated for", "is to", "are to", "were to", "was to", "intends to",
        "aims to", "hopes to", "may", "might", "should", "must", "next", "coming",
        "upcoming", "ahead of", "tomorrow", "is due", "are due", "will be",
    }
)  # fmt: skip

PAST_CUES: frozenset[str] = frozenset(
    {
        "said", "told", "met", "held", "was", "were", "had", "did", "went", "came", "took",
        "made", "gave", "left", "saw", "began", "fought", "stood", "fell", "rose", "spoke",
        "wrote", "won", "lost", "found", "brought", "sent", "struck", "shot", "led", "fled",
        "ran", "got", "kept", "felt", "heard", "paid", "sold", "built", "broke", "chose",
        "drove", "flew", "froze", "hid", "knew", "meant", "put", "quit", "rode", "sat",
        "sought", "spent", "stole", "swore", "taught", "threw", "woke", "wore", "overnight",
        "yesterday", "ago", "last", "earlier",
    }
)  # fmt: skip

#: Words ending in "-ed" that are not past verbs, or whose past reading misleads.
NOT_PAST_ED: frozenset[str] = frozenset(
    {
        "need", "speed", "seed", "feed", "weed", "breed", "bleed", "greed", "creed", "deed",
        "heed", "reed", "indeed", "exceed", "proceed", "succeed", "steed", "bed", "red",
        "wed", "shed", "hundred", "sacred", "naked", "wicked", "rugged", "ragged", "aged",
        "beloved", "alleged", "suspected", "scheduled", "expected", "planned", "proposed",
        "embed", "biped", "infrared", "kindred", "hatred", "unprecedented", "based",
    }
)  # fmt: skip

#: Time zones and the like that may follow a clock time ("3:35am UK").
TIME_ZONES: frozenset[str] = frozenset(
    {
        "uk", "gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt",
        "pst", "pdt", "et", "ct", "mt", "pt", "local time", "msk", "ist", "jst", "aest",
    }
)  # fmt: skip

#: Ordinal words for days of the month ("March first", "the third of March").
ORDINAL_DAYS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

# --------------------------------------------------------------------------- clock times
# Provenance (clock tables): hand-compiled 2026-12 from the clock wording of the ECB+ dev
# groups (8_ecb "just before 5:30 p.m.", "around 5:30 p.m."; 24_ecbplus "at around
# 4.30am", "At around 4:30 a. m. local time (11.30 p. m. ET)"; 41_ecb "at 3.45pm on
# Tuesday") and the GVC dev incidents (610584 "shortly after 1:50 a.m.", "some time
# before 2 a.m.", "just before 2 a.m."; 460726 "shortly after 1 a.m. Tuesday"); zone
# offsets from the IANA tz database's abbreviations as US and European news use them.

#: Hours with a name -> minutes after midnight.
CLOCK_NAMES: dict[str, int] = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}

#: Words before a clock time -> the minutes its interval spans around the time said
#: (low, high): "about 4:30" is 4:15..4:45, "just before 2" 1:45..2:00, "some time before
#: 2" an hour before it, "shortly after 1:50" 1:50..2:05. Longest phrase wins.
CLOCK_HEDGES: dict[str, tuple[int, int]] = {
    "about": (-15, 15), "around": (-15, 15), "at around": (-15, 15),
    "at about": (-15, 15), "approximately": (-15, 15), "roughly": (-15, 15),
    "circa": (-15, 15),
    "just before": (-15, 0), "shortly before": (-15, 0), "moments before": (-15, 0),
    "minutes before": (-15, 0), "just prior to": (-15, 0),
    "some time before": (-60, 0), "sometime before": (-60, 0), "before": (-60, 0),
    "just after": (0, 15), "shortly after": (0, 15), "moments after": (0, 15),
    "minutes after": (0, 15), "soon after": (0, 15), "just past": (0, 15),
    "some time after": (0, 60), "sometime after": (0, 60), "after": (0, 60),
}  # fmt: skip

#: Time zones a clock time names -> its UTC offset in minutes (low, high). "ET" is EST or
#: EDT as the season has it, so it spans both; "local time" names no offset (None): it
#: is the happening's own clock, as an unzoned time is.
CLOCK_ZONES: dict[str, tuple[int, int] | None] = {
    "gmt": (0, 0), "utc": (0, 0), "uk": (0, 60), "bst": (60, 60),
    "cet": (60, 60), "cest": (120, 120), "msk": (180, 180), "ist": (330, 330),
    "jst": (540, 540), "aest": (600, 600),
    "est": (-300, -300), "edt": (-240, -240), "et": (-300, -240),
    "cst": (-360, -360), "cdt": (-300, -300), "ct": (-360, -300),
    "mst": (-420, -420), "mdt": (-360, -360), "mt": (-420, -360),
    "pst": (-480, -480), "pdt": (-420, -420), "pt": (-480, -420),
    "local time": None, "local": None,
}  # fmt: skip
