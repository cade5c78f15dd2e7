"""Graphics items of the flowchart. They draw what the shared geometry computes (the same
numbers the PDF uses) and never change the model: tools and commands do that.

Items call ``prepareGeometryChange()`` before their bounding rect changes, cache their pens and
paths, and compute nothing in ``paint()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.geometry import EdgeRoute, LaneBand, Rect, Side
from kamdesk.domain.procurement.model import (
    Lane,
    Node,
    NodeKind,
    format_amount,
    lane_title,
    node_caption,
)
from kamdesk.domain.procurement.palette import LANE_FILLS, NODE_STYLE

ACCENT = QColor("#1f5fa8")
HIGHLIGHT = QColor("#e08a00")
INK = QColor("#1f2937")
MUTED = QColor("#6b7280")

STYLE = NODE_STYLE  # fill, border, band (title bar) colour per kind, shared with the PDF

Z_LANE, Z_EDGE, Z_NODE, Z_TOOL = -10.0, 0.0, 10.0, 100.0


def kind_icon(kind: NodeKind) -> QIcon:
    """The kind's outline as a small palette icon, drawn from the same geometry as the map."""
    shape = geometry.shape_at("", kind, 0.0, 0.0)
    r = shape.rect
    pixmap = QPixmap(52, 36)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scale = min(48 / r.w, 32 / r.h)
    painter.translate(26, 18)
    painter.scale(scale, scale)
    fill, border, _band = STYLE[kind]
    painter.setBrush(QColor(fill))
    painter.setPen(QPen(QColor(border), 2.4 / scale if kind is NodeKind.END else 1.4 / scale))
    painter.drawPolygon(polygon(shape.outline))
    painter.end()
    return QIcon(pixmap)


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def polygon(points: tuple[tuple[float, float], ...] | list[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def caption_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    return font


def small_font(italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(7.5)
    font.setItalic(italic)
    return font


class Highlightable:
    """Mixin: normal, highlighted (on the order's path) or dimmed (not on it)."""

    highlight: str = ""  # "" | "on" | "off"

    def set_highlight(self, state: str) -> None:
        if state != self.highlight:
            self.highlight = state
            self.setOpacity(0.28 if state == "off" else 1.0)  # type: ignore[attr-defined]
            self.update()  # type: ignore[attr-defined]


class NodeItem(Highlightable, QGraphicsItem):
    """One node, positioned at its centre; its outline comes from ``geometry.shape_at``."""

    PORT_RADIUS = 5.0
    PORT_HIT = 11.0

    def __init__(self, node: Node, lane_name: str = "") -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_NODE)
        self.node = node
        self.hovered = False
        self.connect_target = False
        self._font, self._small, self._italic = caption_font(), small_font(), small_font(True)
        self._set_shape(node)
        self.setPos(node.x, node.y)

    # -- model → item ----------------------------------------------------------------------

    def set_node(self, node: Node) -> None:
        if node.kind is not self.node.kind or node_caption(node) != node_caption(self.node) or node != self.node:
            self.prepareGeometryChange()
            self._set_shape(node)
        self.node = node
        self.setPos(node.x, node.y)
        self.update()

    def _set_shape(self, node: Node) -> None:
        self.node = node
        shape = geometry.shape_at(node.id, node.kind, 0.0, 0.0)
        self.geo = shape
        self._outline = polygon(shape.outline)
        self._path = QPainterPath()
        self._path.addPolygon(self._outline)
        self._path.closeSubpath()
        fill, border, band = STYLE[node.kind]
        self._fill = QBrush(QColor(fill))
        width = 3.0 if node.kind is NodeKind.END else 1.6
        self._pen = QPen(QColor(border), width)
        self._pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._band = QColor(band) if band else None
        self._border = QColor(border)
        self._text_rect = qrect(shape.text_box)
        self._caption = node_caption(node)
        self._badge = self._badge_text(node)
        self._holder = node.role_holder
        box = shape.rect.united(shape.text_box).adjusted(self.PORT_HIT)
        if node.role_holder:
            box = box.united(Rect(shape.rect.x, shape.rect.bottom, shape.rect.w, 16))
        self._bounds = qrect(box)
        self._hit = self._hit_path()

    @staticmethod
    def _badge_text(node: Node) -> str:
        if node.kind is NodeKind.APPROVAL:
            text = "✓ " + QCoreApplication.translate("ProcurementScene", "Approval")
            if node.approval_limit is not None:
                text += " ≤ " + format_amount(node.approval_limit)
            return text
        if node.kind is NodeKind.SYSTEM:
            return "▭ " + QCoreApplication.translate("ProcurementScene", "System")
        return ""

    # -- QGraphicsItem ---------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit

    def _hit_path(self) -> QPainterPath:
        """The outline, the caption of events, and a grab area around each port."""
        path = QPainterPath(self._path)
        if self.node.kind in (NodeKind.START, NodeKind.END):
            path.addRect(self._text_rect)
        for x, y in self.geo.ports.values():
            path.addEllipse(QPointF(x, y), self.PORT_HIT, self.PORT_HIT)
        return path.simplified()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.highlight == "on":
            glow = QPen(HIGHLIGHT, 7.0)
            glow.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(glow)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setPen(self._pen)
        painter.setBrush(self._fill)
        painter.drawPath(self._path)
        rect = self.geo.rect
        if self._band is not None:
            painter.save()
            painter.setClipPath(self._path)
            painter.fillRect(QRectF(rect.x, rect.y, rect.w, 14), self._band)
            painter.restore()
            painter.setPen(QPen(self._border, 1.0))
            painter.setFont(self._small)
            painter.drawText(QRectF(rect.x + 6, rect.y, rect.w - 12, 14), Qt.AlignmentFlag.AlignVCenter, self._badge)
        painter.setPen(INK)
        painter.setFont(self._font)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        if self.node.kind in (NodeKind.START, NodeKind.END):
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self._text_rect, int(flags), self._caption)
        if self._holder:
            painter.setFont(self._italic)
            painter.setPen(MUTED)
            below = (
                rect.bottom + 2 if self.node.kind not in (NodeKind.START, NodeKind.END) else self.geo.text_box.bottom
            )
            painter.drawText(QRectF(rect.x - 20, below, rect.w + 40, 14), Qt.AlignmentFlag.AlignHCenter, self._holder)
        if self.isSelected() or self.connect_target:
            pen = QPen(ACCENT, 2.0, Qt.PenStyle.DashLine if self.isSelected() else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(rect.adjusted(5)))
        if self.hovered or self.isSelected():
            painter.setPen(QPen(ACCENT, 1.2))
            painter.setBrush(QColor("#ffffff"))
            for x, y in self.geo.ports.values():
                painter.drawEllipse(QPointF(x, y), self.PORT_RADIUS, self.PORT_RADIUS)

    def hoverEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.hovered = False
        self.update()

    def port_at(self, scene_pos: QPointF) -> Side | None:
        local = self.mapFromScene(scene_pos)
        for side, (x, y) in self.geo.ports.items():
            if abs(local.x() - x) <= self.PORT_HIT and abs(local.y() - y) <= self.PORT_HIT:
                return side
        return None


class EdgeItem(Highlightable, QGraphicsItem):
    """An edge drawn along its orthogonal route, with an arrow and its label."""

    def __init__(self, edge_id: str) -> None:
        super().__init__()
        self.edge_id = edge_id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_EDGE)
        self._pen = QPen(QColor("#4b5563"), 1.5)
        self._pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._font = small_font()
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._label = ""
        self._label_rect = QRectF()
        self._shape = QPainterPath()
        self._bounds = QRectF()

    def set_route(self, route: EdgeRoute, label: str) -> None:
        self.prepareGeometryChange()
        path = QPainterPath(QPointF(*route.points[0]))
        for x, y in route.points[1:]:
            path.lineTo(x, y)
        self._path = path
        self._arrow = polygon(route.arrow)
        self._label = label
        if label:
            metrics = QFontMetricsF(self._font)
            w, h = metrics.horizontalAdvance(label) + 10, metrics.height() + 2
            self._label_rect = QRectF(route.label_at[0] - w / 2, route.label_at[1] - h / 2, w, h)
        else:
            self._label_rect = QRectF()
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        self._shape = stroker.createStroke(path)
        if label:
            self._shape.addRect(self._label_rect)
        self._bounds = self._shape.boundingRect().united(self._arrow.boundingRect()).adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.highlight == "on":
            painter.setPen(QPen(HIGHLIGHT, 5.0))
            painter.drawPath(self._path)
        pen = QPen(ACCENT, 2.2) if self.isSelected() else self._pen
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(pen.color())
        painter.drawPolygon(self._arrow)
        if self._label:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(self._label_rect, 3, 3)
            painter.setPen(INK)
            painter.setFont(self._font)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label)


class LaneItem(Highlightable, QGraphicsItem):
    """A lane's band; only its header on the left is selectable (the band is background)."""

    def __init__(self, lane: Lane, band: LaneBand, index: int) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_LANE)
        self._font = caption_font()
        self._font.setBold(True)
        self._holder_font = small_font()
        self.lane = lane
        self.index = index
        self.set_band(lane, band)

    def set_band(self, lane: Lane, band: LaneBand) -> None:
        self.prepareGeometryChange()
        self.lane = lane
        self.band = band
        self._rect = qrect(band.rect)
        self._header = qrect(band.header)
        self._fill = QColor(LANE_FILLS[self.index % 2])
        self._title = lane_title(lane)
        self.setToolTip(self._title)
        # The header is narrow: a word too long for the band's height is shortened with "…".
        metrics = QFontMetricsF(self._font)
        room = self._header.height() - 8
        if any(metrics.horizontalAdvance(word) > room for word in self._title.split()):
            self._title = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, room)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect.adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._header)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.fillRect(self._rect, self._fill)
        painter.setPen(QPen(QColor("#cbd5e1"), 1.0))
        painter.drawLine(self._rect.bottomLeft(), self._rect.bottomRight())
        painter.fillRect(self._header, QColor("#e2e8f0") if not self.isSelected() else QColor("#c7dbf5"))
        painter.drawLine(self._header.topRight(), self._header.bottomRight())
        painter.save()
        painter.translate(self._header.center())
        painter.rotate(-90)
        painter.setPen(INK)
        painter.setFont(self._font)
        w, h = self._header.height() - 8, self._header.width()
        painter.drawText(
            QRectF(-w / 2, -h / 2, w, h), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._title
        )
        painter.restore()
