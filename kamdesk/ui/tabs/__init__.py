"""The account's tabs, in tab order. Each capability adds a ``PageSpec`` for its page.

A spec names its page class by import path: ``AccountView`` imports and builds a page the first
time its tab is looked at, so start-up pays for neither the import nor the widgets.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kamdesk.ui.tabs.base import TabPage


@dataclass(frozen=True)
class PageSpec:
    key: str  # as in ``TabPage.key`` (CLI --tab, settings, undo focus)
    title: str  # marked with QT_TRANSLATE_NOOP("AccountTabs", …)
    path: str  # "module:Class"

    def tab_title(self) -> str:
        return QCoreApplication.translate("AccountTabs", self.title)

    def load(self) -> type[TabPage]:
        return _load(self.path)


@cache
def _load(path: str) -> type[TabPage]:
    module, _, name = path.partition(":")
    page = getattr(importlib.import_module(module), name)
    assert issubclass(page, TabPage)
    return page  # type: ignore[no-any-return]


PAGES: list[PageSpec] = [
    PageSpec("profile", QT_TRANSLATE_NOOP("AccountTabs", "Profile"), "kamdesk.ui.tabs.profile:ProfileTab"),
    PageSpec(
        "procurement", QT_TRANSLATE_NOOP("AccountTabs", "Procurement"), "kamdesk.ui.tabs.procurement:ProcurementTab"
    ),
    PageSpec("relations", QT_TRANSLATE_NOOP("AccountTabs", "Relationships"), "kamdesk.ui.tabs.relations:RelationsTab"),
    PageSpec("services", QT_TRANSLATE_NOOP("AccountTabs", "Services"), "kamdesk.ui.tabs.services:ServicesTab"),
    PageSpec("plan", QT_TRANSLATE_NOOP("AccountTabs", "Plan"), "kamdesk.ui.tabs.plan:PlanTab"),
]

__all__ = ["PAGES", "PageSpec", "TabPage"]
