"""The Plan tab: goals, actions, opportunities, visit reports and plan reviews of one account."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.redaction import redact
from kamdesk.services import plan as plans
from kamdesk.services import team as team_service
from kamdesk.services.workspace import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.tabs.base import TabPage
from kamdesk.ui.tabs.plan.actions import ActionsPage
from kamdesk.ui.tabs.plan.goals import GoalsPage
from kamdesk.ui.tabs.plan.opportunities import OpportunitiesPage
from kamdesk.ui.tabs.plan.reviews import ReviewsPage
from kamdesk.ui.tabs.plan.visits import VisitsPage


class PlanTab(TabPage):
    key = "plan"
    tables = frozenset({*plans.PLAN_TABLES, "account"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.goals = GoalsPage(ctx)
        self.actions = ActionsPage(ctx)
        self.opportunities = OpportunitiesPage(ctx)
        self.visits = VisitsPage(ctx)
        self.reviews = ReviewsPage(ctx)
        self.sections = QTabWidget(objectName="plan_sections")
        self.pages = [self.goals, self.actions, self.opportunities, self.visits, self.reviews]
        self._reload_pending = False
        self.customer_safe = False
        for page in self.pages:
            self.sections.addTab(page, "")
            page.message.connect(ctx.message.emit)
            page.sync = self.reload_if_pending
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.sections)
        self.retranslate()

    def retranslate(self) -> None:
        titles = [
            self.tr("&Goals"),
            self.tr("A&ctions"),
            self.tr("O&pportunities"),
            self.tr("&Visit reports"),
            self.tr("&Reviews"),
        ]
        for n, text in enumerate(titles):
            self.sections.setTabText(n, text)
        for page in self.pages:
            page.retranslate()

    def on_changes(self, changes: list[Change]) -> None:
        """Reload on the next turn of the event loop, not inside the edit that caused the change
        (an item delegate is still committing then), and once for a burst of changes."""
        mine = any(c.table in self.tables and c.account_id in (self.account_id, None) for c in changes)
        if self.account_id and mine and not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self.reload_if_pending)

    def reload_if_pending(self) -> None:
        if self._reload_pending:
            self.reload()

    def set_customer_safe(self, on: bool) -> None:
        """The customer-safe view: the plan as the customer edition shows it — the same
        sensitivity policy (``domain.redaction``) applied to what the tables show; internal rows,
        internal columns, notes and the visit reports hidden."""
        self.customer_safe = on
        for page in self.pages:
            page.set_customer_safe(on)
        self.sections.setTabVisible(self.pages.index(self.visits), not on)
        super().set_customer_safe(on)
        if self.account_id is not None:
            self.reload()

    def reload(self) -> None:
        self._reload_pending = False
        plan, team = AccountPlan(), []
        if self.account_id is not None and self.ctx.ws is not None:
            try:
                plan = plans.load(self.ctx.ws, self.account_id)
                team = team_service.members(self.ctx.ws, self.account_id)
            except KamdeskError:
                pass
        if self.customer_safe:
            plan, team = redact((plan, team))
        for page in self.pages:
            page.show_plan(self.account_id, plan, team)
        overdue = len(plan.overdue(self.actions.today))
        self.sections.setTabText(1, self.tr("A&ctions") + (f" ({overdue}⚠)" if overdue else ""))

    def commit_pending(self) -> None:
        for page in self.pages:
            page.commit_pending()
