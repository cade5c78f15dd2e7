"""Editors bound to stored fields: they show a row's values and turn each edit into an undoable
``SetFields`` command, saved at once.

Line edits commit on Enter or leaving the field; multi-line notes commit after a short pause in
typing and on leaving the field, so nothing typed is lost when the lid closes. Editors for typed
values (``ui.editors``: amounts, dates, counts) speak a small protocol — ``field_value()``,
``set_field_value()``, ``field_edited`` — and a value they cannot read is refused with a message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from kamdesk.domain.errors import KamdeskError
from kamdesk.ui.context import AppContext
from kamdesk.ui.undo import SetFields

NOTES_PAUSE_MS = 1200


class FieldBinder(QObject):
    """Binds editors to the fields of one row of ``table`` (the row changes with ``load``)."""

    def __init__(self, ctx: AppContext, table: str, tab: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.table, self.tab = ctx, table, tab
        self.row_id: str | None = None
        self.account_id: str | None = None
        self.values: dict[str, Any] = {}
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, Callable[[], str]] = {}
        self._loading = False
        self._timers: dict[str, QTimer] = {}

    def bind(self, field: str, editor: QWidget, label: Callable[[], str]) -> QWidget:
        """Bind ``editor`` to ``field``; ``label`` names the field in the undo history."""
        self._editors[field] = editor
        self._labels[field] = label
        if hasattr(editor, "field_value"):
            editor.field_edited.connect(lambda f=field: self.commit(f))
        elif isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda f=field: self.commit(f))
        elif isinstance(editor, QPlainTextEdit):
            timer = QTimer(self, singleShot=True, interval=NOTES_PAUSE_MS)
            timer.timeout.connect(lambda f=field: self.commit(f, merge=True))
            self._timers[field] = timer
            editor.textChanged.connect(lambda t=timer: None if self._loading else t.start())
            editor.installEventFilter(self)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _=False, f=field: self.commit(f))
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _=0, f=field: self.commit(f))
        else:  # pragma: no cover - a new editor type needs a rule here
            raise TypeError(type(editor).__name__)
        return editor

    def load(self, row_id: str | None, values: dict[str, Any], account_id: str | None = None) -> None:
        """Show ``values`` of row ``row_id`` (None: nothing to edit)."""
        self.row_id, self.account_id = row_id, account_id if account_id else row_id
        self.values = dict(values)
        self._loading = True
        try:
            for field, editor in self._editors.items():
                editor.setEnabled(row_id is not None)
                if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                    editor.setReadOnly(not self.ctx.writable)  # readable, selectable, not editable
                elif not self.ctx.writable:
                    editor.setEnabled(False)
                self._show(editor, values.get(field))
        finally:
            self._loading = False

    def commit_all(self) -> None:
        """Save whatever is still being typed (before switching rows or closing)."""
        for field in self._editors:
            self.commit(field, merge=True)

    def commit(self, field: str, merge: bool = False) -> None:
        if self._loading or self.row_id is None:
            return
        timer = self._timers.get(field)
        if timer:
            timer.stop()
        editor = self._editors[field]
        old = self.values.get(field)
        try:
            new = self._read(editor)
        except KamdeskError as error:
            self.ctx.fail(self.tr("Edit %1").replace("%1", self._labels[field]()), str(error))
            self._show_quietly(editor, old)
            return
        if new == old or (new == "" and old is None):
            return
        command = SetFields(
            self.ctx,
            self.table,
            self.row_id,
            {field: old},
            {field: new},
            self.tr("Edit %1").replace("%1", self._labels[field]()),
            account_id=self.account_id,
            tab=self.tab,
            merge=merge,
        )
        if self.ctx.push(command):
            self.values[field] = command.new[field]
            if command.new[field] != new:  # the service cleaned it (e.g. trimmed)
                self._show_quietly(editor, command.new[field])
        else:
            self._show_quietly(editor, old)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            for field, editor in self._editors.items():
                if editor is watched:
                    self.commit(field, merge=True)
        return False

    def _show_quietly(self, editor: QWidget, value: Any) -> None:
        self._loading = True
        try:
            self._show(editor, value)
        finally:
            self._loading = False

    @staticmethod
    def _show(editor: QWidget, value: Any) -> None:
        if hasattr(editor, "set_field_value"):
            editor.set_field_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(index)

    @staticmethod
    def _read(editor: QWidget) -> Any:
        if hasattr(editor, "field_value"):
            return editor.field_value()
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        raise TypeError(type(editor).__name__)  # pragma: no cover
