"""The relationship board's use cases: read a board, move pieces, configure the board.

Single field edits, inserts and deletes go through ``services.records`` (undoable by the generic
commands); what needs more than one row in one transaction lives here, each returning what undo
needs to put things back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from kamdesk.domain import dates, i18n
from kamdesk.domain.board import (
    DEFAULT_COLUMNS,
    DEFAULT_STALE_DAYS,
    Board,
    BoardColumn,
    BuyingRole,
    Contact,
    ContactRelation,
    Coverage,
    CoverageLink,
    DecisionOrientation,
    Influence,
    RelationKind,
    RelationshipLevel,
    Side,
)
from kamdesk.domain.errors import InputError
from kamdesk.domain.team import Seniority
from kamdesk.services import records
from kamdesk.services.team import members_in
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import new_id
from kamdesk.storage.tables import core
from kamdesk.storage.tables import relations as t

#: ids of the default columns of a board that has not stored its own yet
DEFAULT_PREFIX = "default:"
#: the workspace-wide default of days without contact before a relationship counts as stale
STALE_DAYS_SETTING = "relations.stale_days"

Edit = tuple[str, str, dict[str, Any], dict[str, Any]]  # (table, id, new values, expected values)


def load(ws: Workspace, account_id: str) -> Board:
    """The whole board of one account, read in one session."""
    with ws.read() as session:
        return load_in(session, account_id)


def load_in(session: Any, account_id: str) -> Board:
    columns = [
        BoardColumn(r.id, r.name, r.position)
        for r in session.execute(
            select(t.BoardColumn).where(t.BoardColumn.account_id == account_id).order_by(t.BoardColumn.position)
        ).scalars()
    ]
    if not columns:
        columns = default_columns()
    contacts = [_contact(r) for r in session.execute(select(t.Contact).where(t.Contact.account_id == account_id))]
    team = members_in(session, account_id)  # the team in the order the profile shows it
    link_table = t.CoverageLink.__table__
    links = [
        CoverageLink(
            r.id,
            r.team_member_id,
            r.contact_id,
            RelationshipLevel(r.level),
            RelationshipLevel(r.target_level) if r.target_level else None,
            _day(r.last_contact),
            r.notes,
        )
        for r in session.execute(select(link_table).where(link_table.c.account_id == account_id))
    ]
    rel_table = t.ContactRelation.__table__
    relations = [
        ContactRelation(r.id, r.source_id, r.target_id, RelationKind(r.kind))
        for r in session.execute(select(rel_table).where(rel_table.c.account_id == account_id))
    ]
    return Board(
        account_id,
        columns,
        contacts,
        team,
        links,
        relations,
        stale_days=_stale_days(session, account_id),
    )


def _contact(r: Any) -> Contact:
    r = r._mapping["Contact"] if hasattr(r, "_mapping") else r
    return Contact(
        r.id,
        r.name,
        r.title,
        r.column_id,
        Seniority(r.rank),
        BuyingRole(r.buying_role),
        Side(r.side),
        Influence(r.influence),
        Coverage(r.coverage),
        DecisionOrientation(r.orientation) if r.orientation else None,
        _day(r.last_contact),
        bool(r.placeholder),
        r.agenda,
        r.notes,
        r.email,
        r.phone,
        r.position,
    )


def _day(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def default_columns() -> list[BoardColumn]:
    return [
        BoardColumn(f"{DEFAULT_PREFIX}{n}", i18n.lookup("BoardColumn", name), n)
        for n, name in enumerate(DEFAULT_COLUMNS)
    ]


# -- board settings ------------------------------------------------------------------------------


def _stale_days(session: Any, account_id: str) -> int:
    own = session.execute(
        select(t.RelationshipBoard.stale_days).where(t.RelationshipBoard.account_id == account_id)
    ).scalar()
    return own if own else workspace_stale_days(session)


def workspace_stale_days(session: Any) -> int:
    value = session.execute(
        select(core.WorkspaceSetting.value).where(core.WorkspaceSetting.key == STALE_DAYS_SETTING)
    ).scalar()
    try:
        return max(1, int(value)) if value else DEFAULT_STALE_DAYS
    except ValueError:
        return DEFAULT_STALE_DAYS


def set_stale_days(ws: Workspace, account_id: str, days: int | None) -> int | None:
    """Set the account's own threshold (None: use the workspace's). Returns the previous value."""
    if days is not None and not 1 <= days <= 3650:
        raise InputError(i18n.translate("Relations", "Days without contact must be between 1 and 3650."))
    with ws.write() as tx:
        row = tx.session.execute(
            select(t.RelationshipBoard).where(t.RelationshipBoard.account_id == account_id)
        ).scalar()
        if row is None:
            records.insert_row_in(tx, "relationship_board", {"account_id": account_id, "stale_days": days})
            return None
        old = row.stale_days
        row.stale_days = days
        return old


def set_workspace_stale_days(ws: Workspace, days: int) -> int:
    """Set the workspace's default threshold (for accounts without their own). Returns the
    previous default."""
    if not 1 <= days <= 3650:
        raise InputError(i18n.translate("Relations", "Days without contact must be between 1 and 3650."))
    with ws.write() as tx:
        old = workspace_stale_days(tx.session)
        row = tx.session.execute(
            select(core.WorkspaceSetting).where(core.WorkspaceSetting.key == STALE_DAYS_SETTING)
        ).scalar()
        if row is None:
            records.insert_row_in(tx, "workspace_setting", {"key": STALE_DAYS_SETTING, "value": str(days)})
        else:
            row.value = str(days)
        return old


def workspace_default_stale_days(ws: Workspace) -> int:
    with ws.read() as session:
        return workspace_stale_days(session)


# -- columns -------------------------------------------------------------------------------------


def resolve_column_in(tx: Transaction, account_id: str, column_id: str | None) -> str | None:
    """A stored column id for ``column_id``; the board's default columns are stored on first use."""
    if column_id is None or not column_id.startswith(DEFAULT_PREFIX):
        return column_id
    stored = (
        tx.session.execute(
            select(t.BoardColumn.id).where(t.BoardColumn.account_id == account_id).order_by(t.BoardColumn.position)
        )
        .scalars()
        .all()
    )
    if not stored:
        stored = [
            records.insert_row_in(
                tx, "board_column", {"account_id": account_id, "name": c.name, "position": c.position}
            )
            for c in default_columns()
        ]
    index = int(column_id[len(DEFAULT_PREFIX) :])
    return stored[index] if index < len(stored) else None


def store_columns(ws: Workspace, account_id: str) -> list[str]:
    """Make sure the board's columns are stored (before renaming or adding one)."""
    with ws.write() as tx:
        resolve_column_in(tx, account_id, f"{DEFAULT_PREFIX}0")
        return list(
            tx.session.execute(
                select(t.BoardColumn.id).where(t.BoardColumn.account_id == account_id).order_by(t.BoardColumn.position)
            ).scalars()
        )


# -- contacts ------------------------------------------------------------------------------------


def add_contact(ws: Workspace, account_id: str, values: dict[str, Any]) -> str:
    """Insert a contact (``values`` may carry its id, so redo re-creates the same row)."""
    with ws.write() as tx:
        return add_contact_in(tx, account_id, values)


def add_contact_in(tx: Transaction, account_id: str, values: dict[str, Any]) -> str:
    values = dict(values)
    values["account_id"] = account_id
    values["column_id"] = resolve_column_in(tx, account_id, values.get("column_id"))
    if "position" not in values:
        values["position"] = _cell_size(tx, account_id, values["column_id"], values.get("rank", "middle"))
    return records.insert_row_in(tx, "contact", values)


def _cell_ids(tx: Transaction, account_id: str, column_id: str | None, rank: str) -> list[str]:
    query = select(t.Contact.id).where(t.Contact.account_id == account_id, t.Contact.rank == rank)
    query = query.where(t.Contact.column_id.is_(None) if column_id is None else t.Contact.column_id == column_id)
    return list(tx.session.execute(query.order_by(t.Contact.position, t.Contact.name, t.Contact.id)).scalars())


def _cell_size(tx: Transaction, account_id: str, column_id: str | None, rank: str) -> int:
    return len(_cell_ids(tx, account_id, column_id, rank))


@dataclass(frozen=True)
class Move:
    """Put ``contact_id`` into cell (``column_id``, ``rank``) at ``index`` (None: at the end)."""

    contact_id: str
    column_id: str | None
    rank: str
    index: int | None = None


def move_contacts(ws: Workspace, account_id: str, moves: Sequence[Move]) -> list[Edit]:
    """Move pieces between (or within) cells in one transaction; the cells they leave and enter
    are renumbered. Returns the edits that undo it (for ``apply_edits``)."""
    with ws.write() as tx:
        before: dict[str, dict[str, Any]] = {}
        moved_ids = {m.contact_id for m in moves}

        def remember(contact_id: str) -> t.Contact:
            row = tx.session.get(t.Contact, contact_id)
            if row is None:
                raise InputError(i18n.translate("Records", "This item no longer exists."))
            before.setdefault(contact_id, {"column_id": row.column_id, "rank": row.rank, "position": row.position})
            return row

        for move in moves:
            remember(move.contact_id)
        for move in moves:
            column_id = resolve_column_in(tx, account_id, move.column_id)
            row = tx.session.get(t.Contact, move.contact_id)
            assert row is not None
            source = (row.column_id, row.rank)
            records.clean(tx, "contact", row.id, {"rank": move.rank})
            target = [i for i in _cell_ids(tx, account_id, column_id, move.rank) if i != row.id]
            index = len(target) if move.index is None else max(0, min(move.index, len(target)))
            target.insert(index, row.id)
            row.column_id, row.rank = column_id, move.rank
            for position, contact_id in enumerate(target):
                remember(contact_id).position = position
            if source != (column_id, move.rank):
                left = [i for i in _cell_ids(tx, account_id, source[0], source[1]) if i not in moved_ids]
                for position, contact_id in enumerate(left):
                    remember(contact_id).position = position
            tx.session.flush()
        undo: list[Edit] = []
        for contact_id, old in before.items():
            row = tx.session.get(t.Contact, contact_id)
            assert row is not None
            now = {"column_id": row.column_id, "rank": row.rank, "position": row.position}
            if now != old:
                undo.append(("contact", contact_id, old, now))
        return undo


def apply_edits(ws: Workspace, edits: Iterable[Edit]) -> list[Edit]:
    """Set fields of several rows in one transaction (each a compare-and-set); returns the inverse."""
    inverse: list[Edit] = []
    with ws.write() as tx:
        for table, row_id, new, expect in edits:
            stored = records.set_fields_in(tx, table, row_id, new, expect)
            inverse.append((table, row_id, dict(expect), stored))
    return inverse


# -- field cleaning ------------------------------------------------------------------------------


def _clean_day(tx: Transaction, row_id: str, value: Any) -> date | None:
    day = dates.parse_date(value)
    if day is not None and day > date.today():
        raise InputError(i18n.translate("Relations", "The last contact cannot be in the future."))
    return day


def _clean_text(tx: Transaction, row_id: str, value: Any) -> str:
    return "" if value is None else str(value).strip()


def _clean_column_name(tx: Transaction, row_id: str, value: Any) -> str:
    text = _clean_text(tx, row_id, value)
    if not text:
        raise InputError(i18n.translate("Relations", "A department needs a name."))
    return text


for _table in ("contact", "coverage_link"):
    records.register_validator(_table, "last_contact", _clean_day)
for _field in ("name", "title", "email", "phone"):
    records.register_validator("contact", _field, _clean_text)
records.register_validator("board_column", "name", _clean_column_name)


def new_contact_values(column_id: str | None, rank: str, **values: Any) -> dict[str, Any]:
    """Values of a new contact with a fresh id (kept through undo/redo)."""
    return {"id": new_id(), "column_id": column_id, "rank": rank, **values}


def delete_many(ws: Workspace, rows: Sequence[tuple[str, str]]) -> list[records.Snapshot]:
    """Delete several rows (contacts, links, lines) in one transaction; rows already gone with an
    earlier one (a contact's links) are skipped. Returns what ``restore_many`` needs."""
    from sqlalchemy import select as _select

    from kamdesk.storage.schema import Base

    snapshots = []
    with ws.write() as tx:
        for table, row_id in rows:
            t_ = Base.metadata.tables[table]
            if tx.session.execute(_select(t_.c.id).where(t_.c.id == row_id)).first() is None:
                continue
            snapshots.append(records.delete_row_in(tx, table, row_id))
    return snapshots


def restore_many(ws: Workspace, snapshots: Sequence[records.Snapshot]) -> None:
    with ws.write() as tx:
        for snapshot in reversed(snapshots):
            records.restore_in(tx, snapshot)


@dataclass
class ColumnChange:
    """What ``set_columns`` did, so that ``undo_columns`` can put it back."""

    renamed: list[Edit]
    added: list[str]
    removed: list[records.Snapshot]


def set_columns(ws: Workspace, account_id: str, names: Sequence[str]) -> ColumnChange:
    """Make the board's departments ``names``, left to right: existing columns are renamed in
    order, new ones added, surplus ones removed (their contacts move to 'No department')."""
    cleaned = [" ".join(n.split()) for n in names if n.strip()]
    if not cleaned:
        raise InputError(i18n.translate("Relations", "A board needs at least one department."))
    with ws.write() as tx:
        resolve_column_in(tx, account_id, f"{DEFAULT_PREFIX}0")
        stored = list(
            tx.session.execute(
                select(t.BoardColumn).where(t.BoardColumn.account_id == account_id).order_by(t.BoardColumn.position)
            ).scalars()
        )
        change = ColumnChange([], [], [])
        for position, (row, name) in enumerate(zip(stored, cleaned, strict=False)):
            old = {"name": row.name, "position": row.position}
            new = records.set_fields_in(tx, "board_column", row.id, {"name": name, "position": position})
            if new != old:
                change.renamed.append(("board_column", row.id, old, new))
        for position, name in enumerate(cleaned[len(stored) :], start=len(stored)):
            change.added.append(
                records.insert_row_in(
                    tx, "board_column", {"account_id": account_id, "name": name, "position": position}
                )
            )
        for row in stored[len(cleaned) :]:
            change.removed.append(records.delete_row_in(tx, "board_column", row.id))
        return change


def undo_columns(ws: Workspace, change: ColumnChange) -> None:
    with ws.write() as tx:
        for snapshot in reversed(change.removed):
            records.restore_in(tx, snapshot)
        for row_id in change.added:
            records.delete_row_in(tx, "board_column", row_id)
        for table, row_id, old, new in change.renamed:
            records.set_fields_in(tx, table, row_id, old, new)
