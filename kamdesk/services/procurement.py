"""Procurement maps: read them as domain snapshots, write maps and their elements in one
transaction each (what the editor's undo commands call), BPMN export and import."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kamdesk.domain import i18n
from kamdesk.domain.account import unique_name
from kamdesk.domain.errors import InputError, NotFoundError
from kamdesk.domain.procurement.model import (
    LABEL_MAX,
    Branch,
    ChoiceBasis,
    Comparison,
    Condition,
    ConditionKind,
    Edge,
    KeyAnswers,
    Lane,
    LaneRole,
    MapSummary,
    Node,
    NodeKind,
    ProcurementMap,
    RequesterChoice,
    Selection,
    parse_amount,
)
from kamdesk.services import accounts, records
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import Base
from kamdesk.storage.tables.procurement import (
    ProcurementEdgeRow,
    ProcurementLaneRow,
    ProcurementMapRow,
    ProcurementNodeRow,
)

MAP, LANE, NODE, EDGE = "procurement_map", "procurement_lane", "procurement_node", "procurement_edge"
TABLES = frozenset({MAP, LANE, NODE, EDGE})


# -- reading ---------------------------------------------------------------------------------


def maps(ws: Workspace, account_id: str) -> list[MapSummary]:
    t, n = ProcurementMapRow.__table__, ProcurementNodeRow.__table__
    count = select(func.count()).where(n.c.map_id == t.c.id).scalar_subquery()
    query = select(t.c.id, t.c.name, t.c.position, count).where(t.c.account_id == account_id)
    with ws.read() as session:
        rows = session.execute(query.order_by(t.c.position, func.lower(t.c.name))).all()
    return [MapSummary(r[0], r[1], r[2], r[3]) for r in rows]


def load(ws: Workspace, map_id: str) -> ProcurementMap:
    with ws.read() as session:
        return load_in(session, map_id)


def load_in(session: Any, map_id: str) -> ProcurementMap:
    row = session.get(ProcurementMapRow, map_id)
    if row is None:
        raise NotFoundError(i18n.translate("Procurement", "This procurement map no longer exists."))
    lanes = session.scalars(select(ProcurementLaneRow).where(ProcurementLaneRow.map_id == map_id)).all()
    nodes = session.scalars(select(ProcurementNodeRow).where(ProcurementNodeRow.map_id == map_id)).all()
    edges = session.scalars(select(ProcurementEdgeRow).where(ProcurementEdgeRow.map_id == map_id)).all()
    return ProcurementMap(
        row.id,
        row.name,
        row.account_id,
        row.position,
        row.notes,
        answers_of(row),
        tuple(sorted((lane_of(r) for r in lanes), key=lambda la: (la.position, la.id))),
        tuple(sorted((node_of(r) for r in nodes), key=lambda n: n.id)),
        tuple(sorted((edge_of(r) for r in edges), key=lambda e: e.id)),
    )


def find(ws: Workspace, account_name: str, map_name: str) -> ProcurementMap:
    account = accounts.find(ws, account_name)
    t = ProcurementMapRow.__table__
    with ws.read() as session:
        map_id = session.execute(
            select(t.c.id).where(t.c.account_id == account.id, func.lower(t.c.name) == map_name.strip().lower())
        ).scalar()
        if map_id is None:
            names = ", ".join(s.name for s in maps(ws, account.id)) or "—"
            raise NotFoundError(
                i18n.translate("Procurement", "%1 has no procurement map '%2' (maps: %3).")
                .replace("%1", account.name)
                .replace("%2", map_name)
                .replace("%3", names)
            )
        return load_in(session, map_id)


def rows(ws: Workspace, table: str, ids: Iterable[str]) -> list[Any]:
    """Domain objects for the given rows of a lane/node/edge/map table (missing ids skipped)."""
    cls = {MAP: ProcurementMapRow, LANE: ProcurementLaneRow, NODE: ProcurementNodeRow, EDGE: ProcurementEdgeRow}[table]
    convert = {MAP: _map_header, LANE: lane_of, NODE: node_of, EDGE: edge_of}[table]
    wanted = list(ids)
    with ws.read() as session:
        found = session.scalars(select(cls).where(cls.id.in_(wanted))).all() if wanted else []
        return [(r.map_id if table != MAP else r.id, convert(r)) for r in found]


def answers_of(row: ProcurementMapRow) -> KeyAnswers:
    return KeyAnswers(
        row.answer_final_decider,
        row.answer_approval_limits,
        RequesterChoice(row.answer_requester_chooses) if row.answer_requester_chooses else None,
        ChoiceBasis(row.answer_choice_basis) if row.answer_choice_basis else None,
    )


def _map_header(row: ProcurementMapRow) -> ProcurementMap:
    return ProcurementMap(row.id, row.name, row.account_id, row.position, row.notes, answers_of(row))


def lane_of(row: ProcurementLaneRow) -> Lane:
    return Lane(row.id, row.name, LaneRole(row.role), row.position, row.size)


def node_of(row: ProcurementNodeRow) -> Node:
    condition = None
    if row.condition_kind:
        condition = Condition(ConditionKind(row.condition_kind), Comparison(row.condition_op), row.condition_amount)
    return Node(
        row.id,
        NodeKind(row.kind),
        row.label,
        row.x,
        row.y,
        row.lane_id,
        row.role_holder,
        condition,
        row.approver_role,
        row.approval_limit,
        Selection(row.selection) if row.selection else None,
        row.notes,
        row.contact_id,
    )


def edge_of(row: ProcurementEdgeRow) -> Edge:
    return Edge(row.id, row.source_id, row.target_id, row.label, Branch(row.branch) if row.branch else None)


def contacts(ws: Workspace, account_id: str) -> list[tuple[str, str, str]]:
    """(id, name, title) of the account's contacts on the relationship board, by name."""
    t = Base.metadata.tables["contact"]
    query = select(t.c.id, t.c.name, t.c.title).where(t.c.account_id == account_id).order_by(func.lower(t.c.name))
    with ws.read() as session:
        return [(r.id, r.name, r.title) for r in session.execute(query)]


# -- domain → stored values ------------------------------------------------------------------


def lane_values(lane: Lane, map_id: str) -> dict[str, Any]:
    return {
        "id": lane.id,
        "map_id": map_id,
        "name": lane.name,
        "role": lane.role.value,
        "position": lane.position,
        "size": lane.size,
    }


def node_values(node: Node, map_id: str) -> dict[str, Any]:
    c = node.condition
    return {
        "id": node.id,
        "map_id": map_id,
        "lane_id": node.lane_id,
        "kind": node.kind.value,
        "label": node.label,
        "x": float(node.x),
        "y": float(node.y),
        "role_holder": node.role_holder,
        "condition_kind": c.kind.value if c else None,
        "condition_op": c.comparison.value if c else Comparison.LT.value,
        "condition_amount": c.amount if c else None,
        "approver_role": node.approver_role,
        "approval_limit": node.approval_limit,
        "selection": node.selection.value if node.selection else None,
        "notes": node.notes,
        "contact_id": node.contact_id,
    }


def edge_values(edge: Edge, map_id: str) -> dict[str, Any]:
    return {
        "id": edge.id,
        "map_id": map_id,
        "source_id": edge.source_id,
        "target_id": edge.target_id,
        "label": edge.label,
        "branch": edge.branch.value if edge.branch else None,
    }


def map_values(pmap: ProcurementMap, account_id: str) -> dict[str, Any]:
    a = pmap.answers
    return {
        "id": pmap.id,
        "account_id": account_id,
        "name": pmap.name,
        "position": pmap.position,
        "notes": pmap.notes,
        "answer_final_decider": a.final_decider,
        "answer_approval_limits": a.approval_limits,
        "answer_requester_chooses": a.requester_chooses.value if a.requester_chooses else None,
        "answer_choice_basis": a.choice_basis.value if a.choice_basis else None,
    }


# -- writing ---------------------------------------------------------------------------------


def suggest_name(ws: Workspace, account_id: str, base: str) -> str:
    return unique_name(base.strip() or "Map", {s.name for s in maps(ws, account_id)})


def insert_map(ws: Workspace, account_id: str, pmap: ProcurementMap) -> str:
    """Store ``pmap`` (its ids kept, so a redo re-creates the same rows) as the account's last map."""
    with ws.write() as tx:
        return insert_map_in(tx, account_id, pmap)


def insert_map_in(tx: Transaction, account_id: str, pmap: ProcurementMap) -> str:
    t = ProcurementMapRow.__table__
    last = tx.session.execute(select(func.max(t.c.position)).where(t.c.account_id == account_id)).scalar()
    values = map_values(pmap, account_id)
    values["position"] = (last + 1) if last is not None else 0
    records.insert_row_in(tx, MAP, values)
    insert_elements_in(tx, pmap.id, pmap.lanes, pmap.nodes, pmap.edges)
    return pmap.id


def insert_elements(
    ws: Workspace, map_id: str, lanes: Iterable[Lane] = (), nodes: Iterable[Node] = (), edges: Iterable[Edge] = ()
) -> None:
    with ws.write() as tx:
        insert_elements_in(tx, map_id, lanes, nodes, edges)


def insert_elements_in(
    tx: Transaction, map_id: str, lanes: Iterable[Lane], nodes: Iterable[Node], edges: Iterable[Edge]
) -> None:
    for lane in lanes:
        records.insert_row_in(tx, LANE, lane_values(lane, map_id))
    for node in nodes:
        records.insert_row_in(tx, NODE, node_values(node, map_id))
    for edge in edges:
        records.insert_row_in(tx, EDGE, edge_values(edge, map_id))


def delete_elements(
    ws: Workspace, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = (), lane_ids: Iterable[str] = ()
) -> list[records.Snapshot]:
    """Delete edges, then nodes (with the edges still attached), then lanes — one transaction.
    ``restore_elements`` puts all of it back."""
    snapshots = []
    with ws.write() as tx:
        for table, ids in ((EDGE, edge_ids), (NODE, node_ids), (LANE, lane_ids)):
            for row_id in ids:
                if _exists(tx, table, row_id):
                    snapshots.append(records.delete_row_in(tx, table, row_id))
    return snapshots


def _exists(tx: Transaction, table: str, row_id: str) -> bool:
    t = Base.metadata.tables[table]
    return tx.session.execute(select(t.c.id).where(t.c.id == row_id)).first() is not None


def restore_elements(ws: Workspace, snapshots: list[records.Snapshot]) -> None:
    with ws.write() as tx:
        for snapshot in reversed(snapshots):
            records.restore_in(tx, snapshot)


FieldChange = tuple[str, str, Mapping[str, Any], Mapping[str, Any]]  # (table, id, new, expected old)


def set_many(ws: Workspace, changes: Iterable[FieldChange]) -> None:
    """Several compare-and-set field edits as one transaction (a drag of many nodes, a tidy layout)."""
    with ws.write() as tx:
        for table, row_id, new, old in changes:
            records.set_fields_in(tx, table, row_id, new, old)


# -- validators ------------------------------------------------------------------------------


def _clean_name(_tx: Transaction, _id: str, value: Any) -> Any:
    text = " ".join(str(value or "").split())
    if not text:
        raise InputError(i18n.translate("Procurement", "A procurement map needs a name."))
    return text


def _clean_label(_tx: Transaction, _id: str, value: Any) -> Any:
    text = " ".join(str(value or "").split())
    return text[:LABEL_MAX]


def _clean_amount(_tx: Transaction, _id: str, value: Any) -> Any:
    if isinstance(value, str):
        return parse_amount(value)
    if value is None:
        return None
    amount = Decimal(str(value))
    if amount < 0:
        raise InputError(i18n.translate("Procurement", "An amount cannot be negative."))
    return amount


def _clean_size(_tx: Transaction, _id: str, value: Any) -> Any:
    return max(100.0, min(2000.0, float(value)))


records.register_validator(MAP, "name", _clean_name)
for _table, _field in (
    (NODE, "label"),
    (EDGE, "label"),
    (LANE, "name"),
    (NODE, "role_holder"),
    (NODE, "approver_role"),
):
    records.register_validator(_table, _field, _clean_label)
records.register_validator(NODE, "condition_amount", _clean_amount)
records.register_validator(NODE, "approval_limit", _clean_amount)
records.register_validator(LANE, "size", _clean_size)


def _none_if_empty(_tx: Transaction, _id: str, value: Any) -> Any:
    return value or None


for _table, _field in (
    (NODE, "selection"),
    (NODE, "condition_kind"),
    (EDGE, "branch"),
    (NODE, "lane_id"),
    (NODE, "contact_id"),
    (MAP, "answer_requester_chooses"),
    (MAP, "answer_choice_basis"),
):
    records.register_validator(_table, _field, _none_if_empty)


# -- BPMN ------------------------------------------------------------------------------------


def export_bpmn(ws: Workspace, account_name: str, map_name: str, target: Path) -> ProcurementMap:
    from kamdesk.exchange import bpmn_export
    from kamdesk.services.bundles import write_atomically

    pmap = find(ws, account_name, map_name)
    account = accounts.find(ws, account_name)
    write_atomically(target, bpmn_export.to_xml(pmap, account.name))
    return pmap


def import_bpmn(ws: Workspace, account_name: str, source: Path) -> tuple[ProcurementMap, list[str]]:
    """Read ``source`` and store it as a new map of the account; returns the map and what could
    not be represented."""
    from kamdesk.exchange import bpmn_import

    account = accounts.find(ws, account_name)
    result = bpmn_import.read(source)
    pmap = replace(result.map, name=suggest_name(ws, account.id, result.map.name), account_id=account.id)
    insert_map(ws, account.id, pmap)
    return pmap, result.report
