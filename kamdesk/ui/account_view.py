"""The right-hand side of the main window: the account's header and its tabs.

Tab pages are built the first time they are looked at: building all five at start-up (with the
app's style sheet polishing every widget) cost most of a second before the first account showed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain.errors import KamdeskError
from kamdesk.services.changes import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.tabs import PAGES, TabPage
from kamdesk.ui.widgets import EmptyState

if TYPE_CHECKING:
    from kamdesk.domain.account import Account
    from kamdesk.services.first_screen import FirstScreen


class AccountView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: str | None = None

        self.title = QLabel(objectName="account_title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(objectName="account_subtitle")
        self.archived_badge = QLabel(objectName="archived_badge")
        self.header = header = QWidget(objectName="account_header")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 4)
        header_layout.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.title)
        line.addWidget(self.archived_badge)
        line.addStretch(1)
        header_layout.addLayout(line)
        header_layout.addWidget(self.subtitle)

        self.tabs = QTabWidget(objectName="account_tabs")
        self.tabs.setDocumentMode(True)
        self._built: dict[str, TabPage] = {}
        self._customer_safe = False
        self._workshop: tuple[bool, float] = (False, 1.0)  # workshop mode and its text scale
        for spec in PAGES:
            slot = QWidget(objectName=f"tab_slot_{spec.key}")
            slot_layout = QVBoxLayout(slot)
            slot_layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(slot, spec.tab_title())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.corner_title = QLabel(objectName="workshop_account")
        self.corner_title.setTextFormat(Qt.TextFormat.PlainText)
        self.corner_title.setContentsMargins(12, 0, 12, 0)
        self.tabs.setCornerWidget(self.corner_title, Qt.Corner.TopRightCorner)
        self.corner_title.hide()

        account_page = QWidget()
        account_layout = QVBoxLayout(account_page)
        account_layout.setContentsMargins(0, 0, 0, 0)
        account_layout.setSpacing(0)
        account_layout.addWidget(header)
        account_layout.addWidget(self.tabs, 1)

        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(account_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._loaded: set[str] = set()  # page keys showing the current account
        self.retranslate()

    @property
    def pages(self) -> list[TabPage]:
        """The pages built so far, in tab order."""
        return [self._built[spec.key] for spec in PAGES if spec.key in self._built]

    def page(self, key: str) -> TabPage:
        """The page for ``key``, built (and shown the current account) if it was not yet."""
        page = self._built.get(key)
        if page is None:
            index = self.index_of(key)
            if index < 0:
                raise KeyError(key)
            page = PAGES[index].load()(self.ctx)
            self._built[key] = page
            slot = self.tabs.widget(index)
            slot.layout().addWidget(page)
            page.show()  # a child added to a visible parent would only show on the next event-loop turn
            slot.layout().activate()  # and be laid out then
            if self._customer_safe:
                page.set_customer_safe(True)
            if self._workshop[0]:
                page.set_workshop(*self._workshop)
        if self.account_id and key not in self._loaded:
            self._loaded.add(key)
            page.show_account(self.account_id)
        return page

    def index_of(self, key: str) -> int:
        return next((n for n, spec in enumerate(PAGES) if spec.key == key), -1)

    def current_key(self) -> str:
        index = self.tabs.currentIndex()
        return PAGES[index].key if 0 <= index < len(PAGES) else ""

    def set_current_key(self, key: str) -> bool:
        index = self.index_of(key)
        if index < 0:
            return False
        self.tabs.setCurrentIndex(index)
        return True

    def show_account(self, account_id: str | None) -> None:
        """Show ``account_id``; tabs load lazily, when they are first looked at."""
        self.commit_pending()
        self.account_id = account_id or None
        self._loaded.clear()
        if self.account_id is None:
            self.stack.setCurrentIndex(0)
            for page in self.pages:
                page.show_account(None)
            return
        self.stack.setCurrentIndex(1)
        self._refresh_header()
        self._load_current()

    def commit_pending(self) -> None:
        for page in self.pages:
            page.commit_pending()

    def set_customer_safe(self, on: bool) -> None:
        self._customer_safe = on
        for page in self.pages:
            page.set_customer_safe(on)
        self._refresh_header()  # "archived" is internal

    def current_page(self) -> TabPage | None:
        """The page of the current tab (built if it was not yet), None without an account."""
        key = self.current_key()
        return self.page(key) if key and self.account_id else None

    def set_workshop(self, on: bool, scale: float) -> None:
        """Workshop mode at ``scale``: pages show their scenes readable from the back of the room
        (pages built later too)."""
        self._workshop = (on, scale)
        for page in self.pages:
            page.set_workshop(on, scale)

    def set_compact(self, on: bool) -> None:
        """Workshop mode: the header folds into the row of the tabs (the name at its right end);
        the tabs' contents get the height."""
        self.header.setVisible(not on)
        self.corner_title.setVisible(on)

    def on_changes(self, changes: list[Change]) -> None:
        if self.account_id is None:
            return
        if any(c.table == "account" and c.id == self.account_id for c in changes):
            self._refresh_header()
        for page in self.pages:
            if page.key in self._loaded:
                page.on_changes(changes)

    def _on_tab_changed(self, _index: int) -> None:
        self._load_current()

    def _load_current(self) -> None:
        key = self.current_key()
        if key and self.account_id:
            self.page(key)

    def show_first_screen(self, screen: FirstScreen) -> None:
        """Show the account of the first screen on its profile, before the workspace is open."""
        from kamdesk.ui.tabs.profile import ProfileTab

        self.account_id = screen.account.id
        self._loaded = {"profile"}
        self.stack.setCurrentIndex(1)
        self._show_header(screen.account)
        self.set_current_key("profile")
        page = self.page("profile")
        assert isinstance(page, ProfileTab)
        page.show_first_screen(screen)

    def _refresh_header(self) -> None:
        from kamdesk.services import accounts

        if self.ctx.ws is None or self.account_id is None:
            return
        try:
            account = accounts.get(self.ctx.ws, self.account_id)
        except KamdeskError:
            return
        self._show_header(account)

    def _show_header(self, account: Account) -> None:
        self.title.setText(account.name)
        self.subtitle.setText(" · ".join(p for p in (account.industry, account.country) if p))
        self.archived_badge.setVisible(account.archived and not self.ctx.customer_safe)
        self.corner_title.setText(account.name)

    def retranslate(self) -> None:
        for n, spec in enumerate(PAGES):
            self.tabs.setTabText(n, spec.tab_title())
        self.archived_badge.setText(self.tr("archived"))
        self.empty.setText(
            self.tr("No account selected.\n\nPick one in the list on the left, or create one with Ctrl+N.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._rewrite()
        super().changeEvent(event)

    def _rewrite(self) -> None:
        """After a language switch: the shown pages again, so that every amount, number and date
        is written the new language's way (texts re-translate themselves; figures are data)."""
        self.commit_pending()
        for page in self.pages:
            if page.key in self._loaded:
                page.reload()
