"""The schema version of a workspace, told without SQLAlchemy or Alembic.

The migrations' revision ids are read from their files as text, and a SQLite file's version
through the standard library's ``sqlite3``, read-only. This is what start-up needs before it
decides how to open a workspace (``migrate`` holds what actually changes a schema).
"""

from __future__ import annotations

import enum
import re
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path

from kamdesk.domain import i18n
from kamdesk.domain.errors import WorkspaceError

VERSION_TABLE = "alembic_version"


class SchemaState(enum.Enum):
    EMPTY = "empty"  # a new, empty database
    CURRENT = "current"
    OLDER = "older"  # needs migrating
    NEWER = "newer"  # written by a newer kamdesk
    FOREIGN = "foreign"  # has tables, but is not a kamdesk workspace


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


@cache
def revisions() -> tuple[str, ...]:
    """All revision ids, oldest first, following each file's ``down_revision`` (read as text, so
    that checking a workspace's schema never imports Alembic)."""
    folder = resources.files("kamdesk.storage") / "migrations" / "versions"
    parent_of: dict[str, str | None] = {}
    for entry in folder.iterdir():
        if not (entry.name.endswith(".py") and entry.name[:1].isdigit()):
            continue
        text = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"migration {entry.name} names no revision/down_revision")
        parent_of[revision.group(1)] = down.group(1)
    children: dict[str | None, list[str]] = {}
    for revision, parent in parent_of.items():
        children.setdefault(parent, []).append(revision)
    chain: list[str] = []
    current: str | None = None
    while children.get(current):
        following = children[current]
        if len(following) != 1:
            raise RuntimeError(f"migrations branch after {current}: {sorted(following)}")
        current = following[0]
        chain.append(current)
    if len(chain) != len(parent_of):
        raise RuntimeError(f"migrations not in one chain: {sorted(set(parent_of) - set(chain))}")
    return tuple(chain)


def head() -> str:
    return revisions()[-1]


def sqlite_file_state(path: Path) -> tuple[SchemaState, str | None]:
    """The state of a SQLite file, read without changing a byte of it (no WAL switch, no lock)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise WorkspaceError(f"{path}: {error}") from None
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        current = None
        if VERSION_TABLE in tables:
            row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            current = row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(
            i18n.translate("Workspace", "%1 is damaged or not a kamdesk workspace: %2")
            .replace("%1", str(path))
            .replace("%2", str(error))
        ) from None
    finally:
        connection.close()
    return classify(tables - {"sqlite_sequence"}, current)


def classify(tables: set[str], current: str | None) -> tuple[SchemaState, str | None]:
    if VERSION_TABLE not in tables:
        return (SchemaState.FOREIGN if tables else SchemaState.EMPTY), None
    if current is None:
        return SchemaState.EMPTY, None
    known = revisions()
    if current == known[-1]:
        return SchemaState.CURRENT, current
    if current in known:
        return SchemaState.OLDER, current
    return SchemaState.NEWER, current


def refuse(state: SchemaState, current: str | None, location: str) -> None:
    """Raise for databases kamdesk must not touch: newer ones and foreign ones."""
    if state is SchemaState.NEWER:
        raise WorkspaceError(
            i18n.translate(
                "Workspace",
                "%1 was written by a newer kamdesk (schema %2); update kamdesk to open it.",
            )
            .replace("%1", location)
            .replace("%2", str(current))
        )
    if state is SchemaState.FOREIGN:
        raise WorkspaceError(
            i18n.translate("Workspace", "%1 is a database, but not a kamdesk workspace.").replace("%1", location)
        )
