"""The relationship board on paper, readable at any size: a board that fits a page at a readable
scale is drawn whole (in place, or on a landscape page); a larger one is cut along its own
structure — bands of ranks, and groups of departments if it is too wide — each part a complete
little board on a landscape page of its own (headers, rank labels, the pieces, the team members
linked to them and their lines). Above ``LINES_LIMIT`` coverage links the lines would be
spaghetti, and a team too large for the page's height would shrink every part: the board then
shows the badges on the pieces, and the coverage table lists who covers whom.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.platypus import Flowable

from kamdesk.domain import board_geometry as geo
from kamdesk.domain import i18n
from kamdesk.domain.board import RANKS, Board
from kamdesk.domain.team import Seniority
from kamdesk.report import theme
from kamdesk.report.board_drawing import BoardView, draw_board, view_size
from kamdesk.report.diagrams import CAPTION_SPACE, MIN_SCALE, diagram_flowables, diagram_pages

# more coverage links than this and the board is drawn without the team column and its lines
LINES_LIMIT = 150
# the scale a part aims for when a board is so wide that its departments are split into groups
COMFORT = 0.75


@dataclass(frozen=True)
class BoardPlan:
    """How the board goes on paper: the views drawn, and whether it was cut into parts."""

    views: list[BoardView]
    captions: list[str]

    @property
    def split(self) -> bool:
        return len(self.views) > 1


def whole_view(board: Board, today: date) -> BoardView:
    """All of ``board``: every department (and "No department" if needed), every rank, the team."""
    names: dict[Hashable, str] = {c.id: c.name for c in board.columns}
    keys: list[Hashable] = [c.id for c in board.columns]
    if any(c.column_id not in names for c in board.contacts):
        keys.append(None)
        names[None] = i18n.translate("PlanPdf", "No department")
    lines = 0 < len(board.links) <= LINES_LIMIT and _team_fits(len(keys), len(board.team))
    team_title = i18n.translate("PlanPdf", "Our team")
    return BoardView(
        board,
        tuple(keys),
        names,
        RANKS,
        tuple(board.team) if lines else (),
        lines,
        today,
        team_title,
        {key: n for n, key in enumerate(keys)},
    )


def _team_fits(columns: int, members: int) -> bool:
    """Whether our team's column fits a landscape page at the scale the board's width allows."""
    land_w, land_h = theme.frame_size(theme.LANDSCAPE)
    width = 2 * geo.MARGIN + geo.RANK_LABEL_W + geo.CELL_W * columns + geo.GUTTER + geo.TEAM_W
    scale = max(MIN_SCALE, min(1.0, land_w / width))
    height = 2 * geo.MARGIN + geo.HEADER_H + geo.CELL_PAD + members * (geo.TEAM_CARD_H + geo.TEAM_GAP)
    return height * scale <= land_h - CAPTION_SPACE


def rank_names() -> dict[Seniority, str]:
    return {rank: rank.label for rank in RANKS}


def plan(board: Board, today: date) -> BoardPlan:
    whole = whole_view(board, today)
    title = i18n.translate("PlanPdf", "Relationship board")
    land_w, land_h = theme.frame_size(theme.LANDSCAPE)
    land_h -= CAPTION_SPACE
    width, height = view_size(whole)
    if min(1.0, land_w / width, land_h / height) >= MIN_SCALE:
        return BoardPlan([whole], [title])
    parts = _parts(whole, land_w, land_h)
    groups = len({p.column_keys for p in parts})
    captions = []
    for n, part in enumerate(parts, start=1):
        what = _span([rank_names()[r] for r in part.ranks])
        if groups > 1:
            what += " · " + _span([part.column_names.get(k, "") for k in part.column_keys])
        counter = i18n.translate("PlanPdf", "part %1 of %2").replace("%1", str(n)).replace("%2", str(len(parts)))
        captions.append(f"{title}: {what} ({counter})")
    return BoardPlan(parts, captions)


def flowables(board_plan: BoardPlan) -> list[Flowable]:
    drawings = [draw_board(view, rank_names()) for view in board_plan.views]
    if not board_plan.split:
        return diagram_flowables(drawings[0], board_plan.captions[0])
    return diagram_pages(list(zip(drawings, board_plan.captions, strict=True)))


def _span(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{names[0]} – {names[-1]}"


def _part(whole: BoardView, keys: Sequence[Hashable], ranks: Sequence[Seniority]) -> BoardView:
    part = replace(whole, column_keys=tuple(keys), ranks=tuple(ranks), team=())
    if not whole.lines:
        return part
    shown = part.contact_ids()
    linked = {link.member_id for link in whole.board.links if link.contact_id in shown}
    return replace(part, team=tuple(m for m in whole.board.team if m.id in linked))


def _parts(whole: BoardView, width: float, height: float) -> list[BoardView]:
    """Cut ``whole`` into parts that each fit ``width`` × ``height`` at a readable scale."""
    keys = list(whole.column_keys)
    fixed = 2 * geo.MARGIN + geo.RANK_LABEL_W + (geo.GUTTER + geo.TEAM_W if whole.lines else 0)
    if width / (fixed + geo.CELL_W * len(keys)) >= MIN_SCALE:
        groups = [keys]
    else:
        per = max(1, int((width / COMFORT - fixed) // geo.CELL_W))
        count = math.ceil(len(keys) / per)
        size = math.ceil(len(keys) / count)
        groups = [keys[n : n + size] for n in range(0, len(keys), size)]
    parts: list[BoardView] = []
    for group in groups:
        scale = min(1.0, width / (fixed + geo.CELL_W * len(group)))
        parts += _bands(whole, group, height / scale)
    return parts


def _bands(whole: BoardView, group: Sequence[Hashable], limit: float) -> list[BoardView]:
    """The ranks in as few bands as fit ``limit`` (greedy), then as evenly filled as possible."""
    count, band = 1, [whole.ranks[0]]
    for rank in whole.ranks[1:]:
        if view_size(_part(whole, group, [*band, rank]))[1] > limit:
            count, band = count + 1, []
        band.append(rank)
    ranks = list(whole.ranks)
    best: list[list[Seniority]] | None = None
    best_height = math.inf
    for cuts in itertools.combinations(range(1, len(ranks)), count - 1):
        bands = [ranks[a:b] for a, b in zip((0, *cuts), (*cuts, len(ranks)), strict=True)]
        tallest = max(view_size(_part(whole, group, b))[1] for b in bands)
        if tallest < best_height:
            best, best_height = bands, tallest
    return [_part(whole, group, b) for b in best or [ranks]]
