"""What an account actually receives, checked against its customer group's entitlement.

Two things are worth a conversation (seed 001: "the loudest customer gets the most"): services
given *beyond* the entitlement (free although the group pays for it, or not offered to the
group at all) with what that costs us, and services the group is entitled to that the account
does not use. Both findings are internal; only the value statement goes to the customer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.money import quantize
from kamdesk.domain.service_matrix import (
    Billing,
    CustomerGroup,
    Frequency,
    GroupSource,
    Service,
    ServiceMatrix,
    ServiceMode,
)


@dataclass(frozen=True, slots=True)
class ReceivedService:
    """A service the account actually gets: how many, how often, at what value, billed how."""

    id: str
    account_id: str
    service_id: str
    quantity: Decimal = Decimal(1)
    frequency: Frequency = Frequency.YEAR
    unit_value: Decimal | None = None  # None: the catalogue's list value
    billing: Billing = Billing.FREE
    note: str = ""
    position: int = 0

    @property
    def yearly_quantity(self) -> Decimal:
        return self.quantity * self.frequency.per_year


class CheckStatus(LabelledEnum):
    WITHIN = "within"  # given as the entitlement says
    BEYOND = "beyond"  # given although the group is not entitled to it at no charge
    CHARGED_INCLUDED = "charged_included"  # charged although the group gets it included
    UNCHECKED = "unchecked"  # the account has no customer group
    UNUSED = "unused"  # entitled to it, not used


CheckStatus._LABELS = {  # type: ignore[attr-defined]
    "within": QT_TRANSLATE_NOOP("CheckStatus", "As entitled"),
    "beyond": QT_TRANSLATE_NOOP("CheckStatus", "Beyond entitlement"),
    "charged_included": QT_TRANSLATE_NOOP("CheckStatus", "Charged, although included"),
    "unchecked": QT_TRANSLATE_NOOP("CheckStatus", "No customer group to check against"),
    "unused": QT_TRANSLATE_NOOP("CheckStatus", "Entitled, not used"),
}


@dataclass(frozen=True, slots=True)
class CheckLine:
    service: Service
    received: ReceivedService | None
    mode: ServiceMode  # the group's entitlement (NOT_OFFERED without a group)
    status: CheckStatus
    unit_value: Decimal | None = None  # value of one unit (the account's, else the list value)
    yearly_value: Decimal | None = None  # yearly quantity × unit value
    yearly_cost: Decimal | None = None  # only for BEYOND: what giving it away costs us a year

    @property
    def flagged(self) -> bool:
        return self.status in (CheckStatus.BEYOND, CheckStatus.UNUSED, CheckStatus.CHARGED_INCLUDED)


@dataclass(frozen=True)
class AccountCheck:
    group: CustomerGroup | None
    source: GroupSource
    lines: tuple[CheckLine, ...]  # one per received service, in the account's order
    unused: tuple[CheckLine, ...]  # included for the group, not received, in catalogue order

    @property
    def given_value(self) -> Decimal:
        """What the services given at no charge are worth a year."""
        return sum(
            (ln.yearly_value for ln in self.lines if ln.received and ln.received.billing.given and ln.yearly_value),
            Decimal(0),
        )

    @property
    def beyond(self) -> tuple[CheckLine, ...]:
        return tuple(ln for ln in self.lines if ln.status is CheckStatus.BEYOND)

    @property
    def beyond_cost(self) -> Decimal:
        return sum((ln.yearly_cost for ln in self.beyond if ln.yearly_cost), Decimal(0))


def check_account(
    matrix: ServiceMatrix,
    group: CustomerGroup | None,
    source: GroupSource,
    received: list[ReceivedService] | tuple[ReceivedService, ...],
) -> AccountCheck:
    """Compare what the account receives with what ``group`` is entitled to."""
    lines = []
    for item in received:
        service = matrix.service(item.service_id)
        if service is None:
            continue
        mode = matrix.mode(service.id, group.id) if group else ServiceMode.NOT_OFFERED
        lines.append(_line(service, item, mode, group is not None))
    received_ids = {r.service_id for r in received}
    unused = tuple(
        CheckLine(service, None, matrix.mode(service.id, group.id), CheckStatus.UNUSED, service.list_price)
        for service in matrix.services
        if group is not None and service.id not in received_ids and matrix.mode(service.id, group.id).included
    )
    return AccountCheck(group, source, tuple(lines), unused)


def _line(service: Service, item: ReceivedService, mode: ServiceMode, grouped: bool) -> CheckLine:
    unit_value = item.unit_value if item.unit_value is not None else service.list_price
    yearly_value = quantize(item.yearly_quantity * unit_value) if unit_value is not None else None
    if not grouped:
        status = CheckStatus.UNCHECKED
    elif item.billing.given and mode in (ServiceMode.CHARGED, ServiceMode.NOT_OFFERED):
        status = CheckStatus.BEYOND
    elif not item.billing.given and mode.included:
        status = CheckStatus.CHARGED_INCLUDED
    else:
        status = CheckStatus.WITHIN
    cost = None
    if status is CheckStatus.BEYOND:
        basis = service.internal_cost if service.internal_cost is not None else unit_value
        cost = quantize(item.yearly_quantity * basis) if basis is not None else None
    return CheckLine(service, item, mode, status, unit_value, yearly_value, cost)
