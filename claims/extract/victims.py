"""Casualties of one with no number written: a victim as subject or object of a casualty
verb, a pronoun victim's death, and who a sentence says was hit."""

from __future__ import annotations

import re

from claims.extract.reading import _EVENT_OF_KIND, _ONE, _Reading
from claims.extract.victim_patterns import (
    _CLAUSE_BREAKS,
    _VICTIM_NOUN_GATE,
    AND_DIED,
    ANOTHER_OBJECT,
    ANOTHER_SUBJECT,
    HEADLINE_LIST_BEFORE,
    HEADLINE_VICTIM_OBJECT,
    MAIN_DIED,
    NOMINAL_DEATH,
    ONE_OF_DEATH,
    PRONOUN_DEATH,
    TAKEN_THEN_DIED,
    THEN_DEAD,
    VICTIM_OBJECT,
    VICTIM_OBJECT_NAMED_NOUN,
    _fatally_before,
    _search_from_noun,
    _shooter_of,
    _victim_noun_starts,
    _victim_noun_words,
    _victim_subjects,
)
from claims.extract.words import _NEXT_WORD
from claims.lexicon import claims as lex
from claims.model import QuantityMention

#: How an age standing as a noun ends: "17-year-old", "18-month old".
_AGE_ENDS = ("-old", " old")

#: A lower-case word right after a noun: the noun was a modifier of it.
_LOWER_WORD = re.compile(r"[ ]+[a-z]")


def _victim_np(sentence: str, match: re.Match[str]) -> tuple[int, str | None] | None:
    """Where a matched victim's noun phrase really starts, and its determiner: the last
    article inside the modifiers ("Police said a man" -> "a man", "and a man" -> "a
    man"); None for two people ("a man and woman")."""
    start, det = match.start("np"), match.group("det")
    mods = match.group("mods")
    offset = match.start("mods")
    joined = False
    for token in re.finditer(r"[\w’'-]+", mods):
        word = token.group().lower()
        if word in ("a", "an", "the", "another", "his", "her", "their"):
            start, det = offset + token.start(), word
            joined = False  # "..., and a man was shot": the "and" joins clauses
        elif word in ("and", "or", "&"):
            joined = True
    if joined:
        return None  # "a man and woman": two people
    prefix = sentence[:start].rstrip().lower()
    if prefix.endswith(" to") or prefix in ("of", "to"):
        return None  # "threatened to kill a man"
    if prefix.endswith(" of") and _PART_OF.search(prefix):
        return None  # "one of the victims died": one among them, read elsewhere
    return start, det


#: "one of", "two of", "each of", "none of" before a victim: some among them (not "the
#: name of a man who was killed", "the death of a boy").
_PART_OF = re.compile(
    r"(?:^|[ ])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|each|none|any"
    r"|all|both|either|neither|most|many|several|few|more|rest|other|another)[ ]+of$"
)


def _bare_np_start(match: re.Match[str], start: int) -> int:
    """Where a noun phrase with no article starts: past the last lower-case word before
    its noun ("Man turns himself in after 2-year-old killed" -> "2-year-old"), keeping
    the names and ages that modify it ("St. Louis woman", "4-year-old boy")."""
    for token in re.finditer(r"[\w’'-]+", match.group("mods")):
        if token.group().islower() and not token.group()[:1].isdigit():
            start = match.start("mods") + token.end()
    return max(start, _first_word_at(match.string, start))


def _first_word_at(sentence: str, at: int) -> int:
    """The offset of the first non-space character at or after `at`."""
    return at + len(sentence[at:]) - len(sentence[at:].lstrip())


def _one_victim(noun: str) -> str:
    """The subject of a casualty of one: the noun that names them ("man", "victim"),
    except "person", which would read as the whole toll of people ("A third person ...
    was also killed" is one of "three victims", not a toll of one)."""
    noun = noun.lower()
    return lex.ONE_VICTIM if noun in ("person", "people") or noun.endswith(_AGE_ENDS) else noun


def _victims(
    sentence: str, taken: list[tuple[int, int]], headline: bool = False
) -> list[tuple[QuantityMention, _Reading]]:
    """Casualties of one with no number written: "a man was shot and killed" (a death),
    "a woman was wounded", "shot in the leg", "left a man in critical condition" (an
    injury); spans that overlap `taken` (the sentence's numeric claims) are skipped.
    A `headline` drops its articles anywhere ("Police: Child accidentally shoots, kills
    self", "Man charged after toddler killed", "Teen shoots and kills friend")."""
    found: list[tuple[QuantityMention, _Reading]] = []

    def add(start: int, end: int, kind: str, noun: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading(kind, _one_victim(noun), _EVENT_OF_KIND[kind], end, True)))

    if "another" in sentence.lower():
        for start, end, kind in _another(sentence):
            add(start, end, kind, "person")
    noun_starts = _victim_noun_starts(sentence)
    if _search_from_noun(_VICTIM_NOUN_GATE, sentence, noun_starts) is None:
        return found  # no noun anywhere: the gate's pattern cannot match either

    for match in _victim_subjects(sentence, noun_starts):
        victim = _subject_victim(sentence, match, headline)
        if victim is not None:
            add(*victim)
    for start, end, noun in _nominal_deaths(sentence):
        add(start, end, "deaths", noun)
    for match in TAKEN_THEN_DIED.finditer(sentence):
        np = _victim_np(sentence, match)
        if np is not None:
            add(np[0], match.end(), "deaths", match.group("noun"))
    for match in (HEADLINE_VICTIM_OBJECT if headline else VICTIM_OBJECT).finditer(sentence):
        if match.group("noun").lower().endswith(_AGE_ENDS) and _LOWER_WORD.match(
            sentence, match.end("noun")
        ):
            # "killed his 9-year-old brother": the age modifies the noun after it
            match = VICTIM_OBJECT_NAMED_NOUN.match(sentence, match.start()) or match
        victim = _object_victim(sentence, match)
        if victim is not None:
            add(*victim)
    return found


#: The objects that make a casualty verb's subject its own victim.
_REFLEXIVES = frozenset({"himself", "herself", "self"})


def _subject_victim(
    sentence: str, match: re.Match[str], headline: bool = False
) -> tuple[int, int, str, str] | None:
    """A VICTIM_SUBJECT match as one victim ("a 23-year-old man was shot and killed"): its
    span, kind and noun; None for a bare noun past the first words of a body sentence
    (a `headline` drops its articles anywhere), two people, a negation or a shooter ("a
    man shot and killed his wife")."""
    np = _victim_np(sentence, match)
    if np is None:
        return None
    start, det = np
    if det is None and not headline and sentence[:start].strip(" \t“”\"'‘’—–-:"):
        return None  # no article: only a headline's first words ("Teenager dies")
    if det is None:
        start = _bare_np_start(match, start)
        if HEADLINE_LIST_BEFORE.search(sentence, 0, start):
            return None  # "Man, Toddler Found Dead": a list of two
    aux = (match.group("aux") or "").split()
    if match.group("comma") and not aux:
        return None  # "the man, shot ...": a comma before a verb needs "who" or "was"
    if aux and aux[-1].lower() in ("were", "are"):
        return None  # "a man and a woman were shot": a count of two
    adverbs = match.group("adverbs").lower().split()
    if "not" in adverbs or "never" in adverbs:
        return None
    verb = " ".join(match.group("verb").lower().split())
    following = match.group("next") or ""
    acted = _verb_in_modifiers(sentence, match, start)
    if following.lower() in _REFLEXIVES and lex.VICTIM_VERBS.get(verb):
        # "accidentally shot himself", "fatally shot herself", "killed himself": the
        # subject is the one hurt
        fatal = "fatally" in adverbs or "mortally" in adverbs
        shot = verb in ("shot", "shoots")
        kind = "deaths" if fatal else ("shot" if shot else lex.VICTIM_VERBS[verb])
        # "Suspect Wounds Milwaukee Officer Then Kills Himself": the noun is the first
        # verb's object; who killed himself is its subject, no noun of the match's
        if acted:  # the span leaves the object to the object reader ("Wounds ... Officer")
            return _first_word_at(sentence, match.end("noun")), match.end("next"), kind, "person"
        return start, match.end("next"), kind, match.group("noun")
    if acted:
        return None  # "Man Shoots Officer, Dies": the noun is the object of "Shoots"
    if _shooter_of(aux, following):
        return None  # "a man shot and killed his wife": he is the shooter
    kind = lex.VICTIM_VERBS[verb]
    if "fatally" in adverbs or "mortally" in adverbs:
        kind = "deaths"
    end = match.end("verb")
    if verb.endswith((" the", " his", " her")) and match.group("next"):
        end = match.end("next")  # "shot in the leg"
    if not aux and verb.startswith("with "):
        then = THEN_DEAD.match(sentence, end)
        if then is not None and not _CLAUSE_BREAKS.search(then.group("between")):
            return start, then.end(), "deaths", match.group("noun")  # "... was found dead"
    died = AND_DIED.match(sentence, end) if kind in ("shot", "injuries") else None
    if died is not None and not _CLAUSE_BREAKS.search(died.group("between")):
        kind, end = "deaths", died.end()  # "was shot and died at the scene"
    elif kind in ("shot", "injuries") and aux[:1] == ["who"]:
        main = MAIN_DIED.match(sentence, end)
        if main is not None and not _CLAUSE_BREAKS.search(main.group("between")):
            kind, end = "deaths", main.end()  # "the boy who was shot was pronounced dead"
    return start, end, kind, match.group("noun")


#: A headline's present-tense casualty verbs that may stand among a noun's capitalised
#: modifiers, making the noun their object: "Suspect Wounds Milwaukee Officer Then Kills
#: Himself" (GVC dev, 2026-12). Never the participles, which are adjectives there ("the
#: wounded man died"), nor "shooting" ("a shooting victim").
_MODIFIER_VERBS = frozenset({"kills", "shoots", "wounds", "injures"})


def _verb_in_modifiers(sentence: str, match: re.Match[str], start: int) -> bool:
    """Whether a casualty verb stands between the victim phrase's start and its noun."""
    words = re.findall(r"[\w’'-]+", sentence[start : match.start("noun")])
    return any(w.lower() in _MODIFIER_VERBS for w in words)


def _object_victim(sentence: str, match: re.Match[str]) -> tuple[int, int, str, str] | None:
    """A VICTIM_OBJECT match as one victim ("the shooting that killed a 3-year-old boy",
    "left a man dead"): its span, kind and noun; None for more than one, a casualty that
    did not happen, or a state not told."""
    np = _victim_np(sentence, match)
    if np is None or (match.group("rest") and not _next_is_verb(sentence, match.end())):
        return None  # "killing a father and daughter": more than one
    prefix = sentence[: match.start("verb")].rstrip().lower()
    if prefix.endswith((" to", " would", " could", " will", " not")):
        return None  # "threatened to kill a man"
    verb = " ".join(match.group("verb").lower().split())
    state = " ".join((match.group("state") or "").lower().split())
    kind = lex.VICTIM_OBJECT_VERBS[verb] or lex.VICTIM_STATES.get(state, "")
    if not kind:
        return None  # "left a man" says nothing of his state
    if kind == "injuries" and _fatally_before(sentence, match.start("verb")):
        kind = "deaths"  # "fatally wounded a man"
    end = match.end("state") if state else match.end("noun")
    part = _NEXT_WORD.match(sentence, end) if state.endswith(("the", "his", "her")) else None
    if part is not None:
        end = part.end()  # "shot his uncle in the stomach"
    return match.start("verb"), end, kind, match.group("noun")


def _nominal_deaths(sentence: str) -> list[tuple[int, int, str]]:
    """Deaths of one told as a noun: "the death of a 10-year-old boy", "the teen's
    shooting death" (spans and nouns); not "the attempted murder of a man", nor a death
    of two ("the deaths of a man and his son")."""
    found = []
    for match in NOMINAL_DEATH.finditer(sentence):
        verb = "verb" if match.group("verb") else "pverb"
        np = "np" if match.group("np") else "pnp"
        noun = match.group("noun") or match.group("pnoun")
        if match.group("more") or noun.lower() in lex.SHOOTER_NOUNS:
            continue
        prefix = sentence[: match.start(verb if verb == "verb" else np)].rstrip().lower()
        if prefix.endswith(("attempted", "attempt", "threatened")):
            continue
        start = min(match.start(verb), match.start(np))
        end = max(match.end(verb), match.end(np))
        found.append((start, end, noun))
    return found


def _another(sentence: str) -> list[tuple[int, int, str]]:
    """One more victim told as "another" after a toll ("One man was killed and another
    injured", "killed three and wounded another"): spans and kinds."""
    found = []
    for match in ANOTHER_SUBJECT.finditer(sentence):
        verb = " ".join(match.group("verb").lower().split())
        adverbs = match.group("adverbs").lower().split()
        if "not" in adverbs or "never" in adverbs:
            continue
        kind = lex.VICTIM_VERBS[verb]
        if "fatally" in adverbs or "mortally" in adverbs:
            kind = "deaths"
        found.append((match.start("np"), match.end("verb"), kind))
    for match in ANOTHER_OBJECT.finditer(sentence):
        following = (match.group("next") or "").strip().lower()
        if following and (following in lex.VICTIM_NOUNS or following in lex.PERSON_NOUNS):
            continue  # "wounding another man": VICTIM_OBJECT reads it
        if (
            sentence[: match.start("verb")]
            .rstrip()
            .lower()
            .endswith((" to", " would", " could", " will", " not"))
        ):
            continue
        verb = " ".join(match.group("verb").lower().split())
        kind = lex.VICTIM_OBJECT_VERBS[verb]
        if kind == "injuries" and _fatally_before(sentence, match.start("verb")):
            kind = "deaths"
        found.append((match.start("verb"), match.end("np"), kind))
    return found


def _next_is_verb(sentence: str, at: int) -> bool:
    """Whether the word at `at` (after an "and") is a casualty verb, which opens another
    clause rather than adding a victim: "killing a man and wounding two others"."""
    following = _NEXT_WORD.match(sentence, at - 1)  # `at` is past the spaces
    if following is None:
        return False
    word = following.group("word").lower()
    return word in lex.CASUALTY_WORDS or word in lex.VICTIM_OBJECT_VERBS


#: Words that say someone was hit in a sentence: the antecedent of "he died" after it.
_HIT_WORDS = frozenset("shot wounded wound wounds gunshot injured hurt struck hit victim".split())


def _someone_shot(sentence: str, lowers: frozenset[str]) -> str | None:
    """Who a sentence says was hit: its victim noun ("a man was shot" -> "man"), "person"
    when it names no noun ("Webb was shot"), None when nobody was hit. `lowers`: the
    sentence's lower-cased words."""
    if lowers.isdisjoint(_HIT_WORDS):
        return None
    nouns = [n for n in _victim_noun_words(sentence) if n not in lex.SHOOTER_NOUNS]
    # "A 19-year-old man was shot": the man, not his age (an age alone names nobody)
    named = [n for n in nouns if not n.endswith(_AGE_ENDS)]
    return (named or nouns or ["person"])[0]


def _pronoun_deaths(
    sentence: str, taken: list[tuple[int, int]], victim: str | None
) -> list[tuple[QuantityMention, _Reading]]:
    """A pronoun victim's death: "He was taken to a hospital and died" after a sentence
    that told someone was shot is a death of one (of that noun); "one of the victims
    died" is one death among them."""
    found: list[tuple[QuantityMention, _Reading]] = []
    matches = [(m, "person") for m in ONE_OF_DEATH.finditer(sentence)]
    if victim is not None:
        matches += [(m, victim) for m in PRONOUN_DEATH.finditer(sentence)]
    for match, noun in matches:
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading("deaths", _one_victim(noun), "killed", end, True)))
        break  # one such death a sentence
    return found
