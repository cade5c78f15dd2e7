"""Pieces of the services tab: the key-figure tiles and the table of received services (which
fits its columns to the room it has and to the type size, and hides what is internal)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.tabs.services_delegate import ReceivedDelegate
from kamdesk.ui.tabs.services_model import (
    BILLING,
    CHECK,
    ENTITLEMENT,
    FREQUENCY,
    NOTE,
    QUANTITY,
    SERVICE,
    UNIT_VALUE,
    YEARLY,
    ReceivedServicesModel,
)
from kamdesk.ui.widgets import InternalBadge

#: widths of the columns after the service's name; the name takes the rest (at least SERVICE_MIN),
#: and the internal note is shown when there is room for it
WIDTHS = {QUANTITY: 58, FREQUENCY: 86, UNIT_VALUE: 96, BILLING: 84, YEARLY: 100, ENTITLEMENT: 92, CHECK: 178}
SERVICE_MIN, NOTE_MIN = 200, 180
#: line height of the standard font: widths grow with the type (workshop mode)
BASE_LINE = 17

STYLE = """
QFrame#services_tile { border: 1px solid palette(midlight); border-radius: 6px; background: palette(base); }
QLabel#tile_caption { color: palette(mid); }
QFrame#services_tile[alert="true"] QLabel#tile_value { color: #9b1c1c; }
QLabel#shareable_badge {
    color: #1b6e3a; border: 1px solid #1b6e3a; border-radius: 7px; padding: 0px 6px; font-size: 8pt;
}
"""


class Tile(QFrame):
    """A key figure: a large value over a caption, optionally marked internal."""

    def __init__(self, name: str, internal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("services_tile")
        self.value = QLabel(objectName="tile_value")
        self.value.setAccessibleName(name)
        self.caption = QLabel(objectName="tile_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.addWidget(self.value)
        top.addStretch(1)
        if internal:
            top.addWidget(InternalBadge(), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        self.setProperty("tile", name)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._size_value()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._size_value()
        super().changeEvent(event)

    def _size_value(self) -> None:
        """The figure in 1.6 times the surrounding type, so it grows with workshop mode too."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)

    def show_value(self, value: str, caption: str, alert: bool = False) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)


class ReceivedTable(QTableView):
    """The received services. F2 edits the cell here (elsewhere the window uses it to rename the
    account); the customer-safe view hides the entitlement, the check and the internal note."""

    def __init__(self, model: ReceivedServicesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("services_table")
        self.setModel(model)
        self.setItemDelegate(ReceivedDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.customer_safe = False
        model.modelReset.connect(self.fit_columns)
        self.viewport().installEventFilter(self)

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and event.key() == Qt.Key.Key_F2 and not event.modifiers():  # type: ignore[attr-defined]
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit_columns()
        return super().eventFilter(watched, event)

    def set_customer_safe(self, on: bool) -> None:
        self.customer_safe = on
        self.fit_columns()

    def fit_columns(self) -> None:
        """The name takes what the figures leave; the internal note shows when there is room."""
        available = self.viewport().width()
        scale = max(1.0, self.fontMetrics().height() / BASE_LINE)
        widths = {column: round(width * scale) for column, width in WIDTHS.items()}
        service_min, note_min = round(SERVICE_MIN * scale), round(NOTE_MIN * scale)
        self.verticalHeader().setDefaultSectionSize(round(32 * scale))
        internal = (ENTITLEMENT, CHECK) if self.customer_safe else ()
        for column in (ENTITLEMENT, CHECK):
            self.setColumnHidden(column, column in internal)
        fixed = sum(width for column, width in widths.items() if column not in internal)
        show_note = available - fixed - service_min >= note_min and not self.customer_safe
        self.setColumnHidden(NOTE, not show_note)
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        rest = available - fixed
        name = min(round(380 * scale), rest - note_min) if show_note else rest - 2
        self.setColumnWidth(SERVICE, max(service_min, name))
