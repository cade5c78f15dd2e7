"""Bringing a workspace's schema to this version of kamdesk — through Alembic only.

Checking the schema is cheap and done on every open (one query, no Alembic import; the version
logic itself is in ``schema_version``, which needs no SQLAlchemy either); Alembic is imported only
when a migration actually has to run, to keep it off the start-up path. A workspace written by a
newer kamdesk is refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, text

from kamdesk.storage.schema_version import (
    VERSION_TABLE,
    SchemaState,
    classify,
    head,
    refuse,
    revisions,
    sqlite_file_state,
)


def schema_state(connection: Connection) -> tuple[SchemaState, str | None]:
    tables = set(inspect(connection).get_table_names())
    current = (
        connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        if VERSION_TABLE in tables
        else None
    )
    return classify(tables, current)


def ensure_current(engine: Engine, location: str, before_migrate: Callable[[], None] | None = None) -> bool:
    """Refuse newer and foreign databases, migrate older and empty ones. True if it migrated."""
    with engine.connect() as connection:
        state, current = schema_state(connection)
    if state is SchemaState.CURRENT:
        return False
    refuse(state, current, location)
    if state is SchemaState.OLDER and before_migrate is not None:
        before_migrate()
    upgrade(engine)
    return True


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "kamdesk.storage:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


__all__ = [
    "VERSION_TABLE",
    "SchemaState",
    "alembic_config",
    "classify",
    "ensure_current",
    "head",
    "refuse",
    "revisions",
    "schema_state",
    "sqlite_file_state",
    "upgrade",
]
