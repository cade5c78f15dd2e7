"""Switching the language reaches every screen at once, without a restart.

After switching to German, no visible text on any tab may still be an English catalogue string
whose German translation differs — that would be a widget that did not re-translate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kamdesk.domain import i18n
from kamdesk.ui import i18n as ui_i18n
from kamdesk.ui.main_window import MainWindow
from tests.ui.visible_text import visible_text

# Words that are the same in both languages or are names, not UI text.
#: catalogue contexts that hold data (the demo's texts), not user-interface text
USER_DATA_CONTEXTS = {"Demo"}
SAME_IN_BOTH = {"Account", "Accounts", "Profil", "Plan", "Service", "Mentor", "Status", "Name", "Website"}


def _english_only_strings() -> set[str]:
    table = i18n.catalogue("de")
    return {
        source.replace("&", "")
        for (context, source), forms in table.items()
        if context not in USER_DATA_CONTEXTS
        and forms[0].replace("&", "") != source.replace("&", "")
        and len(source) > 3
        and "%" not in source
    } - SAME_IN_BOTH


@pytest.fixture
def german_window(qtbot: QtBot, tmp_path: Path, dialogs, app_language: None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a demo workspace whose *data* was written in German, so that any
    English left on screen after switching is user-interface text."""
    from kamdesk.app import create_application
    from kamdesk.services import demo

    create_application()
    path = demo.write(tmp_path / "de.kamdesk", lang="de")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(str(path))
    return win


def test_every_tab_speaks_german_after_switching(german_window: MainWindow, qtbot: QtBot) -> None:
    window = german_window
    english = _english_only_strings()
    ui_i18n.install("de")
    QCoreApplication.processEvents()
    leftovers: dict[str, set[str]] = {}
    for n in range(window.view.tabs.count()):
        window.view.tabs.setCurrentIndex(n)
        qtbot.wait(20)
        lines = {line.replace("&", "").strip() for line in visible_text(window).splitlines()}
        found = lines & english
        if found:
            leftovers[window.view.tabs.tabText(n)] = found
    assert leftovers == {}
