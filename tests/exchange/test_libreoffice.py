"""The service matrix's Excel file as another spreadsheet program sees it: LibreOffice opens it,
saves it again, and kamdesk reads that back without a change.

Runs when KAMDESK_TEST_LIBREOFFICE is set and ``soffice`` is installed (it is not on CI: the
install is large and slow); the CI tests check the file's structure with openpyxl instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from kamdesk.services import service_matrix_files
from kamdesk.services.workspace import Workspace

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    not (os.environ.get("KAMDESK_TEST_LIBREOFFICE") and SOFFICE), reason="KAMDESK_TEST_LIBREOFFICE or soffice missing"
)


def _values(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_a_file_saved_again_by_libreoffice_reads_back_unchanged(demo_path: Path, tmp_path: Path) -> None:
    written = tmp_path / "matrix.xlsx"
    with Workspace.open(demo_path) as ws:
        count = service_matrix_files.export_xlsx(ws, written, "de")
    assert count > 5
    resaved = tmp_path / "resaved"
    subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            str(written),
            "--outdir",
            str(resaved),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},  # a profile of its own
    )
    with Workspace.open(demo_path) as ws:
        result = service_matrix_files.import_xlsx(ws, resaved / "matrix.xlsx")
        again = tmp_path / "again.xlsx"
        service_matrix_files.export_xlsx(ws, again, "de")
    assert (result.changed_cells, result.changed_services) == (0, 0)
    assert _values(again) == _values(written)
