"""Templates for the two situations of seed 000, to start a map from, and the drafting helper
that builds them (the demo data uses it too)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.procurement import layout
from kamdesk.domain.procurement.model import (
    Branch,
    Comparison,
    Condition,
    ConditionKind,
    Edge,
    KeyAnswers,
    Lane,
    LaneRole,
    Node,
    NodeKind,
    ProcurementMap,
    Selection,
)


def new_id() -> str:
    return uuid.uuid4().hex


class MapDraft:
    """Write a map as lanes, nodes and edges; ``build`` lays it out tidily."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lanes: list[Lane] = []
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []
        self.answers = KeyAnswers()

    def lane(self, name: str, role: LaneRole) -> str:
        lane = Lane(new_id(), name, role, len(self.lanes))
        self.lanes.append(lane)
        return lane.id

    def node(self, kind: NodeKind, label: str, lane: str | None, **values: Any) -> str:
        node = Node(new_id(), kind, label, lane_id=lane, **values)
        self.nodes.append(node)
        return node.id

    def decision(self, label: str, lane: str | None, kind: ConditionKind, amount: int | None = None) -> str:
        condition = Condition(kind, Comparison.LT, Decimal(amount) if amount is not None else None)
        return self.node(NodeKind.DECISION, label, lane, condition=condition)

    def edge(self, source: str, target: str, branch: Branch | None = None, label: str = "") -> str:
        edge = Edge(new_id(), source, target, label, branch)
        self.edges.append(edge)
        return edge.id

    def build(self, account_id: str = "", map_id: str | None = None) -> ProcurementMap:
        draft = ProcurementMap(
            map_id or new_id(),
            self.name,
            account_id,
            0,
            "",
            self.answers,
            tuple(self.lanes),
            tuple(self.nodes),
            tuple(self.edges),
        )
        positions, sizes = layout.tidy(draft)
        lanes = tuple(replace(la, size=sizes.get(la.id, la.size)) for la in draft.lanes)
        nodes = tuple(
            replace(n, x=positions.get(n.id, (n.x, n.y))[0], y=positions.get(n.id, (n.x, n.y))[1]) for n in draft.nodes
        )
        return replace(draft, lanes=lanes, nodes=nodes)


def free_choice() -> ProcurementMap:
    """Seed example 1: the requester picks freely in the catalogue system and orders directly
    below the approval limit; above it the cost-centre manager approves."""
    d = MapDraft(i18n.translate("ProcurementTemplate", "Free choice below the approval limit"))
    requester = d.lane(i18n.translate("ProcurementTemplate", "Requester"), LaneRole.REQUESTER)
    manager = d.lane(i18n.translate("ProcurementTemplate", "Cost-centre manager"), LaneRole.COST_CENTRE_MANAGER)
    supplier = d.lane(i18n.translate("ProcurementTemplate", "Supplier"), LaneRole.SUPPLIER)
    start = d.node(NodeKind.START, i18n.translate("ProcurementTemplate", "Need arises"), requester)
    search = d.node(NodeKind.SYSTEM, i18n.translate("ProcurementTemplate", "Searches the catalogue system"), requester)
    pick = d.node(
        NodeKind.STEP,
        i18n.translate("ProcurementTemplate", "Picks model and brand"),
        requester,
        selection=Selection.BRAND,
    )
    small = d.decision("", requester, ConditionKind.AMOUNT, 250)
    approve = d.node(
        NodeKind.APPROVAL,
        i18n.translate("ProcurementTemplate", "Approves the order"),
        manager,
        approval_limit=Decimal(5000),
    )
    order = d.node(NodeKind.ORDER, i18n.translate("ProcurementTemplate", "Orders in the system"), requester)
    rejected = d.node(NodeKind.END, i18n.translate("ProcurementTemplate", "Rejected"), manager)
    deliver = d.node(NodeKind.STEP, i18n.translate("ProcurementTemplate", "Delivers"), supplier)
    done = d.node(NodeKind.END, i18n.translate("ProcurementTemplate", "Goods received"), requester)
    d.edge(start, search)
    d.edge(search, pick)
    d.edge(pick, small)
    d.edge(small, order, Branch.YES)
    d.edge(small, approve, Branch.NO)
    d.edge(approve, order, Branch.YES)
    d.edge(approve, rejected, Branch.NO)
    d.edge(order, deliver)
    d.edge(deliver, done)
    return d.build()


def preselected() -> ProcurementMap:
    """Seed example 2: central purchasing has decided on one item; the requester can only tick it."""
    d = MapDraft(i18n.translate("ProcurementTemplate", "Central purchasing pre-selects"))
    purchasing = d.lane(i18n.translate("ProcurementTemplate", "Central purchasing"), LaneRole.CENTRAL_PURCHASING)
    requester = d.lane(i18n.translate("ProcurementTemplate", "Requester"), LaneRole.REQUESTER)
    supplier = d.lane(i18n.translate("ProcurementTemplate", "Supplier"), LaneRole.SUPPLIER)
    review = d.node(NodeKind.START, i18n.translate("ProcurementTemplate", "Category review"), purchasing)
    select = d.node(
        NodeKind.STEP,
        i18n.translate("ProcurementTemplate", "Selects one model per category"),
        purchasing,
        selection=Selection.FREE,
    )
    listing = d.node(
        NodeKind.SYSTEM, i18n.translate("ProcurementTemplate", "Lists only that model in the catalogue"), purchasing
    )
    need = d.node(NodeKind.START, i18n.translate("ProcurementTemplate", "Need arises"), requester)
    tick = d.node(
        NodeKind.SYSTEM,
        i18n.translate("ProcurementTemplate", "Ticks the only model offered"),
        requester,
        selection=Selection.PRESELECTED,
    )
    order = d.node(NodeKind.ORDER, i18n.translate("ProcurementTemplate", "Order goes out"), requester)
    deliver = d.node(NodeKind.STEP, i18n.translate("ProcurementTemplate", "Delivers"), supplier)
    done = d.node(NodeKind.END, i18n.translate("ProcurementTemplate", "Goods received"), requester)
    d.edge(review, select)
    d.edge(select, listing)
    d.edge(listing, tick)
    d.edge(need, tick)
    d.edge(tick, order)
    d.edge(order, deliver)
    d.edge(deliver, done)
    return d.build()


def blank() -> ProcurementMap:
    d = MapDraft(i18n.translate("ProcurementTemplate", "New procurement map"))
    requester = d.lane(i18n.translate("ProcurementTemplate", "Requester"), LaneRole.REQUESTER)
    d.lane(i18n.translate("ProcurementTemplate", "Central purchasing"), LaneRole.CENTRAL_PURCHASING)
    d.node(NodeKind.START, i18n.translate("ProcurementTemplate", "Need arises"), requester)
    return d.build()


@dataclass(frozen=True)
class Template:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("ProcurementTemplate", …)
    description: str
    build: Callable[[], ProcurementMap]

    @property
    def label(self) -> str:
        return i18n.lookup("ProcurementTemplate", self.title)

    @property
    def explanation(self) -> str:
        return i18n.lookup("ProcurementTemplate", self.description)


TEMPLATES = (
    Template(
        "blank",
        QT_TRANSLATE_NOOP("ProcurementTemplate", "Empty map"),
        QT_TRANSLATE_NOOP("ProcurementTemplate", "Two lanes and a start; draw the rest yourself."),
        blank,
    ),
    Template(
        "free_choice",
        QT_TRANSLATE_NOOP("ProcurementTemplate", "Requester chooses freely below the approval limit"),
        QT_TRANSLATE_NOOP(
            "ProcurementTemplate",
            "The requester picks brand and model in the catalogue system and orders directly below 250 €; "
            "above that the cost-centre manager approves.",
        ),
        free_choice,
    ),
    Template(
        "preselected",
        QT_TRANSLATE_NOOP("ProcurementTemplate", "Central purchasing pre-selects a single item"),
        QT_TRANSLATE_NOOP(
            "ProcurementTemplate",
            "Central purchasing has decided on one model per category; the requester can only tick it.",
        ),
        preselected,
    ),
)


def template(key: str) -> Template:
    return next(t for t in TEMPLATES if t.key == key)


def renumbered(pmap: ProcurementMap, name: str | None = None) -> ProcurementMap:
    """A copy of ``pmap`` with fresh ids everywhere (references follow), e.g. for "duplicate"."""
    lane_ids = {la.id: new_id() for la in pmap.lanes}
    node_ids = {n.id: new_id() for n in pmap.nodes}
    return replace(
        pmap,
        id=new_id(),
        name=pmap.name if name is None else name,
        lanes=tuple(replace(la, id=lane_ids[la.id]) for la in pmap.lanes),
        nodes=tuple(replace(n, id=node_ids[n.id], lane_id=lane_ids.get(n.lane_id or "")) for n in pmap.nodes),
        edges=tuple(
            replace(e, id=new_id(), source_id=node_ids[e.source_id], target_id=node_ids[e.target_id])
            for e in pmap.edges
        ),
    )
