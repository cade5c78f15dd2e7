""" "What happens to this order?": the path an order takes through a map, and who decides.

Pure functions over a ``ProcurementMap`` snapshot. A decision follows its ``yes`` edge when its
condition holds for the order, else its ``no`` edge; an approval is assumed to be granted (the
edge marked ``yes``, else its only edge). The walk stops at an end, at a dead end, at a question
the order does not answer, or when it would go round in a loop.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.procurement.model import (
    CHOOSING,
    Branch,
    ConditionKind,
    Edge,
    LaneRole,
    Node,
    NodeKind,
    ProcurementMap,
    Selection,
    holds,
    lane_title,
    node_caption,
)


@dataclass(frozen=True)
class Order:
    """An order to send through the map."""

    amount: Decimal = Decimal(0)
    catalogue_item: bool = True
    free_choice: bool = True
    start_id: str | None = None
    #: decision node id → answer; overrides the order's own facts for that decision
    answers: Mapping[str, bool] = field(default_factory=dict)


class Outcome(LabelledEnum):
    ORDERED = "ordered"
    NO_ORDER = "no_order"
    DEAD_END = "dead_end"
    UNDECIDED = "undecided"
    LOOP = "loop"
    NO_START = "no_start"


Outcome._LABELS = {  # type: ignore[attr-defined]
    "ordered": QT_TRANSLATE_NOOP("Outcome", "The order is placed."),
    "no_order": QT_TRANSLATE_NOOP("Outcome", "The path ends without an order."),
    "dead_end": QT_TRANSLATE_NOOP("Outcome", "The path runs into a dead end."),
    "undecided": QT_TRANSLATE_NOOP("Outcome", "The path stops at a question the order does not answer."),
    "loop": QT_TRANSLATE_NOOP("Outcome", "The path goes round in a loop."),
    "no_start": QT_TRANSLATE_NOOP("Outcome", "The map has no start."),
}


@dataclass(frozen=True)
class ApprovalNeed:
    node_id: str
    role: str
    limit: Decimal | None
    exceeded: bool  # the order is above what this approver may approve


@dataclass(frozen=True)
class OrderPath:
    node_ids: tuple[str, ...]
    edge_ids: tuple[str, ...]
    outcome: Outcome
    approvals: tuple[ApprovalNeed, ...] = ()
    decider: str = ""
    stopped_at: str | None = None  # the node where an unanswered question or dead end stopped it
    notes: tuple[str, ...] = ()


def starts(pmap: ProcurementMap) -> list[Node]:
    """The map's starts, the requester's first (that is where an order's need arises)."""
    requester = {la.id for la in pmap.lanes if la.role is LaneRole.REQUESTER}
    return sorted(
        (n for n in pmap.nodes if n.kind is NodeKind.START),
        key=lambda n: (n.lane_id not in requester, n.y, n.x, n.id),
    )


def role_of(pmap: ProcurementMap, node: Node, with_holder: bool = True) -> str:
    """Who acts at ``node``: the approver role, else the lane; with the role holder if named."""
    lane = pmap.lane(node.lane_id)
    role = (node.approver_role if node.kind is NodeKind.APPROVAL else "") or (lane_title(lane) if lane else "")
    if node.role_holder and with_holder:
        return f"{role} ({node.role_holder})" if role else node.role_holder
    return role


def decide(node: Node, order: Order, need_answers: bool = False) -> bool | None:
    """The decision's answer for ``order``; None when it cannot tell."""
    if node.id in order.answers:
        return order.answers[node.id]
    condition = node.condition
    if condition is None:
        return None
    if condition.kind is ConditionKind.AMOUNT:
        return None if condition.amount is None else holds(condition.comparison, order.amount, condition.amount)
    if need_answers:
        return None
    if condition.kind is ConditionKind.CATALOGUE:
        return order.catalogue_item
    if condition.kind is ConditionKind.FREE_CHOICE:
        return order.free_choice
    return None


def follow(pmap: ProcurementMap, order: Order, need_answers: bool = False) -> OrderPath:
    """The path ``order`` takes. With ``need_answers``, every decision that is not about the
    amount needs an entry in ``order.answers`` (used to explore both ways)."""
    first = pmap.node(order.start_id) if order.start_id else None
    if first is None:
        found = starts(pmap)
        if not found:
            return OrderPath((), (), Outcome.NO_START)
        first = found[0]
    nodes, edges, notes = [first.id], [], []
    seen = {first.id}
    node = first
    outcome = Outcome.DEAD_END
    stopped: str | None = None
    while True:
        out = sorted(pmap.outgoing(node.id), key=lambda e: _edge_order(pmap, e))
        if node.kind is NodeKind.END or (not out and node.kind is not NodeKind.DECISION):
            if node.kind is NodeKind.END:
                outcome = Outcome.ORDERED if _ordered(pmap, nodes) else Outcome.NO_ORDER
            else:
                outcome, stopped = Outcome.DEAD_END, node.id
            break
        edge: Edge | None
        if node.kind is NodeKind.DECISION:
            answer = decide(node, order, need_answers)
            if answer is None:
                outcome, stopped = Outcome.UNDECIDED, node.id
                break
            wanted = Branch.YES if answer else Branch.NO
            edge = next((e for e in out if e.branch is wanted), None)
            if edge is None:
                unlabelled = [e for e in out if e.branch is None]
                edge = unlabelled[0] if len(unlabelled) == 1 and len(out) == 1 else None
            if edge is None:
                outcome, stopped = Outcome.DEAD_END, node.id
                notes.append(
                    i18n.translate("Paths", "'%1' has no '%2' way out.")
                    .replace("%1", node_caption(node))
                    .replace("%2", wanted.label)
                )
                break
        else:
            edge = next((e for e in out if e.branch is Branch.YES), None) or out[0]
            if len(out) > 1 and edge.branch is None:
                notes.append(
                    i18n.translate("Paths", "Several ways lead out of '%1'; the first one is followed.").replace(
                        "%1", node_caption(node)
                    )
                )
        nxt = pmap.node(edge.target_id)
        if nxt is None:  # pragma: no cover - edges always join two nodes of the map
            outcome, stopped = Outcome.DEAD_END, node.id
            break
        edges.append(edge.id)
        if nxt.id in seen:
            outcome, stopped = Outcome.LOOP, nxt.id
            break
        nodes.append(nxt.id)
        seen.add(nxt.id)
        node = nxt
    approvals = tuple(_approval(pmap, pmap.node(i), order) for i in nodes if pmap.node(i).kind is NodeKind.APPROVAL)  # type: ignore[union-attr]
    decider = decider_of(pmap, nodes) if outcome is Outcome.ORDERED else ""
    return OrderPath(tuple(nodes), tuple(edges), outcome, approvals, decider, stopped, tuple(notes))


def explore(pmap: ProcurementMap, amount: Decimal, start_id: str | None = None, limit: int = 64) -> list[OrderPath]:
    """Every path an order of ``amount`` can take, trying both answers to each other decision."""
    results: list[OrderPath] = []
    pending: list[dict[str, bool]] = [{}]
    while pending and len(results) < limit:
        answers = pending.pop()
        path = follow(pmap, Order(amount, start_id=start_id, answers=answers), need_answers=True)
        node = pmap.node(path.stopped_at) if path.stopped_at else None
        if path.outcome is Outcome.UNDECIDED and node is not None and node.condition is not None:
            pending.append({**answers, node.id: False})
            pending.append({**answers, node.id: True})
        else:
            results.append(path)
    return results


def decider_of(pmap: ProcurementMap, node_ids: list[str] | tuple[str, ...]) -> str:
    """Who takes the final decision on a path that places an order.

    The last approval on the path; else the last person on it who chooses the item; else, if
    the requester can only tick a pre-selected item, whoever pre-selected it; else whoever places
    the order.
    """
    path = [pmap.node(i) for i in node_ids]
    nodes = [n for n in path if n is not None]
    for n in reversed(nodes):
        if n.kind is NodeKind.APPROVAL:
            return role_of(pmap, n, False)
    for n in reversed(nodes):
        if n.selection in CHOOSING:
            return role_of(pmap, n, False)
    ticked = next((n for n in nodes if n.selection is Selection.PRESELECTED), None)
    if ticked is not None:
        chooser = _upstream_chooser(pmap, ticked, {n.id for n in nodes})
        if chooser is not None:
            return role_of(pmap, chooser, False)
        purchasing = next((la for la in pmap.sorted_lanes() if la.role is LaneRole.CENTRAL_PURCHASING), None)
        if purchasing is not None:
            return lane_title(purchasing)
        return i18n.translate("Paths", "whoever pre-selected the item")
    order = next((n for n in reversed(nodes) if n.kind is NodeKind.ORDER), None)
    return role_of(pmap, order, False) if order is not None else ""


def _upstream_chooser(pmap: ProcurementMap, node: Node, skip: set[str]) -> Node | None:
    queue, seen = deque([node.id]), {node.id}
    while queue:
        current = queue.popleft()
        for e in pmap.incoming(current):
            if e.source_id in seen:
                continue
            seen.add(e.source_id)
            source = pmap.node(e.source_id)
            if source is None:  # pragma: no cover
                continue
            if source.id not in skip and source.selection in CHOOSING:
                return source
            queue.append(source.id)
    return None


def _approval(pmap: ProcurementMap, node: Node, order: Order) -> ApprovalNeed:
    limit = node.approval_limit
    return ApprovalNeed(node.id, role_of(pmap, node), limit, limit is not None and order.amount > limit)


def _ordered(pmap: ProcurementMap, node_ids: list[str]) -> bool:
    return any(pmap.node(i).kind is NodeKind.ORDER for i in node_ids)  # type: ignore[union-attr]


def _edge_order(pmap: ProcurementMap, edge: Edge) -> tuple[float, float, str]:
    target = pmap.node(edge.target_id)
    return (target.y, target.x, edge.id) if target else (0.0, 0.0, edge.id)
