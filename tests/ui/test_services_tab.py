"""The account's services tab on the real window: what the account receives, the check against
its group, the value statement — every edit saved at once and undoable."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.domain.service_matrix import STANDARD_GROUPS, Billing
from kamdesk.services import accounts, service_matrix
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.service_matrix.window import ServiceMatrixWindow
from kamdesk.ui.tabs.services import ServicesTab
from kamdesk.ui.tabs.services_model import BILLING, CHECK, ENTITLEMENT, QUANTITY, SERVICE, YEARLY

PACKAGING = "Customer-specific packaging and labels"


@pytest.fixture
def tab(window: MainWindow) -> ServicesTab:
    assert window.view is not None
    window.view.set_current_key("services")
    page = window.view.page("services")
    assert isinstance(page, ServicesTab)
    return page


def _row(tab: ServicesTab, name: str) -> int:
    return next(n for n, ln in enumerate(tab.model.lines) if ln.service.name == name)


def _found(tab: ServicesTab):  # type: ignore[no-untyped-def]
    return service_matrix.account_services(tab.ctx.workspace(), tab.account_id)


def test_it_shows_what_the_account_receives_and_what_exceeds_its_entitlement(tab: ServicesTab) -> None:
    model = tab.model
    assert model.rowCount() == 7
    row = _row(tab, PACKAGING)
    assert model.index(row, ENTITLEMENT).data() == "charged"
    assert model.index(row, CHECK).data() == "⚠ Beyond · €3,600"
    assert model.index(_row(tab, "Express delivery of urgent orders"), YEARLY).data() == "€720.00"
    assert model.index(_row(tab, "Express delivery of urgent orders"), CHECK).data() == "✓ As entitled"
    assert tab.value_tile.value.text() == "€32,420"
    assert tab.beyond_tile.value.text() == "€3,600" and tab.beyond_tile.property("alert") is True
    assert tab.unused_tile.value.text() == "3"
    assert tab.group_combo.currentText() == "Automatic: Key Account"
    assert tab.group_source.text() == "KA's entitlements apply (from the classification)."
    assert tab.group_source.toolTip() == "Classified as Key Account, so the entitlements of Key Account apply."
    assert tab.unused_list.item(0).text() == "Priority allocation in shortages — free"
    html = tab.statement.toPlainText()
    assert "What Weserland Fördertechnik GmbH receives from us" in html and "€32,420" in html
    assert "3,600" not in html and "Key Account" not in html and "Kanban labels" not in html


def test_editing_the_quantity_recomputes_the_value_and_undo_restores_it(
    window: MainWindow, tab: ServicesTab, qtbot: QtBot
) -> None:
    row = _row(tab, "Express delivery of urgent orders")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, QUANTITY))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "4"
    editor.selectAll()
    qtbot.keyClicks(editor, "6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.index(row, YEARLY).data() == "€1,080.00")
    assert _found(tab).received[0].quantity == Decimal(6)
    assert tab.value_tile.value.text() == "€32,780"
    window.undo_action.trigger()
    assert tab.model.index(row, YEARLY).data() == "€720.00"
    assert window.view.current_key() == "services"


def test_billing_the_gift_clears_the_flag(window: MainWindow, tab: ServicesTab, qtbot: QtBot) -> None:
    row = _row(tab, PACKAGING)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, BILLING))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentData() == "free"
    qtbot.keyClick(combo, Qt.Key.Key_End)  # → charged, picked at once
    qtbot.waitUntil(lambda: tab.model.index(row, CHECK).data() == "✓ As entitled")
    assert _found(tab).received_for(tab.model.line(row).service.id).billing is Billing.CHARGED
    assert tab.beyond_tile.value.text() == "0" and tab.beyond_tile.property("alert") is False
    window.undo_action.trigger()
    assert tab.model.index(row, CHECK).data() == "⚠ Beyond · €3,600"


def test_an_unused_entitlement_is_recorded_and_removed_again(
    window: MainWindow, tab: ServicesTab, qtbot: QtBot
) -> None:
    tab.unused_list.setCurrentRow(0)
    tab.unused_add.click()
    assert tab.model.rowCount() == 8
    added = tab.model.line(tab.table.currentIndex().row())
    assert added.service.name == "Priority allocation in shortages"
    assert added.received.billing is Billing.FREE and added.received.quantity == 1
    assert tab.unused_tile.value.text() == "2"
    editor = QApplication.focusWidget()  # straight into the quantity
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 7
    assert window.statusBar().currentMessage().startswith("Remove “Priority allocation in shortages”")
    window.undo_action.trigger()
    assert tab.model.rowCount() == 8
    window.undo_action.trigger()
    assert tab.model.rowCount() == 7


def test_the_add_menu_offers_what_is_not_recorded_yet(tab: ServicesTab) -> None:
    tab.add_menu.aboutToShow.emit()
    labels = [a.text() for a in tab.add_menu.actions() if not a.isSeparator()]
    assert "Customer advisory panel  (free)" in labels
    assert not any(label.startswith("Express delivery") for label in labels)
    development = next(a for a in tab.add_menu.actions() if a.text().startswith("Custom product"))
    development.trigger()
    added = tab.model.line(tab.table.currentIndex().row())
    assert added.service.name == "Custom product or service development"
    assert added.received.billing is Billing.CHARGED  # KA pays for development
    assert tab.model.index(tab.table.currentIndex().row(), CHECK).data() == "✓ As entitled"


def test_choosing_a_group_for_the_account_overrides_its_classification(
    window: MainWindow, tab: ServicesTab, qtbot: QtBot
) -> None:
    combo = tab.group_combo
    combo.setCurrentIndex(combo.findData(STANDARD_GROUPS[0][0]))
    combo.activated.emit(combo.currentIndex())
    assert tab.group_source.text() == "SKA's entitlements apply (chosen for this account)."
    assert tab.beyond_tile.value.text() == "0"  # SKA gets custom packaging free
    assert tab.model.index(_row(tab, PACKAGING), ENTITLEMENT).data() == "free"
    window.undo_action.trigger()
    assert combo.currentText() == "Automatic: Key Account"
    assert tab.beyond_tile.value.text() == "€3,600"


def test_a_change_in_the_matrix_reaches_the_accounts_check(window: MainWindow, tab: ServicesTab, qtbot: QtBot) -> None:
    tab.matrix_button.click()
    matrix = window.findChild(ServiceMatrixWindow)
    assert matrix is not None and matrix.isVisible()
    assert matrix.model.group_at(matrix.table.currentIndex().column()).code == "KA"  # opened on the account's group
    row = next(n for n, s in enumerate(matrix.model.matrix.services) if s.name == PACKAGING)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(row, matrix.table.currentIndex().column()))
    qtbot.keyClick(matrix.table, Qt.Key.Key_1)
    assert tab.model.index(_row(tab, PACKAGING), CHECK).data() == "✓ As entitled"
    assert tab.unused_tile.value.text() == "3"
    matrix.undo_action.trigger()
    assert tab.model.index(_row(tab, PACKAGING), CHECK).data() == "⚠ Beyond · €3,600"


def test_an_account_without_services_or_group_says_what_to_do(
    window: MainWindow, tab: ServicesTab, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.view.set_current_key("services")
    assert tab.table_stack.currentWidget() is tab.empty
    assert "No services recorded" in tab.empty.text()
    assert tab.group_combo.currentText() == "Automatic (no classification)"
    assert tab.group_source.text().startswith("No group: set a classification")
    assert tab.unused_list.item(0).text() == "No customer group, so no entitlements to compare."


def test_the_statement_is_copied_as_text(tab: ServicesTab) -> None:
    tab.copy_button.click()
    text = QApplication.clipboard().text()
    assert text.startswith("Services for Weserland Fördertechnik GmbH")
    assert "Worth a year: €32,420" in text


def test_german_money_and_labels(window: MainWindow, tab: ServicesTab, qtbot: QtBot, app_language: None) -> None:
    from kamdesk.ui import i18n

    i18n.install("de")
    tab.reload()
    assert tab.value_tile.value.text() == "32.420\u00a0€"
    assert tab.model.index(_row(tab, PACKAGING), CHECK).data() == "⚠ Über Anspruch · 3.600\u00a0€"
    assert tab.model.headerData(SERVICE, Qt.Orientation.Horizontal) == "Leistung"
    qtbot.waitUntil(lambda: window.view.tabs.tabText(window.view.index_of("services")) == "Leistungen")
    assert tab.add_button.text() == "+ Leistung hinzufügen"
    assert accounts.find(tab.ctx.workspace(), "Weserland Fördertechnik GmbH").classification is not None


def test_the_customer_safe_view_keeps_the_value_and_hides_the_policy(
    window: MainWindow, tab: ServicesTab, qtbot: QtBot
) -> None:
    from tests.ui.visible_text import visible_text

    ws = tab.ctx.workspace()
    from kamdesk.services import records

    records.set_fields(ws, "customer_group", STANDARD_GROUPS[1][0], {"name": "ZZ-GROUP-LABEL"})
    packaging = tab.model.line(_row(tab, PACKAGING)).received
    records.set_fields(ws, "received_service", packaging.id, {"note": "ZZ-INTERNAL-NOTE"})
    tab.resize(1800, 900)
    qtbot.waitUntil(lambda: not tab.table.isColumnHidden(8))  # the note column shows when there is room
    window.service_matrix_action.trigger()
    matrix = window.findChild(ServiceMatrixWindow)
    text = visible_text(window)
    assert "ZZ-GROUP-LABEL" in text and "ZZ-INTERNAL-NOTE" in text and "Beyond" in text
    assert matrix.isVisible()

    window.workshop.customer_safe_action.trigger()
    text = visible_text(window)
    for internal in ("ZZ-GROUP-LABEL", "ZZ-INTERNAL-NOTE", "Beyond", "€3,600", "Entitlement", "entitled, not used"):
        assert internal not in text, internal
    assert "€32,420" in text and "What Weserland Fördertechnik GmbH receives from us" in text  # the value stays
    assert PACKAGING in text
    assert not matrix.isVisible() and not window.service_matrix_action.isEnabled()
    tab.open_matrix()
    assert not matrix.isVisible()
    tab.add_menu.aboutToShow.emit()
    assert "Customer advisory panel" in [a.text() for a in tab.add_menu.actions()]  # no entitlement words
