"""Undo commands. They change the workspace through services — never widgets or scene items —
so undo/redo works the same from every screen (orange-canvas-core's rule).

A command is *applied* before it is pushed (``AppContext.push``), so a refused edit never
reaches the stack; Qt's first ``redo()`` call on push is then skipped. The services (and with
them SQLAlchemy) are imported when a command first runs, not with the screens, which start up
before SQLAlchemy is loaded (``services.first_screen``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kamdesk.domain.errors import KamdeskError
from kamdesk.storage.ids import new_id
from kamdesk.ui.context import AppContext

if TYPE_CHECKING:
    from kamdesk.services import records

MERGE_SET_FIELDS = 1001


class Command(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, account_id: str | None = None, tab: str = "") -> None:
        super().__init__(text)
        self.ctx = ctx
        self.account_id = account_id
        self.tab = tab
        self.applied = False

    # subclasses implement these two
    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.applied:  # already applied by AppContext.push
            self.applied = False
            return
        self._run(self.apply, QCoreApplication.translate("Undo", "Redo failed"))

    def undo(self) -> None:
        self._run(self.revert, QCoreApplication.translate("Undo", "Undo failed"))

    def _run(self, action: Callable[[], None], title: str) -> None:
        try:
            action()
        except KamdeskError as error:
            # The world moved on (e.g. a colleague deleted the row): drop this step, say why.
            self.setObsolete(True)
            self.ctx.fail(title, str(error))
            return
        if self.account_id or self.tab:  # workspace-level edits (e.g. the portfolio) carry a tab only
            self.ctx.focus_requested.emit(self.account_id or "", self.tab)


class SetFields(Command):
    """Change fields of one row; consecutive edits of the same fields merge into one step."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        row_id: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        text: str,
        account_id: str | None = None,
        tab: str = "",
        merge: bool = False,
    ) -> None:
        super().__init__(ctx, text, account_id, tab)
        self.table, self.row_id = table, row_id
        self.old, self.new = dict(old), dict(new)
        self.merge = merge

    def apply(self) -> None:
        from kamdesk.services import records

        self.new = records.set_fields(self.ctx.workspace(), self.table, self.row_id, self.new, self.old)

    def revert(self) -> None:
        from kamdesk.services import records

        records.set_fields(self.ctx.workspace(), self.table, self.row_id, self.old, self.new)

    def id(self) -> int:
        return MERGE_SET_FIELDS if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, SetFields)
            and other.merge
            and other.table == self.table
            and other.row_id == self.row_id
            and other.new.keys() == self.new.keys()
        ):
            return False
        self.new = other.new
        return True


class InsertRow(Command):
    """Insert one row; undo deletes it (and anything that came to hang on it)."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        values: Mapping[str, Any],
        text: str,
        account_id: str | None = None,
        tab: str = "",
    ) -> None:
        super().__init__(ctx, text, account_id, tab)
        self.table = table
        self.values = {"id": new_id(), **values}
        self.row_id: str = self.values["id"]

    def apply(self) -> None:
        from kamdesk.services import records

        records.insert_row(self.ctx.workspace(), self.table, self.values)

    def revert(self) -> None:
        from kamdesk.services import records

        records.delete_row(self.ctx.workspace(), self.table, self.row_id)


class DeleteRow(Command):
    """Delete a row with everything it owns; undo restores all of it, ids included."""

    def __init__(
        self, ctx: AppContext, table: str, row_id: str, text: str, account_id: str | None = None, tab: str = ""
    ) -> None:
        super().__init__(ctx, text, account_id, tab)
        self.table, self.row_id = table, row_id
        self.snapshot: records.Snapshot | None = None

    def apply(self) -> None:
        from kamdesk.services import records

        self.snapshot = records.delete_row(self.ctx.workspace(), self.table, self.row_id)

    def revert(self) -> None:
        from kamdesk.services import records

        assert self.snapshot is not None
        records.restore(self.ctx.workspace(), self.snapshot)


class Call(Command):
    """Any pair of service calls: ``do`` applies, ``undo`` reverts."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        account_id: str | None = None,
        tab: str = "",
    ) -> None:
        super().__init__(ctx, text, account_id, tab)
        self._do, self._undo = do, undo

    def apply(self) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()


__all__ = ["Call", "Command", "DeleteRow", "InsertRow", "KamdeskError", "SetFields"]
