"""Small maps for the procurement tests, written with the same drafting helper as the templates."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.domain.procurement.model import Branch, ConditionKind, LaneRole, NodeKind, ProcurementMap, Selection
from kamdesk.domain.procurement.templates import MapDraft


def approval_ladder() -> tuple[ProcurementMap, dict[str, str]]:
    """Requester orders below 250 €; cost-centre manager approves up to 5,000 €; above that the
    managing director. Returns the map and its node ids by short name."""
    d = MapDraft("Ladder")
    req = d.lane("Requester", LaneRole.REQUESTER)
    ccm = d.lane("Cost-centre manager", LaneRole.COST_CENTRE_MANAGER)
    md = d.lane("Management", LaneRole.MANAGEMENT)
    ids = {
        "start": d.node(NodeKind.START, "Need", req),
        "pick": d.node(NodeKind.STEP, "Pick", req, selection=Selection.CHEAPEST),
        "small": d.decision("", req, ConditionKind.AMOUNT, 250),
        "medium": d.decision("", ccm, ConditionKind.AMOUNT, 5000),
        "ccm": d.node(NodeKind.APPROVAL, "CCM approves", ccm, approval_limit=Decimal(5000)),
        "md": d.node(NodeKind.APPROVAL, "MD approves", md, approver_role="Managing director"),
        "order": d.node(NodeKind.ORDER, "Order", req),
        "end": d.node(NodeKind.END, "Done", req),
    }
    d.edge(ids["start"], ids["pick"])
    d.edge(ids["pick"], ids["small"])
    d.edge(ids["small"], ids["order"], Branch.YES)
    d.edge(ids["small"], ids["medium"], Branch.NO)
    d.edge(ids["medium"], ids["ccm"], Branch.YES)
    d.edge(ids["medium"], ids["md"], Branch.NO)
    d.edge(ids["ccm"], ids["order"], Branch.YES)
    d.edge(ids["md"], ids["order"], Branch.YES)
    d.edge(ids["order"], ids["end"])
    return d.build(), ids
