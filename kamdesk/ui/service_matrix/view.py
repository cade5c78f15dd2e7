"""The matrix table: keyboard first (1–5 set the mode of every selected cell, Delete clears,
Enter edits), rows and group columns reordered by dragging their headers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kamdesk.domain.service_matrix import ServiceMode
from kamdesk.ui.service_matrix.delegate import MatrixDelegate
from kamdesk.ui.service_matrix.model import COST, FIXED_COLUMNS, NAME, UNIT, VALUE, ServiceMatrixModel

#: number keys → modes, in legend order
MODE_KEYS = {
    Qt.Key.Key_1: ServiceMode.FREE,
    Qt.Key.Key_2: ServiceMode.WAIVED,
    Qt.Key.Key_3: ServiceMode.CHARGED,
    Qt.Key.Key_4: ServiceMode.ON_REQUEST,
    Qt.Key.Key_5: ServiceMode.NOT_OFFERED,
}
WIDTHS = {NAME: 240, 1: 150, UNIT: 90, VALUE: 96, COST: 120}
GROUP_WIDTH = 92
#: line height of the standard font (widths above are for it)
BASE_LINE = 17


class MatrixTable(QTableView):
    #: the user dragged a row header: (from row, to row)
    row_dragged = Signal(int, int)
    #: the user dragged a group column header: (from column, to column)
    column_dragged = Signal(int, int)

    def __init__(self, model: ServiceMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_matrix_table")
        self.matrix_model = model
        self.setModel(model)
        self.setItemDelegate(MatrixDelegate(model, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(32)
        rows.setSectionsMovable(True)
        rows.sectionMoved.connect(self._on_row_moved)
        columns = self.horizontalHeader()
        columns.setSectionsMovable(True)
        columns.setHighlightSections(True)
        columns.setMinimumSectionSize(60)
        columns.sectionMoved.connect(self._on_column_moved)
        model.modelReset.connect(self.apply_widths)
        self._undoing_move = False

    def apply_widths(self) -> None:
        """Standard widths; the service's name takes whatever room the window has to spare."""
        header = self.horizontalHeader()
        count = self.matrix_model.columnCount()
        if not count:
            return
        scale = max(1.0, self.fontMetrics().height() / BASE_LINE)  # larger type, wider columns
        self.verticalHeader().setDefaultSectionSize(round(32 * scale))
        widths = {column: round(width * scale) for column, width in WIDTHS.items()}
        group_width = round(GROUP_WIDTH * scale)
        groups = count - FIXED_COLUMNS
        spare = max(0, self.viewport().width() - 2 - sum(widths.values()) - groups * group_width)
        name = widths[NAME] + min(spare, widths[NAME])  # first the name, up to twice its width …
        group = group_width + min((spare - (name - widths[NAME])) // max(groups, 1), 48)  # … then the chips
        for column in range(count):
            header.resizeSection(column, name if column == NAME else widths.get(column, group))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.apply_widths()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.apply_widths()

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if self.state() != QAbstractItemView.State.EditingState and plain:
            cells = self.selected_cells()
            if cells and key in MODE_KEYS:
                self.matrix_model.set_modes(cells, MODE_KEYS[key])
                return
            if cells and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.matrix_model.set_modes(cells, ServiceMode.NOT_OFFERED)
                return
        super().keyPressEvent(event)

    def selected_cells(self) -> list[QModelIndex | QPersistentModelIndex]:
        """The selected matrix cells (not the catalogue's own columns), top-left first."""
        found = [i for i in self.selectedIndexes() if i.column() >= FIXED_COLUMNS]
        if not found and self.currentIndex().isValid() and self.currentIndex().column() >= FIXED_COLUMNS:
            found = [self.currentIndex()]
        return sorted(found, key=lambda i: (i.row(), i.column()))

    # -- reordering by dragging headers ------------------------------------------------------

    def _on_row_moved(self, logical: int, old_visual: int, new_visual: int) -> None:
        if self._undoing_move:
            return
        self._put_back(self.verticalHeader(), new_visual, old_visual)
        self.row_dragged.emit(old_visual, new_visual)

    def _on_column_moved(self, logical: int, old_visual: int, new_visual: int) -> None:
        if self._undoing_move:
            return
        self._put_back(self.horizontalHeader(), new_visual, old_visual)
        if old_visual >= FIXED_COLUMNS and new_visual >= FIXED_COLUMNS:
            self.column_dragged.emit(old_visual, new_visual)

    def _put_back(self, header: QHeaderView, at: int, to: int) -> None:
        """The model owns the order: undo the header's own move, the model's reload shows the new one."""
        self._undoing_move = True
        try:
            header.moveSection(at, to)
        finally:
            self._undoing_move = False
