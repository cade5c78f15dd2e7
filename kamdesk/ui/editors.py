"""Editors for values that are more than plain text: amounts, dates, counts, scores.

Each speaks the small protocol ``FieldBinder`` understands: ``field_value()`` (may raise
``InputError`` for what cannot be read), ``set_field_value(value)`` and the ``field_edited``
signal (the user finished an edit). Empty means "unknown" (None) for all of them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QSpinBox, QStyle, QWidget, QWidgetAction

from kamdesk.domain import amounts, i18n, money
from kamdesk.domain.dates import format_date, parse_date

CURRENCY = "€"


def format_amount(value: Decimal | None) -> str:
    """``value`` as the language writes money (``1.250.000 €`` / ``€1,250,000``), in whole euros
    unless there are cents."""
    if value is None:
        return ""
    return money.format_money(value, whole=value == value.to_integral_value())


def date_display_format() -> str:
    """A ``QDateEdit``'s format, written as ``formats.format_date`` writes dates: ``09.03.2026`` /
    ``9 Mar 2026`` (set it again when the language changes)."""
    return "dd.MM.yyyy" if i18n.language() == "de" else "d MMM yyyy"


def format_points(value: float) -> str:
    return money.format_number(Decimal(str(value)), places=1)


def format_percent(share: float, digits: int = 0) -> str:
    """``share`` (0 … 1) as the language writes a percentage: ``40 %`` / ``40%``."""
    number = money.format_number(Decimal(str(share * 100)), places=digits)
    return f"{number}\u202f%" if i18n.language() == "de" else f"{number}%"


class MoneyEdit(QLineEdit):
    """An amount in euros; accepts what people type (1.250.000 · 2,5 Mio · 800k)."""

    field_edited = Signal()

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self.field_edited)

    def field_value(self) -> Decimal | None:
        return amounts.parse_amount(self.text(), decimal=QLocale().decimalPoint())

    def set_field_value(self, value: Any) -> None:
        self.setText(format_amount(value))
        self.setCursorPosition(0)


class DateEdit(QLineEdit):
    """A date typed as the user writes it (31.12.2026, 31/12/2026, 31 Dec 2026) or picked from a
    calendar; shown as the language writes dates; empty = no date."""

    field_edited = Signal()

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setClearButtonEnabled(True)
        self.editingFinished.connect(self.field_edited)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.pick_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), "", self)
        self.pick_action.triggered.connect(self.show_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("e.g. 31 Dec 2026"))
        self.pick_action.setToolTip(self.tr("Pick a date from the calendar"))

    def field_value(self) -> date | None:
        return parse_date(self.text())

    def set_field_value(self, value: Any) -> None:
        self.setText(format_date(value))

    def show_calendar(self) -> None:
        try:
            current = parse_date(self.text())
        except Exception:  # noqa: BLE001 - an unreadable text just opens the calendar at today
            current = None
        self.calendar.setSelectedDate(QDate(current) if current else QDate.currentDate())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, picked: QDate) -> None:
        self._menu.hide()
        self.setText(format_date(picked.toPython()))  # type: ignore[arg-type]
        self.field_edited.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OptionalSpinBox(QSpinBox):
    """A whole number or nothing: one below the minimum shows "—" and means None.

    ``field_edited`` fires when editing is finished and, for arrow keys/clicks and wheel, after
    a short pause — so stepping through values is one edit, not one per step.
    """

    field_edited = Signal()
    PAUSE_MS = 500

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setKeyboardTracking(False)
        self._loading = False
        self._pause = QTimer(self, singleShot=True, interval=self.PAUSE_MS)
        self._pause.timeout.connect(self.field_edited)
        self.valueChanged.connect(self._changed)
        self.editingFinished.connect(self._finish)

    def field_value(self) -> int | None:
        return None if self.value() < self.minimum() + 1 else self.value()

    def set_field_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setValue(self.minimum() if value is None else int(value))
        finally:
            self._loading = False

    def _changed(self, _value: int) -> None:
        if not self._loading:
            self._pause.start()

    def _finish(self) -> None:
        if self._pause.isActive():
            self._pause.stop()
        self.field_edited.emit()

    def flush(self) -> None:
        """Report a change still waiting for the pause to end (before switching accounts)."""
        if self._pause.isActive():
            self._finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.lineEdit().selectedText() == self.text():
            self.setValue(self.minimum())  # clear: back to "—"
            return
        super().keyPressEvent(event)
