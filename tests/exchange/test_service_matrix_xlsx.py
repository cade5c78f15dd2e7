"""The service matrix as an Excel workbook: a formatted export, an exact round trip, and bad
files refused with one line naming sheet, row and column — leaving the workspace as it was."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk import cli
from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.service_matrix import STANDARD_GROUPS, ServiceMode
from kamdesk.services import service_matrix, service_matrix_files
from kamdesk.services.workspace import Workspace

KA = STANDARD_GROUPS[1][0]


def _export(ws: Workspace, path: Path, lang: str = "en") -> Path:
    service_matrix_files.export_xlsx(ws, path, lang)
    return path


def _row_of(sheet, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value == name)


def test_the_export_is_a_formatted_workbook_with_a_legend(demo_ws: Workspace, tmp_path: Path) -> None:
    book = load_workbook(_export(demo_ws, tmp_path / "m.xlsx"))
    sheet, legend = book.worksheets
    assert (sheet.title, legend.title) == ("Service matrix", "Legend")
    assert [sheet.cell(1, c).value for c in range(1, 7)] == [
        "Service",
        "Category",
        "Unit",
        "Value per unit (€)",
        "Internal cost per unit (€)",
        "Description",
    ]
    assert sheet.cell(1, 7).value == "Strategic Key Account (SKA)"
    assert (sheet.cell(2, 7).value, sheet.cell(2, 8).value) == ("Mode", "Price (€)")
    assert sheet.freeze_panes == "B3"
    assert sheet.column_dimensions["A"].width == 40 and sheet.column_dimensions["G"].width == 26
    assert "G1:H1" in {str(r) for r in sheet.merged_cells.ranges}
    row = _row_of(sheet, "Express delivery of urgent orders")
    assert sheet.cell(row, 4).value == 180 and sheet.cell(row, 4).number_format == '#,##0.00 "€"'
    assert sheet.cell(row, 7).value == "Included, shown as waived"
    assert sheet.cell(row, 7).fill.start_color.rgb == "FFCFE9D6"
    assert sheet.cell(row, 17).value == "Charged" and sheet.cell(row, 18).value == 210
    assert len(sheet.data_validations.dataValidation) == 1
    assert len(list(sheet.conditional_formatting)) == 1
    assert [legend.cell(r, 2).value for r in range(4, 9)] == [m.label for m in ServiceMode]
    assert "Internal" in legend.cell(2, 1).value


def test_export_then_import_changes_nothing(demo_ws: Workspace, tmp_path: Path) -> None:
    before = service_matrix.load_matrix(demo_ws)
    for lang in ("en", "de"):
        result = service_matrix_files.import_xlsx(demo_ws, _export(demo_ws, tmp_path / f"{lang}.xlsx", lang))
        assert (result.services, result.changed_cells, result.changed_services) == (12, 0, 0)
    assert service_matrix.load_matrix(demo_ws) == before


def test_edits_made_in_excel_come_back(demo_ws: Workspace, tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "m.xlsx", "de")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    row = _row_of(sheet, "Express delivery of urgent orders")
    sheet.cell(row, 9).value = "Berechnet"  # KA: mode …
    sheet.cell(row, 10).value = "95,50"  # … and a price typed as text, German style
    sheet.cell(row, 11).value = "free"  # Smart KA, by its code
    sheet.cell(row, 4).value = 190  # value per unit
    sheet.cell(_row_of(sheet, "Central bonus agreement"), 7).value = None  # SKA: empty = not offered
    book.save(path)
    with i18n.using("de"):
        result = service_matrix_files.import_xlsx(demo_ws, path)
    assert (result.changed_cells, result.changed_services) == (3, 1)
    matrix = service_matrix.load_matrix(demo_ws)
    express = next(s for s in matrix.services if s.name == "Express delivery of urgent orders")
    bonus = next(s for s in matrix.services if s.name == "Central bonus agreement")
    assert express.list_price == Decimal(190)
    assert (matrix.mode(express.id, KA), matrix.cell(express.id, KA).price) == (ServiceMode.CHARGED, Decimal("95.50"))
    assert matrix.mode(express.id, STANDARD_GROUPS[2][0]) is ServiceMode.FREE
    assert matrix.mode(bonus.id, STANDARD_GROUPS[0][0]) is ServiceMode.NOT_OFFERED
    # and the undo puts it all back
    service_matrix.apply_state(demo_ws, result.before, expect=result.after)
    assert service_matrix_files.read_xlsx(demo_ws, _export(demo_ws, tmp_path / "again.xlsx")).changed_cells == 0


def _broken(demo_ws: Workspace, tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    path = _export(demo_ws, tmp_path / "bad.xlsx")
    book = load_workbook(path)
    change(book.worksheets[0])
    book.save(path)
    return path


BAD_CELLS = [
    (lambda s: s.cell(3, 1, "Free beer"), r"row 3, column A: unknown service “Free beer”"),
    (lambda s: s.cell(1, 9, "Platinum"), r"row 1, column I: unknown customer group “Platinum”"),
    (lambda s: s.cell(4, 9, "gratis"), r"row 4, column I: unknown mode “gratis” \(allowed: Included free, "),
    (lambda s: s.cell(4, 8, -3), r"row 4, column H: The price must not be negative"),
    (lambda s: s.cell(5, 18, "a lot"), r"row 5, column R: 'a lot' is not a number"),
    (lambda s: (s.cell(6, 7, "Included free"), s.cell(6, 8, 12)), r"row 6, column H: a price only goes with “Charged”"),
    (lambda s: s.cell(7, 4, "cheap"), r"row 7, column D: 'cheap' is not a number"),
    (lambda s: s.cell(8, 1, s.cell(3, 1).value), r"row 8, column A: “.*” is listed twice \(also in row 3\)"),
    (lambda s: s.cell(1, 1, "Hello"), r"row 1, column A: not a kamdesk service matrix"),
]


@pytest.mark.parametrize(("change", "message"), BAD_CELLS)
def test_bad_cells_are_refused_with_sheet_row_and_column_and_nothing_changes(
    demo_ws: Workspace, tmp_path: Path, change, message: str
) -> None:
    path = _broken(demo_ws, tmp_path, change)
    before = service_matrix.load_matrix(demo_ws)
    with pytest.raises(InputError, match=message) as caught:
        service_matrix_files.import_xlsx(demo_ws, path)
    text = str(caught.value)
    assert "\n" not in text and text.startswith(f"{path}: sheet 'Service matrix', row ")
    assert service_matrix.load_matrix(demo_ws) == before


def test_several_problems_are_counted_in_the_one_line(demo_ws: Workspace, tmp_path: Path) -> None:
    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        for row in (3, 4, 5):
            sheet.cell(row, 9, "maybe")

    with pytest.raises(InputError, match=r"row 3, column I: unknown mode “maybe”.* \(and 2 more problems\)$"):
        service_matrix_files.import_xlsx(demo_ws, _broken(demo_ws, tmp_path, change))


def test_a_late_problem_leaves_earlier_good_rows_unwritten(demo_ws: Workspace, tmp_path: Path) -> None:
    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(3, 7, "Charged")  # a good change in row 3 …
        sheet.cell(14, 9, "nope")  # … and a bad one at the end

    before = service_matrix.load_matrix(demo_ws)
    with pytest.raises(InputError, match="row 14"):
        service_matrix_files.import_xlsx(demo_ws, _broken(demo_ws, tmp_path, change))
    assert service_matrix.load_matrix(demo_ws) == before


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"PK\x03\x04 not really a zip", "m.xlsx", r"not an Excel workbook \(\.xlsx\)"),
        (b"name;mode\n", "m.csv", r"expected an Excel workbook \(\.xlsx\)"),
        (None, "missing.xlsx", "no such file"),
    ],
)
def test_files_that_are_no_workbook_are_named(
    demo_ws: Workspace, tmp_path: Path, content: bytes | None, name: str, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        service_matrix_files.import_xlsx(demo_ws, path)
    assert str(path) in str(caught.value)


def test_the_command_line_exports_and_imports(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "matrix.xlsx"
    assert cli.main(["services", "export", "--db", str(demo_path), "-o", str(out)]) == 0
    assert "12 services written" in capsys.readouterr().err
    book = load_workbook(out)
    sheet = book.worksheets[0]
    sheet.cell(3, 9, "Charged")
    book.save(out)
    assert cli.main(["services", "import", "--db", str(demo_path), str(out)]) == 0
    assert "1 cell(s) and 0 service(s) changed" in capsys.readouterr().err

    sheet.cell(3, 9, "sometimes")
    book.save(out)
    assert cli.main(["services", "import", "--db", str(demo_path), str(out)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("kamdesk: ") and error.count("\n") == 1 and "row 3, column I" in error
