"""Workshop mode for the projector, and the customer-safe view.

Workshop mode (F5) goes full screen with large, high-contrast type and a facilitator's toolbar,
and turns the customer-safe view on. The customer-safe view hides everything the sensitivity
policy calls internal — on every tab, and also the list of *other* customers and the workspace's
file name — behind a clear banner; turning it off asks first, so nothing is revealed by accident.
Esc leaves full screen but never the customer-safe view.

On a 1280 × 720 projector every pixel of height counts: in workshop mode the account's header
folds into the row of its tabs (the name at the right end), the facilitator's toolbar is one row
of icons with the customer-safe badge at its end (in place of the banner row), and the scenes
zoom to a size that reads from the back of the room (``ui/presenting.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolBar, QWidget

from kamdesk.ui import settings, style
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.presenting import Presenter
from kamdesk.ui.workshop_bar import FacilitatorBar

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

SCALES = (125, 150, 175, 200)


class WorkshopMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._was_maximized = False
        self._geometry = window.saveGeometry()
        self.scale = settings.get(settings.WORKSHOP_SCALE)
        if self.scale not in SCALES:
            self.scale = 150

        self.workshop_action = self._action("workshop_mode", self.toggle, "F5", checkable=True)
        self.customer_safe_action = self._action(
            "customer_safe", self._on_customer_safe_action, "Ctrl+Shift+H", checkable=True
        )
        self.leave_action = self._action("leave_full_screen", self.leave_full_screen, "Esc")
        self.leave_action.setEnabled(False)
        self.larger_action = self._action("larger_text", lambda: self.step_scale(1), "Ctrl+Shift++")
        self.smaller_action = self._action("smaller_text", lambda: self.step_scale(-1), "Ctrl+Shift+-")

        window.view_menu.addSeparator()
        for action in (self.workshop_action, self.customer_safe_action, self.larger_action, self.smaller_action):
            window.view_menu.addAction(action)

        self.presenter = Presenter(window)
        self.toolbar = FacilitatorBar(self)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()

        self.banner = QLabel(objectName="customer_safe_banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner_bar = QToolBar(objectName="customer_safe_bar")
        self.banner_bar.setMovable(False)
        self.banner_bar.setFloatable(False)
        self.banner_bar.addWidget(self.banner)
        self.banner_bar.toggleViewAction().setVisible(False)
        window.addToolBarBreak()  # the banner gets a row of its own, across the whole window
        window.addToolBar(self.banner_bar)
        self.banner_bar.hide()

        window.ctx.customer_safe_changed.connect(self._apply_customer_safe)
        self._guard_undo()
        self.retranslate()
        window.installEventFilter(self)

    def _action(self, name: str, slot: object, shortcut: str, checkable: bool = False) -> QAction:
        action = QAction(self.window, objectName=name, checkable=checkable)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    # -- workshop mode ---------------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self, full_screen: bool = True) -> None:
        if self.active:
            return
        self.active = True
        self._was_maximized = self.window.isMaximized()
        self._geometry = self.window.saveGeometry()
        self.window.ctx.set_customer_safe(True)
        self.window.menuBar().hide()
        self.window.toolbar.hide()
        self.toolbar.show()
        self._restyle()
        self._compact(True)
        if full_screen:
            self.window.showFullScreen()
        self.leave_action.setEnabled(True)
        self.workshop_action.setChecked(True)
        self.window.statusBar().showMessage(
            self.tr("Workshop mode — F5 ends it, Esc leaves full screen; the customer-safe view stays on."), 8000
        )

    def leave(self) -> None:
        """End workshop mode. The customer-safe view stays as it is: turning it off is a separate,
        confirmed step."""
        if not self.active:
            return
        self.active = False
        self.toolbar.hide()
        self.window.menuBar().show()
        self.window.toolbar.show()
        style.apply(QApplication.instance())  # type: ignore[arg-type]
        self._compact(False)
        self.leave_full_screen()
        self.leave_action.setEnabled(False)
        self.workshop_action.setChecked(False)

    def leave_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
            if self._was_maximized:
                self.window.showMaximized()
            else:
                self.window.restoreGeometry(self._geometry)

    def step_scale(self, step: int) -> None:
        index = max(0, min(len(SCALES) - 1, SCALES.index(self.scale) + step))
        self.scale = SCALES[index]
        settings.put(settings.WORKSHOP_SCALE, self.scale)
        if self.active:
            self._restyle()
            self.presenter.set_workshop(True, self.scale / 100)
            self.toolbar.show_icons(True, self._icon_size())
        self.window.statusBar().showMessage(self.tr("Workshop text size: %1 %").replace("%1", str(self.scale)), 3000)

    def _restyle(self) -> None:
        style.apply(QApplication.instance(), workshop=True, scale=self.scale / 100)  # type: ignore[arg-type]

    def _icon_size(self) -> int:
        return round(min(32, 24 * self.scale / 100))  # large targets, yet one row at 200 %

    def _compact(self, on: bool) -> None:
        """Workshop layout: the header folds into the toolbar, the badge replaces the banner,
        the scenes zoom to a readable size; or all of it back."""
        view = self.window.view
        if view is not None:
            view.set_compact(on)
        self.toolbar.show_icons(on, self._icon_size())
        self.banner_bar.setVisible(self.window.ctx.customer_safe and not on)
        self.presenter.set_workshop(on, self.scale / 100)

    # -- customer-safe view ----------------------------------------------------------------

    def _on_customer_safe_action(self, checked: bool) -> None:
        if checked:
            self.window.ctx.set_customer_safe(True)
            return
        # Turning it off in front of the customer must be deliberate.
        self.customer_safe_action.setChecked(True)
        if Dialogs.confirm(
            self.window,
            self.tr("Show internal information"),
            self.tr(
                "Turn the customer-safe view off?\n\nInternal judgements, scores, notes and the other "
                "accounts become visible — make sure the customer cannot see the screen."
            ),
            self.tr("Show internal information"),
        ):
            self.window.ctx.set_customer_safe(False)

    def _apply_customer_safe(self, on: bool) -> None:
        self.customer_safe_action.setChecked(on)
        self.banner_bar.setVisible(on and not self.active)  # in workshop mode the toolbar's badge says it
        self._badge_text()
        self.window.apply_customer_safe(on)
        stack = self.window.ctx.undo_stack
        if on:
            self._plain_undo_texts()
        else:  # Qt's own texts again ("Undo Delete …")
            stack.undoTextChanged.emit(stack.undoText())
            stack.redoTextChanged.emit(stack.redoText())

    # -- undo in front of the customer -----------------------------------------------------

    def _guard_undo(self) -> None:
        """In the customer-safe view, undo and redo name no step (a step's text may quote
        something internal: "Delete “our goal: …”") and touch only the account on the wall:
        undoing an edit made earlier to another account would bring that account into view."""
        window, stack = self.window, self.window.ctx.undo_stack
        for action, step in ((window.undo_action, self.undo), (window.redo_action, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)
        stack.undoTextChanged.connect(lambda _text: self._plain_undo_texts())
        stack.redoTextChanged.connect(lambda _text: self._plain_undo_texts())

    def _plain_undo_texts(self) -> None:
        if self.window.ctx.customer_safe:
            self.window.undo_action.setText(self.tr("&Undo"))
            self.window.redo_action.setText(self.tr("&Redo"))

    def undo(self) -> None:
        stack = self.window.ctx.undo_stack
        if self._elsewhere(stack.command(stack.index() - 1)):
            return
        stack.undo()

    def redo(self) -> None:
        stack = self.window.ctx.undo_stack
        if self._elsewhere(stack.command(stack.index())):
            return
        stack.redo()

    def _elsewhere(self, command: object) -> bool:
        """True (and the user told why) if ``command`` changed something other than the account
        in view while the customer may be looking."""
        if command is None or not self.window.ctx.customer_safe:
            return False
        if (getattr(command, "account_id", None) or "") == self.window.current_account_id():
            return False
        self.window.statusBar().showMessage(
            self.tr(
                "The customer-safe view undoes only changes to this account; that step changed another "
                "account or the workspace. Leave the customer-safe view to undo it."
            ),
            8000,
        )
        return True

    def retranslate(self) -> None:
        self.workshop_action.setText(self.tr("&Workshop Mode"))
        self.workshop_action.setToolTip(self.tr("Full screen, large type, customer-safe (F5)"))
        self.customer_safe_action.setText(self.tr("&Customer-Safe View"))
        self.customer_safe_action.setToolTip(self.tr("Hide everything internal on every screen (Ctrl+Shift+H)"))
        self.leave_action.setText(self.tr("Leave Full Screen"))
        self.larger_action.setText(self.tr("&Larger Workshop Text"))
        self.smaller_action.setText(self.tr("S&maller Workshop Text"))
        self.toolbar.setWindowTitle(self.tr("Workshop"))
        self.banner.setText(self.tr("Customer-safe view — internal information is hidden"))
        self.workshop_action.setIconText(self.tr("End Workshop"))
        self.larger_action.setToolTip(self.tr("Larger workshop text (Ctrl+Shift++)"))
        self.smaller_action.setToolTip(self.tr("Smaller workshop text (Ctrl+Shift+-)"))
        self.window.previous_tab_action.setToolTip(self.tr("Previous tab (PgUp in workshop mode, Ctrl+PgUp)"))
        self.window.next_tab_action.setToolTip(self.tr("Next tab (PgDown in workshop mode, Ctrl+PgDown)"))
        self.presenter.retranslate()
        self._badge_text()

    def _badge_text(self) -> None:
        """The badge on the facilitator's toolbar: green while the customer-safe view is on."""
        on = self.window.ctx.customer_safe
        self.customer_safe_action.setIconText(
            "✓ " + self.tr("Customer-safe view") if on else "⚠ " + self.tr("Internal information visible")
        )
        self.toolbar.badge.setProperty("safe", on)
        self.toolbar.badge.style().unpolish(self.toolbar.badge)
        self.toolbar.badge.style().polish(self.toolbar.badge)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.Close and self.active:
            self.leave()  # the application's look back to normal (other windows, a next window)
        return False


__all__ = ["SCALES", "QWidget", "WorkshopMode"]
