"""The account's tabs. Each capability adds its page class to ``PAGES`` (in tab order)."""

from __future__ import annotations

from kamdesk.ui.tabs.base import TabPage
from kamdesk.ui.tabs.procurement import ProcurementTab
from kamdesk.ui.tabs.profile import ProfileTab

PAGES: list[type[TabPage]] = [ProfileTab, ProcurementTab]

__all__ = ["PAGES", "TabPage"]
