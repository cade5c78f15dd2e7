"""Accounts: list, find, create, rename, archive, delete and restore."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from kamdesk.domain import i18n
from kamdesk.domain.account import (
    NOTES_MAX,
    Account,
    AccountSummary,
    clean_name,
    clean_text,
    clean_website,
    unique_name,
)
from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.dates import parse_date
from kamdesk.domain.errors import InputError, NotFoundError
from kamdesk.domain.team import clean_review_months
from kamdesk.services import domain_rows, records
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.tables import Account as AccountRow

TABLE = "account"


def summaries(ws: Workspace) -> list[AccountSummary]:
    """Every account, for the navigator (one light query)."""
    t = AccountRow.__table__
    query = select(t.c.id, t.c.name, t.c.industry, t.c.country, t.c.archived, t.c.updated_at).order_by(
        func.lower(t.c.name)
    )
    with ws.read() as session:
        return [domain_rows.account_summary(r) for r in session.execute(query)]


def names(ws: Workspace, include_archived: bool = True) -> list[str]:
    return [s.name for s in summaries(ws) if include_archived or not s.archived]


def get(ws: Workspace, account_id: str) -> Account:
    with ws.read() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            raise NotFoundError(i18n.translate("Accounts", "This account no longer exists."))
        return _to_domain(row)


def find(ws: Workspace, name: str) -> Account:
    """The account called ``name`` (case-insensitive), or a NotFoundError naming it."""
    with ws.read() as session:
        row = session.execute(
            select(AccountRow).where(func.lower(AccountRow.name) == name.strip().lower())
        ).scalar_one_or_none()
        if row is None:
            row = next(
                (
                    r
                    for r in session.execute(select(AccountRow)).scalars()
                    if r.name.casefold() == name.strip().casefold()
                ),
                None,
            )
        if row is None:
            raise NotFoundError(i18n.translate("Accounts", "No account named '%1'.").replace("%1", name))
        return _to_domain(row)


def create(ws: Workspace, name: str, *, account_id: str | None = None, **fields: Any) -> str:
    """A new account; the name must not be taken. Returns its id."""
    values = {"name": name, **fields}
    if account_id:
        values["id"] = account_id
    return records.insert_row(ws, TABLE, values)


def suggest_name(ws: Workspace, base: str) -> str:
    return unique_name(base, set(names(ws)))


def rename(ws: Workspace, account_id: str, new: str, old: str | None = None) -> str:
    expect = {"name": old} if old is not None else None
    return str(records.set_fields(ws, TABLE, account_id, {"name": new}, expect)["name"])


def set_archived(ws: Workspace, account_id: str, archived: bool) -> None:
    records.set_fields(ws, TABLE, account_id, {"archived": archived}, {"archived": not archived})


def delete(ws: Workspace, account_id: str) -> records.Snapshot:
    """Delete the account with everything it owns; the snapshot restores it."""
    return records.delete_row(ws, TABLE, account_id)


# -- validation of the account's fields (used by every generic edit) --------------------------


def _validate_name(tx: Transaction, row_id: str, value: Any) -> str:
    name = clean_name(value)
    clash = tx.session.execute(
        select(AccountRow.id, AccountRow.name).where(
            func.lower(AccountRow.name) == name.lower(), AccountRow.id != row_id
        )
    ).first()
    if clash is None:
        # SQLite's lower() folds ASCII only; compare the rest in Python.
        clash = next(
            (
                r
                for r in tx.session.execute(select(AccountRow.id, AccountRow.name).where(AccountRow.id != row_id))
                if r.name.casefold() == name.casefold()
            ),
            None,
        )
    if clash is not None:
        raise InputError(i18n.translate("Accounts", "An account named '%1' already exists.").replace("%1", clash.name))
    return name


records.register_validator(TABLE, "name", _validate_name)
records.register_validator(TABLE, "industry", lambda tx, i, v: clean_text(v, "industry"))
records.register_validator(TABLE, "country", lambda tx, i, v: clean_text(v, "country"))
records.register_validator(TABLE, "website", lambda tx, i, v: clean_website(v))
records.register_validator(TABLE, "notes", lambda tx, i, v: clean_text(v, "notes", NOTES_MAX))
records.register_validator(TABLE, "archived", lambda tx, i, v: bool(v))
records.register_validator(TABLE, "legal_entity", lambda tx, i, v: clean_text(v, "legal_entity"))
records.register_validator(TABLE, "parent_group", lambda tx, i, v: clean_text(v, "parent_group"))
records.register_validator(TABLE, "sites", lambda tx, i, v: clean_text(v, "sites", NOTES_MAX))
records.register_validator(TABLE, "customer_goals", lambda tx, i, v: clean_text(v, "customer_goals", NOTES_MAX))
records.register_validator(TABLE, "annual_revenue", lambda tx, i, v: parse_amount(v))
records.register_validator(TABLE, "potential", lambda tx, i, v: parse_amount(v))
records.register_validator(TABLE, "review_cadence_months", lambda tx, i, v: clean_review_months(v))
records.register_validator(TABLE, "last_review_on", lambda tx, i, v: parse_date(v))


def _to_domain(row: AccountRow) -> Account:
    return domain_rows.account(row)
