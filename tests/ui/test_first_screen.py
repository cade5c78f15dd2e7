"""Start-up: the profile shows before the workspace opens, takes input, and the workspace opens
behind it — and an edit made before then opens it at once and is saved."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.services import accounts, demo
from kamdesk.services.workspace import Workspace
from kamdesk.ui import settings
from kamdesk.ui.main_window import MainWindow
from tests.ui.conftest import DialogLog, dispose


@pytest.fixture
def starting(qtbot: QtBot, demo_path: Path, dialogs: DialogLog, app_language: None) -> Iterator[MainWindow]:
    """A main window that has just been given the demo workspace at start-up (not yet painted)."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_initial(str(demo_path))
    yield win
    win.close()
    dispose(win)


def test_the_profile_shows_and_takes_input_before_the_workspace_opens(starting: MainWindow, qtbot: QtBot) -> None:
    assert starting.ctx.ws is None and starting.ctx.opening is not None  # nothing opened yet
    assert starting.view is not None and starting.view.title.text() == demo.MAIN_ACCOUNT
    name = starting.findChild(QLineEdit, "profile_name")
    assert name.text() == demo.MAIN_ACCOUNT and name.isEnabled() and not name.isReadOnly()
    assert starting.navigator.shown_id() == starting.view.account_id
    assert starting.new_account_action.isEnabled() and starting.portfolio_action.isEnabled()

    qtbot.waitUntil(lambda: starting.ctx.ws is not None)  # right after the first paint
    assert starting.ctx.opening is None
    assert starting.view.title.text() == demo.MAIN_ACCOUNT and name.text() == demo.MAIN_ACCOUNT
    assert starting.statusBar().currentMessage().startswith("Workspace opened")


def test_an_edit_before_the_workspace_opened_opens_it_and_is_saved_and_undone(starting: MainWindow) -> None:
    industry = starting.findChild(QLineEdit, "profile_industry")
    industry.setText("Intralogistics")
    industry.editingFinished.emit()  # no event loop in between: the workspace is still opening
    ws = starting.ctx.workspace()
    account_id = starting.view.account_id
    assert accounts.get(ws, account_id).industry == "Intralogistics"
    starting.undo_action.trigger()
    assert accounts.get(ws, account_id).industry == "Conveyor and intralogistics systems"
    assert industry.text() == "Conveyor and intralogistics systems"


def test_a_score_given_before_the_workspace_opened_is_saved(starting: MainWindow) -> None:
    from kamdesk.services import portfolio

    page = starting.view.page("profile")
    row = page.selection.rows[0]
    before = page.selection.scores.get(row.criterion.id)
    row.spin.set_field_value(3 if before != 3 else 4)
    row.spin.field_edited.emit()
    ws = starting.ctx.workspace()
    assert portfolio.scores_of(ws, starting.view.account_id)[row.criterion.id] == (3 if before != 3 else 4)


def test_a_command_chosen_before_the_workspace_opened_opens_it(starting: MainWindow) -> None:
    starting.portfolio_action.trigger()
    assert starting.ctx.ws is not None
    assert starting.portfolio is not None and starting.content.currentWidget() is starting.portfolio


def test_closing_before_the_workspace_opened_leaves_it_closed_and_free(
    starting: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    starting.close()
    qtbot.wait(1200)  # past the fallback that would have opened it without a paint
    assert starting.ctx.ws is None and starting.ctx.opening is None
    with Workspace.open(demo_path) as ws:  # not locked by a workspace opened behind a closed window
        assert ws.writable


def test_a_window_that_last_showed_another_tab_opens_the_workspace_directly(
    qtbot: QtBot, demo_path: Path, dialogs: DialogLog, app_language: None
) -> None:
    settings.put(settings.LAST_TAB, "relations")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_initial(str(demo_path))
    assert win.ctx.ws is not None and win.ctx.opening is None
    assert win.view.current_key() == "relations"
    win.close()


def test_the_first_screen_needs_no_sqlalchemy(demo_path: Path, tmp_path: Path) -> None:
    """The point of it all: nothing heavy is imported before the profile is on screen."""
    code = (
        "import sys\n"
        "from kamdesk.app import create_application\n"
        "from kamdesk.ui.main_window import MainWindow\n"
        "app = create_application(language='en')\n"
        "window = MainWindow(remember_layout=False)\n"
        "window.show()\n"
        "window.open_initial(sys.argv[1])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab', 'openpyxl'})\n"
        "print(window.view.title.text(), window.ctx.ws is None, heavy)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{demo.MAIN_ACCOUNT} True []"
