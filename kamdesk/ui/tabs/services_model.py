"""The services an account receives, as a Qt table: how many, how often, at what value, billed
how — and, beside each, its group's entitlement and the check's finding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.money import clean_money, clean_quantity, format_money, format_number
from kamdesk.domain.service_check import CheckLine, CheckStatus
from kamdesk.domain.service_matrix import Billing, Frequency, ServiceMode
from kamdesk.services.service_matrix import AccountServices
from kamdesk.ui.context import AppContext
from kamdesk.ui.service_matrix.look import MODE_ROLE
from kamdesk.ui.undo import SetFields

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3  # [(label, value)] for combo-box columns

SERVICE, QUANTITY, FREQUENCY, UNIT_VALUE, BILLING, YEARLY, ENTITLEMENT, CHECK, NOTE = range(9)
EDITABLE = {QUANTITY: "quantity", FREQUENCY: "frequency", UNIT_VALUE: "unit_value", BILLING: "billing", NOTE: "note"}
INTERNAL_COLUMNS = (ENTITLEMENT, CHECK, NOTE)

STATUS_LOOK = {  # (glyph, background, ink)
    CheckStatus.WITHIN: ("✓", None, "#1b6e3a"),
    CheckStatus.BEYOND: ("⚠", "#fbe3e1", "#9b1c1c"),
    CheckStatus.CHARGED_INCLUDED: ("ℹ", "#fff4d6", "#7a5200"),
    CheckStatus.UNCHECKED: ("–", None, "#6b7280"),
    CheckStatus.UNUSED: ("○", None, "#2b3a55"),
}


class ReceivedServicesModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: AccountServices | None = None
        self.lines: tuple[CheckLine, ...] = ()

    def set_services(self, found: AccountServices | None) -> None:
        ids = [ln.received.id for ln in self.lines if ln.received]
        lines = found.check.lines if found else ()
        if ids == [ln.received.id for ln in lines if ln.received]:
            self.found, self.lines = found, lines
            if lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, NOTE))
            return
        self.beginResetModel()
        self.found, self.lines = found, lines
        self.endResetModel()

    def line(self, row: int) -> CheckLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def row_of(self, received_id: str) -> int:
        return next((n for n, ln in enumerate(self.lines) if ln.received and ln.received.id == received_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Service"),
                self.tr("Qty"),
                self.tr("How often"),
                self.tr("Value / unit"),
                self.tr("Billed"),
                self.tr("Value a year"),
                self.tr("Entitlement"),
                self.tr("Check"),
                self.tr("Internal note"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            group = self.found.group if self.found else None
            return {
                UNIT_VALUE: self.tr("Value of one unit for this account; empty: the catalogue's value"),
                YEARLY: self.tr("Quantity × times a year × value per unit"),
                ENTITLEMENT: self.tr("What the customer group %1 is entitled to (internal)").replace(
                    "%1", group.code if group else "–"
                ),
                CHECK: self.tr("Given beyond entitlement, and what it costs us a year (internal)"),
                NOTE: self.tr("Internal: never shown to the customer"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (QUANTITY, UNIT_VALUE, YEARLY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and self.ctx.writable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        item = line.received
        assert item is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == QUANTITY:
                return format_number(item.quantity)
            if column == UNIT_VALUE:
                return format_money(item.unit_value).replace("€", "").strip() if item.unit_value is not None else ""
            if column == FREQUENCY:
                return item.frequency.value
            if column == BILLING:
                return item.billing.value
            if column == NOTE:
                return item.note
            return None
        if role == CHOICES_ROLE:
            if column == FREQUENCY:
                return [(f.label, f.value) for f in Frequency]
            if column == BILLING:
                return [(b.label, b.value) for b in Billing]
            return None
        if role == MODE_ROLE and column == ENTITLEMENT and self.found and self.found.group:
            return line.mode
        if role == STATUS_ROLE and column == CHECK:
            return line.status
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == UNIT_VALUE and item.unit_value is None:
                return QColor("#6b7280")
            if column == CHECK:
                return QColor(STATUS_LOOK[line.status][2])
        if role == Qt.ItemDataRole.BackgroundRole and column == CHECK and STATUS_LOOK[line.status][1]:
            return QColor(STATUS_LOOK[line.status][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QUANTITY, UNIT_VALUE, YEARLY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, line: CheckLine, column: int) -> str:
        item = line.received
        assert item is not None
        if column == SERVICE:
            return line.service.name
        if column == QUANTITY:
            return format_number(item.quantity)
        if column == FREQUENCY:
            return item.frequency.label
        if column == UNIT_VALUE:
            return format_money(line.unit_value) if line.unit_value is not None else "—"
        if column == BILLING:  # the matrix's own words: free, waived, charged
            return ServiceMode(item.billing.value).short_label
        if column == YEARLY:
            return format_money(line.yearly_value) if line.yearly_value is not None else "—"
        if column == ENTITLEMENT:
            return line.mode.short_label if self.found and self.found.group else "–"
        if column == CHECK:
            glyph = STATUS_LOOK[line.status][0]
            if line.status is CheckStatus.BEYOND:
                cost = format_money(line.yearly_cost, whole=True) if line.yearly_cost is not None else "?"
                return f"{glyph} " + self.tr("Beyond · %1").replace("%1", cost)
            if line.status is CheckStatus.CHARGED_INCLUDED:
                return f"{glyph} " + self.tr("Charged, but included")
            if line.status is CheckStatus.UNCHECKED:
                return f"{glyph} " + self.tr("no group")
            return f"{glyph} " + self.tr("As entitled")
        if column == NOTE:
            return " ".join(item.note.split())
        return ""

    def _tooltip(self, line: CheckLine, column: int) -> str | None:
        if column == SERVICE and line.service.description:
            return line.service.description
        if column == QUANTITY and line.service.unit:
            return self.tr("How many: %1").replace("%1", line.service.unit)
        if column == UNIT_VALUE and line.received and line.received.unit_value is None:
            return self.tr("The catalogue's value per unit (type a value for this account)")
        if column == CHECK:
            if line.status is CheckStatus.BEYOND:
                basis = (
                    self.tr("at internal cost") if line.service.internal_cost is not None else self.tr("at its value")
                )
                return (
                    self.tr("Given at no charge although the group's entitlement is “%1”.")
                    .replace("%1", line.mode.label)
                    .rstrip()
                    + " "
                    + self.tr("Cost to us a year (%1): %2")
                    .replace("%1", basis)
                    .replace("%2", format_money(line.yearly_cost) if line.yearly_cost is not None else "?")
                )
            if line.status is CheckStatus.CHARGED_INCLUDED:
                return self.tr("The group gets this included (%1), yet it is charged.").replace("%1", line.mode.label)
            if line.status is CheckStatus.UNCHECKED:
                return self.tr("The account has no customer group: set its classification or choose a group.")
            return line.status.label
        if column == NOTE and line.received and line.received.note:
            return line.received.note
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        line = self.lines[index.row()]
        item = line.received
        assert item is not None
        assert self.found is not None
        field = EDITABLE[index.column()]
        old = getattr(item, field)
        old = old.value if hasattr(old, "value") else old
        label = str(self.headerData(index.column(), Qt.Orientation.Horizontal))
        try:
            if field == "quantity":
                new: Any = clean_quantity(str(value), self.tr("The quantity"))
            elif field == "unit_value":
                new = clean_money(str(value), self.tr("The value per unit"))
            else:
                new = str(value).strip() if field == "note" else value
        except KamdeskError as error:
            self.ctx.fail(self.tr("Edit %1").replace("%1", label), str(error))
            return False
        if new == old:
            return False
        text = self.tr("Edit %1 of “%2”").replace("%1", label).replace("%2", line.service.name)
        return self.ctx.push(
            SetFields(
                self.ctx,
                "received_service",
                item.id,
                {field: old},
                {field: new},
                text,
                self.found.account.id,
                "services",
            )
        )
