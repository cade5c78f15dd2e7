"""The coverage matrix for large accounts, where lines would be spaghetti: contacts × our team
as a heat map of relationship levels; a cell is edited in place (empty = no link)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from kamdesk.domain.board import RANKS, Board, CoverageLink, RelationshipLevel, display_name
from kamdesk.ui.tabs.relations import look

Index = QModelIndex | QPersistentModelIndex


class CoverageMatrixModel(QAbstractTableModel):
    #: contact id, team member id, new level value or None (remove the link)
    level_edited = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.contacts: list[Any] = []
        self.links: dict[tuple[str, str], CoverageLink] = {}
        self.writable = False

    def show_board(self, board: Board, column_names: dict[object, str], writable: bool) -> None:
        self.beginResetModel()
        self.board, self.writable = board, writable
        order = {key: n for n, key in enumerate(column_names)}
        self.contacts = sorted(
            board.contacts,
            key=lambda c: (RANKS.index(c.rank), order.get(c.column_id, len(order)), c.position, c.name.casefold()),
        )
        self.column_names = column_names
        self.links = {(link.contact_id, link.member_id): link for link in board.links}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() or self.board is None else len(self.board.team)

    def link_at(self, index: Index) -> CoverageLink | None:
        assert self.board is not None
        return self.links.get((self.contacts[index.row()].id, self.board.team[index.column()].id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.board is None:
            return None
        link = self.link_at(index)
        level = link.level if link else None
        if role == Qt.ItemDataRole.DisplayRole:
            return level.label if level else ""
        if role == Qt.ItemDataRole.EditRole:
            return level.value if level else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(look.LEVEL_COLOR[level]) if level else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(look.level_text_color(level)) if level else None
        if role == Qt.ItemDataRole.ToolTipRole and link is not None:
            target = link.target.label if link.target else "—"
            return self.tr("Now: %1 · target: %2").replace("%1", link.level.label).replace("%2", target)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.board is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            member = self.board.team[section]
            return member.name if role == Qt.ItemDataRole.DisplayRole else f"{member.name}\n{member.function}"
        contact = self.contacts[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_name(contact)
        column = self.column_names.get(contact.column_id, "")
        return f"{contact.title}\n{column} · {contact.rank.label}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.writable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.board is None:
            return False
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.level_edited.emit(self.contacts[index.row()].id, self.board.team[index.column()].id, value)
        return True


class LevelDelegate(QStyledItemDelegate):
    """A combo box of levels (and 'no link') as the cell editor."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem(self.tr("— no link —"), None)
        for level in RelationshipLevel:
            combo.addItem(level.label, level.value)
        combo.activated.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CoverageMatrix(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relations_matrix")
        self.matrix = CoverageMatrixModel(self)
        self.setModel(self.matrix)
        self.setItemDelegate(LevelDelegate(self))
        self.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(128)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setAlternatingRowColors(False)
        self.setShowGrid(True)
