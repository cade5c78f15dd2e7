"""Reading a SQLite workspace through the standard library alone, for the first screen.

Importing SQLAlchemy and mapping the tables costs about a third of a second; the first screen
(the account list and one profile) needs a handful of single-table queries. ``SqliteReader``
answers them from a read-only ``sqlite3`` connection and gives each value the Python type the
ORM would give it (dates, UTC timestamps, booleans, decimals), so that the same row → domain
functions serve both (``services.rows``). It refuses any file whose schema is not exactly this
kamdesk's: such a workspace is opened the normal way, which migrates or refuses it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kamdesk.storage.schema_version import SchemaState, classify

Converter = Callable[[Any], Any]
_NUMERIC = re.compile(r"NUMERIC\(\s*\d+\s*,\s*(\d+)\s*\)", re.IGNORECASE)


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _decimal(scale: int) -> Converter:
    # as SQLAlchemy's Numeric does on SQLite: the stored number written with the column's scale
    return lambda value: Decimal(f"{value:.{scale}f}")


def converter(declared: str) -> Converter | None:
    """How a value of a column declared as ``declared`` becomes what the ORM returns."""
    kind = declared.strip().upper()
    if kind == "DATE":
        return date.fromisoformat
    if kind == "DATETIME":
        return _utc
    if kind == "BOOLEAN":
        return bool
    numeric = _NUMERIC.fullmatch(kind)
    if numeric:
        return _decimal(int(numeric.group(1)))
    return None


class SqliteReader:
    """A read-only view of a current SQLite workspace; rows come back with attribute access."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._columns: dict[str, list[tuple[str, Converter | None]]] = {}

    @classmethod
    def open(cls, path: Path) -> SqliteReader | None:
        """A reader for ``path``, or None when it is not a SQLite workspace of this kamdesk's
        schema (missing, damaged, older, newer, foreign: the normal way of opening deals with it)."""
        if not path.is_file():
            return None
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            current = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                current = row[0] if row else None
            state, _version = classify(tables - {"sqlite_sequence"}, current)
        except sqlite3.DatabaseError:
            state = SchemaState.FOREIGN
        if state is not SchemaState.CURRENT:
            connection.close()
            return None
        return cls(connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> SqliteReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def rows(
        self,
        table: str,
        where: str = "",
        params: tuple[Any, ...] = (),
        order_by: str = "",
        columns: tuple[str, ...] = (),
    ) -> list[Any]:
        """``SELECT columns FROM table [WHERE where] [ORDER BY order_by]`` (every column if none
        are named), typed like the ORM's rows.

        ``table``, ``where``, ``order_by`` and ``columns`` are the caller's literal SQL (never user
        input); values go in ``params``."""
        selected = self._table_columns(table)
        if columns:
            known = dict(selected)
            selected = [(name, known[name]) for name in columns]
        sql = f"SELECT {', '.join(name for name, _c in selected)} FROM {table}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        found = []
        for values in self.connection.execute(sql, params):
            found.append(
                SimpleNamespace(
                    **{
                        name: (convert(value) if convert is not None and value is not None else value)
                        for (name, convert), value in zip(selected, values, strict=True)
                    }
                )
            )
        return found

    def _table_columns(self, table: str) -> list[tuple[str, Converter | None]]:
        columns = self._columns.get(table)
        if columns is None:
            info = self.connection.execute(f"PRAGMA table_info({table})").fetchall()
            if not info:
                raise KeyError(table)
            columns = [(name, converter(declared)) for _cid, name, declared, *_rest in info]
            self._columns[table] = columns
        return columns
