"""The board's graphics items. They only show what the scene hands them (domain objects and
rectangles from the geometry module); they never change data."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from kamdesk.domain import board_geometry as geo
from kamdesk.domain.board import (
    Contact,
    ContactRelation,
    CoverageLink,
    PieceType,
    Recency,
    RelationKind,
    RelationshipLevel,
    Side,
    display_name,
    recency,
)
from kamdesk.domain.team import TeamMember
from kamdesk.ui.tabs.relations import look

A = geo.ANATOMY


class GridItem(QGraphicsItem):
    """Department headers, rank labels and the cells: drawn as one item, behind everything."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-10)
        self.layout: geo.BoardLayout | None = None
        self.column_names: list[str] = []
        self.rank_names: list[str] = []
        self.team_title = ""
        self.drop_cell: tuple[int, int] | None = None

    def set_layout(self, layout: geo.BoardLayout, columns: list[str], ranks: list[str], team_title: str) -> None:
        self.prepareGeometryChange()
        self.layout, self.column_names, self.rank_names, self.team_title = layout, columns, ranks, team_title
        self.update()

    def visible_text(self) -> str:
        return "\n".join([*self.column_names, *self.rank_names, self.team_title])

    def set_drop_cell(self, cell: tuple[int, int] | None) -> None:
        if cell != self.drop_cell:
            self.drop_cell = cell
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return look.rect(self.layout.bounds) if self.layout else QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        layout = self.layout
        if layout is None:
            return
        painter.fillRect(look.rect(layout.grid_rect()), look.BOARD_BG)
        painter.setPen(look.cosmetic_pen(look.GRID, 1))
        for r in range(len(layout.ranks)):
            for c in range(len(layout.column_keys)):
                cell = look.rect(layout.cell_rect(c, r))
                if (r + c) % 2:
                    painter.fillRect(cell, look.RANK_TINT)
                painter.drawRect(cell)
        if self.drop_cell is not None:
            painter.setPen(look.cosmetic_pen(look.ACCENT, 2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(31, 95, 168, 24))
            painter.drawRect(look.rect(layout.cell_rect(*self.drop_cell)).adjusted(2, 2, -2, -2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(look.HEADER_TEXT)
        wrap = Qt.TextFlag.TextWordWrap
        for c, name in enumerate(self.column_names):
            r = look.rect(layout.header_rect(c)).adjusted(1, 0, -1, -4)
            _fit_font(painter, name, r.width(), 9)
            painter.drawText(r, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | wrap, name)
        for r, name in enumerate(self.rank_names):
            box = look.rect(layout.rank_label_rect(r)).adjusted(0, 4, -8, -4)
            _fit_font(painter, name, box.width(), 9)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | wrap, name)
        painter.setFont(look.font(10, bold=True))
        team = look.rect(layout.team_header_rect()).adjusted(4, 0, 0, -6)
        painter.drawText(team, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.team_title)


class PieceItem(QGraphicsObject):
    """One contact: glyph in the side's colour, influence meter, recency dot, coverage badge,
    depth bar, name and title."""

    def __init__(self, contact: Contact) -> None:
        super().__init__()
        self.contact = contact
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        # a piece is repainted from a pixmap while others move over it (crisp: device pixels)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.links: list[CoverageLineItem] = []
        self.relations: list[RelationLineItem] = []
        self.link_count = 0
        self.best_level: RelationshipLevel | None = None
        self.recency = look.RECENCY[Recency.NEVER]
        self.highlighted = False
        self.home = QPointF()
        #: the customer-safe view: a neutral figure with name and title, no judgement drawn
        self.customer_safe = False

    def visible_text(self) -> str:
        return "\n".join((display_name(self.contact) if self.contact.name else "?", self.contact.title))

    # -- data ---------------------------------------------------------------------------

    def show_contact(
        self, contact: Contact, link_count: int, best: RelationshipLevel | None, last: date | None, stale_days: int
    ) -> None:
        self.contact, self.link_count, self.best_level = contact, link_count, best
        self.recency = look.RECENCY[recency(last, date.today(), stale_days)]
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    # -- geometry -----------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(-3, -3, geo.SLOT_W + 6, geo.SLOT_H + 6)

    def _paint_neutral(self, painter: QPainter) -> None:
        """Who is where, nothing more: the same figure for everyone, no side, role or coverage."""
        if self.isSelected():
            painter.setPen(look.cosmetic_pen(look.SELECTED, 2.2))
            painter.drawRoundedRect(QRectF(1, 1, geo.SLOT_W - 2, geo.SLOT_H - 2), 8, 8)
        g = A.glyph
        painter.save()
        painter.translate(g.x, g.y)
        painter.scale(g.w / 100, g.h / 100)
        painter.setPen(look.cosmetic_pen(look.SIDE_EDGE[Side.ALLY], 3.4))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(look.glyph_path(PieceType.PAWN))
        painter.restore()
        _paint_labels(painter, self.contact, neutral=True)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, geo.SLOT_W, geo.SLOT_H))
        return path

    def glyph_center(self) -> QPointF:
        return self.pos() + look.rect(A.glyph).center()

    # -- painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        c = self.contact
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.customer_safe:
            self._paint_neutral(painter)
            return
        if self.isSelected() or self.highlighted:
            color = look.SELECTED if self.isSelected() else look.HIGHLIGHT
            painter.setPen(look.cosmetic_pen(color, 2.2))
            painter.setBrush(QColor(color.red(), color.green(), color.blue(), 28))
            painter.drawRoundedRect(QRectF(1, 1, geo.SLOT_W - 2, geo.SLOT_H - 2), 8, 8)
        # glyph
        g = A.glyph
        painter.save()
        painter.translate(g.x, g.y)
        painter.scale(g.w / 100, g.h / 100)
        if c.placeholder:
            painter.setPen(look.cosmetic_pen(look.MUTED, 3.2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(255, 255, 255, 150))
        else:
            painter.setPen(look.cosmetic_pen(look.SIDE_EDGE[c.side], 3.4))
            painter.setBrush(look.SIDE_FILL[c.side])
        painter.drawPath(look.glyph_path(c.piece))
        if not c.placeholder:
            painter.setPen(look.cosmetic_pen(look.SIDE_DETAIL[c.side], 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(look.glyph_path(c.piece, details=True))
        painter.restore()
        # influence meter: three rising bars
        painter.setPen(Qt.PenStyle.NoPen)
        box = A.influence
        bar_w = 3.6
        for n in range(3):
            height = box.h * (n + 1) / 3
            filled = n < c.influence.weight
            painter.setBrush(look.ACCENT if filled else QColor("#d6dae0"))
            painter.drawRoundedRect(QRectF(box.x + n * (bar_w + 1.4), box.y + box.h - height, bar_w, height), 1.2, 1.2)
        # recency dot
        painter.setBrush(self.recency)
        painter.setPen(look.cosmetic_pen(QColor("#ffffff"), 1.4))
        painter.drawEllipse(QPointF(A.recency.x, A.recency.y), 5, 5)
        # coverage badge: how many of us, coloured by the best level
        painter.setBrush(look.LEVEL_COLOR[self.best_level])
        painter.setPen(look.cosmetic_pen(QColor("#ffffff"), 1.4))
        center = QPointF(A.coverage_badge.x, A.coverage_badge.y)
        painter.drawEllipse(center, 8.5, 8.5)
        painter.setPen(look.level_text_color(self.best_level) if self.link_count else look.MUTED)
        painter.setFont(look.font(7.5, bold=True))
        painter.drawText(
            QRectF(center.x() - 9, center.y() - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, str(self.link_count)
        )
        # depth of knowledge: three segments (none filled = unknown)
        d = A.depth
        seg = (d.w - 2 * 2) / 3
        painter.setPen(Qt.PenStyle.NoPen)
        for n in range(3):
            painter.setBrush(QColor("#4b5563") if n < c.coverage.weight else QColor("#dcdfe4"))
            painter.drawRect(QRectF(d.x + n * (seg + 2), d.y, seg, d.h))
        _paint_labels(painter, c)


def _paint_labels(painter: QPainter, c: Contact, neutral: bool = False) -> None:
    """Name and title; a placeholder (internal: "we do not know this person yet") in muted italics,
    unless ``neutral`` (the customer-safe view)."""
    placeholder = c.placeholder and not neutral
    painter.setPen(QColor("#111827") if not placeholder else look.MUTED)
    painter.setFont(look.font(8.2, bold=True, italic=placeholder))
    r = A.name
    lines = _two_lines(display_name(c) if c.name else "?", painter.fontMetrics(), r.w)
    painter.drawText(QRectF(r.x, r.y, r.w, r.h), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, lines)
    painter.setPen(look.MUTED)
    painter.setFont(look.font(7.2, italic=placeholder))
    t = A.title
    title = painter.fontMetrics().elidedText(c.title, Qt.TextElideMode.ElideRight, int(t.w))
    painter.drawText(QRectF(t.x, t.y, t.w, t.h), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title)


def _fit_font(painter: QPainter, text: str, width: float, size: float) -> None:
    """The largest bold font (down to 6.5 pt) in which the longest word of ``text`` fits ``width``."""
    longest = max(text.split() or [""], key=len)
    while True:
        painter.setFont(look.font(size, bold=True))
        if size <= 6.5 or painter.fontMetrics().horizontalAdvance(longest) <= width:
            return
        size -= 0.5


def _two_lines(text: str, metrics: object, width: float) -> str:
    """``text`` broken at a space into at most two lines, the second elided."""
    fm = metrics
    if fm.horizontalAdvance(text) <= width:  # type: ignore[attr-defined]
        return text
    words = text.split()
    first = ""
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if fm.horizontalAdvance(candidate) <= width:  # type: ignore[attr-defined]
            first, rest = candidate, " ".join(words[n:])
            break
    else:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width))  # type: ignore[attr-defined,no-any-return]
    return first + "\n" + fm.elidedText(rest, Qt.TextElideMode.ElideRight, int(width))  # type: ignore[attr-defined]


class TeamCardItem(QGraphicsObject):
    """One of our people, beside the board; dragging from it draws a new coverage line."""

    def __init__(self, member: TeamMember) -> None:
        super().__init__()
        self.member = member
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.link_count = 0
        self.highlighted = False
        self.seniority_text = ""
        self.customer_safe = False

    def visible_text(self) -> str:
        return "\n".join((self.member.name, self.member.function))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(-2, -2, geo.TEAM_W + 4, geo.TEAM_CARD_H + 4)

    def anchor(self) -> QPointF:
        return self.pos() + QPointF(0, geo.TEAM_CARD_H / 2)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(0, 0, geo.TEAM_W, geo.TEAM_CARD_H)
        edge = look.SELECTED if self.isSelected() else look.HIGHLIGHT if self.highlighted else QColor("#cfd5dd")
        painter.setPen(look.cosmetic_pen(edge, 2 if (self.isSelected() or self.highlighted) else 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.ACCENT)
        painter.drawEllipse(QPointF(0, geo.TEAM_CARD_H / 2), 4.5, 4.5)  # the handle lines start from
        painter.setPen(QColor("#111827"))
        painter.setFont(look.font(9, bold=True))
        fm = painter.fontMetrics()
        painter.drawText(
            QRectF(14, 6, geo.TEAM_W - 50, 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(self.member.name, Qt.TextElideMode.ElideRight, int(geo.TEAM_W - 50)),
        )
        painter.setPen(look.MUTED)
        painter.setFont(look.font(7.8))
        fm = painter.fontMetrics()
        seniority = "" if self.customer_safe else self.seniority_text  # seniority is internal
        sub = " · ".join(p for p in (self.member.function, seniority) if p)
        painter.drawText(
            QRectF(14, 26, geo.TEAM_W - 20, 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(sub, Qt.TextElideMode.ElideRight, int(geo.TEAM_W - 20)),
        )
        if self.customer_safe:
            return
        # how many contacts this person covers
        painter.setFont(look.font(8, bold=True))
        painter.setPen(look.ACCENT)
        painter.drawText(
            QRectF(geo.TEAM_W - 40, 6, 32, 18),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(self.link_count),
        )


class _LineItem(QGraphicsItem):
    """A Bézier line that can be selected (with a generous hit area). A line that is not in
    focus is drawn faint, so that many lines give texture rather than spaghetti."""

    def __init__(self) -> None:
        super().__init__()
        self.faint = False
        self.path = QPainterPath()
        self._shape = QPainterPath()
        self.pen = QPen()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)

    def set_route(self, route: geo.Route) -> None:
        self.prepareGeometryChange()
        path = QPainterPath(QPointF(route.start.x, route.start.y))
        path.cubicTo(route.c1.x, route.c1.y, route.c2.x, route.c2.y, route.end.x, route.end.y)
        self.path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        self._shape = stroker.createStroke(path)
        self.route = route

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._shape.boundingRect()

    def shape(self) -> QPainterPath:
        return self._shape


class CoverageLineItem(_LineItem):
    """Team member → contact, coloured and weighted by the current level; dashed below target."""

    def __init__(self, link: CoverageLink, card: TeamCardItem, piece: PieceItem) -> None:
        super().__init__()
        self.card, self.piece = card, piece
        self.setZValue(2)
        self.show_link(link)

    def show_link(self, link: CoverageLink) -> None:
        self.link = link
        style = Qt.PenStyle.DashLine if link.below_target else Qt.PenStyle.SolidLine
        self.pen = look.cosmetic_pen(look.LEVEL_COLOR[link.level], 0.8 + 0.6 * link.level.step, style)
        self.track()

    def track(self) -> None:
        self.prepareGeometryChange()
        card = self.card.pos()
        piece = self.piece.pos()
        self.set_route(
            geo.coverage_route(
                geo.Rect(card.x(), card.y(), geo.TEAM_W, geo.TEAM_CARD_H),
                geo.Rect(piece.x(), piece.y(), geo.SLOT_W, geo.SLOT_H),
            )
        )

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.pen)
        if self.isSelected():
            pen.setColor(look.SELECTED)
            pen.setWidthF(pen.widthF() + 1.5)
        elif self.faint:
            color = QColor(pen.color())
            color.setAlphaF(0.3)
            pen.setColor(color)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)


class RelationLineItem(_LineItem):
    """Contact → contact: reports to (grey arrow), influences (violet dashed arrow), conflicts
    with (red dash-dot, no direction)."""

    def __init__(self, relation: ContactRelation, source: PieceItem, target: PieceItem) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.setZValue(3)
        self.show_relation(relation)

    def show_relation(self, relation: ContactRelation) -> None:
        self.relation = relation
        style = {
            RelationKind.REPORTS_TO: Qt.PenStyle.SolidLine,
            RelationKind.INFLUENCES: Qt.PenStyle.DashLine,
            RelationKind.CONFLICTS_WITH: Qt.PenStyle.DashDotLine,
        }[relation.kind]
        self.pen = look.cosmetic_pen(look.RELATION_COLOR[relation.kind], 1.6, style)
        self.track()

    def track(self) -> None:
        a, b = self.source.pos(), self.target.pos()
        self.set_route(
            geo.relation_route(
                geo.Rect(a.x(), a.y(), geo.SLOT_W, geo.SLOT_H), geo.Rect(b.x(), b.y(), geo.SLOT_W, geo.SLOT_H)
            )
        )

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return super().boundingRect().adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.pen)
        if self.isSelected():
            pen.setColor(look.SELECTED)
            pen.setWidthF(pen.widthF() + 1.5)
        elif self.faint:
            color = QColor(pen.color())
            color.setAlphaF(0.3)
            pen.setColor(color)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        if self.relation.kind is RelationKind.CONFLICTS_WITH:
            return
        end = QPointF(self.route.end.x, self.route.end.y)
        angle = self.route.end_angle()
        size = 7.0
        left = end - QPointF(size * math.cos(angle - 0.45), size * math.sin(angle - 0.45))
        right = end - QPointF(size * math.cos(angle + 0.45), size * math.sin(angle + 0.45))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(pen.color()))
        painter.drawPolygon(QPolygonF([end, left, right]))


class RubberLineItem(QGraphicsItem):
    """The line that follows the mouse while a new coverage link or relation is drawn."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self.start, self.end = start, start
        self.setZValue(50)

    def set_end(self, end: QPointF) -> None:
        self.prepareGeometryChange()
        self.end = end

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(self.start, self.end).normalized().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(look.cosmetic_pen(look.ACCENT, 2, Qt.PenStyle.DashLine))
        painter.drawLine(self.start, self.end)
