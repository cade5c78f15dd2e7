"""The service matrix as an Excel workbook, for the departments that live in Excel.

Sheet 1 is the matrix: one row per service (name, category, unit, value, internal cost,
description), then two columns per customer group — the mode (a drop-down list) and the price
when charged. Two header rows, frozen; colours by conditional formatting so they follow edits.
Sheet 2 is the legend: what each mode means, and the customer groups. ``service_matrix_import``
reads the first sheet back. The workbook is internal (it holds internal costs).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.service_matrix import MODE_LOOK, CustomerGroup, ServiceMatrix, ServiceMode

#: the service columns, in order: (field, English header)
FIXED = (
    ("name", QT_TRANSLATE_NOOP("MatrixSheet", "Service")),
    ("category", QT_TRANSLATE_NOOP("MatrixSheet", "Category")),
    ("unit", QT_TRANSLATE_NOOP("MatrixSheet", "Unit")),
    ("list_price", QT_TRANSLATE_NOOP("MatrixSheet", "Value per unit (€)")),
    ("internal_cost", QT_TRANSLATE_NOOP("MatrixSheet", "Internal cost per unit (€)")),
    ("description", QT_TRANSLATE_NOOP("MatrixSheet", "Description")),
)
FIRST_GROUP_COLUMN = len(FIXED) + 1
HEADER_ROWS = 2
MONEY_FORMAT = '#,##0.00 "€"'
WIDTHS = {"name": 40, "category": 20, "unit": 14, "list_price": 14, "internal_cost": 14, "description": 60}
MODE_WIDTH, PRICE_WIDTH = 26, 12
LEGEND_MODES_FIRST_ROW = 4  # the drop-down lists point at the legend's mode labels

_HEADER_FILL = PatternFill("solid", start_color="FF1F3B5C", end_color="FF1F3B5C")
_SUBHEADER_FILL = PatternFill("solid", start_color="FFDCE3EC", end_color="FFDCE3EC")
_THIN = Side(style="thin", color="FFB8C2CC")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def header(field: str) -> str:
    return i18n.lookup("MatrixSheet", dict(FIXED)[field])


def group_header(group: CustomerGroup) -> str:
    """``Strategic Key Account (SKA)``: the name for people, the short name in brackets for the import."""
    name = group.display_name
    return name if name.casefold() == group.code.casefold() else f"{name} ({group.code})"


def matrix_title() -> str:
    return i18n.translate("MatrixSheet", "Service matrix")


def legend_title() -> str:
    return i18n.translate("MatrixSheet", "Legend")


def write(matrix: ServiceMatrix, target: Path, lang: str | None = None) -> None:
    """Write ``matrix`` to ``target`` (.xlsx) in ``lang``; a crash never leaves half a file."""
    with i18n.using(lang or i18n.language()):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = matrix_title()
        legend = book.create_sheet(legend_title())
        _write_matrix(sheet, matrix, legend.title)
        _write_legend(legend, matrix)
    _save(book, Path(target))


def _write_matrix(sheet: Worksheet, matrix: ServiceMatrix, legend_name: str) -> None:
    bold_white = Font(bold=True, color="FFFFFFFF")
    for column, (field, _source) in enumerate(FIXED, start=1):
        sheet.merge_cells(start_row=1, start_column=column, end_row=2, end_column=column)
        _head(sheet.cell(1, column, header(field)), bold_white, _HEADER_FILL)
        sheet.cell(2, column).fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[field]
    for n, group in enumerate(matrix.groups):
        column = FIRST_GROUP_COLUMN + 2 * n
        sheet.merge_cells(start_row=1, start_column=column, end_row=1, end_column=column + 1)
        _head(sheet.cell(1, column, group_header(group)), bold_white, _HEADER_FILL)
        _head(sheet.cell(2, column, i18n.translate("MatrixSheet", "Mode")), Font(bold=True), _SUBHEADER_FILL)
        _head(sheet.cell(2, column + 1, i18n.translate("MatrixSheet", "Price (€)")), Font(bold=True), _SUBHEADER_FILL)
        sheet.column_dimensions[get_column_letter(column)].width = MODE_WIDTH
        sheet.column_dimensions[get_column_letter(column + 1)].width = PRICE_WIDTH
    sheet.row_dimensions[1].height = 32
    for row, service in enumerate(matrix.services, start=HEADER_ROWS + 1):
        for column, (field, _source) in enumerate(FIXED, start=1):
            cell = sheet.cell(row, column, getattr(service, field) or None)
            cell.border = _GRID
            cell.alignment = Alignment(vertical="top", wrap_text=field in ("name", "description"))
            if field in ("list_price", "internal_cost"):
                cell.number_format = MONEY_FORMAT
        for n, group in enumerate(matrix.groups):
            column = FIRST_GROUP_COLUMN + 2 * n
            entitlement = matrix.cell(service.id, group.id)
            mode = entitlement.mode if entitlement else ServiceMode.NOT_OFFERED
            mode_cell = sheet.cell(row, column, mode.label)
            look = MODE_LOOK[mode]
            mode_cell.fill = _fill(look.fill)
            mode_cell.font = Font(color=_argb(look.ink), bold=mode.included)
            mode_cell.border = _GRID
            mode_cell.alignment = Alignment(vertical="top")
            price_cell = sheet.cell(row, column + 1, entitlement.price if entitlement else None)
            price_cell.number_format = MONEY_FORMAT
            price_cell.border = _GRID
            price_cell.alignment = Alignment(vertical="top")
    last_row = HEADER_ROWS + max(1, len(matrix.services))
    if matrix.groups:
        _mode_rules(sheet, matrix, last_row, legend_name)
    sheet.freeze_panes = sheet.cell(HEADER_ROWS + 1, 2)
    sheet.print_title_rows = f"1:{HEADER_ROWS}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.center.text = matrix_title() + " — " + i18n.translate("MatrixSheet", "internal")


def _mode_rules(sheet: Worksheet, matrix: ServiceMatrix, last_row: int, legend_name: str) -> None:
    """A drop-down of the modes on every mode cell, and its colours as conditional formats (so a
    cell changed in Excel takes the right colour)."""
    first = LEGEND_MODES_FIRST_ROW
    choices = DataValidation(
        type="list",
        formula1=f"'{legend_name}'!$B${first}:$B${first + len(ServiceMode) - 1}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=i18n.translate("MatrixSheet", "Unknown mode"),
        error=i18n.translate("MatrixSheet", "Pick one of the modes listed on the legend sheet."),
    )
    sheet.add_data_validation(choices)
    ranges = []
    for n in range(len(matrix.groups)):
        letter = get_column_letter(FIRST_GROUP_COLUMN + 2 * n)
        ranges.append(f"{letter}{HEADER_ROWS + 1}:{letter}{last_row}")
    area = " ".join(ranges)
    for part in ranges:
        choices.add(part)
    for mode in ServiceMode:
        look = MODE_LOOK[mode]
        text = mode.label.replace('"', '""')
        sheet.conditional_formatting.add(
            area,
            CellIsRule(
                operator="equal",
                formula=[f'"{text}"'],
                fill=_fill(look.fill),
                font=Font(color=_argb(look.ink), bold=mode.included),
            ),
        )


def _write_legend(sheet: Worksheet, matrix: ServiceMatrix) -> None:
    sheet.cell(1, 1, legend_title() + " — " + matrix_title()).font = Font(bold=True, size=14)
    sheet.cell(2, 1, i18n.translate("MatrixSheet", "Internal: holds internal costs; not for customers.")).font = Font(
        italic=True, color="FF9A5B00"
    )
    for column, text in enumerate(
        (
            i18n.translate("MatrixSheet", "Symbol"),
            i18n.translate("MatrixSheet", "Mode"),
            i18n.translate("MatrixSheet", "Meaning"),
        ),
        start=1,
    ):
        _head(sheet.cell(LEGEND_MODES_FIRST_ROW - 1, column, text), Font(bold=True), _SUBHEADER_FILL)
    for row, mode in enumerate(ServiceMode, start=LEGEND_MODES_FIRST_ROW):
        look = MODE_LOOK[mode]
        sample = sheet.cell(row, 1, f"{look.glyph} {mode.short_label}")
        sample.fill = _fill(look.fill)
        sample.font = Font(color=_argb(look.ink), bold=mode.included)
        sheet.cell(row, 2, mode.label)
        sheet.cell(row, 3, mode.meaning)
    row = LEGEND_MODES_FIRST_ROW + len(ServiceMode) + 1
    sheet.cell(row, 1, i18n.translate("MatrixSheet", "Price: only with “Charged”; empty means the value per unit."))
    row += 2
    for column, text in enumerate(
        (
            i18n.translate("MatrixSheet", "Short name"),
            i18n.translate("MatrixSheet", "Customer group"),
            i18n.translate("MatrixSheet", "Description"),
        ),
        start=1,
    ):
        _head(sheet.cell(row, column, text), Font(bold=True), _SUBHEADER_FILL)
    for group in matrix.groups:
        row += 1
        sheet.cell(row, 1, group.code)
        sheet.cell(row, 2, group.display_name)
        sheet.cell(row, 3, group.display_description)
    for letter, width in (("A", 22), ("B", 30), ("C", 90)):
        sheet.column_dimensions[letter].width = width


def _head(cell: Any, font: Font, fill: PatternFill) -> None:
    cell.font = font
    cell.fill = fill
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.border = _GRID


def _argb(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", start_color=_argb(colour), end_color=_argb(colour))


def _save(book: Workbook, target: Path) -> None:
    if target.is_dir():
        raise InputError(i18n.translate("MatrixSheet", "%1 is a folder.").replace("%1", str(target)))
    if not target.parent.is_dir():
        raise InputError(i18n.translate("MatrixSheet", "%1: the folder does not exist.").replace("%1", str(target)))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{target}: {error.strerror or error}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
