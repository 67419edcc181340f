"""Words as verification reads them: lemmas, synonyms, and words that say nothing.

Provenance: written by hand for claimcheck's verifier (issue 13) from common English
morphology (irregular plurals and past tenses in wire copy), from the words newsrooms use
interchangeably for one count (AP stylebook's casualty and economy vocabulary: "killed" /
"died", "jobless" / "unemployment"), and from the forms of the issue's examples. Keys are
lower case; a synonym group's first word is the form all its members are read as.
"""

from __future__ import annotations

#: Irregular forms -> lemma (regular ones lose "-s", "-es", "-ies", "-ed", "-ing").
IRREGULAR: dict[str, str] = {
    "men": "man", "women": "woman", "children": "child", "people": "person",
    "persons": "person", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "died": "die", "dies": "die", "dying": "die", "dead": "die",
    "death": "die", "deaths": "die", "killed": "kill", "slain": "kill", "slew": "kill",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "got": "get",
    "gotten": "get", "made": "make", "paid": "pay", "spent": "spend", "sold": "sell",
    "bought": "buy", "lost": "lose", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "grew": "grow", "grown": "grow", "won": "win", "ran": "run",
    "left": "leave", "found": "find", "held": "hold", "met": "meet", "sent": "send",
    "built": "build", "hit": "hit", "cut": "cut", "put": "put", "set": "set",
    "says": "say", "said": "say", "thought": "think", "brought": "bring",
    "ate": "eat", "eaten": "eat", "flew": "fly", "flown": "fly", "wounded": "wound",
    "news": "news", "series": "series", "species": "species", "us": "us",
    "has": "have", "had": "have", "was": "be", "were": "be", "is": "be", "are": "be",
    "been": "be", "did": "do", "does": "do", "done": "do", "economy's": "economy",
    "pct": "percent", "%": "percent", "bln": "billion", "bn": "billion", "mln": "million",
}  # fmt: skip

#: Words read as one: each group's first word stands for all of it.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("kill", "die", "fatality", "slay", "perish", "toll", "life", "victim", "murder",
     "assassinate", "assassination"),
    ("injure", "wound", "hurt", "injury"),
    ("arrest", "detain", "detention", "apprehend"),
    ("kidnap", "abduct", "seize"),
    ("person", "individual", "resident", "inhabitant", "citizen", "population"),
    ("child", "kid"),
    ("member", "country", "nation", "state"),
    ("job", "payroll", "position", "employment", "employee", "worker", "workforce"),
    ("unemployment", "jobless", "unemployed"),
    ("rise", "increase", "grow", "gain", "climb", "jump", "up", "add", "raise", "hike",
     "lift", "boost", "rally", "growth", "rebound", "create", "generate"),  # jobs created
    ("fall", "drop", "decline", "dip", "slide", "down", "decrease", "slump", "shrink",
     "contract", "slow", "plunge", "tumble", "dive", "nosedive", "plummet", "sink"),
    ("cut", "slash", "reduce", "lose", "loss", "eliminate", "shed"),
    ("earn", "revenue", "income", "profit", "make", "earnings"),
    ("pay", "spend", "cost", "spending", "fee"),
    ("loan", "financing", "lending", "credit"),
    ("reach", "hit", "top", "touch"),
    ("say", "report", "announce", "tell", "claim", "find", "show"),
    ("shot", "stroke"),
    ("gdp", "economy", "economic", "output"),
    ("rate", "pace"),
    ("home", "house", "housing"),
    ("firm", "company", "corporation", "business"),
    ("stock", "share"),
    ("buy", "purchase", "acquire"),
    ("sell", "sale"),
    ("percent", "percentage"),
    ("attack", "blast", "bombing", "explosion", "bomb", "strike"),
    ("wide", "width"),
    ("high", "height", "tall"),
    ("long", "length"),
    ("wealth", "wealthy", "rich", "richest"),
    ("bill", "plan", "law", "package", "measure"),
    ("pass", "approve", "adopt"),
    ("dollar", "usd", "buck"),
    ("year", "annual", "yearly", "annually"),
    ("month", "monthly"),
    ("total", "all", "altogether", "combined", "overall", "together", "sum"),
    ("police", "policeman", "policemen", "policewoman", "policewomen"),
)  # fmt: skip

#: Words that say nothing about what is counted: function words, auxiliaries,
#: reporting and hedging words, and the words of numbers themselves.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but nor of in on at to for from by with without into onto over under
    about above below after before since until during through between among against per
    as than then that this these those there here it its it's they them their he him his
    she her we us our you your i me my be have do will would shall should can could may
    might must not no yes so also only just very more most less least much many some any
    each every all both either neither one ones own same other another such what which who
    whom whose when where why how if while because though although up out off again
    further once now new say report according percent per cent nearly almost around
    approximately roughly some least than at zero two three four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion
    dozen first second third quarter half last next ago s t ll ve re d m
    """.split()
)

#: Verbs of change before "up to": "the jobless rate ticks up to 5.5%", "growth revised
#: up to 3.7%" say where a figure got to (5.5%), not a ceiling ("cut up to 15,000 jobs"
#: is one). Beside these, any word of the "rise" synonym group ("jumped up to").
CHANGE_VERBS: frozenset[str] = frozenset(
    "tick revise move go edge inch creep push shoot bump mark rise".split()
)

#: Words that make a figure a part beside others, not a whole: "another $215 billion",
#: "two more hikes", "80 additional troops" (an increment), "the 20 other languages"
#: (the rest: the whole is at least one more). "more than" is a bound, not one of these.
INCREMENT_WORDS: frozenset[str] = frozenset("another additional extra further more".split())

#: People counted in economy and event headlines beside claimcheck's casualty person
#: nouns (claims/lexicon/claims.py PERSON_NOUNS): a claim's "people" may be these.
MORE_PEOPLE: frozenset[str] = frozenset(
    """participants attendees visitors voters users subscribers viewers readers beggars
    tourists travellers travelers immigrants refugees homeowners borrowers taxpayers
    consumers""".split()
)

#: Predicates that say the opposite of each other, by their synonym groups' heads (the
#: SYNONYMS above): a rise is no fall, and earnings are no loss ("reported net earnings
#: of $374m" says nothing of "loses $374m").
OPPOSITES: tuple[tuple[str, str], ...] = (("rise", "fall"), ("earn", "cut"))

#: Words that deny what their clause says ("No, GDP isn't exceeding unemployment for the
#: first time in 100 years"; "there is not a $2 trillion error"): English negation.
NEGATIONS: frozenset[str] = frozenset(
    """not no never isn't aren't wasn't weren't doesn't don't didn't won't hasn't haven't
    hadn't can't cannot couldn't shouldn't wouldn't nor""".split()
)

#: Words that say who says a claim, not what it says: a headline's attribution
#: ("Analysis Says", "Citigroup Warns", "IMF predicts", ": source").
ATTRIBUTION: frozenset[str] = frozenset(
    """say report announce tell claim find show warn predict estimate source analysis
    study survey poll data official officials""".split()
)
