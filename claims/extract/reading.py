"""What a number in a sentence is read as (`_Reading`), and the values readings share."""

from __future__ import annotations

from dataclasses import dataclass

from claims.model import Quantity


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a number is read as: the kind of claim, what it counts and what befell them."""

    kind: str
    subject: str | None
    event: str | None
    #: where the claim's span ends: past the counted noun ("230 civilians"), when it
    #: follows the number directly
    end: int | None = None
    #: a singular victim with no number written ("a man was shot and killed")
    single: bool = False
    #: whose age an age is, when the sentence names them beside it
    person: str | None = None


#: One person: the value a singular victim counts.
_ONE = Quantity(low=1, high=1, best=1, exact=True)


#: The event a casualty kind names, when the words do not say it ("6,000 lives").
_EVENT_OF_KIND = {
    "deaths": "killed",
    "injuries": "injured",
    "displaced": "displaced",
    "detained": "detained",
    "shot": "shot",
}
