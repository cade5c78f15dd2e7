"""The board's geometry: cells grow with their fullest cell, slots and hit tests agree, routes
start and end where the items are, and the glyphs are closed vector paths."""

from __future__ import annotations

from kamdesk.domain import board_geometry as geo
from kamdesk.domain.board import RANKS, PieceType
from kamdesk.domain.piece_glyphs import GLYPHS


def layout(counts: dict | None = None, team: int = 3) -> geo.BoardLayout:
    return geo.BoardLayout(["a", "b", None], RANKS, counts or {}, team)


def test_a_rank_is_as_tall_as_its_fullest_cell() -> None:
    lay = layout({("a", RANKS[1]): 3 * geo.SLOTS_PER_ROW, ("b", RANKS[1]): 1})
    assert lay.rank_heights[0] == geo.SLOT_H + 2 * geo.CELL_PAD
    assert lay.rank_heights[1] == 3 * geo.SLOT_H + 2 * geo.CELL_PAD
    assert lay.rank_tops[2] == lay.rank_tops[1] + lay.rank_heights[1]


def test_slots_lie_inside_their_cell_and_hit_tests_find_the_cell() -> None:
    lay = layout({("b", RANKS[2]): 4})
    for index in range(4):
        slot = lay.slot_rect(1, 2, index)
        cell = lay.cell_rect(1, 2)
        assert cell.x <= slot.x and slot.right <= cell.right + 0.01 and cell.y <= slot.y and slot.bottom <= cell.bottom
        assert lay.cell_at(slot.center) == (1, 2)
    assert lay.cell_at(geo.Point(0, 0)) is None
    assert lay.cell_at(geo.Point(lay.team_left + 5, lay.top + 5)) is None  # the team column is not a cell


def test_a_drop_position_maps_to_an_insertion_index() -> None:
    lay = layout({("a", RANKS[0]): 3})
    first = lay.slot_rect(0, 0, 0)
    assert lay.slot_index_at(0, 0, first.center, 3) == 0
    third = lay.slot_rect(0, 0, 2)
    assert lay.slot_index_at(0, 0, third.center, 3) == 2
    assert lay.slot_index_at(0, 0, geo.Point(third.x, third.bottom + 500), 3) == 3  # below: at the end


def test_team_cards_sit_right_of_the_board_and_the_bounds_hold_everything() -> None:
    lay = layout(team=15)
    last = lay.team_rect(14)
    assert lay.team_rect(0).x > lay.grid_right
    assert last.bottom <= lay.bounds.bottom and last.right <= lay.bounds.right


def test_a_coverage_route_runs_from_the_card_to_the_glyph() -> None:
    lay = layout()
    card, slot = lay.team_rect(0), lay.slot_rect(0, 0, 0)
    route = geo.coverage_route(card, slot)
    assert (route.start.x, route.start.y) == (card.x, card.y + card.h / 2)
    glyph = geo.BoardLayout.glyph_rect(slot)
    assert route.end.x == glyph.right + 2 and route.at(1.0) == route.end


def test_relation_routes_arc_over_a_row_and_point_at_the_target() -> None:
    lay = layout({("a", RANKS[0]): 2})
    a, b = lay.slot_rect(0, 0, 0), lay.slot_rect(1, 0, 0)
    same_row = geo.relation_route(a, b)
    assert same_row.c1.y < same_row.start.y  # lifted above the row
    below = geo.relation_route(a, lay.slot_rect(1, 2, 0))
    assert below.end.y > below.start.y and 0 < below.end_angle() < 3.2


def test_every_piece_has_a_closed_outline_in_the_unit_box() -> None:
    assert set(GLYPHS) == set(PieceType)
    for glyph in GLYPHS.values():
        coords = [v for command in glyph.outline for v in command[1:]]
        assert all(0 <= float(v) <= 100 for v in coords)
        assert any(command[0] in ("Z", "E") for command in glyph.outline)
