"""The plan's layout: contents with the right page numbers, footers, tables that break across
pages, depth by classification, both languages, diagrams kept readable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from kamdesk.domain.account import Account, Classification
from kamdesk.domain.plan import AccountPlan, Action, Goal, Opportunity, Phase
from kamdesk.domain.team import TeamMember, TeamRole
from kamdesk.report import diagrams, sections, theme
from kamdesk.report.cell_text import look
from kamdesk.report.diagrams import DrawingTile, ScaledDrawing, diagram_flowables
from kamdesk.report.document import render_bytes
from kamdesk.report.sketch import Paint, Sketch
from kamdesk.report.source import Edition, PlanSource

TODAY = date(2026, 3, 16)


def source(classification: Classification = Classification.KEY, actions: int = 3) -> PlanSource:
    team = (TeamMember("m1", "a", "Jana Hoffmann", role=TeamRole.PRIMARY),)
    plan = AccountPlan(
        goals=(Goal("g1", "a", "Lower process costs", measure="-20 %"),),
        actions=tuple(
            Action(f"x{n}", "a", f"Action number {n}", owner_id="m1", due_on=TODAY + timedelta(days=n - 2))
            for n in range(actions)
        ),
        opportunities=(Opportunity("o1", "a", "Kanban", Phase.NEGOTIATION, value=Decimal("12500"), probability=40),),
    )
    account = Account("a", "Weserland Fördertechnik GmbH", industry="Fördertechnik", classification=classification)
    return PlanSource(account=account, team=team, plan=plan, today=TODAY)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages]


def test_contents_lists_each_chapter_with_the_page_it_starts_on_and_footers_count_pages() -> None:
    pdf, result = render_bytes(source(), Edition.INTERNAL, "en")
    text = pages(pdf)
    assert len(text) == result.pages
    contents = text[1]
    for n, page in enumerate(text[1:], start=2):
        assert f"Page {n} of {result.pages}" in page.replace("of \n", "of ")
    reader = PdfReader(BytesIO(pdf))
    outline = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline}
    for number, title in enumerate(result.chapters, start=1):
        page_number = outline[f"{number} {title}"]
        lines = contents.splitlines()
        assert lines[lines.index(title) + 1] == str(page_number)  # the number drawn after the title
        assert title in text[page_number - 1]


def test_a_long_action_list_breaks_across_pages_with_the_header_repeated() -> None:
    pdf, _result = render_bytes(source(actions=120), Edition.INTERNAL, "en")
    with_actions = [p for p in pages(pdf) if "Action number" in p]
    assert len(with_actions) >= 3
    assert all("Due" in p and "Owner" in p for p in with_actions)
    assert all("Status" in p for p in with_actions[1:])  # the actions chapter, after the summary


@pytest.mark.parametrize(
    ("classification", "edition", "present", "absent"),
    [
        (Classification.STRATEGIC, Edition.CUSTOMER, ["Goals", "Joint projects", "Review schedule"], ["Visit"]),
        (Classification.KEY, Edition.CUSTOMER, ["Goals", "Actions"], ["Joint projects", "Review schedule"]),
        (Classification.SMART, Edition.CUSTOMER, ["Actions"], ["Goals", "Joint projects", "Review schedule"]),
        (Classification.SMART, Edition.INTERNAL, ["Opportunities", "Actions"], ["Review schedule"]),
        (Classification.KEY, Edition.INTERNAL, ["Opportunities", "Review schedule"], []),
    ],
)
def test_depth_follows_the_classification(
    classification: Classification, edition: Edition, present: list[str], absent: list[str]
) -> None:
    _pdf, result = render_bytes(source(classification), edition, "en")
    for title in present:
        assert title in result.chapters
    for title in absent:
        assert not any(title in c for c in result.chapters)


def test_german_edition_formats_dates_and_money_the_german_way() -> None:
    pdf, result = render_bytes(source(), Edition.INTERNAL, "de")
    text = "\n".join(pages(pdf))
    assert "Seite 2 von" in text and "Inhalt" in text
    assert "16.03.2026" in text
    assert "12.500\xa0€" in text or "12.500 €" in text
    assert "Zusammenfassung" in result.chapters


def test_a_customer_edition_leaves_out_whole_chapters_and_says_so() -> None:
    _pdf, result = render_bytes(source(Classification.KEY), Edition.CUSTOMER, "en")
    assert "Opportunities" in result.sections_left_out
    assert result.omissions.fields[("opportunity", "value")] == 1


def big_drawing(width: float, height: float) -> Sketch:
    drawing = Sketch(width, height)
    drawing.rect(0, 0, width, height, Paint(stroke=theme.INK))
    drawing.label(10, height - 20, "Requester", look(theme.FONT, 12, theme.INK))
    return drawing


def test_diagrams_scale_in_place_go_landscape_or_split_across_pages() -> None:
    small = diagram_flowables(big_drawing(400, 300))
    assert isinstance(small[0], ScaledDrawing) and small[0].scale == 1.0
    wide = diagram_flowables(big_drawing(1100, 500))
    assert tuple(wide[0].action) == ("nextPageTemplate", diagrams.LANDSCAPE_TEMPLATE)
    scaled = next(f for f in wide if isinstance(f, ScaledDrawing))
    assert scaled.scale >= diagrams.MIN_SCALE
    huge = diagram_flowables(big_drawing(3000, 1600))
    tiles = [f for f in huge if isinstance(f, DrawingTile)]
    assert len(tiles) >= 4 and all(t.scale == diagrams.MIN_SCALE for t in tiles)
    assert isinstance(huge[-1], PageBreak)


def test_a_large_diagram_prints_on_landscape_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    def build(ctx: Any) -> list[Any]:
        return diagram_flowables(big_drawing(3000, 1600), "Procurement C-parts")

    extra = sections.Section("diagram", "Diagram", 15, build, customer=sections.ALL)
    real = sections.registry
    monkeypatch.setattr(sections, "registry", lambda: sorted([*real(), extra], key=lambda s: s.order))
    monkeypatch.setattr("kamdesk.report.document.select", sections.select)
    pdf, _result = render_bytes(replace(source(), today=TODAY), Edition.CUSTOMER, "en")
    reader = PdfReader(BytesIO(pdf))
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert len(landscape) >= 4
    assert "Part 1 of" in (landscape[0].extract_text() or "")


def test_every_character_the_plan_prints_of_its_own_is_in_the_embedded_font() -> None:
    from importlib import resources

    from reportlab.pdfbase.ttfonts import TTFontFile

    from kamdesk.domain import i18n

    with resources.as_file(resources.files("kamdesk.resources") / "fonts" / "NotoSans-Regular.ttf") as path:
        glyphs = TTFontFile(str(path)).charToGlyph
    contexts = {
        "PlanPdf",
        "Phase",
        "Edition",
        "GoalSide",
        "GoalStatus",
        "ActionStatus",
        "OpportunityStatus",
        "TeamRole",
        "Seniority",
        "Classification",
        "Geography",
    }
    texts = ["›•–·…€\u2009\u202f\u00a0"]
    for (context, source), forms in i18n.catalogue("de").items():
        if context in contexts:
            texts += [source, *forms]
    missing = {ch for text in texts for ch in text if ch not in "\n" and ord(ch) not in glyphs}
    assert missing == set()
