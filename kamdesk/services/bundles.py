"""Export accounts to a JSON bundle and import bundles, all-or-nothing."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from kamdesk.domain import i18n
from kamdesk.domain.account import unique_name
from kamdesk.domain.errors import InputError, KamdeskError
from kamdesk.exchange import bundle
from kamdesk.services import accounts, listing, portfolio, records, team  # noqa: F401  (register their validators)
from kamdesk.services import service_matrix as _service_matrix  # noqa: F401  (registers its validators)
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import Base


@dataclass(frozen=True)
class ImportResult:
    account_ids: list[str]
    account_names: list[str]


def export(ws: Workspace, target: Path, account_names: list[str] | None = None) -> int:
    """Write the bundle of the named accounts (all if None) to ``target``; returns the count."""
    ids = None if account_names is None else [accounts.find(ws, name).id for name in account_names]
    with ws.read() as session:
        document = bundle.build(session, ids)
    write_atomically(target, bundle.dumps(document))
    return len(document["accounts"])


def import_file(ws: Workspace, source: Path, *, as_copy: bool = False) -> ImportResult:
    """Import every account of the bundle at ``source`` — all of it, or (on any error) nothing."""
    parsed = bundle.parse(bundle.read(source), str(source))
    return import_parsed(ws, parsed, as_copy=as_copy)


def import_parsed(ws: Workspace, parsed: bundle.ParsedBundle, *, as_copy: bool = False) -> ImportResult:
    ids: list[str] = []
    names: list[str] = []
    with ws.write() as tx:
        mapping = bundle.id_map(tx.session, parsed, as_copy)
        taken = set(tx.session.execute(select(Base.metadata.tables["account"].c.name)).scalars())
        for section, values, path in parsed.workspace_rows:
            if values["id"] in parsed.merged:
                continue  # the workspace already has this row; the bundle's rows now point at it
            row = _yield_taken_links(tx, section.table, bundle.remap(section.table, values, mapping))
            _insert(tx, section.table, row, path, parsed.source)
        for table, values, path in parsed.account_rows:
            row = bundle.remap(table, values, mapping)
            if table == "account":
                if not as_copy and bundle.exists(tx.session, "account", row["id"]):
                    raise InputError(
                        i18n.translate(
                            "Bundle",
                            "%1: %2: the account '%3' is already in this workspace; import it as a copy to keep both.",
                        )
                        .replace("%1", parsed.source)
                        .replace("%2", path)
                        .replace("%3", str(row["name"]))
                    )
                if as_copy:
                    row["name"] = unique_name(row["name"], taken)
                taken.add(row["name"])
                ids.append(row["id"])
                names.append(row["name"])
            _insert(tx, table, row, path, parsed.source)
    return ImportResult(ids, names)


def _yield_taken_links(tx: records.Transaction, table: str, values: dict) -> dict:  # type: ignore[type-arg]
    """A new workspace-level row leaves an optional unique value (e.g. the classification a
    customer group stands for) to the row of this workspace that already holds it."""
    from sqlalchemy import select

    t = Base.metadata.tables[table]
    out = dict(values)
    for column in t.columns:
        if column.unique and column.nullable and out.get(column.name) is not None:
            taken = tx.session.execute(select(t.c.id).where(t.c[column.name] == out[column.name])).first()
            if taken is not None:
                out[column.name] = None
    return out


def _insert(tx: records.Transaction, table: str, values: dict, path: str, source: str) -> None:  # type: ignore[type-arg]
    try:
        cleaned = records.clean(tx, table, values["id"], {k: v for k, v in values.items() if k != "id"})
    except KamdeskError as error:
        raise InputError(f"{source}: {path}: {error}") from None
    tx.session.execute(insert(Base.metadata.tables[table]).values(id=values["id"], **cleaned))
    tx.session.flush()
    tx.record(table, values["id"], "insert", values["id"] if table == "account" else values.get("account_id"))


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` so that a crash never leaves half a file behind."""
    target = Path(target)
    if target.is_dir():
        raise InputError(i18n.translate("Bundle", "%1 is a folder.").replace("%1", str(target)))
    if not target.parent.is_dir():
        raise InputError(i18n.translate("Bundle", "%1: the folder does not exist.").replace("%1", str(target)))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
