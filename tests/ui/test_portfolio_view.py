"""The portfolio view: ranking, filters, sorting, the Key Account matrix, criteria and tiers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.services import accounts, demo, portfolio
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.portfolio.view import PortfolioView

RANKED = [
    "Kessler Medizintechnik AG",
    "Weserland Fördertechnik GmbH",
    "Rheinstahl Bau & Montage SE",
    "Hutní komponenty Ostrava s.r.o.",
]


def _open(window: MainWindow, qtbot: QtBot) -> PortfolioView:
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.portfolio_shown() and window.portfolio_action.isChecked()
    assert window.portfolio is not None
    return window.portfolio


def test_ctrl_shift_o_shows_the_ranked_portfolio_beside_the_navigator(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    assert window.navigator.isVisible() and not window.view.isVisible()
    assert view.ranking.visible_names() == RANKED
    assert view.summary.text() == "4 active account(s)  ·  Gold 1  ·  Silver 2  ·  Bronze 1  ·  3 ready to order"
    model = view.model
    weserland = model.portfolio.entries.index(next(e for e in model.portfolio.entries if e.name == demo.MAIN_ACCOUNT))
    assert model.index(weserland, model.column_of("ready")).data() == "yes ⚠"
    ostrava = next(n for n, e in enumerate(model.portfolio.entries) if e.name.startswith("Hutní"))
    assert model.index(ostrava, model.column_of("review")).data().endswith("overdue")
    window.portfolio_action.trigger()  # the toolbar toggle goes back to the account
    assert not window.portfolio_shown() and window.view.isVisible()


def test_the_ranking_filters_and_sorts(window: MainWindow, qtbot: QtBot) -> None:
    ranking = _open(window, qtbot).ranking
    qtbot.keyClicks(ranking.search, "germany")
    assert ranking.visible_names() == RANKED[:3]
    ranking.search.clear()
    ranking.tier_filter.setFocus()
    ranking.tier_filter.setCurrentIndex(ranking.tier_filter.findText("Gold") - 1)
    qtbot.keyClick(ranking.tier_filter, Qt.Key.Key_Down)
    assert ranking.visible_names() == [RANKED[0]]
    ranking.tier_filter.setCurrentIndex(1)
    qtbot.keyClick(ranking.tier_filter, Qt.Key.Key_Up)  # all tiers again
    ranking.ready_filter.setCurrentIndex(0)
    qtbot.keyClick(ranking.ready_filter, Qt.Key.Key_Down)  # ready to order only
    assert "Kessler Medizintechnik AG" not in ranking.visible_names()
    ranking.ready_filter.setCurrentIndex(1)
    qtbot.keyClick(ranking.ready_filter, Qt.Key.Key_Up)
    header = ranking.table.horizontalHeader()
    name = ranking.model.column_of("name")
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(name) + 5, 5)
    )
    assert ranking.visible_names() == sorted(RANKED, key=str.casefold)
    ranking.archived.click()
    assert "Altmann Verpackung GmbH" in ranking.visible_names()


def test_enter_on_a_row_opens_the_account(window: MainWindow, qtbot: QtBot) -> None:
    ranking = _open(window, qtbot).ranking
    ranking.table.setFocus()
    ranking.table.selectRow(0)
    assert "<b>Kessler Medizintechnik AG</b> — Gold, 79.5 points." in ranking.explanation.text()
    qtbot.keyClick(ranking.table, Qt.Key.Key_Return)
    assert not window.portfolio_shown()
    assert window.view.title.text() == "Kessler Medizintechnik AG" and window.view.current_key() == "profile"


def test_the_key_account_matrix_places_each_account_and_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    view.set_page("matrix")
    cell = view.matrix.cells[("ka", "international")]
    assert demo.MAIN_ACCOUNT in cell.text()
    assert "Kessler Medizintechnik AG" in view.matrix.cells[("ska", "global")].text()
    assert "Rheinstahl" not in view.matrix.cells[("ska", "global")].text()
    kessler = accounts.find(window.ctx.workspace(), "Kessler Medizintechnik AG").id
    view.matrix.cells[("ska", "global")].linkActivated.emit(kessler)
    assert window.view.title.text() == "Kessler Medizintechnik AG" and not window.portfolio_shown()


def test_a_weight_change_recomputes_every_standing_and_undo_brings_it_back(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    view.set_page("criteria")
    criteria = view.criteria
    table = criteria.criteria_view
    table.setFocus()
    table.setCurrentIndex(criteria.criteria_model.index(0, 2))  # Revenue's weight
    qtbot.keyClick(table, Qt.Key.Key_F2)
    spin = table.viewport().findChild(QAbstractSpinBox)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "75")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: portfolio.criteria(window.ctx.workspace())[0].weight == 75, timeout=2000)
    assert criteria.criteria_model.index(0, 3).data() == "50.0%"
    assert view.ranking.visible_names()[0] == "Rheinstahl Bau & Montage SE"  # revenue now counts most
    window.show_accounts()
    window.undo_action.trigger()  # the undo shows what it undoes
    assert window.portfolio_shown() and view.current_page() == "criteria"
    assert view.ranking.visible_names() == RANKED


def test_tiers_are_named_and_placed_by_the_company(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    view = _open(window, qtbot)
    view.set_page("criteria")
    tiers = view.criteria
    gold = tiers.tier_model.index(0, 1)
    assert gold.data() == "75.0"
    tiers.tier_view.setFocus()
    tiers.tier_view.setCurrentIndex(gold)
    qtbot.keyClick(tiers.tier_view, Qt.Key.Key_F2)
    spin = tiers.tier_view.viewport().findChild(QAbstractSpinBox)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "70")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: portfolio.tiers(window.ctx.workspace())[0].threshold == 70.0, timeout=2000)
    assert tiers.tier_model.index(0, 2).data() == "2"  # Kessler and now Weserland
    qtbot.mouseClick(tiers.add_tier, Qt.MouseButton.LeftButton)
    editor = tiers.tier_view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Standby")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Standby" in [t.name for t in portfolio.tiers(window.ctx.workspace())], timeout=2000)
    assert "Standby" in [tiers.tier_model.index(r, 0).data() for r in range(tiers.tier_model.rowCount())]


def test_criteria_are_added_and_removed_with_their_scores(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    view = _open(window, qtbot)
    view.set_page("criteria")
    page = view.criteria
    columns = view.model.columnCount()
    qtbot.mouseClick(page.add_criterion, Qt.MouseButton.LeftButton)
    assert [c.name for c in portfolio.criteria(window.ctx.workspace())][-1] == "New criterion"
    assert view.model.columnCount() == columns + 1
    page.criteria_view.setFocus()
    page.criteria_view.selectRow(0)
    qtbot.keyClick(page.criteria_view, Qt.Key.Key_Delete)
    assert "4 account score(s)" in dialogs.confirmations[-1]
    assert "Revenue" not in [c.name for c in portfolio.criteria(window.ctx.workspace())]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert next(c.name for c in portfolio.criteria(window.ctx.workspace())) == "Revenue"
    assert view.ranking.visible_names() == RANKED


def test_a_score_edited_on_the_profile_moves_the_account_in_the_ranking(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    window.show_accounts()
    ostrava = accounts.find(window.ctx.workspace(), "Hutní komponenty Ostrava s.r.o.").id
    ws = window.ctx.workspace()
    for criterion in portfolio.criteria(ws):
        portfolio.set_score(ws, ostrava, criterion.id, 10)
    window.show_portfolio()
    assert view.ranking.visible_names()[0] == "Hutní komponenty Ostrava s.r.o."
