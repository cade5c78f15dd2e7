"""Walk every screen of the main window the way a presenter could reach it (for leak and
language tests).

For the account's every tab: every nested tab (plan sections, the procurement side panels …),
every mode switch (exclusive checkable buttons such as board / matrix), every procurement map,
and — in each of those states — rows selected in every visible table or list (first, middle,
last) and items selected on every visible scene (a few of each kind: pieces, coverage lines,
team cards, nodes, edges, lanes …), so that detail and property panels show their fields.
Only what a person can reach counts: hidden or disabled tabs and buttons are not used. The walk
itself changes nothing (the tests check the undo stack stays empty).

``look(where)`` is called in every state; the caller collects what it needs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsItem,
    QGraphicsView,
    QHeaderView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from kamdesk.ui.main_window import MainWindow

Look = Callable[[str], None]
PER_KIND = 2  # scene items selected of each kind


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def walk(window: MainWindow, look: Look, portfolio: bool = True) -> None:
    """Every account tab with everything inside it, then (if reachable) the portfolio's pages."""
    view = window.view
    assert view is not None
    for n in range(view.tabs.count()):
        if not view.tabs.isTabVisible(n) or not view.tabs.isTabEnabled(n):
            continue
        view.tabs.setCurrentIndex(n)
        settle()
        _explore(view.tabs.widget(n), look, view.tabs.tabText(n))
    if portfolio:
        window.portfolio_action.trigger()  # disabled in the customer-safe view: then nothing happens
        settle()
        if window.portfolio_shown():
            assert window.portfolio is not None
            _explore(window.portfolio, look, "portfolio")
            window.show_accounts()
            settle()


def _explore(page: QWidget, look: Look, where: str) -> None:
    combo = page.findChild(QComboBox, "procurement_map_combo")
    if combo is not None and combo.isVisible() and combo.count() > 1:
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            combo.activated.emit(i)
            settle()
            _explore_tabs(page, look, f"{where} / {combo.itemText(i)}")
        return
    _explore_tabs(page, look, where)


def _explore_tabs(page: QWidget, look: Look, where: str) -> None:
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    if not tabs:
        _explore_modes(page, look, where)
        return
    outer = tabs[0]  # the first visible one; nested ones are explored from inside its pages
    for i in range(outer.count()):
        if not outer.isTabVisible(i) or not outer.isTabEnabled(i):
            continue
        outer.setCurrentIndex(i)
        settle()
        inner = outer.widget(i)
        # the rest of the page (outside this tab widget) is looked at together with each tab
        _explore_tabs_rest(page, inner, look, f"{where} / {outer.tabText(i)}")


def _explore_tabs_rest(page: QWidget, inner: QWidget, look: Look, where: str) -> None:
    if any(t.isVisible() for t in inner.findChildren(QTabWidget)):
        _explore_tabs(inner, look, where)
    else:
        _explore_modes(page, look, where)


def _explore_modes(page: QWidget, look: Look, where: str) -> None:
    """Exclusive checkable tool buttons switch what a page shows (board / matrix). A group whose
    click is an edit (it lands on the undo stack, e.g. choosing a classification) is no mode: the
    edit is undone and the group left alone."""
    stack = _undo_stack(page)
    groups = []
    for button in page.findChildren(QToolButton):
        group = button.group()
        if group is not None and group.exclusive() and group not in groups:
            groups.append(group)
    modes = []
    for group in groups:
        buttons = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
        if len(buttons) > 1:
            modes.append((group, buttons))
    if not modes:
        _select_everything(page, look, where)
        return
    for group, buttons in modes:
        first = group.checkedButton()
        for button in buttons:
            before = stack.count() if stack else 0
            button.click()
            settle()
            if stack is not None and stack.count() != before:
                stack.undo()
                settle()
                break
            _select_everything(page, look, f"{where} / {button.text()}")
        if first is not None:
            first.click()
            settle()


def _undo_stack(widget: QWidget):  # type: ignore[no-untyped-def]
    window = widget.window()
    ctx = getattr(window, "ctx", None)
    return ctx.undo_stack if ctx is not None else None


def _select_everything(page: QWidget, look: Look, where: str) -> None:
    look(where)
    for view in [v for v in page.findChildren(QAbstractItemView) if _selectable(v)]:
        model = view.model()
        rows = model.rowCount()
        for row in sorted({0, rows // 2, rows - 1}):
            if not view.isVisible() or row >= model.rowCount():
                continue
            index = model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            settle()
            look(f"{where} / {view.objectName() or type(view).__name__} row {row}")
    for graphics in [g for g in page.findChildren(QGraphicsView) if g.isVisible() and g.scene() is not None]:
        scene = graphics.scene()
        kinds: dict[str, int] = {}
        for item in list(scene.items()):
            if not (item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable) or not item.isVisible():
                continue
            kind = type(item).__name__
            if kinds.get(kind, 0) >= PER_KIND:
                continue
            kinds[kind] = kinds.get(kind, 0) + 1
            scene.clearSelection()
            item.setSelected(True)
            settle()
            look(f"{where} / {kind} selected")
        scene.clearSelection()
        settle()


def _selectable(view: QAbstractItemView) -> bool:
    return (
        view.isVisible()
        and not isinstance(view, QHeaderView)
        and view.model() is not None
        and view.selectionModel() is not None
        and view.model().rowCount() > 0
        and view.objectName() != "navigator_list"  # choosing there changes the account
    )
