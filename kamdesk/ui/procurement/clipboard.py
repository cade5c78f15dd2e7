"""Nodes and edges on the clipboard, as JSON under kamdesk's own MIME type."""

from __future__ import annotations

import atexit
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from kamdesk.domain.procurement.model import (
    Branch,
    Comparison,
    Condition,
    ConditionKind,
    Edge,
    Node,
    NodeKind,
    Selection,
)

MIME = "application/x-kamdesk-procurement"


def put(mime: QMimeData) -> None:
    """Put ``mime`` on the system clipboard.

    WORKAROUND (PySide6 6.12): a QMimeData made in Python that is still on the clipboard when the
    process ends makes the interpreter crash on exit; so it is taken off again at exit (only if it
    is still ours — what another application copied meanwhile is left alone).
    """
    global _cleanup_registered
    QGuiApplication.clipboard().setMimeData(mime)
    if not _cleanup_registered:
        atexit.register(_take_back)
        _cleanup_registered = True


_cleanup_registered = False


def _take_back() -> None:
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME):
        clipboard.clear()


def encode(nodes: list[Node], edges: list[Edge]) -> dict[str, Any]:
    return {
        "nodes": [
            {
                "id": n.id,
                "kind": n.kind.value,
                "label": n.label,
                "x": n.x,
                "y": n.y,
                "lane_id": n.lane_id,
                "role_holder": n.role_holder,
                "condition": [n.condition.kind.value, n.condition.comparison.value, _text(n.condition.amount)]
                if n.condition
                else None,
                "approver_role": n.approver_role,
                "approval_limit": _text(n.approval_limit),
                "selection": n.selection.value if n.selection else None,
                "notes": n.notes,
                "contact_id": n.contact_id,
            }
            for n in nodes
        ],
        "edges": [
            {
                "id": e.id,
                "source_id": e.source_id,
                "target_id": e.target_id,
                "label": e.label,
                "branch": e.branch.value if e.branch else None,
            }
            for e in edges
        ],
    }


def decode(data: dict[str, Any]) -> tuple[list[Node], list[Edge]]:
    nodes = []
    for n in data["nodes"]:
        c = n.get("condition")
        nodes.append(
            Node(
                str(n["id"]),
                NodeKind(n["kind"]),
                str(n.get("label", "")),
                float(n["x"]),
                float(n["y"]),
                n.get("lane_id"),
                str(n.get("role_holder", "")),
                Condition(ConditionKind(c[0]), Comparison(c[1]), Decimal(c[2]) if c[2] else None) if c else None,
                str(n.get("approver_role", "")),
                Decimal(n["approval_limit"]) if n.get("approval_limit") else None,
                Selection(n["selection"]) if n.get("selection") else None,
                str(n.get("notes", "")),
                n.get("contact_id"),
            )
        )
    known = {n.id for n in nodes}
    edges = [
        Edge(
            str(e["id"]),
            e["source_id"],
            e["target_id"],
            str(e.get("label", "")),
            Branch(e["branch"]) if e.get("branch") else None,
        )
        for e in data["edges"]
        if e["source_id"] in known and e["target_id"] in known
    ]
    return nodes, edges


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
