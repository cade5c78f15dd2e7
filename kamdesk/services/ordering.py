"""Rows the user puts in order (team members, criteria, tiers, listing items): positions and moves."""

from __future__ import annotations

from sqlalchemy import func, select, update

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import Base, utcnow


def next_position(ws: Workspace, table: str, scope: tuple[str, str] | None = None) -> int:
    """One past the highest position (within ``scope`` = (column, value), e.g. an account)."""
    t = Base.metadata.tables[table]
    query = select(func.max(t.c.position))
    if scope:
        query = query.where(t.c[scope[0]] == scope[1])
    with ws.read() as session:
        highest = session.execute(query).scalar()
    return 0 if highest is None else int(highest) + 1


def move(ws: Workspace, table: str, row_id: str, step: int, scope_column: str | None = None) -> None:
    """Move a row ``step`` places up (negative) or down among its siblings (within the same
    ``scope_column`` value, e.g. the same account); InputError if it cannot move that far."""
    with ws.write() as tx:
        if not move_in(tx, table, row_id, step, scope_column):
            raise InputError(i18n.translate("Ordering", "This item cannot move further."))


def move_in(tx: Transaction, table: str, row_id: str, step: int, scope_column: str | None = None) -> bool:
    t = Base.metadata.tables[table]
    query = select(t.c.id, t.c.position)
    scope = None
    if scope_column:
        scope = tx.session.execute(select(t.c[scope_column]).where(t.c.id == row_id)).scalar()
        query = query.where(t.c[scope_column] == scope)
    siblings = [r.id for r in tx.session.execute(query.order_by(t.c.position, t.c.created_at, t.c.id))]
    if row_id not in siblings:
        return False
    index = siblings.index(row_id)
    target = index + step
    if not 0 <= target < len(siblings):
        return False
    siblings.insert(target, siblings.pop(index))
    current = {r.id: r.position for r in tx.session.execute(query)}
    account_id = scope if scope_column == "account_id" else None
    for position, sibling in enumerate(siblings):
        if current.get(sibling) != position:
            tx.session.execute(
                update(t)
                .where(t.c.id == sibling)
                .values(position=position, version=t.c.version + 1, updated_at=utcnow())
            )
            tx.record(table, sibling, "update", account_id)
    tx.session.expire_all()
    return True
