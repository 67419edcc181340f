"""Words that tell what a number counts and how it is asserted.

Provenance: hand-compiled for claimcheck (2026-11) from the wording of the seed
articles, AP-style casualty reporting, and the GVC shooting corpus; each table says what
it is for. Entries are lower-case single words or short phrases; code matches them on
word boundaries.
"""

from __future__ import annotations

#: A word near a number that makes it a casualty or vote figure, and the claim kind.
#: Verbs/adjectives ("killed 12", "12 killed", "12 dead") and nouns ("12 deaths").
CASUALTY_WORDS: dict[str, str] = {
    # deaths
    "killed": "deaths",
    "killing": "deaths",
    "kill": "deaths",
    "kills": "deaths",
    "dead": "deaths",
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

#: Phrases just before a number that say what it counts: "put the death toll at 60",
#: "killing 12", "wounding three". Longest first, so "death toll at" wins over "toll at".
TOLL_PHRASES: dict[str, str] = {
    "death toll at": "deaths",
    "death toll to": "deaths",
    "death toll of": "deaths",
    "toll rose to": "deaths",
    "toll climbed to": "deaths",
    "toll stood at": "deaths",
    "number of dead at": "deaths",
    "number of dead to": "deaths",
    "number of deaths to": "deaths",
    "toll at": "deaths",
    "toll to": "deaths",
    "toll of": "deaths",
    "killing": "deaths",
    "killed": "deaths",
    "kill": "deaths",
    "injuring": "injuries",
    "injured": "injuries",
    "wounding": "injuries",
    "wounded": "injuries",
    "arrested": "detained",
    "detained": "detained",
    "displacing": "displaced",
    "displaced": "displaced",
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
    americans syrians iraqis afghans palestinians israelis""".split()
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
    "has claimed",
    "have claimed",
    "has cost",
    "have cost",
    "has left",
    "have left",
    "total of",
    "cumulative",
    "death toll has risen",
    "toll has risen",
    "toll has climbed",
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
