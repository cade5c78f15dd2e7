"""Presenting from the keyboard: zoom, fit, pan and focus on the current tab's scene from anywhere
in the window, and — in workshop mode — PgDown/PgUp for the next and previous tab (what a
presentation clicker sends) and the arrow keys for panning.

The window knows nothing about boards or maps: it asks the current ``TabPage`` for its
``scene_view()`` (zoom, fit, pan) and for ``focus_next()`` (the next lane or department).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.tabs.base import TabPage

#: the share of the view one arrow key pans
PAN_STEP = 0.15
#: widgets that want the keys for themselves (typing, stepping, choosing)
EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def readable_zoom(scale: float) -> float:
    """The scene zoom at which the board's and the map's captions read like the workshop's text
    (``scale``: 1.25 … 2.0)."""
    return round(0.8 * scale, 3)


class Presenter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workshop = False
        self.zoom_in_action = self._action("present_zoom_in", self.zoom_in, ["Ctrl++", "Ctrl+="])
        self.zoom_out_action = self._action("present_zoom_out", self.zoom_out, ["Ctrl+-"])
        self.fit_action = self._action("present_fit", self.fit, ["Ctrl+0"])
        self.focus_next_action = self._action("present_focus_next", lambda: self.focus(1), ["F6"])
        self.focus_previous_action = self._action("present_focus_previous", lambda: self.focus(-1), ["Shift+F6"])
        self.actions = [
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_action,
            self.focus_previous_action,
            self.focus_next_action,
        ]
        menu = window.view_menu
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)
        self.retranslate()

    def _action(self, name: str, slot: object, keys: list[str]) -> QAction:
        action = QAction(self.window, objectName=name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        texts = {
            self.zoom_in_action: (self.tr("Zoom &In"), self.tr("Zoom in on the board or map (Ctrl++)")),
            self.zoom_out_action: (self.tr("Zoom &Out"), self.tr("Zoom out (Ctrl+-)")),
            self.fit_action: (self.tr("&Fit to Window"), self.tr("Show the whole board or map (Ctrl+0)")),
            self.focus_next_action: (
                self.tr("Focus Next Lane or &Department"),
                self.tr("Zoom to the next lane of the map or department of the board (F6)"),
            ),
            self.focus_previous_action: (
                self.tr("Focus Previous Lane or Department"),
                self.tr("Zoom to the previous lane or department (Shift+F6)"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
        self.zoom_in_action.setIconText("+")
        self.zoom_out_action.setIconText("−")
        self.fit_action.setIconText(self.tr("Fit"))
        self.focus_previous_action.setIconText("◀ " + self.tr("Focus"))
        self.focus_next_action.setIconText(self.tr("Focus") + " ▶")

    # -- the current page ------------------------------------------------------------------

    def page(self) -> TabPage | None:
        view = self.window.view
        if view is None or self.window.portfolio_shown():
            return None
        return view.current_page()

    def scene_view(self) -> QGraphicsView | None:
        page = self.page()
        view = page.scene_view() if page is not None else None
        return view if view is not None and view.isVisible() else None

    def zoom_in(self) -> None:
        view = self.scene_view()
        if view is not None:
            view.zoom_in()  # type: ignore[attr-defined]

    def zoom_out(self) -> None:
        view = self.scene_view()
        if view is not None:
            view.zoom_out()  # type: ignore[attr-defined]

    def fit(self) -> None:
        view = self.scene_view()
        if view is not None:
            view.fit()  # type: ignore[attr-defined]

    def pan(self, dx: int, dy: int) -> bool:
        view = self.scene_view()
        if view is None:
            return False
        viewport = view.viewport()
        for bar, step in ((view.horizontalScrollBar(), dx), (view.verticalScrollBar(), dy)):
            if step:
                size = viewport.width() if bar is view.horizontalScrollBar() else viewport.height()
                bar.setValue(bar.value() + int(step * size * PAN_STEP))
        return True

    def focus(self, step: int) -> None:
        page = self.page()
        text = page.focus_next(step) if page is not None else ""
        if not text:
            text = self.tr("This tab has no lanes or departments to focus on.")
        self.window.statusBar().showMessage(text, 10000)

    def set_workshop(self, on: bool, scale: float) -> None:
        """Workshop mode: every page shows its scene at a zoom that reads from the back of the room,
        and the page and arrow keys present (watched application-wide only while it lasts)."""
        app = QApplication.instance()
        if on and not self.workshop and app is not None:
            app.installEventFilter(self)
        elif not on and self.workshop and app is not None:
            app.removeEventFilter(self)
        self.workshop = on
        if self.window.view is not None:
            self.window.view.set_workshop(on, scale)

    def step_tab(self, step: int) -> None:
        view = self.window.view
        if view is None:
            return
        tabs = view.tabs
        index = tabs.currentIndex()
        for _ in range(tabs.count()):  # the next tab a person can see
            index = (index + step) % tabs.count()
            if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                break
        tabs.setCurrentIndex(index)
        scene = self.scene_view()
        if scene is not None:
            scene.setFocus(Qt.FocusReason.ShortcutFocusReason)  # the arrows, + and − act on it at once

    # -- keys in workshop mode -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.workshop or event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, EDITORS) or (
            isinstance(focus, QAbstractItemView) and focus.state() == QAbstractItemView.State.EditingState
        ):
            return False  # typing: the keys are the editor's
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.step_tab(1 if key == Qt.Key.Key_PageDown else -1)
            return True
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and not isinstance(focus, (QGraphicsView, QAbstractItemView, QTabBar)):
            return self.pan(*arrows[key])  # a scene with the focus pans (or nudges) itself
        return False
