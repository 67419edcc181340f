"""The app factory, its settings, and the pages outside /v1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from service import create_app
from service.config import SETTINGS, settings_from_env

SPEC_FILE = Path(__file__).resolve().parents[1] / "openapi.yaml"


def test_the_factory_wires_storage_blueprints_and_config(app, app_config):
    assert app.testing
    assert app.config["DATABASE_URL"] == app_config["DATABASE_URL"]
    assert {"v1", "pages"} <= set(app.blueprints)
    assert "claimcheck.storage" in app.extensions


def test_without_a_url_the_data_lives_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMCHECK_DATABASE_URL", raising=False)
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path / "inst"))
    app = create_app({"TESTING": True})
    try:
        database = tmp_path / "inst" / "claimcheck.sqlite3"
        assert app.config["DATABASE_URL"] == f"sqlite:///{database}"
        assert database.exists()
    finally:
        app.extensions["claimcheck.storage"].dispose()


def test_settings_come_from_the_environment(tmp_path):
    environ = {
        "CLAIMCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'env.sqlite3'}",
        "CLAIMCHECK_API_KEYS": " one, two ,,",
        "CLAIMCHECK_MAX_BODY_BYTES": "1000",
        "CLAIMCHECK_MAX_TEXT_CHARS": "",
    }
    settings = settings_from_env(environ)
    assert settings["DATABASE_URL"] == environ["CLAIMCHECK_DATABASE_URL"]
    assert settings["API_KEYS"] == ("one", "two")
    assert settings["MAX_CONTENT_LENGTH"] == 1000
    assert settings["MAX_TEXT_CHARS"] == SETTINGS["MAX_TEXT_CHARS"].default
    assert settings["MAX_ARTICLES_PER_CHECK"] == 50


@pytest.mark.parametrize("raw", ["lots", "0", "-5", "1.5"])
def test_an_unreadable_setting_stops_the_app_naming_the_variable(raw):
    with pytest.raises(ValueError, match="CLAIMCHECK_MAX_ARTICLES_PER_CHECK"):
        settings_from_env({"CLAIMCHECK_MAX_ARTICLES_PER_CHECK": raw})


def test_the_environment_reaches_the_app(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    monkeypatch.setenv("CLAIMCHECK_API_KEYS", "sesame")
    app = create_app()
    try:
        client = app.test_client()
        assert client.get("/v1/articles").status_code == 401
        ok = client.get("/v1/articles", headers={"Authorization": "Bearer sesame"})
        assert ok.status_code == 200
    finally:
        app.extensions["claimcheck.storage"].dispose()


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_the_contract_is_served_verbatim(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.data == SPEC_FILE.read_bytes()


def test_the_package_copy_of_the_contract_is_the_contract():
    packaged = Path(__file__).resolve().parents[1] / "service" / "openapi.yaml"
    assert packaged.read_bytes() == SPEC_FILE.read_bytes()


def test_docs_render_every_operation_without_outside_assets(client):
    response = client.get("/docs")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    spec = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    for path, item in spec["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                assert f'id="{operation["operationId"]}"' in page
        assert f"<code>{path}</code>" in page
    for name in spec["components"]["schemas"]:
        assert f'id="schema-{name}"' in page
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page


def test_the_stylesheets_are_served_locally(client):
    for name in ("report.css", "docs.css"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert response.mimetype == "text/css"
        response.close()
