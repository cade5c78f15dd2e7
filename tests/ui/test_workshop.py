"""Workshop mode on a projector and the customer-safe view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.services import accounts, records
from kamdesk.ui.main_window import MainWindow
from tests.ui.visible_text import visible_text

MARKER = "ZZ-INTERNAL-MARKER"


def _plant_markers(window: MainWindow) -> None:
    ws = window.ctx.workspace()
    account_id = window.current_account_id()
    records.set_fields(ws, "account", account_id, {"notes": f"{MARKER} notes"})


def test_f5_enters_workshop_mode_customer_safe_and_large(window: MainWindow, qtbot: QtBot) -> None:
    base_size = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.workshop.active
    assert window.isFullScreen()
    assert window.ctx.customer_safe
    badge = window.workshop.toolbar.badge  # in workshop mode the toolbar's badge replaces the banner row
    assert badge.isVisible() and badge.property("safe") and "Customer-safe" in badge.text()
    assert not window.workshop.banner.isVisible()
    assert not window.view.header.isVisible()  # the header folds into the row of the tabs
    assert window.view.corner_title.isVisible() and window.view.corner_title.text() == window.view.title.text()
    assert not window.menuBar().isVisible()
    assert QApplication.font().pointSizeF() == base_size * 1.5
    window.workshop.step_scale(1)
    assert QApplication.font().pointSizeF() == base_size * 1.75

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc leaves full screen …
    assert not window.isFullScreen()
    assert window.ctx.customer_safe  # … but never the customer-safe view
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.workshop.active
    assert window.menuBar().isVisible()
    assert window.workshop.banner.isVisible()  # still customer-safe: the banner says so again
    assert window.view.header.isVisible()
    assert QApplication.font().pointSizeF() == base_size
    assert window.ctx.customer_safe


def test_turning_the_customer_safe_view_off_asks_first(window: MainWindow, dialogs) -> None:
    window.workshop.customer_safe_action.trigger()
    assert window.ctx.customer_safe
    dialogs.confirm_answer = False
    window.workshop.customer_safe_action.trigger()
    assert window.ctx.customer_safe  # declined: still hidden
    assert window.workshop.customer_safe_action.isChecked()
    assert "customer-safe" in dialogs.confirmations[-1]
    dialogs.confirm_answer = True
    window.workshop.customer_safe_action.trigger()
    assert not window.ctx.customer_safe
    assert not window.workshop.banner.isVisible()


def test_nothing_internal_is_visible_in_the_customer_safe_view(window: MainWindow, qtbot: QtBot) -> None:
    _plant_markers(window)
    other_customers = [n for n in accounts.names(window.ctx.workspace()) if n != window.view.title.text()]
    assert MARKER in visible_text(window)  # the marker is really on screen normally …
    window.workshop.customer_safe_action.trigger()
    for n in range(window.view.tabs.count()):
        window.view.tabs.setCurrentIndex(n)
        qtbot.wait(10)
        text = visible_text(window)
        assert MARKER not in text  # … and nowhere in the customer-safe view
        for name in other_customers:
            assert name not in text  # nor are the other customers
        assert ".kamdesk" not in text and "demo" not in window.windowTitle()


def test_editing_still_works_in_workshop_mode_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    window.workshop.enter()
    industry = window.findChild(QLineEdit, "profile_industry")
    industry.setFocus()
    industry.selectAll()
    qtbot.keyClicks(industry, "Intralogistics")
    qtbot.keyClick(industry, Qt.Key.Key_Return)
    ws = window.ctx.workspace()
    assert accounts.get(ws, window.current_account_id()).industry == "Intralogistics"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert accounts.get(ws, window.current_account_id()).industry == "Conveyor and intralogistics systems"
    window.workshop.leave()
