"""The value statement: what the customer receives from us and what it is worth a year.

"Nice that I am your key account — but what do I get?" (seed 001). This is the answer, fit to
hand to the customer: it holds only shareable facts (service names and descriptions, quantities,
values, how each is provided) and never the internal cost, the entitlement findings or the
customer group's label. The PDF plan and the screens render it; ``as_text`` gives a plain copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from kamdesk.domain import i18n
from kamdesk.domain.money import format_money, format_number
from kamdesk.domain.service_check import AccountCheck
from kamdesk.domain.service_matrix import Billing, CustomerGroup, Frequency, GroupSource, ServiceMode


@dataclass(frozen=True, slots=True)
class ValueLine:
    service: str
    description: str
    category: str
    quantity: Decimal
    frequency: Frequency
    unit: str
    unit_value: Decimal | None
    yearly_value: Decimal | None
    billing: Billing

    def quantity_text(self, lang: str | None = None) -> str:
        """``4 × express delivery a year``, ``1 × workshop, one-off``, ``12 × a month``."""
        with i18n.using(lang or i18n.language()):
            number = format_number(self.quantity, lang)
            what = f"{number} × {self.unit}" if self.unit else f"{number} ×"
            joiner = ", " if self.unit and self.frequency is Frequency.ONCE else " "
            return f"{what}{joiner}{self.frequency.label}"

    def provision_text(self, lang: str | None = None) -> str:
        with i18n.using(lang or i18n.language()):
            return {
                Billing.FREE: i18n.translate("ValueStatement", "included"),
                Billing.WAIVED: i18n.translate("ValueStatement", "included, invoiced at %1").replace(
                    "%1", format_money(0, lang, whole=True)
                ),
                Billing.CHARGED: i18n.translate("ValueStatement", "invoiced as agreed"),
            }[self.billing]


@dataclass(frozen=True, slots=True)
class AvailableService:
    """A service in the customer's package that they have not used yet."""

    service: str
    description: str
    unit: str
    unit_value: Decimal | None


@dataclass(frozen=True)
class ValueStatement:
    account: str
    given: tuple[ValueLine, ...]  # free or waived: what the customer receives at no charge
    charged: tuple[ValueLine, ...]  # received and paid for
    available: tuple[AvailableService, ...]  # in their package, not used yet

    @property
    def total(self) -> Decimal:
        """What the services given at no charge are worth a year."""
        return sum((ln.yearly_value for ln in self.given if ln.yearly_value is not None), Decimal(0))

    @property
    def empty(self) -> bool:
        return not (self.given or self.charged or self.available)

    def as_text(self, lang: str | None = None) -> str:
        """The statement as plain text (for e-mail or a note), in ``lang``."""
        lang = lang or i18n.language()
        with i18n.using(lang):
            out = [i18n.translate("ValueStatement", "Services for %1").replace("%1", self.account), ""]
            if self.given:
                out.append(i18n.translate("ValueStatement", "What you receive from us at no charge:"))
                for line in self.given:
                    value = format_money(line.yearly_value, lang) if line.yearly_value is not None else "—"
                    out.append(
                        f"  • {line.service}: {line.quantity_text(lang)} ({line.provision_text(lang)}) — {value}"
                    )
                out.append(
                    i18n.translate("ValueStatement", "Worth a year: %1").replace(
                        "%1", format_money(self.total, lang, whole=True)
                    )
                )
                out.append("")
            if self.charged:
                out.append(i18n.translate("ValueStatement", "Further services you use:"))
                out.extend(f"  • {line.service}: {line.quantity_text(lang)}" for line in self.charged)
                out.append("")
            if self.available:
                out.append(i18n.translate("ValueStatement", "Also included for you, not used yet:"))
                out.extend(f"  • {a.service}" for a in self.available)
                out.append("")
            if self.empty:
                out.append(i18n.translate("ValueStatement", "No services recorded yet."))
        return "\n".join(out).rstrip() + "\n"


def value_statement(account: str, check: AccountCheck) -> ValueStatement:
    """The customer's value statement, built from the check of what the account receives."""
    given, charged = [], []
    for line in check.lines:
        item = line.received
        assert item is not None
        value_line = ValueLine(
            service=line.service.name,
            description=line.service.description,
            category=line.service.category,
            quantity=item.quantity,
            frequency=item.frequency,
            unit=line.service.unit,
            unit_value=line.unit_value,
            yearly_value=line.yearly_value,
            billing=item.billing,
        )
        (given if item.billing.given else charged).append(value_line)
    available = tuple(
        AvailableService(ln.service.name, ln.service.description, ln.service.unit, ln.service.list_price)
        for ln in check.unused
    )
    return ValueStatement(account, tuple(given), tuple(charged), available)


# -- for the plan: the statement (shareable) and the check's findings (internal, dropped whole) ----


@dataclass(frozen=True, slots=True)
class Finding:
    service: str
    mode: ServiceMode  # the group's entitlement
    yearly_cost: Decimal | None = None


@dataclass(frozen=True)
class ServiceFindings:
    """The entitlement check in short: internal as a whole (the customer edition drops it)."""

    ENTITY: ClassVar[str] = "service_check"

    group: CustomerGroup | None
    source: GroupSource
    beyond: tuple[Finding, ...] = ()
    beyond_cost: Decimal = Decimal(0)
    unused: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class ServicesReport:
    """What the plan prints about services: the value statement and, internally, the findings."""

    statement: ValueStatement
    findings: ServiceFindings | None = None

    def __bool__(self) -> bool:
        return not self.statement.empty or bool(self.findings and (self.findings.beyond or self.findings.unused))


def services_report(account: str, check: AccountCheck) -> ServicesReport:
    findings = ServiceFindings(
        group=check.group,
        source=check.source,
        beyond=tuple(Finding(ln.service.name, ln.mode, ln.yearly_cost) for ln in check.beyond),
        beyond_cost=check.beyond_cost,
        unused=tuple(Finding(ln.service.name, ln.mode) for ln in check.unused),
    )
    return ServicesReport(value_statement(account, check), findings)
