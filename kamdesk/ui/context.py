"""The application's live state that every screen shares: the open workspace, the undo stack,
and the signal that tells screens what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kamdesk.domain.errors import KamdeskError
from kamdesk.services.changes import Change

if TYPE_CHECKING:  # SQLAlchemy stays off the start-up path until a workspace is opened
    from kamdesk.services.workspace import Workspace


class AppContext(QObject):
    #: list[Change] — rows a write changed (emitted after the transaction committed)
    changed = Signal(list)
    #: the workspace was replaced (or closed: then ``ws`` is None)
    workspace_changed = Signal()
    #: an undo/redo touched this account and tab: show them (account id, tab key)
    focus_requested = Signal(str, str)
    #: a transient message for the status bar
    message = Signal(str)
    #: an expected failure to show to the user (title, text)
    failed = Signal(str, str)
    #: the customer-safe view was turned on (True) or off (False)
    customer_safe_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        #: while the first screen shows a workspace that is still opening: finishes opening it
        #: (``workspace()`` calls it should an edit come first)
        self.opening: Callable[[], object] | None = None
        #: True while the customer may be looking: everything internal is hidden on every screen
        self.customer_safe = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    @property
    def writable(self) -> bool:
        if self.ws is None:
            return self.opening is not None  # the first screen takes input like the workspace will
        return self.ws.writable

    def set_workspace(self, ws: Workspace | None) -> None:
        """Switch to ``ws``, closing the previous workspace; the undo history starts afresh."""
        self.undo_stack.clear()
        if self.ws is not None:
            self.ws.unsubscribe(self._announce)
            self.ws.close()
        self.ws = ws
        if ws is not None:
            ws.subscribe(self._announce)
        self.workspace_changed.emit()

    def set_customer_safe(self, on: bool) -> None:
        if on != self.customer_safe:
            self.customer_safe = on
            self.customer_safe_changed.emit(on)

    def workspace(self) -> Workspace:
        if self.ws is None and self.opening is not None:
            self.opening()
        if self.ws is None:
            raise RuntimeError("no workspace is open")
        return self.ws

    def push(self, command: object) -> bool:
        """Apply ``command`` (an ``undo.Command``) and put it on the undo stack.

        On an expected failure nothing is pushed, the user is told why, and False is returned.
        """
        from kamdesk.ui.undo import Command

        assert isinstance(command, Command)
        try:
            command.apply()
        except KamdeskError as error:
            self.fail(command.text(), str(error))
            return False
        command.applied = True
        self.undo_stack.push(command)
        return True

    def fail(self, title: str, text: str) -> None:
        self.failed.emit(title, text)

    def _announce(self, changes: list[Change]) -> None:
        self.changed.emit(changes)
