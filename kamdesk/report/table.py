"""The plan's tables: a header row repeated on every page a table spills onto, zebra rows, a rule
below each row, column widths as fractions of the table's width.

Drawn directly rather than through ReportLab's ``Table`` (whose per-cell style machinery costs
more than a page of running text): a row's height is its tallest cell plus padding, rows break
inside only when no page could hold them, backgrounds first, then all text (one ``Pen``), then the rules. Cells are
``TextCell``s (or anything with ``height(width)`` and ``draw(pen, canvas, x, top, width, align)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from kamdesk.report import theme
from kamdesk.report.cell_text import LEFT, RIGHT, TextCell
from kamdesk.report.pen import Pen

DIVIDER_WIDTH = 0.4
#: a row taller than this fits no page of the plan (the portrait frame): it is broken between lines
TALLEST_PAGE = theme.frame_size(theme.PORTRAIT)[1]


class Cell(Protocol):
    def height(self, width: float) -> float: ...

    def draw(self, pen: Pen, canvas: Any, x: float, top: float, width: float, align: str | None = None) -> None: ...


@dataclass(frozen=True, slots=True)
class Column:
    width: float
    align: str = LEFT
    #: padding left and right of the cell's content
    left: float = 5.0
    right: float = 5.0
    #: a thin rule of this colour after the column (e.g. white, between coloured cells)
    divider: colors.Color | None = None


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell | None, ...]
    #: the row's background instead of the zebra stripe (e.g. overdue)
    fill: colors.Color | None = None
    #: the first cell spans the whole row (a group heading inside the table)
    spans: bool = False
    #: backgrounds of single cells: (column, colour)
    cell_fills: tuple[tuple[int, colors.Color], ...] = ()


@dataclass(frozen=True, slots=True)
class Padding:
    top: float = 3.5
    bottom: float = 4.0


class DataTable(Flowable):
    """Rows under a header; split between rows, the header repeated on every part."""

    def __init__(
        self, header: Row, rows: Sequence[Row], columns: Sequence[Column], padding: Padding = Padding()
    ) -> None:
        super().__init__()
        self.header, self.rows, self.columns, self.padding = header, list(rows), list(columns), padding
        self.hAlign = "LEFT"
        self.width = sum(c.width for c in self.columns)
        self._heights: list[float] | None = None

    # -- measuring -------------------------------------------------------------------------

    def _row_height(self, row: Row, padding: Padding) -> float:
        columns = self.columns
        if row.spans:
            first = columns[0]
            cell = row.cells[0]
            inner = self.width - first.left - first.right
            return (cell.height(inner) if cell is not None else 0.0) + padding.top + padding.bottom
        tallest = 0.0
        for cell, column in zip(row.cells, columns, strict=False):
            if cell is not None:
                tallest = max(tallest, cell.height(column.width - column.left - column.right))
        return tallest + padding.top + padding.bottom

    def heights(self) -> list[float]:
        """The header's height, then each row's."""
        if self._heights is None:
            self._heights = [self._row_height(self.header, Padding())]
            self._heights += [self._row_height(row, self.padding) for row in self.rows]
        return self._heights

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = sum(self.heights())
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        heights = self.heights()
        used, fits = heights[0], 0
        for h in heights[1:]:
            if used + h > available_height + 1e-6:
                break
            used += h
            fits += 1
        if 0 < fits < len(self.rows) and self.rows[fits - 1].spans:
            fits -= 1  # a group heading goes over with its first row
        if fits == 0 and heights[1] > TALLEST_PAGE:  # a row no page can hold: broken between its lines
            return self._split_row(available_height - heights[0])
        if fits == 0 or fits == len(self.rows):
            return []
        return [self._part(0, fits), self._part(fits, len(self.rows))]

    def _split_row(self, room: float) -> list[Flowable]:
        row, padding = self.rows[0], self.padding
        room -= padding.top + padding.bottom
        first: list[Cell | None] = []
        rest: list[Cell | None] = []
        for cell, column in zip(row.cells, self.columns, strict=False):
            if not isinstance(cell, TextCell):
                first.append(cell)
                rest.append(None)
                continue
            inner = column.width - column.left - column.right
            lines = len(cell.lines(inner))
            fits = max(0, min(lines, int(room // cell.leading)))
            first.append(cell.part(inner, 0, fits) if fits else None)
            rest.append(cell.part(inner, fits, lines) if fits < lines else None)
        if all(c is None for c in first):
            return []
        top, bottom = replace(row, cells=tuple(first)), replace(row, cells=tuple(rest))
        return [
            DataTable(self.header, [top], self.columns, padding),
            DataTable(self.header, [bottom, *self.rows[1:]], self.columns, padding),
        ]

    def _part(self, start: int, end: int) -> DataTable:
        part = DataTable(self.header, self.rows[start:end], self.columns, self.padding)
        heights = self.heights()
        part._heights = [heights[0], *heights[start + 1 : end + 1]]
        return part

    # -- drawing ---------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        heights = self.heights()
        rows = [self.header, *self.rows]
        tops = [sum(heights)]
        for h in heights:
            tops.append(tops[-1] - h)
        lefts = [0.0]
        for column in self.columns:
            lefts.append(lefts[-1] + column.width)
        canvas.saveState()
        self._backgrounds(canvas, rows, tops, lefts)
        pen = Pen(canvas)
        for n, row in enumerate(rows):
            padding = self.padding if n else Padding()
            top = tops[n] - padding.top
            if row.spans:
                first = self.columns[0]
                if row.cells[0] is not None:
                    row.cells[0].draw(pen, canvas, first.left, top, self.width - first.left - first.right, LEFT)
                continue
            for c, (cell, column) in enumerate(zip(row.cells, self.columns, strict=False)):
                if cell is not None:
                    inner = column.width - column.left - column.right
                    cell.draw(pen, canvas, lefts[c] + column.left, top, inner, column.align)
        pen.close()
        self._rules(canvas, tops, lefts)
        canvas.restoreState()

    def _backgrounds(self, canvas: Any, rows: list[Row], tops: list[float], lefts: list[float]) -> None:
        fills: list[tuple[colors.Color, float, float, float, float]] = []
        fills.append((theme.HEADER_FILL, 0.0, tops[1], self.width, tops[0] - tops[1]))
        for n, row in enumerate(rows[1:], start=1):
            fill = row.fill or (theme.ZEBRA if n % 2 == 0 else None)
            bottom, h = tops[n + 1], tops[n] - tops[n + 1]
            if fill is not None:
                fills.append((fill, 0.0, bottom, self.width, h))
            for c, colour in row.cell_fills:
                fills.append((colour, lefts[c], bottom, lefts[c + 1] - lefts[c], h))
        current = None
        for colour, x, y, w, h in fills:
            if colour is not current:
                canvas.setFillColor(colour)
                current = colour
            canvas.rect(x, y, w, h, stroke=0, fill=1)

    def _rules(self, canvas: Any, tops: list[float], lefts: list[float]) -> None:
        canvas.setLineCap(1)
        canvas.setStrokeColor(theme.NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(0, tops[1], self.width, tops[1])
        if len(tops) > 2:
            canvas.setStrokeColor(theme.RULE)
            canvas.setLineWidth(0.25)
            canvas.lines([(0, y, self.width, y) for y in tops[2:]])
        dividers = [(lefts[c + 1], column.divider) for c, column in enumerate(self.columns) if column.divider]
        if dividers:
            canvas.setLineWidth(DIVIDER_WIDTH)
            for x, colour in dividers:
                canvas.setStrokeColor(colour)
                canvas.line(x, tops[0], x, tops[-1])


# -- building ----------------------------------------------------------------------------------


def cell(value: object, style: ParagraphStyle) -> TextCell:
    """A cell of plain user text in ``style``, wrapped to its column."""
    return TextCell(style, str(value or ""))


def body_cell(value: Any) -> Cell | None:
    """A row's value as a cell: a string prints whole on its line(s), as ReportLab tables print strings."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return TextCell(theme.styles().cell, value, wraps=False)
    return value  # type: ignore[no-any-return]


def header_row(header: Sequence[str]) -> Row:
    style = theme.styles().cell_head
    return Row(tuple(TextCell(style, h) if h else None for h in header))


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any] | Row],
    fractions: Sequence[float],
    width: float,
    *,
    align_right: Sequence[int] = (),
    highlight: Sequence[int] = (),
) -> DataTable:
    """A table ``width`` wide, its columns ``fractions`` of it; ``highlight`` marks rows as overdue
    (0 = first data row). A row is a ``Row`` or a sequence of cells and strings."""
    total = sum(fractions)
    columns = [Column(width * f / total, RIGHT if n in align_right else LEFT) for n, f in enumerate(fractions)]
    body = [row if isinstance(row, Row) else Row(tuple(body_cell(v) for v in row)) for row in rows]
    for n in highlight:
        body[n] = replace(body[n], fill=theme.OVERDUE_FILL)
    return DataTable(header_row(header), body, columns)
