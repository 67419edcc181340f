"""Number words, multipliers, vague quantifiers, modifiers, currencies and unit words.

Provenance: hand-compiled for claimcheck (2026-11) from English number-word grammar
(cardinals, scales, fraction denominators), the vague-quantity readings in DESIGN.md
("Quantities are intervals"), AP/Reuters usage for money, percentages and bounds ("at
least", "more than", "upwards of"), ISO 4217 for currency codes, and pint's default
unit definitions for unit names (every unit value below is a pint expression; a test
checks that pint parses each one). Words were checked against the wording of the five
seed articles and a sample of the GVC shooting corpus (ages, TV station names,
addresses). The business, tech and sports forms (glued units "450bhp", "100Mbps";
currency prefixes "$US", "RM", "Ksh", "R"; "12pc"; "20m users"; "minus-3", "sub-5")
were added from the wording of AFR, SCMP, The Star (Malaysia), Business Day, the
Nation (Kenya), the FT, Autocar, The Register and AP sports copy, each table saying
which.

Readers: `claims.numbers` builds its patterns from these tables and looks words up
in them; there is no if-chain of words in the code.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- cardinals

#: Cardinal words below twenty.
CARDINALS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip

#: Multiples of ten.
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Scale words inside a number ("two hundred", "1.5 million", "three billions").
#: "hundred" multiplies the group below a thousand; the others close a group.
SCALES: dict[str, float] = {
    "hundred": 1e2, "hundreds": 1e2,
    "thousand": 1e3, "thousands": 1e3,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lkh": 1e5, "lkhs": 1e5,
    "million": 1e6, "millions": 1e6,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "krore": 1e7, "krores": 1e7, "koti": 1e7,
    "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12,
}  # fmt: skip

#: Dozens as a multiplier ("two dozen" = 24; "3 dzs" = 36).
DOZEN_WORDS: dict[str, int] = {
    "dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12,
}  # fmt: skip

#: Multipliers written as a short suffix to digits ("6k", "$2bn", "10M", "1.2b").
#: Case matters: "m" alone is metres, except after a currency sign (below).
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "K": 1e3,
    "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "Bn": 1e9,
    "T": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12,
}  # fmt: skip

#: Abbreviations that are multipliers only after a currency ("£1.2m"); else a unit.
CURRENCY_SCALE_ABBREVIATIONS: dict[str, float] = {"m": 1e6}

#: "m" glued to digits is millions, not metres, before a plural noun ("20m users",
#: "3.5m tonnes", "10m people": BBC, Reuters, FT business and tech copy), except before
#: these plurals, which are races and events measured in metres ("the 400m hurdles").
#: A measure or currency word after it counts as such a noun ("3.5m tonnes").
MILLION_M_NOT_BEFORE: frozenset[str] = frozenset(
    """hurdles heats races relays sprints finals semis semifinals laps lengths
    dashes""".split()
)
#: Plural nouns without a final "s" after which "m" is millions ("20m people").
MILLION_M_IRREGULAR_PLURALS: frozenset[str] = frozenset(
    """people children men women cattle sheep staff livestock poultry fish""".split()
)

#: Fraction denominators ("two thirds", "a half", "one-eighth").
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000, "millionth": 10**6, "millionths": 10**6,
    "billionth": 10**9, "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12,
    "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12,
    "thirteenth": 13, "thirteenths": 13, "fourteenth": 14, "fourteenths": 14,
    "fifteenth": 15, "fifteenths": 15, "sixteenth": 16, "sixteenths": 16,
    "seventeenth": 17, "seventeenths": 17, "eighteenth": 18, "eighteenths": 18,
    "nineteenth": 19, "nineteenths": 19, "twentieth": 20, "twentieths": 20,
    "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40,
    "fiftieth": 50, "fiftieths": 50, "sixtieth": 60, "sixtieths": 60,
    "seventieth": 70, "seventieths": 70, "eightieth": 80, "eightieths": 80,
    "ninetieth": 90, "ninetieths": 90,
}  # fmt: skip

#: Ordinals that end a compound denominator after a tens word ("three twenty-fifths" =
#: 3/25, "one twenty-first" = 1/21). "first" is a denominator only there (never alone:
#: "the first"); "second" is left out, as "a twenty-second clip" is a duration.
#: "half" and "quarter" are not ordinals ("one million quarters" are coins).
COMPOUND_ONLY_ORDINALS: dict[str, int] = {"first": 1, "firsts": 1}
UNIT_ORDINALS: frozenset[str] = frozenset(
    """first firsts third thirds fourth fourths fifth fifths sixth sixths seventh sevenths
    eighth eighths ninth ninths""".split()
)

#: Unicode vulgar fractions.
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5,
    "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8,
    "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

#: Denominators a slash fraction may have ("3/4", "1/40"); others with a small
#: denominator read as dates or scores ("9/11", "24/7") and are not numbers.
SLASH_DENOMINATORS_MIN_UNAMBIGUOUS = 32
SLASH_DENOMINATORS: frozenset[int] = frozenset({2, 3, 4, 5, 6, 8, 10})

#: Words that make the following number negative.
NEGATIVE_WORDS: frozenset[str] = frozenset({"minus", "negative"})

#: Words joined to a number by a hyphen that read it ("minus-3 yards" = -3, sports
#: copy; "sub-5 nanometre" = below 5, tech copy): the word and what it does, a sign
#: ("negative") or a modifier's meaning as in `MODIFIERS`. Digits only ("sub-zero" is
#: weather, not a bound).
HYPHEN_PREFIXES: dict[str, str] = {"minus": "negative", "negative": "negative", "sub": "below"}

# --------------------------------------------------------------------------- vague

#: Vague quantifiers: the interval they stand for, in units of the scale that follows
#: ("several hundred" = 3..9 x 100 -> 300..999: high is (high + 1) x scale - 1).
#: `of`: whether "of" must follow when no scale does ("tens of terrorists").
#: DESIGN.md table; "millions" reaches 999 million because news uses it loosely
#: ("millions of refugees" covers tens of millions), unlike "thousands" (2,000-9,999).
VAGUE_QUANTIFIERS: dict[str, tuple[float, float, bool]] = {
    "dozens": (24, 99, False),
    "scores": (40, 99, True),
    "tens": (20, 99, True),
    "hundreds": (200, 999, False),
    "thousands": (2000, 9999, False),
    "millions": (2e6, 999_999_999, False),
    "billions": (2e9, 999_999_999_999, False),
    "several": (3, 9, False),
    "a few": (2, 5, False),
    "a handful": (2, 6, False),
}

#: Small quantities read as an approximate figure with an interval: (low, high, best).
APPROXIMATE_WORDS: dict[str, tuple[float, float, float]] = {
    "a couple": (2, 3, 2),
    "a dozen": (12 * 0.9, 12 * 1.1, 12),
    "half a dozen": (6 * 0.9, 6 * 1.1, 6),
}

#: Exact small quantities.
EXACT_WORDS: dict[str, float] = {"a pair": 2}

# --------------------------------------------------------------------------- modifiers

#: Words before a number and how they bound it (DESIGN.md):
#: approx (+-10%), approx-below (0.9x..x), approx-above (x..1.1x), at-least [x, open),
#: above [x+1, open), at-most [0, x], below [0, x-1].
MODIFIERS: dict[str, str] = {
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "an estimated": "approx", "estimated": "approx",
    "circa": "approx", "ca.": "approx", "c.": "approx", "~": "approx",
    "more or less": "approx", "in the region of": "approx", "somewhere around": "approx",
    "an approximate": "approx", "approx.": "approx", "perhaps": "approx",
    "nearly": "approx-below", "almost": "approx-below", "close to": "approx-below",
    "just under": "approx-below", "nearing": "approx-below", "just shy of": "approx-below",
    "just over": "approx-above", "just above": "approx-above",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "not less than": "at-least", "not fewer than": "at-least", "a minimum of": "at-least",
    "at a minimum": "at-least",
    "more than": "above", "over": "above", "upwards of": "above", "upward of": "above",
    "in excess of": "above", "above": "above", "greater than": "above",
    "exceeding": "above", "well over": "above", "well above": "above",
    "up to": "at-most", "as many as": "at-most", "at most": "at-most",
    "no more than": "at-most", "not more than": "at-most", "a maximum of": "at-most",
    "as much as": "at-most", "at the most": "at-most", "as high as": "at-most",
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    "not even": "below", "lower than": "below", "higher than": "above",
    "longer than": "above", "shorter than": "below", "bigger than": "above",
    "larger than": "above", "smaller than": "below",
    "no higher than": "at-most", "no greater than": "at-most", "no longer than": "at-most",
    "no larger than": "at-most", "no lower than": "at-least", "no shorter than": "at-least",
}  # fmt: skip

#: Words after a number that bound it ("6,000 or more", "6,000-plus", "1,000+").
SUFFIX_MODIFIERS: dict[str, str] = {
    "or more": "at-least", "or over": "at-least", "and more": "at-least",
    "and up": "at-least", "and above": "at-least", "plus": "at-least", "+": "at-least",
    "or fewer": "at-most", "or less": "at-most", "or under": "at-most",
    "or so": "approx",
}  # fmt: skip

#: Words joining the two ends of a range, and the word before the first end that
#: some of them need ("between 60 and 70").
RANGE_JOINERS: dict[str, str | None] = {
    "to": None,
    "-": None,
    "–": None,
    "—": None,
    "through": None,
    "and": "between",
    "or": None,
}
RANGE_OPENERS: frozenset[str] = frozenset({"between", "from"})

#: Words before "from" that keep a falling "from A to B" a range ("temperatures ranged
#: from -18 °C to -34 °C"); without one, a second end below the first is a change, two
#: figures ("prices fell from $40,100 to $38,900"), as a range runs upwards.
#: Source: the quantulum3 suite; AP market copy.
RANGE_WORDS: frozenset[str] = frozenset(
    """range ranges ranged ranging vary varies varied varying span spans spanned
    spanning anywhere""".split()
)

#: Relative half-width of an approximate reading ("about 6,000" = 5,400..6,600).
APPROXIMATE_MARGIN = 0.10

# --------------------------------------------------------------------------- money

#: Currency signs and codes written before the number ("US$5", "£1.2m", "Rs 500").
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "CAN$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
    "NT$": "TWD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
    "₪": "ILS", "₺": "TRY", "₦": "NGN", "₱": "PHP", "Rs": "INR", "Rs.": "INR",
    "Rp": "IDR", "Fr.": "CHF", "RMB": "CNY", "Dh": "AED",
    # Australian, Asian and African business copy (AFR, SCMP, The Star, Business Day,
    # Nation): the code after the sign ("$US40 billion"), ringgit, shillings, rand
    "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD", "$S": "SGD", "N$": "NAD",
    "J$": "JMD", "TT$": "TTD", "RD$": "DOP", "EC$": "XCD", "Z$": "ZWL", "RM": "MYR",
    "Ksh": "KES", "KSh": "KES", "USh": "UGX", "TSh": "TZS", "Tk": "BDT",
}  # fmt: skip

#: Prefixes of letters read only glued to the digits, and only before an amount that
#: cannot be a label: grouped digits, decimals or a scale ("R1.5bn", "R12,000"; not
#: "the R5 road"). South African rand (Business Day, News24 copy).
GLUED_ONLY_PREFIXES: dict[str, str] = {"R": "ZAR"}

#: Prefixes ending in letters that may be glued to the digits ("RM50", "$US40",
#: "Rs500", "Ksh2,000"): elsewhere letters glued before digits make a name ("G20").
GLUED_LETTER_PREFIXES: frozenset[str] = frozenset(
    """$US $A $NZ $HK $S RM Rs Rp Ksh KSh USh TSh Tk Dh RMB""".split()
)

#: ISO 4217 codes read before or after the number ("USD 5m", "2mil SEK").
CURRENCY_CODES: frozenset[str] = frozenset(
    """USD EUR GBP JPY CNY INR RUB CHF CAD AUD HKD NZD SEK NOK DKK ZAR BRL MXN TRY SAR
    AED KRW SGD EGP NGN PKR ILS IRR SYP IQD KWD QAR JOD LBP THB IDR MYR PHP VND PLN CZK
    HUF RON UAH KZT ARS CLP COP PEN TWD BTC BGN MNT""".split()
)

#: Currency signs written after the number ("15€").
CURRENCY_SUFFIX_SIGNS: dict[str, str] = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY"}

#: Currency words after the number ("5 million euros", "10,000 Syrian pounds").
#: Listed longest first where one is the tail of another.
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD", "bucks": "USD",
    "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "british pounds": "GBP", "syrian pounds": "SYP",
    "egyptian pounds": "EGP", "lebanese pounds": "LBP", "pounds": "GBP", "pound": "GBP",
    "sterling": "GBP", "quid": "GBP",
    "japanese yen": "JPY", "yen": "JPY", "chinese yuan": "CNY", "yuan": "CNY",
    "renminbi": "CNY", "indian rupees": "INR", "pakistani rupees": "PKR",
    "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "swiss francs": "CHF", "francs": "CHF", "franc": "CHF",
    "mexican pesos": "MXN", "pesos": "MXN", "peso": "MXN", "turkish lira": "TRY",
    "lira": "TRY", "liras": "TRY", "saudi riyals": "SAR", "riyals": "SAR", "riyal": "SAR",
    "iranian rials": "IRR", "rials": "IRR", "rial": "IRR", "iraqi dinars": "IQD",
    "dinars": "KWD", "dinar": "KWD", "shekels": "ILS", "shekel": "ILS", "naira": "NGN",
    "rand": "ZAR", "kronor": "SEK", "kroner": "NOK", "bitcoins": "BTC", "bitcoin": "BTC",
    # Gulf, Asian and East European currencies (Duckling's money corpus, wire copy)
    "kuwaiti dinars": "KWD", "kuwaiti dinar": "KWD", "jordanian dinars": "JOD",
    "jordanian dinar": "JOD", "qatari riyals": "QAR", "qatari riyal": "QAR",
    "saudi riyal": "SAR", "egyptian pound": "EGP", "syrian pound": "SYP",
    "lebanese pound": "LBP", "malaysian ringgits": "MYR", "malaysian ringgit": "MYR",
    "malaysia ringgits": "MYR", "malaysia ringgit": "MYR", "ringgits": "MYR",
    "ringgit": "MYR", "tugriks": "MNT", "tugrik": "MNT", "hryvnias": "UAH",
    "hryvnia": "UAH", "dirhams": "AED", "dirham": "AED", "zlotys": "PLN", "zloty": "PLN",
    "forints": "HUF", "forint": "HUF", "baht": "THB", "rupiah": "IDR",
}  # fmt: skip

#: Currency words that read as one of the currency after "a"/"an" ("a dollar a day").
#: Not "pound" ("a pound of flour") or "franc".
ARTICLE_CURRENCIES: tuple[str, ...] = ("dollar", "euro", "rupee", "yuan")

#: What a money amount may be "per" ("$15.4/hour", "$350 per kg", "$15 an hour", "$100 a
#: barrel") -> pint expression: the amount is a rate, unit "USD / hour" (the currency
#: code, " / ", pint's name), never lined up against a sum. After "a"/"an" the word must
#: not be followed by one of `RATE_NOT_AFTER` ("$5 a year ago").
#: Source: AP/Reuters wage, commodity and price copy; the quantulum3 suite.
RATE_UNITS: dict[str, str] = {
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "week": "week",
    "month": "month", "year": "year", "yr": "year", "annum": "year",
    "kg": "kilogram", "kilo": "kilogram", "kilogram": "kilogram", "lb": "pound",
    "pound": "pound", "ounce": "ounce", "oz": "ounce", "tonne": "metric_ton",
    "ton": "ton", "barrel": "oil_barrel", "bbl": "oil_barrel", "gallon": "gallon",
    "gal": "gallon", "litre": "liter", "liter": "liter", "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour", "square foot": "foot ** 2", "sq ft": "foot ** 2",
    "square metre": "meter ** 2", "square meter": "meter ** 2", "acre": "acre",
    "hectare": "hectare", "mile": "mile", "km": "kilometer", "kilometre": "kilometer",
    "kilometer": "kilometer",
}  # fmt: skip
RATE_NOT_AFTER: frozenset[str] = frozenset(
    """ago earlier later before after since old long""".split()
)

#: Words before a bracketed amount that make it an accounting negative ("revenue is
#: ($99.99)"); elsewhere a bracketed amount is a conversion ("€110bn ($143bn)").
#: Source: the quantulum3 suite; financial-statement wording.
ACCOUNTING_BEFORE: frozenset[str] = frozenset("""is was were are be been of""".split())

#: Subunits: currency and factor ("50 cents" = 0.50 USD, "50p" = 0.50 GBP).
CURRENCY_SUBUNITS: dict[str, tuple[str, float]] = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01), "dimes": ("USD", 0.1),
    "dime": ("USD", 0.1),
}  # fmt: skip

# --------------------------------------------------------------------------- percent

#: Percent signs and words (unit "percent"); "percentage points" is its own unit.
PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "per cent": "percent", "percent": "percent", "pct": "percent",
    "per-cent": "percent", "pc": "percent", "percentage points": "percentage_point",
    "percentage point": "percentage_point", "percent points": "percentage_point",
}  # fmt: skip

#: Percent words read only glued to the digits ("12pc", British business copy: the
#: Guardian, the Telegraph, AFR); "12 pc" may be twelve pieces or computers.
PERCENT_ATTACHED_ONLY: frozenset[str] = frozenset({"pc"})

# --------------------------------------------------------------------------- durations

#: Duration words -> pint unit ("11-month", "two-and-a-half year", "48 hours").
#: "decade" and "century" stay as themselves (pint knows both).
DURATION_UNITS: dict[str, str] = {
    "seconds": "second", "second": "second", "secs": "second", "sec": "second",
    "minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute",
    "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour", "h": "hour",
    "days": "day", "day": "day",
    "weeks": "week", "week": "week", "wks": "week", "wk": "week",
    "fortnights": "fortnight", "fortnight": "fortnight",
    "months": "month", "month": "month",
    "years": "year", "year": "year", "yrs": "year", "yr": "year",
    "decades": "decade", "decade": "decade",
    "centuries": "century", "century": "century",
}  # fmt: skip

#: Words between a number and its duration unit that change nothing ("2 more minutes").
DURATION_FILLERS: frozenset[str] = frozenset({"more", "additional", "extra", "less", "fewer"})

# --------------------------------------------------------------------------- measures

#: Words beside a descending number pair that make it a game score, not a count
#: ("a 31-24 victory", "beat Chelsea 3-1", "lost 2-0"). Source: ECB+ sports stories.
SCORE_WORDS: frozenset[str] = frozenset(
    """win wins won victory victories defeat defeats defeated loss losses lost lose beat
    beats beating draw drew tie tied lead led leads trailing trailed rout routed thrash
    thrashed triumph score scored scoreline edge edged""".split()
)

#: Measure words that read as one of the unit after "a"/"an" ("a mile from the school",
#: "a gallon of beer", "a tonne of aid"). Not foot, inch, yard, pound, degree, ton or
#: meter: "on foot", "an inch from death", "a pound coin", "a degree in law", "a ton of
#: questions", "a parking meter" are not measures.
#: Source: the quantulum3 suite (../shared/benchmarks) and GVC wording ("a mile away").
ARTICLE_MEASURES: tuple[str, ...] = (
    "mile", "kilometre", "kilometer", "metre", "gallon", "litre", "liter", "tonne", "kilo",
    "kilogram", "barrel", "acre", "hectare", "square mile", "square kilometre",
    "square kilometer", "kibibyte", "mebibyte", "gibibyte",
)  # fmt: skip

#: Unit words (case-insensitive) -> pint expression.
MEASURE_WORDS: dict[str, str] = {
    "kilometres": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer",
    "kilometer": "kilometer", "metres": "meter", "meters": "meter", "metre": "meter",
    "meter": "meter", "centimetres": "centimeter", "centimeters": "centimeter",
    "centimetre": "centimeter", "centimeter": "centimeter", "millimetres": "millimeter",
    "millimeters": "millimeter", "millimetre": "millimeter", "millimeter": "millimeter",
    "nanometres": "nanometer", "nanometers": "nanometer", "nanometre": "nanometer",
    "nanometer": "nanometer", "miles": "mile", "mile": "mile", "feet": "foot",
    "foot": "foot", "inches": "inch", "inch": "inch", "yards": "yard", "yard": "yard",
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    "light years": "light_year", "light-years": "light_year",
    "kilograms": "kilogram", "kilogrammes": "kilogram", "kilogram": "kilogram",
    "kilos": "kilogram", "kilo": "kilogram", "grams": "gram", "grammes": "gram",
    "gram": "gram", "milligrams": "milligram", "milligram": "milligram",
    "tonnes": "metric_ton", "tonne": "metric_ton", "metric tons": "metric_ton",
    "tons": "ton", "ton": "ton", "ounces": "ounce", "ounce": "ounce",
    "stone": "stone",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter",
    "millilitres": "milliliter", "milliliters": "milliliter", "millilitre": "milliliter",
    "milliliter": "milliliter", "centilitres": "centiliter", "centiliters": "centiliter",
    "gallons": "gallon", "gallon": "gallon", "barrels": "oil_barrel",
    "barrel": "oil_barrel", "cups": "cup", "cup": "cup", "tablespoons": "tablespoon",
    "tablespoon": "tablespoon", "teaspoons": "teaspoon", "teaspoon": "teaspoon",
    "pints": "pint", "pint": "pint", "quarts": "quart", "quart": "quart",
    "acres": "acre", "acre": "acre", "hectares": "hectare", "hectare": "hectare",
    "square miles": "mile ** 2", "square mile": "mile ** 2",
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2",
    "square metre": "meter ** 2", "square meter": "meter ** 2",
    "square feet": "foot ** 2", "square foot": "foot ** 2",
    "cubic metres": "meter ** 3", "cubic meters": "meter ** 3",
    "cubic kilometres": "kilometer ** 3", "cubic kilometers": "kilometer ** 3",
    "cubic feet": "foot ** 3",
    "miles per hour": "mile / hour", "miles an hour": "mile / hour",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour",
    "kilometres an hour": "kilometer / hour", "kilometers an hour": "kilometer / hour",
    "knots": "knot", "knot": "knot",
    "degrees celsius": "degree_Celsius", "degree celsius": "degree_Celsius",
    "degrees centigrade": "degree_Celsius", "degrees fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit", "degrees c": "degree_Celsius",
    "degrees f": "degree_Fahrenheit", "degrees": "degree", "degree": "degree",
    "kelvin": "kelvin",
    "watts": "watt", "watt": "watt", "kilowatts": "kilowatt", "kilowatt": "kilowatt",
    "megawatts": "megawatt", "megawatt": "megawatt", "gigawatts": "gigawatt",
    "gigawatt": "gigawatt", "kilowatt hours": "kilowatt_hour",
    "kilowatt-hours": "kilowatt_hour", "megawatt hours": "megawatt_hour",
    "volts": "volt", "volt": "volt", "joules": "joule", "joule": "joule",
    "calories": "calorie", "calorie": "calorie",
    "bytes": "byte", "byte": "byte", "kilobytes": "kilobyte", "megabytes": "megabyte",
    "gigabytes": "gigabyte", "terabytes": "terabyte", "petabytes": "petabyte",
    "exabytes": "exabyte", "bits": "bit", "kibibytes": "kibibyte", "kibibyte": "kibibyte",
    "mebibytes": "mebibyte", "mebibyte": "mebibyte", "gibibytes": "gibibyte",
    "gibibyte": "gibibyte",
    "hertz": "hertz", "megahertz": "megahertz", "gigahertz": "gigahertz",
    "sieverts": "sievert", "millisieverts": "millisievert",
}  # fmt: skip

#: Unit symbols (case-sensitive) -> pint expression; read attached ("10kg") or after
#: one space ("4,000 km").
MEASURE_SYMBOLS: dict[str, str] = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter",
    "µm": "micrometer", "mi": "mile", "ft": "foot", "yd": "yard", "in": "inch",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "µg": "microgram",
    "lb": "pound", "lbs": "pound", "oz": "ounce", "t": "metric_ton",
    "L": "liter", "ml": "milliliter", "mL": "milliliter", "cl": "centiliter",
    "gal": "gallon", "bbl": "oil_barrel", "tbsp": "tablespoon", "tsp": "teaspoon",
    "ha": "hectare", "sq mi": "mile ** 2", "sq km": "kilometer ** 2",
    "sq ft": "foot ** 2", "sq m": "meter ** 2",
    "mph": "mile / hour", "km/h": "kilometer / hour", "kph": "kilometer / hour",
    "kmh": "kilometer / hour", "m/s": "meter / second",
    "°C": "degree_Celsius", "° C": "degree_Celsius", "ºC": "degree_Celsius",
    "°F": "degree_Fahrenheit", "° F": "degree_Fahrenheit", "ºF": "degree_Fahrenheit",
    "C": "degree_Celsius", "F": "degree_Fahrenheit", "°": "degree",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "Wh": "watt_hour", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "V": "volt", "kV": "kilovolt",
    "J": "joule", "kJ": "kilojoule", "eV": "electron_volt", "keV": "kiloelectron_volt",
    "MeV": "megaelectron_volt", "GeV": "gigaelectron_volt", "TeV": "teraelectron_volt",
    "kB": "kilobyte", "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte",
    "TB": "terabyte", "PB": "petabyte", "Hz": "hertz", "kHz": "kilohertz",
    "MHz": "megahertz", "GHz": "gigahertz", "Gy": "gray", "mGy": "milligray",
    "Sv": "sievert", "mSv": "millisievert", "psi": "psi", "kcal": "kilocalorie",
    "pm": "picometer", "am": "attometer",  # only where a clock time cannot be meant
    "tpd": "ton / day", "bpd": "oil_barrel / day",  # plant output, oil production
    "s-1": "1 / second", "s−1": "1 / second",  # a frequency (science copy)
    "fb-1": "1 / femtobarn", "fb−1": "1 / femtobarn",  # collider data (CERN copy)
    "Ma": "megayear", "Ga": "gigayear", "ka": "kiloyear",  # geology: only before "ago"
    # motoring, tech and weather copy (Autocar, The Register, AnandTech, BBC Weather):
    # "450bhp", "600Nm", "2.0l", "1,600cc", "6,500rpm", "100Mbps", "7nm", "5,000mAh",
    # "80km/hr", "98.6degF"
    "bhp": "horsepower", "hp": "horsepower", "Nm": "newton * meter", "l": "liter",
    "mpg": "mile / gallon",
    "cc": "cubic_centimeter", "rpm": "revolutions_per_minute",
    "kbps": "kilobit / second", "Kbps": "kilobit / second", "Mbps": "megabit / second",
    "Gbps": "gigabit / second", "Tbps": "terabit / second", "Mbit/s": "megabit / second",
    "Gbit/s": "gigabit / second", "Mb/s": "megabit / second", "MB/s": "megabyte / second",
    "GB/s": "gigabyte / second", "nm": "nanometer", "mAh": "milliampere_hour",
    "km/hr": "kilometer / hour", "kmph": "kilometer / hour", "km/hour": "kilometer / hour",
    "degF": "degree_Fahrenheit", "degC": "degree_Celsius", "deg F": "degree_Fahrenheit",
    "deg C": "degree_Celsius", "deg": "degree",
}  # fmt: skip

#: Symbols read only when attached to the digits ("32C", "10t"), never after a space.
ATTACHED_ONLY_SYMBOLS: frozenset[str] = frozenset(
    {"C", "F", "g", "V", "J", "W", "l", "nm", "hp", "cc"}
)

#: Symbols of geological time, read only before "ago" ("66 Ma ago"); elsewhere "Ma" may
#: be a name ("2 Ma Long") and "ka" anything.
SYMBOLS_BEFORE_AGO: frozenset[str] = frozenset({"Ma", "Ga", "ka"})

#: Phrases naming a quantity with a number word in them: the words before the number
#: word, the number word, and the pint unit ("at absolute zero" = 0 kelvin).
NAMED_QUANTITIES: dict[tuple[str, str], str] = {("absolute", "zero"): "kelvin"}

#: Frequencies: "four times per week", "twice a day" is not read ("twice" is no number).
#: The words between a count and its duration unit; the reading is "1 / week".
FREQUENCY_WORDS: frozenset[str] = frozenset({"times"})
FREQUENCY_PER: frozenset[str] = frozenset({"per", "a", "an", "each", "every"})

#: Symbols read only when what follows is not a word ("2 in." is inches, "two in my
#: car" is not; "3 m" at a clause end is metres, "3 m high" too).
SYMBOLS_NEEDING_END: frozenset[str] = frozenset({"in"})
#: Words after "in" that make it inches ("2 1/2 in thick").
INCH_CONTEXT: frozenset[str] = frozenset(
    {"thick", "long", "wide", "tall", "high", "deep", "across"}
)

#: Length units that "square"/"cubic"/"^2"/"2"/"²" apply to ("4km^2", "4 km squared").
POWERABLE_SYMBOLS: frozenset[str] = frozenset({"km", "m", "cm", "mm", "mi", "ft"})

# --------------------------------------------------------------------------- not numbers

#: Month names and abbreviations (case-sensitive: "may" is a verb). A day number next
#: to one belongs to a date ("August 21", "21 August", "Feb. 7th"), not to a count.
MONTHS: frozenset[str] = frozenset(
    """January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec JANUARY FEBRUARY MARCH
    APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER""".split()
)
#: The same names in lower case, as headlines and social posts write a day-month date
#: ("2 sept", "21 aug", "30 september 2012"); the dates reader reads these as dates
#: too. Not "may" (the modal: "2 may go"), nor "march" / "mar" (verbs: "20 march to
#: city hall").
LOWER_MONTHS: frozenset[str] = frozenset(
    """january february april june july august september october november december
    jan feb apr jun jul aug sep sept oct nov dec""".split()
)

#: Words after which a number is a label, a name or a model, not a quantity
#: ("Route 66", "Boeing 747", "Windows 10", "No. 10", "NBC 4", "Comments 0").
LABEL_WORDS: frozenset[str] = frozenset(
    """Route Highway Interstate Section Article Chapter Resolution Amendment Proposition
    Prop No No. Nos Number Flight Boeing Airbus Windows iPhone iPad Galaxy Pixel Xbox
    PlayStation Apollo Soyuz Room Channel Level Category Phase Stage Episode
    Volume Vol Vol. Part Exit Gate Terminal Pier Suite Apt Apt. Apartment Unit Precinct
    District Ward Engine Ladder Station Lot Box Platform Bus Track Grade Class Game
    Week Day Act Title Line Bay Building Block Floor Lane Area Sector Zone Camp Pavilion
    Comments Comment COMMENTS Likes Shares Replies Views NBC CBS ABC FOX Fox CW PBS KTLA
    WGN News NEWS Eyewitness Action Local Studio Formula Force Mark Mk Model Type
    Series Version Ver Release Patch Generation Gen Covid COVID covid Vision""".split()
)

#: Street words: a number before "<Name> Street" is an address ("123 Main St").
STREET_WORDS: frozenset[str] = frozenset(
    """Street St St. Avenue Ave Ave. Road Rd Rd. Boulevard Blvd Blvd. Drive Dr Dr. Lane
    Ln Ln. Way Court Ct Ct. Place Pl Pl. Highway Hwy Parkway Pkwy Circle Cir Terrace
    Trail Square Sq Pike Alley Row Crescent Close Plaza""".split()
)

#: Words before a lone "one" that make it a pronoun ("no one", "the one", "which one").
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset(
    """no the this that which any every each another someone anyone everyone no-one
    such last only-one""".split()
)

#: Words after a lone "one" that make it a pronoun or an idiom ("one of", "one day").
ONE_PRONOUN_AFTER: frozenset[str] = frozenset(
    """of another day by way side hand thing time point morning night evening afternoon
    another's's""".split()
)

#: Nouns that make a bare year-like number a count ("2012 people").
COUNTED_NOUNS: frozenset[str] = frozenset(
    """people persons civilians soldiers troops fighters deaths dead killed wounded
    injured casualties victims refugees migrants children kids men women students
    residents protesters protestors demonstrators supporters votes voters cases homes
    houses buildings families workers jobs employees officers police members units
    troops rebels militants prisoners detainees tonnes tons cars vehicles""".split()
)

#: Words before a year-like number that make it a date ("in 2012", "since 2011").
YEAR_BEFORE: frozenset[str] = frozenset(
    """in since by until till from to of before after during through between and or
    early late mid the year fiscal spring summer autumn fall winter circa around""".split()
)

#: A bare four-digit number in this range is read as a year unless counted.
YEAR_RANGE: tuple[int, int] = (1800, 2099)
