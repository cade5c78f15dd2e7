"""Alembic environment: always run on a connection kamdesk hands over (see storage.migrate)."""

from __future__ import annotations

from alembic import context

from kamdesk.storage import tables  # noqa: F401  (registers every table)
from kamdesk.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("kamdesk migrations run through kamdesk.storage.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
