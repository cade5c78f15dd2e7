"""The customer edition is the sensitivity policy applied: every internal field's marker shows in
the internal edition and nowhere in the customer's — not in the text, metadata or outline."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kamdesk.domain import sensitivity
from kamdesk.report.document import render_bytes
from kamdesk.report.source import Edition
from kamdesk.services import plan_report
from tests.report.conftest import MARKERS, NOT_PRINTED

ENTITIES = ("account", "team_member", "plan_goal", "plan_action", "opportunity", "visit_report",
            "visit_participant", "plan_review", "contact", "coverage_link", "contact_relation",
            "relationship_board", "key_issue", "procurement_map", "procurement_lane", "procurement_node",
            "procurement_edge")  # fmt: skip


def everything(pdf: bytes) -> str:
    """All text a reader can get at: pages, metadata, outline."""
    reader = PdfReader(BytesIO(pdf))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    parts += outline_titles(reader.outline)
    return "\n".join(parts)


def outline_titles(items: Any) -> list[str]:
    titles = []
    for item in items:
        if isinstance(item, list):
            titles += outline_titles(item)
        else:
            titles.append(item.title)
    return titles


@pytest.fixture
def editions(marked: tuple[Any, str]) -> dict[Edition, bytes]:
    ws, account = marked
    source = plan_report.collect(ws, account)
    return {edition: render_bytes(source, edition, "en")[0] for edition in Edition}


def test_every_internal_field_of_the_plan_has_a_marker_or_a_reason() -> None:
    internal = {
        (entity, field)
        for entity in ENTITIES
        for field, kind in sensitivity.POLICY[entity].items()
        if kind is sensitivity.Sensitivity.INTERNAL
    }
    assert internal == set(MARKERS) | set(NOT_PRINTED)


def test_markers_print_in_the_internal_edition_and_never_in_the_customer_edition(
    editions: dict[Edition, bytes],
) -> None:
    internal, customer = everything(editions[Edition.INTERNAL]), everything(editions[Edition.CUSTOMER])
    flat_internal, flat_customer = _flat(internal), _flat(customer)
    missing = [m for m in MARKERS.values() if _flat(m) not in flat_internal]
    leaked = [m for m in MARKERS.values() if _flat(m) in flat_customer]
    assert missing == []
    assert leaked == []
    assert "Shared action 0.1 <A" in customer  # shareable things are there, as typed
    assert "Joint project" in customer
    assert "Linked to the secret goal" in customer  # …without the internal goal it points to
    for shared in ("C-Teile <Kanban> & Co", "Freigabe <Leitung>", "Einkauf & Logistik", "€2,500"):
        assert shared in customer  # the customer's own buying process is shared, as typed


def test_metadata_and_outline_follow_the_policy_too(editions: dict[Edition, bytes]) -> None:
    reader = PdfReader(BytesIO(editions[Edition.CUSTOMER]))
    meta = reader.metadata
    assert meta.title == "Key Account Plan – S&P <GmbH> Łódź"
    assert meta.author == "Łukasz Żółć"
    assert "Customer edition" in meta.subject
    assert "Strategic" not in " ".join(str(v) for v in meta.values())
    titles = outline_titles(reader.outline)
    assert titles[0] == "1 Summary" and "Joint projects" in " ".join(titles)
    assert not any("Visit" in t for t in titles)


def test_no_hidden_layers_annotations_or_javascript(editions: dict[Edition, bytes]) -> None:
    raw = editions[Edition.CUSTOMER]
    for needle in (b"/OCProperties", b"/OCG", b"/JavaScript", b"/EmbeddedFile"):
        assert needle not in raw
    reader = PdfReader(BytesIO(raw))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object()["/Subtype"] == "/Link"  # only the contents' links


def test_user_text_prints_as_typed_in_the_embedded_unicode_font(editions: dict[Edition, bytes]) -> None:
    text = everything(editions[Edition.INTERNAL])
    for typed in ("S&P <GmbH> Łódź", "Shared goal <costs> & more", "Shared action 0.1 <A", "Jiří Dvořák"):
        assert typed in text
    reader = PdfReader(BytesIO(editions[Edition.INTERNAL]))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts and all("NotoSans" in f for f in fonts)


def _flat(text: str) -> str:
    """Text with line breaks and hyphenation points folded, so a wrapped marker still matches."""
    return re.sub(r"\s+", "", text)


def test_export_writes_the_file_atomically_and_reports_pages(marked: tuple[Any, str], tmp_path: Path) -> None:
    ws, account = marked
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "plan.pdf"
    result = plan_report.export_pdf(ws, account, "customer", "de", target)
    assert target.read_bytes().startswith(b"%PDF") and result.pages == len(PdfReader(target).pages)
    assert [p.name for p in target.parent.iterdir()] == ["plan.pdf"]
    assert "Besuchsberichte" not in everything(target.read_bytes())


def test_the_customer_edition_reads_only_what_it_prints_and_prints_the_same(
    marked: tuple[Any, str], editions: dict[Edition, bytes]
) -> None:
    ws, account = marked
    source = plan_report.collect(ws, account, edition=Edition.CUSTOMER)
    assert "relationships" not in source.extra and source.unread == {"relationships"}
    pdf, result = render_bytes(source, Edition.CUSTOMER, "en")
    pages = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    assert pages == [page.extract_text() for page in PdfReader(BytesIO(editions[Edition.CUSTOMER])).pages]
    assert "Relationship board" in result.sections_left_out
