"""Undo commands of the procurement editor. Each changes the stored map through services —
never scene items — in one transaction; the scene follows from the announced changes.

A drag is one ``ChangeFields`` pushed on release; a compound delete is one ``DeleteElements``
whose snapshots hold the attached edges too, so undo restores everything with the same ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from kamdesk.domain.procurement.model import Edge, Lane, Node, ProcurementMap
from kamdesk.services import procurement, records
from kamdesk.ui.context import AppContext
from kamdesk.ui.undo import Command

TAB = "procurement"


class MapFocus(QObject):
    """Undo and redo ask the editor to show the map they touched (account id, map id)."""

    requested = Signal(str, str)


FOCUS = MapFocus()


class MapCommand(Command):
    def __init__(self, ctx: AppContext, text: str, account_id: str | None, map_id: str) -> None:
        super().__init__(ctx, text, account_id, TAB)
        self.map_id = map_id

    def redo(self) -> None:
        first = self.applied
        super().redo()
        if not first and not self.isObsolete() and self.account_id:
            FOCUS.requested.emit(self.account_id, self.map_id)

    def undo(self) -> None:
        super().undo()
        if not self.isObsolete() and self.account_id:
            FOCUS.requested.emit(self.account_id, self.map_id)


class AddElements(MapCommand):
    """Add lanes, nodes and edges (a palette drop, a new connection, a paste)."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        account_id: str | None,
        map_id: str,
        lanes: Sequence[Lane] = (),
        nodes: Sequence[Node] = (),
        edges: Sequence[Edge] = (),
    ) -> None:
        super().__init__(ctx, text, account_id, map_id)
        self.lanes, self.nodes, self.edges = tuple(lanes), tuple(nodes), tuple(edges)

    def apply(self) -> None:
        procurement.insert_elements(self.ctx.workspace(), self.map_id, self.lanes, self.nodes, self.edges)

    def revert(self) -> None:
        procurement.delete_elements(
            self.ctx.workspace(),
            [n.id for n in self.nodes],
            [e.id for e in self.edges],
            [la.id for la in self.lanes],
        )


class DeleteElements(MapCommand):
    """Delete nodes (with their edges), edges and lanes; undo restores all of it."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        account_id: str | None,
        map_id: str,
        node_ids: Iterable[str] = (),
        edge_ids: Iterable[str] = (),
        lane_ids: Iterable[str] = (),
    ) -> None:
        super().__init__(ctx, text, account_id, map_id)
        self.node_ids, self.edge_ids, self.lane_ids = tuple(node_ids), tuple(edge_ids), tuple(lane_ids)
        self.snapshots: list[records.Snapshot] = []

    def apply(self) -> None:
        self.snapshots = procurement.delete_elements(self.ctx.workspace(), self.node_ids, self.edge_ids, self.lane_ids)

    def revert(self) -> None:
        procurement.restore_elements(self.ctx.workspace(), self.snapshots)


Change = tuple[str, str, dict[str, Any], dict[str, Any]]  # (table, row id, new, old)


class ChangeFields(MapCommand):
    """Field edits of several rows as one step: a move, a tidy layout, a property edit."""

    def __init__(
        self, ctx: AppContext, text: str, account_id: str | None, map_id: str, changes: Sequence[Change]
    ) -> None:
        super().__init__(ctx, text, account_id, map_id)
        self.changes = [(t, i, dict(new), dict(old)) for t, i, new, old in changes if new != old]

    def apply(self) -> None:
        procurement.set_many(self.ctx.workspace(), self.changes)

    def revert(self) -> None:
        procurement.set_many(self.ctx.workspace(), [(t, i, old, new) for t, i, new, old in reversed(self.changes)])


class InsertMap(MapCommand):
    """A new map (empty, from a template, a duplicate or a BPMN import)."""

    def __init__(self, ctx: AppContext, text: str, account_id: str, pmap: ProcurementMap) -> None:
        super().__init__(ctx, text, account_id, pmap.id)
        self.pmap = pmap

    def apply(self) -> None:
        procurement.insert_map(self.ctx.workspace(), self.account_id or "", self.pmap)

    def revert(self) -> None:
        records.delete_row(self.ctx.workspace(), procurement.MAP, self.map_id)


class DeleteMap(MapCommand):
    def __init__(self, ctx: AppContext, text: str, account_id: str, map_id: str) -> None:
        super().__init__(ctx, text, account_id, map_id)
        self.snapshot: records.Snapshot | None = None

    def apply(self) -> None:
        self.snapshot = records.delete_row(self.ctx.workspace(), procurement.MAP, self.map_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        records.restore(self.ctx.workspace(), self.snapshot)
