"""The service matrix (seed 001): which services each customer group gets, and on what terms.

A workspace-wide catalogue of services, customer groups as columns (Strategic Key Account,
Key Account, Smart Key Account and the ordinary A/B/C customers), and one *mode* per cell:
included free, included but shown as waived (the customer sees the value on a 0 € invoice),
charged, on request, or not offered. A missing cell means "not offered".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.domain.account import Classification, clean_text
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum

SERVICE_NAME_MAX = 200
CATEGORY_MAX = 100
UNIT_MAX = 50
GROUP_CODE_MAX = 20
GROUP_NAME_MAX = 100
TEXT_MAX = 5_000


class ServiceMode(LabelledEnum):
    """On what terms a customer group gets a service (one cell of the matrix)."""

    FREE = "free"
    WAIVED = "waived"
    CHARGED = "charged"
    ON_REQUEST = "on_request"
    NOT_OFFERED = "not_offered"

    @property
    def included(self) -> bool:
        """The group is entitled to it at no charge."""
        return self in (ServiceMode.FREE, ServiceMode.WAIVED)

    @property
    def short_label(self) -> str:
        return i18n.lookup("ServiceModeShort", _SHORT[self.value])

    @property
    def meaning(self) -> str:
        return i18n.lookup("ServiceModeMeaning", _MEANING[self.value])


ServiceMode._LABELS = {  # type: ignore[attr-defined]
    "free": QT_TRANSLATE_NOOP("ServiceMode", "Included free"),
    "waived": QT_TRANSLATE_NOOP("ServiceMode", "Included, shown as waived"),
    "charged": QT_TRANSLATE_NOOP("ServiceMode", "Charged"),
    "on_request": QT_TRANSLATE_NOOP("ServiceMode", "On request"),
    "not_offered": QT_TRANSLATE_NOOP("ServiceMode", "Not offered"),
}
_SHORT = {
    "free": QT_TRANSLATE_NOOP("ServiceModeShort", "free"),
    "waived": QT_TRANSLATE_NOOP("ServiceModeShort", "waived"),
    "charged": QT_TRANSLATE_NOOP("ServiceModeShort", "charged"),
    "on_request": QT_TRANSLATE_NOOP("ServiceModeShort", "on request"),
    "not_offered": QT_TRANSLATE_NOOP("ServiceModeShort", "not offered"),
}
_MEANING = {
    "free": QT_TRANSLATE_NOOP("ServiceModeMeaning", "Part of the package, not invoiced."),
    "waived": QT_TRANSLATE_NOOP(
        "ServiceModeMeaning", "Part of the package; invoiced at 0 € so the customer sees what it is worth."
    ),
    "charged": QT_TRANSLATE_NOOP("ServiceModeMeaning", "Available, invoiced at the price given (or the list value)."),
    "on_request": QT_TRANSLATE_NOOP("ServiceModeMeaning", "Only when the customer asks and we agree, case by case."),
    "not_offered": QT_TRANSLATE_NOOP("ServiceModeMeaning", "Not available to this group."),
}


@dataclass(frozen=True, slots=True)
class ModeLook:
    """How a mode is drawn, the same on screen, in Excel and in the PDF. Colour is never the only
    cue: each mode also has a glyph, a pattern and its words, so it survives a washed-out
    projector and a greyscale print (luminance steps: dark, hatched light, mid, dotted, blank)."""

    fill: str
    ink: str
    glyph: str
    pattern: str  # "solid" | "hatch" | "dots" | "none"


MODE_LOOK: dict[ServiceMode, ModeLook] = {
    ServiceMode.FREE: ModeLook("#1b6e3a", "#ffffff", "✓", "solid"),
    ServiceMode.WAIVED: ModeLook("#cfe9d6", "#0f3d20", "✓", "hatch"),
    ServiceMode.CHARGED: ModeLook("#e9b949", "#2e2100", "€", "solid"),
    ServiceMode.ON_REQUEST: ModeLook("#ffffff", "#2b3a55", "?", "dots"),
    ServiceMode.NOT_OFFERED: ModeLook("#f3f4f6", "#6b7280", "–", "none"),
}


class Frequency(LabelledEnum):
    """How often a received service is given; turns a quantity into a yearly figure."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    ONCE = "once"

    @property
    def per_year(self) -> int:
        return {"year": 1, "quarter": 4, "month": 12, "week": 52, "once": 1}[self.value]


Frequency._LABELS = {  # type: ignore[attr-defined]
    "year": QT_TRANSLATE_NOOP("Frequency", "a year"),
    "quarter": QT_TRANSLATE_NOOP("Frequency", "a quarter"),
    "month": QT_TRANSLATE_NOOP("Frequency", "a month"),
    "week": QT_TRANSLATE_NOOP("Frequency", "a week"),
    "once": QT_TRANSLATE_NOOP("Frequency", "one-off"),
}


class Billing(LabelledEnum):
    """How a service this account receives is actually billed."""

    FREE = "free"
    WAIVED = "waived"
    CHARGED = "charged"

    @property
    def given(self) -> bool:
        """The customer does not pay for it (free or waived)."""
        return self is not Billing.CHARGED


Billing._LABELS = {  # type: ignore[attr-defined]
    "free": QT_TRANSLATE_NOOP("Billing", "Free"),
    "waived": QT_TRANSLATE_NOOP("Billing", "Invoiced at 0 € (waived)"),
    "charged": QT_TRANSLATE_NOOP("Billing", "Charged"),
}


def billing_for(mode: ServiceMode) -> Billing:
    """How a service is billed by default when it is given as the group's entitlement says."""
    if mode is ServiceMode.WAIVED:
        return Billing.WAIVED
    if mode in (ServiceMode.FREE, ServiceMode.ON_REQUEST):
        return Billing.FREE
    return Billing.CHARGED


# -- the standard customer groups (every new workspace starts with them) ------------------------

#: (fixed id, short code, classification, English name, English description). The ids are fixed
#: so that every workspace has the same rows and bundles merge them instead of duplicating.
STANDARD_GROUPS: tuple[tuple[str, str, Classification | None, str, str], ...] = (
    (
        "5b1c3e0f7a8d4c2e9f60a1b2c3d4e5f6",
        "SKA",
        Classification.STRATEGIC,
        QT_TRANSLATE_NOOP("CustomerGroup", "Strategic Key Account"),
        QT_TRANSLATE_NOOP("CustomerGroup", "Develops products and solutions with us or shapes our future offering."),
    ),
    (
        "6c2d4f1a8b9e4d3fa071b2c3d4e5f607",
        "KA",
        Classification.KEY,
        QT_TRANSLATE_NOOP("CustomerGroup", "Key Account"),
        QT_TRANSLATE_NOOP("CustomerGroup", "Values what we add beyond the product; long-term partnership."),
    ),
    (
        "7d3e5a2b9caf4e4fb182c3d4e5f60718",
        "Smart KA",
        Classification.SMART,
        QT_TRANSLATE_NOOP("CustomerGroup", "Smart Key Account"),
        QT_TRANSLATE_NOOP("CustomerGroup", "Large volume bought on price and delivery, often by tender; lean service."),
    ),
    (
        "8e4f6b3cadb04f5fa293d4e5f6071829",
        "A",
        None,
        QT_TRANSLATE_NOOP("CustomerGroup", "A customers"),
        QT_TRANSLATE_NOOP("CustomerGroup", "Important regular customers that are not key accounts."),
    ),
    (
        "9f5a7c4dbec1405fb3a4e5f60718293a",
        "B",
        None,
        QT_TRANSLATE_NOOP("CustomerGroup", "B customers"),
        QT_TRANSLATE_NOOP("CustomerGroup", "Regular customers with medium revenue."),
    ),
    (
        "a06b8d5ecfd2416fc4b5f60718293a4b",
        "C",
        None,
        QT_TRANSLATE_NOOP("CustomerGroup", "C customers"),
        QT_TRANSLATE_NOOP("CustomerGroup", "Occasional and small customers."),
    ),
)
_STANDARD = {g[0]: g for g in STANDARD_GROUPS}


# -- what the screens and reports work with -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    name: str
    description: str = ""
    category: str = ""
    unit: str = ""
    list_price: Decimal | None = None  # what one unit is worth to the customer (shareable)
    internal_cost: Decimal | None = None  # what one unit costs us (internal)
    position: int = 0

    @property
    def cost_basis(self) -> Decimal | None:
        """What giving one unit away costs us: the internal cost, else its value."""
        return self.internal_cost if self.internal_cost is not None else self.list_price


@dataclass(frozen=True, slots=True)
class CustomerGroup:
    id: str
    code: str
    name: str = ""
    description: str = ""
    classification: Classification | None = None
    position: int = 0

    @property
    def standard(self) -> bool:
        return self.id in _STANDARD

    @property
    def display_name(self) -> str:
        """The name as set, else the standard group's name in the current language, else the code."""
        if self.name:
            return self.name
        if self.id in _STANDARD:
            return i18n.lookup("CustomerGroup", _STANDARD[self.id][3])
        return self.code

    @property
    def display_description(self) -> str:
        if self.description:
            return self.description
        if self.id in _STANDARD:
            return i18n.lookup("CustomerGroup", _STANDARD[self.id][4])
        return ""


@dataclass(frozen=True, slots=True)
class Entitlement:
    """One cell: on what terms ``group_id`` gets ``service_id``."""

    id: str
    service_id: str
    group_id: str
    mode: ServiceMode
    price: Decimal | None = None  # only with CHARGED; None = at the list value


@dataclass(frozen=True)
class ServiceMatrix:
    services: tuple[Service, ...]
    groups: tuple[CustomerGroup, ...]
    cells: dict[tuple[str, str], Entitlement] = field(default_factory=dict)

    def cell(self, service_id: str, group_id: str) -> Entitlement | None:
        return self.cells.get((service_id, group_id))

    def mode(self, service_id: str, group_id: str) -> ServiceMode:
        cell = self.cells.get((service_id, group_id))
        return cell.mode if cell else ServiceMode.NOT_OFFERED

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def group(self, group_id: str | None) -> CustomerGroup | None:
        return next((g for g in self.groups if g.id == group_id), None) if group_id else None

    def group_for_classification(self, classification: Classification | None) -> CustomerGroup | None:
        if classification is None:
            return None
        return next((g for g in self.groups if g.classification is classification), None)


class GroupSource(LabelledEnum):
    """Why an account belongs to its customer group."""

    CLASSIFICATION = "classification"
    CHOSEN = "chosen"
    NONE = "none"


GroupSource._LABELS = {  # type: ignore[attr-defined]
    "classification": QT_TRANSLATE_NOOP("GroupSource", "from the classification"),
    "chosen": QT_TRANSLATE_NOOP("GroupSource", "chosen for this account"),
    "none": QT_TRANSLATE_NOOP("GroupSource", "no customer group"),
}


def resolve_group(
    matrix: ServiceMatrix, classification: Classification | None, chosen_group_id: str | None
) -> tuple[CustomerGroup | None, GroupSource]:
    """The account's customer group: the one chosen for it, else the group linked to its
    classification, else none."""
    chosen = matrix.group(chosen_group_id)
    if chosen is not None:
        return chosen, GroupSource.CHOSEN
    linked = matrix.group_for_classification(classification)
    if linked is not None:
        return linked, GroupSource.CLASSIFICATION
    return None, GroupSource.NONE


# -- cleaning what users type -------------------------------------------------------------------


def clean_required(value: object, label: str, limit: int) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise InputError(i18n.translate("ServiceMatrix", "%1 must not be empty.").replace("%1", label))
    return clean_text(text, label, limit)
