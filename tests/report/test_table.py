"""The plan's tables without ReportLab's Table: text cells that break their lines like a
paragraph, tables that break between rows with the header repeated, text that prints as typed —
checked on real ReportLab documents read back with pypdf."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kamdesk.report import theme
from kamdesk.report.cell_text import CENTER, LEFT, RIGHT, SPACE_SHRINK, TextCell
from kamdesk.report.table import Row, data_table

WORDS = ["Rahmenvertrag", "Kanban", "Werkstattbedarf", "Freigabe", "Einkauf", "Verbindungselemente", "Montage"]


@pytest.fixture(autouse=True)
def fonts() -> None:
    theme.register_fonts()


def texts(cell: TextCell, width: float) -> list[str]:
    return ["".join(text for text, _look in runs) for _w, runs in cell.lines(width)]


def test_a_cell_breaks_at_spaces_within_its_width_and_keeps_every_word_in_order() -> None:
    value = " ".join(WORDS * 3)
    cell = TextCell(theme.styles().cell, value)
    lines = cell.lines(120)
    assert len(lines) > 3
    space = cell.look.width(" ")
    for line_width, runs in lines:
        words = len("".join(t for t, _l in runs).split())
        assert line_width <= 120 + SPACE_SHRINK * space * (words - 1)
    assert " ".join(texts(cell, 120)) == value
    assert cell.height(120) == len(lines) * theme.styles().cell.leading


def test_a_cell_breaks_where_a_reportlab_paragraph_does() -> None:
    style = theme.styles().cell
    for n in range(40):
        value = " ".join(WORDS[(n + k) % len(WORDS)] + ("" if k % 3 else " ·") for k in range(n % 11 + 3))
        width = 60 + 7.3 * n
        paragraph = Paragraph(value, style)
        paragraph.wrap(width, 1000)
        expected = [" ".join(words) for _space, words in paragraph.blPara.lines]
        assert texts(TextCell(style, value), width) == expected


def test_line_breaks_are_kept_and_a_word_longer_than_the_line_is_broken() -> None:
    cell = TextCell(theme.styles().cell, "first line\n\nthird " + "x" * 80)
    lines = texts(cell, 100)
    assert lines[:2] == ["first line", ""]
    assert lines[2].startswith("third x")  # the long word starts where a paragraph would start it
    assert "".join(lines[2:]) == "third " + "x" * 80 and len(lines) > 4
    assert all(width <= 100 for width, _runs in cell.lines(100))


def test_runs_keep_their_look_across_a_line_break_and_a_figure_stays_whole() -> None:
    styles = theme.styles()
    cell = TextCell(styles.cell).add("Kanban", bold=True).tag("internal").br().add("› Goal", size=7.5)
    (_w1, first), (_w2, second) = cell.lines(300)
    assert [(text, look.font, look.size) for text, look in first] == [
        ("Kanban", theme.BOLD, 8.5),
        (" ", theme.FONT, 8.5),
        ("INTERNAL", theme.BOLD, 6.5),
    ]
    assert second[0][0] == "› Goal" and second[0][1].size == 7.5
    figure = TextCell(styles.cell, "1.234.567,89 €", wraps=False)
    assert texts(figure, 20) == ["1.234.567,89 €"]


def build(flowables: list[Any]) -> PdfReader:
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(flowables)
    return PdfReader(BytesIO(buffer.getvalue()))


def pages(flowables: list[Any]) -> list[str]:
    return [page.extract_text() for page in build(flowables).pages]


def test_a_long_table_breaks_between_rows_with_its_header_on_every_page() -> None:
    styles = theme.styles()
    rows = [
        [f"{n:03d}", TextCell(styles.cell, f"Zeile {n}: " + " ".join(WORDS[: n % 7 + 1])), "Łukasz Dvořák"]
        for n in range(150)
    ]
    found_pages = pages([data_table(["Nr.", "Maßnahme", "Verantwortlich"], rows, [1, 5, 2], 450)])
    assert len(found_pages) >= 3
    assert all("Maßnahme" in page and "Verantwortlich" in page for page in found_pages)
    found = [n for n in range(150) for page in found_pages if f"Zeile {n}:" in page]
    assert found == list(range(150))  # every row once, in order, none cut in two
    assert all("Łukasz Dvořák" in page for page in found_pages)


def test_user_text_prints_as_typed() -> None:
    typed = "S&P <GmbH> Jiří Žółć ≤ 5 € (Angebot)"
    (page,) = pages([data_table(["Kunde", "Wert"], [[TextCell(theme.styles().cell, typed), "12.500 €"]], [3, 1], 400)])
    assert "S&P <GmbH> Jiří Žółć <= 5 € (Angebot)" in page  # ≤ is not in the font: printed as <=
    assert "12.500 €" in page


class Recorder:
    """Stands in for the table's pen: where each line starts."""

    def __init__(self) -> None:
        self.starts: list[tuple[float, str]] = []

    def line(self, x: float, y: float, runs: Any, word_spacing: float = 0.0) -> None:
        self.starts.append((x, "".join(text for text, _look in runs)))


@pytest.mark.parametrize(("align", "expected"), [(LEFT, 10.0), (RIGHT, 110.0), (CENTER, 60.0)])
def test_lines_are_placed_by_the_columns_alignment(align: str, expected: float) -> None:
    cell = TextCell(theme.styles().cell, "12.500 €\n4 %")
    pen = Recorder()
    cell.draw(pen, None, 10, 100, 100, align)  # type: ignore[arg-type]
    for (x, text), (width, _runs) in zip(pen.starts, cell.lines(100), strict=True):
        end = {LEFT: x, RIGHT: x + width, CENTER: x + width / 2}[align]
        assert end == pytest.approx(expected), text


def test_a_table_splits_only_between_rows() -> None:
    styles = theme.styles()
    table = data_table(["A"], [[TextCell(styles.cell, " ".join(WORDS * 2))] for _ in range(4)], [1], 100)
    heights = table.heights()
    assert table.split(100, heights[0] + heights[1] - 1) == []  # not even one row fits
    first, rest = table.split(100, heights[0] + heights[1] + heights[2] + 0.5)
    assert [len(first.rows), len(rest.rows)] == [2, 2]
    assert first.heights()[0] == rest.heights()[0] == heights[0]  # the header on both parts


def test_a_group_heading_is_never_the_last_row_on_a_page() -> None:
    styles = theme.styles()
    band = Row((TextCell(styles.cell, "2  Qualifizierung"),), spans=True)
    table = data_table(["A"], [["eins"], band, ["zwei"]], [1], 100)
    heights = table.heights()
    first, rest = table.split(100, sum(heights[:3]) + 1)  # room for the header, "eins" and the heading
    assert len(first.rows) == 1 and rest.rows[0] is band


def test_a_group_row_spans_the_table() -> None:
    styles = theme.styles()
    band = Row((TextCell(styles.cell).add("2  Qualifizierung", bold=True),), fill=theme.HEADER_FILL, spans=True)
    (page,) = pages([data_table(["Chance", "Wert"], [band, ["Kanban", "1.000 €"]], [4, 1], 300)])
    assert "2 Qualifizierung" in " ".join(page.split()) and "Kanban" in page


def test_characters_beyond_the_fonts_first_subset_print_as_typed() -> None:
    from reportlab.pdfbase.pdfmetrics import getFont

    glyphs = getFont(theme.FONT).face.charToGlyph
    alphabet = [chr(c) for c in range(0x100, 0x500) if c in glyphs and chr(c).isalpha()][:400]
    words = ["".join(alphabet[n : n + 8]) for n in range(0, len(alphabet), 8)]
    styles = theme.styles()
    rows = [[TextCell(styles.cell, word), TextCell(styles.cell_bold, word)] for word in words]
    found = " ".join(pages([data_table(["A", "B"], rows, [1, 1], 400)]))
    assert len(alphabet) > 300  # more than one subset of 256 codes
    assert all(found.count(word) == 2 for word in words)


def test_a_text_block_breaks_between_lines_across_pages() -> None:
    from kamdesk.report.text_block import TextBlock, text

    styles = theme.styles()
    value = "\n".join(f"Zeile {n}: S&P <GmbH> " + " ".join(WORDS[: n % 7 + 1]) for n in range(220))
    block = text(value, styles.body)
    found = pages([block, TextBlock(TextCell(styles.bullet, "Nächster Schritt"), styles.bullet, "›")])
    assert len(found) >= 4
    joined = "\n".join(found)
    assert [n for n in range(220) if f"Zeile {n}: S&P <GmbH>" in joined] == list(range(220))
    assert "› Nächster Schritt" in joined or "›\nNächster Schritt" in joined
    total = len(block.text.lines(400))
    first, rest = block.split(400, styles.body.leading * 3.5)
    assert len(first.text.lines(400)) == 3 and len(rest.text.lines(400)) == total - 3
    assert block.split(400, styles.body.leading * 1.5) == []  # never one line alone at a page foot


def test_a_row_no_page_can_hold_breaks_between_its_lines() -> None:
    from datetime import date

    from kamdesk.domain.account import Account, Classification
    from kamdesk.domain.plan import AccountPlan, Action
    from kamdesk.report.document import render_bytes
    from kamdesk.report.source import Edition, PlanSource

    notes = " ".join(f"Wort{n}" for n in range(2500))
    actions = (Action("x", "a", "Riesig", notes=notes), Action("y", "a", "Klein", due_on=date(2026, 3, 2)))
    account = Account("a", "A", classification=Classification.KEY)
    pdf, _result = render_bytes(PlanSource(account, plan=AccountPlan(actions=actions)), Edition.INTERNAL, "de")
    found = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    with_notes = [page for page in found if "Wort1000" in page or "Wort2000" in page or "Wort2499" in page]
    assert with_notes and all("Maßnahme" in page for page in with_notes)  # the header on every part
    joined = " ".join(found)
    assert all(f"Wort{n}" in joined for n in range(2500)) and "Klein" in joined
