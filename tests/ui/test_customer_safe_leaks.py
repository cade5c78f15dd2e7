"""Nothing internal reaches the wall: markers planted in every internal field of every table
(generically, from the sensitivity policy and the table metadata — see ``markers.py``) are
nowhere visible in the customer-safe view, on every tab, nested tab and mode, with rows and
scene items selected so that detail panels show their fields. The same walk with the view off
finds them (so the test can fail), except for the fields no account screen shows at all, which
are listed with the screen that does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kamdesk.services import accounts
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import Base
from kamdesk.ui.main_window import MainWindow
from tests.ui.conftest import dispose
from tests.ui.markers import Marker, Planted, internal_columns, judgement_words, kind_of, plant
from tests.ui.visible_text import visible_text
from tests.ui.walk import settle, walk

MAIN = "Weserland Fördertechnik GmbH"

#: internal fields that no *account* screen shows even with the view off — and where they are
#: shown instead (those screens are closed and cannot be opened in the customer-safe view)
NOT_ON_ACCOUNT_SCREENS = {
    "service.internal_cost": "the service matrix window (Workspace → Service Matrix…)",
    "service_entitlement.price": "the service matrix window",
    "customer_group.description": "the service matrix window",
    "selection_criterion.description": "the portfolio's criteria page",
    "tier.name": "the portfolio",
}


@pytest.fixture
def planted(demo_path: Path) -> tuple[Path, Planted]:
    with Workspace.open(demo_path) as ws:
        account_id = accounts.find(ws, MAIN).id
        result = plant(ws, account_id)
        result.words = judgement_words(ws, account_id)
        return demo_path, result


@pytest.fixture
def presenter(qtbot: QtBot, planted: tuple[Path, Planted], dialogs, app_language: None):  # type: ignore[no-untyped-def]
    from kamdesk.app import create_application

    create_application()
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    win.resize(1920, 1080)  # wide: every column that shows when there is room shows
    win.show()
    assert win.open_workspace(str(planted[0]))
    with Workspace.open(planted[0], writable=False) as ws:
        win.open_account(accounts.find(ws, MAIN).id)
    settle()
    yield win
    win.close()
    dispose(win)


def _seen(window: MainWindow) -> dict[str, str]:
    seen: dict[str, str] = {}

    def look(where: str) -> None:
        seen[where] = visible_text(window)

    walk(window, look)
    return seen


def _where(marker: Marker, seen: dict[str, str]) -> list[str]:
    return [where for where, text in seen.items() if marker.found_in(text)]


def test_every_internal_column_is_marked_or_skipped_with_a_reason(planted: tuple[Path, Planted]) -> None:
    _, result = planted
    marked = {f"{m.table}.{m.column}" for m in result.markers if not m.row_flag}
    for table, column in internal_columns():
        name = f"{table.name}.{column.name}"
        assert name in marked or name in result.skipped, name
    assert {kind_of(Base.metadata.tables["account"].c.notes)} == {"text"}
    assert len(marked) >= 30 and any(m.row_flag for m in result.markers)


def test_no_internal_field_is_visible_anywhere_in_the_customer_safe_view(
    presenter: MainWindow, planted: tuple[Path, Planted], qtbot: QtBot
) -> None:
    window = presenter
    markers = planted[1].markers
    other_customers = [n for n in accounts.names(window.ctx.workspace()) if n != MAIN]

    # The view off: the walk reaches every field (the test could fail) …
    seen = _seen(window)
    window.service_matrix_action.trigger()  # … the matrix window shows the service policy
    settle()
    seen["service matrix window"] = "\n".join(visible_text(m) for m in _matrix_windows(window))
    for matrix in _matrix_windows(window):
        matrix.close()
    missing = [m.name for m in markers if not _where(m, seen) and m.name not in NOT_ON_ACCOUNT_SCREENS]
    assert missing == []
    shown_elsewhere = [m.name for m in markers if m.name in NOT_ON_ACCOUNT_SCREENS and _where(m, seen)]
    assert sorted(shown_elsewhere) == sorted(NOT_ON_ACCOUNT_SCREENS)

    words = planted[1].words  # the account's classification, contacts' roles, sides, levels …
    assert [w for w in words if not any(_has_word(text, w) for text in seen.values())] == []

    # … and with the customer-safe view on, none of it anywhere — also not from what was selected
    # when it came on (a coverage line, a node with its properties, a plan row, a service).
    _select_before(window)
    window.workshop.customer_safe_action.trigger()
    settle()
    seen = {}
    for n in range(window.view.tabs.count()):
        window.view.tabs.setCurrentIndex(n)
        settle()
        seen[f"{window.view.tabs.tabText(n)} (as it was when the view came on)"] = visible_text(window)
    seen.update(_seen(window))
    window.service_matrix_action.trigger()  # disabled: nothing opens
    settle()
    assert not any(m.isVisible() for m in _matrix_windows(window))
    leaks = {m.name: _where(m, seen) for m in markers if _where(m, seen)}
    assert leaks == {}
    judged = {f"{w} ({field})": [k for k, t in seen.items() if _has_word(t, w)] for w, field in words.items()}
    assert {w: where for w, where in judged.items() if where} == {}
    assert window.ctx.undo_stack.count() == 0  # the walks changed nothing
    for where, text in seen.items():
        assert not [n for n in other_customers if n in text], where
        assert ".kamdesk" not in text, where
    assert len(seen) > 40  # the walk went through every tab, sub-tab, mode and selection


def _select_before(window: MainWindow) -> None:
    view = window.view
    view.set_current_key("relations")
    settle()
    board = view.page("relations")
    line = next(iter(board.scene.coverage_lines.values()))
    board.scene.clearSelection()
    line.setVisible(True)
    line.setSelected(True)
    view.set_current_key("procurement")
    settle()
    maps = view.page("procurement")
    maps.side.setCurrentWidget(maps.properties)
    next(iter(maps.scene.item_for_node.values())).setSelected(True)
    view.set_current_key("services")
    settle()
    view.page("services").table.selectRow(0)
    view.set_current_key("plan")
    settle()
    plan = view.page("plan")
    plan.sections.setCurrentWidget(plan.opportunities)
    plan.opportunities.view.selectRow(0)
    settle()


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _matrix_windows(window: MainWindow) -> list:  # type: ignore[type-arg]
    from kamdesk.ui.service_matrix.window import ServiceMatrixWindow

    return window.findChildren(ServiceMatrixWindow)


def test_undo_in_front_of_the_customer_names_no_step_and_stays_on_the_account(
    window: MainWindow, qtbot: QtBot, dialogs
) -> None:
    """A step's text may quote something internal, and undoing yesterday's edit of another
    account would bring that account onto the wall."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    ws = window.ctx.workspace()
    main_id = window.current_account_id()
    plan = window.view.page("plan")
    window.view.set_current_key("plan")
    settle()
    goals = plan.goals
    secret = next(g for g in goals.plan.goals if g.side.value == "ours").title
    goals.select(next(g for g in goals.plan.goals if g.title == secret).id)
    goals.delete_current()  # "Delete “<our goal>”", then undone: the redo step names it
    window.undo_action.trigger()
    settle()
    assert secret in window.redo_action.text()

    other = next(r for r in window.navigator.model.rows if r.id != main_id and not r.archived)
    window.navigator.select(other.id)
    window.view.set_current_key("profile")
    industry = window.findChild(QLineEdit, "profile_industry")
    industry.setText("Changed before the workshop")
    qtbot.keyClick(industry, Qt.Key.Key_Return)
    assert accounts.get(ws, other.id).industry == "Changed before the workshop"
    window.navigator.select(main_id)
    settle()

    window.workshop.enter(full_screen=False)
    settle()
    assert secret not in visible_text(window)
    assert window.redo_action.text().replace("&", "") == "Redo"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the other account's edit …
    settle()
    assert window.current_account_id() == main_id  # … is not undone: no other customer on the wall
    assert accounts.get(ws, other.id).industry == "Changed before the workshop"
    assert other.name not in visible_text(window)
    assert "another account" in window.statusBar().currentMessage()
    assert not window.import_action.isEnabled() and not window.open_workspace_action.isEnabled()

    window.workshop.leave()
    window.ctx.set_customer_safe(False)
    assert secret in window.redo_action.text() or "Undo" in window.undo_action.text()
    window.undo_action.trigger()  # now it may
    settle()
    assert window.current_account_id() == other.id
    assert accounts.get(ws, other.id).industry != "Changed before the workshop"


def test_archived_is_internal(window: MainWindow) -> None:
    from kamdesk.services import records

    records.set_fields(window.ctx.workspace(), "account", window.current_account_id(), {"archived": True})
    settle()
    assert window.view.archived_badge.isVisible()
    window.ctx.set_customer_safe(True)
    assert not window.view.archived_badge.isVisible()


def test_only_the_customer_edition_can_be_exported_in_the_customer_safe_view(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path, dialogs, monkeypatch
) -> None:
    from pypdf import PdfReader

    from kamdesk.services import plan_report
    from kamdesk.ui.dialogs import Dialogs
    from kamdesk.ui.plan_export import PlanExportDialog, export_plan

    ws, account_id = window.ctx.workspace(), window.current_account_id()
    window.workshop.customer_safe_action.trigger()
    dialog = PlanExportDialog(window, "Weserland", lambda lang: plan_report.preview(ws, account_id, lang), "en")
    qtbot.addWidget(dialog)
    assert not dialog.internal.isEnabled()
    assert dialog.preview_box.isHidden()
    # even if something asks for the internal edition, the customer edition is written
    monkeypatch.setattr(Dialogs, "export_plan", classmethod(lambda cls, *a, **k: ("internal", "en")))
    dialogs.save_answer = str(tmp_path / "plan.pdf")
    export_plan(window)
    subject = PdfReader(tmp_path / "plan.pdf").metadata.subject or ""
    assert "Customer edition" in subject
