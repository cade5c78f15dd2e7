"""Where everything on the relationship board goes: cells, piece slots inside a cell, the piece's
anatomy, our team's column and the routes of the lines. Pure numbers (scene units, y down), so the
screen and the PDF draw the same board."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

MARGIN = 16.0
RANK_LABEL_W = 96.0
HEADER_H = 40.0
CELL_W = 92.0
SLOT_W = 88.0
SLOT_H = 94.0
CELL_PAD = 6.0
SLOTS_PER_ROW = int(CELL_W // SLOT_W)
GUTTER = 80.0
TEAM_W = 176.0
TEAM_CARD_H = 54.0
TEAM_GAP = 10.0
GLYPH = 40.0


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, p: Point) -> bool:
        return self.x <= p.x < self.right and self.y <= p.y < self.bottom

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True, slots=True)
class PieceAnatomy:
    """The parts of a piece, relative to its slot's top-left corner."""

    glyph: Rect = Rect((SLOT_W - GLYPH) / 2, 4, GLYPH, GLYPH)
    #: three bars like a signal meter: influence low/medium/high
    influence: Rect = Rect(6, 16, 14, 26)
    #: a dot: how recently anyone of us was in touch
    recency: Point = Point(SLOT_W - 13, 11)
    #: a small badge: how many of us cover the person, coloured by the best level
    coverage_badge: Point = Point(SLOT_W - 13, 33)
    #: four segments under the glyph: how well we know the person
    depth: Rect = Rect((SLOT_W - GLYPH) / 2, 47, GLYPH, 3)
    name: Rect = Rect(2, 52, SLOT_W - 4, 27)
    title: Rect = Rect(2, 79, SLOT_W - 4, 13)


ANATOMY = PieceAnatomy()


@dataclass(frozen=True, slots=True)
class Route:
    """A line as one cubic Bézier segment: start, two control points, end."""

    start: Point
    c1: Point
    c2: Point
    end: Point

    def at(self, t: float) -> Point:
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return Point(
            a * self.start.x + b * self.c1.x + c * self.c2.x + d * self.end.x,
            a * self.start.y + b * self.c1.y + c * self.c2.y + d * self.end.y,
        )

    def end_angle(self) -> float:
        """Direction of travel at the end, in radians (for an arrow head)."""
        ref = self.c2 if (self.c2.x, self.c2.y) != (self.end.x, self.end.y) else self.start
        return math.atan2(self.end.y - ref.y, self.end.x - ref.x)


ColumnKey = Hashable  # a column id, or None for contacts without a department


class BoardLayout:
    """The geometry of one board: ``column_keys`` left to right, ``ranks`` top to bottom, each
    cell tall enough for the fullest cell of its rank."""

    def __init__(
        self,
        column_keys: Sequence[ColumnKey],
        ranks: Sequence[Hashable],
        counts: Mapping[tuple[ColumnKey, Hashable], int],
        team_size: int,
    ) -> None:
        self.column_keys = list(column_keys)
        self.ranks = list(ranks)
        self._col = {key: n for n, key in enumerate(self.column_keys)}
        self._rank = {rank: n for n, rank in enumerate(self.ranks)}
        self.left = MARGIN + RANK_LABEL_W
        self.top = MARGIN + HEADER_H
        self.rank_tops: list[float] = []
        self.rank_heights: list[float] = []
        y = self.top
        for rank in self.ranks:
            fullest = max((counts.get((key, rank), 0) for key in self.column_keys), default=0)
            rows = max(1, math.ceil(fullest / SLOTS_PER_ROW))
            height = rows * SLOT_H + 2 * CELL_PAD
            self.rank_tops.append(y)
            self.rank_heights.append(height)
            y += height
        self.grid_bottom = y
        self.grid_right = self.left + CELL_W * len(self.column_keys)
        self.team_left = self.grid_right + GUTTER
        self.team_size = team_size
        team_bottom = self.top + team_size * (TEAM_CARD_H + TEAM_GAP)
        self.bounds = Rect(0, 0, self.team_left + TEAM_W + MARGIN, max(self.grid_bottom, team_bottom) + MARGIN)

    # -- the grid ---------------------------------------------------------------------------

    def column_index(self, key: ColumnKey) -> int:
        return self._col[key]

    def rank_index(self, rank: Hashable) -> int:
        return self._rank[rank]

    def header_rect(self, column: int) -> Rect:
        return Rect(self.left + column * CELL_W, MARGIN, CELL_W, HEADER_H)

    def rank_label_rect(self, rank: int) -> Rect:
        return Rect(MARGIN, self.rank_tops[rank], RANK_LABEL_W, self.rank_heights[rank])

    def cell_rect(self, column: int, rank: int) -> Rect:
        return Rect(self.left + column * CELL_W, self.rank_tops[rank], CELL_W, self.rank_heights[rank])

    def grid_rect(self) -> Rect:
        return Rect(self.left, self.top, self.grid_right - self.left, self.grid_bottom - self.top)

    def cell_at(self, p: Point) -> tuple[int, int] | None:
        """(column, rank) of the cell under ``p``, or None outside the grid."""
        if not self.grid_rect().contains(p):
            return None
        column = int((p.x - self.left) // CELL_W)
        for rank, top in enumerate(self.rank_tops):
            if top <= p.y < top + self.rank_heights[rank]:
                return column, rank
        return None

    # -- pieces -------------------------------------------------------------------------------

    def slot_rect(self, column: int, rank: int, index: int) -> Rect:
        """The ``index``-th piece slot of a cell (left to right, then the next row)."""
        cell = self.cell_rect(column, rank)
        row, col = divmod(index, SLOTS_PER_ROW)
        return Rect(
            cell.x + (CELL_W - SLOTS_PER_ROW * SLOT_W) / 2 + col * SLOT_W,
            cell.y + CELL_PAD + row * SLOT_H,
            SLOT_W,
            SLOT_H,
        )

    def slot_index_at(self, column: int, rank: int, p: Point, count: int) -> int:
        """Where a piece dropped at ``p`` goes among the ``count`` pieces already in the cell."""
        cell = self.cell_rect(column, rank)
        row = max(0, int((p.y - cell.y - CELL_PAD) // SLOT_H))
        col = min(SLOTS_PER_ROW - 1, max(0, int((p.x - cell.x) // SLOT_W)))
        return max(0, min(count, row * SLOTS_PER_ROW + col))

    @staticmethod
    def glyph_rect(slot: Rect) -> Rect:
        return ANATOMY.glyph.moved(slot.x, slot.y)

    # -- our team -----------------------------------------------------------------------------

    def team_header_rect(self) -> Rect:
        return Rect(self.team_left, MARGIN, TEAM_W, HEADER_H)

    def team_rect(self, index: int) -> Rect:
        return Rect(self.team_left, self.top + CELL_PAD + index * (TEAM_CARD_H + TEAM_GAP), TEAM_W, TEAM_CARD_H)


# -- line routes ------------------------------------------------------------------------------


def coverage_route(team_card: Rect, slot: Rect) -> Route:
    """From the left edge of a team card to the right side of the piece's glyph."""
    start = Point(team_card.x, team_card.y + team_card.h / 2)
    glyph = BoardLayout.glyph_rect(slot)
    end = Point(glyph.right + 2, glyph.y + glyph.h / 2)
    pull = min(180.0, max(40.0, abs(start.x - end.x) * 0.35))
    return Route(start, Point(start.x - pull, start.y), Point(end.x + pull * 0.5, end.y), end)


def relation_route(source_slot: Rect, target_slot: Rect) -> Route:
    """Between two glyphs, leaving and arriving at their rims; pieces on one row arc over it."""
    a = BoardLayout.glyph_rect(source_slot).center
    b = BoardLayout.glyph_rect(target_slot).center
    radius = GLYPH / 2 + 3
    if abs(a.y - b.y) < 1:  # same row: arc above
        lift = min(60.0, 18.0 + abs(a.x - b.x) * 0.15)
        start = Point(a.x, a.y - radius)
        end = Point(b.x, b.y - radius)
        return Route(start, Point(start.x, start.y - lift), Point(end.x, end.y - lift), end)
    angle = math.atan2(b.y - a.y, b.x - a.x)
    start = Point(a.x + radius * math.cos(angle), a.y + radius * math.sin(angle))
    end = Point(b.x - radius * math.cos(angle), b.y - radius * math.sin(angle))
    bend = 0.25 * (end.y - start.y)
    return Route(start, Point(start.x, start.y + bend), Point(end.x, end.y - bend), end)
