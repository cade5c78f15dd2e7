"""Actions: title, owner from the account team, due date, status, linked goal; overdue ones in
red; a filter; "done" in one key; the open actions and next review as an .ics calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from kamdesk.domain.plan import Action, ActionStatus, sort_actions
from kamdesk.services import plan as plans
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.tabs.plan.page import TAB, PlanTablePage
from kamdesk.ui.tabs.plan.table import Column
from kamdesk.ui.undo import SetFields

FILTERS = ("active", "overdue", "done", "all")


class ActionsPage(PlanTablePage):
    table = "plan_action"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("due_on", lambda: self.tr("Due"), "date", 110),
            Column("title", lambda: self.tr("Action"), width=360, stretch=True),
            Column("owner_id", lambda: self.tr("Owner"), "member", 170),
            Column("status", lambda: self.tr("Status"), "choice", 120, choices=ActionStatus),
            Column("goal_id", lambda: self.tr("For goal"), "goal", 230),
        ]
        super().__init__(ctx, "plan_actions", columns, parent)
        self.today = date.today()
        self.model.row_state = self._state
        self.filter = QComboBox(objectName="plan_actions_filter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(8)
        self.filter.currentIndexChanged.connect(lambda _i: self.show_plan(self.account_id, self.plan, self.team))
        self.done_button = QPushButton(objectName="plan_actions_done")
        self.done_button.clicked.connect(self.mark_done)
        self.done_action = QAction(self)
        self.done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_action.triggered.connect(self.mark_done)
        self.addAction(self.done_action)
        self.calendar_button = QPushButton(objectName="plan_actions_calendar")
        self.calendar_button.clicked.connect(self.export_calendar)
        self.toolbar.insertWidget(2, self.done_button)
        self.toolbar.insertWidget(3, self.filter)
        self.toolbar.addWidget(self.calendar_button)
        self.standard_detail()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        labels = {
            "active": self.tr("Open and in progress"),
            "overdue": self.tr("Overdue only"),
            "done": self.tr("Done and cancelled"),
            "all": self.tr("All actions"),
        }
        for key in FILTERS:
            self.filter.addItem(labels[key], key)
        self.filter.setCurrentIndex(max(0, current))
        self.filter.blockSignals(False)
        self.filter.setToolTip(self.tr("Which actions to show"))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Mark the selected action as done (Ctrl+D)"))
        self.calendar_button.setText(self.tr("Export to &calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Save the open actions and the next plan review as an iCalendar (.ics) file")
        )

    def _state(self, action: Action) -> str:
        if action.is_overdue(self.today):
            return "overdue"
        return "" if action.status.is_active else "done"

    def records(self) -> list[Any]:
        mode = self.filter.currentData() or "active"
        actions = sort_actions(self.plan.actions)
        if mode == "active":
            return [a for a in actions if a.status.is_active]
        if mode == "overdue":
            return [a for a in actions if a.is_overdue(self.today)]
        if mode == "done":
            return [a for a in actions if not a.status.is_active]
        return actions

    def new_values(self) -> dict[str, Any]:
        return {
            "title": self.tr("New action"),
            "owner_id": plans.default_owner(self.team),
            "position": len(self.plan.actions) + 1,
        }

    def detail_values(self, record: Any) -> dict[str, Any]:
        return {"notes": record.notes, "internal": record.internal}

    def noun(self) -> str:
        return self.tr("action")

    def empty_text(self) -> str:
        if self.plan.actions:
            return self.tr("No actions match the filter.")
        return self.tr("No actions yet.\n\nWho does what by when? Add an action with Ctrl+Shift+A.")

    def show_plan(self, account_id: str | None, plan: Any, team: list[Any]) -> None:
        self.today = date.today()
        super().show_plan(account_id, plan, team)
        self.empty.setText(self.empty_text())

    def refresh_summary(self) -> None:
        active = len(self.plan.open_actions())
        overdue = len(self.plan.overdue(self.today))
        text = self.tr("%1 open").replace("%1", str(active))
        if overdue:
            late = self.tr("%1 overdue").replace("%1", str(overdue))
            text += f" · <b style='color:#b42318'>{late}</b>"
        self.summary.setText(text)

    def _selection_changed(self) -> None:
        super()._selection_changed()
        record = self.current()
        self.done_button.setEnabled(record is not None and record.status.is_active and self.ctx.writable)

    def mark_done(self) -> None:
        record = self.current()
        if record is None or not record.status.is_active or not self.ctx.writable:
            return
        text = self.tr("Done: %1").replace("%1", record.title)
        command = SetFields(
            self.ctx,
            self.table,
            record.id,
            {"status": record.status.value},
            {"status": ActionStatus.DONE.value},
            text,
            self.account_id,
            TAB,
        )
        if self.ctx.push(command):
            self.message.emit(text + " — " + self.tr("Ctrl+Z undoes it."))

    def export_calendar(self) -> None:
        from kamdesk.domain.errors import KamdeskError
        from kamdesk.exchange.ical import plan_calendar
        from kamdesk.services import accounts

        if self.account_id is None or self.ctx.ws is None:
            return
        try:
            account = accounts.get(self.ctx.ws, self.account_id)
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Export to calendar"), str(error))
            return
        path = Dialogs.save_file(
            self, self.tr("Export to calendar"), self.tr("iCalendar (*.ics)"), f"{account.name} plan.ics"
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        data = plan_calendar(
            account.name, self.plan.actions, self.team, self.plan.next_review_on(self.today), account.id
        )
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            Dialogs.error(self, self.tr("Export to calendar"), f"{path}: {error.strerror or error}")
            return
        count = sum(1 for a in self.plan.actions if a.status.is_active and a.due_on)
        self.message.emit(self.tr("%n action(s) and the next review written to %1.", "", count).replace("%1", path))
