"""The relationship board in the internal plan: drawn from the screen's geometry, readable at any
size (whole, or cut into rank bands on landscape pages), readable without colour, with its key
issues and — for large accounts — who covers whom."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.colors import Color

from kamdesk.domain import board_geometry as geo
from kamdesk.domain.account import Account, Classification
from kamdesk.domain.board import (
    RANKS,
    Board,
    BoardColumn,
    BuyingRole,
    Contact,
    ContactRelation,
    CoverageLink,
    Influence,
    RelationKind,
    RelationshipLevel,
    Side,
)
from kamdesk.domain.team import Seniority, TeamMember, TeamRole
from kamdesk.report import board_pages, theme
from kamdesk.report.board_drawing import LEVEL_COLOR, Recency, draw_board, recency_mark
from kamdesk.report.diagrams import MIN_SCALE, DrawingTile, ScaledDrawing
from kamdesk.report.document import render_bytes
from kamdesk.report.piece_shapes import SIDE_FILL, piece_shapes
from kamdesk.report.sections import relationships
from kamdesk.report.sketch import Sketch
from kamdesk.report.source import Edition, PlanSource

TODAY = date(2026, 3, 16)
DEPARTMENTS = ("Management", "Purchasing", "Engineering", "Production", "Quality", "Logistics", "Finance", "IT")


def board(contacts: int = 6, team: int = 3, links: int = 5, columns: int = 4) -> Board:
    cols = [BoardColumn(f"c{n}", DEPARTMENTS[n % 8] + ("" if n < 8 else f" {n}"), n) for n in range(columns)]
    people = [
        Contact(
            f"p{n}",
            f"Person {n:03d}",
            f"Title {n}",
            cols[n % columns].id,
            RANKS[(n // columns) % 4],
            list(BuyingRole)[n % 6],
            list(Side)[n % 3],
            list(Influence)[n % 3],
            last_contact=TODAY - timedelta(days=n * 7),
            position=n,
        )
        for n in range(contacts)
    ]
    members = [TeamMember(f"m{n}", "a", f"Member {n}", "Sales", TeamRole.OTHER) for n in range(team)]
    link_list = [
        CoverageLink(f"l{n}", members[n % team].id, people[(n * 7) % contacts].id, list(RelationshipLevel)[n % 4])
        for n in range(links)
    ]
    relations = [ContactRelation("r1", "p1", "p0", RelationKind.REPORTS_TO)] if contacts > 1 else []
    return Board("a", cols, people, members, link_list, relations)


def source(b: Board, classification: Classification = Classification.STRATEGIC) -> PlanSource:
    account = Account("a", "Weserland Fördertechnik GmbH", classification=classification)
    team = (TeamMember("m0", "a", "Member 0", role=TeamRole.PRIMARY),)
    return PlanSource(account=account, team=team, today=TODAY, extra={"relationships": b})


def test_pieces_sit_where_the_screens_geometry_puts_them() -> None:
    b = board()
    view = board_pages.whole_view(b, TODAY)
    drawing = draw_board(view, board_pages.rank_names())
    layout = view.layout()
    names = {s.text: s for s in drawing.labels()}
    for contact in b.contacts:
        column = layout.column_index(contact.column_id)
        index = [c.id for c in view.cells()[(contact.column_id, contact.rank)]].index(contact.id)
        slot = layout.slot_rect(column, layout.rank_index(contact.rank), index)
        name = names[contact.name]
        assert name.x == slot.x + geo.ANATOMY.name.x + geo.ANATOMY.name.w / 2
        assert drawing.height - name.y - slot.y == geo.ANATOMY.name.y + 9.5  # the first line of the name
    assert {"Member 0", "Member 1", "Member 2", "Our team"} <= set(names)  # the team column


def test_the_section_prints_the_board_key_issues_and_key_to_the_board() -> None:
    pdf, result = render_bytes(source(board()), Edition.INTERNAL, "en")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages)
    assert "Relationship board" in result.chapters
    for n in range(6):
        assert f"Person {n:03d}" in text
    assert "Key issues" in text and "How to read the board" in text
    assert "Who covers whom" in text  # a Strategic Key Account's full plan


def test_a_key_accounts_small_board_goes_without_the_coverage_table_and_no_customer_edition_has_a_board() -> None:
    pdf, _result = render_bytes(source(board(), Classification.KEY), Edition.INTERNAL, "de")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages)
    assert "Beziehungsbrett" in text and "Wer kennt wen" not in text
    for classification in Classification:
        _pdf, result = render_bytes(source(board(), classification), Edition.CUSTOMER, "en")
        assert "Relationship board" not in result.chapters


def test_a_large_board_is_cut_into_rank_bands_each_readable_on_a_landscape_page() -> None:
    b = board(contacts=150, team=15, links=120, columns=8)
    plan = board_pages.plan(b, TODAY)
    assert plan.split
    shown = [cid for view in plan.views for cid in view.contact_ids()]
    assert sorted(shown) == sorted(c.id for c in b.contacts)  # every piece on exactly one part
    flowables = board_pages.flowables(plan)
    drawings = [f for f in flowables if isinstance(f, ScaledDrawing)]
    assert len(drawings) == len(plan.views)
    assert all(d.scale >= MIN_SCALE for d in drawings)
    assert not any(isinstance(f, DrawingTile) for f in flowables)
    assert all("part" in caption for caption in plan.captions)
    land_w, land_h = theme.frame_size(theme.LANDSCAPE)
    assert all(d.width <= land_w + 0.01 and d.height <= land_h for d in drawings)


def test_parts_of_a_large_board_keep_their_lines_to_the_team_members_linked_to_them() -> None:
    b = board(contacts=60, team=5, links=80, columns=8)
    plan = board_pages.plan(b, TODAY)
    assert plan.split and all(view.lines for view in plan.views)
    for view in plan.views:
        shown = view.contact_ids()
        linked = {link.member_id for link in b.links if link.contact_id in shown}
        assert {m.id for m in view.team} == linked
    assert all(d.scale >= MIN_SCALE for d in board_pages.flowables(plan) if isinstance(d, ScaledDrawing))


def test_a_very_wide_board_is_cut_into_groups_of_departments_too() -> None:
    b = board(contacts=40, team=2, links=10, columns=16)
    plan = board_pages.plan(b, TODAY)
    groups = {view.column_keys for view in plan.views}
    assert len(groups) >= 2
    assert all(d.scale >= MIN_SCALE for d in board_pages.flowables(plan) if isinstance(d, ScaledDrawing))


def test_too_many_lines_are_not_drawn_the_coverage_table_lists_them() -> None:
    b = board(contacts=60, team=8, links=400, columns=8)
    view = board_pages.whole_view(b, TODAY)
    assert not view.lines and view.team == ()
    pdf, _result = render_bytes(source(b, Classification.KEY), Edition.INTERNAL, "en")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages)
    assert "The 400 lines between our team and their people are not drawn" in text
    assert "Who covers whom" in text


def _luminance(colour: Color) -> float:
    return 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue


def test_side_and_level_read_without_colour() -> None:
    fills = sorted(_luminance(SIDE_FILL[side]) for side in Side)
    assert fills[1] - fills[0] > 0.3 and fills[2] - fills[1] > 0.3  # white, grey, black
    for side in Side:
        outline = piece_shapes(BuyingRole.DECISION_MAKER.piece, side)[0].paint
        assert outline.stroke is not None and outline.width > 0  # a white piece is outlined
    levels = [_luminance(LEVEL_COLOR[level]) for level in RelationshipLevel]
    assert levels == sorted(levels, reverse=True)  # light to dark


def test_recency_differs_in_shape_not_only_in_colour() -> None:
    looks = []
    for recency in (Recency.RECENT, Recency.DUE, Recency.STALE, Recency.NEVER):
        sketch = Sketch(10, 10)
        recency_mark(sketch, 0, 0, recency)
        looks.append(tuple((type(n).__name__, n.paint.fill is None, n.paint.width) for n in sketch.steps))
    assert len(set(looks)) == 4


def test_an_empty_board_prints_no_chapter() -> None:
    empty = replace(board(), contacts=[], links=[], relations=[])
    assert relationships.build(_ctx(empty)) == []


def _ctx(b: Board):  # type: ignore[no-untyped-def]
    from kamdesk.report.context import RenderContext

    return RenderContext(source(b), Edition.INTERNAL, Classification.STRATEGIC, "en")


def test_cells_of_unknown_departments_gather_under_no_department() -> None:
    b = board()
    stray = replace(b.contacts[0], id="px", name="Stray Person", column_id="gone", rank=Seniority.BOARD)
    b = replace(b, contacts=[*b.contacts, stray])
    view = board_pages.whole_view(b, TODAY)
    assert view.column_keys[-1] is None and view.column_names[None] == "No department"
    assert "Stray Person" in {s.text for s in draw_board(view, board_pages.rank_names()).labels()}
