"""What every account tab is: a page that shows one account and refreshes from changes."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from kamdesk.services.changes import Change
from kamdesk.ui.context import AppContext

#: dynamic property marking a widget that shows internal information (see ``mark_internal``)
INTERNAL_PROPERTY = "kamdesk_internal"


def mark_internal(*widgets: QWidget) -> None:
    """Mark widgets that show internal information: the customer-safe view hides them."""
    for widget in widgets:
        widget.setProperty(INTERNAL_PROPERTY, True)


class TabPage(QWidget):
    #: stable key used by the CLI (``--tab``), settings and undo focus
    key: ClassVar[str] = ""
    #: tables whose changes make this page reload
    tables: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: str | None = None

    def title(self) -> str:
        """The tab's title in the current language (from its ``PageSpec``)."""
        from kamdesk.ui.tabs import PAGES

        return next(spec.tab_title() for spec in PAGES if spec.key == self.key)

    def show_account(self, account_id: str | None) -> None:
        """Show ``account_id`` (None: no account selected)."""
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        """Read the current account afresh and show it."""
        raise NotImplementedError

    def on_changes(self, changes: list[Change]) -> None:
        if self.account_id and any(c.table in self.tables and c.account_id in (self.account_id, None) for c in changes):
            self.reload()

    def set_customer_safe(self, on: bool) -> None:
        """Hide (or show again) everything internal on this page.

        By default every descendant widget marked with ``mark_internal`` is hidden; pages with
        scenes or tables override this to neutralise what they draw, and call ``super()``.
        """
        for widget in self.findChildren(QWidget):
            if widget.property(INTERNAL_PROPERTY):
                widget.setVisible(not on)

    def commit_pending(self) -> None:
        """Save edits still in progress (called before switching account or closing)."""

    # -- presenting (window-level keys, ``ui/presenting.py``; pages with a scene override) ----

    def scene_view(self) -> QGraphicsView | None:
        """The page's zoomable view, if it shows one now: the window's zoom (Ctrl++ / Ctrl+-),
        fit (Ctrl+0) and, in workshop mode, the arrow keys act on it. It offers ``zoom_in()``,
        ``zoom_out()`` and ``fit()``."""
        return None

    def focus_next(self, step: int) -> str:
        """Bring the next (``step`` 1) or previous (-1) part of the scene into view — a lane, a
        department — and say which in a status-bar line ("" if the page has no such parts)."""
        return ""

    def set_workshop(self, on: bool, scale: float) -> None:
        """Workshop mode on a projector: scenes readable from the back of the room at ``scale``
        (1.25 … 2.0, the workshop's text size)."""

    def retranslate(self) -> None:
        """Re-set every visible text (called on language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
