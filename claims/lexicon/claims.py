"""Words that tell what a number counts and how it is asserted.

Provenance: hand-compiled for claimcheck (2026-11) from the wording of the seed
articles, AP-style casualty reporting, and the GVC shooting corpus; each table says what
it is for. Entries are lower-case single words or short phrases; code matches them on
word boundaries.
"""

from __future__ import annotations

# the toll phrases are a table of their own; read here as `lex.TOLL_PHRASES`
from claims.lexicon.toll_phrases import TOLL_PHRASES, UNREALIZED_BEFORE  # noqa: F401

# the words around a victim of one are a table of their own; read here as `lex.VICTIM_NOUNS`
from claims.lexicon.victim_words import (  # noqa: F401
    AGENT_WORDS,
    HEADLINE_CARDINALS,
    MULTIPLE_NOUNS,
    MULTIPLE_WORDS,
    OBJECT_STARTERS,
    VICTIM_NOUNS,
    VICTIM_OBJECT_VERBS,
    VICTIM_STATES,
    VICTIM_VERBS,
)

#: A word near a number that makes it a casualty or vote figure, and the claim kind.
#: Verbs/adjectives ("killed 12", "12 killed", "12 dead") and nouns ("12 deaths").
CASUALTY_WORDS: dict[str, str] = {
    # deaths
    "killed": "deaths",
    "killing": "deaths",
    "kill": "deaths",
    "kills": "deaths",
    "dead": "deaths",
    "deceased": "deaths",  # "deputies found all four deceased" (GVC dev, 2026-12)
    "died": "deaths",
    "die": "deaths",
    "dying": "deaths",
    "deaths": "deaths",
    "death": "deaths",
    "lives": "deaths",
    "life": "deaths",
    "bodies": "deaths",
    "fatalities": "deaths",
    "fatally": "deaths",
    "slain": "deaths",
    "massacred": "deaths",
    "perished": "deaths",
    "executed": "deaths",
    "murdered": "deaths",
    "homicides": "deaths",
    "victims killed": "deaths",
    "toll": "deaths",
    "casualties": "deaths",
    # injuries
    "injured": "injuries",
    "injuring": "injuries",
    "injuries": "injuries",
    "wounded": "injuries",
    "wounding": "injuries",
    "hurt": "injuries",
    "hospitalized": "injuries",
    "hospitalised": "injuries",
    # displaced
    "displaced": "displaced",
    "refugees": "displaced",
    "fled": "displaced",
    "homeless": "displaced",
    "evacuated": "displaced",
    "uprooted": "displaced",
    "fleeing": "displaced",
    # detained
    "arrested": "detained",
    "detained": "detained",
    "jailed": "detained",
    "imprisoned": "detained",
    "detainees": "detained",
    "arrests": "detained",
    "prisoners": "detained",
    "custody": "detained",
    # votes
    "voted": "vote",
    "votes": "vote",
    "vote": "vote",
    "abstained": "vote",
    "abstentions": "vote",
    "ballots": "vote",
}


#: What the counted nouns mean: people (casualty subjects), or words that stand for the
#: dead themselves and read as subject "people".
PERSON_NOUNS: frozenset[str] = frozenset(
    """people persons person civilians civilian soldiers soldier troops children child kids
    women woman men man boys girls protesters protestors demonstrators rebels fighters
    militants terrorists insurgents policemen officers police students victims residents
    passengers workers migrants members lawmakers senators delegates countries states
    nations supporters opponents activists journalists doctors patients teenagers teens
    adults infants babies inmates prisoners hostages miners pilgrims worshippers
    shoppers spectators fans guards gunmen suspects attackers bystanders individuals
    americans syrians iraqis afghans palestinians israelis others co-workers coworkers
    colleagues employees relatives friends neighbors neighbours customers bystanders
    pedestrians motorists drivers firefighters deputies troopers agents""".split()
)

#: Nouns that are the casualties themselves: "6,000 lives", "thousands dead".
CASUALTY_SUBJECT_NOUNS: frozenset[str] = frozenset(
    "lives dead deaths bodies fatalities casualties wounded injured refugees".split()
)

#: Vote subjects: "Thirteen countries ... voted".
VOTE_SUBJECT_NOUNS: frozenset[str] = frozenset(
    "countries members states nations lawmakers senators delegates votes ballots".split()
)

#: Event words (a dated happening) and the event they name. The event class groups
#: words that describe one happening from different sides: a visit is also the talks
#: held during it.
EVENT_WORDS: dict[str, str] = {
    "visit": "visit",
    "visits": "visit",
    "visited": "visit",
    "visiting": "visit",
    "trip": "visit",
    "arrived": "visit",
    "arrives": "visit",
    "talks": "talks",
    "negotiations": "talks",
    "meeting": "meeting",
    "meet": "meeting",
    "met": "meeting",
    "meets": "meeting",
    "veto": "veto",
    "vetoed": "veto",
    "vetoes": "veto",
    "vetoing": "veto",
    "vote": "vote",
    "voted": "vote",
    "attack": "attack",
    "attacks": "attack",
    "attacked": "attack",
    "assault": "attack",
    "bombing": "attack",
    "bombardment": "attack",
    "bombarded": "attack",
    "shelling": "attack",
    "massacre": "attack",
    "strike": "attack",
    "strikes": "attack",
    "explosion": "attack",
    "blast": "attack",
    "shooting": "shooting",
    "shot": "shooting",
    "shootings": "shooting",
    "gunfire": "shooting",
    # 2026-12 (clock): "rammed an SUV into the front of the Casty store" at "4:30 a. m."
    # (24_ecbplus), "made off with ... early Monday" after "a daring jewellery robbery"
    "robbery": "robbery",
    "robbed": "robbery",
    "heist": "robbery",
    "raid": "robbery",
    "ram-raid": "robbery",
    "rammed": "robbery",
    # 2026-12 (clock): happenings a story dates beside its own — "was elected in December
    # 2008" (11_ecbplus), "police said they had recovered 80 percent of the haul" in 2009
    # (24_ecbplus), "More demonstrations are planned for Monday" (19_ecb), "stormed the
    # Athens Acropolis on Tuesday" (8_ecbplus), "would not arrive until Monday" (30_ecb)
    "elected": "election",
    "recovered": "recovery",
    "demonstration": "protest",
    "demonstrations": "protest",
    "stormed": "storming",
    "arrive": "visit",
    "summit": "summit",
    "closed": "closure",
    "closure": "closure",
    "shut": "closure",
    "election": "election",
    "elections": "election",
    "referendum": "election",
    "earthquake": "earthquake",
    "quake": "earthquake",
    "crash": "crash",
    "crashed": "crash",
    "protest": "protest",
    "protests": "protest",
    "rally": "protest",
    "arrest": "arrest",
    "arrested": "arrest",
    "signed": "signing",
    "agreed": "agreement",
    "agreement": "agreement",
    "conference": "conference",
    "resigned": "resignation",
    "resignation": "resignation",
}

#: Words that name the moment of a happening, event words beside a time of day only:
#: "shots rang out at about 1:15 a.m. Tuesday" (GVC 460726), "The bomb detonated around
#: 5:30 p.m." (8_ecb). Beside a bare day they would date every retelling of the story
#: ("exploded Friday" in each of eight copies), pairs the day-level claims already make.
CLOCK_EVENT_WORDS: dict[str, str] = {
    "shots": "shooting",
    "detonated": "attack",
    "exploded": "attack",
}

#: Event words that name one happening from different sides (a visit and its talks).
EVENT_CLASSES: dict[str, str] = {
    "visit": "meeting",
    "talks": "meeting",
    "meeting": "meeting",
    "veto": "vote",
    "vote": "vote",
    "attack": "attack",
    "shooting": "attack",
}

#: Reporting verbs: the words between a source and what it says.
REPORTING_VERBS: frozenset[str] = frozenset(
    """said say says saying told tells reported reports reporting estimated estimates
    estimate claimed claims announced stated confirmed added noted put puts tallied
    counted documented warned insisted denied quoted recorded""".split()
)

#: Auxiliaries that may stand between a source and its reporting verb.
AUXILIARIES: frozenset[str] = frozenset(
    "has have had also later earlier then previously now were was is are".split()
)

#: Trailing words of an "according to X figures" source that are not the source itself.
SOURCE_TRAILERS: frozenset[str] = frozenset(
    "figures estimates estimate data statistics tally count counts numbers report reports".split()
)

#: Words that hedge a claim.
HEDGES: tuple[str, ...] = (
    "believed",
    "reportedly",
    "allegedly",
    "alleged",
    "feared",
    "thought to",
    "may have",
    "might have",
    "could have",
    "possibly",
    "probably",
    "unconfirmed",
    "apparently",
    "suspected",
    "said to have",
    "estimated",
    "an estimated",
    "unverified",
    "likely",
)

#: Phrases that make a count cumulative (a running total, not one incident's toll).
CUMULATIVE_CUES: tuple[str, ...] = (
    "so far",
    "already",
    "to date",
    "in total",
    "in all",
    "overall",
    "since the start",
    "since the beginning",
    "since the uprising began",
    "since the conflict began",
    "since the revolt began",
    "since the war began",
    "throughout the",
    "total of",
    "cumulative",
    "death toll has risen",
    "toll has risen",
    "toll has climbed",
)

#: Perfect-tense verbs that make a toll a running total when a conflict is their
#: subject ("the conflict that has claimed", "the crisis has left"), and nothing more
#: when an incident is ("A shoot-out ... has left three people injured": GVC).
CUMULATIVE_VERB_CUES: tuple[str, ...] = (
    "has claimed",
    "have claimed",
    "has cost",
    "have cost",
    "has left",
    "have left",
    "has taken",
    "have taken",
    "having taken",
    "having claimed",
)

#: Words that take a claim's scope to a whole conflict or country rather than a place
#: and day ("the conflict that has claimed ...").
CONFLICT_NOUNS: frozenset[str] = frozenset(
    "conflict war uprising revolt revolution crisis insurgency crackdown violence fighting".split()
)

#: Capitalized words that are not names of people: titles, demonyms, function words.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """the a an and but or of in on at for to from with by as if it its this that these
    those he she they we i you his her their our my your there here what when where who
    why how while after before since until during despite although though however
    meanwhile earlier later today yesterday tomorrow tonight mr mrs ms dr sir president
    vice minister ministers foreign prime secretary state chief head general gen sen
    senator rep governor gov mayor sheriff officer sgt lt capt captain deputy leader
    king queen prince princess sheikh ambassador envoy spokesman spokeswoman judge pope
    chairman chancellor commander colonel col major sergeant detective lieutenant police
    first lady media television tv news agency agencies ministry department council
    security intelligence service services regime government army military forces
    opposition national republic united nations league union international human rights
    russian syrian chinese american british western arab israeli iranian turkish french
    german european us u.s. un u.n. australian pakistani afghan iraqi egyptian lebanese
    jordanian saudi african asian soviet kremlin white house nato sana afp reuters ap
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december comments tags
    related source article images sky times nbc cnn bbc q a who's who explained
    democratic republican free weekly newsletter twitter facebook""".split()
)

#: Particles inside Arabic and other surnames that a surname keeps ("al-Assad" -> Assad).
NAME_PARTICLES: frozenset[str] = frozenset("al al- el el- bin ibn abu de van von da di".split())

#: Organisations and agencies: sources and actors that are neither people nor places.
ORGANISATIONS: dict[str, str] = {
    "un": "UN",
    "u.n.": "UN",
    "united nations": "UN",
    "security council": "UN Security Council",
    "un security council": "UN Security Council",
    "arab league": "Arab League",
    "nato": "NATO",
    "eu": "EU",
    "european union": "EU",
    "sana": "SANA",
    "afp": "AFP",
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "kremlin": "Kremlin",
    "white house": "White House",
    "pentagon": "Pentagon",
    "congress": "Congress",
    "syrian national council": "Syrian National Council",
    "snc": "Syrian National Council",
    "free syrian army": "Free Syrian Army",
    "human rights watch": "Human Rights Watch",
    "amnesty international": "Amnesty International",
    "red cross": "Red Cross",
    "syrian observatory for human rights": "Syrian Observatory for Human Rights",
    "state department": "State Department",
    "fbi": "FBI",
    "atf": "ATF",
}

#: Nouns that count criminal charges, never people: "4 counts of aggravated malicious
#: wounding" is four charges, not four injured. Provenance: GVC court stories (2026-12,
#: bench/realnews.py --gold and tests/test_extract_casualties.py's never-toll check).
CHARGE_NOUNS: frozenset[str] = frozenset(
    "count counts charge charges indictment indictments".split()
)

#: Words that make a sentence part of a shooting report: where they stand, the place
#: named is a candidate for where the incident happened (teasers about other stories
#: hold them too, so the dateline and "City, State" forms outrank a tally).
SHOOTING_WORDS: frozenset[str] = frozenset(
    """shot shooting shootings gunfire gunshot gunshots gunman gunmen shooter shots
    killed dead died wounded injured homicide slain""".split()
)

#: All-capital words before a dash that open a line but are not a dateline's place
#: ("UPDATE:", "BREAKING NEWS -", "WATCH -"). Provenance: the GVC corpus's page headings.
NOT_DATELINE_WORDS: frozenset[str] = frozenset(
    """update updated breaking news watch video photos photo gallery related read more
    editor's editor’s note live alert developing exclusive close advertisement afternoon
    morning evening update: correction police officials the a""".split()
)

#: Casualty words that are not casualties before certain words: "Black Lives Matter",
#: "life threatening injuries", "the life of".
CASUALTY_WORD_EXCEPTIONS: dict[str, frozenset[str]] = {
    "lives": frozenset({"matter"}),
    "life": frozenset({"threatening", "-threatening", "sentence", "in"}),
    "dead": frozenset({"end", "river"}),
}

#: Words after a count of people that make it a count of people shot ("6 shot, 1
#: dead", "four people were shot"): neither deaths nor injuries until the article says
#: how many died. "shot and killed", "shot dead", "shot to death" are deaths; "shot at"
#: may be fired at, and is read as shot only as "shot at least".
SHOT_WORDS: frozenset[str] = frozenset({"shot"})
#: Active forms of "shoot" before the people shot: "shot three co-workers".
SHOT_WORDS_ACTIVE: frozenset[str] = frozenset({"shot", "shooting", "shoots"})
SHOT_DEATH_FOLLOWERS: frozenset[str] = frozenset("and dead to fatally death killed".split())

#: Phrases that make a toll a tally of a whole period (the city's homicides this year,
#: officers killed in a year), not one incident's: read as cumulative.
PERIOD_TALLY_CUES: tuple[str, ...] = (
    "this year",
    "so far this year",
    "last year",
    "year to date",
    "this month",
    "since january",
    "homicide this year",
    "per year",
    "each year",
    "every year",
    "annually",
    # a city's or a season's count: "brought to 20 the number of people shot in the city
    # in a span of 80 hours", "Since early October, eight people have died"
    "brought to",
    "brings to",
    "bringing to",
    "in a span of",
    "over the past",
    "in the past",
    "since early",
    "since mid",
    "since late",
)

#: What follows "he"/"she" when a pronoun victim dies ("He was taken to a hospital and
#: died", "she later died", "he was pronounced dead at the scene"): a death of one when
#: the sentences before have introduced someone shot. Provenance: GVC leads (2026-11).
PRONOUN_DEATH_VERBS: tuple[str, ...] = (
    "died",
    "dies",
    "was pronounced dead",
    "was declared dead",
    "was pronounced deceased",
    "was found dead",
    "was found deceased",
    "was taken off life support",
    "was dead",
    "succumbed",
    "passed away",
    "did not survive",
    "didn't survive",
    "was killed",
)

#: Adverbs between the pronoun and its verb ("he later died").
PRONOUN_ADVERBS: tuple[str, ...] = (
    "later",
    "then",
    "eventually",
    "ultimately",
    "soon",
    "subsequently",
    "also",
    "had",
)

#: Words after a place in a capitalized run that make it a county or a district of that
#: name, not the place itself ("Wyoming County" is in West Virginia).
COUNTY_WORDS: frozenset[str] = frozenset(
    "County Parish Township Borough Co. county parish township".split()
)

#: Victim nouns that name the one shooting, never the antecedent of a victim's "he".
SHOOTER_NOUNS: frozenset[str] = frozenset("suspect gunman shooter".split())

#: Street words after a place name that make it a street ("Washington Ave.", "Houston
#: Street"), not the place.
STREET_WORDS: frozenset[str] = frozenset(
    """Ave Avenue Street St Road Rd Boulevard Blvd Drive Dr Lane Ln Way Court Ct Place
    Pl Parkway Pkwy Highway Hwy Expressway Terrace Circle Trail""".split()
)

#: Clause words that end the search for a counted phrase's verb: "several other people
#: when he was shot", "Two men are in jail after a child was shot".
CLAUSE_STOPS: frozenset[str] = frozenset(
    "when while because where after before until if whose".split()
)

#: Nouns in "one of the victims died": a death of one among those counted.
ONE_OF_NOUNS: tuple[str, ...] = (
    "victims",
    "people",
    "men",
    "women",
    "teens",
    "teenagers",
    "children",
    "boys",
    "girls",
    "wounded",
    "injured",
)


#: Words between a counted noun and its verb that say nothing of what was done ("2,000
#: supporters had gathered", "18 houses were also damaged").
COUNT_VERB_FILLERS: frozenset[str] = frozenset(
    """had have has also reportedly allegedly then still all both""".split()
)


#: Adverbs after a count of casualties that say how badly ("two critically", "three
#: others critically injured") and what they make of it: some of the injured, whose
#: count is part of the toll; or deaths ("two mortally").
SEVERITY_ADVERBS: dict[str, str] = {
    "critically": "injuries",
    "seriously": "injuries",
    "severely": "injuries",
    "gravely": "injuries",
    "mortally": "deaths",
    "fatally": "deaths",
}

#: The subject of a count of the badly hurt: part of the people injured.
SEVERELY_INJURED = "seriously hurt"

#: The subject of victims named in a list or in turn ("two women and a man", "Three of
#: the victims", "the next two"): some of the toll, never the toll.
VICTIMS_LISTED = "victims listed"

#: The subject of one victim not named by a noun of their own ("A third person", "one
#: died", "he was pronounced dead"): one of the toll.
ONE_VICTIM = "individual"

#: "a father of three": the number counts someone's children, never a toll.
PARENT_NOUNS: frozenset[str] = frozenset(
    "father mother parent dad mom grandfather grandmother grandparent".split()
)

#: "the next two", "the other three": some of the victims, told in turn.
SEQUENCE_WORDS: frozenset[str] = frozenset("next first other remaining last".split())

#: Compass words after digits that make a street address ("2106 W. 4750 South,").
COMPASS_WORDS: frozenset[str] = frozenset("n s e w ne nw se sw north south east west".split())

#: Words after a number that make it a name, not a count: "a 911 call".
NUMBER_NAMED_BY: dict[str, frozenset[str]] = {
    word: frozenset({"911", "999", "112"})
    for word in "call calls caller callers dispatcher dispatchers operator operators center".split()
}

#: Words before a number that make it the emergency number, not a count: "called 911",
#: "A caller to 911 told the Sheriff's Office", "after receiving a 911 reporting a person
#: shot" (GVC dev injuries read as 910 people, 2026-12).
NUMBER_NAMED_AFTER: dict[str, frozenset[str]] = {
    word: frozenset({"911"})
    for word in "call called calls calling dial dialed dialled dials dialing to a".split()
}

#: Words before a percentage that say what it measures, and the subject they give it:
#: "turnout reached 93.87 percent", "unemployment stood at 7%". Provenance: ECB+
#: election and economy groups (2026-11), AP style for rates.
PERCENT_SUBJECTS: dict[str, str] = {
    "turnout": "turnout",
    "participation": "turnout",
    "unemployment": "unemployment",
    "jobless": "unemployment",
    "inflation": "inflation",
    "growth": "growth",
    "approval": "approval",
    "stake": "stake",
    "interest": "interest rate",
}

#: Nouns for voters: "90 per cent of eligible voters" is a turnout.
VOTER_WORDS: frozenset[str] = frozenset("voters electorate".split())

#: Words before "from <place>" that make the place where a source speaks from, not
#: where the story is: "said by telephone from Varna, Bulgaria" (ECB+ 11, Turkmenistan).
SPEAKER_FROM_WORDS: frozenset[str] = frozenset(
    "telephone phone speaking writing reporting broadcasting exile".split()
)

#: What follows a surname and is not it: "Robert Lee Adams Jr., 22" is Adams.
#: Provenance: the English name suffixes AP style writes.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Capitalised words that open a run before an age and are no part of a name: "The
#: victim, 35," names nobody; "Victim Angela Harrison, 35" is Harrison.
NOT_NAME_STARTS: frozenset[str] = frozenset(
    {"the", "a", "an", "and", "but", "victim", "suspect", "his", "her", "their", "both"}
)

#: Capitalised words that open a sentence before a reporting verb and name no source:
#: "Even ... said", "Later, it said". Provenance: false sources seen in the ECB+ and GVC
#: corpora (2026-12).
NOT_SOURCE_WORDS: frozenset[str] = frozenset(
    """even also still later earlier then but and so yet now today however meanwhile
    share updated posted""".split()
)
