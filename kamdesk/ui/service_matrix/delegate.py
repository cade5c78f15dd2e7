"""Painting and editing the matrix's cells: mode chips for the group columns (with an editor of
mode and price), money and text editors for the catalogue's own columns."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kamdesk.domain.money import format_money
from kamdesk.domain.service_matrix import ServiceMode
from kamdesk.ui.service_matrix.look import mode_at, mode_icon, paint_mode_cached
from kamdesk.ui.service_matrix.model import CATEGORY, COST, VALUE, ServiceMatrixModel

Index = QModelIndex | QPersistentModelIndex


INTERNAL_INK = QColor("#9a5b00")


class EntitlementEditor(QWidget):
    """Mode (a list with swatches) and, for "charged", the price; picking any other mode is final."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entitlement_editor")
        self.setAutoFillBackground(True)
        self.combo = QComboBox(objectName="entitlement_mode")
        for mode in ServiceMode:
            self.combo.addItem(mode_icon(mode), mode.label, mode.value)
        self.price = QLineEdit(objectName="entitlement_price")
        self.price.setMaximumWidth(110)
        self.price.setToolTip(self.tr("Price per unit when charged; empty: the value per unit"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.price)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._sync)
        self.combo.activated.connect(self._on_activated)

    def set_value(self, mode: ServiceMode, price: object, list_value: object) -> None:
        self.combo.setCurrentIndex(self.combo.findData(mode.value))
        self.price.setText(format_money(price).replace("€", "").strip() if price is not None else "")  # type: ignore[arg-type]
        self.price.setPlaceholderText(format_money(list_value) if list_value is not None else self.tr("list value"))  # type: ignore[arg-type]
        self._sync()

    def mode(self) -> ServiceMode:
        return ServiceMode(self.combo.currentData())

    def _sync(self) -> None:
        self.price.setEnabled(self.mode() is ServiceMode.CHARGED)

    def _on_activated(self, _index: int) -> None:
        if self.mode() is ServiceMode.CHARGED:
            self.price.setFocus()
            self.price.selectAll()
        else:
            self.picked.emit()


class MatrixDelegate(QStyledItemDelegate):
    def __init__(self, model: ServiceMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        mode = mode_at(index)
        if mode is None:
            if index.column() == COST:
                option.palette.setColor(option.palette.ColorRole.Text, INTERNAL_INK)
            super().paint(painter, option, index)
            return
        painter.fillRect(option.rect, option.palette.base())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        paint_mode_cached(painter, option.rect, mode, str(index.data()), selected=selected, font=option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 84) if mode_at(index) is not None else size.width(), max(size.height(), 30))

    # -- editing ---------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        if mode_at(index) is not None:
            editor = EntitlementEditor(parent)
            editor.picked.connect(lambda: self._finish(editor))
            return editor
        line = QLineEdit(parent)
        line.setFrame(False)
        if index.column() == CATEGORY:
            from kamdesk.services import service_matrix

            completer = QCompleter(service_matrix.categories(self.model.matrix), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)
        if index.column() in (VALUE, COST):
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.setPlaceholderText(self.tr("not set"))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, EntitlementEditor):
            service, group = self.model.service_at(index.row()), self.model.group_at(index.column())
            cell = self.model.matrix.cell(service.id, group.id) if service and group else None
            editor.set_value(
                cell.mode if cell else ServiceMode.NOT_OFFERED,
                cell.price if cell else None,
                service.list_price if service else None,
            )
            return
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, EntitlementEditor):
            model.setData(index, (editor.mode(), editor.price.text()), Qt.ItemDataRole.EditRole)
            return
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        rect = QRect(option.rect)
        if isinstance(editor, EntitlementEditor):
            rect.setWidth(max(rect.width(), 300))
            rect.setHeight(max(rect.height(), editor.sizeHint().height()))
            parent = editor.parentWidget()
            if parent is not None and rect.right() > parent.width():
                rect.moveRight(parent.width() - 2)  # open leftwards at the right edge
        editor.setGeometry(rect)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
