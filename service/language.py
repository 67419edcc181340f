"""Which language an article is written in, and the refusal of those not read yet.

The readers in `claims` know English number and date forms only: Spanish "6.000" is
six thousand, not six. So the service names each article's language and refuses one
it is confident is not English (422 problem+json naming the language) rather than
reading it wrongly. Detection is lingua (lingua-language-detector, low-accuracy mode
over the languages below, models preloaded once per process): it was measured right
on all the short news strings of bench/language.py where langdetect called "12
killed in Homs" Danish with 0.99 confidence (README "Dependencies and why").

A text is refused only when its most likely language is not English with at least
`REFUSE_CONFIDENCE`, and it has at least `MIN_WORDS` words of letters: a dateline, a
headline of two words or a bare number is read as English, as before.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

#: the languages told apart (ISO 639-1): English and those a newsroom most often receives
LANGUAGES = (
    "en es de fr it pt nl sv da nb pl ru uk tr ar zh ja ko hi id el cs ro hu fi fa he ca"
).split()
#: how sure the detector must be of another language to refuse the text
REFUSE_CONFIDENCE = 0.5
#: fewer words than this are too few to judge: read as English
MIN_WORDS = 3
#: how much of a long text is looked at (the lead says which language it is)
SAMPLE_CHARS = 2000

_WORD = re.compile(r"[^\W\d_]{2,}")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Detected:
    code: str  # ISO 639-1, e.g. "es"
    name: str  # e.g. "Spanish"
    confidence: float


@cache
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LANGUAGES]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def detect(text: str) -> Detected | None:
    """The most likely language of `text`, or None when it has too few words to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    with _lock:  # built once per process
        detector = _detector()
    values = detector.compute_language_confidence_values(sample)
    if not values:
        return None
    top = values[0]
    return Detected(
        top.language.iso_code_639_1.name.lower(), top.language.name.title(), float(top.value)
    )


def language_of(text: str) -> tuple[str, Detected | None]:
    """("en", None) for text read as English; (code, detected) for one that is not."""
    found = detect(text)
    if found is None or found.code == "en" or found.confidence < REFUSE_CONFIDENCE:
        return "en", None
    return found.code, found
