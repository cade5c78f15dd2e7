"""The controller between the user's gestures and the undo stack: it turns "add a step here",
"connect these", "move these", "paste" into undo commands. The scene and tools call it; it
never touches items, only pushes commands (the scene follows from the document)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPointF
from PySide6.QtGui import QGuiApplication

from kamdesk.domain.procurement import geometry, layout
from kamdesk.domain.procurement.model import Branch, Edge, Lane, LaneRole, Node, NodeKind
from kamdesk.domain.procurement.templates import new_id
from kamdesk.services import procurement
from kamdesk.ui.context import AppContext
from kamdesk.ui.procurement import clipboard
from kamdesk.ui.procurement.commands import AddElements, ChangeFields, DeleteElements
from kamdesk.ui.procurement.document import MapDocument
from kamdesk.ui.procurement.scene import MapScene
from kamdesk.ui.procurement.tools import ToolBox


class MapEditor(QObject):
    def __init__(self, ctx: AppContext, document: MapDocument, scene: MapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document, self.scene = ctx, document, scene
        self.account_id: str | None = None
        self.snap_enabled = True
        self.tools = ToolBox(self)
        scene.tools = self.tools
        scene.kind_dropped.connect(lambda kind, pos: self.add_node(NodeKind(kind), pos))
        self._pastes = 0

    @property
    def writable(self) -> bool:
        return self.ctx.writable and self.document.map is not None

    @property
    def map_id(self) -> str:
        return self.document.map_id or ""

    def _push(self, command: Any) -> bool:
        return self.ctx.push(command)

    # -- nodes and edges -------------------------------------------------------------------

    def add_node(self, kind: NodeKind, pos: QPointF | None = None, lane_id: str | None = None) -> str | None:
        if not self.writable:
            return None
        pmap = self.document.snapshot()
        bands = geometry.lane_bands(pmap.lanes, geometry.diagram_width(pmap.nodes))
        if pos is None:
            if lane_id is None:
                lane_id = self._lane_for_new(kind, pmap)
            x, y = layout.next_spot(pmap, kind, lane_id)
        else:
            x, y = layout.free_position(pmap, kind, (pos.x(), pos.y()))
        lane_id = geometry.lane_at(bands, y) if bands else None
        node = Node(new_id(), kind, "", x, y, lane_id)
        command = AddElements(
            self.ctx,
            QCoreApplication.translate("ProcurementEditor", "Add %1").replace("%1", kind.label),
            self.account_id,
            self.map_id,
            nodes=[node],
        )
        if self._push(command):
            self.scene.select_ids([node.id])
            return node.id
        return None

    def _lane_for_new(self, kind: NodeKind, pmap: Any) -> str | None:
        """Beside the selected node's lane, else the requester's lane, else the first."""
        selected, _e, lanes = self.scene.selected_ids()
        if lanes:
            return str(lanes[0])
        if selected and self.document.nodes.get(selected[0]):
            return self.document.nodes[selected[0]].lane_id
        ordered = pmap.sorted_lanes()
        requester = next((la for la in ordered if la.role is LaneRole.REQUESTER), None)
        return (requester or (ordered[0] if ordered else None)).id if ordered else None

    def connect(self, source_id: str, target_id: str) -> str | None:
        if not self.writable or source_id == target_id:
            return None
        pmap = self.document.snapshot()
        out = pmap.outgoing(source_id)
        if any(e.target_id == target_id for e in out):
            self.ctx.message.emit(QCoreApplication.translate("ProcurementEditor", "These two are already connected."))
            return None
        source = pmap.node(source_id)
        branch = None
        if source is not None and source.kind in (NodeKind.DECISION, NodeKind.APPROVAL):
            taken = {e.branch for e in out}
            branch = next((b for b in (Branch.YES, Branch.NO) if b not in taken), None)
        edge = Edge(new_id(), source_id, target_id, "", branch)
        if self._push(
            AddElements(
                self.ctx,
                QCoreApplication.translate("ProcurementEditor", "Connect"),
                self.account_id,
                self.map_id,
                edges=[edge],
            )
        ):
            return edge.id
        return None

    def move_nodes(self, positions: dict[str, tuple[float, float]]) -> bool:
        pmap = self.document.snapshot()
        bands = geometry.lane_bands(pmap.lanes, geometry.diagram_width(pmap.nodes))
        changes = []
        for node_id, (x, y) in positions.items():
            node = self.document.nodes.get(node_id)
            if node is None:
                continue
            new: dict[str, Any] = {"x": float(x), "y": float(y)}
            old: dict[str, Any] = {"x": node.x, "y": node.y}
            if bands:
                new["lane_id"], old["lane_id"] = geometry.lane_at(bands, y), node.lane_id
            changes.append((procurement.NODE, node_id, new, old))
        if not changes:
            return False
        moved = len(changes)
        text = self.tr("Move %n node(s)", "", moved)
        return self._push(ChangeFields(self.ctx, text, self.account_id, self.map_id, changes))

    def nudge(self, dx: float, dy: float) -> None:
        nodes, _e, _l = self.scene.selected_ids()
        if nodes and self.writable:
            self.move_nodes({i: (self.document.nodes[i].x + dx, self.document.nodes[i].y + dy) for i in nodes})

    def delete_selection(self) -> bool:
        nodes, edges, lanes = self.scene.selected_ids()
        if not self.writable or not (nodes or edges or lanes):
            return False
        count = len(nodes) + len(edges) + len(lanes)
        command = DeleteElements(
            self.ctx,
            self.tr("Delete %n element(s)", "", count),
            self.account_id,
            self.map_id,
            nodes,
            edges,
            lanes,
        )
        return self._push(command)

    def set_fields(self, table: str, row_id: str, new: dict[str, Any], old: dict[str, Any], text: str) -> bool:
        if not self.writable or new == old:
            return False
        return self._push(ChangeFields(self.ctx, text, self.account_id, self.map_id, [(table, row_id, new, old)]))

    def add_lane(self) -> str | None:
        if not self.writable:
            return None
        lanes = self.document.snapshot().sorted_lanes()
        lane = Lane(
            new_id(),
            QCoreApplication.translate("ProcurementEditor", "New lane"),
            LaneRole.OTHER,
            (lanes[-1].position + 1) if lanes else 0,
        )
        if self._push(
            AddElements(
                self.ctx,
                QCoreApplication.translate("ProcurementEditor", "Add lane"),
                self.account_id,
                self.map_id,
                lanes=[lane],
            )
        ):
            self.scene.select_ids(lane_ids=[lane.id])
            return lane.id
        return None

    def move_lane(self, lane_id: str, step: int) -> None:
        lanes = self.document.snapshot().sorted_lanes()
        index = next((i for i, la in enumerate(lanes) if la.id == lane_id), None)
        if index is None or not 0 <= index + step < len(lanes) or not self.writable:
            return
        other = lanes[index + step]
        lane = lanes[index]
        # Nodes travel with their lane: shift them by the other lane's height.
        changes: list[Any] = [
            (procurement.LANE, lane.id, {"position": other.position}, {"position": lane.position}),
            (procurement.LANE, other.id, {"position": lane.position}, {"position": other.position}),
        ]
        for node in self.document.nodes.values():
            if node.lane_id == lane.id:
                changes.append((procurement.NODE, node.id, {"y": node.y + step * other.size}, {"y": node.y}))
            elif node.lane_id == other.id:
                changes.append((procurement.NODE, node.id, {"y": node.y - step * lane.size}, {"y": node.y}))
        self._push(
            ChangeFields(
                self.ctx,
                QCoreApplication.translate("ProcurementEditor", "Move lane"),
                self.account_id,
                self.map_id,
                changes,
            )
        )

    def tidy(self) -> None:
        if not self.writable:
            return
        pmap = self.document.snapshot()
        positions, sizes = layout.tidy(pmap)
        changes: list[Any] = [
            (procurement.LANE, lane_id, {"size": size}, {"size": pmap.lane(lane_id).size})  # type: ignore[union-attr]
            for lane_id, size in sizes.items()
        ]
        for node_id, (x, y) in positions.items():
            node = pmap.node(node_id)
            assert node is not None
            changes.append((procurement.NODE, node_id, {"x": x, "y": y}, {"x": node.x, "y": node.y}))
        if not changes:
            self.ctx.message.emit(QCoreApplication.translate("ProcurementEditor", "The layout is already tidy."))
            return
        self._push(
            ChangeFields(
                self.ctx,
                QCoreApplication.translate("ProcurementEditor", "Tidy layout"),
                self.account_id,
                self.map_id,
                changes,
            )
        )

    # -- clipboard -------------------------------------------------------------------------

    def copy(self) -> bool:
        nodes, _edges, _lanes = self.scene.selected_ids()
        if not nodes:
            return False
        pmap = self.document.snapshot()
        chosen = set(nodes)
        data = clipboard.encode(
            [pmap.node(i) for i in nodes if pmap.node(i)],  # type: ignore[misc]
            [e for e in pmap.edges if e.source_id in chosen and e.target_id in chosen],
        )
        mime = QMimeData()
        mime.setData(clipboard.MIME, json.dumps(data).encode())
        mime.setText("\n".join(pmap.node(i).label or pmap.node(i).kind.label for i in nodes))  # type: ignore[union-attr]
        clipboard.put(mime)
        self._pastes = 0
        copied = len(nodes)
        self.ctx.message.emit(self.tr("%n node(s) copied.", "", copied))
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete_selection()

    def paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if not self.writable or mime is None or not mime.hasFormat(clipboard.MIME):
            return False
        try:
            nodes, edges = clipboard.decode(json.loads(bytes(mime.data(clipboard.MIME).data()).decode()))
        except (ValueError, KeyError, TypeError):
            return False
        self._pastes += 1
        offset = geometry.GRID * 2 * self._pastes
        pmap = self.document.snapshot()
        bands = geometry.lane_bands(pmap.lanes, geometry.diagram_width(pmap.nodes))
        ids = {n.id: new_id() for n in nodes}
        fresh = [
            replace(
                n,
                id=ids[n.id],
                x=n.x + offset,
                y=n.y + offset,
                lane_id=geometry.lane_at(bands, n.y + offset) if bands else None,
            )
            for n in nodes
        ]
        links = [replace(e, id=new_id(), source_id=ids[e.source_id], target_id=ids[e.target_id]) for e in edges]
        pasted = len(fresh)
        text = self.tr("Paste %n node(s)", "", pasted)
        if self._push(AddElements(self.ctx, text, self.account_id, self.map_id, nodes=fresh, edges=links)):
            self.scene.select_ids([n.id for n in fresh], [e.id for e in links])
            return True
        return False

    def select_all(self) -> None:
        self.scene.select_ids(self.document.nodes, self.document.edges)
