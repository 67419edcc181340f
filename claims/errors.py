"""The exceptions the library raises: input it cannot read, and work past its deadline."""

from __future__ import annotations

import time


class InvalidInput(ValueError):
    """Input the library cannot read. `field` names what is wrong, `hint` how to fix it.

    The service turns this into a 422 problem+json and the CLI into a one-line error, so
    the message must be something a person can act on.
    """

    def __init__(self, message: str, *, field: str = "text", hint: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.hint = hint


class TimeBudgetExceeded(RuntimeError):
    """The work did not end by the caller's deadline: the input was readable, but reading
    it took longer than allowed. Not an `InvalidInput` (the same input may pass with a
    larger budget, or on a less loaded machine): the service answers it with a 503.

    `stage` names where the work stopped ("sentences", "pairs"...), `overrun` by how many
    seconds the deadline had passed when it was noticed.
    """

    def __init__(self, stage: str, overrun: float) -> None:
        super().__init__(f"the time budget ran out while reading {stage} ({overrun:.2f} s over)")
        self.stage = stage
        self.overrun = overrun


def check_deadline(deadline: float | None, stage: str) -> None:
    """Raise `TimeBudgetExceeded` when `deadline` (a `time.monotonic()` instant) has passed.

    Called at sentence and block boundaries, so a budget is kept to within the work of one
    sentence or one block (both bounded in size), not one whole article.
    """
    if deadline is not None:
        overrun = time.monotonic() - deadline
        if overrun > 0:
            raise TimeBudgetExceeded(stage, overrun)
