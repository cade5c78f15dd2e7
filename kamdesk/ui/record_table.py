"""Tables of stored rows edited in place (team members, criteria, tiers, listing items).

``RecordTableModel`` shows rows of one table as the columns declare them; an edit in a cell
becomes an undoable ``SetFields`` command, saved at once. Reloading with the same rows updates
the cells in place, so the selection and the current cell survive every save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kamdesk.domain.dates import format_date
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.labels import LabelledEnum
from kamdesk.ui.context import AppContext
from kamdesk.ui.editors import DateEdit
from kamdesk.ui.undo import SetFields

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass
class Column:
    """One column: the stored ``field`` it edits (None for a computed column) and how."""

    field: str | None
    header: Callable[[], str]
    kind: str = "text"  # text | enum | date | int | number | bool | computed
    enum: type[LabelledEnum] | None = None
    optional: bool = False  # enum/int may be left empty
    minimum: int = 0
    maximum: int = 100
    editable: Callable[[Row], bool] | None = None  # None: always (if the field is set)
    display: Callable[[Row], str] | None = None
    tooltip: Callable[[Row], str] | None = None
    foreground: Callable[[Row], QColor | None] | None = None
    align_right: bool = False
    readonly: bool = False  # shown, never edited (and not dimmed)


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        ctx: AppContext,
        table: str,
        columns: list[Column],
        tab: str,
        row_label: Callable[[Row], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.table, self.columns, self.tab = ctx, table, columns, tab
        self.row_label = row_label
        self.rows: list[Row] = []
        self.account_id: str | None = None
        #: columns that show nothing at all (the customer-safe view blanks internal ones)
        self.blank_columns: set[int] = set()

    # -- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: list[Row], account_id: str | None = None) -> None:
        self.account_id = account_id
        if [r["id"] for r in rows] == [r["id"] for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, row_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r["id"] == row_id), -1)

    def refresh(self) -> None:
        """Recompute every cell (computed columns depend on more than the row)."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "" if section in self.blank_columns else self.columns[section].header()
        return None

    def set_blank_columns(self, columns: set[int]) -> None:
        self.blank_columns = set(columns)
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._editable(index):
            column = self.columns[index.column()]
            base |= Qt.ItemFlag.ItemIsUserCheckable if column.kind == "bool" else Qt.ItemFlag.ItemIsEditable
        return base

    def _editable(self, index: Index) -> bool:
        column = self.columns[index.column()]
        if column.field is None or column.kind == "computed" or column.readonly or not self.ctx.writable:
            return False
        return column.editable is None or column.editable(self.rows[index.row()])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() in self.blank_columns:
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.field) if column.field else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display:
                return column.display(row)
            if column.kind == "bool":
                return None
            return self._text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            if column.editable is not None and not column.editable(row):
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.foreground(row) if column.foreground else None
            if colour is not None:
                return QBrush(colour)
            if column.field and column.editable is not None and not column.editable(row):
                return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID_ROLE:
            return row["id"]
        return None

    @staticmethod
    def _text(column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "enum" and column.enum is not None:
            return column.enum(value).label
        if column.kind == "date":
            return format_date(value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not self._editable(index):
            return False
        column = self.columns[index.column()]
        assert column.field is not None
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str) and column.kind == "text":
            value = value.strip()
        row = self.rows[index.row()]
        old = row.get(column.field)
        if value == old or (value == "" and old is None):
            return False
        command = SetFields(
            self.ctx,
            self.table,
            row["id"],
            {column.field: old},
            {column.field: value},
            self.tr("Edit %1 of %2").replace("%1", column.header()).replace("%2", self.row_label(row)),
            account_id=self.account_id,
            tab=self.tab,
        )
        if not self.ctx.push(command):
            return False
        row[column.field] = command.new[column.field]
        self.dataChanged.emit(index, index)
        return True


class EditKeyFirst(QObject):
    """Lets a table have F2 (edit the cell) before a window-wide F2 shortcut (rename account)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and not event.modifiers()
        ):
            event.accept()
        return False


def keep_edit_key(view: QAbstractItemView) -> None:
    view.installEventFilter(EditKeyFirst(view))


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: a choice list for enums, a date field, a number box."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = self.model.columns[index.column()]
        if column.kind == "enum" and column.enum is not None:
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem("—", None)
            for member in column.enum:
                combo.addItem(member.label, member.value)
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        if column.kind == "date":
            return DateEdit(parent)
        if column.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(column.minimum, column.maximum)
            return spin
        if column.kind == "number":
            number = QDoubleSpinBox(parent)
            number.setRange(column.minimum, column.maximum)
            number.setDecimals(1)
            number.setSingleStep(5.0)
            return number
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateEdit):
            editor.set_field_value(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateEdit):
            try:
                model.setData(index, editor.field_value())
            except KamdeskError as error:
                self.model.ctx.fail(
                    self.tr("Edit %1").replace("%1", self.model.columns[index.column()].header()), str(error)
                )
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)
