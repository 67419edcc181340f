"""The Flask app factory: wires settings, storage, blueprints and the error handler."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from service import api, archive, jobs, pages, share, webhooks
from service.config import settings_from_env
from service.errors import register_error_handlers
from service.limits import enforce_request_limits, init_rate_limits
from service.security import init_security_headers
from service.storage import init_storage
from service.tasks import init_tasks


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the claimcheck API.

    Settings come from the environment (service/config.py, README "HTTP API");
    `config` overrides any of them by key (DATABASE_URL, API_KEYS as a tuple,
    MAX_CONTENT_LENGTH, MAX_TEXT_CHARS, MAX_ARTICLES_PER_CHECK, RATE_LIMIT, ...). Without a
    DATABASE_URL the data lives in an SQLite file in the app's instance folder.
    """
    app = Flask("service", instance_relative_config=True)
    app.config.update(settings_from_env())
    # OPTIONS is not in the contract; answer it like any other unlisted method (405).
    app.config["PROVIDE_AUTOMATIC_OPTIONS"] = False
    if config:
        app.config.update(config)
    app.json.sort_keys = False  # keep the schemas' field order
    app.json.ensure_ascii = False

    init_storage(app)
    init_tasks(app)
    register_error_handlers(app)
    init_security_headers(app)
    app.before_request(enforce_request_limits)
    init_rate_limits(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(jobs.bp)
    app.register_blueprint(archive.bp)
    app.register_blueprint(webhooks.bp)
    app.register_blueprint(share.bp)
    app.register_blueprint(share.open_bp)
    app.register_blueprint(pages.bp)
    share.init_cors(app)  # last: its after_request sees every response
    return app
