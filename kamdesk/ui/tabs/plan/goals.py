"""Goals: the customer's and ours, each with a measure of success and a date."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kamdesk.domain.plan import GoalSide, GoalStatus
from kamdesk.ui.context import AppContext
from kamdesk.ui.tabs.plan.page import PlanTablePage
from kamdesk.ui.tabs.plan.table import Column


class GoalsPage(PlanTablePage):
    table = "plan_goal"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("title", lambda: self.tr("Goal"), width=320, stretch=True),
            Column("side", lambda: self.tr("Whose"), "choice", 130, choices=GoalSide),
            Column("measure", lambda: self.tr("Measure of success"), width=300),
            Column("target_on", lambda: self.tr("Target date"), "date", 110),
            Column("status", lambda: self.tr("Status"), "choice", 100, choices=GoalStatus),
        ]
        super().__init__(ctx, "plan_goals", columns, parent)
        self.standard_detail()
        self.retranslate()

    def records(self) -> list[Any]:
        return sorted(self.plan.goals, key=lambda g: (g.side is not GoalSide.CUSTOMER, g.position))

    def new_values(self) -> dict[str, Any]:
        return {"title": self.tr("New goal"), "position": len(self.plan.goals) + 1}

    def detail_values(self, record: Any) -> dict[str, Any]:
        return {"notes": record.notes, "internal": record.internal}

    def noun(self) -> str:
        return self.tr("goal")

    def empty_text(self) -> str:
        return self.tr(
            "No goals yet.\n\nWhat does the customer want to achieve — and what do we want to achieve with them? "
            "Add a goal with Ctrl+Shift+A."
        )

    def refresh_summary(self) -> None:
        customer = sum(1 for g in self.plan.goals if g.side is GoalSide.CUSTOMER)
        ours = len(self.plan.goals) - customer
        self.summary.setText(
            self.tr("%1 of the customer's, %2 of ours").replace("%1", str(customer)).replace("%2", str(ours))
        )
