"""Workspace → Service Matrix…: the company-wide catalogue and what each customer group gets.

A window of its own rather than part of an account's tab: the matrix is the company's policy for
every account, edited by whoever owns the key-account programme, and it needs the full width
(services × groups). The account's tab shows that account's side of it and opens this window on
its group's column.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from kamdesk.domain.account import unique_name
from kamdesk.domain.errors import KamdeskError
from kamdesk.services import ordering, service_matrix
from kamdesk.services.workspace import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.service_matrix.commands import ApplyState, MatrixCommand, Reorder
from kamdesk.ui.service_matrix.details import GroupDetails, ServiceDetails
from kamdesk.ui.service_matrix.legend import LegendBar
from kamdesk.ui.service_matrix.model import FIXED_COLUMNS, NAME, ServiceMatrixModel
from kamdesk.ui.service_matrix.view import MatrixTable
from kamdesk.ui.undo import DeleteRow, InsertRow


class ServiceMatrixWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("service_matrix_window")
        self.ctx = ctx
        self.model = ServiceMatrixModel(ctx, self)
        self.table = MatrixTable(self.model)
        self.legend = LegendBar()
        self.service_details = ServiceDetails(ctx)
        self.group_details = GroupDetails(ctx)
        self.empty = QLabel(objectName="empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        details = QHBoxLayout()
        details.setContentsMargins(10, 0, 10, 6)
        details.addWidget(self.service_details, 1)
        details.addWidget(self.group_details, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(details)
        self.setCentralWidget(central)
        self.keys_hint = QLabel(objectName="matrix_keys_hint")
        self.counts = QLabel(objectName="matrix_counts")
        self.statusBar().addPermanentWidget(self.keys_hint)
        self.statusBar().addPermanentWidget(self.counts)
        for panel in (self.service_details, self.group_details):
            panel.setMaximumHeight(200)

        self._create_actions()
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.row_dragged.connect(lambda a, b: self._move_service(a, b))
        self.table.column_dragged.connect(lambda a, b: self._move_group(a - FIXED_COLUMNS, b - FIXED_COLUMNS))
        self.group_details.move_left.clicked.connect(lambda: self._step_group(-1))
        self.group_details.move_right.clicked.connect(lambda: self._step_group(1))
        self.group_details.delete.clicked.connect(self.delete_group)
        ctx.changed.connect(self._on_changes)
        ctx.workspace_changed.connect(self.reload)
        ctx.customer_safe_changed.connect(lambda on: self.hide() if on else None)  # all of it is internal
        ctx.undo_stack.indexChanged.connect(self._on_undo_index)
        self._undo_index = ctx.undo_stack.index()
        self.resize(1280, 720)
        self.retranslate()
        self.reload()

    # -- actions -----------------------------------------------------------------------------

    def _action(self, name: str, slot: object, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.add_service_action = self._action("matrix_add_service", self.add_service, "Ctrl+N")
        self.delete_service_action = self._action("matrix_delete_service", self.delete_service, "Ctrl+Del")
        self.move_up_action = self._action("matrix_move_up", lambda: self._step_service(-1), "Alt+Up")
        self.move_down_action = self._action("matrix_move_down", lambda: self._step_service(1), "Alt+Down")
        self.add_group_action = self._action("matrix_add_group", self.add_group, "Ctrl+Shift+N")
        self.export_action = self._action("matrix_export", self.export_xlsx, "Ctrl+E")
        self.import_action = self._action("matrix_import", self.import_xlsx, "Ctrl+I")
        self.close_action = self._action("matrix_close", self.close, QKeySequence.StandardKey.Close)
        self.undo_action = self.ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self.toolbar = QToolBar(objectName="matrix_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_service_action, self.delete_service_action, self.move_up_action, self.move_down_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.add_group_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        ws = self.ctx.ws
        where = (ws.path.stem if ws.path else ws.location) if ws else ""
        self.setWindowTitle(self.tr("Service Matrix — %1").replace("%1", where) if where else self.tr("Service Matrix"))
        self.add_service_action.setText(self.tr("+ Service"))
        self.add_service_action.setToolTip(self.tr("Add a service to the catalogue (Ctrl+N)"))
        self.delete_service_action.setText(self.tr("Delete Service…"))
        self.delete_service_action.setToolTip(self.tr("Delete the current service from the catalogue (Ctrl+Del)"))
        self.move_up_action.setText(self.tr("▲ Up"))
        self.move_up_action.setToolTip(self.tr("Move the service up (Alt+Up)"))
        self.move_down_action.setText(self.tr("▼ Down"))
        self.move_down_action.setToolTip(self.tr("Move the service down (Alt+Down)"))
        self.add_group_action.setText(self.tr("+ Customer Group"))
        self.add_group_action.setToolTip(self.tr("Add a customer group as a new column (Ctrl+Shift+N)"))
        self.export_action.setText(self.tr("Export to Excel…"))
        self.export_action.setToolTip(self.tr("Write the matrix to an .xlsx workbook (Ctrl+E)"))
        self.import_action.setText(self.tr("Import from Excel…"))
        self.import_action.setToolTip(self.tr("Update the matrix from an edited workbook, all or nothing (Ctrl+I)"))
        self.keys_hint.setText(self.tr("Keys 1–5 set the selected cells · Enter: mode and price ·"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.empty.setText(
            self.tr("The catalogue is empty.\n\nAdd the services you offer key accounts with “+ Service” (Ctrl+N).")
        )
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------

    def reload(self) -> None:
        current = self._current_ids()
        self.model.reload()
        self.retranslate()
        self._select(*current)
        self._after_reload()

    def _after_reload(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        writable = self.ctx.writable
        for action in (self.add_service_action, self.add_group_action, self.import_action):
            action.setEnabled(writable)
        for action in (self.delete_service_action, self.move_up_action, self.move_down_action):
            action.setEnabled(writable and has_rows)
        self.export_action.setEnabled(self.ctx.ws is not None)
        self._show_details()
        self._update_counts()

    def _update_counts(self) -> None:
        matrix = self.model.matrix
        self.counts.setText(
            self.tr("%n service(s)", "", len(matrix.services))
            + " × "
            + self.tr("%n customer group(s)", "", len(matrix.groups))
        )

    def focus_group(self, group_id: str) -> None:
        column = self.model.column_of(group_id)
        if column >= 0:
            row = max(0, self.table.currentIndex().row())
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.scrollTo(self.model.index(row, column))
            self.table.setFocus()

    def _current_ids(self) -> tuple[str | None, str | None]:
        index = self.table.currentIndex()
        service = self.model.service_at(index.row()) if index.isValid() else None
        group = self.model.group_at(index.column()) if index.isValid() else None
        return (service.id if service else None, group.id if group else None)

    def _select(self, service_id: str | None, group_id: str | None, column: int | None = None) -> None:
        row = self.model.row_of(service_id) if service_id else -1
        if column is None:
            column = self.model.column_of(group_id) if group_id else NAME
        if row < 0 and self.model.rowCount():
            row = min(max(self.table.currentIndex().row(), 0), self.model.rowCount() - 1)
        if row >= 0 and column >= 0:
            index = self.model.index(row, column)
            self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        self.service_details.show_service(self.model.service_at(index.row()) if index.isValid() else None)
        group = self.model.group_at(index.column()) if index.isValid() else None
        if group is None:  # on the catalogue's own columns: keep showing the last group (or the first)
            last = self.group_details.group
            group = self.model.matrix.group(last.id) if last else None
            group = group or (self.model.matrix.groups[0] if self.model.matrix.groups else None)
        self.group_details.show_group(group)

    def _on_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if tables & service_matrix.MATRIX_TABLES == {"service_entitlement"}:  # cells only: refresh just those
            self.model.refresh_cells({c.id for c in changes if c.table == "service_entitlement"})
            return
        if tables & service_matrix.MATRIX_TABLES:
            current, column = self._current_ids(), self.table.currentIndex().column()
            self.model.reload()
            if current != self._current_ids():  # rows or columns changed: find the cell again
                self._select(*current, column=None if current[1] else max(column, NAME))
            self._after_reload()

    def _on_undo_index(self, index: int) -> None:
        """Undo/redo of a matrix edit: show the cells it changed."""
        step = self.ctx.undo_stack.command(index if index < self._undo_index else index - 1)
        self._undo_index = index
        if isinstance(step, MatrixCommand) and step.targets and self.isVisible():
            service_id, group_id = step.targets[0]
            self._select(service_id, group_id or None)

    def commit_pending(self) -> None:
        self.service_details.binder.commit_all()
        self.group_details.binder.commit_all()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.commit_pending()
        super().closeEvent(event)

    # -- catalogue -----------------------------------------------------------------------------

    def add_service(self) -> None:
        if not self.ctx.writable:
            return
        ws = self.ctx.workspace()
        name = unique_name(self.tr("New service"), {s.name for s in self.model.matrix.services})
        command = InsertRow(
            self.ctx,
            "service",
            {"name": name, "position": ordering.next_position(ws, "service")},
            self.tr("New service “%1”").replace("%1", name),
        )
        if self.ctx.push(command):
            self._select(command.row_id, None, NAME)
            self.table.edit(self.table.currentIndex())
            self.statusBar().showMessage(self.tr("Service added — type its name."), 5000)

    def delete_service(self) -> None:
        service = self.model.service_at(self.table.currentIndex().row())
        if service is None or not self.ctx.writable:
            return
        receivers = service_matrix.receivers(self.ctx.workspace(), service.id)
        text = self.tr("Delete “%1” from the catalogue, with its cells for every customer group?").replace(
            "%1", service.name
        )
        if receivers:
            text += "\n\n" + self.tr("%n account(s) record that they receive it; those records go too.", "", receivers)
        text += "\n\n" + self.tr("Ctrl+Z brings it all back while kamdesk is open.")
        if not Dialogs.confirm(self, self.tr("Delete service"), text, self.tr("Delete")):
            return
        label = self.tr("Delete service “%1”").replace("%1", service.name)
        if self.ctx.push(DeleteRow(self.ctx, "service", service.id, label)):
            self.statusBar().showMessage(label + " — " + self.tr("Ctrl+Z undoes it."), 6000)

    def _step_service(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self._move_service(row, row + step)

    def _move_service(self, source: int, target: int) -> None:
        ids = [s.id for s in self.model.matrix.services]
        if not (0 <= source < len(ids) and 0 <= target < len(ids)) or source == target or not self.ctx.writable:
            return
        order = list(ids)
        moved = order.pop(source)
        order.insert(target, moved)
        name = self.model.matrix.services[source].name
        column = self.table.currentIndex().column()
        if self.ctx.push(Reorder(self.ctx, "service", ids, order, self.tr("Move “%1”").replace("%1", name))):
            self._select(moved, None, column if column >= 0 else NAME)

    # -- customer groups -----------------------------------------------------------------------

    def add_group(self) -> None:
        if not self.ctx.writable:
            return
        ws = self.ctx.workspace()
        code = service_matrix.unique_group_code(self.model.matrix, self.tr("Group"))
        command = InsertRow(
            self.ctx,
            "customer_group",
            {"code": code, "name": self.tr("New customer group"), "position": len(self.model.matrix.groups)},
            self.tr("New customer group “%1”").replace("%1", code),
        )
        if ws is not None and self.ctx.push(command):
            self._select(None, command.row_id)
            self.group_details.code.setFocus()
            self.group_details.code.selectAll()

    def delete_group(self) -> None:
        group = self.group_details.group
        if group is None or not self.ctx.writable:
            return
        text = self.tr(
            "Delete the customer group “%1” and its column?\n\n"
            "Accounts chosen for it fall back to their classification. Ctrl+Z brings it back."
        ).replace("%1", group.display_name)
        if not Dialogs.confirm(self, self.tr("Delete customer group"), text, self.tr("Delete")):
            return
        label = self.tr("Delete customer group “%1”").replace("%1", group.code)
        if self.ctx.push(DeleteRow(self.ctx, "customer_group", group.id, label)):
            self.group_details.show_group(None)
            self.statusBar().showMessage(label + " — " + self.tr("Ctrl+Z undoes it."), 6000)

    def _step_group(self, step: int) -> None:
        group = self.group_details.group
        if group is not None:
            n = self.model.column_of(group.id) - FIXED_COLUMNS
            self._move_group(n, n + step)

    def _move_group(self, source: int, target: int) -> None:
        ids = [g.id for g in self.model.matrix.groups]
        if not (0 <= source < len(ids) and 0 <= target < len(ids)) or source == target or not self.ctx.writable:
            return
        order = list(ids)
        moved = order.pop(source)
        order.insert(target, moved)
        code = self.model.matrix.groups[source].code
        service_id = self._current_ids()[0]
        if self.ctx.push(Reorder(self.ctx, "customer_group", ids, order, self.tr("Move “%1”").replace("%1", code))):
            self._select(service_id, moved)

    # -- Excel -----------------------------------------------------------------------------------

    def export_xlsx(self) -> None:
        from kamdesk.services import service_matrix_files

        if self.ctx.ws is None:
            return
        path = Dialogs.save_file(
            self, self.tr("Export service matrix"), self.tr("Excel workbook (*.xlsx)"), "service-matrix.xlsx"
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            count = service_matrix_files.export_xlsx(self.ctx.ws, Path(path))
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Export service matrix"), str(error))
            return
        self.statusBar().showMessage(self.tr("%n service(s) written to %1.", "", count).replace("%1", path), 6000)

    def import_xlsx(self) -> None:
        from kamdesk.services import service_matrix_files

        if not self.ctx.writable:
            return
        path = Dialogs.open_file(self, self.tr("Import service matrix"), self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            result = service_matrix_files.read_xlsx(self.ctx.workspace(), Path(path))
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Import service matrix"), str(error))
            return
        if not (result.changed_cells or result.changed_services):
            self.statusBar().showMessage(self.tr("%1: nothing to change.").replace("%1", Path(path).name), 6000)
            return
        text = self.tr("Import %1").replace("%1", Path(path).name)
        if self.ctx.push(ApplyState(self.ctx, result.before, result.after, text)):
            self.statusBar().showMessage(
                self.tr("Imported: %1 cell(s) and %2 service(s) changed — Ctrl+Z undoes it.")
                .replace("%1", str(result.changed_cells))
                .replace("%2", str(result.changed_services)),
                8000,
            )


def show_matrix(ctx: AppContext, owner: QWidget, group_id: str | None = None) -> ServiceMatrixWindow | None:
    """Open (or bring to the front) the one matrix window of ``owner``'s top-level window; not in
    the customer-safe view (the matrix is our internal service policy, with internal costs)."""
    if ctx.customer_safe:
        ctx.message.emit(
            QCoreApplication.translate(
                "ServiceMatrixWindow", "The service matrix is internal: not in the customer-safe view."
            )
        )
        return None
    top = owner.window()
    window = top.findChild(ServiceMatrixWindow)
    if window is None:
        window = ServiceMatrixWindow(ctx, top)
    window.show()
    window.raise_()
    window.activateWindow()
    if group_id:
        window.focus_group(group_id)
    return window
