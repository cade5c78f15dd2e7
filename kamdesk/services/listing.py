"""Listing prerequisites of accounts: read them, judge readiness, check what is typed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from kamdesk.domain import i18n
from kamdesk.domain.account import NOTES_MAX, clean_text
from kamdesk.domain.dates import format_date, parse_date
from kamdesk.domain.errors import InputError
from kamdesk.domain.listing import (
    REQUIRED_KINDS,
    ListingItem,
    ListingKind,
    ListingStatus,
    OrderingChannel,
    Readiness,
    in_order,
    readiness,
)
from kamdesk.services import domain_rows, records
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import Base, new_id

TABLE = "listing_item"


def _t() -> Any:
    return Base.metadata.tables[TABLE]


_item = domain_rows.listing_item


def items(ws: Workspace, account_id: str) -> list[ListingItem]:
    """The account's items: by kind (release, supplier number, agreement, systems), then position."""
    t = _t()
    with ws.read() as session:
        found = [_item(r) for r in session.execute(select(t).where(t.c.account_id == account_id))]
    return in_order(found)


def readiness_of(ws: Workspace, account_id: str, today: date) -> Readiness:
    return readiness(items(ws, account_id), today)


def all_readiness(ws: Workspace, today: date) -> dict[str, Readiness]:
    """account id → readiness, for every account that has listing items (one query)."""
    t = _t()
    by_account: dict[str, list[ListingItem]] = {}
    with ws.read() as session:
        for r in session.execute(select(t)):
            by_account.setdefault(r.account_id, []).append(_item(r))
    return {a: readiness(found, today) for a, found in by_account.items()}


def standard_items(account_id: str, start: int = 0) -> list[dict[str, Any]]:
    """Values (with new ids) for the four prerequisites every account has, each still open."""
    return [new_item(account_id, kind, start + n) | {"id": new_id()} for n, kind in enumerate(REQUIRED_KINDS)]


def insert_items(ws: Workspace, values: list[dict[str, Any]]) -> None:
    """Insert several items in one transaction."""
    with ws.write() as tx:
        for v in values:
            records.insert_row_in(tx, TABLE, v)


def delete_items(ws: Workspace, ids: list[str]) -> None:
    with ws.write() as tx:
        for item_id in ids:
            records.delete_row_in(tx, TABLE, item_id)


def new_item(account_id: str, kind: ListingKind, position: int) -> dict[str, Any]:
    values: dict[str, Any] = {
        "account_id": account_id,
        "kind": kind.value,
        "status": ListingStatus.MISSING.value,
        "position": position,
    }
    if kind is ListingKind.ORDERING_SYSTEM:
        values["channel"] = OrderingChannel.OCI.value
    if kind is ListingKind.FRAMEWORK:
        values["with_prices"] = True
    return values


# -- validation --------------------------------------------------------------------------------


def _validity(field: str) -> Any:
    """valid_from/valid_to: a date, and never an end before the start."""

    def check(tx: Transaction, row_id: str, value: Any) -> Any:
        day = parse_date(value)
        if day is None:
            return None
        t = _t()
        row = tx.session.execute(select(t.c.valid_from, t.c.valid_to).where(t.c.id == row_id)).first()
        if row is not None:
            start, end = (day, row.valid_to) if field == "valid_from" else (row.valid_from, day)
            if start and end and end < start:
                raise InputError(
                    i18n.translate("Listing", "The agreement cannot end (%1) before it starts (%2).")
                    .replace("%1", format_date(end))
                    .replace("%2", format_date(start))
                )
        return day

    return check


records.register_validator(TABLE, "title", lambda tx, i, v: clean_text(v, "title"))
records.register_validator(TABLE, "reference", lambda tx, i, v: clean_text(v, "reference", 100))
records.register_validator(TABLE, "note", lambda tx, i, v: clean_text(v, "note", NOTES_MAX))
records.register_validator(TABLE, "status_on", lambda tx, i, v: parse_date(v))
records.register_validator(TABLE, "valid_from", _validity("valid_from"))
records.register_validator(TABLE, "valid_to", _validity("valid_to"))
records.register_validator(TABLE, "with_prices", lambda tx, i, v: None if v is None else bool(v))
