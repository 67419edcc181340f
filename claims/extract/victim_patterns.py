"""The patterns of a victim with no number written ("a man was shot", "he later died"),
and the speed gates that try them only where a victim noun starts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from claims.extract.words import _alternation
from claims.lexicon import claims as lex

#: Adverbs that may stand between "was" and a casualty verb ("was fatally shot", "was
#: not seriously hurt"); a negation cancels the claim.
_VICTIM_ADVERBS = (
    "fatally mortally critically seriously severely gravely accidentally reportedly"
    " allegedly apparently also later then tragically not never"
).split()


#: An age standing as a noun: "a 17-year-old was shot", "killing a 3-month-old" (an
#: age with no noun after it names the person of that age).
AGE_NOUN = r"\d{1,3}[- ](?:year|month|week|day)s?[- ]old"  # "an 18-month old", "a 17 year old"

#: The victim noun of the patterns: a noun of the lexicon or an age standing as one.
_NOUN = rf"(?:{_alternation(lex.VICTIM_NOUNS)}|{AGE_NOUN})"

_AGE_NOUN_START = re.compile(AGE_NOUN, re.IGNORECASE)

#: What follows the noun of VICTIM_SUBJECT (shared with VICTIM_SUBJECT_FROM_NOUN).
_VICTIM_SUBJECT_REST = rf"""
    (?P<appos>(?:,[ ][^,;]{{1,40}}){{1,2}},             # ", 23," or ", identified as X,"
      |[ ]+of[ ]+[A-Z][\w’'-]{{1,30}}(?:[ ][A-Z][\w’'-]{{1,30}})?)?  # "X, 20, of Y," "X of Quincy"
    (?P<found>[ ]+found[ ]+(?:in|inside|at|near|behind|outside)  # "Man found in car died"
      (?:[ ]+[\w’'-]{{1,30}}){{1,3}}?)?                   #  (a reduced relative)
    (?P<comma>,)?[ ]+                                   # "Anderson, who died": needs an aux
    (?P<aux>(?:who[ ]+)?(?:was|is|ha[sd](?:[ ]+(?:also|since|later))?[ ]+been|has|had|got|were|are)[ ]+|who[ ]+)?
    (?P<adverbs>(?:(?:{"|".join(_VICTIM_ADVERBS)})[ ]+){{0,2}})
    (?:found[ ]+)?                                      # "was found shot to death"
    (?P<verb>{_alternation(lex.VICTIM_VERBS)})\b
    (?:[ ]+(?P<next>[\w’']{{1,30}}))?                   # an object makes it active
"""


#: A singular victim as the subject of a casualty verb: "a 23-year-old man was shot and
#: killed", "the girl, 4, died", "Teenager dies" (a headline: no article).
VICTIM_SUBJECT = re.compile(
    rf"""
    (?P<np>
      (?:\b(?P<det>an?|the|another)[ ]+)?
      (?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,4}}?)        # "23-year-old", "Milwaukee"
      (?P<noun>{_NOUN})\b
    )
    {_VICTIM_SUBJECT_REST}
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: VICTIM_SUBJECT from its noun on: it matches somewhere exactly when VICTIM_SUBJECT
#: does (the determiner and modifiers before the noun are optional, and nothing after
#: the noun looks back at them), and costs far less, as it cannot start at every word.
VICTIM_SUBJECT_FROM_NOUN = re.compile(
    rf"""
    (?P<noun>{_NOUN})\b
    {_VICTIM_SUBJECT_REST}
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: What may stand between the start of a VICTIM_SUBJECT match and its noun (the
#: determiner, the modifiers and the spaces), read backwards from the noun.
_NOUN_PHRASE_CHARS_BACKWARDS = re.compile(r"(?P<chars>[\w’'\- ]*)")


def _victim_object(noun: str, article: str = "") -> re.Pattern[str]:
    """VICTIM_OBJECT with the victim noun `noun` (an alternation); `article` "?" makes
    the determiner optional (a headline's "kills friend")."""
    return re.compile(
        rf"""
        \b(?P<verb>{_alternation(lex.VICTIM_OBJECT_VERBS)})[ ]+
        (?P<np>
          (?:(?P<det>an?|the|his|her|their|another)[ ]+){article}
          (?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,4}}?)
          (?P<noun>{noun})\b
        )
        (?P<appos>,[ ][^,;]{{1,40}},)?
        (?:[ ]+(?P<state>{_alternation(lex.VICTIM_STATES)})\b)?
        (?P<rest>[ ]+and[ ]+)?                              # "a father and daughter": more
        """,
        re.VERBOSE | re.IGNORECASE,
    )


#: A singular victim as the object of a casualty verb: "the shooting that killed a
#: 3-year-old boy", "wounding a woman", "left a man dead", "killing a 17-year-old".
VICTIM_OBJECT = _victim_object(_NOUN)

#: VICTIM_OBJECT with the lexicon's nouns only: tried where an age matched as the noun
#: but a word follows it ("killed his 9-year-old brother": the age is a modifier).
VICTIM_OBJECT_NAMED_NOUN = _victim_object(_alternation(lex.VICTIM_NOUNS))

#: A victim noun and a comma right before a headline's bare noun: the two are a list
#: ("Man, Toddler Found Dead"), which the names' reader counts as two.
HEADLINE_LIST_BEFORE = re.compile(rf"\b{_NOUN},[ ]*$", re.IGNORECASE)

#: VICTIM_OBJECT in a headline, which drops its articles: "Teen accidentally shoots and
#: kills friend", "Police accuse woman of fatally shooting toddler".
HEADLINE_VICTIM_OBJECT = _victim_object(_NOUN, "?")


#: A death told after "and" with no subject of its own, so of the victim just told to
#: have been shot or hurt: "a 16-year-old boy was shot and died at the scene", "was
#: shot in the head and later died at a hospital" (a clause on: no sentence end or
#: semicolon between).
AND_DIED = re.compile(
    rf"""
    (?P<between>[^.;!?]{{0,80}}?)
    [ ,]+and[ ]+(?:(?:{_alternation(lex.PRONOUN_ADVERBS)})[ ]+){{0,2}}
    (?P<verb>{_alternation(lex.PRONOUN_DEATH_VERBS)})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _shooter_of(aux: list[str], following: str) -> bool:
    """Whether the subject of an active casualty verb (no auxiliary, or "has", "had",
    "who" before it) is the one who shot: an object follows the verb ("Smith shot and
    killed his wife", "killed 32 people", "shot, killed friend", "killing Linda Perez")."""
    if aux and aux[-1].lower() not in ("has", "had", "who"):
        return False
    word = following.lower()
    return (
        word in lex.OBJECT_STARTERS
        or following[:1].isdigit()  # "killed 32 people": an object
        or word in lex.VICTIM_NOUNS  # "who accidentally shot, killed friend"
        or (following[:1].isupper() and word not in lex.NOT_NAME_WORDS)
    )


def _fatally_before(sentence: str, at: int) -> bool:
    """Whether "fatally" or "mortally" stands right before `at`: the wound it tells of
    was a death ("fatally wounded Winkers", "shot and fatally wounded four friends")."""
    return sentence[:at].rstrip().lower().endswith((" fatally", " mortally"))


#: The verb of a victim told with a wound and no verb yet ("a man with a gunshot wound
#: to the head was found dead"): a death when it says so.
THEN_DEAD = re.compile(
    r"""
    (?P<between>[^.;!?,]{0,60}?)
    [ ]+(?:(?:was|is)[ ]+(?:later[ ]+)?(?:found[ ]+|pronounced[ ]+|declared[ ]+)?dead|died|was[ ]+killed)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: The verbs of a death told after a victim's relative clause or trip to hospital:
#: "died", "was pronounced dead", "was later pronounced deceased", "succumbed".
_MAIN_DEATH_VERB = rf"""
    (?:(?:was|has[ ]+been|had[ ]+been|is)[ ]+)?
    (?:(?:{_alternation(lex.PRONOUN_ADVERBS)})[ ]+){{0,2}}
    (?P<death>died|dies|succumbed|passed[ ]+away|did[ ]+not[ ]+survive
      |(?:pronounced|declared|found)[ ]+(?:dead|deceased))\b
"""

#: The main verb after a victim's relative clause: "The 16-year-old boy who was shot was
#: pronounced dead at the scene", "A 15-year-old boy who was shot in the head at a
#: friend's house ... died over the weekend" (GVC dev misses, 2026-12).
MAIN_DIED = re.compile(
    rf"""
    (?P<between>[^.;!?]{{0,80}}?)
    [ ,]+{_MAIN_DEATH_VERB}
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A victim taken to hospital who died there: "The child was taken to Arnold Palmer
#: Hospital and later died", "The two-year-old girl was rushed to Sparrow Hospital,
#: where she was pronounced dead" (GVC dev misses, 2026-12).
TAKEN_THEN_DIED = re.compile(
    rf"""
    (?P<np>\b(?P<det>the|an?)[ ]+(?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,3}}?)(?P<noun>{_NOUN})\b)
    (?:,[ ][^,;]{{1,40}},)?[ ]+
    (?:was|had[ ]+been|has[ ]+been)[ ]+(?:later[ ]+)?
    (?:taken|transported|rushed|flown|airlifted)[ ]+(?:by[ ]+[\w’' -]{{1,30}}?[ ]+)?to[ ]+
    [\w’' -]{{1,60}}?
    (?:,?[ ]+and|,?[ ]+where[ ]+(?:he|she))[ ]+
    {_MAIN_DEATH_VERB}
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: Words inside the stretch before "and died" that start another clause, whose subject
#: the death may be: "a man was shot when his brother ... and died".
_CLAUSE_BREAKS = re.compile(
    r"\b(?:when|while|after|before|because|as|who|which|that|but|where)\b", re.IGNORECASE
)


#: One more victim after a toll, with no noun of its own: "One man was killed and another
#: injured", "Three people are dead and another hospitalized" (the subject of a
#: conjoined clause), "left three dead and injured another", "seriously wounded
#: another" (the object).
ANOTHER_SUBJECT = re.compile(
    rf"""
    \band[ ]+(?P<np>another)
    (?:[ ]+(?:was|is|has[ ]+been|had[ ]+been))?
    (?P<adverbs>(?:[ ]+(?:{"|".join(_VICTIM_ADVERBS)})){{0,2}})
    [ ]+(?P<verb>{_alternation(lex.VICTIM_VERBS)})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

ANOTHER_OBJECT = re.compile(
    rf"""
    \b(?P<verb>{_alternation(v for v, k in lex.VICTIM_OBJECT_VERBS.items() if k)})
    [ ]+(?P<np>another)
    (?P<next>[ ]+[\w’'-]+)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: A death told as a noun, of one victim: "the death of a 10-year-old boy", "charged in
#: the shooting death of 6-year-old daughter", "the killing of a man", "in the teen's
#: shooting death", "her son's accidental shooting death".
NOMINAL_DEATH = re.compile(
    rf"""
    \b(?P<verb>(?:shooting[ ]+)?death|killing|murder|slaying|fatal[ ]+shooting)[ ]+of[ ]+
    (?P<np>(?:(?:an?|the|his|her|their|another)[ ]+)?
      (?:[\w’'-]{{1,30}}[ ]+){{0,3}}(?P<noun>{_NOUN}))\b
    (?P<more>[ ]+and\b|s\b|’s|'s)?                   # "a man and his son", a plural
    |
    \b(?P<pnp>(?:(?P<pdet>an?|the|his|her|their)[ ]+(?:[\w’'-]{{1,30}}[ ]+){{0,2}}?)?
      (?P<pnoun>{_NOUN}))['’]s[ ]+
    (?:(?:accidental|apparent|fatal|shooting|gun|shotgun)[ ]+){{0,2}}
    (?P<pverb>death|killing|murder|slaying)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: "one of the victims died", "one of the men later died", "one of the victims, a man,
#: has been pronounced dead": a death of one among them.
ONE_OF_DEATH = re.compile(
    rf"""
    \bone[ ]+of[ ]+the[ ]+(?:[\w’'-]{{1,30}}[ ]+)?(?:{_alternation(lex.ONE_OF_NOUNS)})
    (?:,[ ][^,;]{{1,40}},)?[ ]+                      # "one of the victims, a man, has been"
    (?:(?:{_alternation(lex.PRONOUN_ADVERBS)}|has|have)[ ]+){{0,2}}
    (?P<verb>{_alternation(lex.PRONOUN_DEATH_VERBS)}|been[ ]+(?:pronounced|declared|found)[ ]+dead)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: "he later died", "she was taken to a hospital and died", "where he was pronounced
#: dead": a pronoun victim's death.
PRONOUN_DEATH = re.compile(
    rf"""
    \b(?P<pron>he|she)[ ]+
    (?:was[ ]+(?:taken|transported|rushed|flown)[ ]+to[ ]+[\w’' -]{{1,60}}?[ ]+
       (?:and|where[ ]+(?:he|she))[ ]+)?
    (?:(?:{_alternation(lex.PRONOUN_ADVERBS)})[ ]+){{0,2}}
    (?P<verb>{_alternation(lex.PRONOUN_DEATH_VERBS)}
      |(?:was|ha[sd][ ]+been)[ ]+(?:(?:{_alternation(lex.PRONOUN_ADVERBS)})[ ]+){{1,2}}  # "was later
         (?:pronounced|declared|found)[ ]+(?:dead|deceased))\b                    # pronounced dead"
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: The cheap gate before the victim patterns: a victim noun word in the sentence (the
#: patterns themselves may start at any word, which costs; most sentences have none).
_VICTIM_NOUN_GATE = re.compile(rf"\b{_NOUN}\b", re.IGNORECASE)


#: Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn
#: into that letter (or that lower() lengthens): dotted and dotless i, long s, Kelvin.
_CASE_FOLD_EXCEPTIONS = "İıſK"


_VICTIM_NOUNS = tuple(sorted(lex.VICTIM_NOUNS))


assert all(noun.isascii() and noun.isalpha() for noun in _VICTIM_NOUNS)  # see below


def _victim_noun_starts(sentence: str) -> list[int] | None:
    """Offsets where a victim noun starts, in any case, inside words too: the only places
    the victim patterns that open on a noun can match (the nouns are ASCII letters, so
    with no `_CASE_FOLD_EXCEPTIONS` character re.IGNORECASE finds one exactly where
    `str.lower()` shows it, at the same offset). None when the sentence holds such a
    character and only the patterns can tell."""
    if any(char in sentence for char in _CASE_FOLD_EXCEPTIONS):
        return None
    lowered = sentence.lower()
    starts: set[int] = (
        {m.start() for m in _AGE_NOUN_START.finditer(sentence)}
        if " old" in lowered or "-old" in lowered
        else set()
    )
    for noun in [noun for noun in _VICTIM_NOUNS if noun in lowered]:
        at = lowered.find(noun)
        while at != -1:
            starts.add(at)
            at = lowered.find(noun, at + 1)
    return sorted(starts)


def _search_from_noun(
    pattern: re.Pattern[str], sentence: str, noun_starts: list[int] | None, position: int = 0
) -> re.Match[str] | None:
    """pattern.search(sentence, position) for a pattern whose matches open on a victim
    noun, trying it only where a noun starts (`noun_starts` from `_victim_noun_starts`)."""
    if noun_starts is None:
        return pattern.search(sentence, position)
    for start in noun_starts[bisect.bisect_left(noun_starts, position) :]:
        match = pattern.match(sentence, start)
        if match is not None:
            return match
    return None


def _victim_subject_from_noun(
    sentence: str, noun_starts: list[int] | None, position: int = 0
) -> re.Match[str] | None:
    """VICTIM_SUBJECT_FROM_NOUN.search(sentence, position), tried where a noun starts."""
    return _search_from_noun(VICTIM_SUBJECT_FROM_NOUN, sentence, noun_starts, position)


def _victim_noun_words(sentence: str) -> list[str]:
    """The victim nouns of a sentence as whole words, lower-cased, in order: the matches
    of _VICTIM_NOUN_GATE.finditer, sought only where a noun starts (a match is never
    empty, so each search resumes where the last ended, as finditer does)."""
    noun_starts = _victim_noun_starts(sentence)
    nouns: list[str] = []
    position = 0
    while (
        match := _search_from_noun(_VICTIM_NOUN_GATE, sentence, noun_starts, position)
    ) is not None:
        nouns.append(match.group().lower())
        position = match.end()
    return nouns


def _victim_subjects(sentence: str, noun_starts: list[int] | None) -> Iterable[re.Match[str]]:
    """VICTIM_SUBJECT.finditer(sentence), without trying the pattern at every word. Every
    match holds a VICTIM_SUBJECT_FROM_NOUN match at its noun, and only determiner and
    modifier characters stand before that noun; so the next match starts no earlier than
    the run of those characters that ends at the next noun match, and starts there or
    before that noun. `noun_starts`: from `_victim_noun_starts`."""
    position = 0
    while (noun := _victim_subject_from_noun(sentence, noun_starts, position)) is not None:
        # Read back from the noun, no further than where the last match ended.
        run = _NOUN_PHRASE_CHARS_BACKWARDS.match(sentence[position : noun.start()][::-1])
        match = VICTIM_SUBJECT.search(sentence, noun.start() - run.end())  # type: ignore[union-attr]
        if match is None:  # cannot happen: the pattern matches at the noun itself
            return
        yield match
        position = match.end()
