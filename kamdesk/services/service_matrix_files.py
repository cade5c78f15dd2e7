"""Exporting the service matrix to Excel and importing it back, all-or-nothing.

openpyxl is imported only here, when a file is actually written or read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.service_matrix import ServiceMode
from kamdesk.services import service_matrix
from kamdesk.services.service_matrix import Cell, MatrixState
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import new_id


@dataclass(frozen=True)
class MatrixImport:
    """A checked workbook: the state it sets, the state it replaces, and how much changes."""

    before: MatrixState
    after: MatrixState
    services: int  # rows read
    changed_cells: int
    changed_services: int


def export_xlsx(ws: Workspace, target: Path, lang: str | None = None) -> int:
    """Write the workspace's matrix to ``target``; returns the number of services."""
    from kamdesk.exchange import service_matrix_xlsx

    _check_suffix(target)
    matrix = service_matrix.load_matrix(ws)
    service_matrix_xlsx.write(matrix, target, lang)
    return len(matrix.services)


def read_xlsx(ws: Workspace, source: Path) -> MatrixImport:
    """Check the workbook at ``source`` against the workspace; nothing is written yet."""
    from kamdesk.exchange import service_matrix_import

    _check_suffix(source)
    matrix = service_matrix.load_matrix(ws)
    update = service_matrix_import.read(source, matrix)
    before = service_matrix.state_of(matrix, update.services, update.group_ids)
    cells = []
    for old in before.cells:
        mode, price = update.cells.get((old.service_id, old.group_id), (ServiceMode.NOT_OFFERED, None))
        if mode is ServiceMode.NOT_OFFERED and old.mode is None:
            cells.append(old)  # no cell stays no cell
            continue
        cells.append(Cell(old.service_id, old.group_id, mode, price, old.cell_id or new_id()))
    after = MatrixState(update.services, tuple(cells))
    changed_cells = sum(
        1 for old, new in zip(before.cells, after.cells, strict=True) if (old.mode, old.price) != (new.mode, new.price)
    )
    changed_services = sum(1 for sid, fields in after.services.items() if dict(before.services[sid]) != fields)
    return MatrixImport(before, after, len(update.services), changed_cells, changed_services)


def import_xlsx(ws: Workspace, source: Path) -> MatrixImport:
    """Import the workbook at ``source`` in one transaction (on any problem: nothing)."""
    result = read_xlsx(ws, source)
    service_matrix.apply_state(ws, result.after, expect=result.before)
    return result


def _check_suffix(path: Path) -> None:
    if Path(path).suffix.lower() != ".xlsx":
        raise InputError(
            i18n.translate("MatrixImport", "%1: expected an Excel workbook (.xlsx).").replace("%1", str(path))
        )
