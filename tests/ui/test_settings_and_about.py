"""Language switching at runtime, and the About dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.ui import settings
from kamdesk.ui.about import AboutDialog
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.settings_dialog import SettingsDialog


def test_switching_to_german_retranslates_the_open_window_at_once(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Datei")  # LanguageChange is posted
    assert window.new_account_action.text() == "&Neuer Account"
    assert window.view.tabs.tabText(0) == "Profil"
    assert window.navigator.search.placeholderText() == "Accounts suchen (Strg+F)"
    assert window.navigator.model.headerData(1, Qt.Orientation.Horizontal) == "Branche"
    assert settings.get(settings.LANGUAGE) == "de"
    # undo texts of new commands are German too
    industry = window.findChild(QLineEdit, "profile_industry")
    industry.setText("Intralogistik")
    industry.editingFinished.emit()
    assert window.ctx.undo_stack.undoText() == "Branche bearbeiten"

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.view.tabs.tabText(0) == "Profile"


def test_about_names_the_version_and_the_data_folder(window: MainWindow, qtbot: QtBot) -> None:
    import kamdesk
    from kamdesk.services import paths

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "about_text").text()
    assert kamdesk.__version__ in text
    assert str(paths.data_dir()) in text


def test_the_workspace_default_for_stale_relationships_is_set_in_the_settings_and_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    from kamdesk.services import relations

    ws = window.ctx.workspace()
    relations.set_stale_days(ws, window.current_account_id(), None)  # this account follows the default
    before = relations.workspace_default_stale_days(ws)
    dialog = SettingsDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    assert dialog.workspace_box is not None and dialog.stale_days.value() == before
    dialog.stale_days.setValue(30)
    assert relations.workspace_default_stale_days(ws) == 30
    window.view.set_current_key("relations")
    board = window.view.page("relations")
    assert board.issues_list.stale.value() == 30
    window.undo_action.trigger()
    assert relations.workspace_default_stale_days(ws) == before


def test_in_front_of_the_customer_the_settings_show_no_workspace_judgements(window: MainWindow, qtbot: QtBot) -> None:
    window.workshop.customer_safe_action.trigger()
    dialog = SettingsDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    assert dialog.workspace_box is None and dialog.findChild(QLabel, "settings_workspace") is None
