"""Use cases of the service matrix: read the catalogue and its cells, change cells, reorder,
and check what an account receives against its customer group's entitlement.

Everything a user changes goes through ``records`` (validated, compare-and-set) in one
transaction per action, so undo is the same call with old and new swapped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain import i18n
from kamdesk.domain.account import Account, Classification
from kamdesk.domain.errors import ConflictError
from kamdesk.domain.service_check import AccountCheck, ReceivedService, check_account
from kamdesk.domain.service_matrix import (
    Billing,
    CustomerGroup,
    Entitlement,
    Frequency,
    GroupSource,
    Service,
    ServiceMatrix,
    ServiceMode,
    billing_for,
    resolve_group,
)
from kamdesk.domain.value_statement import ServicesReport, ValueStatement, services_report, value_statement
from kamdesk.services import accounts, records
from kamdesk.services import service_matrix_rules as _rules  # noqa: F401  (registers the validators)
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import new_id
from kamdesk.storage.tables import service_matrix as t

#: tables of the workspace-wide matrix (a change in one of them changes every account's check)
MATRIX_TABLES = frozenset({"service", "customer_group", "service_entitlement"})
#: tables of one account's services
ACCOUNT_TABLES = frozenset({"received_service", "account_customer_group"})

#: the service fields a matrix import may change (the name identifies the service)
SERVICE_FIELDS = ("category", "unit", "list_price", "internal_cost", "description")


# -- reading ------------------------------------------------------------------------------------


def load_matrix(ws: Workspace) -> ServiceMatrix:
    with ws.read() as session:
        return load_matrix_in(session)


def load_matrix_in(session: Session) -> ServiceMatrix:
    services = tuple(
        _service(r)
        for r in session.execute(select(t.Service.__table__).order_by(t.Service.position, t.Service.name, t.Service.id))
    )
    groups = tuple(
        _group(r)
        for r in session.execute(
            select(t.CustomerGroup.__table__).order_by(t.CustomerGroup.position, t.CustomerGroup.code)
        )
    )
    cells = {}
    for r in session.execute(select(t.ServiceEntitlement.__table__)):
        cells[(r.service_id, r.customer_group_id)] = Entitlement(
            r.id, r.service_id, r.customer_group_id, ServiceMode(r.mode), r.price
        )
    return ServiceMatrix(services, groups, cells)


def load_cells(ws: Workspace, ids: Iterable[str]) -> list[Entitlement]:
    """The cells with these ids that still exist (to refresh a few cells after an edit)."""
    table = t.ServiceEntitlement.__table__
    with ws.read() as session:
        return [
            Entitlement(r.id, r.service_id, r.customer_group_id, ServiceMode(r.mode), r.price)
            for r in session.execute(select(table).where(table.c.id.in_(list(ids))))
        ]


def _service(r: Any) -> Service:
    return Service(r.id, r.name, r.description, r.category, r.unit, r.list_price, r.internal_cost, r.position)


def _group(r: Any) -> CustomerGroup:
    classification = Classification(r.classification) if r.classification else None
    return CustomerGroup(r.id, r.code, r.name, r.description, classification, r.position)


def categories(matrix: ServiceMatrix) -> list[str]:
    return sorted({s.category for s in matrix.services if s.category}, key=str.casefold)


# -- cells ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    """The state of one cell: ``mode`` None means there is no stored cell (not offered)."""

    service_id: str
    group_id: str
    mode: ServiceMode | None
    price: Decimal | None = None
    cell_id: str | None = None


def cell_of(matrix: ServiceMatrix, service_id: str, group_id: str) -> Cell:
    found = matrix.cell(service_id, group_id)
    if found is None:
        return Cell(service_id, group_id, None)
    return Cell(service_id, group_id, found.mode, found.price, found.id)


def set_cells(ws: Workspace, cells: Sequence[Cell], expect: Sequence[Cell] | None = None) -> None:
    """Set cells in one transaction; with ``expect``, only if they still hold those states."""
    with ws.write() as tx:
        set_cells_in(tx, cells, expect)


def set_cells_in(tx: Transaction, cells: Sequence[Cell], expect: Sequence[Cell] | None = None) -> None:
    table = t.ServiceEntitlement
    wanted = {(c.service_id, c.group_id): c for c in cells}
    rows = {
        (r.service_id, r.customer_group_id): r
        for r in tx.session.execute(select(table).where(table.service_id.in_({c.service_id for c in cells})))
        .scalars()
        .all()
        if (r.service_id, r.customer_group_id) in wanted
    }
    for before in expect or ():
        row = rows.get((before.service_id, before.group_id))
        now = (ServiceMode(row.mode), row.price) if row else (None, None)
        if now != (before.mode, before.price if before.mode is ServiceMode.CHARGED else None):
            raise ConflictError(i18n.translate("ServiceMatrix", "This cell was changed elsewhere in the meantime."))
    for key, cell in wanted.items():
        row = rows.get(key)
        price = cell.price if cell.mode is ServiceMode.CHARGED else None
        if cell.mode is None:
            if row is not None:
                records.delete_row_in(tx, "service_entitlement", row.id)
        elif row is None:
            records.insert_row_in(
                tx,
                "service_entitlement",
                {
                    "id": cell.cell_id or new_id(),
                    "service_id": cell.service_id,
                    "customer_group_id": cell.group_id,
                    "mode": cell.mode.value,
                    "price": price,
                },
            )
        elif (row.mode, row.price) != (cell.mode.value, price):
            records.set_fields_in(tx, "service_entitlement", row.id, {"mode": cell.mode.value, "price": price})


def cell_edit(matrix: ServiceMatrix, service_id: str, group_id: str, mode: ServiceMode, price: Decimal | None) -> Cell:
    """The cell state for setting ``mode`` (and ``price``), keeping the existing cell's id."""
    current = matrix.cell(service_id, group_id)
    price = price if mode is ServiceMode.CHARGED else None
    return Cell(service_id, group_id, mode, price, current.id if current else new_id())


# -- order ---------------------------------------------------------------------------------------


def reorder(ws: Workspace, table: str, ids: Sequence[str]) -> None:
    """Give the rows of ``table`` (services or customer groups) the positions of ``ids``."""
    with ws.write() as tx:
        cls = {"service": t.Service, "customer_group": t.CustomerGroup}[table]
        rows = {r.id: r for r in tx.session.execute(select(cls).where(cls.id.in_(list(ids)))).scalars()}
        for position, row_id in enumerate(ids):
            row = rows.get(row_id)
            if row is not None and row.position != position:
                row.position = position
        tx.session.flush()


def receivers(ws: Workspace, service_id: str) -> int:
    """How many accounts record that they receive ``service_id``."""
    with ws.read() as session:
        return int(
            session.execute(
                select(func.count()).select_from(t.ReceivedService).where(t.ReceivedService.service_id == service_id)
            ).scalar()
            or 0
        )


def unique_group_code(matrix: ServiceMatrix, base: str) -> str:
    taken = {g.code.casefold() for g in matrix.groups}
    code, n = base, 1
    while code.casefold() in taken:
        n += 1
        code = f"{base}{n}"
    return code


# -- one account ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountServices:
    """Everything the account's services tab shows, read in one go."""

    account: Account
    matrix: ServiceMatrix
    chosen_group_id: str | None  # the group chosen for the account (None: by classification)
    received: tuple[ReceivedService, ...]
    check: AccountCheck

    @property
    def group(self) -> CustomerGroup | None:
        return self.check.group

    @property
    def source(self) -> GroupSource:
        return self.check.source

    def received_for(self, service_id: str) -> ReceivedService | None:
        return next((r for r in self.received if r.service_id == service_id), None)


def account_services(ws: Workspace, account_id: str) -> AccountServices:
    account = accounts.get(ws, account_id)
    with ws.read() as session:
        matrix = load_matrix_in(session)
        chosen, received = _account_choice_in(session, account_id)
    group, source = resolve_group(matrix, account.classification, chosen)
    return AccountServices(account, matrix, chosen, received, check_account(matrix, group, source, received))


def _account_choice_in(session: Session, account_id: str) -> tuple[str | None, tuple[ReceivedService, ...]]:
    """The customer group chosen for the account (None: by its classification) and the services
    it receives, in their order."""
    chosen = session.execute(
        select(t.AccountCustomerGroup.customer_group_id).where(t.AccountCustomerGroup.account_id == account_id)
    ).scalar()
    received = tuple(
        _received(r)
        for r in session.execute(
            select(t.ReceivedService.__table__)
            .where(t.ReceivedService.account_id == account_id)
            .order_by(t.ReceivedService.position, t.ReceivedService.id)
        )
    )
    return chosen, received


def _received(r: Any) -> ReceivedService:
    return ReceivedService(
        r.id,
        r.account_id,
        r.service_id,
        r.quantity,
        Frequency(r.frequency),
        r.unit_value,
        Billing(r.billing),
        r.note,
        r.position,
    )


def statement(ws: Workspace, account_id: str) -> ValueStatement:
    """The account's value statement for the customer (what the PDF plan shows)."""
    found = account_services(ws, account_id)
    return value_statement(found.account.name, found.check)


def plan_services_in(session: Session, account_id: str) -> ServicesReport | None:
    """The services part of the account's plan (``services.plan_report`` loader "services")."""
    from kamdesk.storage.tables import Account as AccountRow

    row = session.get(AccountRow, account_id)
    if row is None:
        return None
    matrix = load_matrix_in(session)
    chosen, received = _account_choice_in(session, account_id)
    classification = Classification(row.classification) if row.classification else None
    group, source = resolve_group(matrix, classification, chosen)
    report = services_report(row.name, check_account(matrix, group, source, received))
    return report if report else None


def set_account_group(ws: Workspace, account_id: str, group_id: str | None, expect: str | None) -> None:
    """Choose the account's customer group (None: follow the classification again)."""
    with ws.write() as tx:
        table = t.AccountCustomerGroup
        row = tx.session.execute(select(table).where(table.account_id == account_id)).scalar()
        if (row.customer_group_id if row else None) != expect:
            raise ConflictError(
                i18n.translate("ServiceMatrix", "The customer group was changed elsewhere in the meantime.")
            )
        if group_id is None:
            if row is not None:
                records.delete_row_in(tx, "account_customer_group", row.id)
        elif row is None:
            records.insert_row_in(
                tx, "account_customer_group", {"account_id": account_id, "customer_group_id": group_id}
            )
        else:
            records.set_fields_in(tx, "account_customer_group", row.id, {"customer_group_id": group_id})


def new_received_values(found: AccountServices, service_id: str, position: int) -> dict[str, Any]:
    """Values for recording that the account receives ``service_id``: once a year, billed as its
    group's entitlement says."""
    mode = found.matrix.mode(service_id, found.group.id) if found.group else ServiceMode.NOT_OFFERED
    return {
        "account_id": found.account.id,
        "service_id": service_id,
        "quantity": Decimal(1),
        "frequency": Frequency.YEAR.value,
        "billing": billing_for(mode).value,
        "position": position,
    }


# -- the whole matrix at once (imports and their undo) ---------------------------------------------


@dataclass(frozen=True)
class MatrixState:
    """Service fields and cells as a matrix import sets them (and as its undo puts them back)."""

    services: Mapping[str, Mapping[str, Any]]  # service id → SERVICE_FIELDS values
    cells: tuple[Cell, ...]


def state_of(matrix: ServiceMatrix, service_ids: Iterable[str], group_ids: Iterable[str]) -> MatrixState:
    wanted = set(service_ids)
    services = {s.id: {f: getattr(s, f) for f in SERVICE_FIELDS} for s in matrix.services if s.id in wanted}
    groups = list(group_ids)
    return MatrixState(services, tuple(cell_of(matrix, sid, gid) for sid in services for gid in groups))


def apply_state(ws: Workspace, state: MatrixState, expect: MatrixState | None = None) -> None:
    """Write ``state`` in one transaction (all of it or, on any error, nothing)."""
    with ws.write() as tx:
        for service_id, values in state.services.items():
            old = expect.services.get(service_id) if expect else None
            changed = {k: v for k, v in values.items() if old is None or old.get(k) != v}
            if changed:
                records.set_fields_in(tx, "service", service_id, changed, {k: old[k] for k in changed} if old else None)
        set_cells_in(tx, state.cells, expect.cells if expect else None)
