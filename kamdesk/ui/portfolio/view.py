"""The portfolio of the whole workspace: the ranking, the Key Account matrix, criteria and tiers.

It takes the place of the account area (View → Portfolio, Ctrl+Shift+O); the navigator stays.
It loads when first shown and follows changes: weights and tiers only recompute the standings
from the scores it already holds; anything else reloads the portfolio.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from kamdesk.services import listing, portfolio
from kamdesk.services.changes import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.portfolio.criteria import CriteriaPage
from kamdesk.ui.portfolio.matrix import MatrixPage
from kamdesk.ui.portfolio.model import PortfolioModel
from kamdesk.ui.portfolio.ranking import RankingPage

WEIGHT_TABLES = frozenset({"selection_criterion", "tier"})
ENTRY_TABLES = frozenset({"account", "account_score", "listing_item", "plan_review"})


class PortfolioView(QWidget):
    #: open this account (id) in the account view
    account_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolio_view")
        self.ctx = ctx
        self.model = PortfolioModel(self)
        self.ranking = RankingPage(self.model)
        self.matrix = MatrixPage(self.model)
        self.criteria = CriteriaPage(ctx, self.model)
        self.ranking.account_opened.connect(self.account_opened)
        self.matrix.account_opened.connect(self.account_opened)

        self.heading = QLabel(objectName="portfolio_heading")
        self.summary = QLabel(objectName="portfolio_summary")
        self.summary.setStyleSheet("color: palette(mid);")
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.heading)
        head.addWidget(self.summary)
        top = QHBoxLayout()
        top.addLayout(head, 1)

        self.tabs = QTabWidget(objectName="portfolio_tabs")
        self.tabs.setDocumentMode(True)
        self.pages = [self.ranking, self.matrix, self.criteria]
        for page in self.pages:
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale = True
        self._weights_stale = False
        ctx.workspace_changed.connect(self._workspace_changed)
        self.retranslate()

    def _workspace_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Portfolio"))
        self.tabs.setTabText(0, self.tr("&Ranking"))
        self.tabs.setTabText(1, self.tr("Key Account &matrix"))
        self.tabs.setTabText(2, self.tr("&Criteria and tiers"))
        self.tabs.setTabToolTip(0, self.tr("All accounts ranked by their weighted score"))
        self.tabs.setTabToolTip(1, self.tr("Classification × geography, with the accounts in each cell"))
        self.tabs.setTabToolTip(2, self.tr("What accounts are selected by, how much each counts, and the tiers"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in self.pages:
                page.retranslate()
            self._stale = True  # readiness texts, amounts and dates are written in the old language
            if self.isVisible():
                self.refresh()
        super().changeEvent(event)

    def set_page(self, key: str) -> None:
        for n, page in enumerate(self.pages):
            if page.key == key:
                self.tabs.setCurrentIndex(n)

    def current_page(self) -> str:
        page = self.tabs.currentWidget()
        return str(getattr(page, "key", ""))

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole portfolio afresh."""
        self._stale = self._weights_stale = False
        ws = self.ctx.ws
        if ws is None:
            self.model.set_portfolio(portfolio.Portfolio([], [], []), {})
        else:
            self.model.set_portfolio(portfolio.load(ws), listing.all_readiness(ws, date.today()))
        self.criteria.load()
        self._show_summary()

    def recompute(self) -> None:
        """Weights or tiers changed: new standings from the scores already held."""
        self._weights_stale = False
        ws = self.ctx.ws
        if ws is None:
            return
        self.model.set_criteria_and_tiers(portfolio.criteria(ws), portfolio.tiers(ws))
        self.ranking.resort()
        self.criteria.load()
        self._show_summary()

    def on_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if tables & ENTRY_TABLES or ("selection_criterion" in tables and self._criteria_reshaped(changes)):
            self._stale = True
        elif tables & WEIGHT_TABLES:
            self._weights_stale = True
        else:
            return
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._stale:
            self.reload()
        elif self._weights_stale:
            self.recompute()

    @staticmethod
    def _criteria_reshaped(changes: list[Change]) -> bool:
        """A criterion added or removed (scores appear or vanish with it): reload everything."""
        return any(c.table == "selection_criterion" and c.op != "update" for c in changes)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    def _show_summary(self) -> None:
        entries = [e for e in self.model.portfolio.entries if not e.archived]
        counts: dict[str, int] = {}
        for entry in entries:
            tier = entry.standing.tier if entry.standing else None
            if tier:
                counts[tier.name] = counts.get(tier.name, 0) + 1
        ladder = sorted(self.model.portfolio.tiers, key=lambda t: -t.threshold)
        parts = [self.tr("%n active account(s)", "", len(entries))]
        parts += [f"{t.name} {counts.get(t.name, 0)}" for t in ladder]
        ready = sum(1 for e in entries if (r := self.model.readiness.get(e.id)) and r.ready)
        parts.append(self.tr("%n ready to order", "", ready))
        self.summary.setText("  ·  ".join(parts))
