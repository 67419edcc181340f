"""What a plain count counts: a toll (the dead, injured, shot, displaced, detained), a vote,
or things; read from the counted noun and the casualty verbs before and after it."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claims.extract.not_counts import _not_a_count
from claims.extract.nouns import _may_be_casualties
from claims.extract.reading import _EVENT_OF_KIND, _Reading
from claims.extract.subjects import _PASSIVE, _count_verb, _subject_after
from claims.extract.victim_patterns import _fatally_before
from claims.extract.votes import _vote_object, _vote_word_after
from claims.extract.words import _END, _PUNCTUATION, _first_starting_at, _Word
from claims.lexicon import claims as lex
from claims.lexicon import numbers as number_lex
from claims.lexicon.dates import WEEKDAYS
from claims.model import QuantityMention

#: A casualty verb after these did not happen (yet): "threatened to kill two women".
_UNREALIZED = tuple(
    f"{aux} {verb}"
    for aux in ("to", "would", "could", "will", "not", "might", "may")
    for verb in ("kill", "injure", "wound", "arrest", "detain", "displace")
)


#: "dead" or "to death" right after people shot: they died.
_SHOT_DEAD = re.compile(r"[ ]+(?:dead|to[ ]+death)\b")


#: People counted who were taken to hospital and died there: "The two victims were
#: transported to a nearby hospital where they later died", "the four were taken from
#: the house to a hospital, where they died" (GVC dev misses, 2026-12); the stretch
#: after the count, up to the death verb.
TAKEN_THEN_DIED_COUNT = re.compile(
    r"""
    [ ]+(?:were|had[ ]+been|have[ ]+been)[ ]+(?:later[ ]+|all[ ]+)?
    (?:taken|transported|rushed|flown|airlifted)[ ]+
    (?:from[ ]+[\w’' -]{1,40}?[ ]+)?to[ ]+[\w’' -]{1,60}?,?[ ]+
    (?:where|and)[ ]+(?:they[ ]+)?(?:(?:were|later|all|both)[ ]+){0,2}
    (?:died|succumbed|(?:pronounced|declared)[ ]+(?:dead|deceased))\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: A bare count taken to hospital, and no death there: "One person died at the scene,
#: and 19 were transported to Lee Memorial Hospital" (GVC dev 96edf701, ae9a4871), like
#: a counted noun's "four people transported to the hospital" (`claims.extract.wounded`).
TAKEN_TO_HOSPITAL_COUNT = re.compile(
    r"""
    [ ]+(?:were|had[ ]+been|have[ ]+been)[ ]+(?:later[ ]+|all[ ]+)?
    (?:taken|transported|rushed|flown|airlifted)[ ]+
    (?:from[ ]+[\w’' -]{1,40}?[ ]+)?to[ ]+[\w’' .-]{0,60}?
    (?:hospitals?|medical[ ]+cent(?:er|re)s?|trauma[ ]+cent(?:er|re)s?)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: The event of deaths told as "two mortally" after a count of the wounded.
_MORTALLY_EVENT = "died of wounds"


#: How many words after a counted phrase its casualty verb may stand ("Four men coming
#: from a repast to honor a slain friend were shot": 11).
_VERB_REACH = 12


#: Words before a casualty word that make it an adjective ("a slain friend", "the
#: wounded man"), not what befell the people counted.
_ATTRIBUTIVE_DETERMINERS = frozenset("a an the his her their its".split())

#: The casualty kinds whose victims are listed, or counted as some of those listed.
_LISTED_KINDS = frozenset({"deaths", "injuries", "shot", "displaced", "detained"})


#: Active casualty verbs right before a list of victims ("killed two women and a man").
_LIST_VERBS: dict[str, str] = {
    **{w: k for w, k in lex.TOLL_PHRASES.items() if " " not in w},
    **{w: k for w, k in lex.VICTIM_OBJECT_VERBS.items() if k and " " not in w},
}


def _read_count(sentence: str, words: list[_Word], mention: QuantityMention) -> _Reading | None:
    """What a plain count counts: a toll, a vote, or things (or nothing worth a claim)."""
    first_after = _first_starting_at(words, mention.end)
    first_of = bisect.bisect_right(words, mention.start, key=_END)  # first ending after it
    phrase, head, head_end = _subject_after(sentence, words, first_after)

    if _not_a_count(sentence, words, first_after, mention):
        return None
    if (
        first_of >= 2
        and words[first_of - 1].lower == "of"
        and (words[first_of - 2].lower in lex.PARENT_NOUNS)
    ):
        return None  # "a father of three who was shot and killed": his children
    if head in lex.CHARGE_NOUNS:
        # "4 counts of aggravated malicious wounding": charges, never casualties
        return _Reading("count", phrase, _count_verb(words, first_of, head_end), head_end)
    kind, event, severity = _severity_reading(sentence, words, mention, first_after, head)
    if head in lex.CASUALTY_SUBJECT_NOUNS:
        kind = lex.CASUALTY_WORDS.get(head)
        event = _EVENT_OF_KIND.get(kind or "")
    if kind is None and first_of > 0:
        kind, event = _verb_before(sentence, words, mention, first_of, head, head_end)
    if kind is None and any(w.lower == "toll" for w in words[max(0, first_of - 5) : first_of]):
        # a toll named right before the number is nearer than any verb after it: "the
        # death toll climbed to at least 175, with more than 700 injured"
        kind, event = _toll_phrase_before(words, first_of, head)
    # "one of six others ... died", "Two of the 12 victims died": the casualty verb is
    # the first number's; the second counts the group they were among
    if kind is None and (not _among(words, first_of) or _group_told_by_participle(words, head_end)):
        start = _past_appositive(sentence, words, first_after, head_end)
        kind, event, severity = _verb_after(sentence, words, mention, start, head, severity)
    if kind is None:
        kind, event = _toll_phrase_before(words, first_of, head)
    if kind is None and head in lex.VOTE_SUBJECT_NOUNS:
        kind, event = _vote_word_after(words, first_after)
    if kind is None and head is None:
        # "the four were taken from the house to a hospital, where they died"; a counted
        # noun ("The two victims were transported ...") is left to the wound readers
        # (tests/test_extract_injuries.py pins it, GVC 591237)
        died = TAKEN_THEN_DIED_COUNT.match(sentence, mention.end)
        if died is not None:
            kind, event = "deaths", "died"
        elif TAKEN_TO_HOSPITAL_COUNT.match(sentence, mention.end) is not None:
            kind, event = "injuries", "hospitalized"
    if kind is None:
        if head is None:
            return None  # a bare number with nothing counted is not a claim
        kind = "count"
        event = _count_verb(words, first_of, head_end)
    subject = _count_subject(
        sentence, words, mention, kind, phrase, head, severity, first_of, first_after
    )
    return _Reading(kind, subject, event, head_end)


def _severity_reading(
    sentence: str, words: list[_Word], mention: QuantityMention, first_after: int, head: str | None
) -> tuple[str | None, str | None, str | None]:
    """A bare number with a severity adverb right after it: "leaving six people wounded
    -- two mortally", "others were wounded, two critically". Its kind and event (None
    when it is not so), and the adverb's severity, whichever."""
    severity = (
        lex.SEVERITY_ADVERBS.get(words[first_after].lower) if first_after < len(words) else None
    )
    if (
        severity is not None
        and head is None
        and not sentence[mention.end : words[first_after].start].strip()
    ):
        kind, event = severity, _EVENT_OF_KIND[severity]
        if severity == "deaths":
            event = _MORTALLY_EVENT  # "two mortally": of the wounded just counted
        return kind, event, severity
    return None, None, severity


def _verb_before(
    sentence: str,
    words: list[_Word],
    mention: QuantityMention,
    first_of: int,
    head: str | None,
    head_end: int | None,
) -> tuple[str | None, str | None]:
    """An active casualty verb right before the number takes it as its object, whatever
    follows: "killed three people and wounded two others", "arrested two men who". Its
    kind and event; (None, None) when there is none."""
    before = words[first_of - 1]
    prefix = sentence[: before.start].rstrip().lower()
    if (
        before.lower in _LIST_VERBS
        and _may_be_casualties(head)
        and not sentence[before.end : mention.start].strip()
        and not f"{prefix} {before.lower}".endswith(_UNREALIZED)
    ):
        kind = _LIST_VERBS[before.lower]
        if kind == "injuries" and _fatally_before(sentence, before.start):
            kind = "deaths"  # "shot and fatally wounded four friends"
        return kind, _EVENT_OF_KIND[kind]
    if (
        before.lower in lex.SHOT_WORDS_ACTIVE
        and head in lex.PERSON_NOUNS  # "West Side shooting 1 / 9": a noun, a counter
        and not sentence[before.end : mention.start].strip()
    ):
        # "shot three co-workers": people shot (the dead are taken out later);
        # "shot two people dead" are deaths
        dead = _SHOT_DEAD.match(sentence, head_end or mention.end)
        return ("deaths", "killed") if dead else ("shot", "shot")
    return None, None


#: An appositive between a counted noun and its verb, that names or ages the people
#: counted: "Two victims, a 25-year-old man and a 26-year-old man, died", "Two children,
#: ages 5 and 6, were injured". Its closing comma comes before the verb's first word.
_APPOSITIVE = re.compile(
    r"""
    ,[ ]+(?:an?|aged?|ages|both|including|one|two|three|four|five|six|seven|eight|nine|\d{1,3})\b
    [^;:.!?]{0,160}?
    ,[ ]+(?P<next>were|are|was|is|have|had|all|both|each|died|killed|injured|wounded|hurt|shot)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _past_appositive(
    sentence: str, words: list[_Word], first_after: int, head_end: int | None
) -> int:
    """Where the search for a counted noun's verb starts: past an appositive right after
    the noun ("Two victims, a 25-year-old man and a 26-year-old man, died"), else at
    `first_after`. The index of a word."""
    if head_end is None:
        return first_after
    match = _APPOSITIVE.match(sentence, head_end)
    if match is None:
        return first_after
    return _first_starting_at(words, match.start("next"))


def _verb_after(
    sentence: str,
    words: list[_Word],
    mention: QuantityMention,
    first_after: int,
    head: str | None,
    severity: str | None,
) -> tuple[str | None, str | None, str | None]:
    """A casualty verb after the counted phrase, in the same clause ("230 civilians
    killed", "Hundreds of people are believed to have been killed"): its kind and event,
    (None, None) when there is none; and the severity, an injury's once an adverb on the
    way says so ("three others critically injured")."""
    previous_end = mention.end
    if first_after < len(words) and first_after > 0 and words[first_after - 1].end > mention.end:
        previous_end = words[first_after].start  # past an appositive (_past_appositive)
    for index in range(first_after, min(len(words), first_after + _VERB_REACH)):
        w = words[index]
        if _verb_search_stops(sentence, w, previous_end, head, mention.end):
            break
        if lex.SEVERITY_ADVERBS.get(w.lower) == "injuries":
            severity = "injuries"  # "three others critically injured"
        if w.lower in lex.CLAUSE_STOPS:
            break  # "Two men are in jail after a child was shot"
        if head is not None and "," in sentence[previous_end : w.start]:
            break  # "Of the six young men who were shot, one was pronounced dead"
        previous_end = w.end
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following.lower in lex.CASUALTY_WORD_EXCEPTIONS.get(
            w.lower, ()
        ):
            continue  # "Black Lives Matter", "life threatening injuries"
        if w.lower in lex.SHOT_WORDS:
            shot = _shot_count(sentence, words, index)
            if shot is None:
                continue  # "shot and killed", "shot dead": the death word follows
            if shot and (head is None or head in lex.PERSON_NOUNS):
                return "shot", "shot", severity
            break
        if w.lower == "lives" and words[index - 1].lower not in _ATTRIBUTIVE_DETERMINERS:
            break  # "said one woman who lives nearby": the verb, not "lost their lives"
        found = lex.CASUALTY_WORDS.get(w.lower)
        if found and index > 0 and words[index - 1].lower in _ATTRIBUTIVE_DETERMINERS:
            continue  # "to honor a slain friend were shot": an adjective, not the verb
        if found and index > 0 and words[index - 1].lower in ("not", "never"):
            break  # "Those two children were not injured" (GVC 681260): nobody hurt
        if found and found != "vote":
            if head in lex.PERSON_NOUNS or (
                found in ("deaths", "injuries") and _may_be_casualties(head)
            ):
                return found, w.lower, severity
            if head is None:
                return found, w.lower, severity
            break
    return None, None, severity


def _verb_search_stops(
    sentence: str, w: _Word, previous_end: int, head: str | None, count_end: int
) -> bool:
    """Whether the search for a count's casualty verb stops at the word `w` (the gap
    before it runs from `previous_end`, the count ends at `count_end`): another actor,
    the next number past a comma, a page's labels."""
    gap = sentence[previous_end : w.start]
    if w.lower in (";", "but") or w.lower in lex.AGENT_WORDS:
        return True  # "several officers fired on the suspect, killing him"
    if (
        head is None
        and "," in sentence[count_end : w.start]
        and (w.text[:1].isdigit() or w.lower in number_lex.CARDINALS)
    ):
        # "86 Sick, 7 Dead"; "climbed to at least 175, with more than 700 injured"
        # (RTE-Quant 0032): past a comma the next number has its own word
        return True
    if any(mark in gap for mark in ":/|"):
        return True  # "Violent crime incidents: 21 Photo: ... Child shot": a page's labels
    # "shot three co-workers — killing two": the -ing counts its own
    return (
        w.lower.endswith("ing")
        and w.lower in lex.CASUALTY_WORDS
        and any(dash in gap for dash in "—–")
    )


def _untimed(lowers: list[str]) -> list[str]:
    """Words without a weekday said inside a toll phrase: "the death toll climbed on
    Friday to at least 175" (RTE-Quant 0032) is "toll climbed to"."""
    out: list[str] = []
    for w in lowers:
        if w in WEEKDAYS and out[-1:] == ["on"]:
            out.pop()
        elif w not in WEEKDAYS:
            out.append(w)
    return out[-5:]


def _toll_phrase_before(
    words: list[_Word], first_of: int, head: str | None
) -> tuple[str | None, str | None]:
    """A toll phrase or casualty verb just before the number ("put the death toll at",
    "killed “tens of terrorists”"): its kind and event; (None, None) when there is none."""
    before = " ".join(_untimed([w.lower for w in words[max(0, first_of - 7) : first_of]]))
    if before.endswith(_UNREALIZED):
        before = ""  # "threatened to kill two women", "would not kill 10": nobody died
    for phrase_before, found in lex.TOLL_PHRASES.items():
        if (before == phrase_before or before.endswith(" " + phrase_before)) and (
            _may_be_casualties(head)
        ):
            opening = before[: len(before) - len(phrase_before)].split()
            if opening and opening[-1] in lex.UNREALIZED_BEFORE:
                return None, None  # "the attempted murders of two officers"
            return found, _EVENT_OF_KIND[found]
    return None, None


def _count_subject(
    sentence: str,
    words: list[_Word],
    mention: QuantityMention,
    kind: str,
    phrase: str | None,
    head: str | None,
    severity: str | None,
    first_of: int,
    first_after: int,
) -> str | None:
    """The subject of a count read as `kind`: the counted phrase, "people" for a toll,
    or the lexicon's marks for some of the injured or of victims listed before."""
    subject = phrase
    if kind in ("deaths", "injuries", "shot", "displaced", "detained") and (
        head is None or head in lex.CASUALTY_SUBJECT_NOUNS
    ):
        # "bodies" stay bodies: those found are some of the dead ("35,000 bodies never
        # recovered" of the 230,000 the 2004 tsunami killed)
        subject = "bodies" if head == "bodies" else "people"
    if kind == "injuries" and severity == "injuries":
        subject = lex.SEVERELY_INJURED  # some of the injured, not all of them
    if (
        kind in _LISTED_KINDS
        and first_of >= 2
        and words[first_of - 2].lower == "the"
        and words[first_of - 1].lower in lex.SEQUENCE_WORDS
    ):
        subject = lex.VICTIMS_LISTED  # "The next two were shot and killed": some of them
    if kind in _LISTED_KINDS and _of_them(words, first_after):
        subject = lex.VICTIMS_LISTED  # "Three of the victims", "two of those": some of them
    elif (
        kind in _LISTED_KINDS
        and head is None
        and mention.quantity.low == mention.quantity.high == 1
    ):
        subject = lex.ONE_VICTIM  # "one died", "One was critically wounded": one of them
    if kind == "vote":
        subject = _vote_object(sentence, words, first_after) or phrase
    return subject


def _wounded_then_dead(
    readings: list[tuple[QuantityMention, _Reading]],
) -> list[tuple[QuantityMention, _Reading]]:
    """ "leaving six people wounded -- two mortally": the six are everyone hit, the two
    of them who died among them, so the six are read as people shot (injured once the
    dead are taken out) rather than six injured."""
    mortal = [
        i
        for i, (m, r) in enumerate(readings)
        if r.kind == "deaths" and r.event == _MORTALLY_EVENT and m.quantity.high is not None
    ]
    if not mortal:
        return readings
    out = list(readings)
    for i in mortal:
        dead = readings[i][0].quantity.high
        for j in range(i - 1, -1, -1):
            m, r = out[j]
            if r.kind == "injuries" and m.quantity.low is not None and m.quantity.low > dead:
                out[j] = (m, replace(r, kind="shot", event="shot"))
                break
    return out


def _of_them(words: list[_Word], first_after: int) -> bool:
    """Whether "of the ...", "of those", "of them" follows the number: a part."""
    if first_after + 1 >= len(words) or words[first_after].lower != "of":
        return False
    return words[first_after + 1].lower in ("the", "those", "them", "these")


#: Past participles that, right after a group's noun, tell what befell the whole group
#: (a reduced relative): "one of the three men shot and killed last week was an
#: associate" (GVC dev e4ffa212), "one of the four people killed".
_GROUP_PARTICIPLES = frozenset("killed slain shot wounded injured".split())


def _group_told_by_participle(words: list[_Word], head_end: int | None) -> bool:
    """Whether the group a number counts ("one of the three men ...") is followed at
    once by a participle of its own ("... killed last week"): then the toll is the
    group's, not the one's among them."""
    if head_end is None:
        return False
    k = _first_starting_at(words, head_end)
    return k < len(words) and words[k].lower in _GROUP_PARTICIPLES


def _among(words: list[_Word], first_of: int) -> bool:
    """Whether the number at words[first_of] counts a group someone was among: "one of
    six others", "Two of the 12 victims"."""
    k = first_of - 1
    if k >= 0 and words[k].lower == "the":
        k -= 1
    return (
        k >= 1
        and words[k].lower == "of"
        and (words[k - 1].text[:1].isdigit() or words[k - 1].lower in number_lex.CARDINALS)
    )


def _shot_count(sentence: str, words: list[_Word], index: int) -> bool | None:
    """Whether "shot" at words[index] says the people counted before it were shot: True
    for "four people were shot", "6 shot, 1 dead"; None when a death word follows ("shot
    and killed", "shot dead": the loop reads on); False for an active verb with an object
    ("two men shot a woman": they are the shooters)."""
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None:
        return True
    gap = sentence[words[index].end : following.start]
    if _PUNCTUATION.search(gap):
        return True  # "Four shot, two fatally"
    passive = index > 0 and words[index - 1].lower in _PASSIVE
    if following.lower == "at" and not passive:
        return False  # "two people shot at them": they fired
    if following.lower in lex.SHOT_DEATH_FOLLOWERS:
        after_and = (
            words[index + 2] if following.lower == "and" and index + 2 < len(words) else None
        )
        if after_and is not None and (
            after_and.text[:1].isdigit() or after_and.lower in number_lex.CARDINALS
        ):
            return True  # "nearly two dozen people shot and two teens killed"
        return None
    passive = index > 0 and words[index - 1].lower in _PASSIVE
    if following.lower in _NOT_OBJECTS:
        return True  # "Five Shot During Party": a headline's capitals open no object
    if not passive and (following.lower in lex.OBJECT_STARTERS or following.text[:1].isupper()):
        return False
    return True


#: Words after "shot" that cannot open its object (prepositions and time words), even
#: capitalised in a headline: "Five Shot During Party", "3 Shot In Overnight Shooting".
_NOT_OBJECTS = frozenset(
    "during in at on near outside inside after while overnight early late following".split()
)
