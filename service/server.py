"""`claimcheck serve`: the API behind gunicorn, one pre-forked worker per core."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from service.app import create_app


class _Gunicorn(BaseApplication):
    """gunicorn driven from Python: no config file, no command-line parsing."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        # Each worker builds its own app after the fork, so no database connection is
        # shared between processes.
        return create_app()


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 2) -> None:
    """Serve the API on host:port with `workers` processes until interrupted."""
    # Build the app once in the master: settings errors stop here with one message, and
    # the tables exist before the workers race to open the database.
    create_app().extensions["claimcheck.storage"].dispose()
    _Gunicorn(
        {
            "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",  # IPv6 in brackets
            "workers": workers,
            "worker_class": "sync",
            # extraction is CPU-bound; a long article may take seconds on a busy machine
            "timeout": 120,
            "graceful_timeout": 10,
            "accesslog": "-",
            "errorlog": "-",
            "proc_name": "claimcheck",
        }
    ).run()
