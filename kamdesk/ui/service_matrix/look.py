"""How a matrix cell looks: colour, pattern, glyph and words (``domain.service_matrix.MODE_LOOK``).

Colour is never the only cue — a hatch marks "shown as waived", dots mark "on request", and
every cell carries a glyph and its words — so the matrix reads on a washed-out projector and on
a greyscale print alike. Used by the matrix editor, the legend and the account's tab.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from kamdesk.domain.money import format_money
from kamdesk.domain.service_matrix import MODE_LOOK, ServiceMode

ACCENT = QColor("#1f5fa8")
#: the item-data role under which a cell hands its mode to the painting delegates (matrix and tab)
MODE_ROLE = Qt.ItemDataRole.UserRole + 1


def mode_at(index: QModelIndex | QPersistentModelIndex) -> ServiceMode | None:
    """The cell's mode (Qt hands enum members back as plain strings)."""
    value = index.data(MODE_ROLE)
    return ServiceMode(value) if value else None


def cell_text(mode: ServiceMode, price: object = None) -> str:
    """What a cell says: ``✓ free``, ``? on request``; a charged cell with a price shows the price."""
    if mode is ServiceMode.CHARGED and price is not None:
        return format_money(price)  # type: ignore[arg-type]
    if mode is ServiceMode.NOT_OFFERED:
        return MODE_LOOK[mode].glyph  # a calm dash: most cells are empty, the words would be noise
    return f"{MODE_LOOK[mode].glyph} {mode.short_label}"


@cache
def _pattern_brush(pattern: str, ink: str) -> QBrush | None:
    colour = QColor(ink)
    if pattern == "hatch":
        colour.setAlpha(90)
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)
    if pattern == "dots":
        colour.setAlpha(110)
        return QBrush(colour, Qt.BrushStyle.Dense6Pattern)
    return None


def paint_mode(
    painter: QPainter,
    rect: QRect,
    mode: ServiceMode,
    text: str,
    *,
    selected: bool = False,
    font: QFont | None = None,
    radius: float = 3.0,
    inset: int = 2,
) -> None:
    """Paint one mode chip filling ``rect`` (the cell), with ``text`` centred on it."""
    look = MODE_LOOK[mode]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    chip = QRectF(rect.adjusted(inset, inset, -inset, -inset))
    painter.setPen(QPen(QColor(look.ink).lighter(160) if mode is ServiceMode.ON_REQUEST else Qt.PenStyle.NoPen))
    painter.setBrush(QColor(look.fill))
    painter.drawRoundedRect(chip, radius, radius)
    brush = _pattern_brush(look.pattern, look.ink)
    if brush is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRoundedRect(chip, radius, radius)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ACCENT, 2.5))
        painter.drawRoundedRect(chip.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)
    if font is not None:
        painter.setFont(font)
    painter.setPen(QColor(look.ink))
    if mode.included:
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
    painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


_chips: dict[tuple[object, ...], QPixmap] = {}
CHIP_CACHE_LIMIT = 4000


def paint_mode_cached(
    painter: QPainter, rect: QRect, mode: ServiceMode, text: str, *, selected: bool, font: QFont
) -> None:
    """``paint_mode`` through a pixmap cache: a table shows few distinct chips, drawn once each."""
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    key = (mode, text, rect.width(), rect.height(), selected, font.key(), ratio)
    chip = _chips.get(key)
    if chip is None:
        if len(_chips) >= CHIP_CACHE_LIMIT:
            _chips.clear()
        chip = QPixmap(int(rect.width() * ratio), int(rect.height() * ratio))
        chip.setDevicePixelRatio(ratio)
        chip.fill(Qt.GlobalColor.transparent)
        chip_painter = QPainter(chip)
        paint_mode(chip_painter, QRect(0, 0, rect.width(), rect.height()), mode, text, selected=selected, font=font)
        chip_painter.end()
        _chips[key] = chip
    painter.drawPixmap(rect.topLeft(), chip)


def mode_icon(mode: ServiceMode, size: int = 18) -> QIcon:
    """A small swatch of the mode (for menus, combo boxes and the legend)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mode(painter, QRect(0, 0, size, size), mode, MODE_LOOK[mode].glyph, inset=1)
    painter.end()
    return QIcon(pixmap)
