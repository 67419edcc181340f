"""Outside /v1: the health check, the contract itself, and its rendered docs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from flask import Blueprint, current_app, render_template
from markdown_it import MarkdownIt
from markupsafe import Markup
from sqlalchemy.exc import SQLAlchemyError

from service.errors import Problem
from service.storage import current_storage

bp = Blueprint("pages", __name__)

#: the contract as shipped in the package: a byte-for-byte copy of the repository's
#: top-level openapi.yaml (a plain copy, not a symlink, because symlinks do not survive
#: every checkout and archive; tests/test_api_app.py fails the moment the two differ)
SPEC_PATH = Path(__file__).with_name("openapi.yaml")

_METHODS = ("get", "post", "put", "patch", "delete")


def _spec_bytes() -> bytes:
    return SPEC_PATH.read_bytes()


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """A `$ref` ("#/components/parameters/limit") replaced by what it names."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        return target
    return node


def _docs_model() -> dict[str, Any]:
    spec = yaml.safe_load(_spec_bytes())
    operations = []
    for path, item in spec["paths"].items():
        shared = [_resolve(spec, p) for p in item.get("parameters", [])]
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            own = [_resolve(spec, p) for p in operation.get("parameters", [])]
            parameters = shared + own  # path-level ones too, e.g. check_id
            operations.append(
                {"path": path, "method": method.upper(), **operation, "parameters": parameters}
            )
    return {
        "info": spec["info"],
        "operations": operations,
        "schemas": spec["components"]["schemas"],
    }


@bp.get("/healthz")
def healthz():
    try:
        current_storage().ping()
    except SQLAlchemyError:
        current_app.logger.exception("health check: the database does not answer")
        raise Problem(503, "The database does not answer; see the server log.") from None
    return {"status": "ok"}


@bp.get("/openapi.yaml")
def openapi_yaml():
    return current_app.response_class(_spec_bytes(), mimetype="application/yaml")


@bp.get("/docs")
def docs():
    return render_template("docs.html", docs=_docs_model())


def schema_type(schema: Any) -> str:
    """A one-line reading of a JSON Schema, for the docs page.

    >>> schema_type({"type": "array", "items": {"$ref": "#/components/schemas/Claim"}})
    'array of Claim'
    >>> schema_type({"type": ["string", "null"], "format": "date"})
    'string (date) or null'
    """
    if not isinstance(schema, dict):
        return ""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    for combinator in ("oneOf", "anyOf", "allOf"):
        if combinator in schema:
            joiner = " and " if combinator == "allOf" else " or "
            return joiner.join(schema_type(s) for s in schema[combinator])
    kind = schema.get("type", "any")
    kinds = kind if isinstance(kind, list) else [kind]
    parts = []
    for name in kinds:
        if name == "array":
            parts.append(f"array of {schema_type(schema.get('items', {}))}")
        elif name != "null" and "format" in schema:
            parts.append(f"{name} ({schema['format']})")
        else:
            parts.append(name)
    if "enum" in schema:
        parts.append("one of " + ", ".join(map(str, schema["enum"])))
    return " or ".join(parts)


bp.add_app_template_filter(schema_type, "schema_type")

#: CommonMark with tables, and with any HTML in the spec shown as text, never as markup
#: ("html": False); markdown-it's own link check drops javascript: and data: links
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown(text: Any) -> Markup:
    """A description of the spec (CommonMark) as HTML that is safe to put in the page.

    >>> str(markdown("`limit` is <b>20</b> by *default*"))
    '<p><code>limit</code> is &lt;b&gt;20&lt;/b&gt; by <em>default</em></p>\\n'
    """
    if not isinstance(text, str) or not text.strip():
        return Markup("")
    return Markup(_MARKDOWN.render(text))


bp.add_app_template_filter(markdown, "markdown")
