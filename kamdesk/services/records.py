"""Generic edits on stored rows: set fields, insert, delete with a restorable snapshot.

These are what undo/redo is built on. A field edit is a compare-and-set (the fields must still
hold the values the user saw, or ``ConflictError``), which is exactly what undo needs and what
protects team workspaces from lost updates. A delete captures the row *and everything the
database would cascade-delete with it* (and the references it would set to NULL), so ``restore``
puts back precisely what was there, with the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update

from kamdesk.domain import i18n
from kamdesk.domain.errors import ConflictError, InputError, NotFoundError
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import Base, new_id, table_class, utcnow

Validator = Callable[[Transaction, str, Any], Any]
"""(transaction, row id, value) → cleaned value, or raise InputError."""

_validators: dict[tuple[str, str], Validator] = {}


def register_validator(table: str, field: str, validator: Validator) -> None:
    """Clean and check ``table.field`` on every generic edit and insert."""
    _validators[(table, field)] = validator


def clean(tx: Transaction, table: str, row_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Run each field's validator, then the checks every column gets: known field, allowed
    choice, length limit, required value."""
    columns = _table(table).columns
    cleaned = {}
    for field, value in values.items():
        if field not in columns:
            raise InputError(i18n.translate("Records", "Unknown field '%1'.").replace("%1", field))
        validator = _validators.get((table, field))
        cleaned[field] = _check_column(columns[field], validator(tx, row_id, value) if validator else value)
    return cleaned


def _check_column(column: Any, value: Any) -> Any:
    if value is None:
        if not column.nullable:
            raise InputError(i18n.translate("Records", "'%1' must not be empty.").replace("%1", column.name))
        return value
    choices = column.info.get("choices")
    if choices:
        allowed = [str(getattr(c, "value", c)) for c in choices]
        if str(value) not in allowed:
            raise InputError(
                i18n.translate("Records", "'%1' is not a valid %2 (allowed: %3).")
                .replace("%1", str(value))
                .replace("%2", column.name)
                .replace("%3", ", ".join(allowed))
            )
        return str(value)
    length = getattr(column.type, "length", None)
    if length and isinstance(value, str) and len(value) > length:
        raise InputError(
            i18n.translate("Records", "'%1' is longer than %2 characters.")
            .replace("%1", column.name)
            .replace("%2", str(length))
        )
    return value


@dataclass(frozen=True)
class Snapshot:
    """Rows removed by one delete, parents first, plus the references set to NULL."""

    rows: tuple[tuple[str, dict[str, Any]], ...]
    nulled: tuple[tuple[str, str, str, str], ...]  # (table, row id, column, old value)

    @property
    def root(self) -> tuple[str, dict[str, Any]]:
        return self.rows[0]


# -- field edits -----------------------------------------------------------------------------


def set_fields(
    ws: Workspace,
    table: str,
    row_id: str,
    new: Mapping[str, Any],
    expect: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Set fields of one row; with ``expect``, only if they still hold those values.

    Returns the cleaned values that were stored.
    """
    with ws.write() as tx:
        return set_fields_in(tx, table, row_id, new, expect)


def set_fields_in(
    tx: Transaction,
    table: str,
    row_id: str,
    new: Mapping[str, Any],
    expect: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    cls = table_class(table)
    obj = tx.session.get(cls, row_id)
    if obj is None:
        raise NotFoundError(i18n.translate("Records", "This item no longer exists."))
    if expect is not None:
        for field, value in expect.items():
            if getattr(obj, field) != value:
                raise ConflictError(
                    i18n.translate("Records", "'%1' was changed elsewhere in the meantime.").replace("%1", field)
                )
    cleaned = clean(tx, table, row_id, new)
    for field, value in cleaned.items():
        setattr(obj, field, value)
    tx.session.flush()
    return cleaned


def get_fields(ws: Workspace, table: str, row_id: str, fields: list[str]) -> dict[str, Any]:
    with ws.read() as session:
        obj = session.get(table_class(table), row_id)
        if obj is None:
            raise NotFoundError(i18n.translate("Records", "This item no longer exists."))
        return {f: getattr(obj, f) for f in fields}


# -- insert ----------------------------------------------------------------------------------


def insert_row(ws: Workspace, table: str, values: Mapping[str, Any]) -> str:
    """Insert a row (its ``id`` may be given, so a redo re-creates the same row)."""
    with ws.write() as tx:
        return insert_row_in(tx, table, values)


def insert_row_in(tx: Transaction, table: str, values: Mapping[str, Any]) -> str:
    cls = table_class(table)
    row_id = str(values.get("id") or new_id())
    fields = {k: v for k, v in values.items() if k != "id"}
    obj = cls(id=row_id, **clean(tx, table, row_id, fields))
    tx.session.add(obj)
    tx.session.flush()
    return row_id


# -- delete and restore ----------------------------------------------------------------------


def delete_row(ws: Workspace, table: str, row_id: str) -> Snapshot:
    with ws.write() as tx:
        return delete_row_in(tx, table, row_id)


def delete_row_in(tx: Transaction, table: str, row_id: str) -> Snapshot:
    snapshot = capture(tx, table, row_id)
    tx.session.execute(delete(_table(table)).where(_table(table).c.id == row_id))
    for child_table, values in snapshot.rows:
        tx.record(child_table, values["id"], "delete", _account_id(child_table, values))
    for ref_table, ref_id, _column, _old in snapshot.nulled:
        tx.record(ref_table, ref_id, "update")
    tx.session.expire_all()
    return snapshot


def capture(tx: Transaction, table: str, row_id: str) -> Snapshot:
    """Everything a delete of ``table[row_id]`` removes or changes, without deleting it."""
    rows: list[tuple[str, dict[str, Any]]] = []
    nulled: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    tx.session.flush()

    def visit(name: str, ids: list[str]) -> None:
        t = _table(name)
        fresh = [i for i in ids if (name, i) not in seen]
        if not fresh:
            return
        seen.update((name, i) for i in fresh)
        found = [dict(r._mapping) for r in tx.session.execute(select(t).where(t.c.id.in_(fresh)))]
        rows.extend((name, r) for r in found)
        for child, fk_column, ondelete in _referencing(name):
            ct = _table(child)
            refs = tx.session.execute(select(ct.c.id).where(ct.c[fk_column].in_(fresh))).scalars().all()
            if not refs:
                continue
            if ondelete == "CASCADE":
                visit(child, list(refs))
            elif ondelete == "SET NULL":
                for ref_id, old in tx.session.execute(
                    select(ct.c.id, ct.c[fk_column]).where(ct.c[fk_column].in_(fresh))
                ):
                    nulled.append((child, ref_id, fk_column, old))

    if not tx.session.execute(select(_table(table).c.id).where(_table(table).c.id == row_id)).first():
        raise NotFoundError(i18n.translate("Records", "This item no longer exists."))
    visit(table, [row_id])
    return Snapshot(tuple(rows), tuple(nulled))


def restore(ws: Workspace, snapshot: Snapshot) -> None:
    with ws.write() as tx:
        restore_in(tx, snapshot)


def restore_in(tx: Transaction, snapshot: Snapshot) -> None:
    """Put back what ``delete_row`` removed: same ids, same values, same references."""
    order = {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}
    by_table: dict[str, list[dict[str, Any]]] = {}
    for name, values in snapshot.rows:
        by_table.setdefault(name, []).append(values)
    for name in sorted(by_table, key=order.__getitem__):
        t = _table(name)
        for values in _parents_first(t, by_table[name]):
            tx.session.execute(insert(t).values(**values))
            tx.record(name, values["id"], "insert", _account_id(name, values))
    for name, ref_id, column, old in snapshot.nulled:
        t = _table(name)
        tx.session.execute(update(t).where(t.c.id == ref_id).values({column: old}))
        tx.record(name, ref_id, "update")
    tx.session.expire_all()


def touch(tx: Transaction, table: str, row_id: str) -> None:
    t = _table(table)
    tx.session.execute(update(t).where(t.c.id == row_id).values(updated_at=utcnow()))


# -- metadata helpers ------------------------------------------------------------------------


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _referencing(name: str) -> list[tuple[str, str, str | None]]:
    """(child table, fk column, ondelete) for every foreign key pointing at ``name``."""
    found = []
    for t in Base.metadata.sorted_tables:
        for fk in t.foreign_keys:
            if fk.column.table.name == name:
                found.append((t.name, fk.parent.name, (fk.ondelete or "").upper() or None))
    return found


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order rows of a self-referencing table so that referenced rows come first."""
    self_fks = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_fks:
        return rows
    pending = {r["id"]: r for r in rows}
    ordered: list[dict[str, Any]] = []
    while pending:
        ready = [r for r in pending.values() if all(r.get(c) is None or r.get(c) not in pending for c in self_fks)]
        if not ready:  # a cycle: insert the rest as they are (the database will say if it minds)
            ready = list(pending.values())
        for r in ready:
            ordered.append(r)
            del pending[r["id"]]
    return ordered


def _account_id(table: str, values: Mapping[str, Any]) -> str | None:
    if table == "account":
        return str(values["id"])
    value = values.get("account_id")
    return str(value) if value is not None else None
