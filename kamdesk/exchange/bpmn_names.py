"""Names shared by the BPMN 2.0 writer and reader: namespaces, element kinds, expressions."""

from __future__ import annotations

import re

from kamdesk.domain.procurement.model import Comparison, ConditionKind, NodeKind

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
#: kamdesk's own attributes (BPMN allows foreign attributes; other tools keep or ignore them)
KAMDESK = "https://kamdesk.example/schema/bpmn"

PREFIXES = {"bpmn": MODEL, "bpmndi": BPMNDI, "dc": DC, "di": DI, "xsi": XSI, "kamdesk": KAMDESK}

#: the BPMN element each node kind is written as
ELEMENT = {
    NodeKind.START: "startEvent",
    NodeKind.END: "endEvent",
    NodeKind.STEP: "task",
    NodeKind.DECISION: "exclusiveGateway",
    NodeKind.APPROVAL: "userTask",
    NodeKind.SYSTEM: "serviceTask",
    NodeKind.ORDER: "sendTask",
}

#: BPMN elements read as a node kind without loss
READ_AS = {
    "startEvent": NodeKind.START,
    "endEvent": NodeKind.END,
    "task": NodeKind.STEP,
    "userTask": NodeKind.STEP,
    "manualTask": NodeKind.STEP,
    "receiveTask": NodeKind.STEP,
    "serviceTask": NodeKind.SYSTEM,
    "scriptTask": NodeKind.SYSTEM,
    "businessRuleTask": NodeKind.SYSTEM,
    "sendTask": NodeKind.STEP,
    "exclusiveGateway": NodeKind.DECISION,
}

#: BPMN elements kept as a plain step, with a note that their meaning is lost
APPROXIMATED = {
    "subProcess",
    "transaction",
    "adHocSubProcess",
    "callActivity",
    "intermediateCatchEvent",
    "intermediateThrowEvent",
    "parallelGateway",
    "inclusiveGateway",
    "complexGateway",
    "eventBasedGateway",
}

#: size BPMN tools expect for events and gateways (tasks keep kamdesk's size)
BPMN_SIZE = {NodeKind.START: (36.0, 36.0), NodeKind.END: (36.0, 36.0), NodeKind.DECISION: (50.0, 50.0)}

VARIABLE = {ConditionKind.CATALOGUE: "catalogueItem", ConditionKind.FREE_CHOICE: "requesterMayChoose"}
OPERATORS = {Comparison.LT: "<", Comparison.LE: "<=", Comparison.GT: ">", Comparison.GE: ">="}

AMOUNT_EXPRESSION = re.compile(
    r"^\$\{\s*(?:amount|orderValue|order_value)\s*(<=|>=|<|>|lt|le|gt|ge)\s*([0-9][0-9_.]*)\s*\}$"
)
FLAG_EXPRESSION = re.compile(r"^\$\{\s*(!|not\s+)?\s*(catalogueItem|requesterMayChoose)\s*(?:==\s*(true|false))?\s*\}$")


def q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
