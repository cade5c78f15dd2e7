"""Stored column values ⇄ JSON values, one rule per column type (shared by bundle and schema)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, Numeric, String, Text

from kamdesk.storage.schema import UTCDateTime


def to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(column.type, Date):
        return value.isoformat()
    if isinstance(column.type, (Numeric, Float)) and isinstance(value, (int, float, Decimal)):
        # One spelling for every database: SQLite may hand back 75 where PostgreSQL gives 75.0.
        number = Decimal(str(value))
        return int(number) if number == number.to_integral_value() else float(number)
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """The stored value for a JSON value that the schema has already accepted."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        try:
            return Decimal(str(value))
        except InvalidOperation:  # pragma: no cover - the schema admits numbers only
            raise ValueError(value) from None
    return value


def json_schema(column: Column[Any]) -> dict[str, Any]:
    """The JSON Schema of one column's value."""
    kind = column.type
    schema: dict[str, Any]
    if isinstance(kind, UTCDateTime):
        schema = {
            "type": "string",
            "format": "date-time",
            "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$",
        }
    elif isinstance(kind, Date):
        schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    elif isinstance(kind, (Numeric, Float)):
        schema = {"type": "number"}
    elif isinstance(kind, (String, Text)):
        schema = {"type": "string"}
        if column.primary_key or column.foreign_keys:
            schema["minLength"] = 1
        length = getattr(kind, "length", None)
        if length:
            schema["maxLength"] = length
    else:  # pragma: no cover - a new column type needs a rule here
        raise TypeError(f"no JSON rule for {column.table.name}.{column.name}: {kind!r}")
    choices = column.info.get("choices")
    if choices:
        schema["enum"] = [str(getattr(c, "value", c)) for c in choices]
    if column.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if column.comment:
        schema["description"] = column.comment
    return schema
