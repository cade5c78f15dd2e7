"""The key to the relationship board: what the piece, its fill, its marks, the dot and the lines
mean — drawn with the same shapes as the board, in three columns across the page."""

from __future__ import annotations

from kamdesk.domain import i18n
from kamdesk.domain.board import BuyingRole, PieceType, RelationKind, RelationshipLevel, Side
from kamdesk.report import theme
from kamdesk.report.board_drawing import (
    ACCENT,
    DEPTH_OFF,
    DEPTH_ON,
    LEVEL_COLOR,
    METER_OFF,
    RELATION_COLOR,
    RELATION_DASH,
    Recency,
    level_text_color,
    recency_mark,
)
from kamdesk.report.drawing_text import fit, label
from kamdesk.report.piece_shapes import glyph
from kamdesk.report.sketch import Group, Paint, Sketch

ROW = 13.5
SIZE = 7.5
HEAD = 8.0
ICON_W = 24.0


class _Column:
    """One column of the key: headings and rows, top to bottom."""

    def __init__(self, group: Sketch, x: float, width: float, top: float) -> None:
        self.group, self.x, self.width, self.y = group, x, width, top
        self.first = True

    def heading(self, text: str) -> None:
        if not self.first:
            self.y -= 6
        self.first = False
        self.group.add(
            label(self.x, self.y - HEAD, fit(text, theme.BOLD, HEAD, self.width), HEAD, bold=True, colour=theme.NAVY)
        )
        self.y -= HEAD + 5

    def row(self, text: str) -> float:
        """Add a row's text; returns the y of the row's middle for its icon."""
        middle = self.y - ROW / 2
        self.group.add(
            label(
                self.x + ICON_W, middle - 2.6, fit(text, theme.FONT, SIZE, self.width - ICON_W), SIZE, colour=theme.INK
            )
        )
        self.y -= ROW
        return middle


def legend(width: float, stale_days: int) -> Sketch:
    """The key, ``width`` wide."""
    theme.register_fonts()
    group = Sketch(width, 0)  # drawn downwards from y = 0
    gap = 14.0
    column_w = (width - 2 * gap) / 3
    top = 0.0
    columns = [_Column(group, n * (column_w + gap), column_w, top) for n in range(3)]
    _pieces(columns[0])
    _sides_and_contact(columns[1], stale_days)
    _lines(columns[2])
    height = -min(c.y for c in columns) + 4
    sketch = Sketch(width, height)
    sketch.add(Group((1, 0, 0, 1, 0, height), None, group.steps))
    return sketch


def _pieces(column: _Column) -> None:
    column.heading(i18n.translate("PlanPdf", "Piece: role in the buying decision"))
    for role in BuyingRole:
        middle = column.row(f"{role.label} ({role.piece.label})")
        glyph(column.group, role.piece, Side.ALLY, column.x + 4, middle + 6.5, 13)
    column.heading(i18n.translate("PlanPdf", "Marks on each piece"))
    middle = column.row(i18n.translate("PlanPdf", "Influence: one to three bars"))
    for n in range(3):
        h = 3.5 * (n + 1)
        column.group.rect(column.x + 4 + n * 4.5, middle - 5, 3.2, h, Paint(fill=ACCENT if n < 2 else METER_OFF))
    middle = column.row(i18n.translate("PlanPdf", "How well we know them"))
    for n in range(3):
        column.group.rect(column.x + 2 + n * 6.5, middle - 1.2, 5.5, 2.6, Paint(fill=DEPTH_ON if n < 2 else DEPTH_OFF))
    middle = column.row(i18n.translate("PlanPdf", "Badge: how many of us know them"))
    column.group.circle(column.x + 9, middle, 5.6, Paint(fill=LEVEL_COLOR[RelationshipLevel.PROBLEM_SOLVER]))
    column.group.add(
        label(
            column.x + 9,
            middle - 2.2,
            "2",
            6.5,
            bold=True,
            anchor="middle",
            colour=level_text_color(RelationshipLevel.PROBLEM_SOLVER),
        )
    )


def _sides_and_contact(column: _Column, stale_days: int) -> None:
    column.heading(i18n.translate("PlanPdf", "Fill: which side they are on"))
    for side in Side:
        middle = column.row(side.label)
        glyph(column.group, PieceType.PAWN, side, column.x + 4, middle + 6.5, 13)
    middle = column.row(i18n.translate("PlanPdf", "Role known, person not yet"))
    glyph(column.group, PieceType.PAWN, None, column.x + 4, middle + 6.5, 13, placeholder=True)
    column.heading(i18n.translate("PlanPdf", "Dot: last contact by any of us"))
    half = max(1, stale_days // 2)
    rows = [
        (Recency.RECENT, i18n.translate("PlanPdf", "Within %1 days").replace("%1", str(half))),
        (Recency.DUE, i18n.translate("PlanPdf", "Within %1 days").replace("%1", str(stale_days))),
        (Recency.STALE, i18n.translate("PlanPdf", "More than %1 days ago").replace("%1", str(stale_days))),
        (Recency.NEVER, i18n.translate("PlanPdf", "No contact recorded")),
    ]
    for recency, text in rows:
        middle = column.row(text)
        recency_mark(column.group, column.x + 9, middle, recency, r=4.2)


def _lines(column: _Column) -> None:
    column.heading(i18n.translate("PlanPdf", "Lines from our team: relationship"))
    for level in RelationshipLevel:
        middle = column.row(f"{level.step} {level.label}")
        paint = Paint(stroke=LEVEL_COLOR[level], width=0.8 + 0.6 * level.step, cap=1)
        column.group.line(column.x, middle, column.x + 19, middle, paint)
    middle = column.row(i18n.translate("PlanPdf", "Dashed: below the level we aim for"))
    paint = Paint(stroke=LEVEL_COLOR[RelationshipLevel.VENDOR], width=2.0, dash=(3.5, 2.5))
    column.group.line(column.x, middle, column.x + 19, middle, paint)
    column.heading(i18n.translate("PlanPdf", "Lines between their people"))
    for kind in RelationKind:
        middle = column.row(kind.label)
        colour = RELATION_COLOR[kind]
        dash = RELATION_DASH[kind]
        paint = Paint(stroke=colour, width=1.4, dash=tuple(d * 0.6 for d in dash) if dash else None)
        column.group.line(column.x, middle, column.x + 17, middle, paint)
        if kind is not RelationKind.CONFLICTS_WITH:
            x = column.x + 20
            column.group.polygon([x, middle, x - 5, middle + 2.6, x - 5, middle - 2.6], Paint(fill=colour))
