"""Injuries told by the wound, not by a casualty verb: "Coulthard was taken to a hospital,
where he was treated and released", "The victim suffered a non-life-threatening gunshot
wound", "Three other victims showed up at the hospital with gunshot wounds".

Two readers, both of an injury the sentence tells by a wound state (`WOUND_STATE`: a
gunshot wound someone has, a hospital's condition, treated and released, struck by a
bullet, expected to survive):

- `_wounded_counts`: a plain count of people ("three others", "Six additional victims")
  whose clause goes on to the wound is a count of the injured;
- `_wounded_ones`: one victim with no number written, the subject of the wound: a victim
  noun ("the boy"), a name ("Terrance Booker, 42,") or "he"/"she" when the sentences
  before told of someone shot (a death of that noun elsewhere in the article replaces
  the injury: `claims.extract.tolls`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claims.extract.named_victims import _NAME
from claims.extract.reading import _ONE, _Reading
from claims.extract.victim_patterns import _NOUN
from claims.extract.victims import _one_victim
from claims.extract.words import _alternation
from claims.lexicon import claims as lex
from claims.lexicon import wounds as wound_lex
from claims.model import Quantity, QuantityMention

#: A wound state: what the living are told to have or be.
WOUND_STATE = re.compile(
    rf"""
    \b(?P<state>
      (?P<lead>{_alternation(wound_lex.WOUND_LEADS)}           # "suffered", "with"
        |(?:being[ ]+)?treated[ ]+(?:at|in)[ ]+(?:[\w’'.&-]+[ ]+){{1,6}}?for  # "treated at
      )[ ]+                                                    #  the hospital for"
      (?P<adjs>(?:(?:{_alternation(wound_lex.WOUND_ADJECTIVES)})[ ]+){{0,3}})
      (?P<wound>{_alternation(wound_lex.WOUND_NOUNS)})
     |(?:listed[ ]+)?in[ ]+(?:(?:{_alternation(wound_lex.CONDITIONS)})[ ]+(?:but[ ]+|and[ ]+|,[ ]+)?){{1,2}}condition
     |listed[ ]+as[ ]+(?:{_alternation(wound_lex.CONDITIONS)})    # "is listed as stable"
     |(?:struck|hit|grazed)[ ]+(?:by[ ]+(?:an?[ ]+|the[ ]+)?(?:{_alternation(wound_lex.PROJECTILES)})
        |in[ ]+the|in[ ]+his|in[ ]+her|during[ ]+the)  # "was also hit during the shooting"
     |{_alternation(wound_lex.SURVIVAL_PHRASES)}
     |for[ ]+treatment            # "was rushed to a local hospital for treatment": a
                                  #  state, not proof of life (the one may have died)
     |after[ ]+being[ ]+(?:shot|wounded)   # "was taken to Cheyenne Regional Medical
                                           #  Center after being shot"
     |in[ ]+(?:the[ ]+)?(?:ICU|intensive[ ]+care)  # "where he is in ICU"
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A ride to hospital, an arrival or a treatment there, a wound state of a count of
#: people only ("four people transported to the hospital", "Sixteen people were treated
#: at Lee Memorial Hospital", "Two other gunshot victims arrived at the hospital"): told
#: of one, the one may have died there.
HOSPITAL_STATE = re.compile(
    rf"""
    \b(?:(?:{_alternation(wound_lex.TRANSPORT_VERBS)})[ ]+to|treated[ ]+(?:at|in)
       |(?:{_alternation(wound_lex.ARRIVAL_VERBS)})[ ]+(?:at|to|in|into))[ ]+
    (?:(?:an?|the|area|local|nearby|two|three|several|different|various)[ ]+){{0,2}}
    (?:[A-Z][\w’'.-]*[ ]+){{0,4}}
    (?:hospitals?|Hospitals?|medical[ ]+cent(?:er|re)s?|Medical[ ]+Cent(?:er|re)s?)\b
    """,
    re.VERBOSE,
)

#: The ride to hospital between a victim and the wound: "was taken to Brick Hospital".
_TRANSPORT = rf"""
    (?:[ ]+(?:{_alternation(wound_lex.TRANSPORT_VERBS)})[ ]+to[ ]+[\w’'.&-]+(?:[ ][\w’'.&-]+){{0,7}}?,?)
"""

#: The words of a link, a ride's verb among them ("was taken in good condition to").
_LINK_WORDS = (*wound_lex.SUBJECT_LINKS, *wound_lex.TRANSPORT_VERBS)

#: What may stand between the victim and the wound state.
_LINKS = rf"""
    (?P<links>,?(?:[ ]+(?i:{_alternation(_LINK_WORDS)})){{0,4}}{_TRANSPORT}?
      (?:[ ]+(?i:was|is|who|and|where[ ]+(?:he|she)[ ]+(?:was|is)))?)
"""

#: One victim right before a wound state, the text's end at the state: "he", a victim
#: noun phrase ("the 14-month-old", "A 63-year-old woman, 63,"), or a name ("Terrance
#: Booker, 42,").
SUBJECT_TAIL = re.compile(
    rf"""
    (?:
      \b(?P<pron>(?i:he|she))
     |\b(?P<det>(?i:the|an?|his|her|their|another))[ ]+
        (?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,4}}?)
        (?P<noun>(?i:{_NOUN}))(?P<appos>,[ ][^,;]{{1,40}},)?
     |(?P<name>{_NAME})(?:,[ ]+\d{{1,3}},)?
     |^[ ]*(?P<bare>(?:[\w’'-]{{1,30}}[ ]+){{0,3}}?(?P<hnoun>(?i:{_NOUN})))  # a headline's
    )
    {_LINKS}
    [ ]*$
    """,
    re.VERBOSE,
)


#: Someone who shot themselves: "accidentally shot himself in the hand", "Toddler Shoots
#: Self In Head" -- one person shot, an injury unless the article tells a death
#: (`claims.extract.tolls`); not "shot himself dead", nor "fatally shot himself".
REFLEXIVE_SHOT = re.compile(
    r"""
    \b(?P<verb>shot|shoots|shooting|shoot|wounded|wounding|wounds|injured|injuring|injures)
    [ ]+(?P<self>himself|herself|self)\b
    (?P<after>[ ]+(?:dead|to[ ]+death|fatally)\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _shot_themselves(
    sentence: str, taken: list[tuple[int, int]]
) -> list[tuple[QuantityMention, _Reading]]:
    """One person who shot themselves, with no number written (kind "shot": hurt, once
    the article's dead are taken out). Spans overlapping `taken` are skipped."""
    found: list[tuple[QuantityMention, _Reading]] = []
    if "self" not in sentence.lower():
        return found
    for match in REFLEXIVE_SHOT.finditer(sentence):
        start, end = match.span()
        before = sentence[:start].rstrip().lower()
        if match.group("after") or before.endswith(_NOT_HURT_BEFORE):
            continue  # "shot himself dead", "fatally shot himself", "tried to shoot himself"
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading("shot", lex.ONE_VICTIM, "shot", end, True)))
    return found


#: A headline's second victim after a comma, with no article: "Teen Killed, Another
#: Wounded in St. Paul Shooting", "Man dead, woman injured in shooting".
SECOND_VICTIM = re.compile(
    rf"""
    [,;][ ]+(?:and[ ]+)?
    (?P<np>another|(?:[\w’'-]{{1,30}}[ ]+){{0,2}}?(?P<noun>{_NOUN}))
    [ ]+(?:(?:critically|seriously|also|was|is)[ ]+){{0,2}}
    (?P<verb>wounded|injured|hurt|shot)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _second_victims(
    sentence: str, taken: list[tuple[int, int]]
) -> list[tuple[QuantityMention, _Reading]]:
    """A second victim after a comma with no article ("Teen Killed, Another Wounded"):
    one injured (one shot, for "shot"). Spans overlapping `taken` are skipped."""
    found: list[tuple[QuantityMention, _Reading]] = []
    if "," not in sentence and ";" not in sentence:
        return found
    for match in SECOND_VICTIM.finditer(sentence):
        start, end = match.start("np"), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        noun = (match.group("noun") or "person").lower()
        if noun in lex.SHOOTER_NOUNS:
            continue
        taken.append((start, end))
        kind = "shot" if match.group("verb").lower() == "shot" else "injuries"
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading(kind, _one_victim(noun), "injured", end, True)))
    return found


#: Words right before a reflexive shot that make it a death or no shot at all.
_NOT_HURT_BEFORE = ("fatally", "mortally", " to", "threatened to", "not", "before")


#: A death told after a wound state in its clause: the wounded victim died.
_DIED_AFTER = re.compile(
    rf"""
    [^.;!?]{{0,80}}?\b(?:{_alternation(lex.PRONOUN_DEATH_VERBS)}|dead|killed|died)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: How far before a wound state its subject may start (characters).
_SUBJECT_REACH = 140


#: Pieces of text every wound state and hospital state holds: the cheap gate before
#: the patterns (most sentences hold none).
_STATE_PIECES = (
    "wound injur condition released struck hit grazed surviv recover expected hospital medical"
    " listed critical stable icu intensive being"
).split()


def _may_hold_state(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(piece in lowered for piece in _STATE_PIECES)


def _wound_states(sentence: str) -> list[re.Match[str]]:
    """The sentence's wound states, a bare "with injuries" left out (it needs a kind of
    wound: "with non-life-threatening injuries", "with a gunshot wound")."""
    found: list[re.Match[str]] = []
    if not _may_hold_state(sentence):
        return found
    for match in WOUND_STATE.finditer(sentence):
        if match.group("lead") is not None and match.group("lead").lower() == "with":
            wound = " ".join(match.group("wound").lower().split())
            adjectives = set(match.group("adjs").lower().split()) - {"a", "an"}
            if wound not in wound_lex.GUNSHOT_NOUNS and not adjectives:
                continue
        if _negated(match):
            continue
        found.append(match)
    return found


def _negated(state: re.Match[str]) -> bool:
    """Whether a wound state is denied: "did not suffer injuries" (but "did not suffer
    life-threatening wounds" tells a wound, not a grave one)."""
    lead = (state.group("lead") or "").lower()
    if not lead.startswith(("did not", "didn't")):
        return False
    adjectives = " ".join(state.group("adjs").lower().split())
    return adjectives not in wound_lex.NEGATED_ADJECTIVES


def _wounded_ones(
    sentence: str, taken: list[tuple[int, int]], pronoun_victim: str | None
) -> list[tuple[QuantityMention, _Reading]]:
    """One injured victim the sentence tells by a wound state, with no number written:
    "The victim suffered a gunshot wound", "Booker, 42, was treated and released", "he is
    in stable condition" (after someone shot). Spans overlapping `taken` (the sentence's
    casualty claims) are skipped, and so is a wound its clause says the victim died of."""
    found: list[tuple[QuantityMention, _Reading]] = []
    for state in _wound_states(sentence):
        tail = _subject_tail(sentence, state.start())
        if tail is None:
            continue
        start, end = tail.start(), state.end()
        if any(s < end and start < e for s, e in taken):
            continue
        if _DIED_AFTER.match(sentence, end):
            continue  # "in critical condition and was later pronounced dead"
        noun = _subject_noun(tail, pronoun_victim, _is_verb_lead(state))
        if noun is None:
            continue
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading("injuries", _one_victim(noun), "injured", end, True)))
    return found + _graded_and_hit(sentence, taken, pronoun_victim) + _both_hurt(sentence, taken)


#: The numbers after "all" in "all three are listed in fair condition".
_ALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}

#: The nouns after "both": "Both victims", "Both men".
_BOTH_NOUNS = ("victims", "men", "women", "people", "teens", "boys", "girls", "children", "males")

#: A wound's grade told of the living after its owner: "her injuries were not
#: life-threatening", "Her 4-year-old sister's injuries were non-life threatening",
#: "Wright's injuries are not life threatening".
GRADED_WOUND = re.compile(
    rf"""
    (?:\b(?P<pron>his|her)|(?P<owner>[’']s))[ ]+
    (?:(?:gunshot|bullet)[ ]+)?(?:injury|injuries|wound|wounds)[ ]+
    (?:
      (?:is|are|was|were|appeared[ ]+to[ ]+be|appear[ ]+to[ ]+be)[ ]+
      (?P<grade>{_alternation(wound_lex.LIVING_GRADES)})
     |(?:do|does|did)[ ]+not[ ]+appear[ ]+to[ ]+be[ ]+    # "her injuries do not appear to
      (?:life[- ]threatening|serious|critical)            #  be life-threatening"
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A projectile hitting one victim, the object: "Stray bullet hits 11-year-old girl",
#: "A bullet grazed the boy’s head", "Bullet grazes teen after skate park dispute".
PROJECTILE_HIT = re.compile(
    rf"""
    \b(?:{_alternation(wound_lex.HITTING_PROJECTILES)})[ ]+
    (?:(?:also|then|apparently|reportedly)[ ]+)?
    (?P<verb>hit|hits|struck|strikes|grazed|grazes)[ ]+
    (?:
      (?P<pron>him|her)\b
     |(?:(?P<det>the|an?|his|her|their|another)[ ]+)?
      (?P<mods>(?:[\w’'-]{{1,30}}[ ]+){{0,3}}?)(?P<noun>{_NOUN})(?:[’']s)?\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A death told right after a projectile's hit: "this stray bullet strikes her, causing
#: her death" (GVC a963b270), "struck him in the chest, killing him".
_HIT_FATAL = re.compile(
    r"""
    [^.;!?]{0,60}?\b(?:death|dead|died|dies|killing|killed|fatal|fatally)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _graded_and_hit(
    sentence: str, taken: list[tuple[int, int]], pronoun_victim: str | None
) -> list[tuple[QuantityMention, _Reading]]:
    """One injured victim told by a living grade of their wound ("her injuries were not
    life-threatening", after someone shot) or as the object of a projectile's hit
    ("Stray bullet hits 11-year-old girl"). Spans overlapping `taken` are skipped."""
    found: list[tuple[QuantityMention, _Reading]] = []
    lowered = sentence.lower()
    if "injur" in lowered or "wound" in lowered:
        found.extend(_graded(sentence, taken, pronoun_victim))
    if any(w in lowered for w in (" hit", "struck", "strikes", "graze")):
        found.extend(_hit(sentence, taken, pronoun_victim))
    return found


def _graded(
    sentence: str, taken: list[tuple[int, int]], pronoun_victim: str | None
) -> list[tuple[QuantityMention, _Reading]]:
    found: list[tuple[QuantityMention, _Reading]] = []
    for match in GRADED_WOUND.finditer(sentence):
        start, end = match.span()
        if match.group("pron"):
            noun = pronoun_victim
        else:
            tail = _subject_tail(sentence, start)
            noun = None if tail is None else _subject_noun(tail, pronoun_victim, True)
            start = start if tail is None else tail.start()
        if noun is None or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading("injuries", _one_victim(noun), "injured", end, True)))
    return found


def _hit(
    sentence: str, taken: list[tuple[int, int]], pronoun_victim: str | None
) -> list[tuple[QuantityMention, _Reading]]:
    found: list[tuple[QuantityMention, _Reading]] = []
    for match in PROJECTILE_HIT.finditer(sentence):
        start, end = match.span()
        noun = pronoun_victim if match.group("pron") else (match.group("noun") or "").lower()
        if not noun or noun in lex.SHOOTER_NOUNS or _HIT_FATAL.match(sentence, end):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mention = QuantityMention(sentence[start:end], start, end, _ONE, "count")
        found.append((mention, _Reading("injuries", _one_victim(noun), "injured", end, True)))
    return found


#: "Both" (two) or "all three" (a count) as the subject of a wound or a ride to
#: hospital: "Both victims were taken to a hospital and treated for their injuries",
#: "Both were hit in the foot", "All three are listed in fair condition".
BOTH_HURT = re.compile(
    rf"""
    \b(?P<np>(?P<both>both)|all[ ]+(?P<n>{_alternation(_ALL_NUMBERS)}))
    (?:[ ]+(?:of[ ]+them|(?:{_alternation(_BOTH_NOUNS)})))?
    [ ]+(?:were|are|remain|remained|had[ ]+been|have[ ]+been)[ ]+
    (?:(?:also|later|each|then|all|still)[ ]+)?
    (?:
      (?:{_alternation(wound_lex.TRANSPORT_VERBS)})[ ]+to
     |hit|shot|wounded|injured|hospitalized|listed|treated
     |in[ ]+(?:(?:{_alternation(wound_lex.CONDITIONS)})[ ]+(?:but[ ]+|and[ ]+)?){{1,2}}condition
     |expected[ ]+to[ ]+(?:survive|recover|be[ ]+ok(?:ay)?)
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _both_hurt(
    sentence: str, taken: list[tuple[int, int]]
) -> list[tuple[QuantityMention, _Reading]]:
    """ "Both (victims)" or "all three" told hurt or sent to hospital: a count of the
    injured (2, or the number), unless the clause goes on to their death."""
    found: list[tuple[QuantityMention, _Reading]] = []
    lowered = sentence.lower()
    if "both" not in lowered and "all " not in lowered:
        return found
    for match in BOTH_HURT.finditer(sentence):
        start, end = match.span("np")
        if any(s < match.end() and start < e for s, e in taken):
            continue
        if _THEY_DIED_AFTER.match(sentence, match.end()) or _HIT_FATAL.match(sentence, match.end()):
            continue
        n = 2 if match.group("both") else _ALL_NUMBERS[match.group("n").lower()]
        taken.append((start, match.end()))
        quantity = Quantity(low=n, high=n, best=n, exact=True)
        mention = QuantityMention(sentence[start:end], start, end, quantity, "count")
        found.append(
            (mention, _Reading("injuries", lex.VICTIMS_LISTED, "injured", match.end(), False))
        )
    return found


def _subject_tail(sentence: str, at: int) -> re.Match[str] | None:
    """The victim right before a wound state at `at`: the nearest noun phrase whose
    modifiers hold no clause word ("a report Friday that a 22-month-old was being
    treated" is of "a 22-month-old", GVC 362322)."""
    start = max(0, at - _SUBJECT_REACH)
    while (tail := SUBJECT_TAIL.search(sentence, start, at)) is not None:
        mods = (tail.group("mods") or "").lower().split()
        cut = [i for i, w in enumerate(mods) if w in _GAP_BREAKS]
        if not cut:
            return tail
        start = tail.start() + 1
    return None


def _is_verb_lead(state: re.Match[str]) -> bool:
    """Whether a wound state opens on a verb ("suffered", "sustained"), which a name
    before it takes as its subject with nothing between ("Lenhart suffered a wound")."""
    lead = state.group("lead")
    return lead is not None and lead.lower() not in ("with", "hospitalized with")


def _subject_noun(tail: re.Match[str], pronoun_victim: str | None, verb_lead: bool) -> str | None:
    """The noun of a wound's one victim: the victim noun, "person" for a name, the
    antecedent's noun for "he"/"she"; None when it is nobody hurt (a shooter, a
    pronoun with no one shot before it, a capitalised word that names nobody)."""
    links = tail.group("links").lower().split()
    if tail.group("pron"):
        return pronoun_victim
    if tail.group("noun") or tail.group("hnoun"):
        noun = (tail.group("noun") or tail.group("hnoun")).lower()
        return None if noun in lex.SHOOTER_NOUNS else noun
    name = tail.group("name")
    if name.lower() in lex.VICTIM_NOUNS and name.lower() not in lex.SHOOTER_NOUNS:
        return name.lower()  # a headline's capitalised noun: "Child Recovering After"
    if name.split()[0].lower() in lex.NOT_NAME_WORDS or not (
        links or verb_lead or "," in tail.group()
    ):
        return None  # "Police said", "Officers found": no name; a name needs its verb
    return "person"


#: A word of the gap between a count and its wound.
_GAP_WORD = re.compile(r"[\w’'-]+")

#: Words that may tell a wound (the word-set gate before WOUND_STATE): every state
#: holds one of them.
_WOUND_GATE_WORDS = frozenset(
    """wound wounds injury injuries condition released struck hit grazed survive
    survived survives recover recovering recovery hospitalized hospitalised himself
    herself self listed critical stable hospital hits strikes grazes icu intensive being""".split()
)


def _may_tell_wound(lowers: frozenset[str]) -> bool:
    """Whether a sentence (its lower-cased words) may hold a wound state."""
    return not lowers.isdisjoint(_WOUND_GATE_WORDS)


#: A clause word between a count and a wound state: the wound is another clause's.
_GAP_BREAKS = frozenset("when while after before because but where that which".split())


def _wounded_counts(
    sentence: str, readings: list[tuple[QuantityMention, _Reading]]
) -> list[tuple[QuantityMention, _Reading]]:
    """A plain count of people whose clause goes on to a wound state is a count of the
    injured: "three others with gunshot wounds", "Three other victims showed up at the
    hospital with gunshot wounds", "All four victims were listed in stable condition"."""
    if not any(r.kind == "count" for _, r in readings):
        return readings
    hospital = HOSPITAL_STATE.finditer(sentence) if _may_hold_state(sentence) else ()
    states = sorted([*_wound_states(sentence), *hospital], key=lambda m: m.start())
    if (
        not states
        and _TO_HOSPITAL.search(sentence) is None
        and not _HURT_WORDS & set(sentence.lower().split())
    ):
        return readings
    out = list(readings)
    for i, (mention, reading) in enumerate(out):
        if reading.kind != "count" or not _counts_people(reading.subject):
            continue
        end = max(mention.end, reading.end or 0)
        if _sent_to_hospital(sentence, mention.start, end) or _HURT_BEFORE.search(
            sentence, max(0, mention.start - 40), mention.start
        ):
            out[i] = (mention, replace(reading, kind="injuries", event="injured"))
            continue
        if _hurt_after(sentence, end):
            out[i] = (mention, replace(reading, kind="injuries", event="injured"))
            continue
        state = next((s for s in states if s.start() >= end), None)
        if (
            state is not None
            and _links_to_wound(_past_apposition(sentence[end : state.start()]))
            and _THEY_DIED_AFTER.match(sentence, state.end()) is None
        ):
            subject = reading.subject
            if sentence[mention.end : mention.end + 8].lower() in (" of the ", " of them"):
                subject = lex.VICTIMS_LISTED  # "Three of the victims": some of them
            out[i] = (mention, replace(reading, kind="injuries", event="injured", subject=subject))
    return out


#: The people counted dying after their ride or wound: "The two victims were transported
#: to a nearby hospital where they later died from their injuries" (GVC 591237).
_THEY_DIED_AFTER = re.compile(
    r"""
    [^.;!?]{0,60}?\b(?:where[ ]+they|and|but|who|they)[ ]+
    (?:were[ ]+)?                # "where they were later pronounced dead"
    (?:(?:later|all|both|each|then|subsequently|each[ ]+later)[ ]+){0,2}
    (?:died|succumbed|were[ ]+pronounced[ ]+dead|pronounced[ ]+dead)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: An injuring verb and a determiner right before a count: "killing 25-year-old Maryanna
#: Pennington and injuring the three others", "The gunfire injured another four teenagers";
#: or the wounded named before a count in apposition: "The wounded victims, two women in
#: their 20s and a man in his 40s, were taken to ...".
_HURT_BEFORE = re.compile(
    r"""
    \b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)[ ]+(?:(?:the|another|all|at[ ]+least)[ ]+)?$
    |\b(?:the|two|three|four|five|\d{1,2})[ ]+(?:injured|wounded)
      (?:[ ]+(?:victims|people|persons|men|women|teens|children))?[ ]*,[ ]+$
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A passive hurting verb after a count and its links: "Three Hispanic males, between
#: 20 to 30 years of age, were also wounded and transported to area hospitals" (GVC
#: b4160983).
_HURT_AFTER = re.compile(
    r"""
    (?P<gap>[^.;!?]{0,80}?)
    \b(?:were|are|was|is|had[ ]+been|have[ ]+been)[ ]+
    (?:(?:also|all|both|each|critically|seriously|reportedly|then)[ ]+){0,2}
    (?:wounded|injured|hurt)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _hurt_after(sentence: str, end: int) -> bool:
    """Whether a count at `end` goes on, by links only, to "were wounded"."""
    match = _HURT_AFTER.match(sentence, end)
    return match is not None and _links_to_wound(_past_apposition(match.group("gap")))


#: The words of _HURT_BEFORE, the gate before it.
_HURT_WORDS = frozenset({"injured", "injuring", "wounded", "wounding", "hurt", "hurting"})

#: " to the hospital" right after a count: where a shooting sent the people counted.
_TO_HOSPITAL = re.compile(
    r"""
    [ ]+to[ ]+(?:(?:the|a|an|area|local|nearby|two|three|several)[ ]+){0,2}hospitals?\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: The word right before a count.
_LAST_WORD = re.compile(r"(?P<word>[\w’']+)[ ]*$")


def _sent_to_hospital(sentence: str, start: int, end: int) -> bool:
    """Whether a count is of people a shooting sent to hospital: "sent 4 people to the
    hospital", "sends three men to area hospitals"."""
    if _TO_HOSPITAL.match(sentence, end) is None:
        return False
    before = _LAST_WORD.search(sentence, max(0, start - 20), start)
    return before is not None and before.group("word").lower() in wound_lex.SENT_VERBS


def _counts_people(subject: str | None) -> bool:
    """Whether a count's subject is people ("three others", "Six additional victims")."""
    if not subject:
        return False
    head = subject.lower().split()[-1]
    return head in lex.PERSON_NOUNS or head in wound_lex.WOUNDED_PEOPLE_NOUNS


#: A list of the people counted in apposition right after the count: "Three victims, a
#: 25-year-old man, a 26-year-old man, and a 33-year-old man, were all transported"
#: (GVC 332732).
_APPOSITION = re.compile(r",[ ](?P<list>[^,;:]{1,40}(?:,[ ][^,;:]{1,40}){0,5}),[ ]")


def _past_apposition(gap: str) -> str:
    """The gap between a count and a wound less a list of the people counted at its
    start: every word of it an age, a person noun or a list's function word."""
    match = _APPOSITION.match(gap)
    if match is None:
        return gap
    words = _GAP_WORD.findall(match.group("list").lower())
    if not all(_is_list_word(w) for w in words):
        return gap
    return " " + gap[match.end() :]


def _is_list_word(word: str) -> bool:
    return (
        any(ch.isdigit() for ch in word)
        or word in wound_lex.APPOSITION_WORDS
        or word in lex.VICTIM_NOUNS
        or word in lex.PERSON_NOUNS
    )


def _links_to_wound(gap: str) -> bool:
    """Whether the words between a count and a wound state keep one clause: links only
    ("were located on the scene also", "showed up at the hospital"), no number, no
    clause word, no semicolon, at most 80 characters."""
    if len(gap) > 80 or ";" in gap or any(ch.isdigit() for ch in gap):
        return False
    words = _GAP_WORD.findall(gap.lower())
    return all(w in wound_lex.COUNT_LINKS and w not in _GAP_BREAKS for w in words)
