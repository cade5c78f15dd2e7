"""The account's profile — the first tab users see: the account at a glance, master data,
business figures and goals, classification, selection and tier, readiness to order, the account
team with its review cadence, and internal notes.

Sections are arranged in two columns when the window is wide and in one when it is narrow; each
reloads only when a change touches what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from kamdesk.domain.account import Account
from kamdesk.domain.errors import KamdeskError
from kamdesk.services.changes import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.profile.classification import ClassificationSection
from kamdesk.ui.profile.glance import Glance
from kamdesk.ui.profile.listing import ListingSection
from kamdesk.ui.profile.master import FiguresSection, MasterDataSection, NotesSection
from kamdesk.ui.profile.section import Section, SectionColumns
from kamdesk.ui.profile.selection import SelectionSection
from kamdesk.ui.profile.team import TeamSection
from kamdesk.ui.tabs.base import TabPage, mark_internal

if TYPE_CHECKING:
    from kamdesk.services.first_screen import FirstScreen

#: tables whose changes concern the sections that show portfolio-wide results
PORTFOLIO_TABLES = frozenset({"selection_criterion", "tier", "account_score"})


class ProfileTab(TabPage):
    key = "profile"
    tables = frozenset({"account", "team_member", "listing_item", "plan_review"}) | PORTFOLIO_TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.account: Account | None = None
        self.glance = Glance()
        self.master = MasterDataSection(ctx, self.key)
        self.figures = FiguresSection(ctx, self.key)
        self.classification = ClassificationSection(ctx, self.key)
        self.selection = SelectionSection(ctx, self.key)
        self.listing = ListingSection(ctx, self.key)
        self.team = TeamSection(ctx, self.key)
        self.notes = NotesSection(ctx, self.key)
        self.selection.edit_criteria_requested.connect(self._edit_criteria)
        self.glance.section_requested.connect(self.reveal)

        self.columns = SectionColumns(
            left=[self.master, self.figures, self.notes],
            right=[self.classification, self.selection],
            wide=[self.listing, self.team],
            narrow_order=[
                self.master,
                self.classification,
                self.figures,
                self.selection,
                self.listing,
                self.team,
                self.notes,
            ],
        )
        content = QWidget(objectName="profile_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(self.glance)
        layout.addWidget(self.columns)
        layout.addStretch(1)
        self.scroll = QScrollArea(objectName="profile_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._mark_internal()
        self.retranslate()

    def _mark_internal(self) -> None:
        """What the customer-safe view hides (domain/sensitivity.py decides what is internal)."""
        tiles = self.glance.tiles
        mark_internal(tiles["selection"], tiles["figures"], tiles["team"], tiles["classification"])
        mark_internal(self.classification, self.selection, self.notes)  # judgements as a whole
        mark_internal(*self.figures.internal_widgets(), *self.team.internal_widgets())

    def set_customer_safe(self, on: bool) -> None:
        super().set_customer_safe(on)
        self.listing.set_customer_safe(on)
        self.team.set_customer_safe(on)
        self.columns.relayout()

    # -- compatibility: the foundation's tests and the main window reach these ---------------

    @property
    def binder(self):  # type: ignore[no-untyped-def]
        return self.master.binder

    @property
    def name_edit(self):  # type: ignore[no-untyped-def]
        return self.master.name_edit

    def sections(self) -> list[Section]:
        return [
            self.master,
            self.figures,
            self.classification,
            self.selection,
            self.listing,
            self.team,
            self.notes,
        ]

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.setUpdatesEnabled(False)  # one paint when all is in (score bars repaint on every value)
        try:
            self._load_account()
            self.selection.load(self.account_id if self.account else None)
            self.listing.load(self.account_id if self.account else None)
            self.team.load(self.account)
            self._refresh_glance()
        finally:
            self.setUpdatesEnabled(True)

    def on_changes(self, changes: list[Change]) -> None:
        if not self.account_id:
            return
        mine = [c for c in changes if c.account_id in (self.account_id, None)]
        touched = {c.table for c in mine}
        if not touched & self.tables:
            return
        if "account" in touched:
            self._load_account()
        if touched & PORTFOLIO_TABLES or "account" in touched:
            self.selection.load(self.account_id if self.account else None)
        if "listing_item" in touched:
            self.listing.load(self.account_id if self.account else None)
        if "team_member" in touched:
            self.team.load_members()
        elif "account" in touched or "plan_review" in touched:
            self.team.load(self.account)
        self._refresh_glance()

    def show_first_screen(self, screen: FirstScreen) -> None:
        """Show the profile read before the workspace opened (``services.first_screen``); the
        workspace reloads it through the services a moment later."""
        self.account_id = screen.account.id
        self.setUpdatesEnabled(False)  # one paint when all is in (score bars repaint on every value)
        try:
            self._show_account(screen.account)
            self.selection.show_standing(
                screen.account.id, screen.criteria, screen.tiers, screen.scores, screen.standing
            )
            self.listing.show_items(screen.account.id, screen.listing)
            self.team.show_team(screen.account, screen.team, screen.held_review)
            self._refresh_glance()
        finally:
            self.setUpdatesEnabled(True)

    def _load_account(self) -> None:
        from kamdesk.services import accounts

        account = None
        if self.account_id and self.ctx.ws is not None:
            try:
                account = accounts.get(self.ctx.ws, self.account_id)
            except KamdeskError:
                account = None
        self._show_account(account)

    def _show_account(self, account: Account | None) -> None:
        self.account = account
        for section in (self.master, self.figures, self.classification, self.notes):
            section.load(account)

    def _refresh_glance(self) -> None:
        self.glance.setVisible(self.account is not None)
        self.glance.show_tier(self.selection._standing, self.selection._explanation, self.selection.tiers)
        from kamdesk.domain.listing import readiness

        self.glance.show_readiness(readiness(self.listing.items, self.listing.today))
        self.glance.show_figures(self.account)
        self.glance.show_review(self.team.schedule if self.account else None)
        self.glance.show_classification(self.account)

    def commit_pending(self) -> None:
        self.selection.commit_pending()
        for section in self.sections():
            binder = getattr(section, "binder", None)
            if binder is not None:
                binder.commit_all()

    def retranslate(self) -> None:
        self.glance.retranslate()
        if self.account_id:
            self._refresh_glance()

    # -- navigation ----------------------------------------------------------------------------

    def reveal(self, key: str) -> None:
        """Scroll the section with ``key`` into view and put the focus in it."""
        section = next((s for s in self.sections() if s.key == key), None)
        if section is None:
            return
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(section, 0, 16))
        section.setFocus()
        next_focus = section.nextInFocusChain()
        if next_focus is not None and section.isAncestorOf(next_focus):
            next_focus.setFocus()

    def _edit_criteria(self) -> None:
        show = getattr(self.window(), "show_portfolio", None)
        if callable(show):
            show("criteria")
