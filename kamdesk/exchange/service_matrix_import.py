"""Reading a service-matrix workbook back (the layout ``service_matrix_xlsx`` writes).

Everything is checked before anything is written: unknown services or customer groups, unknown
modes, bad or misplaced prices. Each problem is one line naming the file, sheet, row and column;
the caller writes the result in one transaction, so an import is all-or-nothing. Services and
groups must already exist (the sheet updates the matrix, it does not create catalogue entries).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from kamdesk.domain import i18n
from kamdesk.domain.account import clean_text
from kamdesk.domain.errors import InputError
from kamdesk.domain.money import clean_money
from kamdesk.domain.service_matrix import (
    CATEGORY_MAX,
    TEXT_MAX,
    UNIT_MAX,
    CustomerGroup,
    ServiceMatrix,
    ServiceMode,
)
from kamdesk.exchange.service_matrix_xlsx import FIRST_GROUP_COLUMN, FIXED, HEADER_ROWS

_CODE_IN_BRACKETS = re.compile(r"\(([^()]+)\)\s*$")


@dataclass
class MatrixUpdate:
    """What a workbook sets: service fields by service id, and every cell of the listed groups."""

    services: dict[str, dict[str, Any]] = field(default_factory=dict)
    group_ids: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], tuple[ServiceMode, Decimal | None]] = field(default_factory=dict)


class _Problems:
    """Collects problems; the import fails with the first one (and says how many more there are)."""

    def __init__(self, source: str, sheet: str) -> None:
        self.source, self.sheet = source, sheet
        self.found: list[str] = []

    def add(self, row: int, column: int, text: str) -> None:
        self.found.append(
            i18n.translate("MatrixImport", "%1: sheet '%2', row %3, column %4: %5")
            .replace("%1", self.source)
            .replace("%2", self.sheet)
            .replace("%3", str(row))
            .replace("%4", get_column_letter(column))
            .replace("%5", text)
        )

    def raise_if_any(self) -> None:
        if not self.found:
            return
        more = len(self.found) - 1
        suffix = i18n.plural(
            more,
            i18n.translate("MatrixImport", " (and %n more problem)"),
            i18n.translate("MatrixImport", " (and %n more problems)"),
        )
        suffix = suffix if more else ""
        raise InputError(self.found[0] + suffix)


def read(path: Path, matrix: ServiceMatrix) -> MatrixUpdate:
    """Parse and check the workbook at ``path`` against the workspace's ``matrix``."""
    source = str(path)
    try:
        book = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise InputError(i18n.translate("MatrixImport", "%1: no such file.").replace("%1", source)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InputError(
            i18n.translate("MatrixImport", "%1: not an Excel workbook (.xlsx).").replace("%1", source)
        ) from None
    sheet = book.worksheets[0]
    problems = _Problems(source, sheet.title)
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    if not rows or _text(rows[0][0] if rows[0] else None).casefold() not in _headers("name"):
        problems.add(
            1, 1, i18n.translate("MatrixImport", "not a kamdesk service matrix (this cell should read “Service”).")
        )
        problems.raise_if_any()
    header = rows[0] + [None] * (FIRST_GROUP_COLUMN + 1)
    groups = _groups(header, matrix, problems)
    update = MatrixUpdate(group_ids=[g.id for g, _column in groups])
    seen: dict[str, int] = {}
    names = {s.name.casefold(): s for s in matrix.services}
    for row_number, values in enumerate(rows[HEADER_ROWS:], start=HEADER_ROWS + 1):
        values = values + [None] * (FIRST_GROUP_COLUMN + 2 * len(groups))
        if all(_text(v) == "" for v in values):
            continue
        name = _text(values[0])
        service = names.get(name.casefold())
        if service is None:
            problems.add(
                row_number,
                1,
                i18n.translate(
                    "MatrixImport", "unknown service “%1” (add it to the catalogue in kamdesk first)."
                ).replace("%1", name)
                if name
                else i18n.translate("MatrixImport", "the service name is missing."),
            )
            continue
        if service.id in seen:
            problems.add(
                row_number,
                1,
                i18n.translate("MatrixImport", "“%1” is listed twice (also in row %2).")
                .replace("%1", name)
                .replace("%2", str(seen[service.id])),
            )
            continue
        seen[service.id] = row_number
        update.services[service.id] = _service_fields(values, row_number, problems)
        for group, column in groups:
            cell = _cell(values[column - 1], values[column], row_number, column, problems)
            if cell is not None:
                update.cells[(service.id, group.id)] = cell
    problems.raise_if_any()
    return update


def _headers(field_name: str) -> set[str]:
    source = dict(FIXED)[field_name]
    return {i18n.lookup("MatrixSheet", source, lang).casefold() for lang in i18n.LANGUAGES}


def _groups(header: list[Any], matrix: ServiceMatrix, problems: _Problems) -> list[tuple[CustomerGroup, int]]:
    found: list[tuple[CustomerGroup, int]] = []
    for column in range(FIRST_GROUP_COLUMN, len(header) + 1, 2):
        text = _text(header[column - 1])
        if not text:
            continue
        group = _match_group(text, matrix)
        if group is None:
            problems.add(1, column, i18n.translate("MatrixImport", "unknown customer group “%1”.").replace("%1", text))
        elif any(g.id == group.id for g, _c in found):
            problems.add(
                1, column, i18n.translate("MatrixImport", "the customer group “%1” appears twice.").replace("%1", text)
            )
        else:
            found.append((group, column))
    return found


def _match_group(text: str, matrix: ServiceMatrix) -> CustomerGroup | None:
    folded = text.casefold()
    bracket = _CODE_IN_BRACKETS.search(text)
    for group in matrix.groups:
        if bracket and bracket.group(1).strip().casefold() == group.code.casefold():
            return group
    for group in matrix.groups:
        names = {group.code.casefold(), group.name.casefold()}
        for lang in i18n.LANGUAGES:
            with i18n.using(lang):
                names.add(group.display_name.casefold())
        if folded in names:
            return group
    return None


def _service_fields(values: list[Any], row: int, problems: _Problems) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    limits = {"category": CATEGORY_MAX, "unit": UNIT_MAX, "description": TEXT_MAX}
    for column, (name, source) in enumerate(FIXED, start=1):
        if name == "name":
            continue
        label = i18n.lookup("MatrixSheet", source)
        try:
            if name in limits:
                fields[name] = clean_text(_text(values[column - 1]), label, limits[name])
            else:
                fields[name] = clean_money(_number(values[column - 1]), label)
        except InputError as error:
            problems.add(row, column, str(error))
    return fields


def _cell(
    mode_value: Any, price_value: Any, row: int, column: int, problems: _Problems
) -> tuple[ServiceMode, Decimal | None] | None:
    text = _text(mode_value)
    mode = _match_mode(text) if text else ServiceMode.NOT_OFFERED
    if mode is None:
        allowed = ", ".join(m.label for m in ServiceMode)
        problems.add(
            row,
            column,
            i18n.translate("MatrixImport", "unknown mode “%1” (allowed: %2).")
            .replace("%1", text)
            .replace("%2", allowed),
        )
        return None
    try:
        price = clean_money(_number(price_value), i18n.translate("MatrixImport", "The price"))
    except InputError as error:
        problems.add(row, column + 1, str(error))
        return None
    if price is not None and mode is not ServiceMode.CHARGED:
        problems.add(
            row,
            column + 1,
            i18n.translate("MatrixImport", "a price only goes with “%1” (this cell's mode is “%2”).")
            .replace("%1", ServiceMode.CHARGED.label)
            .replace("%2", mode.label),
        )
        return None
    return mode, price


def _match_mode(text: str) -> ServiceMode | None:
    folded = " ".join(text.split()).casefold()
    for mode in ServiceMode:
        names = {mode.value, mode.value.replace("_", " ")}
        for lang in i18n.LANGUAGES:
            with i18n.using(lang):
                names.update((mode.label.casefold(), mode.short_label.casefold()))
        if folded in names:
            return mode
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


def _number(value: Any) -> Any:
    """A cell's number as the money cleaner takes it (text is parsed in the current language)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    return value
