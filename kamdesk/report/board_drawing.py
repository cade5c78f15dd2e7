"""The relationship board as a vector drawing (a ``Sketch``), made from the same geometry the screen uses
(``domain.board_geometry`` for cells, slots, the piece's parts, the team column and the line
routes; ``domain.piece_glyphs`` for the pieces). Colours follow the screen
(``ui/tabs/relations/look.py``) and stay readable in greyscale: the side is the piece's fill
(white, grey, black, always outlined), levels are ordered from light to dark and also differ in
line weight, relation kinds differ in dash pattern, and the recency dot differs in shape.

A ``BoardView`` says what one drawing shows — all of the board, or one part of a large one
(some departments, some ranks, the team members linked to them).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.domain import board_geometry as geo
from kamdesk.domain.board import (
    Board,
    Contact,
    CoverageLink,
    Recency,
    RelationKind,
    RelationshipLevel,
    display_name,
)
from kamdesk.domain.board import recency as last_contact_recency
from kamdesk.domain.team import Seniority, TeamMember
from kamdesk.report import theme
from kamdesk.report.drawing_text import fit, label, shrink_to_fit, wrap
from kamdesk.report.piece_shapes import glyph
from kamdesk.report.sketch import Form, Paint, Path, Sketch

A = geo.ANATOMY
Flip = Callable[[float], float]  # a scene y (down) as a drawing y (up)
HEX = colors.HexColor

BOARD_BG, RANK_TINT, GRID = HEX("#f7f5f0"), HEX("#efebe2"), HEX("#d9d3c7")
HEADER_TEXT, NAME_TEXT, MUTED = HEX("#3d3a35"), HEX("#111827"), HEX("#6b7280")
ACCENT, CARD_EDGE, WHITE = HEX("#1f5fa8"), HEX("#cfd5dd"), colors.white
METER_OFF, DEPTH_ON, DEPTH_OFF = HEX("#d6dae0"), HEX("#4b5563"), HEX("#dcdfe4")

LEVEL_COLOR: dict[RelationshipLevel | None, colors.Color] = {
    None: HEX("#e5e7eb"),
    RelationshipLevel.VENDOR: HEX("#b8c2cf"),
    RelationshipLevel.CREDIBLE_SOURCE: HEX("#7fb0e8"),
    RelationshipLevel.PROBLEM_SOLVER: HEX("#2f74c8"),
    RelationshipLevel.TRUSTED_ADVISOR: HEX("#143d7a"),
}
RELATION_COLOR = {
    RelationKind.REPORTS_TO: HEX("#6b7280"),
    RelationKind.INFLUENCES: HEX("#7c3aed"),
    RelationKind.CONFLICTS_WITH: HEX("#dc2626"),
}
RELATION_DASH: dict[RelationKind, tuple[float, ...] | None] = {
    RelationKind.REPORTS_TO: None,
    RelationKind.INFLUENCES: (5.0, 3.0),
    RelationKind.CONFLICTS_WITH: (7.0, 3.0, 1.5, 3.0),
}
BELOW_TARGET_DASH = (5.0, 3.5)
BAR_ON, BAR_OFF = Paint(fill=ACCENT), Paint(fill=METER_OFF)
DEPTH_PAINT_ON, DEPTH_PAINT_OFF = Paint(fill=DEPTH_ON), Paint(fill=DEPTH_OFF)


#: the last-contact dot: filled (recent), half (due), ring (stale), faint ring (never)
RECENCY_COLOR: dict[Recency, colors.Color] = {
    Recency.RECENT: HEX("#16a34a"),
    Recency.DUE: HEX("#d97706"),
    Recency.STALE: HEX("#dc2626"),
    Recency.NEVER: HEX("#c4c9d1"),
}


# sizes of text on the board, in board units (one unit prints as one point at scale 1)
NAME_SIZE, TITLE_SIZE, HEADER_SIZE, TEAM_NAME_SIZE, TEAM_SUB_SIZE = 10.0, 8.6, 11.0, 11.0, 9.0


def level_text_color(level: RelationshipLevel | None) -> colors.Color:
    dark = level in (RelationshipLevel.PROBLEM_SOLVER, RelationshipLevel.TRUSTED_ADVISOR)
    return WHITE if dark else HEX("#1f2937")


# -- what a drawing shows ----------------------------------------------------------------------


@dataclass(frozen=True)
class BoardView:
    """One drawing of ``board``: these departments (keys; None = no department), these ranks,
    these team members (with their coverage lines when ``lines``)."""

    board: Board
    column_keys: tuple[Hashable, ...]
    column_names: dict[Hashable, str]
    ranks: tuple[Seniority, ...]
    team: tuple[TeamMember, ...]
    lines: bool
    today: date
    team_title: str = ""
    #: position of each department on the whole board (keeps the chequer pattern across parts)
    column_order: dict[Hashable, int] | None = None

    @cached_property
    def _cells(self) -> dict[tuple[Hashable, Seniority], list[Contact]]:
        known = {c.id for c in self.board.columns}
        shown_keys, shown_ranks = set(self.column_keys), set(self.ranks)
        found: dict[tuple[Hashable, Seniority], list[Contact]] = {}
        for (column_id, rank), contacts in self.board.cells().items():
            key = column_id if column_id in known else None
            if key in shown_keys and rank in shown_ranks:
                found.setdefault((key, rank), []).extend(contacts)
        return found

    def cells(self) -> dict[tuple[Hashable, Seniority], list[Contact]]:
        """The contacts of the shown cells (contacts of unknown departments under None), in board order."""
        return self._cells

    def layout(self) -> geo.BoardLayout:
        counts = {cell: len(contacts) for cell, contacts in self.cells().items()}
        return geo.BoardLayout(self.column_keys, self.ranks, counts, len(self.team))

    def contact_ids(self) -> set[str]:
        return {c.id for contacts in self.cells().values() for c in contacts}


def view_size(view: BoardView) -> tuple[float, float]:
    """Width and height of the drawing of ``view`` (without the team column if no one is shown)."""
    layout = view.layout()
    width = layout.bounds.w if view.team else layout.grid_right + geo.MARGIN
    height = layout.bounds.h
    return width, height


# -- the board ---------------------------------------------------------------------------------


def draw_board(view: BoardView, rank_names: dict[Seniority, str]) -> Sketch:
    theme.register_fonts()  # text is measured in the embedded font
    layout = view.layout()
    width, height = view_size(view)
    sketch = Sketch(width, height)

    def y(value: float) -> float:
        return height - value

    _grid(sketch, view, layout, rank_names, y)
    slots: dict[str, geo.Rect] = {}
    pieces: list[tuple[Contact, geo.Rect, colors.Color]] = []
    for (key, rank), contacts in view.cells().items():
        column, row = layout.column_index(key), layout.rank_index(rank)
        backing = RANK_TINT if _tinted(view, key, rank, column) else BOARD_BG
        for index, contact in enumerate(contacts):
            slot = layout.slot_rect(column, row, index)
            slots[contact.id] = slot
            pieces.append((contact, slot, backing))
    board = view.board
    cards = {member.id: layout.team_rect(n) for n, member in enumerate(view.team)}
    if view.lines:
        for link in sorted(board.links, key=lambda k: k.level.step):  # strong lines on top
            if link.member_id in cards and link.contact_id in slots:
                _coverage_line(sketch, geo.coverage_route(cards[link.member_id], slots[link.contact_id]), link, y)
    for relation in board.relations:
        if relation.source_id in slots and relation.target_id in slots:
            route = geo.relation_route(slots[relation.source_id], slots[relation.target_id])
            _relation_line(sketch, route, relation.kind, y)
    for contact, slot, backing in pieces:
        links = board.links_by_contact.get(contact.id, [])
        best = max((link.level for link in links), key=lambda level: level.step, default=None)
        recency = last_contact_recency(board.last_contact(contact.id), view.today, board.stale_days)
        _piece(sketch, contact, slot, (len(links), best, recency, backing), y)
    if view.team:
        header = layout.team_header_rect()
        sketch.add(
            label(header.x + 4, y(header.bottom - 9), view.team_title, TEAM_NAME_SIZE, bold=True, colour=HEADER_TEXT)
        )
        for member in view.team:
            count = len(board.links_by_member.get(member.id, []))
            _team_card(sketch, member, cards[member.id], count, y)
    return sketch


def _grid(sketch: Sketch, view: BoardView, layout: geo.BoardLayout, rank_names: dict[Seniority, str], y: Flip) -> None:
    grid = layout.grid_rect()
    sketch.rect(grid.x, y(grid.bottom), grid.w, grid.h, Paint(fill=BOARD_BG))
    tinted_cell, plain_cell = Paint(fill=RANK_TINT, stroke=GRID, width=0.8), Paint(stroke=GRID, width=0.8)
    for r, rank in enumerate(view.ranks):
        for c, key in enumerate(view.column_keys):
            cell = layout.cell_rect(c, r)
            paint = tinted_cell if _tinted(view, key, rank, c) else plain_cell
            sketch.rect(cell.x, y(cell.bottom), cell.w, cell.h, paint)
    for c, key in enumerate(view.column_keys):
        box = layout.header_rect(c)
        name = view.column_names.get(key, "")
        size = shrink_to_fit(name, theme.BOLD, HEADER_SIZE, box.w - 6, 7.5)
        lines = wrap(name, theme.BOLD, size, box.w - 6, 3)
        for n, line in enumerate(reversed(lines)):
            base = box.bottom - 7 - n * (size + 2)
            sketch.add(label(box.center.x, y(base), line, size, bold=True, colour=HEADER_TEXT, anchor="middle"))
    for r, rank in enumerate(view.ranks):
        box = layout.rank_label_rect(r)
        name = rank_names.get(rank, rank.label)
        size = shrink_to_fit(name, theme.BOLD, HEADER_SIZE, box.w - 12, 7.5)
        lines = wrap(name, theme.BOLD, size, box.w - 12, 3)
        top = box.center.y - len(lines) * (size + 2) / 2 + size
        for n, line in enumerate(lines):
            sketch.add(
                label(box.right - 9, y(top + n * (size + 2)), line, size, bold=True, colour=HEADER_TEXT, anchor="end")
            )


def _tinted(view: BoardView, key: Hashable, rank: Seniority, column: int) -> bool:
    """Every other cell is tinted, counted on the whole board (so the parts of a board agree)."""
    order = view.column_order or {}
    return bool((list(Seniority).index(rank) + order.get(key, column)) % 2)


def _bezier(route: geo.Route, y: Flip, paint: Paint) -> Path:
    start, c1, c2, end = route.start, route.c1, route.c2, route.end
    return Path(
        (("moveTo", (start.x, y(start.y))), ("curveTo", (c1.x, y(c1.y), c2.x, y(c2.y), end.x, y(end.y)))), paint
    )


def _coverage_line(sketch: Sketch, route: geo.Route, link: CoverageLink, y: Flip) -> None:
    dash = BELOW_TARGET_DASH if link.below_target else None
    paint = Paint(stroke=LEVEL_COLOR[link.level], width=0.8 + 0.6 * link.level.step, dash=dash, cap=1)
    sketch.add(_bezier(route, y, paint))


def _relation_line(sketch: Sketch, route: geo.Route, kind: RelationKind, y: Flip) -> None:
    colour = RELATION_COLOR[kind]
    sketch.add(_bezier(route, y, Paint(stroke=colour, width=1.6, dash=RELATION_DASH[kind], cap=1)))
    if kind is RelationKind.CONFLICTS_WITH:
        return
    angle = route.end_angle()
    size = 7.0
    end = route.end
    points = [end.x, y(end.y)]
    for turn in (-0.45, 0.45):
        points += [end.x - size * math.cos(angle + turn), y(end.y - size * math.sin(angle + turn))]
    sketch.polygon(points, Paint(fill=colour))


def _piece(
    sketch: Sketch,
    contact: Contact,
    slot: geo.Rect,
    state: tuple[int, RelationshipLevel | None, str, colors.Color],
    y: Flip,
) -> None:
    """One piece: glyph, influence bars, recency dot, coverage badge, depth segments, name and
    title (on a backing in the cell's colour, so lines passing under them do not hide them).
    ``state``: the number of links, the best level, the recency and the cell's colour."""
    links, best, recency, backing = state
    g = A.glyph.moved(slot.x, slot.y)
    glyph(sketch, contact.piece, contact.side, g.x, y(g.y), g.w, contact.placeholder)
    box, depth, dot, badge = (
        A.influence.moved(slot.x, slot.y),
        A.depth.moved(slot.x, slot.y),
        A.recency,
        A.coverage_badge,
    )
    sketch.place(_influence_bars(contact.influence.weight), (1, 0, 0, 1, box.x, y(box.bottom)))
    sketch.place(_recency_dot(recency), (1, 0, 0, 1, slot.x + dot.x, y(slot.y + dot.y)))
    cx, cy = slot.x + badge.x, y(slot.y + badge.y)
    sketch.place(_badge(best), (1, 0, 0, 1, cx, cy))
    colour = level_text_color(best) if links else MUTED
    sketch.add(label(cx, cy - 2.7, str(links), 7.5, bold=True, colour=colour, anchor="middle"))
    sketch.place(_depth_segments(contact.coverage.weight), (1, 0, 0, 1, depth.x, y(depth.bottom)))
    name_box, title_box = A.name.moved(slot.x, slot.y), A.title.moved(slot.x, slot.y)
    name = display_name(contact) if contact.name else "?"
    font = theme.BOLD_ITALIC if contact.placeholder else theme.BOLD
    colour = MUTED if contact.placeholder else NAME_TEXT
    lines = wrap(name, font, NAME_SIZE, name_box.w, 2)
    title_font = theme.ITALIC if contact.placeholder else theme.FONT
    title = fit(contact.title, title_font, TITLE_SIZE, title_box.w) if contact.title else ""
    widest = max([stringWidth(t, font, NAME_SIZE) for t in lines] + [stringWidth(title, title_font, TITLE_SIZE)])
    bottom = title_box.bottom if title else name_box.y + 3 + 11.5 * len(lines)
    sketch.rect(
        name_box.center.x - widest / 2 - 3,
        y(bottom),
        widest + 6,
        bottom - name_box.y - 1,
        Paint(fill=backing, alpha=0.85),
        radius=3,
    )
    for n, line in enumerate(lines):
        sketch.add(
            label(
                name_box.center.x,
                y(name_box.y + 9.5 + n * 11.5),
                line,
                NAME_SIZE,
                font=font,
                colour=colour,
                anchor="middle",
            )
        )
    if title:
        sketch.add(
            label(
                title_box.center.x,
                y(title_box.y + 9),
                title,
                TITLE_SIZE,
                font=title_font,
                colour=MUTED,
                anchor="middle",
            )
        )


# a piece's marks, each state a form painted once per document (placed by its lower left corner:
# bars and segments; by its centre: the dot and the badge)


@cache
def _influence_bars(weight: int) -> Form:
    sketch, h = Sketch(0, 0), A.influence.h
    for n in range(3):
        sketch.rect(n * 5.0, 0, 3.6, h * (n + 1) / 3, BAR_ON if n < weight else BAR_OFF, radius=1.2)
    return Form(f"kamdesk_influence_{weight}", (-1.0, -1.0, 16.0, h + 1), sketch.draw)


@cache
def _depth_segments(weight: int) -> Form:
    sketch, seg = Sketch(0, 0), (A.depth.w - 4) / 3
    for n in range(3):
        sketch.rect(n * (seg + 2), 0, seg, A.depth.h, DEPTH_PAINT_ON if n < weight else DEPTH_PAINT_OFF)
    return Form(f"kamdesk_depth_{weight}", (-1.0, -1.0, A.depth.w + 1, A.depth.h + 1), sketch.draw)


@cache
def _recency_dot(recency: str) -> Form:
    sketch = Sketch(0, 0)
    recency_mark(sketch, 0, 0, recency)
    return Form(f"kamdesk_recency_{recency}", (-7.0, -7.0, 7.0, 7.0), sketch.draw)


@cache
def _badge(level: RelationshipLevel | None) -> Form:
    sketch = Sketch(0, 0)
    sketch.circle(0, 0, 8.5, Paint(fill=LEVEL_COLOR[level], stroke=WHITE, width=1.4))
    return Form(f"kamdesk_badge_{level.value if level else 'none'}", (-10.0, -10.0, 10.0, 10.0), sketch.draw)


def recency_mark(sketch: Sketch, x: float, y: float, recency: Recency, r: float = 4.6) -> None:
    """Filled: recent · half-filled: due · ring: stale · faint ring: never (readable without colour)."""
    colour = RECENCY_COLOR[recency]
    if recency == Recency.RECENT:
        sketch.circle(x, y, r, Paint(fill=colour, stroke=WHITE, width=1.2))
    elif recency == Recency.DUE:
        sketch.circle(x, y, r, Paint(fill=WHITE, stroke=colour, width=1.4))
        k = 0.5523 * r
        half = (
            ("moveTo", (x, y + r)),
            ("curveTo", (x - k, y + r, x - r, y + k, x - r, y)),
            ("curveTo", (x - r, y - k, x - k, y - r, x, y - r)),
            ("closePath", ()),
        )
        sketch.add(Path(half, Paint(fill=colour)))
    elif recency == Recency.STALE:
        sketch.circle(x, y, r - 0.6, Paint(fill=WHITE, stroke=colour, width=2.2))
    else:
        sketch.circle(x, y, r - 1, Paint(stroke=colour, width=0.9))


def _team_card(sketch: Sketch, member: TeamMember, card: geo.Rect, count: int, y: Flip) -> None:
    paint = Paint(fill=WHITE, stroke=CARD_EDGE, width=1)
    sketch.rect(card.x + 0.5, y(card.bottom - 0.5), card.w - 1, card.h - 1, paint, radius=7)
    sketch.circle(card.x, y(card.y + card.h / 2), 4.5, Paint(fill=ACCENT))
    name = fit(member.name, theme.BOLD, TEAM_NAME_SIZE, card.w - 52)
    sketch.add(label(card.x + 14, y(card.y + 20), name, TEAM_NAME_SIZE, bold=True, colour=NAME_TEXT))
    sub = fit(
        " · ".join(p for p in (member.function, member.seniority.label) if p), theme.FONT, TEAM_SUB_SIZE, card.w - 20
    )
    sketch.add(label(card.x + 14, y(card.y + 40), sub, TEAM_SUB_SIZE, colour=MUTED))
    sketch.add(label(card.right - 9, y(card.y + 20), str(count), 9.5, bold=True, colour=ACCENT, anchor="end"))
