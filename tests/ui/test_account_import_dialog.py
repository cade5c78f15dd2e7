"""File → Import… with an account list: the column-mapping preview, problems, one undo step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kamdesk.services import accounts
from kamdesk.ui.account_import_dialog import AccountImportDialog
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Replace the modal run of the import dialog by a function that works the real dialog."""
    seen: list[AccountImportDialog] = []
    steps: list = []

    def run(cls: type, dialog: QDialog) -> bool:
        assert isinstance(dialog, AccountImportDialog)
        seen.append(dialog)
        for step in steps:
            step(dialog)
        if dialog.import_button.isEnabled():
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(Dialogs, "account_import", classmethod(run))
    return seen, steps


def test_a_german_excel_list_is_previewed_imported_and_undone(window: MainWindow, dialogs, answer) -> None:
    seen, _steps = answer
    dialogs.open_answer = str(DATA / "accounts_excel_de.csv")
    window.import_action.trigger()
    dialog = seen[0]
    assert "semicolon-separated, Windows-1252" in dialog.detected.text()
    assert "decimal comma" in dialog.detected.text()
    assert dialog.combos[1].currentData() == "name" and dialog.combos[0].currentData() is None
    assert dialog.preview.item(0, 1).text() == "Müller Stahlbau GmbH"
    assert dialog.problems_label.text().startswith("Problems: none")
    ws = window.ctx.workspace()
    assert "Müller Stahlbau GmbH" in accounts.names(ws)
    assert window.view.title.text() == "Müller Stahlbau GmbH"
    assert len(accounts.names(ws)) == 8
    window.undo_action.trigger()
    assert len(accounts.names(ws)) == 5
    window.redo_action.trigger()
    assert accounts.find(ws, "Brandt Antriebstechnik AG").potential is not None


def test_columns_can_be_mapped_by_hand_before_importing(window: MainWindow, dialogs, answer) -> None:
    _seen, steps = answer
    steps.append(lambda d: d.set_field(11, "customer_goals"))  # "Bemerkungen" become customer goals, not notes
    steps.append(lambda d: d.set_field(0, "legal_entity"))  # and the customer number … as a test of mapping
    dialogs.open_answer = str(DATA / "accounts_excel_de.csv")
    window.import_action.trigger()
    muller = accounts.find(window.ctx.workspace(), "Müller Stahlbau GmbH")
    assert muller.customer_goals == "Zentraleinkauf in Köln; Werk in Gießen" and muller.notes == ""
    assert muller.legal_entity == "10042"


def test_rows_with_problems_block_the_import_until_left_out(
    window: MainWindow, dialogs, answer, tmp_path: Path
) -> None:
    seen, steps = answer
    shutil.copy(DATA / "accounts_de.xlsx", tmp_path / "Kunden.xlsx")
    dialogs.open_answer = str(tmp_path / "Kunden.xlsx")
    window.import_action.trigger()  # nothing ticked: the import button stays disabled
    dialog = seen[0]
    assert (
        dialog.problems.item(0).text()
        == "row 5: Webseite: 'balticools' is not a web address (example: www.example.de)."
    )
    assert not dialog.import_button.isEnabled()
    assert "Hansa Logistik GmbH" not in accounts.names(window.ctx.workspace())

    steps.append(lambda d: d.skip.setChecked(True))
    window.import_action.trigger()
    names = accounts.names(window.ctx.workspace())
    assert "Hansa Logistik GmbH" in names and "Nordwerk Maschinen AG" in names and "Baltic Tools UAB" not in names


def test_an_unreadable_file_is_reported_without_a_dialog(window: MainWindow, dialogs, answer, tmp_path: Path) -> None:
    seen, _steps = answer
    (tmp_path / "empty.csv").write_bytes(b"")
    dialogs.open_answer = str(tmp_path / "empty.csv")
    window.import_action.trigger()
    assert "no header row" in dialogs.errors[-1] and seen == []
