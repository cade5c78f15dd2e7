"""BPMN 2.0: export → import gives the same map; real files from Camunda/bpmn-js import with a
report of what kamdesk cannot represent; malicious XML is refused with one clear line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.domain.procurement import templates
from kamdesk.domain.procurement.model import KeyAnswers, NodeKind, ProcurementMap, RequesterChoice
from kamdesk.exchange import bpmn_export, bpmn_import
from kamdesk.exchange.bpmn_names import BPMNDI, DC, DI, MODEL, q
from tests.domain.procurement_maps import approval_ladder

TESTDATA = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "bpmn"
needs_testdata = pytest.mark.skipif(not TESTDATA.is_dir(), reason="shared/testdata is not beside the project")


def normalised(pmap: ProcurementMap) -> tuple:  # type: ignore[type-arg]
    """The map without ids: what a round trip must keep."""
    lanes = {la.id: (la.name, la.role, la.position, la.size) for la in pmap.lanes}
    nodes = {
        n.id: (
            n.kind,
            n.label,
            round(n.x, 1),
            round(n.y, 1),
            lanes.get(n.lane_id or ""),
            n.role_holder,
            n.condition,
            n.approver_role,
            n.approval_limit,
            n.selection,
        )
        for n in pmap.nodes
    }
    edges = sorted(repr((nodes[e.source_id][1:4], nodes[e.target_id][1:4], e.label, e.branch)) for e in pmap.edges)
    return pmap.name, pmap.answers, sorted(lanes.values()), sorted(map(repr, nodes.values())), edges


@pytest.mark.parametrize("build", [templates.free_choice, templates.preselected, lambda: approval_ladder()[0]])
def test_export_then_import_gives_the_same_map(build) -> None:  # type: ignore[no-untyped-def]
    original = replace(build(), answers=KeyAnswers("Purchasing", "", RequesterChoice.PARTLY, None))
    result = bpmn_import.parse(bpmn_export.to_xml(original, "Weserland").encode(), "round.bpmn")
    assert result.report == []
    assert normalised(result.map) == normalised(original)


def test_export_has_pool_lanes_gateway_conditions_and_diagram_interchange() -> None:
    pmap, ids = approval_ladder()
    root = ET.fromstring(bpmn_export.to_xml(pmap, "Weserland Fördertechnik GmbH"))
    participant = root.find(f"{q(MODEL, 'collaboration')}/{q(MODEL, 'participant')}")
    assert participant is not None and participant.get("name") == "Weserland Fördertechnik GmbH"
    process = root.find(q(MODEL, "process"))
    assert process is not None and process.get("id") == participant.get("processRef")
    assert [la.get("name") for la in process.iter(q(MODEL, "lane"))] == [
        "Requester",
        "Cost-centre manager",
        "Management",
    ]
    assert next(iter(process)).tag == q(MODEL, "laneSet")  # laneSet before the flow elements (schema order)
    gateways = process.findall(q(MODEL, "exclusiveGateway"))
    assert len(gateways) == 2 and all(g.get("default") for g in gateways)
    expressions = sorted(c.text for c in process.iter(q(MODEL, "conditionExpression")))
    assert expressions == ["${amount < 250}", "${amount < 5000}"]
    assert len(process.findall(q(MODEL, "startEvent"))) == 1 and len(process.findall(q(MODEL, "endEvent"))) == 1
    assert len(process.findall(q(MODEL, "userTask"))) == 2 and len(process.findall(q(MODEL, "sendTask"))) == 1
    flows = process.findall(q(MODEL, "sequenceFlow"))
    assert len(flows) == len(pmap.edges)
    shapes = {s.get("bpmnElement") for s in root.iter(q(BPMNDI, "BPMNShape"))}
    element_ids = {el.get("id") for el in process if el.tag != q(MODEL, "sequenceFlow") and el.get("id")}
    assert element_ids - {process.find(q(MODEL, "laneSet")).get("id")} <= shapes
    for edge in root.iter(q(BPMNDI, "BPMNEdge")):
        points = edge.findall(q(DI, "waypoint"))
        assert len(points) >= 2
    # every node's bounds are where kamdesk draws it (centre kept)
    node = pmap.node(ids["ccm"])
    shape = next(s for s in root.iter(q(BPMNDI, "BPMNShape")) if s.get("bpmnElement") == f"Node_{node.id}")
    b = shape.find(q(DC, "Bounds"))
    assert float(b.get("x")) + float(b.get("width")) / 2 == pytest.approx(node.x)


def test_internal_notes_never_leave_in_bpmn() -> None:
    pmap = templates.free_choice()
    secret = replace(pmap.nodes[1], notes="Buyer is annoyed with us")
    pmap = replace(pmap, notes="Internal: weak spot", nodes=(secret, *pmap.nodes[2:], pmap.nodes[0]))
    xml = bpmn_export.to_xml(pmap)
    assert "annoyed" not in xml and "weak spot" not in xml


@needs_testdata
def test_camunda_pizza_collaboration_with_semantic_prefix() -> None:
    result = bpmn_import.read(TESTDATA / "pizza-collaboration.bpmn")
    pmap = result.map
    assert [la.name for la in sorted(pmap.lanes, key=lambda la: la.position)] == [
        "Pizza Customer",
        "clerk",
        "pizza chef",
        "delivery boy",
    ]
    labels = {n.label for n in pmap.nodes}
    assert {"Hungry for pizza", "Select a pizza", "Bake the pizza", "Hunger satisfied"} <= labels
    assert len(pmap.nodes) == 18 and len(pmap.edges) == 18
    assert sum(n.kind is NodeKind.START for n in pmap.nodes) == 2
    report = "\n".join(result.report)
    assert "6 × message flow not imported" in report
    assert "parallel gateway" in report and "event based gateway" in report
    assert "“60 minutes” (intermediate catch event) imported as a plain “Step”" in report
    # coordinates kept: the customer's pool lies above the vendor's lanes, left to right flow
    by_label = {n.label: n for n in pmap.nodes}
    assert by_label["Select a pizza"].x < by_label["Order a pizza"].x
    assert by_label["Hungry for pizza"].y < by_label["Bake the pizza"].y


@needs_testdata
def test_kitchen_sink_keeps_what_it_can_and_lists_the_rest() -> None:
    result = bpmn_import.read(TESTDATA / "kitchen-sink.bpmn")
    kinds = [n.kind for n in result.map.nodes]
    assert kinds.count(NodeKind.START) == 2 and NodeKind.DECISION in kinds and NodeKind.SYSTEM in kinds
    report = "\n".join(result.report)
    for expected in (
        "12 × boundary event not imported",
        "data object reference",
        "data store reference",
        "text annotation",
        "association",
        "sub process",
        "call activity",
        "transaction",
        "inclusive gateway",
        "complex gateway",
    ):
        assert expected in report, expected
    # the flow from a boundary event cannot be kept, and says so
    assert "sequence flow not imported (SequenceFlow_16ikfuz)" in report
    assert all(n.x > 0 and n.y > 0 for n in result.map.nodes)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&lol2;</definitions>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process name="&xxe;"/></definitions>"""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BOMB, r"^bad\.bpmn: refused: the file declares a DTD"),
        (EXTERNAL, r"^bad\.bpmn: refused: the file declares a DTD"),
        (b"<definitions", r"^bad\.bpmn: not well-formed XML \(line 1, column \d+\)\.$"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", r"^bad\.bpmn: not a BPMN 2\.0 file"),
    ],
)
def test_malicious_or_foreign_xml_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        bpmn_import.parse(data, "bad.bpmn")
    assert "\n" not in str(info.value)


def test_default_namespace_and_foreign_conditions() -> None:
    xml = b"""<?xml version="1.0"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <process id="p" name="Plain">
    <startEvent id="s"/><exclusiveGateway id="g" name="Big?"/>
    <task id="a" name="Ask boss"/><task id="b" name="Buy"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="g"/>
    <sequenceFlow id="f2" sourceRef="g" targetRef="a">
      <conditionExpression>${amount &gt;= 1000}</conditionExpression></sequenceFlow>
    <sequenceFlow id="f3" sourceRef="g" targetRef="b">
      <conditionExpression>${amount &lt; 1000}</conditionExpression></sequenceFlow>
    <sequenceFlow id="f4" sourceRef="a" targetRef="b"/><sequenceFlow id="f5" sourceRef="b" targetRef="e"/>
    <sequenceFlow id="f6" sourceRef="b" targetRef="ghost"/>
  </process>
</definitions>"""
    result = bpmn_import.parse(xml, "plain.bpmn")
    pmap = result.map
    assert pmap.name == "Plain" and pmap.lanes == ()
    gateway = next(n for n in pmap.nodes if n.kind is NodeKind.DECISION)
    assert gateway.condition is not None and gateway.condition.amount == 1000
    branches = {pmap.node(e.target_id).label: e.branch for e in pmap.outgoing(gateway.id)}
    assert branches["Ask boss"] is not None and branches["Buy"] is not None
    assert branches["Ask boss"] != branches["Buy"]
    assert any("sequence flow not imported" in line for line in result.report)
    # no coordinates in the file: every node got a spot of its own
    spots = {(n.x, n.y) for n in pmap.nodes}
    assert len(spots) == len(pmap.nodes)
