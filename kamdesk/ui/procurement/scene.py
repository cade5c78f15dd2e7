"""The flowchart scene: it listens to the ``MapDocument`` and keeps one item per node, edge and
lane (``item_for_node`` …). Mouse presses go to the editor's tools; the scene itself changes
nothing in the model."""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent

from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.model import Edge, Node, NodeKind, branch_text
from kamdesk.ui.procurement.document import MapDocument
from kamdesk.ui.procurement.items import EdgeItem, LaneItem, NodeItem

KIND_MIME = "application/x-kamdesk-node-kind"


def alive(obj: object) -> bool:
    """False once Qt has deleted the C++ side (late signals while a tab is torn down)."""
    return shiboken6.isValid(obj)


class MapScene(QGraphicsScene):
    #: a palette kind was dropped here (kind value, scene position)
    kind_dropped = Signal(str, QPointF)

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        # An edited diagram moves items constantly; the BSP index costs more than it saves.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.document = document
        self.item_for_node: dict[str, NodeItem] = {}
        self.item_for_edge: dict[str, EdgeItem] = {}
        self.lane_items: dict[str, LaneItem] = {}
        self.tools = None  # the editor's ToolBox, set by the editor
        self.highlighted = False
        document.reset.connect(self.rebuild)
        document.node_added.connect(self._node_added)
        document.node_changed.connect(self._node_changed)
        document.node_removed.connect(self._node_removed)
        document.edge_added.connect(self._edge_added)
        document.edge_changed.connect(self._edge_changed)
        document.edge_removed.connect(self._edge_removed)
        document.lanes_changed.connect(self.layout_lanes)
        document.changed.connect(self._fit_lanes)

    # -- building --------------------------------------------------------------------------

    def rebuild(self) -> None:
        self.clearSelection()
        self.clear()
        self.item_for_node.clear()
        self.item_for_edge.clear()
        self.lane_items.clear()
        self.highlighted = False
        for node in self.document.nodes.values():
            self._node_added(node)
        for edge in self.document.edges.values():
            self._edge_added(edge)
        self.layout_lanes()

    def layout_lanes(self) -> None:
        lanes = sorted(self.document.lanes.values(), key=lambda la: (la.position, la.id))
        bands = geometry.lane_bands(lanes, self._width())
        by_id = {la.id: la for la in lanes}
        for lane_id in list(self.lane_items):
            if lane_id not in by_id:
                self.removeItem(self.lane_items.pop(lane_id))
        for index, band in enumerate(bands):
            item = self.lane_items.get(band.lane_id)
            if item is None:
                item = LaneItem(by_id[band.lane_id], band, index)
                self.lane_items[band.lane_id] = item
                self.addItem(item)
            else:
                item.index = index
                item.set_band(by_id[band.lane_id], band)
        self._update_rect()

    def _width(self) -> float:
        return geometry.diagram_width(self.document.nodes.values())

    def _fit_lanes(self) -> None:
        if self.lane_items and abs(next(iter(self.lane_items.values())).band.rect.w - self._width()) > 0.5:
            self.layout_lanes()
        else:
            self._update_rect()

    def _update_rect(self) -> None:
        box = self.itemsBoundingRect().adjusted(-200, -160, 400, 300)
        self.setSceneRect(box.united(QRectF(-200, -160, 1600, 900)))

    # -- nodes and edges -------------------------------------------------------------------

    def _node_added(self, node: Node) -> None:
        item = NodeItem(node)
        self.item_for_node[node.id] = item
        self.addItem(item)

    def _node_changed(self, node: Node) -> None:
        item = self.item_for_node.get(node.id)
        if item is None:
            self._node_added(node)
            return
        item.set_node(node)
        self.reroute([node.id])

    def _node_removed(self, node_id: str) -> None:
        item = self.item_for_node.pop(node_id, None)
        if item is not None:
            self.removeItem(item)

    def _edge_added(self, edge: Edge) -> None:
        item = EdgeItem(edge.id)
        self.item_for_edge[edge.id] = item
        self.addItem(item)
        self._route(edge, item)

    def _edge_changed(self, edge: Edge) -> None:
        item = self.item_for_edge.get(edge.id)
        if item is None:
            self._edge_added(edge)
        else:
            self._route(edge, item)

    def _edge_removed(self, edge_id: str) -> None:
        item = self.item_for_edge.pop(edge_id, None)
        if item is not None:
            self.removeItem(item)

    def _route(self, edge: Edge, item: EdgeItem) -> None:
        source, target = self.item_for_node.get(edge.source_id), self.item_for_node.get(edge.target_id)
        if source is None or target is None:
            return
        route = geometry.route(edge.id, self._shape_of(source), self._shape_of(target))
        item.set_route(route, branch_text(edge, source.node))

    @staticmethod
    def _shape_of(item: NodeItem) -> geometry.NodeShape:
        pos = item.pos()
        return geometry.shape_at(item.node.id, item.node.kind, pos.x(), pos.y())

    def reroute(self, node_ids: Iterable[str]) -> None:
        """Re-route the edges attached to these nodes (after a model change or during a drag)."""
        ids = set(node_ids)
        for edge in self.document.edges.values():
            if edge.source_id in ids or edge.target_id in ids:
                item = self.item_for_edge.get(edge.id)
                if item is not None:
                    self._route(edge, item)

    # -- selection and highlight -----------------------------------------------------------

    def selected_ids(self) -> tuple[list[str], list[str], list[str]]:
        """(node ids, edge ids, lane ids) of the selection."""
        nodes, edges, lanes = [], [], []
        for item in self.selectedItems():
            if isinstance(item, NodeItem):
                nodes.append(item.node.id)
            elif isinstance(item, EdgeItem):
                edges.append(item.edge_id)
            elif isinstance(item, LaneItem):
                lanes.append(item.lane.id)
        return nodes, edges, lanes

    def select_ids(
        self, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = (), lane_ids: Iterable[str] = ()
    ) -> None:
        self.clearSelection()
        for i in node_ids:
            if i in self.item_for_node:
                self.item_for_node[i].setSelected(True)
        for i in edge_ids:
            if i in self.item_for_edge:
                self.item_for_edge[i].setSelected(True)
        for i in lane_ids:
            if i in self.lane_items:
                self.lane_items[i].setSelected(True)

    def highlight(self, node_ids: Iterable[str], edge_ids: Iterable[str]) -> None:
        nodes, edges = set(node_ids), set(edge_ids)
        self.highlighted = True
        for i, item in self.item_for_node.items():
            item.set_highlight("on" if i in nodes else "off")
        for i, item in self.item_for_edge.items():
            item.set_highlight("on" if i in edges else "off")

    def clear_highlight(self) -> None:
        self.highlighted = False
        for item in (*self.item_for_node.values(), *self.item_for_edge.values()):
            item.set_highlight("")

    def node_item_at(self, pos: QPointF, ignore: QGraphicsItem | None = None) -> NodeItem | None:
        for item in self.items(pos, deviceTransform=QTransform()):
            if isinstance(item, NodeItem) and item is not ignore:
                return item
        return None

    # -- mouse and drops: handed to the editor's tools -------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.tools is not None and self.tools.press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.tools is not None and self.tools.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.tools is not None and self.tools.release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        event.setAccepted(event.mimeData().hasFormat(KIND_MIME))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        event.setAccepted(event.mimeData().hasFormat(KIND_MIME))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        if not data.hasFormat(KIND_MIME):
            event.ignore()
            return
        kind = bytes(data.data(KIND_MIME).data()).decode()
        if kind in {k.value for k in NodeKind}:
            event.acceptProposedAction()
            self.kind_dropped.emit(kind, event.scenePos())
