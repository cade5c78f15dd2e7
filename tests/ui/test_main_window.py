"""The main window driven as a user would: keys, clicks, menus, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from kamdesk.services import accounts, demo
from kamdesk.ui.main_window import MainWindow


def _names_in_list(window: MainWindow) -> list[str]:
    proxy = window.navigator.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _edit(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_opens_on_the_demo_account_with_its_profile(window: MainWindow) -> None:
    assert window.view is not None
    assert window.view.title.text() == demo.MAIN_ACCOUNT
    assert window.view.current_key() == "profile"
    name = window.findChild(QLineEdit, "profile_name")
    assert name.text() == demo.MAIN_ACCOUNT and name.isEnabled() and not name.isReadOnly()
    assert "Altmann Verpackung GmbH" not in _names_in_list(window)  # archived accounts hidden
    assert window.windowTitle() == "demo — kamdesk"


def test_search_as_you_type_filters_by_any_word(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.navigator.search, "medi")
    assert _names_in_list(window) == ["Kessler Medizintechnik AG"]
    window.navigator.search.clear()
    qtbot.keyClicks(window.navigator.search, "czech metal")
    assert _names_in_list(window) == ["Hutní komponenty Ostrava s.r.o."]
    qtbot.keyClick(window.navigator.search, Qt.Key.Key_Return)  # Enter opens the first match
    assert window.view.title.text() == "Hutní komponenty Ostrava s.r.o."


def test_editing_a_field_saves_at_once_and_undo_redo_walk_it_back(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.ctx.workspace()
    account_id = window.current_account_id()
    industry = window.findChild(QLineEdit, "profile_industry")
    _edit(qtbot, industry, "Intralogistics")
    assert accounts.get(ws, account_id).industry == "Intralogistics"
    assert window.view.subtitle.text().startswith("Intralogistics")

    window.undo_action.trigger()
    assert accounts.get(ws, account_id).industry == "Conveyor and intralogistics systems"
    assert industry.text() == "Conveyor and intralogistics systems"
    window.redo_action.trigger()
    assert accounts.get(ws, account_id).industry == "Intralogistics"


def test_notes_are_saved_when_leaving_the_field(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.findChild(QPlainTextEdit, "profile_notes")
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Visit planned.")
    window.findChild(QLineEdit, "profile_industry").setFocus()
    assert accounts.get(window.ctx.workspace(), window.current_account_id()).notes.endswith("Visit planned.")


def test_notes_are_saved_after_a_pause_in_typing(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.findChild(QPlainTextEdit, "profile_notes")
    notes.setFocus()
    qtbot.keyClicks(notes, "Call back")
    qtbot.waitUntil(
        lambda: "Call back" in accounts.get(window.ctx.workspace(), window.current_account_id()).notes, timeout=3000
    )


def test_an_invalid_value_is_refused_with_a_message_and_the_old_value_comes_back(
    window: MainWindow, qtbot: QtBot, dialogs
) -> None:
    website = window.findChild(QLineEdit, "profile_website")
    before = website.text()
    _edit(qtbot, website, "not a website")
    assert dialogs.errors and "not a web address" in dialogs.errors[-1]
    assert website.text() == before
    assert accounts.get(window.ctx.workspace(), window.current_account_id()).website == before
    assert not window.ctx.undo_stack.canUndo()


def test_new_account_rename_and_undo(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    ws = window.ctx.workspace()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.title.text() == "New account"
    name = window.findChild(QLineEdit, "profile_name")
    assert name.hasFocus()
    qtbot.keyClicks(name, "Brandt Antriebe GmbH")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "Brandt Antriebe GmbH" in accounts.names(ws)
    assert "Brandt Antriebe GmbH" in _names_in_list(window)

    dialogs.text_answer = "Brandt Antriebstechnik GmbH"
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_F2)
    assert window.view.title.text() == "Brandt Antriebstechnik GmbH"

    for _ in range(3):
        window.undo_action.trigger()
    assert "Brandt Antriebe GmbH" not in accounts.names(ws)
    assert "New account" not in accounts.names(ws)


def test_delete_asks_first_and_undo_brings_the_account_back(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    ws = window.ctx.workspace()
    window.navigator.view.setFocus()
    dialogs.confirm_answer = False
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Delete)
    assert demo.MAIN_ACCOUNT in dialogs.confirmations[-1]
    assert demo.MAIN_ACCOUNT in accounts.names(ws)

    dialogs.confirm_answer = True
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Delete)
    assert demo.MAIN_ACCOUNT not in accounts.names(ws)
    assert demo.MAIN_ACCOUNT not in _names_in_list(window)

    window.undo_action.trigger()
    assert demo.MAIN_ACCOUNT in _names_in_list(window)
    assert window.view.title.text() == demo.MAIN_ACCOUNT


def test_archive_hides_the_account_and_show_archived_reveals_it(window: MainWindow) -> None:
    window.archive_account_action.trigger()
    assert demo.MAIN_ACCOUNT not in _names_in_list(window)
    window.show_archived_action.trigger()
    assert demo.MAIN_ACCOUNT in _names_in_list(window)
    assert window.archive_account_action.text() == "Restore from &Archive"
    window.undo_action.trigger()
    assert not accounts.find(window.ctx.workspace(), demo.MAIN_ACCOUNT).archived


def test_layout_and_last_account_are_remembered(qtbot: QtBot, demo_path: Path, dialogs) -> None:
    from kamdesk.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_workspace(str(demo_path))
    first.resize(761, 563)  # within the offscreen screen (800×600), above every minimum size
    first.navigator.select(accounts.find(first.ctx.workspace(), "Kessler Medizintechnik AG").id)
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_initial(None)  # no --db: the last workspace comes back
    assert (second.width(), second.height()) == (761, 563)
    assert second.view.title.text() == "Kessler Medizintechnik AG"
    from kamdesk.ui import settings

    assert settings.get(settings.RECENT_WORKSPACES)[0] == str(demo_path)
    second.close()


def test_first_start_creates_the_default_workspace_with_the_demo(qtbot: QtBot, dialogs) -> None:
    from kamdesk.services import paths
    from kamdesk.ui.main_window import MainWindow

    assert not paths.default_workspace().exists()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_initial(None)
    assert paths.default_workspace().exists()
    assert win.view.title.text() == demo.MAIN_ACCOUNT
    win.close()


def test_opening_a_bad_file_keeps_the_current_workspace(window: MainWindow, tmp_path: Path, dialogs) -> None:
    bad = tmp_path / "bad.kamdesk"
    bad.write_text("no database")
    dialogs.open_answer = str(bad)
    window.open_workspace_action.trigger()
    assert "not a kamdesk workspace" in dialogs.errors[-1]
    assert window.view.title.text() == demo.MAIN_ACCOUNT


def test_export_and_import_through_the_menu(window: MainWindow, tmp_path: Path, dialogs) -> None:
    dialogs.save_answer = str(tmp_path / "out.json")
    window.export_bundle_action.trigger()
    assert (tmp_path / "out.json").exists()
    dialogs.open_answer = str(tmp_path / "out.json")
    window.import_action.trigger()
    names = accounts.names(window.ctx.workspace())
    assert f"{demo.MAIN_ACCOUNT} (2)" in names and len(names) == 10
    window.undo_action.trigger()
    assert len(accounts.names(window.ctx.workspace())) == 5
    window.redo_action.trigger()
    assert len(accounts.names(window.ctx.workspace())) == 10
