"""Presenting on a projector: the facilitator's row fits, scenes read from the back of the room,
and the keyboard does what a presenter needs (tabs, zoom, fit, pan, focus a lane or a
department)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from kamdesk.ui import i18n as ui_i18n
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.presenting import readable_zoom
from kamdesk.ui.workshop import SCALES
from tests.ui.walk import settle


def _present(window: MainWindow, width: int = 1280, height: int = 720) -> None:
    window.resize(width, height)
    window.workshop.enter(full_screen=False)  # the window's size stands for the projector's screen
    settle()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_facilitator_row_fits_1280_pixels_at_the_largest_text(window: MainWindow, lang: str) -> None:
    ui_i18n.install(lang)
    _present(window)
    bar = window.workshop.toolbar
    while window.workshop.scale != SCALES[-1]:  # the largest text: if it fits there, it fits
        window.workshop.step_scale(1)
    settle()
    chevron = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert chevron is None or not chevron.isVisible()
    assert bar.badge.isVisible() and bar.end_button.isVisible()
    assert bar.height() < 0.12 * window.height()  # one row, not two
    assert window.view.tabs.tabBar().y() < 0.2 * window.height()  # the header folded into the tabs' row


def test_scenes_zoom_with_the_workshop_text(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 720)
    window.view.set_current_key("relations")
    settle()
    board = window.view.page("relations").view
    normal = board.zoom()
    _present(window)
    assert board.zoom() >= readable_zoom(1.5) > normal  # names and lines grow with the type
    window.workshop.step_scale(1)
    settle()
    assert board.zoom() >= readable_zoom(1.75)
    window.workshop.leave()
    settle()
    shown = board.mapFromScene(board.sceneRect()).boundingRect()  # the whole board again
    assert shown.width() <= board.viewport().width() + 2 and shown.height() <= board.viewport().height() + 2


def test_page_keys_switch_tabs_in_workshop_mode_but_not_while_typing(window: MainWindow, qtbot: QtBot) -> None:
    _present(window)
    tabs = window.view.tabs
    tabs.setCurrentIndex(0)
    tabs.tabBar().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)  # round to the last tab
    assert tabs.currentIndex() == tabs.count() - 1
    tabs.setCurrentIndex(0)
    settle()
    industry = window.findChild(QLineEdit, "profile_industry")
    industry.setFocus()
    qtbot.keyClick(industry, Qt.Key.Key_PageDown)  # typing: the editor's key
    assert tabs.currentIndex() == 0
    window.workshop.leave()
    tabs.tabBar().setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_PageDown)  # outside workshop mode: Ctrl+PgDown only
    assert tabs.currentIndex() == 0


def test_zoom_fit_and_pan_reach_the_scene_from_anywhere(window: MainWindow, qtbot: QtBot) -> None:
    _present(window)
    window.view.set_current_key("relations")
    settle()
    board = window.view.page("relations").view
    fit_button = window.findChild(QToolButton, "relations_fit")
    fit_button.setFocus()  # the focus is not on the board
    before = board.zoom()
    qtbot.keyClick(fit_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert board.zoom() > before
    qtbot.keyClick(fit_button, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fit_button, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert board.zoom() < before
    qtbot.keyClick(fit_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fit_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fit_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bar = board.horizontalScrollBar()
    start = bar.value()
    qtbot.keyClick(fit_button, Qt.Key.Key_Right)  # arrows pan
    assert bar.value() > start
    qtbot.keyClick(fit_button, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the whole board
    assert board.mapFromScene(board.sceneRect()).boundingRect().width() <= board.viewport().width() + 2

    window.view.set_current_key("procurement")
    settle()
    page = window.view.page("procurement")
    page.scene.clearSelection()
    page.view.setFocus()
    before = page.view.zoom()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # no clash with the map's +
    assert page.view.zoom() > before
    bar = page.view.horizontalScrollBar()
    start = bar.value()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # nothing selected: the arrows pan the map
    assert bar.value() > start
    assert window.ctx.undo_stack.count() == 0


def test_f6_focuses_one_department_after_the_other(window: MainWindow, qtbot: QtBot) -> None:
    _present(window)
    window.view.set_current_key("relations")
    settle()
    page = window.view.page("relations")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    message = window.statusBar().currentMessage()
    first = page.column_filter.itemText(1)
    assert message.startswith(f"Department 1 of {page.column_filter.count() - 1}: {first}")
    assert "F6" in message
    assert page.column_filter.currentIndex() == 1  # the others fade
    piece = next(p for p in page.scene.pieces.values() if p.contact.column_id == page.column_filter.itemData(1))
    assert page.view.viewport().rect().contains(page.view.mapFromScene(piece.sceneBoundingRect().center()))
    assert page.view.zoom() >= readable_zoom(1.5)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert page.column_filter.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert page.column_filter.currentIndex() == 0  # all departments again
    assert window.statusBar().currentMessage().startswith("All departments")


def test_f6_focuses_one_lane_after_the_other(window: MainWindow, qtbot: QtBot) -> None:
    _present(window)
    window.view.set_current_key("procurement")
    settle()
    page = window.view.page("procurement")
    lanes = sorted(page.scene.lane_items.values(), key=lambda item: item.band.rect.y)
    for n, lane in enumerate(lanes[:2], start=1):
        qtbot.keyClick(window, Qt.Key.Key_F6)
        assert window.statusBar().currentMessage().startswith(f"Lane {n} of {len(lanes)}")
        band = lane.band.rect
        centre = page.view.mapFromScene(band.x + 40, band.y + band.h / 2)
        assert page.view.viewport().rect().contains(centre)
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage().startswith(f"Lane 1 of {len(lanes)}")
    window.view.set_current_key("services")
    settle()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert "no lanes or departments" in window.statusBar().currentMessage()


def test_the_map_keeps_its_side_panel_when_its_tab_is_built_later(window: MainWindow) -> None:
    window.resize(1280, 720)
    window.view.set_current_key("plan")  # another tab first: the map's page is built afterwards
    settle()
    window.view.set_current_key("procurement")
    settle()
    assert window.view.page("procurement").splitter.sizes()[2] >= 330
