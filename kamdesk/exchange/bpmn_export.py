"""A procurement map as BPMN 2.0 XML with diagram interchange, for the customer's BPMN tools.

One pool (participant) holds the map's lanes; nodes become events, tasks and exclusive gateways;
decisions get condition expressions on their "yes" flow and their "no" flow as the default flow.
Coordinates come from the shared geometry, so the diagram looks as it does in kamdesk. kamdesk's
own details travel in ``kamdesk:`` attributes so that a round trip loses nothing. Internal fields
(the sensitivity policy says which) are never written.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

import kamdesk
from kamdesk.domain import i18n, sensitivity
from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.geometry import NodeShape, Point, Rect
from kamdesk.domain.procurement.model import (
    Branch,
    ConditionKind,
    Edge,
    Node,
    NodeKind,
    ProcurementMap,
    branch_text,
    format_amount,
    lane_title,
    node_caption,
)
from kamdesk.exchange.bpmn_names import (
    BPMN_SIZE,
    BPMNDI,
    DC,
    DI,
    ELEMENT,
    KAMDESK,
    MODEL,
    OPERATORS,
    PREFIXES,
    VARIABLE,
    XSI,
    q,
)

POOL_HEADER = 30.0


def _id(prefix: str, row_id: str) -> str:
    return f"{prefix}_{row_id}"


def _num(value: float) -> str:
    return f"{round(value, 2):g}"


def to_xml(pmap: ProcurementMap, account_name: str = "") -> str:
    for prefix, uri in PREFIXES.items():
        ET.register_namespace(prefix, uri)
    geo = geometry.compute(pmap)
    root = ET.Element(
        q(MODEL, "definitions"),
        {
            "id": _id("Definitions", pmap.id),
            "targetNamespace": "http://bpmn.io/schema/bpmn",
            "exporter": "kamdesk",
            "exporterVersion": kamdesk.__version__,
        },
    )
    collaboration = ET.SubElement(root, q(MODEL, "collaboration"), {"id": _id("Collaboration", pmap.id)})
    participant = ET.SubElement(
        collaboration,
        q(MODEL, "participant"),
        {"id": _id("Participant", pmap.id), "name": account_name or pmap.name, "processRef": _id("Process", pmap.id)},
    )
    process = ET.SubElement(
        root, q(MODEL, "process"), {"id": _id("Process", pmap.id), "name": pmap.name, "isExecutable": "false"}
    )
    _answers(process, pmap)
    lanes = pmap.sorted_lanes()
    if lanes:
        lane_set = ET.SubElement(process, q(MODEL, "laneSet"), {"id": _id("LaneSet", pmap.id)})
        for lane in lanes:
            element = ET.SubElement(
                lane_set,
                q(MODEL, "lane"),
                {"id": _id("Lane", lane.id), "name": lane_title(lane), q(KAMDESK, "role"): lane.role.value},
            )
            for node in sorted(pmap.nodes, key=lambda n: (n.x, n.y, n.id)):
                if node.lane_id == lane.id:
                    ET.SubElement(element, q(MODEL, "flowNodeRef")).text = _id("Node", node.id)
    nodes = sorted(pmap.nodes, key=lambda n: (n.x, n.y, n.id))
    for node in nodes:
        _node(process, pmap, node)
    for edge in sorted(pmap.edges, key=lambda e: e.id):
        _flow(process, pmap, edge)

    diagram = ET.SubElement(root, q(BPMNDI, "BPMNDiagram"), {"id": _id("Diagram", pmap.id)})
    plane = ET.SubElement(
        diagram, q(BPMNDI, "BPMNPlane"), {"id": _id("Plane", pmap.id), "bpmnElement": collaboration.get("id", "")}
    )
    pool = geo.bounds if not geo.lanes else Rect(0, 0, geo.lanes[0].rect.w, geo.lanes[-1].rect.bottom)
    _shape(plane, participant.get("id", ""), Rect(pool.x - POOL_HEADER, pool.y, pool.w + POOL_HEADER, pool.h), True)
    for band in geo.lanes:
        _shape(plane, _id("Lane", band.lane_id), band.rect, True)
    shapes = {n.id: _bpmn_rect(geo.nodes[n.id]) for n in nodes}
    for node in nodes:
        element = _shape(plane, _id("Node", node.id), shapes[node.id])
        if node.kind in (NodeKind.START, NodeKind.END, NodeKind.DECISION):
            box = geo.nodes[node.id].text_box if node.kind is not NodeKind.DECISION else _below(shapes[node.id])
            _label(element, box)
    for edge in sorted(pmap.edges, key=lambda e: e.id):
        route = geo.edges.get(edge.id)
        if route is None:
            continue
        element = ET.SubElement(
            plane, q(BPMNDI, "BPMNEdge"), {"id": _id("Flow", edge.id) + "_di", "bpmnElement": _id("Flow", edge.id)}
        )
        points = list(route.points)
        points[0] = _clip(points[0], geo.nodes[edge.source_id], shapes[edge.source_id])
        points[-1] = _clip(points[-1], geo.nodes[edge.target_id], shapes[edge.target_id])
        for x, y in points:
            ET.SubElement(element, q(DI, "waypoint"), {"x": _num(x), "y": _num(y)})
        if _flow_name(pmap, edge):
            lx, ly = route.label_at
            _label(element, Rect(lx - 40, ly - 16, 80, 14))
    ET.indent(root, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _answers(process: ET.Element, pmap: ProcurementMap) -> None:
    a = pmap.answers
    values = {
        "answer_final_decider": ("finalDecider", a.final_decider),
        "answer_approval_limits": ("approvalLimits", a.approval_limits),
        "answer_requester_chooses": ("requesterChooses", a.requester_chooses.value if a.requester_chooses else ""),
        "answer_choice_basis": ("choiceBasis", a.choice_basis.value if a.choice_basis else ""),
    }
    for field, (attribute, value) in values.items():
        if value and sensitivity.is_shareable("procurement_map", field):
            process.set(q(KAMDESK, attribute), value)


def _node(process: ET.Element, pmap: ProcurementMap, node: Node) -> None:
    attributes = {
        "id": _id("Node", node.id),
        "name": node.label or node_caption(node),
        q(KAMDESK, "kind"): node.kind.value,
    }
    if not node.label:
        attributes[q(KAMDESK, "label")] = ""
    shareable = {
        "role_holder": ("roleHolder", node.role_holder),
        "approver_role": ("approverRole", node.approver_role),
        "approval_limit": (
            "approvalLimit",
            _num(float(node.approval_limit)) if node.approval_limit is not None else "",
        ),
        "selection": ("selection", node.selection.value if node.selection else ""),
    }
    c = node.condition
    if c is not None:
        shareable["condition_kind"] = ("condition", c.kind.value)
        shareable["condition_op"] = ("comparison", c.comparison.value)
        shareable["condition_amount"] = ("amount", _num(float(c.amount)) if c.amount is not None else "")
    for field, (attribute, value) in shareable.items():
        if value and sensitivity.is_shareable("procurement_node", field):
            attributes[q(KAMDESK, attribute)] = value
    if node.kind is NodeKind.DECISION:
        default = next((e for e in pmap.outgoing(node.id) if e.branch is Branch.NO), None)
        if default is not None:
            attributes["default"] = _id("Flow", default.id)
    element = ET.SubElement(process, q(MODEL, ELEMENT[node.kind]), attributes)
    documentation = _documentation(node)
    if documentation:
        ET.SubElement(element, q(MODEL, "documentation")).text = documentation
    for edge in sorted(pmap.incoming(node.id), key=lambda e: e.id):
        ET.SubElement(element, q(MODEL, "incoming")).text = _id("Flow", edge.id)
    for edge in sorted(pmap.outgoing(node.id), key=lambda e: e.id):
        ET.SubElement(element, q(MODEL, "outgoing")).text = _id("Flow", edge.id)


def _documentation(node: Node) -> str:
    """What BPMN tools show of kamdesk's details (they ignore the kamdesk: attributes)."""
    parts = []
    if node.kind is NodeKind.APPROVAL:
        if node.approver_role:
            parts.append(i18n.translate("Bpmn", "Approver: %1").replace("%1", node.approver_role))
        if node.approval_limit is not None:
            parts.append(i18n.translate("Bpmn", "Limit: %1").replace("%1", format_amount(node.approval_limit)))
    if node.role_holder:
        parts.append(i18n.translate("Bpmn", "Role holder: %1").replace("%1", node.role_holder))
    if node.selection:
        parts.append(i18n.translate("Bpmn", "Choice: %1").replace("%1", node.selection.label))
    return "; ".join(parts)


def _flow_name(pmap: ProcurementMap, edge: Edge) -> str:
    return branch_text(edge, pmap.node(edge.source_id))


def _flow(process: ET.Element, pmap: ProcurementMap, edge: Edge) -> None:
    attributes = {
        "id": _id("Flow", edge.id),
        "sourceRef": _id("Node", edge.source_id),
        "targetRef": _id("Node", edge.target_id),
    }
    name = _flow_name(pmap, edge)
    if name:
        attributes["name"] = name
    if not edge.label and name:
        attributes[q(KAMDESK, "label")] = ""
    if edge.branch is not None:
        attributes[q(KAMDESK, "branch")] = edge.branch.value
    element = ET.SubElement(process, q(MODEL, "sequenceFlow"), attributes)
    source = pmap.node(edge.source_id)
    if source is not None and source.kind is NodeKind.DECISION and edge.branch is Branch.YES:
        expression = _expression(source)
        if expression:
            condition = ET.SubElement(
                element, q(MODEL, "conditionExpression"), {q(XSI, "type"): "bpmn:tFormalExpression"}
            )
            condition.text = expression


def _expression(node: Node) -> str:
    c = node.condition
    if c is None:
        return ""
    if c.kind is ConditionKind.AMOUNT and c.amount is not None:
        return f"${{amount {OPERATORS[c.comparison]} {_num(float(c.amount))}}}"
    if c.kind in VARIABLE:
        return f"${{{VARIABLE[c.kind]}}}"
    return ""


def _bpmn_rect(shape: NodeShape) -> Rect:
    size = BPMN_SIZE.get(shape.kind)
    if size is None:
        return shape.rect
    cx, cy = shape.rect.center
    return Rect(cx - size[0] / 2, cy - size[1] / 2, *size)


def _clip(point: Point, shape: NodeShape, bpmn: Rect) -> Point:
    """Move an end of a route from kamdesk's outline onto the (smaller) BPMN shape."""
    if bpmn == shape.rect:
        return point
    r = shape.rect
    if abs(point[1] - r.y) < 0.5:
        return (point[0], bpmn.y)
    if abs(point[1] - r.bottom) < 0.5:
        return (point[0], bpmn.bottom)
    if abs(point[0] - r.x) < 0.5:
        return (bpmn.x, point[1])
    return (bpmn.right, point[1])


def _below(r: Rect) -> Rect:
    return Rect(r.x - 35, r.bottom + 5, r.w + 70, 28)


def _shape(plane: ET.Element, element_id: str, r: Rect, horizontal: bool = False) -> ET.Element:
    attributes = {"id": f"{element_id}_di", "bpmnElement": element_id}
    if horizontal:
        attributes["isHorizontal"] = "true"
    shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), attributes)
    ET.SubElement(shape, q(DC, "Bounds"), {"x": _num(r.x), "y": _num(r.y), "width": _num(r.w), "height": _num(r.h)})
    return shape


def _label(element: ET.Element, r: Rect) -> None:
    label = ET.SubElement(element, q(BPMNDI, "BPMNLabel"))
    ET.SubElement(label, q(DC, "Bounds"), {"x": _num(r.x), "y": _num(r.y), "width": _num(r.w), "height": _num(r.h)})
