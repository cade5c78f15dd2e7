"""An editable table of plan records: each cell edit is one undoable ``SetFields`` command.

Columns are declared (field, header, kind); the delegate picks the editor from the kind (text,
date, choice, team member …), and the model turns an accepted edit into a command. Rows are
the domain records as loaded; after a change the page reloads from the workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kamdesk.domain import formats
from kamdesk.domain import plan as plan_rules
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.labels import LabelledEnum
from kamdesk.ui.context import AppContext
from kamdesk.ui.editors import date_display_format
from kamdesk.ui.undo import SetFields

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)
OVERDUE = QColor("#b42318")
OVERDUE_FILL = QColor("#fdecea")
MUTED = QColor("#6b7280")
INTERNAL = QColor("#9a5b00")  # internal rows: never in the customer edition


@dataclass
class Column:
    field: str
    header: Callable[[], str]
    kind: str = "text"  # text | date | choice | member | goal | money | percent
    width: int = 120
    #: for choice columns: the enum whose members are offered
    choices: type[LabelledEnum] | None = None
    #: display text of a record in this column (default: the field, formatted by kind)
    display: Callable[[Any], str] | None = None
    editable: bool = True
    tooltip: Callable[[], str] | None = None
    stretch: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class RecordModel(QAbstractTableModel):
    """Records of one table as rows; edits become undo commands."""

    def __init__(self, ctx: AppContext, table: str, columns: Sequence[Column], tab: str, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx, self.table, self.columns, self.tab = ctx, table, list(columns), tab
        self.rows: list[Any] = []
        self.account_id: str | None = None
        self.members: list[tuple[str, str]] = []  # (id, name)
        self.goals: list[tuple[str, str]] = []  # (id, title)
        #: row → True when it should be shown as overdue / done (muted)
        self.row_state: Callable[[Any], str] = lambda record: ""
        self.describe: Callable[[str], str] = lambda label: label

    def set_rows(self, rows: Sequence[Any], account_id: str | None) -> None:
        self.beginResetModel()
        self.rows, self.account_id = list(rows), account_id
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == record_id), -1)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header()
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tooltip()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable and self.ctx.writable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        value = getattr(record, column.field, None)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record) if column.display else self.text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = column.display(record) if column.display else self.text(column, value)
            return shown if shown and len(shown) > 30 else None
        state = self.row_state(record)
        internal = bool(getattr(record, "internal", False))
        if internal and column.field == "title":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(INTERNAL)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "overdue" and column.kind == "date":
                return QBrush(OVERDUE)
            if state == "done":
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and state == "overdue":
            return QBrush(OVERDUE_FILL)
        if role == Qt.ItemDataRole.FontRole and state == "overdue" and column.kind == "date":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        kind = column.kind
        if kind == "date":
            return formats.format_date(value)
        if kind == "choice":
            return value.label if isinstance(value, LabelledEnum) else str(value)
        if kind == "member":
            return dict(self.members).get(value, "")
        if kind == "goal":
            return dict(self.goals).get(value, "")
        if kind == "money":
            return formats.format_money(value, "EUR")
        if kind == "percent":
            return formats.format_percent(value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record, column = self.rows[index.row()], self.columns[index.column()]
        old = getattr(record, column.field, None)
        old_stored = old.value if isinstance(old, LabelledEnum) else old
        new = value.strip() if isinstance(value, str) and column.kind == "text" else value
        new = _cleaned(column.kind, new)
        if new == old_stored or (new == "" and old_stored is None):
            return False
        command = SetFields(
            self.ctx,
            self.table,
            record.id,
            {column.field: old_stored},
            {column.field: new},
            self.describe(column.header()),
            account_id=self.account_id,
            tab=self.tab,
        )
        return self.ctx.push(command)


def _cleaned(kind: str, value: Any) -> Any:
    """Amounts and percentages as the service will store them (so "€12,500" is no change);
    anything unreadable is passed on for the service to refuse with its message."""
    cleaner = {"money": plan_rules.clean_money, "percent": plan_rules.clean_probability}.get(kind)
    if cleaner is None:
        return value
    try:
        return cleaner(value)
    except KamdeskError:
        return value


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind; a date can be cleared (shown as "—")."""

    def __init__(self, model: RecordModel, parent: QObject) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = self.model.columns[index.column()]
        if column.kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText("—")
            editor.setDisplayFormat(date_display_format())
            return editor
        if column.kind in ("choice", "member", "goal"):
            combo = QComboBox(parent)
            for value, label in self.options(column):
                combo.addItem(label, value)
            return combo
        return QLineEdit(parent)

    def options(self, column: Column) -> list[tuple[Any, str]]:
        if column.kind == "choice" and column.choices is not None:
            return [(member.value, member.label) for member in column.choices]
        empty = [(None, "—")]
        if column.kind == "member":
            return empty + list(self.model.members)
        if column.kind == "goal":
            return empty + list(self.model.goals)
        return []

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif isinstance(editor, QComboBox):
            stored = value.value if isinstance(value, LabelledEnum) else value
            editor.setCurrentIndex(max(0, editor.findData(stored)))
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QDateEdit):
            chosen = editor.date()
            value: Any = None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:  # pragma: no cover
            return
        model.setData(index, value)
