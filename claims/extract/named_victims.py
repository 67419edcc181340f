"""Victims named rather than counted: "Marcus, 4, was pronounced dead", "fatally shot
Kelvin Watford", "killing 52-year-old Linda Perez", "James Carter and Leon Hayes were shot
and killed" (each name one casualty, a list their sum); and "both died" after a
murder-suicide (two)."""

from __future__ import annotations

import re

from claims.extract.nouns import _is_plural_noun
from claims.extract.reading import _EVENT_OF_KIND, _Reading
from claims.extract.victim_patterns import (
    _CASE_FOLD_EXCEPTIONS,
    _CLAUSE_BREAKS,
    _VICTIM_SUBJECT_REST,
    AND_DIED,
    _fatally_before,
    _shooter_of,
)
from claims.extract.words import _alternation
from claims.lexicon import claims as lex
from claims.lexicon import numbers as number_lex
from claims.model import Quantity, QuantityMention

#: One word of a person's name: "Linda", "McCray", "O'Neil", "Smith-Jones", an initial
#: "J." or a suffix "Jr.".
_NAME_WORD = r"(?:[A-Z][a-z]+(?:['’-]?[A-Z][a-z]+)*|[A-Z]\.|Jr\.?|Sr\.?|II|III|IV)"

#: A name: one to four name words.
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"

#: An age before a name: "52-year-old", "a 7-year-old", "8-month-old".
_AGE = r"(?:(?:an?[ ]+)?\d{1,3}-(?:year|month|week)-old[ ]+)"

#: The names of a list: "James Carter and Leon Hayes", "A, B and C", each perhaps with
#: an age before it or after it ("Ronald Williams, 33, and Kendra Hill") ("8-month-old Jayden Redden and 20-year-old Gustav Christianson");
#: a later name may have a lower-case word of its title before it ("Tom Tennant and
#: state Senior Trooper William Hakim").
_NAMES = rf"""
    {_AGE}?(?P<first>{_NAME})
    (?P<more>(?:(?:,[ ]+\d{{1,3}})?                    # "Ronald Williams, 33, and Kendra Hill"
      (?:,[ ]+|,?[ ]+and[ ]+(?:[a-z]{{2,12}}[ ]+)?){_AGE}?{_NAME}){{0,5}})
"""

#: Named victims as the subject of a casualty verb: "Marcus, 4, was pronounced dead",
#: "Collier was shot and killed", "James Carter and Leon Hayes were shot and killed".
NAMED_SUBJECT = re.compile(
    rf"""
    \b(?P<np>{_NAMES})
    (?i:{_VICTIM_SUBJECT_REST})
    """,
    re.VERBOSE,
)

#: Verbs that make the names after them the dead or the wounded: "fatally shot Kelvin
#: Watford", "killing 52-year-old Linda Perez", "the death of Eddie Holmes".
_NAME_OBJECT_VERBS: dict[str, str] = {
    **{v: k for v, k in lex.VICTIM_OBJECT_VERBS.items() if k},
    "murdered": "deaths",
    "murdering": "deaths",
    "gunned down": "deaths",
    "shot to death": "deaths",
    "shot dead": "deaths",
    "killing of": "deaths",
    "death of": "deaths",
    "deaths of": "deaths",
    "murder of": "deaths",
    "murders of": "deaths",
    "slaying of": "deaths",
    "shooting death of": "deaths",
    "shooting deaths of": "deaths",
    "fatal shooting of": "deaths",
    "fatal shootings of": "deaths",
}

NAMED_OBJECT = re.compile(
    rf"""
    \b(?P<verb>(?i:{_alternation(_NAME_OBJECT_VERBS)}))[ ]+
    (?P<np>{_NAMES})
    """,
    re.VERBOSE,
)

#: "both died", "both of them were pronounced dead": the two just told of.
BOTH_DIED = re.compile(
    r"""
    \bboth[ ]+(?:of[ ]+them[ ]+|victims[ ]+|men[ ]+|women[ ]+)?
    (?:(?:inside|in|at|from)[ ]+the[ ]+[\w’'-]{1,30}[ ]+)?     # "Both men inside the Honda"
    (?:(?:were|had[ ]+been)[ ]+(?:later[ ]+)?(?:taken|transported|rushed)[ ]+to[ ]+
       [\w’' -]{1,60}?,?[ ]+(?:where|and)[ ]+(?:they[ ]+)?)?   # "were transported to X, where"
    (?:(?:later|eventually|also)[ ]+)?
    (?P<verb>died|were[ ]+(?:later[ ]+)?(?:killed|pronounced[ ]+dead|found[ ]+dead|dead|fatally[ ]+shot)
      |are[ ]+dead
      |were[ ]+(?:wounded|injured|hurt|hospitalized))\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A word each match of NAMED_SUBJECT, NAMED_OBJECT and BOTH_DIED holds (the longest
#: word of each of its verb phrases): the gate before the pattern, a substring test on
#: the lower-cased sentence. Most sentences hold none, and the patterns may start at
#: any capital or word, which costs.
_SUBJECT_GATE = tuple(sorted({max(p.lower().split(), key=len) for p in lex.VICTIM_VERBS}))
_OBJECT_GATE = tuple(sorted({max(p.lower().split(), key=len) for p in _NAME_OBJECT_VERBS}))
_BOTH_GATE = ("both",)
assert all(w.isascii() for w in (*_SUBJECT_GATE, *_OBJECT_GATE))  # see _may_match


def _may_match(lowered: str | None, gate: tuple[str, ...]) -> bool:
    """Whether a sentence (`lowered`, lower-cased; None when it holds a character
    re.IGNORECASE folds to an ASCII letter that str.lower() does not, and only the
    pattern can tell) holds a word of the gate."""
    return lowered is None or any(word in lowered for word in gate)


#: Words a verb or adverb after the names must not be followed by for them to be its
#: victims (an object: "Smith killed his wife" makes Smith the shooter).
_SPLIT_NAMES = re.compile(r",?[ ]+and[ ]+|,[ ]+")


def _count_names(np: str) -> int | None:
    """How many people a matched list of names holds; None when one of them is not a
    name ("Police", "Sheriff John Smith" is one, "Monday" none)."""
    count = 0
    for part in _SPLIT_NAMES.split(np):
        if part.strip().isdigit():
            continue  # "Ronald Williams, 33, and Kendra Hill": an age between names
        if part.strip().lower().rstrip(".") in lex.NAME_SUFFIXES:
            continue  # "Tremain Brown, Jr.": one name
        words = [w for w in re.split(r"[ ]+", part.strip()) if w]
        while words and re.fullmatch(r"an?|\d{1,3}-(?:year|month|week)-old", words[0], re.I):
            words = words[1:]
        if not words:
            return None
        if any(w.lower() in number_lex.CARDINALS for w in words):
            return None  # "Five Shot During Party": a count, not a name
        if words[0].islower() and words[0] in _NOT_TITLE_WORDS:
            return None  # "and of Chicago Heights": a place, not a second name
        names = [w for w in words if w.lower().rstrip(".") not in lex.NOT_NAME_WORDS]
        if not names or words[0].lower() in lex.NOT_NAME_STARTS:
            return None
        if any(w.lower() in lex.NOT_NAME_WORDS and w[:1].isupper() for w in words[-1:]):
            return None
        count += 1
    return count


#: Lower-case words after "and" that do not open a title of the next name ("and state
#: Senior Trooper William Hakim" does): prepositions, articles and the like.
_NOT_TITLE_WORDS = frozenset(
    "of in on at from to for with by the a an his her their then also later".split()
)


#: Pronouns that stand where a name would: "Nobody was hurt", "Everyone died".
_NOT_NAMES = frozenset("nobody everyone everybody someone somebody anyone none no all".split())


def _one_word_not_a_name(sentence: str, start: int, np: str, aux: list[str]) -> bool:
    """A single capitalised word at the start of a sentence that is a plural noun or a
    person noun ("Officers", "Authorities", "Police") or a pronoun ("Nobody"): a word,
    not a name. A singular the dictionary also knows as a noun ("Collier", "Smith")
    stays a name; so does a plural of a thing, not of people, before a verb a plural
    would not take or one that says what befell a person ("Banks was shot", "Hicks died
    from a gunshot wound": GVC dev misses, 2026-12)."""
    before = sentence[:start].strip(" \t“”\"'‘’—–-:")
    word = np.strip().lower()
    if " " in word or before:
        return False
    if word in _NOT_NAMES or word in lex.PERSON_NOUNS or word in lex.VICTIM_NOUNS:
        return True
    if not _is_plural_noun(word):
        return False
    singular_verb = bool(aux) and aux[0].lower() in ("was", "is", "has")
    return not (singular_verb or (not aux and not _may_name_people(word)))


#: Endings of nouns for people ("residents", "officers", "tourists", "civilians"): a
#: plural of one of them may be the subject of "died" as a word, not a name.
_PEOPLE_ENDINGS = ("ers", "ents", "ants", "ists", "ians", "ors", "ees", "ives")


def _may_name_people(word: str) -> bool:
    """Whether a plural noun may be one for people: a person or victim noun's plural, or
    a noun with an ending of such nouns."""
    return word.endswith(_PEOPLE_ENDINGS) or word.rstrip("s") in lex.VICTIM_NOUNS


def _named_victims(
    sentence: str, taken: list[tuple[int, int]]
) -> list[tuple[QuantityMention, _Reading]]:
    """Victims named in a sentence, as casualties: each name one, a list their sum;
    spans that overlap `taken` (the sentence's other casualty claims) are skipped."""
    found: list[tuple[QuantityMention, _Reading]] = []

    def add(start: int, end: int, kind: str, people: int) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        value = Quantity(low=people, high=people, best=people, exact=True)
        mention = QuantityMention(sentence[start:end], start, end, value, "count")
        subject = lex.ONE_VICTIM if people == 1 else lex.VICTIMS_LISTED
        found.append((mention, _Reading(kind, subject, _EVENT_OF_KIND[kind], end, people == 1)))

    folds = any(char in sentence for char in _CASE_FOLD_EXCEPTIONS)
    lowered = None if folds else sentence.lower()
    if any(c.isupper() for c in sentence):
        subjects = NAMED_SUBJECT.finditer(sentence) if _may_match(lowered, _SUBJECT_GATE) else ()
        for match in subjects:
            named = _subject_names(sentence, match)
            if named is not None:
                kind, people = named
                end = match.end("verb")
                died = AND_DIED.match(sentence, end) if kind in ("shot", "injuries") else None
                if died is not None and not _CLAUSE_BREAKS.search(died.group("between")):
                    kind, end = "deaths", died.end()  # "Lane was shot and later died"
                add(match.start("np"), end, kind, people)
        objects = NAMED_OBJECT.finditer(sentence) if _may_match(lowered, _OBJECT_GATE) else ()
        for match in objects:
            named = _object_names(sentence, match)
            if named is not None:
                add(match.start("verb"), match.end("np"), *named)
    both = BOTH_DIED.finditer(sentence) if _may_match(lowered, _BOTH_GATE) else ()
    for match in both:
        verb = match.group("verb").lower()
        kind = (
            "injuries"
            if verb.endswith(("wounded", "injured", "hurt", "hospitalized"))
            else "deaths"
        )
        add(match.start(), match.end(), kind, 2)
    return found


def _subject_names(sentence: str, match: re.Match[str]) -> tuple[str, int] | None:
    np = match.group("np")
    people = _count_names(np)
    aux = (match.group("aux") or "").split()
    if match.group("comma") and not aux:
        return None  # "Smith, shot ...": a comma before a verb needs "who" or "was"
    if people is None or _one_word_not_a_name(sentence, match.start("np"), np, aux):
        return None
    if people == 1 and aux and aux[-1].lower() in ("were", "are"):
        return None
    adverbs = match.group("adverbs").lower().split()
    if "not" in adverbs or "never" in adverbs:
        return None
    verb = " ".join(match.group("verb").lower().split())
    following = match.group("next") or ""
    if _shooter_of(aux, following):
        return None  # "Smith shot and killed his wife": he is the shooter
    prefix = sentence[: match.start("np")].rstrip().lower()
    if prefix.endswith((" of", " to", " by", " with", " against")):
        return None  # "charged with the murder of X", "shot by X"
    if match.group("comma") and prefix.endswith((" at", " in", " from")):
        return None  # "Brandon Wren, a ninth-grader at Patrick Henry High School, was shot"
    kind = lex.VICTIM_VERBS[verb]
    if "fatally" in adverbs or "mortally" in adverbs:
        kind = "deaths"
    return kind, people


def _object_names(sentence: str, match: re.Match[str]) -> tuple[str, int] | None:
    np = match.group("np")
    people = _count_names(np)
    if people is None:
        return None
    prefix = sentence[: match.start("verb")].rstrip().lower()
    if prefix.endswith((" to", " would", " could", " will", " not", " attempted", " attempt")):
        return None  # "threatened to kill X", "the attempted murder of X"
    verb = " ".join(match.group("verb").lower().split())
    kind = _NAME_OBJECT_VERBS[verb]
    if kind == "injuries" and _fatally_before(sentence, match.start("verb")):
        kind = "deaths"  # "which fatally wounded Winkers"
    return kind, people
