"""The account's tabs. Each capability adds its page class to ``PAGES`` (in tab order)."""

from __future__ import annotations

from kamdesk.ui.tabs.base import TabPage
from kamdesk.ui.tabs.plan import PlanTab
from kamdesk.ui.tabs.procurement import ProcurementTab
from kamdesk.ui.tabs.profile import ProfileTab
from kamdesk.ui.tabs.relations import RelationsTab
from kamdesk.ui.tabs.services import ServicesTab

PAGES: list[type[TabPage]] = [ProfileTab, RelationsTab, ServicesTab]
PAGES.insert(1, ProcurementTab)
PAGES.append(PlanTab)

__all__ = ["PAGES", "TabPage"]
