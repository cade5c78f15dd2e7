"""What demo builders share: the transaction, and the ids of what earlier builders made."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kamdesk.services import records
from kamdesk.services.workspace import Transaction


@dataclass
class DemoContext:
    tx: Transaction
    #: name → id of things made so far (accounts by their demo key, team members …)
    ids: dict[str, str] = field(default_factory=dict)

    def add(self, table: str, key: str | None = None, **values: Any) -> str:
        row_id = records.insert_row_in(self.tx, table, values)
        if key:
            self.ids[key] = row_id
        return row_id
