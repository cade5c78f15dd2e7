"""Listing prerequisites (seed 000): what must be in place before the account can order from us.

Product release/approval, a supplier number, a framework agreement (with or without agreed
prices, valid from/to) and our presence in each of the customer's ordering systems. Each item has
a status, a date and a note; together they say whether the account can order *today* and, if
not, exactly what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kamdesk.domain import i18n
from kamdesk.domain.dates import format_date
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum

#: a framework agreement ending within this many days is flagged
EXPIRY_WARNING_DAYS = 60


class ListingKind(LabelledEnum):
    RELEASE = "release"
    SUPPLIER_NUMBER = "supplier_number"
    FRAMEWORK = "framework"
    ORDERING_SYSTEM = "ordering_system"


ListingKind._LABELS = {  # type: ignore[attr-defined]
    "release": QT_TRANSLATE_NOOP("ListingKind", "Product release / approval"),
    "supplier_number": QT_TRANSLATE_NOOP("ListingKind", "Supplier number"),
    "framework": QT_TRANSLATE_NOOP("ListingKind", "Framework agreement"),
    "ordering_system": QT_TRANSLATE_NOOP("ListingKind", "Ordering system"),
}


class ListingStatus(LabelledEnum):
    MISSING = "missing"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_REQUIRED = "not_required"


ListingStatus._LABELS = {  # type: ignore[attr-defined]
    "missing": QT_TRANSLATE_NOOP("ListingStatus", "Missing"),
    "in_progress": QT_TRANSLATE_NOOP("ListingStatus", "In progress"),
    "done": QT_TRANSLATE_NOOP("ListingStatus", "In place"),
    "not_required": QT_TRANSLATE_NOOP("ListingStatus", "Not required"),
}


class OrderingChannel(LabelledEnum):
    """How our products reach the customer's e-procurement system."""

    HOSTED = "hosted"
    OCI = "oci"
    CXML = "cxml"
    OTHER = "other"


OrderingChannel._LABELS = {  # type: ignore[attr-defined]
    "hosted": QT_TRANSLATE_NOOP("OrderingChannel", "Hosted catalogue"),
    "oci": QT_TRANSLATE_NOOP("OrderingChannel", "Punch-out (OCI)"),
    "cxml": QT_TRANSLATE_NOOP("OrderingChannel", "Punch-out (cXML)"),
    "other": QT_TRANSLATE_NOOP("OrderingChannel", "Other (EDI, e-mail …)"),
}


@dataclass(frozen=True, slots=True)
class ListingItem:
    id: str
    kind: ListingKind
    title: str = ""  # what exactly: product group released, system name …
    reference: str = ""  # the supplier number, the contract number …
    status: ListingStatus = ListingStatus.MISSING
    status_on: date | None = None  # when the status was reached or last changed
    note: str = ""
    with_prices: bool | None = None  # framework agreement: prices agreed?
    valid_from: date | None = None
    valid_to: date | None = None
    channel: OrderingChannel | None = None  # ordering system
    position: int = 0

    def display_name(self) -> str:
        """E.g. "SAP Ariba · Punch-out (cXML)", "Framework agreement (RV-2024-017)"."""
        if self.kind is ListingKind.ORDERING_SYSTEM:
            name = self.title or self.kind.label
            return f"{name} · {self.channel.label}" if self.channel else name
        if self.kind is ListingKind.SUPPLIER_NUMBER:
            return f"{self.kind.label} {self.reference}" if self.reference else self.kind.label
        return f"{self.kind.label} ({self.title})" if self.title else self.kind.label


@dataclass(frozen=True, slots=True)
class Finding:
    item_id: str | None
    text: str
    blocking: bool
    short: str = ""  # a few words, for tight spaces


@dataclass(frozen=True, slots=True)
class Readiness:
    """Whether the account can order today, and why (not)."""

    recorded: bool  # anything recorded at all
    missing: tuple[Finding, ...]  # what keeps the account from ordering
    warnings: tuple[Finding, ...]  # in place, but watch it (e.g. an agreement that ends soon)

    @property
    def ready(self) -> bool:
        return self.recorded and not self.missing

    def summary(self) -> str:
        if not self.recorded:
            return i18n.translate("Listing", "Not assessed: no listing prerequisites recorded yet.")
        if self.ready:
            return i18n.translate("Listing", "Ready to order: every prerequisite is in place.")
        count = len(self.missing)  # (no nested calls in the arguments: lupdate 6.11 then misses the string)
        return i18n.plural(
            count,
            i18n.translate("Listing", "Cannot order yet — %n prerequisite missing."),
            i18n.translate("Listing", "Cannot order yet — %n prerequisites missing."),
        )


#: the kinds every account needs (or has to mark as "not required")
REQUIRED_KINDS = (ListingKind.RELEASE, ListingKind.SUPPLIER_NUMBER, ListingKind.FRAMEWORK, ListingKind.ORDERING_SYSTEM)


def in_order(items: Iterable[ListingItem]) -> list[ListingItem]:
    """By kind (release, supplier number, agreement, systems), then position."""
    return sorted(items, key=lambda i: (REQUIRED_KINDS.index(i.kind), i.position))


def readiness(items: Iterable[ListingItem], today: date) -> Readiness:
    items = in_order(items)
    if not items:
        return Readiness(False, (), ())
    missing: list[Finding] = []
    warnings: list[Finding] = []
    present = {i.kind for i in items}
    for kind in REQUIRED_KINDS:
        if kind not in present:
            missing.append(
                Finding(None, i18n.translate("Listing", "%1: not recorded.").replace("%1", kind.label), True)
            )
    for item in items:
        for finding in _check(item, today):
            (missing if finding.blocking else warnings).append(finding)
    return Readiness(True, tuple(missing), tuple(warnings))


def _check(item: ListingItem, today: date) -> list[Finding]:
    if item.status is ListingStatus.NOT_REQUIRED:
        return []
    if item.status is ListingStatus.DONE and not _needs_a_look(item, today):
        return []  # the common case, decided without building any text
    name = item.display_name()
    if item.status is ListingStatus.MISSING:
        return [Finding(item.id, i18n.translate("Listing", "%1: missing.").replace("%1", name), True)]
    if item.status is ListingStatus.IN_PROGRESS:
        text = (
            i18n.translate("Listing", "%1: in progress since %2.").replace("%2", format_date(item.status_on))
            if item.status_on
            else i18n.translate("Listing", "%1: in progress.")
        )
        return [Finding(item.id, text.replace("%1", name), True)]
    found: list[Finding] = []
    if item.kind is ListingKind.SUPPLIER_NUMBER and not item.reference:
        found.append(
            Finding(
                item.id,
                i18n.translate("Listing", "%1: in place, but the number is not entered.").replace("%1", name),
                False,
                i18n.translate("Listing", "Supplier number not entered"),
            )
        )
    if item.kind is ListingKind.FRAMEWORK:
        if item.valid_from and item.valid_from > today:
            found.append(
                Finding(
                    item.id,
                    i18n.translate("Listing", "%1: valid only from %2.")
                    .replace("%1", name)
                    .replace("%2", format_date(item.valid_from)),
                    True,
                )
            )
        if item.valid_to and item.valid_to < today:
            found.append(
                Finding(
                    item.id,
                    i18n.translate("Listing", "%1: expired on %2.")
                    .replace("%1", name)
                    .replace("%2", format_date(item.valid_to)),
                    True,
                )
            )
        elif item.valid_to and (item.valid_to - today).days <= EXPIRY_WARNING_DAYS:
            days = (item.valid_to - today).days
            found.append(
                Finding(
                    item.id,
                    i18n.plural(
                        days,
                        i18n.translate("Listing", "%1: expires on %2 (in %n day) — renegotiate now."),
                        i18n.translate("Listing", "%1: expires on %2 (in %n days) — renegotiate now."),
                    )
                    .replace("%1", name)
                    .replace("%2", format_date(item.valid_to)),
                    False,
                    i18n.plural(
                        days,
                        i18n.translate("Listing", "Agreement ends in %n day"),
                        i18n.translate("Listing", "Agreement ends in %n days"),
                    ),
                )
            )
    return found


def _needs_a_look(item: ListingItem, today: date) -> bool:
    if item.kind is ListingKind.SUPPLIER_NUMBER:
        return not item.reference
    if item.kind is ListingKind.FRAMEWORK:
        return bool(
            (item.valid_from and item.valid_from > today)
            or (item.valid_to and (item.valid_to - today).days <= EXPIRY_WARNING_DAYS)
        )
    return False


def expiry_state(item: ListingItem, today: date) -> str:
    """ "expired", "expiring" or "" for a framework agreement's validity (for colouring)."""
    if item.kind is not ListingKind.FRAMEWORK or item.valid_to is None or item.status is ListingStatus.NOT_REQUIRED:
        return ""
    if item.valid_to < today:
        return "expired"
    if (item.valid_to - today).days <= EXPIRY_WARNING_DAYS:
        return "expiring"
    return ""
