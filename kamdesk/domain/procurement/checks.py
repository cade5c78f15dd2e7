"""What is wrong or missing in a map: no start, dead ends, unreachable nodes, unclear decisions.

Each finding names the nodes/edges it is about, so the editor can select them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from kamdesk.domain import i18n
from kamdesk.domain.procurement.model import Branch, ConditionKind, NodeKind, ProcurementMap, node_caption

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" | "warning" | "info"
    message: str
    node_ids: tuple[str, ...] = ()
    edge_ids: tuple[str, ...] = ()


def reachable(pmap: ProcurementMap, roots: Iterable[str], forward: bool = True) -> set[str]:
    links: dict[str, list[str]] = {}
    for e in pmap.edges:
        a, b = (e.source_id, e.target_id) if forward else (e.target_id, e.source_id)
        links.setdefault(a, []).append(b)
    seen = set(roots)
    queue = deque(seen)
    while queue:
        for b in links.get(queue.popleft(), ()):
            if b not in seen:
                seen.add(b)
                queue.append(b)
    return seen


def check(pmap: ProcurementMap) -> list[Finding]:
    found: list[Finding] = []
    if not pmap.nodes:
        return [Finding(INFO, i18n.translate("Checks", "The map is empty: add a start from the palette."))]

    def say(severity: str, text: str, node_ids: tuple[str, ...] = (), edge_ids: tuple[str, ...] = ()) -> None:
        found.append(Finding(severity, text, node_ids, edge_ids))

    def named(text: str, node_id: str) -> str:
        node = pmap.node(node_id)
        return text.replace("%1", node_caption(node) if node else "?")

    starts = [n.id for n in pmap.nodes if n.kind is NodeKind.START]
    ends = [n.id for n in pmap.nodes if n.kind is NodeKind.END]
    if not starts:
        say(ERROR, i18n.translate("Checks", "The map has no start: where does the need arise?"))
    if not ends:
        say(WARNING, i18n.translate("Checks", "The map has no end."))
    if not any(n.kind is NodeKind.ORDER for n in pmap.nodes):
        say(WARNING, i18n.translate("Checks", "No node places the order."))

    from_start = reachable(pmap, starts)
    if starts:
        for n in pmap.nodes:
            if n.id not in from_start:
                say(WARNING, named(i18n.translate("Checks", "'%1' cannot be reached from a start."), n.id), (n.id,))
    dead = set()
    for n in pmap.nodes:
        out = pmap.outgoing(n.id)
        if n.kind is not NodeKind.END and not out:
            dead.add(n.id)
            say(ERROR, named(i18n.translate("Checks", "'%1' is a dead end: nothing follows it."), n.id), (n.id,))
        if n.kind is NodeKind.END and out:
            say(
                WARNING,
                named(i18n.translate("Checks", "The end '%1' has ways leading out of it."), n.id),
                (n.id,),
                tuple(e.id for e in out),
            )
        if n.kind is NodeKind.START and pmap.incoming(n.id):
            say(WARNING, named(i18n.translate("Checks", "The start '%1' has ways leading into it."), n.id), (n.id,))
        if n.kind is NodeKind.DECISION:
            _check_decision(pmap, n.id, say, named)
        if n.kind is NodeKind.APPROVAL and not n.approver_role and not pmap.lane(n.lane_id):
            say(INFO, named(i18n.translate("Checks", "'%1' does not say who approves."), n.id), (n.id,))
        if pmap.lanes and not pmap.lane(n.lane_id):
            say(INFO, named(i18n.translate("Checks", "'%1' is in no lane."), n.id), (n.id,))
    if ends:
        finishing = reachable(pmap, ends, forward=False)
        for n in pmap.nodes:
            if n.id not in finishing and n.id not in dead and (not starts or n.id in from_start):
                say(WARNING, named(i18n.translate("Checks", "From '%1' no way leads to an end."), n.id), (n.id,))
    return found


def _check_decision(pmap: ProcurementMap, node_id: str, say, named) -> None:  # type: ignore[no-untyped-def]
    node = pmap.node(node_id)
    assert node is not None
    out = pmap.outgoing(node_id)
    if node.condition is None:
        say(
            WARNING,
            named(i18n.translate("Checks", "The decision '%1' does not say what it asks."), node_id),
            (node_id,),
        )
    elif node.condition.kind is ConditionKind.AMOUNT and node.condition.amount is None:
        say(WARNING, named(i18n.translate("Checks", "The decision '%1' has no amount."), node_id), (node_id,))
    if not out:
        return
    branches = {e.branch for e in out}
    for branch in (Branch.YES, Branch.NO):
        if branch not in branches:
            say(
                WARNING,
                named(i18n.translate("Checks", "The decision '%1' has no '%2' way out."), node_id).replace(
                    "%2", branch.label
                ),
                (node_id,),
            )
    unclear = tuple(e.id for e in out if e.branch is None)
    if unclear:
        say(
            WARNING,
            named(i18n.translate("Checks", "A way out of the decision '%1' is marked neither yes nor no."), node_id),
            (node_id,),
            unclear,
        )
