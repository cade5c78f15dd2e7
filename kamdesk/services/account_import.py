"""Importing accounts from a CSV or xlsx list: plan first (every row checked, problems listed
with row number and reason), then write all of it in one transaction — or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError, KamdeskError
from kamdesk.exchange import account_table
from kamdesk.exchange.account_table import ConvertedRow, Problem, RawTable
from kamdesk.services import accounts, records
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import new_id


@dataclass
class ImportPlan:
    table: RawTable
    mapping: list[str | None]
    rows: list[ConvertedRow] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def good_rows(self) -> list[ConvertedRow]:
        return [r for r in self.rows if not r.problems]

    @property
    def bad_rows(self) -> list[ConvertedRow]:
        return [r for r in self.rows if r.problems]


@dataclass(frozen=True)
class ImportResult:
    account_ids: list[str]
    account_names: list[str]


def read(path: Path) -> RawTable:
    return account_table.read(path)


def plan(ws: Workspace, table: RawTable, mapping: list[str | None] | None = None) -> ImportPlan:
    """Check every row of ``table`` with ``mapping`` (recognised from the headers if None)."""
    mapping = account_table.recognise(table.headers) if mapping is None else list(mapping)
    result = ImportPlan(table, mapping)
    if "name" not in mapping:
        raise InputError(
            i18n.translate(
                "Import", "%1: no column holds the account name (expected a header such as Name, Account or Firma)."
            ).replace("%1", table.source)
        )
    taken = {n.casefold() for n in accounts.names(ws)}
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        row = account_table.convert(table, number, cells, mapping)
        name = row.values.get("name")
        if name:
            folded = name.casefold()
            if folded in taken:
                row.problems.append(
                    Problem(
                        number,
                        "",
                        i18n.translate("Import", "an account named '%1' is already in the workspace.").replace(
                            "%1", name
                        ),
                    )
                )
            elif folded in seen:
                row.problems.append(
                    Problem(
                        number,
                        "",
                        i18n.translate("Import", "'%1' is already in row %2 of the file.")
                        .replace("%1", name)
                        .replace("%2", str(seen[folded])),
                    )
                )
            else:
                seen[folded] = number
        result.rows.append(row)
    return result


def apply(ws: Workspace, planned: ImportPlan, skip_problems: bool = False) -> ImportResult:
    """Write the planned accounts in one transaction. With problems and without
    ``skip_problems`` nothing is written (InputError saying how many rows have problems)."""
    if planned.problems and not skip_problems:
        count = len(planned.bad_rows)  # (no nested calls in the arguments: lupdate 6.11 then misses the string)
        message = i18n.plural(
            count,
            i18n.translate("Import", "%1: %n row with problems; nothing was imported."),
            i18n.translate("Import", "%1: %n rows with problems; nothing was imported."),
        )
        raise InputError(message.replace("%1", planned.table.source))
    ids: list[str] = []
    names: list[str] = []
    with ws.write() as tx:
        for row in planned.good_rows:
            values: dict[str, Any] = {"id": new_id(), **row.values}
            try:
                records.insert_row_in(tx, "account", values)
            except KamdeskError as error:  # e.g. a name taken in the meantime
                raise InputError(f"{planned.table.source}: {Problem(row.row, '', str(error))}") from None
            ids.append(values["id"])
            names.append(values["name"])
    return ImportResult(ids, names)


def import_file(ws: Workspace, path: Path) -> tuple[ImportPlan, ImportResult]:
    """Read, check and import ``path`` (the command line's way: all or nothing)."""
    planned = plan(ws, read(path))
    return planned, apply(ws, planned)
