"""Undo commands of the service matrix. Like every command they change data through services;
they also remember which cells they touched so the editor can show them on undo/redo."""

from __future__ import annotations

from collections.abc import Sequence

from kamdesk.services import service_matrix
from kamdesk.services.service_matrix import Cell, MatrixState
from kamdesk.ui.context import AppContext
from kamdesk.ui.undo import Command


class MatrixCommand(Command):
    """A workspace-wide change of the matrix (no account to bring into view)."""

    #: (service id, group id or "") the command touched, for the editor to select
    targets: tuple[tuple[str, str], ...] = ()


class SetCells(MatrixCommand):
    """Set one or more cells at once (one undo step)."""

    def __init__(self, ctx: AppContext, before: Sequence[Cell], after: Sequence[Cell], text: str) -> None:
        super().__init__(ctx, text)
        self.before, self.after = tuple(before), tuple(after)
        self.targets = tuple((c.service_id, c.group_id) for c in after)

    def apply(self) -> None:
        service_matrix.set_cells(self.ctx.workspace(), self.after, expect=self.before)

    def revert(self) -> None:
        service_matrix.set_cells(self.ctx.workspace(), self.before, expect=self.after)


class Reorder(MatrixCommand):
    """Put the services (or the customer groups) into a new order."""

    def __init__(self, ctx: AppContext, table: str, before: Sequence[str], after: Sequence[str], text: str) -> None:
        super().__init__(ctx, text)
        self.table, self.before, self.after = table, list(before), list(after)

    def apply(self) -> None:
        service_matrix.reorder(self.ctx.workspace(), self.table, self.after)

    def revert(self) -> None:
        service_matrix.reorder(self.ctx.workspace(), self.table, self.before)


class ApplyState(MatrixCommand):
    """Write a whole matrix state (an Excel import); undo puts the previous state back."""

    def __init__(self, ctx: AppContext, before: MatrixState, after: MatrixState, text: str) -> None:
        super().__init__(ctx, text)
        self.before, self.after = before, after

    def apply(self) -> None:
        service_matrix.apply_state(self.ctx.workspace(), self.after, expect=self.before)

    def revert(self) -> None:
        service_matrix.apply_state(self.ctx.workspace(), self.before, expect=self.after)
