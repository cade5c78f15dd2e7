"""The bundle's JSON Schema, generated from the tables and ``bundle_spec``.

The shipped copy in ``resources/schema/bundle.schema.json`` is what validates imports; a test
keeps it equal to what this module generates (``python tools/bundle_schema.py`` rewrites it).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from kamdesk.exchange import bundle_spec, columns
from kamdesk.exchange.bundle_spec import Section
from kamdesk.storage import tables as _tables  # noqa: F401  (registers every table)
from kamdesk.storage.schema import Base

SCHEMA_ID = "https://kamdesk.example/schema/bundle.schema.json"


def record_columns(section: Section) -> list[Any]:
    """The columns a record carries: ``id`` first, then the content, timestamps last."""
    table = Base.metadata.tables[section.table]
    kept = [c for c in table.columns if c.name not in bundle_spec.SKIPPED_COLUMNS and c.name != section.parent_fk]
    last = ("created_at", "updated_at")
    return (
        [c for c in kept if c.name == "id"]
        + [c for c in kept if c.name != "id" and c.name not in last]
        + [c for c in kept if c.name in last]
    )


def _section_schema(section: Section) -> dict[str, Any]:
    properties: dict[str, Any] = {c.name: columns.json_schema(c) for c in record_columns(section)}
    for child in section.children:
        properties[child.key] = {"type": "array", "items": {"$ref": f"#/$defs/{child.table}"}}
    required = [c.name for c in record_columns(section) if not c.nullable] + [c.key for c in section.children]
    schema = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if section.description:
        schema["description"] = section.description
    return schema


def generate() -> dict[str, Any]:
    defs = {s.table: _section_schema(s) for s in bundle_spec.all_sections()}
    workspace = {
        "type": "object",
        "properties": {
            s.key: {"type": "array", "items": {"$ref": f"#/$defs/{s.table}"}} for s in bundle_spec.WORKSPACE
        },
        "required": [s.key for s in bundle_spec.WORKSPACE],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "kamdesk bundle",
        "description": "Key accounts exported from kamdesk. See docs/bundle.md.",
        "type": "object",
        "properties": {
            "format": {"const": bundle_spec.FORMAT},
            "version": {"const": bundle_spec.VERSION},
            "app_version": {"type": "string"},
            "workspace": workspace,
            "accounts": {"type": "array", "items": {"$ref": "#/$defs/account"}},
        },
        "required": ["format", "version", "workspace", "accounts"],
        "additionalProperties": False,
        "$defs": defs,
    }


def render() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


@cache
def shipped() -> dict[str, Any]:
    path = resources.files("kamdesk.resources") / "schema" / "bundle.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
