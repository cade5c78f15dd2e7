"""The open map as the editor sees it: a snapshot of one procurement map that announces what
changed. The scene and the panels only listen; only undo commands (through services) change
the stored map, and ``apply`` brings the snapshot up to date from the changed rows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from kamdesk.domain.procurement.model import Edge, Lane, Node, ProcurementMap
from kamdesk.services import procurement
from kamdesk.services.workspace import Change, Workspace


class MapDocument(QObject):
    reset = Signal()  # a different map, or none
    node_added = Signal(object)  # Node
    node_changed = Signal(object)  # Node
    node_removed = Signal(str)
    edge_added = Signal(object)  # Edge
    edge_changed = Signal(object)
    edge_removed = Signal(str)
    lanes_changed = Signal()
    header_changed = Signal()  # name, notes, stored answers
    changed = Signal()  # after any of the above: derived views (checks, questions) refresh

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map: ProcurementMap | None = None
        self.nodes: dict[str, Node] = {}
        self.edges: dict[str, Edge] = {}
        self.lanes: dict[str, Lane] = {}
        self._snapshot: ProcurementMap | None = None

    @property
    def map_id(self) -> str | None:
        return self.map.id if self.map else None

    def load(self, ws: Workspace | None, map_id: str | None) -> None:
        pmap = procurement.load(ws, map_id) if (ws is not None and map_id) else None
        self.set_map(pmap)

    def set_map(self, pmap: ProcurementMap | None) -> None:
        self.map = replace(pmap, lanes=(), nodes=(), edges=()) if pmap else None
        self.nodes = {n.id: n for n in pmap.nodes} if pmap else {}
        self.edges = {e.id: e for e in pmap.edges} if pmap else {}
        self.lanes = {la.id: la for la in pmap.lanes} if pmap else {}
        self._snapshot = None
        self.reset.emit()
        self.changed.emit()

    def snapshot(self) -> ProcurementMap:
        """The whole map as one immutable value (for geometry, paths, checks, export)."""
        if self.map is None:
            return ProcurementMap("", "")
        if self._snapshot is None:
            self._snapshot = replace(
                self.map,
                lanes=tuple(sorted(self.lanes.values(), key=lambda la: (la.position, la.id))),
                nodes=tuple(self.nodes.values()),
                edges=tuple(self.edges.values()),
            )
        return self._snapshot

    def apply(self, ws: Workspace, changes: list[Change]) -> bool:
        """Bring the snapshot up to date with ``changes``; False if the map itself went away."""
        if self.map is None:
            return True
        touched = False
        by_table: dict[str, dict[str, str]] = {}
        for c in changes:
            if c.table in procurement.TABLES:
                by_table.setdefault(c.table, {})[c.id] = c.op
        if not by_table:
            return True
        header = by_table.get(procurement.MAP, {})
        if header.get(self.map.id) == "delete":
            return False
        if self.map.id in header:
            found = procurement.rows(ws, procurement.MAP, [self.map.id])
            if not found:
                return False
            self.map = found[0][1]
            self.header_changed.emit()
            touched = True
        lanes = by_table.get(procurement.LANE, {})
        if lanes:
            fresh = self._fresh(ws, procurement.LANE, lanes)
            for lane_id, op in lanes.items():
                lane = fresh.get(lane_id)
                if op == "delete" or lane is None:
                    self.lanes.pop(lane_id, None)
                else:
                    self.lanes[lane_id] = lane
            touched = True
            self._snapshot = None
            self.lanes_changed.emit()
        touched |= self._apply_items(ws, procurement.NODE, by_table.get(procurement.NODE, {}), self.nodes)
        touched |= self._apply_items(ws, procurement.EDGE, by_table.get(procurement.EDGE, {}), self.edges)
        if touched:
            self._snapshot = None
            self.changed.emit()
        return True

    def _fresh(self, ws: Workspace, table: str, ops: dict[str, str]) -> dict:  # type: ignore[type-arg]
        """The current values of the rows of this map that were inserted or updated."""
        assert self.map is not None
        wanted = [i for i, op in ops.items() if op != "delete"]
        return {obj.id: obj for map_id, obj in procurement.rows(ws, table, wanted) if map_id == self.map.id}

    def _apply_items(self, ws: Workspace, table: str, ops: dict[str, str], store: dict) -> bool:  # type: ignore[type-arg]
        if not ops:
            return False
        assert self.map is not None
        fresh = self._fresh(ws, table, ops)
        is_node = table == procurement.NODE
        # removals first (an edge removed before its node), then additions and changes
        for row_id, op in ops.items():
            item = fresh.get(row_id)
            if (op == "delete" or item is None) and row_id in store:
                del store[row_id]
                self._snapshot = None
                (self.node_removed if is_node else self.edge_removed).emit(row_id)
        for row_id, op in ops.items():
            item = fresh.get(row_id)
            if op == "delete" or item is None:
                continue
            known = row_id in store
            store[row_id] = item
            self._snapshot = None
            if known:
                (self.node_changed if is_node else self.edge_changed).emit(item)
            else:
                (self.node_added if is_node else self.edge_added).emit(item)
        return True
