"""The main window: menus, toolbar, status bar, the account navigator and the account's tabs.

The window paints first and loads the workspace right after (``open_initial``): SQLAlchemy and
the tabs are imported only then, which keeps the first paint close to a bare Qt window.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from kamdesk.ui import settings, style
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.navigator import Navigator
from kamdesk.ui.widgets import EmptyState

if TYPE_CHECKING:
    from kamdesk.services.changes import Change
    from kamdesk.services.first_screen import FirstScreen
    from kamdesk.ui.account_view import AccountView
    from kamdesk.ui.portfolio.view import PortfolioView
    from kamdesk.ui.workshop import WorkshopMode


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None, remember_layout: bool = True) -> None:
        super().__init__()
        self.setObjectName("main_window")
        style.attach(self)
        self.remember_layout = remember_layout
        self.ctx = ctx or AppContext(self)
        self.view: AccountView | None = None
        self.portfolio: PortfolioView | None = None
        self.content: QStackedWidget | None = None
        self.startup_probe: StartupProbe | None = None

        self.navigator = Navigator()
        self.navigator.show_archived_changed = self._sync_show_archived  # type: ignore[method-assign]
        self.placeholder = EmptyState()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.location_label = QLabel(objectName="status_location")
        self.statusBar().addPermanentWidget(self.location_label)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        #: workshop mode and the presenting keys; built when the workspace opens (after the first
        #: paint), because there is nothing to present before a workspace is open
        self.workshop: WorkshopMode | None = None
        self.retranslate()
        if remember_layout:
            self._restore_layout()
        else:
            self.resize(1280, 800)

        self.navigator.account_selected.connect(self.show_account)
        self.navigator.view.clicked.connect(lambda _index: self.show_accounts())
        self.ctx.changed.connect(self._on_changes)
        self.ctx.focus_requested.connect(self._on_focus_requested)
        self.ctx.failed.connect(lambda title, text: Dialogs.error(self, title, text))
        self.ctx.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.ctx.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._update_actions()

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        slot: object,
        shortcut: QKeySequence | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(self._finish_pending_open)  # first (slots run in connection order)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_workspace_action = self._action("new_workspace", self.new_workspace, "Ctrl+Shift+N")
        self.open_workspace_action = self._action(
            "open_workspace", self.choose_workspace, QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton
        )
        self.import_action = self._action("import", self.import_file, "Ctrl+I")
        self.export_bundle_action = self._action("export_bundle", self.export_bundle, "Ctrl+Shift+E")
        self.export_plan_action = self._action("export_plan", self.export_plan, "Ctrl+Shift+P")
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.ctx.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.settings_action = self._action("settings", self.open_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.new_account_action = self._action(
            "new_account", self.new_account, QKeySequence.StandardKey.New, sp.SP_FileIcon
        )
        self.rename_account_action = self._action("rename_account", self.rename_account, "F2")
        self.archive_account_action = self._action("archive_account", self.toggle_archived)
        self.delete_account_action = self._action(
            "delete_account", self.delete_account, QKeySequence.StandardKey.Delete, sp.SP_TrashIcon
        )
        # Del deletes an account only while the list has focus (elsewhere it deletes text).
        self.delete_account_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.delete_account_action)
        self.navigator.view.addAction(self.delete_account_action)
        for action in (self.new_account_action, self.rename_account_action, self.archive_account_action):
            self.navigator.view.addAction(action)

        self.find_action = self._action("find_account", self.navigator.focus_search, QKeySequence.StandardKey.Find)
        self.show_archived_action = self._action("show_archived", self._on_show_archived)
        self.show_archived_action.setCheckable(True)
        self.portfolio_action = self._action("portfolio", self._toggle_portfolio, "Ctrl+Shift+O")
        self.portfolio_action.setCheckable(True)
        self.portfolio_action.setIcon(self.style().standardIcon(sp.SP_FileDialogListView))
        self.next_tab_action = self._action("next_tab", lambda: self._step_tab(1), "Ctrl+PgDown")
        self.previous_tab_action = self._action("previous_tab", lambda: self._step_tab(-1), "Ctrl+PgUp")

        self.service_matrix_action = self._action("service_matrix", self.open_service_matrix, "Ctrl+Shift+M")

        self.about_action = self._action("about", self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.backups_action = self._action("open_backups", self.open_backups_folder)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.new_workspace_action)
        self.file_menu.addAction(self.open_workspace_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_bundle_action)
        self.file_menu.addAction(self.export_plan_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)

        self.account_menu = bar.addMenu("")
        for action in (self.new_account_action, self.rename_account_action, self.archive_account_action):
            self.account_menu.addAction(action)
        self.account_menu.addSeparator()
        self.account_menu.addAction(self.delete_account_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.show_archived_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.portfolio_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.next_tab_action)
        self.view_menu.addAction(self.previous_tab_action)

        self.workspace_menu = bar.addMenu("")
        self.workspace_menu.addAction(self.service_matrix_action)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.backups_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(objectName="main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_account_action)
        self.toolbar.addAction(self.portfolio_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:

        self.new_workspace_action.setText(self.tr("&New Workspace…"))
        self.new_workspace_action.setStatusTip(self.tr("Create an empty workspace file"))
        self.open_workspace_action.setText(self.tr("&Open Workspace…"))
        self.open_workspace_action.setStatusTip(self.tr("Open another workspace file"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setStatusTip(
            self.tr("Import accounts from a kamdesk bundle (.json) or a table from a CRM or Excel (.csv, .xlsx)")
        )
        self.export_bundle_action.setText(self.tr("&Export Accounts…"))
        self.export_bundle_action.setStatusTip(self.tr("Write all accounts to a kamdesk bundle (.json)"))
        self.export_plan_action.setText(self.tr("Export &Plan as PDF…"))
        self.export_plan_action.setStatusTip(
            self.tr("Write the account's Key Account Plan as a PDF, in the internal or the customer edition")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.new_account_action.setText(self.tr("&New Account"))
        self.new_account_action.setToolTip(self.tr("Create a new account (Ctrl+N)"))
        self.rename_account_action.setText(self.tr("&Rename…"))
        self.delete_account_action.setText(self.tr("&Delete…"))
        self.find_action.setText(self.tr("&Find Account"))
        self.show_archived_action.setText(self.tr("Show &Archived Accounts"))
        self.next_tab_action.setText(self.tr("&Next Tab"))
        self.previous_tab_action.setText(self.tr("&Previous Tab"))
        self.portfolio_action.setText(self.tr("&Portfolio"))
        self.portfolio_action.setToolTip(
            self.tr("The whole portfolio: ranking, Key Account matrix, criteria and tiers (Ctrl+Shift+O)")
        )
        self.about_action.setText(self.tr("&About kamdesk"))
        self.backups_action.setText(self.tr("Open &Backups Folder"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.account_menu.setTitle(self.tr("&Account"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.service_matrix_action.setText(self.tr("Service &Matrix…"))
        self.service_matrix_action.setStatusTip(self.tr("Which services each customer group gets, company-wide"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self._update_actions()
        self._update_title()
        if self.view is None:
            self.placeholder.setText(self.tr("Opening workspace…") if self.ctx.ws is None else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.statusBar().clearMessage()  # a message in the language of a moment ago
        super().changeEvent(event)

    # -- workspace -------------------------------------------------------------------------

    def open_initial(self, location: str | None) -> None:
        """Open the workspace given on the command line, else the last one, else the default
        one (created with the demo accounts on first start).

        A SQLite workspace of this kamdesk's schema shows its first screen (the account list and
        the profile) read through ``sqlite3`` before SQLAlchemy is even imported; the workspace
        then opens properly right after that screen has painted, and reloads it."""
        location = self._initial_location(location)
        screen = self._first_screen(location)
        if screen is None:
            self.open_workspace(location)
        else:
            self.ctx.opening = lambda: self._finish_opening(location)
            self._show_first_screen(screen, location)
        page = self.view.current_page() if self.view is not None else None
        FirstPaint(page or self, self._on_ready)

    def _initial_location(self, location: str | None) -> str:
        from kamdesk.services import paths

        if location is not None:
            return location
        last = settings.get(settings.LAST_WORKSPACE)
        if last and ("://" in last or Path(last).is_file()):
            return str(last)
        default = paths.default_workspace()
        if not default.exists():
            from kamdesk.services import demo

            try:
                default.parent.mkdir(parents=True, exist_ok=True)
                demo.write(default)
            except Exception as error:  # noqa: BLE001 - shown to the user, app stays usable
                Dialogs.error(self, self.tr("Demo workspace"), str(error))
        return str(default)

    def _first_screen(self, location: str) -> FirstScreen | None:
        """The first screen of ``location``, if it can be read before the workspace opens: a
        SQLite file of this schema, opening on the profile (the tab the user last had)."""
        from kamdesk.services import demo, first_screen

        tab = settings.get(settings.LAST_TAB)
        if "://" in location or (tab and tab != "profile"):
            return None
        return first_screen.read(Path(location), settings.get(settings.LAST_ACCOUNT), demo.MAIN_ACCOUNT)

    def _show_first_screen(self, screen: FirstScreen, location: str) -> None:
        self._build_content(workshop=False)
        assert self.view is not None
        self.navigator.set_accounts(screen.accounts)
        self.navigator.select(screen.account.id, emit=False)
        self.view.show_first_screen(screen)
        self.location_label.setText(location)
        self.statusBar().showMessage(self.tr("Opening workspace…"))
        self._update_actions()

    def _finish_opening(self, location: str) -> None:
        """Open the workspace the first screen shows, and reload that screen through it."""
        self.ctx.opening = None
        shown = self.navigator.shown_id()
        if not self._open(location):
            self.navigator.set_accounts([])
            if self.view is not None:
                self.view.show_account(None)
            return
        if self.navigator.shown_id() == shown:  # the same account: the navigator did not announce it
            # Reload it through the workspace (read-only? defaults seeded?) once the edit that may
            # have asked for the workspace is through; the reload commits anything still typed.
            QTimer.singleShot(0, lambda: self._reload_shown(shown))

    def _reload_shown(self, account_id: str) -> None:
        if self.view is not None and self.view.account_id == account_id and self.ctx.ws is not None:
            self.view.show_account(account_id)

    def _finish_pending_open(self) -> None:
        """A command chosen while the first screen still waits for its workspace opens it now."""
        if self.ctx.opening is not None:
            self.ctx.opening()

    def _on_ready(self) -> None:
        """The account shown has painted: it is ready. Finish opening the workspace behind it."""
        if self.startup_probe:
            self.startup_probe.mark("ready")
        self._finish_pending_open()
        if self.startup_probe:
            self.startup_probe.mark("loaded")

    def open_workspace(self, location: str, create: bool = False) -> bool:
        self._commit_pending()
        self.ctx.opening = None  # this workspace replaces the one the first screen waits for
        return self._open(location, create)

    def _open(self, location: str, create: bool = False) -> bool:
        from kamdesk.domain.errors import KamdeskError
        from kamdesk.services.workspace import Workspace

        try:
            ws = Workspace.open(location, create=create)
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Open workspace"), str(error))
            if self.ctx.ws is None:
                self.placeholder.setText(
                    self.tr("No workspace is open.\n\nUse File → Open Workspace or File → New Workspace.")
                )
            return False
        self._build_content()
        self._give_defaults(ws)
        self.ctx.set_workspace(ws)
        if self.view:
            self.view.set_customer_safe(self.ctx.customer_safe)
        if self.remember_layout:
            settings.remember_workspace(ws.location if ws.path is None else str(ws.path))
        self._reload_accounts()
        last = settings.get(settings.LAST_ACCOUNT)
        if not (last and self.navigator.select(last)):
            self.navigator.select(self._first_account_id())
        tab = settings.get(settings.LAST_TAB)
        if tab and self.view:
            self.view.set_current_key(tab)
        self._update_title()
        self.location_label.setText(ws.location)
        self.statusBar().showMessage(self.tr("Workspace opened: %1").replace("%1", ws.location), 5000)
        QTimer.singleShot(2000, self._daily_backup)
        return True

    @staticmethod
    def _give_defaults(ws: object) -> None:
        """A workspace that never had selection criteria and tiers gets the defaults (once)."""
        from kamdesk.domain.errors import KamdeskError
        from kamdesk.services import portfolio

        with contextlib.suppress(KamdeskError):  # e.g. read-only: the portfolio simply starts empty
            portfolio.ensure_defaults(ws)  # type: ignore[arg-type]

    def _first_account_id(self) -> str:
        from kamdesk.services import demo

        rows = [r for r in self.navigator.model.rows if not r.archived]
        main = next((r for r in rows if r.name == demo.MAIN_ACCOUNT), None)
        return (main or rows[0]).id if rows else ""

    def _daily_backup(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        try:
            made = ws.daily_backup()
        except OSError as error:
            self.statusBar().showMessage(self.tr("Backup failed: %1").replace("%1", str(error)), 8000)
            return
        if made:
            self.statusBar().showMessage(self.tr("Daily backup written."), 4000)

    def _build_content(self, workshop: bool = True) -> None:
        """The account view (once); with ``workshop``, workshop mode too (the first screen
        leaves it until the workspace has opened: nothing is presented before)."""
        if self.view is None:
            from kamdesk.ui.account_view import AccountView

            self.view = AccountView(self.ctx)
            self.content = QStackedWidget(objectName="main_content")
            self.content.addWidget(self.view)
            self.splitter.replaceWidget(1, self.content)
            self.placeholder.deleteLater()
        if workshop and self.workshop is None:
            from kamdesk.ui.workshop import WorkshopMode

            self.workshop = WorkshopMode(self)

    def new_workspace(self) -> None:
        path = Dialogs.save_file(self, self.tr("New workspace"), self._workspace_filter(), "workspace.kamdesk")
        if not path:
            return
        if not path.endswith(".kamdesk"):
            path += ".kamdesk"
        if Path(path).exists():
            Dialogs.error(self, self.tr("New workspace"), self.tr("%1 already exists.").replace("%1", path))
            return
        self.open_workspace(path, create=True)

    def _workspace_filter(self) -> str:
        return self.tr("kamdesk workspace (*.kamdesk);;All files (*)")

    def choose_workspace(self) -> None:
        folder = str(self.ctx.ws.path.parent) if self.ctx.ws and self.ctx.ws.path else ""
        path = Dialogs.open_file(self, self.tr("Open workspace"), self._workspace_filter(), folder)
        if path:
            self.open_workspace(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.get(settings.RECENT_WORKSPACES)
        for n, location in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n} {location}")
            action.triggered.connect(lambda _=False, loc=location: self.open_workspace(loc))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_backups_folder(self) -> None:
        from kamdesk.services import paths

        folder = paths.backup_root()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- accounts --------------------------------------------------------------------------

    def _reload_accounts(self) -> None:
        from kamdesk.services import accounts

        if self.ctx.ws is None:
            self.navigator.set_accounts([])
            return
        self.navigator.set_accounts(accounts.summaries(self.ctx.ws))
        self._update_actions()

    def show_account(self, account_id: str) -> None:
        if self.view is None:
            return
        if account_id:
            self.show_accounts()
        self.view.show_account(account_id or None)
        if account_id and self.remember_layout:
            settings.put(settings.LAST_ACCOUNT, account_id)
        self._update_actions()

    def current_account_id(self) -> str:
        return self.view.account_id or "" if self.view else ""

    def _current_summary(self):  # type: ignore[no-untyped-def]
        account_id = self.current_account_id()
        return next((r for r in self.navigator.model.rows if r.id == account_id), None)

    def new_account(self) -> None:
        from kamdesk.services import accounts
        from kamdesk.ui.undo import InsertRow

        if self.ctx.ws is None:
            return
        name = accounts.suggest_name(self.ctx.ws, self.tr("New account"))
        command = InsertRow(self.ctx, "account", {"name": name}, self.tr("New account “%1”").replace("%1", name))
        command.account_id = command.row_id
        command.tab = "profile"
        if self.ctx.push(command):
            self.navigator.search.clear()
            self.navigator.select(command.row_id)
            if self.view:
                self.view.set_current_key("profile")
                name_edit = self.view.page("profile").findChild(QWidget, "profile_name")
                if name_edit:
                    name_edit.setFocus()
                    name_edit.selectAll()  # type: ignore[attr-defined]
            self.statusBar().showMessage(self.tr("Account created — type its name."), 5000)

    def rename_account(self) -> None:
        from kamdesk.ui.undo import SetFields

        row = self._current_summary()
        if row is None:
            return
        name = Dialogs.text(self, self.tr("Rename account"), self.tr("New name:"), row.name)
        if name is None or name.strip() == row.name:
            return
        self.ctx.push(
            SetFields(
                self.ctx,
                "account",
                row.id,
                {"name": row.name},
                {"name": name},
                self.tr("Rename “%1”").replace("%1", row.name),
                account_id=row.id,
            )
        )

    def toggle_archived(self) -> None:
        from kamdesk.ui.undo import SetFields

        row = self._current_summary()
        if row is None:
            return
        text = (self.tr("Restore “%1” from the archive") if row.archived else self.tr("Archive “%1”")).replace(
            "%1", row.name
        )
        if self.ctx.push(
            SetFields(
                self.ctx,
                "account",
                row.id,
                {"archived": row.archived},
                {"archived": not row.archived},
                text,
                account_id=row.id,
            )
        ):
            self.statusBar().showMessage(text + " — " + self.tr("Ctrl+Z undoes it."), 6000)

    def delete_account(self) -> None:
        from kamdesk.ui.undo import DeleteRow

        row = self._current_summary()
        if row is None:
            return
        if not Dialogs.confirm(
            self,
            self.tr("Delete account"),
            self.tr(
                "Delete “%1” with everything recorded for it?\n\nYou can undo this with Ctrl+Z while kamdesk is open."
            ).replace("%1", row.name),
            self.tr("Delete"),
        ):
            return
        text = self.tr("Delete “%1”").replace("%1", row.name)
        if self.ctx.push(DeleteRow(self.ctx, "account", row.id, text, account_id=row.id)):
            self.statusBar().showMessage(text + " — " + self.tr("Ctrl+Z undoes it."), 6000)

    def _on_show_archived(self, checked: bool) -> None:
        settings.put(settings.SHOW_ARCHIVED, checked)
        self.navigator.set_show_archived(checked)

    def _sync_show_archived(self, show: bool) -> None:
        self.show_archived_action.setChecked(show)
        settings.put(settings.SHOW_ARCHIVED, show)

    # -- portfolio -------------------------------------------------------------------------

    def show_portfolio(self, page: str = "") -> None:
        """Show the portfolio in place of the account (the navigator stays); ``page``: ranking,
        matrix or criteria."""
        if self.content is None or self.ctx.ws is None or self.ctx.customer_safe:
            self.portfolio_action.setChecked(False)
            return
        if self.portfolio is None:
            from kamdesk.ui.portfolio.view import PortfolioView

            self.portfolio = PortfolioView(self.ctx)
            self.portfolio.account_opened.connect(self.open_account)
            self.content.addWidget(self.portfolio)
        self._commit_pending()
        if page:
            self.portfolio.set_page(page)
        self.content.setCurrentWidget(self.portfolio)
        self.portfolio_action.setChecked(True)
        if not self.portfolio.ranking.current_id() and self.current_account_id():
            self.portfolio.ranking.select(self.current_account_id())  # start from the account in view

    def show_accounts(self) -> None:
        """Back from the portfolio to the account view."""
        if self.content is not None and self.view is not None and self.content.currentWidget() is not self.view:
            self.content.setCurrentWidget(self.view)
        self.portfolio_action.setChecked(False)

    def portfolio_shown(self) -> bool:
        return (
            self.portfolio is not None and self.content is not None and self.content.currentWidget() is self.portfolio
        )

    def _toggle_portfolio(self, checked: bool) -> None:
        if checked:
            self.show_portfolio()
        else:
            self.show_accounts()

    def open_account(self, account_id: str, tab: str = "profile") -> None:
        """Show ``account_id`` in the account view (from the portfolio, the matrix …)."""
        self.show_accounts()
        if self.navigator.select(account_id) and self.view is not None:
            self.view.set_current_key(tab)

    # -- import / export -------------------------------------------------------------------

    def import_file(self) -> None:
        from kamdesk.domain.errors import KamdeskError
        from kamdesk.services import bundles
        from kamdesk.ui.undo import Call

        if self.ctx.ws is None:
            return
        path = Dialogs.open_file(
            self,
            self.tr("Import"),
            self.tr(
                "Everything kamdesk imports (*.json *.csv *.xlsx);;kamdesk bundle (*.json);;"
                "Account list from a CRM or Excel (*.csv *.xlsx);;All files (*)"
            ),
        )
        if not path:
            return
        if Path(path).suffix.lower() in (".csv", ".xlsx"):
            self.import_accounts(Path(path))
            return
        ws = self.ctx.ws
        try:
            parsed = bundles.bundle.parse(bundles.bundle.read(Path(path)), path)
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Import"), str(error))
            return
        result: list[list[str]] = []
        snapshots: list = []  # type: ignore[type-arg]

        def do() -> None:
            if snapshots:  # redo: put back exactly what the first import wrote
                from kamdesk.services import records

                for snap in snapshots:
                    records.restore(ws, snap)
                return
            imported = bundles.import_parsed(ws, parsed, as_copy=True)
            result.append(imported.account_ids)

        def undo() -> None:
            from kamdesk.services import records

            snapshots.clear()
            for account_id in result[0]:
                snapshots.append(records.delete_row(ws, "account", account_id))

        if self.ctx.push(Call(self.ctx, self.tr("Import %1").replace("%1", Path(path).name), do, undo)):
            self._reload_accounts()
            if result and result[0]:
                self.navigator.select(result[0][0])
            self.statusBar().showMessage(self.tr("Imported %n account(s).", "", len(result[0])), 6000)

    def import_accounts(self, path: Path) -> None:
        """Accounts from a CRM/Excel list, through the column-mapping preview; one undo step."""
        from kamdesk.domain.errors import KamdeskError
        from kamdesk.services import account_import, records
        from kamdesk.ui.account_import_dialog import AccountImportDialog
        from kamdesk.ui.undo import Call

        ws = self.ctx.ws
        if ws is None:
            return
        try:
            table = account_import.read(path)
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Import accounts"), str(error))
            return
        dialog = AccountImportDialog(ws, table, self)
        try:
            if not Dialogs.account_import(dialog) or dialog.plan is None:
                return
            planned, skip = dialog.plan, dialog.skip_problems()
        finally:
            dialog.deleteLater()
        created: list[str] = []
        snapshots: list[records.Snapshot] = []

        def do() -> None:
            if snapshots:  # redo: the very same accounts again
                with ws.write() as tx:
                    for snapshot in snapshots:
                        records.restore_in(tx, snapshot)
                return
            created.extend(account_import.apply(ws, planned, skip_problems=skip).account_ids)

        def undo() -> None:
            snapshots.clear()
            with ws.write() as tx:
                snapshots.extend(records.delete_row_in(tx, "account", account_id) for account_id in created)

        if self.ctx.push(Call(self.ctx, self.tr("Import %1").replace("%1", path.name), do, undo)):
            self._reload_accounts()
            if created:
                self.navigator.select(created[0])
            self.statusBar().showMessage(self.tr("Imported %n account(s).", "", len(created)), 6000)

    def export_bundle(self) -> None:
        from kamdesk.domain.errors import KamdeskError
        from kamdesk.services import bundles

        if self.ctx.ws is None:
            return
        path = Dialogs.save_file(
            self, self.tr("Export accounts"), self.tr("kamdesk bundle (*.json)"), "kamdesk-accounts.json"
        )
        if not path:
            return
        try:
            count = bundles.export(self.ctx.ws, Path(path))
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Export accounts"), str(error))
            return
        self.statusBar().showMessage(self.tr("Exported %n account(s) to %1.", "", count).replace("%1", path), 6000)

    def open_service_matrix(self) -> None:
        from kamdesk.ui.service_matrix.window import show_matrix

        if self.ctx.ws is not None:
            show_matrix(self.ctx, self)

    def export_plan(self) -> None:
        from kamdesk.ui.plan_export import export_plan

        export_plan(self)

    # -- settings, about -------------------------------------------------------------------

    def open_settings(self) -> None:
        from kamdesk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self, self.ctx).exec()

    def about(self) -> None:
        from kamdesk.ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- reactions -------------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == "account" for c in changes):
            self._reload_accounts()
        if self.view:
            self.view.on_changes(changes)
        if self.portfolio:
            self.portfolio.on_changes(changes)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Saved."), 2000)

    def _on_focus_requested(self, account_id: str, tab: str) -> None:
        if self.view is None:
            return
        if tab.startswith("portfolio"):
            self.show_portfolio(tab.partition(":")[2] or "")
            return
        if account_id != self.current_account_id() and any(r.id == account_id for r in self.navigator.model.rows):
            self.navigator.select(account_id)
        if tab:
            self.view.set_current_key(tab)

    def apply_customer_safe(self, on: bool) -> None:
        """Hide (or show again) what the customer must not see: internal fields on every tab, the
        list of other customers, the workspace's file name."""
        self.navigator.setVisible(not on)
        self.location_label.setVisible(not on)
        if on:
            self.show_accounts()  # the portfolio is other customers and judgements: never shown then
        self.portfolio_action.setEnabled(self.ctx.ws is not None and not on)
        if self.view:
            self.view.set_customer_safe(on)
        self._update_title()
        self._update_actions()

    def _step_tab(self, step: int) -> None:
        if self.view:
            tabs = self.view.tabs
            tabs.setCurrentIndex((tabs.currentIndex() + step) % max(1, tabs.count()))

    def _update_actions(self) -> None:
        row = self._current_summary() if self.view else None
        writable = self.ctx.writable
        for action in (self.rename_account_action, self.archive_account_action, self.delete_account_action):
            action.setEnabled(row is not None and writable)
        for action in (self.new_account_action, self.import_action):
            action.setEnabled(writable)
        # In front of the customer nothing may bring other accounts into view (another workspace,
        # imported accounts): those wait until the customer-safe view is off.
        safe = self.ctx.customer_safe
        self.import_action.setEnabled(writable and not safe)
        for action in (self.open_workspace_action, self.new_workspace_action, self.recent_menu.menuAction()):
            action.setEnabled(not safe)
        opened = self.ctx.ws is not None or self.ctx.opening is not None
        self.export_bundle_action.setEnabled(opened)
        self.service_matrix_action.setEnabled(opened and not self.ctx.customer_safe)
        self.portfolio_action.setEnabled(opened and not self.ctx.customer_safe)
        self.export_plan_action.setEnabled(row is not None)
        self.archive_account_action.setText(
            self.tr("Restore from &Archive") if row is not None and row.archived else self.tr("&Archive")
        )

    def _update_title(self) -> None:
        ws = self.ctx.ws
        name = (ws.path.stem if ws and ws.path else ws.location) if ws and not self.ctx.customer_safe else ""
        self.setWindowTitle(f"{name} — kamdesk" if name else "kamdesk")

    def _commit_pending(self) -> None:
        if self.view:
            self.view.commit_pending()

    # -- layout ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.get(settings.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        show = settings.get(settings.SHOW_ARCHIVED)
        self.show_archived_action.setChecked(show)
        self.navigator.proxy.set_show_archived(show)

    def _default_geometry(self) -> None:
        """First start: a generous window, centred, never larger than the screen."""
        screen = QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        width = min(1440, int(area.width() * 0.9))
        height = min(900, int(area.height() * 0.9))
        self.setGeometry(
            area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height
        )

    def save_layout(self) -> None:
        if not self.remember_layout:
            return
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.SPLITTER_STATE, self.splitter.saveState())
        if self.view:
            settings.put(settings.LAST_TAB, self.view.current_key())
        settings.store().sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._commit_pending()  # an edit on the first screen opens its workspace to be saved
        self.ctx.opening = None  # nothing else needs it now
        self.save_layout()
        self.ctx.set_workspace(None)
        super().closeEvent(event)


class FirstPaint(QObject):
    """Calls ``callback`` once the window has painted for the first time (or after ``fallback_ms``,
    should no paint come, e.g. when started minimised)."""

    def __init__(self, window: QWidget, callback: object, fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self.callback = callback
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            self.parent().removeEventFilter(self)
            self.callback()  # type: ignore[operator]


class StartupProbe(QObject):
    """Prints when the window first painted, when the account shown had painted (ready), and
    when the workspace had opened behind it (loaded); then quits (for ``bench/`` and tests)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def mark(self, what: str) -> None:
        print(f"{what} {time.time():.6f}", flush=True)
        if what == "loaded":
            QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        # End-to-end tests ask for a grab of the real screen (the X server's framebuffer).
        target = os.environ.get("KAMDESK_STARTUP_SCREENSHOT")
        if target:
            QApplication.processEvents()
            screen = self.window.screen()
            screen.grabWindow(0).save(target, "PNG")
        self.window.close()
        QApplication.quit()


def wants_probe() -> bool:
    return bool(os.environ.get("KAMDESK_STARTUP_PROBE"))


__all__ = ["MainWindow", "QIcon", "StartupProbe", "wants_probe"]
