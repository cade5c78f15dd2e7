"""Demo procurement maps of Weserland Fördertechnik: tools bought by the plants themselves
(seed 000, example 1) and standard C-parts pre-selected by central purchasing (example 2)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.domain.procurement.model import (
    Branch,
    ConditionKind,
    KeyAnswers,
    LaneRole,
    NodeKind,
    Selection,
)
from kamdesk.domain.procurement.templates import MapDraft
from kamdesk.services import procurement
from kamdesk.services.demo.context import DemoContext


def build(demo: DemoContext) -> None:
    account = demo.ids["weserland"]
    procurement.insert_map_in(demo.tx, account, _tools(demo))
    procurement.insert_map_in(demo.tx, account, _c_parts(demo))


def _tools(demo: DemoContext):  # type: ignore[no-untyped-def]
    d = MapDraft(i18n.translate("Demo", "Tools – plants Minden and Porta"))
    requester = d.lane(i18n.translate("Demo", "Foreman / maintenance"), LaneRole.REQUESTER)
    manager = d.lane(i18n.translate("Demo", "Cost-centre manager"), LaneRole.COST_CENTRE_MANAGER)
    plant = d.lane(i18n.translate("Demo", "Plant management"), LaneRole.MANAGEMENT)
    supplier = d.lane(i18n.translate("Demo", "Supplier"), LaneRole.SUPPLIER)
    need = d.node(NodeKind.START, i18n.translate("Demo", "Cordless screwdriver worn out"), requester)
    search = d.node(NodeKind.SYSTEM, i18n.translate("Demo", "Searches the SAP Ariba catalogue"), requester)
    pick = d.node(
        NodeKind.STEP,
        i18n.translate("Demo", "Picks brand and model"),
        requester,
        selection=Selection.BRAND,
        role_holder=i18n.translate("Demo", "shift foremen, assembly"),
    )
    small = d.decision("", requester, ConditionKind.AMOUNT, 250)
    medium = d.decision("", manager, ConditionKind.AMOUNT, 5000)
    cc = d.node(
        NodeKind.APPROVAL,
        i18n.translate("Demo", "Approves in Ariba"),
        manager,
        approval_limit=Decimal(5000),
        approver_role=i18n.translate("Demo", "Cost-centre manager"),
        role_holder="Holger Janssen",  # not on the relationship board yet: free text
    )
    pm = d.node(
        NodeKind.APPROVAL,
        i18n.translate("Demo", "Approves the investment"),
        plant,
        approval_limit=Decimal(50000),
        approver_role=i18n.translate("Demo", "Plant manager"),
        role_holder="Frank Rademacher",
        contact_id=demo.ids.get("contact:rademacher"),
    )
    order = d.node(NodeKind.ORDER, i18n.translate("Demo", "Order goes out via Ariba"), requester)
    rejected = d.node(NodeKind.END, i18n.translate("Demo", "Rejected: repair instead"), manager)
    deliver = d.node(NodeKind.STEP, i18n.translate("Demo", "Delivers to the line within 24 h"), supplier)
    done = d.node(NodeKind.END, i18n.translate("Demo", "Tool in use"), requester)
    d.edge(need, search)
    d.edge(search, pick)
    d.edge(pick, small)
    d.edge(small, order, Branch.YES, i18n.translate("Demo", "< €250: order directly"))
    d.edge(small, medium, Branch.NO)
    d.edge(medium, cc, Branch.YES)
    d.edge(medium, pm, Branch.NO)
    d.edge(cc, order, Branch.YES)
    d.edge(cc, rejected, Branch.NO)
    d.edge(pm, order, Branch.YES)
    d.edge(order, deliver)
    d.edge(deliver, done)
    pmap = d.build()
    notes = i18n.translate(
        "Demo",
        "Foremen pick the brand themselves and like our cordless range; keep the Ariba catalogue "
        "content current before every price round.",
    )
    return replace(pmap, notes=notes)


def _c_parts(demo: DemoContext):  # type: ignore[no-untyped-def]
    d = MapDraft(i18n.translate("Demo", "Standard C-parts – central purchasing"))
    purchasing = d.lane(i18n.translate("Demo", "Central purchasing Minden"), LaneRole.CENTRAL_PURCHASING)
    requester = d.lane(i18n.translate("Demo", "Requester at the line"), LaneRole.REQUESTER)
    supplier = d.lane(i18n.translate("Demo", "Supplier"), LaneRole.SUPPLIER)
    tender = d.node(NodeKind.START, i18n.translate("Demo", "Annual tender for C-parts"), purchasing)
    select = d.node(
        NodeKind.STEP,
        i18n.translate("Demo", "Selects one item per category"),
        purchasing,
        selection=Selection.CHEAPEST,
        role_holder="Thomas Lange",
        contact_id=demo.ids.get("contact:lange"),
    )
    listing = d.node(NodeKind.SYSTEM, i18n.translate("Demo", "Lists only that item (OCI punch-out)"), purchasing)
    need = d.node(NodeKind.START, i18n.translate("Demo", "Bin at the line runs empty"), requester)
    listed = d.decision(i18n.translate("Demo", "Item in the catalogue?"), requester, ConditionKind.CATALOGUE)
    tick = d.node(
        NodeKind.SYSTEM,
        i18n.translate("Demo", "Ticks the one item offered"),
        requester,
        selection=Selection.PRESELECTED,
    )
    ask = d.node(NodeKind.STEP, i18n.translate("Demo", "Requests the item from purchasing"), requester)
    buy = d.node(
        NodeKind.STEP,
        i18n.translate("Demo", "Buys from a supplier of its choice"),
        purchasing,
        selection=Selection.FREE,
    )
    order = d.node(NodeKind.ORDER, i18n.translate("Demo", "Order released automatically"), requester)
    deliver = d.node(NodeKind.STEP, i18n.translate("Demo", "Delivers within 48 h (framework agreement)"), supplier)
    done = d.node(NodeKind.END, i18n.translate("Demo", "Bin refilled"), requester)
    d.edge(tender, select)
    d.edge(select, listing)
    d.edge(listing, tick)
    d.edge(need, listed)
    d.edge(listed, tick, Branch.YES)
    d.edge(listed, ask, Branch.NO)
    d.edge(ask, buy)
    d.edge(buy, order)
    d.edge(tick, order)
    d.edge(order, deliver)
    d.edge(deliver, done)
    # The request to purchasing is the exception: drawn a row lower, so the catalogue path
    # (decision → tick) runs straight and visibly.
    d.answers = KeyAnswers(
        approval_limits=i18n.translate(
            "Demo", "None for catalogue items; anything outside the catalogue goes through central purchasing."
        )
    )
    pmap = d.build()
    extra = 90.0
    lanes = tuple(replace(la, size=la.size + extra) if la.id == requester else la for la in pmap.lanes)
    below = {la.id for la in pmap.lanes if la.position > next(x.position for x in pmap.lanes if x.id == requester)}
    nodes = tuple(replace(n, y=n.y + extra) if n.id == ask or n.lane_id in below else n for n in pmap.nodes)
    return replace(pmap, lanes=lanes, nodes=nodes)
