"""What a write changed, as screens learn it (kept free of SQLAlchemy: the UI imports it at start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """One row that a transaction inserted, updated or deleted."""

    table: str
    id: str
    op: str  # "insert" | "update" | "delete"
    account_id: str | None = None
