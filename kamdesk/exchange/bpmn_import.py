"""Read BPMN 2.0 XML (kamdesk's own, Camunda/bpmn-js, Signavio …) into a procurement map.

kamdesk represents a subset of BPMN. What it can keep it keeps (events, tasks, exclusive
gateways with conditions it understands, sequence flows, lanes, coordinates); what it cannot is
listed in the report — never dropped silently. The XML is parsed with defusedxml and any DTD is
refused, so entity expansion ("billion laughs") and external entities cannot do harm.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.procurement import layout
from kamdesk.domain.procurement.geometry import LANE_DEFAULT, LANE_MIN
from kamdesk.domain.procurement.model import (
    NEGATION,
    Branch,
    ChoiceBasis,
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
    RequesterChoice,
    Selection,
)
from kamdesk.domain.procurement.templates import new_id
from kamdesk.exchange.bpmn_names import (
    AMOUNT_EXPRESSION,
    APPROXIMATED,
    BPMNDI,
    DC,
    FLAG_EXPRESSION,
    KAMDESK,
    MODEL,
    READ_AS,
    VARIABLE,
    local,
    q,
)

MAX_BYTES = 20 * 1024 * 1024
#: process children that are handled, or are bookkeeping with nothing to report
HANDLED = {"laneSet", "sequenceFlow", "documentation", "extensionElements"}
#: top-level elements that are either read or are mere definitions other elements point to
QUIET_ROOTS = {"process", "collaboration", "message", "signal", "error", "escalation", "itemDefinition", "dataStore"}
YES_WORDS = {"yes", "ja", "y", "true", "approved", "genehmigt", "ok"}
NO_WORDS = {"no", "nein", "n", "false", "rejected", "abgelehnt"}


@dataclass
class ImportResult:
    map: ProcurementMap
    report: list[str]


def read(path: Path) -> ImportResult:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(
                i18n.translate("Bpmn", "%1: the file is too large for a BPMN diagram.").replace("%1", str(path))
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(i18n.translate("Bpmn", "%1: no such file.").replace("%1", str(path))) from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return parse(data, str(path), path.stem)


def parse(data: bytes, source: str, fallback_name: str = "BPMN") -> ImportResult:
    root = _safe_root(data, source)
    if root.tag != q(MODEL, "definitions"):
        raise InputError(
            i18n.translate("Bpmn", "%1: not a BPMN 2.0 file (no definitions element in the BPMN namespace).").replace(
                "%1", source
            )
        )
    return _Reader(root, fallback_name).run()


def _safe_root(data: bytes, source: str) -> Element:
    try:
        return SafeET.fromstring(data, forbid_dtd=True)  # type: ignore[no-any-return]
    except defusedxml.DTDForbidden:
        message = i18n.translate(
            "Bpmn", "%1: refused: the file declares a DTD (entity expansion or external entities)."
        )
    except defusedxml.EntitiesForbidden:
        message = i18n.translate(
            "Bpmn", "%1: refused: the file declares XML entities (possible entity-expansion attack)."
        )
    except defusedxml.ExternalReferenceForbidden:
        message = i18n.translate("Bpmn", "%1: refused: the file refers to external entities.")
    except ParseError as error:
        line, column = error.position
        raise InputError(
            i18n.translate("Bpmn", "%1: not well-formed XML (line %2, column %3).")
            .replace("%1", source)
            .replace("%2", str(line))
            .replace("%3", str(column))
        ) from None
    raise InputError(message.replace("%1", source))


class _Reader:
    def __init__(self, root: Element, fallback_name: str) -> None:
        self.root = root
        self.fallback_name = fallback_name
        self.skipped: Counter[str] = Counter()
        self.skipped_names: dict[str, list[str]] = {}
        self.notes: list[str] = []
        self.bounds: dict[str, tuple[float, float, float, float]] = {}
        self.lanes: list[Lane] = []
        self.lane_bounds: dict[str, tuple[float, float, float, float]] = {}
        self.lane_of: dict[str, str] = {}  # BPMN element id → lane id
        self.nodes: dict[str, Node] = {}  # BPMN element id → node
        self.edges: list[Edge] = []
        self.pending: dict[str, tuple[str, bool, str]] = {}  # edge id → (expression, is default, name)

    # -- the whole file --------------------------------------------------------------------

    def run(self) -> ImportResult:
        for shape in self.root.iter(q(BPMNDI, "BPMNShape")):
            box = shape.find(q(DC, "Bounds"))
            if box is not None and shape.get("bpmnElement"):
                self.bounds[shape.get("bpmnElement", "")] = _box(box)
        participants = {
            p.get("processRef", ""): p for p in self.root.iter(q(MODEL, "participant")) if p.get("processRef")
        }
        processes = self.root.findall(q(MODEL, "process"))
        for process in processes:
            self._lanes(process, participants.get(process.get("id", "")), len(processes) > 1)
        if self.lane_bounds:  # lanes top to bottom as the diagram shows them
            self.lanes = [
                replace(lane, position=n)
                for n, lane in enumerate(sorted(self.lanes, key=lambda la: self.lane_bounds.get(la.id, (0, 1e12))[1]))
            ]
        for process in processes:
            self._process(process)
        for collaboration in self.root.findall(q(MODEL, "collaboration")):
            for child in collaboration:
                name = local(child.tag)
                if name not in ("participant", "documentation", "extensionElements"):
                    self._skip(name, child)
        for child in self.root:
            name = local(child.tag)
            if child.tag.startswith(f"{{{MODEL}}}") and name not in QUIET_ROOTS:
                self._skip(name, child)
        pmap = self._build(processes, participants)
        return ImportResult(pmap, self._report())

    def _build(self, processes: list[Element], participants: dict[str, Element]) -> ProcurementMap:
        name = ""
        answers = KeyAnswers()
        if processes:
            first = processes[0]
            participant = participants.get(first.get("id", ""))
            kamdesk_file = first.get(q(KAMDESK, "finalDecider")) is not None or any(
                n.get(q(KAMDESK, "kind")) for n in first
            )
            name = (
                (first.get("name") if kamdesk_file else None)
                or (participant.get("name") if participant is not None else "")
                or first.get("name")
                or ""
            )
            answers = _answers(first)
        pmap = ProcurementMap(
            new_id(), (name or self.fallback_name).strip()[:200], answers=answers, lanes=tuple(self.lanes)
        )
        nodes = self._place(list(self.nodes.items()))
        pmap = replace(pmap, nodes=tuple(nodes), edges=tuple(self.edges))
        return _fill_gaps(pmap)

    # -- lanes -----------------------------------------------------------------------------

    def _lanes(self, process: Element, participant: Element | None, several: bool) -> None:
        found = [lane for lane_set in process.findall(q(MODEL, "laneSet")) for lane in _all_lanes(lane_set)]
        if not found and (several or participant is not None):
            label = (participant.get("name") if participant is not None else None) or process.get("name") or ""
            lane = Lane(new_id(), label.strip()[:200], LaneRole.OTHER, len(self.lanes))
            self._add_lane(lane, self.bounds.get(participant.get("id", "") if participant is not None else ""))
            for child in process:
                self.lane_of.setdefault(child.get("id", ""), lane.id)
            return
        for element in found:
            role = _enum(LaneRole, element.get(q(KAMDESK, "role"))) or LaneRole.OTHER
            lane = Lane(new_id(), (element.get("name") or "").strip()[:200], role, len(self.lanes))
            self._add_lane(lane, self.bounds.get(element.get("id", "")))
            for ref in element.findall(q(MODEL, "flowNodeRef")):
                self.lane_of[(ref.text or "").strip()] = lane.id

    def _add_lane(self, lane: Lane, box: tuple[float, float, float, float] | None) -> None:
        if box is not None:
            lane = replace(lane, size=max(LANE_MIN, box[3]))
            self.lane_bounds[lane.id] = box
        self.lanes.append(lane)

    # -- flow elements ---------------------------------------------------------------------

    def _process(self, process: Element) -> None:
        flows: list[Element] = []
        for child in process:
            tag = local(child.tag)
            if not child.tag.startswith(f"{{{MODEL}}}"):
                continue
            if tag in HANDLED:
                if tag == "sequenceFlow":
                    flows.append(child)
                continue
            if tag in READ_AS or tag in APPROXIMATED:
                self._node(child, tag)
            else:
                self._skip(tag, child)
        defaults = {el.get("default") for el in process if el.get("default")}
        for flow in flows:
            self._flow(flow, flow.get("id", "") in defaults)
        for node in list(self.nodes.values()):
            if node.kind is NodeKind.DECISION:
                self._read_decision(node)

    def _node(self, element: Element, tag: str) -> None:
        element_id = element.get("id", "")
        kind = _enum(NodeKind, element.get(q(KAMDESK, "kind"))) or READ_AS.get(tag, NodeKind.STEP)
        name = " ".join((element.get("name") or "").split())[:200]
        if element.get(q(KAMDESK, "label")) == "":
            name = ""
        if tag in APPROXIMATED:
            self._note(tag, name or element_id, kind)
            if not name:
                name = _readable(tag)
        else:
            for definition in element:
                if local(definition.tag).endswith("EventDefinition"):
                    self._note(
                        local(definition.tag).removesuffix("EventDefinition") + "Trigger", name or element_id, kind
                    )
                elif local(definition.tag).endswith("LoopCharacteristics"):
                    self._note("loop", name or element_id, kind)
                elif local(definition.tag) in ("dataInputAssociation", "dataOutputAssociation"):
                    self._skip(local(definition.tag), definition)
        condition = None
        if kind is NodeKind.DECISION and element.get(q(KAMDESK, "condition")):
            condition = Condition(
                _enum(ConditionKind, element.get(q(KAMDESK, "condition"))) or ConditionKind.QUESTION,
                _enum(Comparison, element.get(q(KAMDESK, "comparison"))) or Comparison.LT,
                _amount(element.get(q(KAMDESK, "amount"))),
            )
        self.nodes[element_id] = Node(
            new_id(),
            kind,
            name,
            lane_id=self.lane_of.get(element_id),
            role_holder=(element.get(q(KAMDESK, "roleHolder")) or "")[:200],
            condition=condition,
            approver_role=(element.get(q(KAMDESK, "approverRole")) or "")[:200],
            approval_limit=_amount(element.get(q(KAMDESK, "approvalLimit"))),
            selection=_enum(Selection, element.get(q(KAMDESK, "selection"))),
        )

    def _flow(self, flow: Element, is_default: bool) -> None:
        source, target = self.nodes.get(flow.get("sourceRef", "")), self.nodes.get(flow.get("targetRef", ""))
        name = " ".join((flow.get("name") or "").split())[:200]
        if source is None or target is None:
            self._skip("sequenceFlow", flow)
            return
        branch = _enum(Branch, flow.get(q(KAMDESK, "branch")))
        expression = flow.find(q(MODEL, "conditionExpression"))
        text = " ".join((expression.text or "").split()) if expression is not None else ""
        edge = Edge(new_id(), source.id, target.id, "" if flow.get(q(KAMDESK, "label")) == "" else name, branch)
        self.pending[edge.id] = (text, is_default, name)
        self.edges.append(edge)

    def _read_decision(self, node: Node) -> None:
        """Work out what a gateway asks and which flow is yes/no, from what the file says."""
        out = [e for e in self.edges if e.source_id == node.id]
        condition = node.condition
        parsed: dict[str, tuple[Condition, bool] | None] = {}
        for e in out:
            text, _default, _name = self.pending.get(e.id, ("", False, ""))
            parsed[e.id] = _parse_expression(text) if text else None
            if text and parsed[e.id] is None:
                self.notes.append(
                    i18n.translate(
                        "Bpmn", "The condition “%1” was kept as a label: kamdesk cannot evaluate it."
                    ).replace("%1", text)
                )
        if condition is None:
            condition = next((p[0] for p in parsed.values() if p is not None), None)
        for e in out:
            if e.branch is not None:
                continue
            text, is_default, name = self.pending.get(e.id, ("", False, ""))
            result = parsed.get(e.id)
            branch: Branch | None = None
            if result is not None and condition is not None and result[0] == condition:
                branch = Branch.YES if result[1] else Branch.NO
            elif result is not None and condition is not None and result[0] == _negated(condition):
                branch = Branch.NO if result[1] else Branch.YES
            elif is_default:
                branch = Branch.NO
            elif name.casefold().strip("?!. ") in YES_WORDS:
                branch = Branch.YES
            elif name.casefold().strip("?!. ") in NO_WORDS:
                branch = Branch.NO
            label = e.label or ("" if result is not None else text)
            self.edges[self.edges.index(e)] = replace(e, branch=branch, label=label)
        if condition is None and node.label:
            condition = Condition(ConditionKind.QUESTION)
        if condition != node.condition:
            self._replace_node(node, replace(node, condition=condition))

    def _replace_node(self, old: Node, new: Node) -> None:
        for key, value in self.nodes.items():
            if value is old:
                self.nodes[key] = new

    # -- positions -------------------------------------------------------------------------

    def _place(self, items: list[tuple[str, Node]]) -> list[Node]:
        """BPMN coordinates → kamdesk's: lanes are stacked from y = 0 in their file order."""
        bands: dict[str, tuple[float, float]] = {}  # lane id → (our top, their top)
        top = 0.0
        left = min((b[0] for b in self.lane_bounds.values()), default=None)
        for lane in self.lanes:
            box = self.lane_bounds.get(lane.id)
            bands[lane.id] = (top, box[1] if box else 0.0)
            top += lane.size if box else LANE_DEFAULT
        if left is None:
            left = min((self.bounds[k][0] for k, _n in items if k in self.bounds), default=0.0) - 100.0
            base_y = min((self.bounds[k][1] for k, _n in items if k in self.bounds), default=0.0) - 60.0
        else:
            base_y = 0.0
        placed, missing = [], []
        for key, node in items:
            box = self.bounds.get(key)
            if box is None:
                missing.append(node)
                continue
            cx, cy = box[0] + box[2] / 2 - left, box[1] + box[3] / 2
            if node.lane_id in bands:
                ours, theirs = bands[node.lane_id]
                cy = ours + (cy - theirs)
            else:
                cy -= base_y
            placed.append(replace(node, x=round(cx, 2), y=round(cy, 2)))
        return placed + missing

    # -- the report ------------------------------------------------------------------------

    def _skip(self, tag: str, element: Element) -> None:
        self.skipped[tag] += 1
        label = element.get("name") or element.get("id") or ""
        self.skipped_names.setdefault(tag, [])
        if label and len(self.skipped_names[tag]) < 3:
            self.skipped_names[tag].append(label)

    def _note(self, tag: str, label: str, kind: NodeKind) -> None:
        text = (
            i18n.translate("Bpmn", "“%1” (%2) imported as a plain “%3”; its contents and behaviour are not kept.")
            if tag in APPROXIMATED
            else i18n.translate("Bpmn", "“%1”: the %2 is not kept; imported as a plain “%3”.")
        )
        self.notes.append(text.replace("%1", label).replace("%2", _readable(tag)).replace("%3", kind.label))

    def _report(self) -> list[str]:
        lines = []
        for tag, count in sorted(self.skipped.items()):
            names = self.skipped_names.get(tag, [])
            shown = f" ({', '.join(names)}{', …' if count > len(names) else ''})" if names else ""
            lines.append(
                i18n.translate("Bpmn", "%1 × %2 not imported%3: kamdesk has no such element.")
                .replace("%1", str(count))
                .replace("%2", _readable(tag))
                .replace("%3", shown)
            )
        return lines + list(dict.fromkeys(self.notes))


def _fill_gaps(pmap: ProcurementMap) -> ProcurementMap:
    """Nodes the file gave no coordinates get a free spot (never on top of another)."""
    nodes = list(pmap.nodes)
    for i, node in enumerate(nodes):
        if node.x == 0.0 and node.y == 0.0:
            current = replace(pmap, nodes=tuple(n for n in nodes if not (n.x == 0.0 and n.y == 0.0)))
            x, y = layout.next_spot(current, node.kind, node.lane_id)
            nodes[i] = replace(node, x=x, y=y)
    return replace(pmap, nodes=tuple(nodes))


def _parse_expression(text: str) -> tuple[Condition, bool] | None:
    """``${amount < 250}`` → (amount < 250, True); ``${!catalogueItem}`` → (catalogue, False)."""
    text = text.replace("&lt;", "<").replace("&gt;", ">").strip()
    match = AMOUNT_EXPRESSION.match(text)
    if match:
        symbol = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}.get(match.group(1), match.group(1))
        comparison = {"<": Comparison.LT, "<=": Comparison.LE, ">": Comparison.GT, ">=": Comparison.GE}[symbol]
        amount = _amount(match.group(2).replace("_", ""))
        return (Condition(ConditionKind.AMOUNT, comparison, amount), True) if amount is not None else None
    match = FLAG_EXPRESSION.match(text)
    if match:
        kind = next(k for k, v in VARIABLE.items() if v == match.group(2))
        positive = not match.group(1)
        if match.group(3) == "false":
            positive = not positive
        return Condition(kind), positive
    return None


def _negated(condition: Condition) -> Condition | None:
    if condition.kind is ConditionKind.AMOUNT:
        return replace(condition, comparison=NEGATION[condition.comparison])
    return None


def _answers(process: Element) -> KeyAnswers:
    return KeyAnswers(
        (process.get(q(KAMDESK, "finalDecider")) or "")[:500],
        (process.get(q(KAMDESK, "approvalLimits")) or "")[:500],
        _enum(RequesterChoice, process.get(q(KAMDESK, "requesterChooses"))),
        _enum(ChoiceBasis, process.get(q(KAMDESK, "choiceBasis"))),
    )


def _all_lanes(lane_set: Element) -> list[Element]:
    """Lanes of a lane set; nested child lane sets are flattened into their leaf lanes."""
    found = []
    for lane in lane_set.findall(q(MODEL, "lane")):
        children = lane.find(q(MODEL, "childLaneSet"))
        nested = _all_lanes(children) if children is not None else []
        found.extend(nested or [lane])
    return found


def _box(element: Element) -> tuple[float, float, float, float]:
    try:
        return tuple(float(element.get(k, "0")) for k in ("x", "y", "width", "height"))  # type: ignore[return-value]
    except ValueError:
        return (0.0, 0.0, 0.0, 0.0)


def _amount(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def _enum(cls, value: str | None):  # type: ignore[no-untyped-def]
    if not value:
        return None
    try:
        return cls(value)
    except ValueError:
        return None


def _readable(tag: str) -> str:
    """``intermediateCatchEvent`` → "intermediate catch event"."""
    words, current = [], ""
    for ch in tag:
        if ch.isupper() and current:
            words.append(current)
            current = ch.lower()
        else:
            current += ch
    words.append(current)
    return " ".join(words)


__all__ = ["ImportResult", "parse", "read"]
