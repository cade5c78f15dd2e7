"""The procurement map: how a customer's order travels from need to delivery (seed 000).

A map has lanes (the roles that take part), nodes (start, step, decision, approval, system,
order, end) with stored positions, and edges between them. Everything here is plain data
without Qt or SQLAlchemy: the editor, the path evaluation, the checks, the PDF and BPMN all work
on these snapshots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from kamdesk.domain import i18n, money
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum

NAME_MAX = 200
LABEL_MAX = 200
AMOUNT_MAX = Decimal("1000000000")


class NodeKind(LabelledEnum):
    START = "start"
    STEP = "step"
    DECISION = "decision"
    APPROVAL = "approval"
    SYSTEM = "system"
    ORDER = "order"
    END = "end"


NodeKind._LABELS = {  # type: ignore[attr-defined]
    "start": QT_TRANSLATE_NOOP("NodeKind", "Start: need arises"),
    "step": QT_TRANSLATE_NOOP("NodeKind", "Step"),
    "decision": QT_TRANSLATE_NOOP("NodeKind", "Decision"),
    "approval": QT_TRANSLATE_NOOP("NodeKind", "Approval"),
    "system": QT_TRANSLATE_NOOP("NodeKind", "System / catalogue"),
    "order": QT_TRANSLATE_NOOP("NodeKind", "Order"),
    "end": QT_TRANSLATE_NOOP("NodeKind", "End"),
}


_SHORT = {
    "start": QT_TRANSLATE_NOOP("NodeKind", "Start"),
    "system": QT_TRANSLATE_NOOP("NodeKind", "System"),
}


def short_label(kind: NodeKind) -> str:
    """The kind's name where space is short (the palette)."""
    return i18n.lookup("NodeKind", _SHORT[kind.value]) if kind.value in _SHORT else kind.label


class LaneRole(LabelledEnum):
    """The part a lane plays in buying; the key questions read it (e.g. who is the requester)."""

    REQUESTER = "requester"
    COST_CENTRE_MANAGER = "cost_centre_manager"
    CENTRAL_PURCHASING = "central_purchasing"
    APPROVER = "approver"
    MANAGEMENT = "management"
    SYSTEM = "system"
    SUPPLIER = "supplier"
    OTHER = "other"


LaneRole._LABELS = {  # type: ignore[attr-defined]
    "requester": QT_TRANSLATE_NOOP("LaneRole", "Requester"),
    "cost_centre_manager": QT_TRANSLATE_NOOP("LaneRole", "Cost-centre manager"),
    "central_purchasing": QT_TRANSLATE_NOOP("LaneRole", "Central purchasing"),
    "approver": QT_TRANSLATE_NOOP("LaneRole", "Approver"),
    "management": QT_TRANSLATE_NOOP("LaneRole", "Management"),
    "system": QT_TRANSLATE_NOOP("LaneRole", "System"),
    "supplier": QT_TRANSLATE_NOOP("LaneRole", "Supplier"),
    "other": QT_TRANSLATE_NOOP("LaneRole", "Other"),
}


class ConditionKind(LabelledEnum):
    """What a decision asks about the order."""

    AMOUNT = "amount"
    CATALOGUE = "catalogue"
    FREE_CHOICE = "free_choice"
    QUESTION = "question"


ConditionKind._LABELS = {  # type: ignore[attr-defined]
    "amount": QT_TRANSLATE_NOOP("ConditionKind", "Order value"),
    "catalogue": QT_TRANSLATE_NOOP("ConditionKind", "Item is in the catalogue"),
    "free_choice": QT_TRANSLATE_NOOP("ConditionKind", "Requester may choose the supplier"),
    "question": QT_TRANSLATE_NOOP("ConditionKind", "Other question (answered per order)"),
}


class Comparison(LabelledEnum):
    LT = "lt"
    LE = "le"
    GT = "gt"
    GE = "ge"


Comparison._LABELS = {  # type: ignore[attr-defined]
    "lt": QT_TRANSLATE_NOOP("Comparison", "below"),
    "le": QT_TRANSLATE_NOOP("Comparison", "up to"),
    "gt": QT_TRANSLATE_NOOP("Comparison", "above"),
    "ge": QT_TRANSLATE_NOOP("Comparison", "from"),
}

SYMBOLS = {Comparison.LT: "<", Comparison.LE: "≤", Comparison.GT: ">", Comparison.GE: "≥"}
NEGATION = {
    Comparison.LT: Comparison.GE,
    Comparison.LE: Comparison.GT,
    Comparison.GT: Comparison.LE,
    Comparison.GE: Comparison.LT,
}


class Branch(LabelledEnum):
    """Which answer of a decision (or outcome of an approval) an edge stands for."""

    YES = "yes"
    NO = "no"


Branch._LABELS = {  # type: ignore[attr-defined]
    "yes": QT_TRANSLATE_NOOP("Branch", "yes"),
    "no": QT_TRANSLATE_NOOP("Branch", "no"),
}


class Selection(LabelledEnum):
    """How the product or supplier is chosen at a node (seed 000's last two questions)."""

    PRESELECTED = "preselected"
    FREE = "free"
    TOP_OF_LIST = "top_of_list"
    CHEAPEST = "cheapest"
    BRAND = "brand"


Selection._LABELS = {  # type: ignore[attr-defined]
    "preselected": QT_TRANSLATE_NOOP("Selection", "Can only tick the pre-selected item"),
    "free": QT_TRANSLATE_NOOP("Selection", "Chooses freely"),
    "top_of_list": QT_TRANSLATE_NOOP("Selection", "Chooses freely: top of the list"),
    "cheapest": QT_TRANSLATE_NOOP("Selection", "Chooses freely: the cheapest"),
    "brand": QT_TRANSLATE_NOOP("Selection", "Chooses freely: a deliberate brand"),
}

#: selections where the person in this lane makes the choice themselves
CHOOSING = frozenset({Selection.FREE, Selection.TOP_OF_LIST, Selection.CHEAPEST, Selection.BRAND})


class RequesterChoice(LabelledEnum):
    """Answer to "may the requester choose supplier or brand?"."""

    YES = "yes"
    NO = "no"
    PARTLY = "partly"


RequesterChoice._LABELS = {  # type: ignore[attr-defined]
    "yes": QT_TRANSLATE_NOOP("RequesterChoice", "Yes, freely"),
    "no": QT_TRANSLATE_NOOP("RequesterChoice", "No, only the pre-selected item"),
    "partly": QT_TRANSLATE_NOOP("RequesterChoice", "Partly (depends on the item or path)"),
}


class ChoiceBasis(LabelledEnum):
    """Answer to "how is the choice made?"."""

    TOP_OF_LIST = "top_of_list"
    CHEAPEST = "cheapest"
    BRAND = "brand"
    NO_CHOICE = "no_choice"


ChoiceBasis._LABELS = {  # type: ignore[attr-defined]
    "top_of_list": QT_TRANSLATE_NOOP("ChoiceBasis", "Whatever is at the top of the list"),
    "cheapest": QT_TRANSLATE_NOOP("ChoiceBasis", "The cheapest offer"),
    "brand": QT_TRANSLATE_NOOP("ChoiceBasis", "A deliberately chosen brand"),
    "no_choice": QT_TRANSLATE_NOOP("ChoiceBasis", "No choice: the item is pre-selected"),
}

SELECTION_BASIS = {
    Selection.TOP_OF_LIST: ChoiceBasis.TOP_OF_LIST,
    Selection.CHEAPEST: ChoiceBasis.CHEAPEST,
    Selection.BRAND: ChoiceBasis.BRAND,
    Selection.PRESELECTED: ChoiceBasis.NO_CHOICE,
}


@dataclass(frozen=True, slots=True)
class Lane:
    ENTITY: ClassVar[str] = "procurement_lane"  # the stored entity (sensitivity policy, redaction)

    id: str
    name: str
    role: LaneRole = LaneRole.OTHER
    position: int = 0
    size: float = 160.0  # the band's height


@dataclass(frozen=True, slots=True)
class Condition:
    """A decision's question about the order; ``yes`` edges are taken when it holds."""

    kind: ConditionKind
    comparison: Comparison = Comparison.LT
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Node:
    """One box of the flowchart. ``x``/``y`` is its centre in diagram units (y grows downwards).

    ``role_holder`` names the person who holds the role as text; ``contact_id`` links it to a
    contact of the relationship board (picking one copies its name, so the text survives the
    contact being deleted).
    """

    ENTITY: ClassVar[str] = "procurement_node"  # the stored entity (sensitivity policy, redaction)

    id: str
    kind: NodeKind
    label: str = ""
    x: float = 0.0
    y: float = 0.0
    lane_id: str | None = None
    role_holder: str = ""
    condition: Condition | None = None
    approver_role: str = ""
    approval_limit: Decimal | None = None
    selection: Selection | None = None
    notes: str = ""
    contact_id: str | None = None


@dataclass(frozen=True, slots=True)
class Edge:
    ENTITY: ClassVar[str] = "procurement_edge"  # the stored entity (sensitivity policy, redaction)

    id: str
    source_id: str
    target_id: str
    label: str = ""
    branch: Branch | None = None


@dataclass(frozen=True, slots=True)
class KeyAnswers:
    """Answers the KAM stored for the key questions the map itself does not answer."""

    final_decider: str = ""
    approval_limits: str = ""
    requester_chooses: RequesterChoice | None = None
    choice_basis: ChoiceBasis | None = None


@dataclass(frozen=True, slots=True)
class ProcurementMap:
    ENTITY: ClassVar[str] = "procurement_map"  # the stored entity (sensitivity policy, redaction)

    id: str
    name: str
    account_id: str = ""
    position: int = 0
    notes: str = ""
    answers: KeyAnswers = field(default_factory=KeyAnswers)
    lanes: tuple[Lane, ...] = ()
    nodes: tuple[Node, ...] = ()
    edges: tuple[Edge, ...] = ()

    def node(self, node_id: str) -> Node | None:
        found = _by(self.nodes, "id").get(node_id)
        return found[0] if found else None

    def lane(self, lane_id: str | None) -> Lane | None:
        return next((la for la in self.lanes if la.id == lane_id), None) if lane_id else None

    def outgoing(self, node_id: str) -> list[Edge]:
        return list(_by(self.edges, "source_id").get(node_id, ()))

    def incoming(self, node_id: str) -> list[Edge]:
        return list(_by(self.edges, "target_id").get(node_id, ()))

    def sorted_lanes(self) -> list[Lane]:
        return sorted(self.lanes, key=lambda la: (la.position, la.id))


#: the maps' nodes and edges grouped by a field, for the snapshots last asked (a path walk asks
#: thousands of times): (id of the tuple, field) → (the tuple, its groups)
_GROUPS: dict[tuple[int, str], tuple[tuple[Any, ...], dict[str, list[Any]]]] = {}


def _by(items: tuple[Any, ...], field: str) -> dict[str, list[Any]]:
    """``items`` grouped by ``field``, once per tuple (a map's nodes and edges never change)."""
    key = (id(items), field)
    found = _GROUPS.get(key)
    if found is not None and found[0] is items:
        return found[1]
    groups: dict[str, list[Any]] = {}
    for item in items:
        groups.setdefault(getattr(item, field), []).append(item)
    if type(items) is tuple:  # a list could still change
        if len(_GROUPS) >= 64:
            _GROUPS.clear()
        _GROUPS[key] = (items, groups)
    return groups


@dataclass(frozen=True, slots=True)
class MapSummary:
    id: str
    name: str
    position: int
    node_count: int


# -- texts -----------------------------------------------------------------------------------


def format_amount(amount: Decimal | float | int, lang: str | None = None) -> str:
    """``5000`` → "€5,000" (English) or "5.000 €" (German); cents only when there are any."""
    value = Decimal(str(amount))
    return money.format_money(value, lang, whole=value == value.to_integral_value())


def parse_amount(text: str) -> Decimal | None:
    """A user's amount ("250", "5.000", "5,000 €", "1.234,50") → Decimal; "" → None."""
    cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "").strip()
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = cleaned.replace(",", "") if len(tail) == 3 else f"{head.replace(',', '')}.{tail}"
    elif cleaned.count(".") == 1 and len(cleaned.rpartition(".")[2]) == 3:
        cleaned = cleaned.replace(".", "")
    else:
        cleaned = cleaned.replace(".", "", max(cleaned.count(".") - 1, 0))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InputError(
            i18n.translate("Procurement", "'%1' is not an amount (e.g. 250 or 5.000).").replace("%1", text)
        ) from None
    if not value.is_finite() or value < 0 or value > AMOUNT_MAX:
        raise InputError(
            i18n.translate("Procurement", "'%1' is not an amount between 0 and 1,000,000,000.").replace("%1", text)
        )
    return value


def condition_text(condition: Condition | None) -> str:
    """The condition as a short question, e.g. "Order value < 250 €?"."""
    if condition is None:
        return ""
    if condition.kind is ConditionKind.AMOUNT:
        amount = format_amount(condition.amount) if condition.amount is not None else "…"
        return (
            i18n.translate("Procurement", "Order value %1 %2?")
            .replace("%1", SYMBOLS[condition.comparison])
            .replace("%2", amount)
        )
    if condition.kind is ConditionKind.CATALOGUE:
        return i18n.translate("Procurement", "Item in the catalogue?")
    if condition.kind is ConditionKind.FREE_CHOICE:
        return i18n.translate("Procurement", "May the requester choose the supplier?")
    return ""


def branch_text(edge: Edge, source: Node | None) -> str:
    """What an edge shows: its own label, else what its branch means for the source node."""
    if edge.label:
        return edge.label
    if edge.branch is None or source is None:
        return ""
    condition = source.condition
    amount = condition.amount if condition and condition.kind is ConditionKind.AMOUNT else None
    if source.kind is NodeKind.DECISION and condition and amount is not None:
        comparison = condition.comparison if edge.branch is Branch.YES else NEGATION[condition.comparison]
        return f"{SYMBOLS[comparison]} {format_amount(amount)}"
    if source.kind is NodeKind.APPROVAL:
        return (
            i18n.translate("Procurement", "approved")
            if edge.branch is Branch.YES
            else i18n.translate("Procurement", "rejected")
        )
    return edge.branch.label


def node_caption(node: Node) -> str:
    """The text inside a node: its label, or what it stands for when it has none."""
    if node.label:
        return node.label
    if node.kind is NodeKind.DECISION:
        return condition_text(node.condition) or node.kind.label
    return node.kind.label


def lane_title(lane: Lane) -> str:
    return lane.name or lane.role.label


def holds(condition: Comparison, amount: Decimal, threshold: Decimal) -> bool:
    if condition is Comparison.LT:
        return amount < threshold
    if condition is Comparison.LE:
        return amount <= threshold
    if condition is Comparison.GT:
        return amount > threshold
    return amount >= threshold
