"""The view on the flowchart: wheel scrolls, Ctrl+wheel and +/-/0 zoom and fit, space-drag or
middle-drag pans, Esc cancels the tool in progress."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from kamdesk.domain.procurement.geometry import GRID
from kamdesk.ui.procurement.scene import MapScene

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.2, 3.0, 1.2
READABLE = 0.6  # below this, captions are too small to read on a laptop


def grid_brush() -> QBrush:
    tile = QPixmap(int(GRID), int(GRID))
    tile.fill(QColor("#ffffff"))
    painter = QPainter(tile)
    painter.setPen(QColor("#cbd5e1"))
    painter.drawPoint(0, 0)
    painter.end()
    return QBrush(tile)


class MapView(QGraphicsView):
    zoom_changed = Signal(float)
    escape_pressed = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("procurement_view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.grid = grid_brush()
        self.setBackgroundBrush(self.grid)
        self._space = False
        self._pan_from: QPoint | None = None
        self._fit_pending = False
        self._auto_fit = False  # the last fit was automatic: follow the view's size until the user zooms
        self.readable = READABLE  # automatic fits go no smaller (workshop mode raises it)

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, keep_fitting: bool = False) -> None:
        self._auto_fit = self._auto_fit and keep_fitting
        self._fit_pending = self._fit_pending and keep_fitting  # a chosen zoom wins over a pending fit
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        current = self.zoom()
        if abs(factor - current) > 1e-6:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self._auto_fit = False
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._auto_fit = False
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_when_shown(self) -> None:
        """Show the map readably (fit, but never smaller than ``READABLE``), now if the view has
        its real size, else as soon as it has."""
        self._auto_fit = True
        if self.isVisible() and self.viewport().width() > 100:
            self.fit(self.readable)
        else:
            self._fit_pending = True

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if (self._fit_pending or self._auto_fit) and self.isVisible() and self.viewport().width() > 100:
            self._fit_pending = False
            self.fit(self.readable)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._fit_pending and self.viewport().width() > 100:
            self._fit_pending = False
            self.fit(self.readable)

    def fit(self, smallest: float = ZOOM_MIN) -> None:
        """Fit the whole map into view; if that would be smaller than ``smallest``, show its
        top-left part at that zoom instead."""
        scene = self.scene()
        box = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30) if scene is not None else QRectF()
        if box.isEmpty():
            self.set_zoom(1.0, keep_fitting=True)
            return
        self.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)
        largest = max(1.25, smallest)
        if self.zoom() > largest:
            self.set_zoom(largest, keep_fitting=True)
            self.centerOn(box.center())
        elif self.zoom() < smallest:
            self.set_zoom(smallest, keep_fitting=True)
            view = self.viewport().rect()
            w, h = view.width() / self.zoom(), view.height() / self.zoom()
            self.centerOn(box.left() + w / 2, box.top() + min(h, box.height()) / 2)
        self.zoom_changed.emit(self.zoom())

    def show_rect(self, rect: QRectF, smallest: float) -> None:
        """Bring ``rect`` (a lane) into view as large as fits, never smaller than ``smallest``:
        then its left part, centred vertically."""
        self._auto_fit = False
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(min(max(self.zoom(), smallest), ZOOM_MAX / 1.5))
        view = self.viewport().rect()
        w = view.width() / self.zoom()
        self.centerOn(rect.left() + min(w, rect.width()) / 2, rect.center().y())

    def pan(self, dx: float, dy: float) -> None:
        """Scroll by a share of the view (the arrow keys when nothing is selected)."""
        self._auto_fit = False
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + int(dx * self.viewport().width()))
        v.setValue(v.value() + int(dy * self.viewport().height()))

    def set_grid_visible(self, visible: bool) -> None:
        self.setBackgroundBrush(self.grid if visible else QBrush(QColor("#ffffff")))

    # -- input -----------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self._auto_fit = False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self._auto_fit = False
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._auto_fit = False
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
