"""claimcheck's service: the Flask app, its storage, and the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["create_app"]

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the claimcheck Flask app (see `service.app.create_app`)."""
    # Imported here so `claimcheck check` and `extract` do not pay for Flask and SQLAlchemy.
    from service.app import create_app as build

    return build(config)
