"""The right-hand side of the main window: the account's header and its tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain.errors import KamdeskError
from kamdesk.services import accounts
from kamdesk.services.changes import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.tabs import PAGES, TabPage
from kamdesk.ui.widgets import EmptyState


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
        self.pages: list[TabPage] = [page(ctx) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, page.title())
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

    def page(self, key: str) -> TabPage:
        return next(p for p in self.pages if p.key == key)

    def current_key(self) -> str:
        page = self.tabs.currentWidget()
        return page.key if isinstance(page, TabPage) else ""

    def set_current_key(self, key: str) -> bool:
        for n, page in enumerate(self.pages):
            if page.key == key:
                self.tabs.setCurrentIndex(n)
                return True
        return False

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
        for page in self.pages:
            page.set_customer_safe(on)
        self._refresh_header()  # "archived" is internal

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
        page = self.tabs.currentWidget()
        if isinstance(page, TabPage) and self.account_id and page.key not in self._loaded:
            self._loaded.add(page.key)
            page.show_account(self.account_id)

    def _refresh_header(self) -> None:
        if self.ctx.ws is None or self.account_id is None:
            return
        try:
            account = accounts.get(self.ctx.ws, self.account_id)
        except KamdeskError:
            return
        self.title.setText(account.name)
        self.subtitle.setText(" · ".join(p for p in (account.industry, account.country) if p))
        self.archived_badge.setVisible(account.archived and not self.ctx.customer_safe)
        self.corner_title.setText(account.name)

    def retranslate(self) -> None:
        for n, page in enumerate(self.pages):
            self.tabs.setTabText(n, page.title())
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
