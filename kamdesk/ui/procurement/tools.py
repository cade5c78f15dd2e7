"""Editor tools as objects (orange-canvas-core's interactions): a press on the scene starts one
— move the selection, draw a new edge from a port, or a rubber band — and it lives until the
button is released (or Esc cancels it). A move becomes one undo step, pushed on release."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

from kamdesk.domain.procurement import geometry
from kamdesk.ui.procurement.items import ACCENT, Z_TOOL, EdgeItem, NodeItem

if TYPE_CHECKING:
    from kamdesk.ui.procurement.editor import MapEditor

DRAG_START = 3.0


class Tool:
    def __init__(self, editor: MapEditor) -> None:
        self.editor = editor
        self.scene = editor.scene

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def cancel(self) -> None:
        pass


class MoveTool(Tool):
    """Drag the selected nodes; edges follow live; one "Move" command on release."""

    def __init__(self, editor: MapEditor, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(editor)
        self.start = event.scenePos()
        self.items = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        self.origin = {i.node.id: QPointF(i.pos()) for i in self.items}
        self.started = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        delta = event.scenePos() - self.start
        if not self.started and delta.manhattanLength() < DRAG_START:
            return
        self.started = True
        for item in self.items:
            p = self.origin[item.node.id] + delta
            if self.editor.snap_enabled:
                p = QPointF(geometry.snap(p.x()), geometry.snap(p.y()))
            item.setPos(p)
        self.scene.reroute(self.origin)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.started:
            return
        positions = {i.node.id: (i.pos().x(), i.pos().y()) for i in self.items}
        if not self.editor.move_nodes(positions):
            self.cancel()

    def cancel(self) -> None:
        for item in self.items:
            item.setPos(self.origin[item.node.id])
        self.scene.reroute(self.origin)


class ConnectTool(Tool):
    """Drag from a node's port to another node to connect them."""

    def __init__(self, editor: MapEditor, source: NodeItem, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(editor)
        self.source = source
        side = source.port_at(event.scenePos())
        local = source.geo.ports[side] if side else (0.0, 0.0)
        self.anchor = source.mapToScene(QPointF(*local))
        self.line = QGraphicsPathItem()
        pen = QPen(ACCENT, 1.8, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(Z_TOOL)
        self.scene.addItem(self.line)
        self.target: NodeItem | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        path = QPainterPath(self.anchor)
        path.lineTo(event.scenePos())
        self.line.setPath(path)
        target = self.scene.node_item_at(event.scenePos(), ignore=self.source)
        if target is not self.target:
            for item in (self.target, target):
                if item is not None:
                    item.connect_target = item is target
                    item.update()
            self.target = target

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        target = self.target
        self.cancel()
        if target is not None:
            self.editor.connect(self.source.node.id, target.node.id)

    def cancel(self) -> None:
        if self.target is not None:
            self.target.connect_target = False
            self.target.update()
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class RubberBandTool(Tool):
    """Drag on the background to select every node and edge the band touches (Ctrl adds)."""

    def __init__(self, editor: MapEditor, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(editor)
        self.start = event.scenePos()
        self.additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.before = set(self.scene.selectedItems()) if self.additive else set()
        self.band = QGraphicsRectItem()
        self.band.setPen(QPen(ACCENT, 1.0, Qt.PenStyle.DashLine))
        fill = QColor(ACCENT)
        fill.setAlpha(28)
        self.band.setBrush(fill)
        self.band.setZValue(Z_TOOL)
        self.started = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.started:
            if (event.scenePos() - self.start).manhattanLength() < DRAG_START:
                return
            self.started = True
            self.scene.addItem(self.band)
        rect = QRectF(self.start, event.scenePos()).normalized()
        self.band.setRect(rect)
        touched = {
            i
            for i in self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemShape, deviceTransform=QTransform())
            if isinstance(i, (NodeItem, EdgeItem))
        }
        for item in (*self.scene.item_for_node.values(), *self.scene.item_for_edge.values()):
            want = item in touched or item in self.before
            if item.isSelected() != want:
                item.setSelected(want)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.started:
            self.cancel()
        elif not self.additive:
            self.scene.clearSelection()

    def cancel(self) -> None:
        if self.band.scene() is not None:
            self.scene.removeItem(self.band)


class ToolBox:
    """Picks the tool for a press and forwards the drag to it."""

    def __init__(self, editor: MapEditor) -> None:
        self.editor = editor
        self.active: Tool | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        scene = self.editor.scene
        top = next(iter(scene.items(event.scenePos(), deviceTransform=QTransform())), None)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if isinstance(top, NodeItem):
            if self.editor.writable and top.port_at(event.scenePos()) is not None and not ctrl:
                self.active = ConnectTool(self.editor, top, event)
                return True
            if ctrl:
                top.setSelected(not top.isSelected())
                return True
            if not top.isSelected():
                scene.clearSelection()
                top.setSelected(True)
            if self.editor.writable:
                self.active = MoveTool(self.editor, event)
            return True
        if top is None:
            self.active = RubberBandTool(self.editor, event)
            return True
        return False  # edges and lane headers: Qt's own click selection

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.active is None:
            return False
        self.active.move(event)
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.active is None:
            return False
        tool, self.active = self.active, None
        tool.release(event)
        return True

    def cancel(self) -> bool:
        if self.active is None:
            return False
        tool, self.active = self.active, None
        tool.cancel()
        return True
