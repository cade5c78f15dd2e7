"""Procurement maps in the plan: drawn from the editor's geometry, cut between nodes when wide,
with the key questions and approval limits as text, in both editions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

from pypdf import PdfReader

from kamdesk.domain.account import Account, Classification
from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.model import Edge, Lane, LaneRole, Node, NodeKind, ProcurementMap
from kamdesk.report import theme
from kamdesk.report.diagrams import CAPTION_SPACE, fit_scale
from kamdesk.report.document import render_bytes
from kamdesk.report.map_drawing import MIN_SCALE, draw_map, parts
from kamdesk.report.source import Edition, PlanSource


def wide_map(steps: int = 30) -> ProcurementMap:
    lanes = (Lane("l1", "Requester", LaneRole.REQUESTER, 0), Lane("l2", "Purchasing", LaneRole.CENTRAL_PURCHASING, 1))
    nodes = [Node("n0", NodeKind.START, "Need", 100, 80, "l1")]
    for n in range(1, steps):
        kind = NodeKind.APPROVAL if n % 5 == 0 else NodeKind.STEP
        limit = Decimal(1000 * n) if kind is NodeKind.APPROVAL else None
        nodes.append(Node(f"n{n}", kind, f"Step {n}", 100 + 220 * n, 80 + 160 * (n % 2), f"l{1 + n % 2}",
                          approval_limit=limit, role_holder="Holger Janssen" if limit else ""))  # fmt: skip
    edges = tuple(Edge(f"e{n}", f"n{n}", f"n{n + 1}") for n in range(steps - 1))
    return ProcurementMap("m1", "C-parts <Kanban>", "a", lanes=lanes, nodes=tuple(nodes), edges=edges)


def test_a_wide_map_is_cut_between_nodes_into_readable_parts() -> None:
    pmap = wide_map()
    geo = geometry.compute(pmap)
    width, height = theme.frame_size(theme.LANDSCAPE)
    cut = parts(pmap, geo, width, height - CAPTION_SPACE, MIN_SCALE)
    assert len(cut) > 1
    assert cut[0].x0 <= min(s.rect.x for s in geo.nodes.values()) and cut[-1].x1 >= geo.bounds.right
    for shape in geo.nodes.values():  # no node is cut in two
        assert any(p.x0 <= shape.rect.x and shape.rect.right <= p.x1 for p in cut)
    for part in cut:
        assert fit_scale(draw_map(pmap, geo, part), width, height - CAPTION_SPACE) >= MIN_SCALE


def test_the_section_prints_the_maps_questions_and_limits_in_either_edition() -> None:
    account = Account("a", "Weserland Fördertechnik GmbH", classification=Classification.KEY)
    source = PlanSource(account=account, today=date(2026, 3, 16), extra={"procurement": [wide_map(8)]})
    for edition in Edition:
        pdf, result = render_bytes(source, edition, "en")
        text = "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages)
        assert "How the customer buys" in result.chapters
        assert "Step 7" in text and "Which approval limits exist?" in text and "€5,000" in text
        assert "C-parts <Kanban>" in text


def test_a_smart_key_accounts_lean_plan_has_no_maps() -> None:
    account = Account("a", "Kleinkunde GmbH", classification=Classification.SMART)
    source = PlanSource(account=account, today=date(2026, 3, 16), extra={"procurement": [wide_map(4)]})
    _pdf, result = render_bytes(source, Edition.INTERNAL, "en")
    assert "How the customer buys" not in result.chapters
