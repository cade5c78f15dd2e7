"""The facilitator's toolbar in workshop mode: one row that fits a 1280 px projector at every
workshop text size — large vector icons (no font needs the glyphs) and the customer-safe badge
that is also the switch.

[✓ Customer-safe view] | ↶ ↷ | ◀ ▶ tabs | − + fit, focus ◀ ▶ | A− A+ ···················· [End Workshop]

(The account's name moves into the row of the account's tabs: ``AccountView.set_compact``.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from kamdesk.ui.workshop import WorkshopMode

INK = QColor("#000000")
ICON = 48  # drawn at this size, shown at the toolbar's icon size

Draw = Callable[[QPainter], None]


def glyph_icon(draw: Draw) -> QIcon:
    """A black icon drawn with ``draw`` on a 48 × 48 canvas (and a grey one for disabled)."""
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, INK), (QIcon.Mode.Disabled, QColor("#9ca3af"))):
        pixmap = QPixmap(ICON, ICON)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 4.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(colour)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


def _triangle(left: bool) -> Draw:
    def draw(p: QPainter) -> None:
        points = (
            [QPointF(34, 10), QPointF(14, 24), QPointF(34, 38)]
            if left
            else [
                QPointF(14, 10),
                QPointF(34, 24),
                QPointF(14, 38),
            ]
        )
        p.drawPolygon(QPolygonF(points))

    return draw


def _magnifier(plus: bool) -> Draw:
    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(20, 20), 13, 13)
        p.drawLine(QPointF(30, 30), QPointF(42, 42))
        p.drawLine(QPointF(13, 20), QPointF(27, 20))
        if plus:
            p.drawLine(QPointF(20, 13), QPointF(20, 27))

    return draw


def _fit(p: QPainter) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    for x, y, dx, dy in ((6, 6, 1, 1), (42, 6, -1, 1), (6, 42, 1, -1), (42, 42, -1, -1)):
        path = QPainterPath(QPointF(x, y + 12 * dy))
        path.lineTo(x, y)
        path.lineTo(x + 12 * dx, y)
        p.drawPath(path)
    p.drawRect(QRectF(17, 17, 14, 14))


def _focus(left: bool) -> Draw:
    """A band (a lane, a department) with the way to the next one."""

    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(17 if left else 5, 8, 26, 32))
        arrow = (
            [QPointF(14, 16), QPointF(4, 24), QPointF(14, 32)]
            if left
            else [
                QPointF(34, 16),
                QPointF(44, 24),
                QPointF(34, 32),
            ]
        )
        p.setBrush(p.pen().color())
        p.drawPolygon(QPolygonF(arrow))

    return draw


def _letter(larger: bool) -> Draw:
    def draw(p: QPainter) -> None:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(34 if larger else 24)
        p.setFont(font)
        p.drawText(QRectF(0, 4 if larger else 14, 34, 40), Qt.AlignmentFlag.AlignCenter, "A")
        p.drawLine(QPointF(34, 12), QPointF(46, 12))
        if larger:
            p.drawLine(QPointF(40, 6), QPointF(40, 18))

    return draw


def _turn(back: bool) -> Draw:
    """A curved arrow: back (undo) or forward (redo)."""

    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        if back:
            path.moveTo(14, 20)
            path.cubicTo(22, 8, 42, 12, 40, 30)
            path.cubicTo(39, 38, 32, 40, 26, 40)
        else:
            path.moveTo(34, 20)
            path.cubicTo(26, 8, 6, 12, 8, 30)
            path.cubicTo(9, 38, 16, 40, 22, 40)
        p.drawPath(path)
        p.setBrush(p.pen().color())
        tip = (
            [QPointF(6, 16), QPointF(18, 10), QPointF(18, 26)]
            if back
            else [
                QPointF(42, 16),
                QPointF(30, 10),
                QPointF(30, 26),
            ]
        )
        p.drawPolygon(QPolygonF(tip))

    return draw


ICONS: dict[str, Draw] = {
    "undo": _turn(True),
    "redo": _turn(False),
    "previous_tab": _triangle(True),
    "next_tab": _triangle(False),
    "present_zoom_in": _magnifier(True),
    "present_zoom_out": _magnifier(False),
    "present_fit": _fit,
    "present_focus_previous": _focus(True),
    "present_focus_next": _focus(False),
    "smaller_text": _letter(False),
    "larger_text": _letter(True),
}


class FacilitatorBar(QToolBar):
    def __init__(self, workshop: WorkshopMode) -> None:
        super().__init__(objectName="workshop_toolbar")
        window = workshop.window
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # The badge first: on a screen too narrow for the whole row, the row's end folds into »
        self.badge = self._text_button(workshop.customer_safe_action, "customer_safe_badge")
        self.addWidget(self.badge)
        self.addSeparator()
        presenter = workshop.presenter
        groups: list[list[QAction]] = [
            [window.undo_action, window.redo_action],
            [window.previous_tab_action, window.next_tab_action],
            [
                presenter.zoom_out_action,
                presenter.zoom_in_action,
                presenter.fit_action,
                presenter.focus_previous_action,
                presenter.focus_next_action,
            ],
            [workshop.smaller_action, workshop.larger_action],
        ]
        self.draws: dict[QAction, Draw] = {}  # drawn on first use: start-up pays nothing for them
        self.icons: dict[QAction, QIcon] = {}
        self.plain_icons: dict[QAction, QIcon] = {}  # what the actions show outside workshop mode
        for n, group in enumerate(groups):
            if n:
                self.addSeparator()
            for action in group:
                self.addAction(action)
                draw = ICONS.get(action.objectName())
                if draw is not None:
                    self.draws[action] = draw
                button = self.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setObjectName(f"workshop_{action.objectName()}")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.end_button = self._text_button(workshop.workshop_action, "workshop_end")
        self.addWidget(self.end_button)

    def _text_button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def show_icons(self, on: bool, size: int) -> None:
        """Put the workshop's icons on the actions while the bar shows (and take them off again:
        the window's own toolbar and menus show the plain actions)."""
        self.setIconSize(QSize(size, size))
        if on and not self.icons:
            for action, draw in self.draws.items():
                self.icons[action] = glyph_icon(draw)
                self.plain_icons[action] = action.icon()
        for action, icon in self.icons.items():
            action.setIcon(icon if on else self.plain_icons[action])
