"""The matrix as a Qt table model: services are rows; the catalogue's fields, then one column per
customer group. Edits become undo commands; the model refreshes from the workspace's changes,
touching only the cells that changed (so 60 × 8 stays instant)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.money import clean_money, format_money
from kamdesk.domain.service_matrix import MODE_LOOK, CustomerGroup, Service, ServiceMatrix, ServiceMode
from kamdesk.services import service_matrix
from kamdesk.ui.context import AppContext
from kamdesk.ui.service_matrix.commands import SetCells
from kamdesk.ui.service_matrix.look import MODE_ROLE, cell_text
from kamdesk.ui.undo import SetFields

Index = QModelIndex | QPersistentModelIndex
PRICE_ROLE = Qt.ItemDataRole.UserRole + 2
MONEY_COLUMN_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, CATEGORY, UNIT, VALUE, COST = range(5)
FIXED_COLUMNS = 5
FIELDS = ("name", "category", "unit", "list_price", "internal_cost")
#: ``set_modes`` price argument: keep a charged cell's price
KEEP: Any = object()


class ServiceMatrixModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matrix = ServiceMatrix((), ())

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.ctx.ws is None:
            self.set_matrix(ServiceMatrix((), ()))
        else:
            self.set_matrix(service_matrix.load_matrix(self.ctx.ws))

    def refresh_cells(self, ids: set[str]) -> None:
        """Re-read only the cells with these ids (an edit of a few cells: no full reload)."""
        if self.ctx.ws is None:
            return
        cells = {key: cell for key, cell in self.matrix.cells.items() if cell.id not in ids}
        for cell in service_matrix.load_cells(self.ctx.ws, ids):
            cells[(cell.service_id, cell.group_id)] = cell
        self.set_matrix(ServiceMatrix(self.matrix.services, self.matrix.groups, cells))

    def set_matrix(self, matrix: ServiceMatrix) -> None:
        """Show ``matrix``: a reset if rows or columns changed, otherwise only changed cells repaint."""
        old = self.matrix
        if [s.id for s in old.services] != [s.id for s in matrix.services] or [g.id for g in old.groups] != [
            g.id for g in matrix.groups
        ]:
            self.beginResetModel()
            self.matrix = matrix
            self.endResetModel()
            return
        self.matrix = matrix
        for row, (before, after) in enumerate(zip(old.services, matrix.services, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, FIXED_COLUMNS - 1))
            for n, group in enumerate(matrix.groups):
                if old.cell(after.id, group.id) != matrix.cell(after.id, group.id):
                    cell = self.index(row, FIXED_COLUMNS + n)
                    self.dataChanged.emit(cell, cell)
        for n, (before_group, after_group) in enumerate(zip(old.groups, matrix.groups, strict=True)):
            if before_group != after_group:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, FIXED_COLUMNS + n, FIXED_COLUMNS + n)

    # -- lookups ---------------------------------------------------------------------------

    def service_at(self, row: int) -> Service | None:
        return self.matrix.services[row] if 0 <= row < len(self.matrix.services) else None

    def group_at(self, column: int) -> CustomerGroup | None:
        n = column - FIXED_COLUMNS
        return self.matrix.groups[n] if 0 <= n < len(self.matrix.groups) else None

    def row_of(self, service_id: str) -> int:
        return next((n for n, s in enumerate(self.matrix.services) if s.id == service_id), -1)

    def column_of(self, group_id: str) -> int:
        return next((FIXED_COLUMNS + n for n, g in enumerate(self.matrix.groups) if g.id == group_id), -1)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.matrix.services)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.matrix.groups)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Drag to reorder (or Alt+Up / Alt+Down)")
            return None
        group = self.group_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if group is not None:
                return group.code
            return (
                self.tr("Service"),
                self.tr("Category"),
                self.tr("Unit"),
                self.tr("Value / unit"),
                self.tr("Int. cost / unit"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if group is not None:
                lines = [f"<b>{escape(group.display_name)}</b> ({escape(group.code)})"]
                if group.display_description:
                    lines.append(escape(group.display_description))
                if group.classification is not None:
                    lines.append(
                        self.tr("Accounts classified as %1 belong to this group.").replace(
                            "%1", group.classification.label
                        )
                    )
                return "<br>".join(lines)
            if section == VALUE:
                return self.tr("What one unit is worth to the customer; the value statement shows it.")
            if section == COST:
                return self.tr("What one unit costs us. Internal: never shown to the customer.")
            if section == UNIT:
                return self.tr("What is counted, e.g. delivery, training day (empty: a flat service)")
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= VALUE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.ctx.writable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        service = self.matrix.services[index.row()]
        column = index.column()
        group = self.group_at(column)
        if group is not None:
            return self._cell_data(service, group, role)
        value = getattr(service, FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(value) if column in (VALUE, COST) else value
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else (format_money(value).replace("€", "").strip() if column >= VALUE else value)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and service.description:
            return f"<b>{escape(service.name)}</b><br>{escape(service.description)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == MONEY_COLUMN_ROLE:
            return column >= VALUE
        return None

    def _cell_data(self, service: Service, group: CustomerGroup, role: int) -> Any:
        cell = self.matrix.cell(service.id, group.id)
        mode = cell.mode if cell else ServiceMode.NOT_OFFERED
        price = cell.price if cell else None
        if role == MODE_ROLE:
            return mode
        if role == PRICE_ROLE:
            return price
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(mode, price)
        if role == Qt.ItemDataRole.ToolTipRole:
            terms = mode.label
            if mode is ServiceMode.CHARGED:
                shown = price if price is not None else service.list_price
                if shown is not None:
                    terms += " · " + format_money(shown) + ("" if price is not None else " " + self.tr("(list value)"))
            return (
                f"<b>{escape(service.name)}</b> — {escape(group.display_name)}<br>{escape(terms)}<br>"
                f"<i>{escape(mode.meaning)}</i>"
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            from PySide6.QtGui import QColor

            return QColor(MODE_LOOK[mode].fill)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.ctx.writable:
            return False
        group = self.group_at(index.column())
        if group is not None:
            mode, price = value
            if isinstance(price, str):  # as typed in the cell editor
                try:
                    price = clean_money(price, self.tr("The price"))
                except KamdeskError as error:
                    self.ctx.fail(self.tr("Edit service matrix"), str(error))
                    return False
            return self.set_modes([index], mode, price)
        return self._set_field(index.row(), index.column(), value)

    # -- edits -----------------------------------------------------------------------------

    def set_modes(self, indexes: list[QModelIndex] | list[Index], mode: ServiceMode, price: Any = KEEP) -> bool:
        """Set ``mode`` on every matrix cell among ``indexes``, as one undo step. With CHARGED,
        ``price`` sets the price (None: at the list value); ``KEEP`` keeps a charged cell's price."""
        before, after = [], []
        for index in indexes:
            service, group = self.service_at(index.row()), self.group_at(index.column())
            if service is None or group is None:
                continue
            old = service_matrix.cell_of(self.matrix, service.id, group.id)
            new_price = None
            if mode is ServiceMode.CHARGED:
                new_price = (old.price if old.mode is ServiceMode.CHARGED else None) if price is KEEP else price
            if (old.mode or ServiceMode.NOT_OFFERED, old.price) == (mode, new_price):
                continue
            before.append(old)
            after.append(service_matrix.cell_edit(self.matrix, service.id, group.id, mode, new_price))
        if not after:
            return False
        if len(after) == 1:
            service = self.matrix.service(after[0].service_id)
            group = self.matrix.group(after[0].group_id)
            assert service is not None
            assert group is not None
            text = (
                self.tr("Set “%1” for %2 to %3")
                .replace("%1", service.name)
                .replace("%2", group.code)
                .replace("%3", mode.label)
            )
        else:
            text = self.tr("Set %n cell(s) to %1", "", len(after)).replace("%1", mode.label)
        return self.ctx.push(SetCells(self.ctx, before, after, text))

    def _set_field(self, row: int, column: int, value: Any) -> bool:
        service = self.matrix.services[row]
        field = FIELDS[column]
        old = getattr(service, field)
        new: Any = str(value).strip() if value is not None else ""
        if column >= VALUE:
            try:
                new = clean_money(new, self.headerData(column, Qt.Orientation.Horizontal))
            except KamdeskError as error:
                self.ctx.fail(self.tr("Edit service"), str(error))
                return False
        if new == old:
            return False
        label = str(self.headerData(column, Qt.Orientation.Horizontal))
        text = self.tr("Edit %1 of “%2”").replace("%1", label).replace("%2", service.name)
        return self.ctx.push(SetFields(self.ctx, "service", service.id, {field: old}, {field: new}, text))
