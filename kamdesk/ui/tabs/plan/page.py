"""What the plan's table pages share: a toolbar, the editable table, and a detail panel for the
selected row's long texts — every edit an undo step, every delete asked first and undoable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import sensitivity
from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.team import TeamMember
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.tabs.base import INTERNAL_PROPERTY, mark_internal
from kamdesk.ui.tabs.plan.table import Column, RecordDelegate, RecordModel
from kamdesk.ui.undo import DeleteRow, InsertRow
from kamdesk.ui.widgets import EmptyState, InternalBadge

TAB = "plan"
BASE_LINE = 17  # the table's line height in px at the normal text size
SHORT = 200  # columns narrower than this hold short values (dates, names, states): they grow with the text


class PlanTablePage(QWidget):
    """A table of one kind of plan record. Subclasses declare ``table``, the columns, how a new
    row starts, and fill the detail panel."""

    table = ""
    #: emitted with a short message for the status bar
    message = Signal(str)

    def __init__(self, ctx: AppContext, name: str, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.account_id: str | None = None
        self.customer_safe = False
        self.plan = AccountPlan()
        self.team: list[TeamMember] = []
        #: brings the page up to date at once if a reload is pending (set by the Plan tab)
        self.sync: Callable[[], None] = lambda: None
        self.model = RecordModel(ctx, self.table, columns, TAB, self)
        self.model.describe = lambda label: self.tr("Edit %1").replace("%1", label)
        self.view = QTableView(objectName=f"{name}_table")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(self.model, self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for n, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        self.add_button = QPushButton(objectName=f"{name}_add")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(objectName=f"{name}_delete")
        self.delete_button.clicked.connect(self.delete_current)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.addAction(self.add_action)
        self.view.addAction(self.delete_action)

        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addWidget(self.add_button)
        self.toolbar.addWidget(self.delete_button)
        self.toolbar.addStretch(0)
        self.summary = QLabel(objectName=f"{name}_summary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toolbar.addWidget(self.summary, 1)

        self.empty = EmptyState()
        self.empty.hide()
        self.detail = QWidget(objectName=f"{name}_detail")
        self.binder = FieldBinder(ctx, self.table, TAB, self)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.empty, 1)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(self.toolbar)
        layout.addWidget(splitter, 1)

    def _fit_columns(self) -> None:
        """Column widths and row height grow with the text (workshop mode: 125–200 %)."""
        scale = max(1.0, self.view.fontMetrics().height() / BASE_LINE)
        self.view.verticalHeader().setDefaultSectionSize(round(30 * scale))
        for n, column in enumerate(self.model.columns):
            if not column.stretch:  # long texts keep their width (they elide), short values grow
                grow = scale if column.width < SHORT else 1.0
                self.view.horizontalHeader().resizeSection(n, round(column.width * grow))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:  # the table's own font follows a moment later
            QTimer.singleShot(0, self._fit_columns)
        super().changeEvent(event)

    def standard_detail(self, flag: bool = True, extra: Sequence[tuple[QLabel, QWidget]] = ()) -> None:
        """The detail panel most pages use: extra fields, internal notes, "keep internal" flag."""
        form = QFormLayout(self.detail)
        form.setContentsMargins(0, 6, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for label, editor in extra:
            label.setBuddy(editor)
            form.addRow(label, editor)
        name = self.objectName()
        self.detail_internal = all(editor.property(INTERNAL_PROPERTY) for _label, editor in extra)
        self.notes_edit = QPlainTextEdit(objectName=f"{name}_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(44)
        self.binder.bind("notes", self.notes_edit, lambda: self.tr("Internal notes"))
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes_edit)
        mark_internal(self.notes_edit, self.notes_label)
        notes_box = QWidget()
        box = QVBoxLayout(notes_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.notes_label, 0, Qt.AlignmentFlag.AlignRight)
        badge = InternalBadge()
        mark_internal(badge)
        box.addWidget(badge, 0, Qt.AlignmentFlag.AlignRight)
        box.addStretch(1)
        form.addRow(notes_box, self.notes_edit)
        self.internal_check: QCheckBox | None = None
        if flag:
            self.internal_check = QCheckBox(objectName=f"{name}_internal")
            mark_internal(self.internal_check)
            self.binder.bind("internal", self.internal_check, lambda: self.tr("Keep internal"))
            form.addRow("", self.internal_check)

    def retranslate_detail(self) -> None:
        if hasattr(self, "notes_label"):
            self.notes_label.setText(self.tr("Internal &notes"))
            self.notes_edit.setPlaceholderText(self.tr("For the team only — never in the customer edition."))
        if getattr(self, "internal_check", None) is not None:
            self.internal_check.setText(self.tr("&Keep internal: leave this out of the customer edition"))

    def set_customer_safe(self, on: bool) -> None:
        """Hide the columns the sensitivity policy keeps internal (their values are blanked in
        the redacted plan the tab then shows), and the internal notes and flags."""
        for n, column in enumerate(self.model.columns):
            self.view.setColumnHidden(n, on and not sensitivity.is_shareable(self.table, column.field))
        self.customer_safe = on
        if getattr(self, "detail_internal", False):  # nothing in it for the customer: the table gets the room
            self.detail.setVisible(not on)

    # -- subclass hooks --------------------------------------------------------------------

    def records(self) -> list[Any]:
        raise NotImplementedError

    def new_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def detail_values(self, record: Any) -> dict[str, Any]:
        return {}

    def empty_text(self) -> str:
        return ""

    def noun(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a row (Ctrl+Shift+A)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected row (Del); Ctrl+Z brings it back"))
        self.empty.setText(self.empty_text())
        self.retranslate_detail()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    # -- showing ---------------------------------------------------------------------------

    def show_plan(self, account_id: str | None, plan: AccountPlan, team: list[TeamMember]) -> None:
        self.binder.commit_all()
        current = self.current()
        keep = current.id if current is not None and account_id == self.account_id else None
        self.account_id, self.plan, self.team = account_id, plan, team
        self.model.members = [(m.id, m.name) for m in team]
        self.model.goals = [(g.id, g.title) for g in plan.goals]
        self.model.set_rows(self.records(), account_id)
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.add_button.setEnabled(account_id is not None and self.ctx.writable)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif has_rows:
            self.view.selectRow(0)
        self._selection_changed()
        self.refresh_summary()

    def refresh_summary(self) -> None:
        """Subclasses show counts (e.g. "3 overdue") next to the toolbar."""

    def current(self) -> Any:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, record_id: str, column: int = 0) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _selection_changed(self) -> None:
        record = self.current()
        self.delete_button.setEnabled(record is not None and self.ctx.writable)
        self.binder.commit_all()
        self.binder.load(record.id if record else None, self.detail_values(record) if record else {}, self.account_id)
        self.detail.setEnabled(record is not None)

    # -- editing ---------------------------------------------------------------------------

    def add(self) -> None:
        if self.account_id is None or not self.ctx.writable:
            return
        values = {"account_id": self.account_id, **self.new_values()}
        command = InsertRow(
            self.ctx, self.table, values, self.tr("Add %1").replace("%1", self.noun()), self.account_id, TAB
        )
        if self.ctx.push(command):
            self.sync()
            self.select(command.row_id, 1 if self.model.columns[0].kind == "date" else 0)
            self.view.setFocus()
            title_column = next((n for n, c in enumerate(self.model.columns) if c.field in ("title",)), 0)
            self.view.edit(self.model.index(self.model.row_of(command.row_id), title_column))

    def delete_current(self) -> None:
        record = self.current()
        if record is None or not self.ctx.writable:
            return
        label = getattr(record, "title", "") or getattr(record, "subject", "") or self.noun()
        if not Dialogs.confirm(
            self,
            self.tr("Delete %1").replace("%1", self.noun()),
            self.tr("Delete “%1”?\n\nCtrl+Z brings it back.").replace("%1", str(label)),
            self.tr("Delete"),
        ):
            return
        text = self.tr("Delete “%1”").replace("%1", str(label))
        if self.ctx.push(DeleteRow(self.ctx, self.table, record.id, text, self.account_id, TAB)):
            self.message.emit(text + " — " + self.tr("Ctrl+Z undoes it."))

    def commit_pending(self) -> None:
        self.binder.commit_all()
