"""How the board looks: colours, pens and the piece glyphs as QPainterPaths (built once from the
domain's vector outlines, scaled by the painter — crisp at any zoom)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen

from kamdesk.domain.board import PieceType, Recency, RelationKind, RelationshipLevel, Side
from kamdesk.domain.piece_glyphs import GLYPHS, Command

BOARD_BG = QColor("#f7f5f0")
RANK_TINT = QColor("#efebe2")
GRID = QColor("#d9d3c7")
HEADER_TEXT = QColor("#3d3a35")
MUTED = QColor("#6b7280")
ACCENT = QColor("#1f5fa8")
HIGHLIGHT = QColor("#f59e0b")
SELECTED = QColor("#1f5fa8")

SIDE_FILL = {Side.ALLY: QColor("#ffffff"), Side.NEUTRAL: QColor("#a3a9b3"), Side.OPPONENT: QColor("#23272e")}
SIDE_EDGE = {Side.ALLY: QColor("#2b2f36"), Side.NEUTRAL: QColor("#4b5563"), Side.OPPONENT: QColor("#000000")}
SIDE_DETAIL = {Side.ALLY: QColor("#2b2f36"), Side.NEUTRAL: QColor("#f3f4f6"), Side.OPPONENT: QColor("#e5e7eb")}

LEVEL_COLOR = {
    None: QColor("#e5e7eb"),
    RelationshipLevel.VENDOR: QColor("#b8c2cf"),
    RelationshipLevel.CREDIBLE_SOURCE: QColor("#7fb0e8"),
    RelationshipLevel.PROBLEM_SOLVER: QColor("#2f74c8"),
    RelationshipLevel.TRUSTED_ADVISOR: QColor("#143d7a"),
}
RELATION_COLOR = {
    RelationKind.REPORTS_TO: QColor("#6b7280"),
    RelationKind.INFLUENCES: QColor("#7c3aed"),
    RelationKind.CONFLICTS_WITH: QColor("#dc2626"),
}
RECENCY = {
    Recency.RECENT: QColor("#16a34a"),
    Recency.DUE: QColor("#f59e0b"),
    Recency.STALE: QColor("#dc2626"),
    Recency.NEVER: QColor("#c4c9d1"),
}


def level_text_color(level: RelationshipLevel | None) -> QColor:
    dark = level in (RelationshipLevel.PROBLEM_SOLVER, RelationshipLevel.TRUSTED_ADVISOR)
    return QColor("#ffffff") if dark else QColor("#1f2937")


@cache
def glyph_path(piece: PieceType, details: bool = False) -> QPainterPath:
    """The outline (or the detail strokes) of ``piece`` in a 100×100 box."""
    glyph = GLYPHS[piece]
    path = _path(glyph.details if details else glyph.outline)
    if not details:
        path.setFillRule(Qt.FillRule.WindingFill)
    return path


def _path(commands: tuple[Command, ...]) -> QPainterPath:
    path = QPainterPath()
    for command in commands:
        op, *v = command
        n = [float(x) for x in v]
        if op == "M":
            path.moveTo(n[0], n[1])
        elif op == "L":
            path.lineTo(n[0], n[1])
        elif op == "Q":
            path.quadTo(n[0], n[1], n[2], n[3])
        elif op == "C":
            path.cubicTo(n[0], n[1], n[2], n[3], n[4], n[5])
        elif op == "Z":
            path.closeSubpath()
        elif op == "E":
            path.addEllipse(QPointF(n[0], n[1]), n[2], n[3])
    return path


def rect(r: object) -> QRectF:
    """A domain ``Rect`` as a QRectF."""
    return QRectF(r.x, r.y, r.w, r.h)  # type: ignore[attr-defined]


def cosmetic_pen(color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(False)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def font(point_size: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(point_size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f
