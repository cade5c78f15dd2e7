"""The board's view: zoom with Ctrl+wheel or Ctrl+plus/minus, pan with the wheel, the arrow keys
or the middle mouse button, fit with Ctrl+0; rubber-band selection on empty space."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from kamdesk.ui.tabs.relations.scene import BoardScene

MIN_ZOOM, MAX_ZOOM = 0.2, 4.0


class BoardView(QGraphicsView):
    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("relations_board")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self.fitted = True
        self._smallest = 0.0  # the smallest zoom the last fit allowed (workshop: readable)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1) > 1e-6:
            self.scale(factor, factor)
            self.fitted = False

    def zoom_in(self) -> None:
        self._zoom_centred(1.25)

    def zoom_out(self) -> None:
        self._zoom_centred(0.8)

    def _zoom_centred(self, factor: float) -> None:
        """Zoom from the keyboard: about the middle of the view, not wherever the mouse is."""
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def reset_zoom(self) -> None:
        self.resetTransform()
        self.fitted = False

    def fit(self, smallest: float = 0.0) -> None:
        """The whole board (a small one is not blown up); if that would be smaller than
        ``smallest`` (workshop mode: what reads from the back of the room), its top-left part at
        that zoom."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        largest = max(1.25, smallest)
        if self.zoom() > largest:
            self.resetTransform()
            self.scale(largest, largest)
        elif self.zoom() < smallest:
            self.resetTransform()
            self.scale(smallest, smallest)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.fitted = True
        self._smallest = smallest

    def show_rect(self, rect: QRectF, smallest: float = 0.0) -> None:
        """Bring ``rect`` (e.g. a department's column) into view as large as fits, never smaller
        than ``smallest``: then its top part, centred across."""
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = min(max(self.zoom(), smallest), MAX_ZOOM / 2)
        self.resetTransform()
        self.scale(zoom, zoom)
        visible = self.viewport().height() / zoom
        self.centerOn(rect.center().x(), rect.top() + min(visible, rect.height()) / 2)
        self.fitted = False

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitted:
            self.fit(self._smallest)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif ctrl and key == Qt.Key.Key_1:
            self.reset_zoom()
        elif key == Qt.Key.Key_Escape:
            scene = self.scene()
            if isinstance(scene, BoardScene):
                scene.cancel_tool()
                scene.clearSelection()
            super().keyPressEvent(event)
            return
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
