"""The one exception the library raises for input it cannot read."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Input the library cannot read. `field` names what is wrong, `hint` how to fix it.

    The service turns this into a 422 problem+json and the CLI into a one-line error, so
    the message must be something a person can act on.
    """

    def __init__(self, message: str, *, field: str = "text", hint: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.hint = hint
