"""Editing and painting the account's received services: drop-downs for how often and how
billed (saved as soon as one is picked), typed numbers for quantity and value, the group's
entitlement drawn as the matrix draws it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kamdesk.ui.service_matrix.look import mode_at, paint_mode
from kamdesk.ui.tabs.services_model import CHOICES_ROLE, NOTE, QUANTITY, UNIT_VALUE

Index = QModelIndex | QPersistentModelIndex


class ReceivedDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        mode = mode_at(index)
        if mode is None:
            super().paint(painter, option, index)
            return
        painter.fillRect(option.rect, option.palette.base())
        paint_mode(painter, option.rect.adjusted(2, 2, -2, -2), mode, str(index.data()), font=option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 30))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        choices = index.data(CHOICES_ROLE)
        if choices:
            combo = QComboBox(parent)
            for label, value in choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i: self._finish(combo))
            return combo
        line = QLineEdit(parent)
        line.setFrame(False)
        if index.column() in (QUANTITY, UNIT_VALUE):
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
        if index.column() == UNIT_VALUE:
            line.setPlaceholderText(self.tr("catalogue value"))
        if index.column() == NOTE:
            line.setPlaceholderText(self.tr("internal note"))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
            return
        assert isinstance(editor, QLineEdit)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
