"""The account's profile: master data first (more sections join as capabilities land)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.services import accounts
from kamdesk.ui.context import AppContext
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.tabs.base import TabPage, mark_internal
from kamdesk.ui.widgets import InternalBadge


class ProfileTab(TabPage):
    key = "profile"
    tables = frozenset({"account"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.binder = FieldBinder(ctx, "account", self.key, self)

        self.name_edit = QLineEdit(objectName="profile_name")
        self.industry_edit = QLineEdit(objectName="profile_industry")
        self.country_edit = QLineEdit(objectName="profile_country")
        self.website_edit = QLineEdit(objectName="profile_website")
        self.open_website = QToolButton(objectName="profile_open_website")
        self.open_website.setText("↗")
        self.open_website.clicked.connect(self._open_website)
        self.notes_edit = QPlainTextEdit(objectName="profile_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(140)

        self.binder.bind("name", self.name_edit, lambda: self.tr("Name"))
        self.binder.bind("industry", self.industry_edit, lambda: self.tr("Industry"))
        self.binder.bind("country", self.country_edit, lambda: self.tr("Country / region"))
        self.binder.bind("website", self.website_edit, lambda: self.tr("Website"))
        self.binder.bind("notes", self.notes_edit, lambda: self.tr("Internal notes"))

        self.master = QGroupBox(objectName="profile_master")
        form = QFormLayout(self.master)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.labels = {k: QLabel() for k in ("name", "industry", "country", "website", "notes")}
        form.addRow(self.labels["name"], self.name_edit)
        form.addRow(self.labels["industry"], self.industry_edit)
        form.addRow(self.labels["country"], self.country_edit)
        site = QHBoxLayout()
        site.setContentsMargins(0, 0, 0, 0)
        site.addWidget(self.website_edit, 1)
        site.addWidget(self.open_website)
        form.addRow(self.labels["website"], site)
        notes_label = QWidget()
        notes_box = QVBoxLayout(notes_label)
        notes_box.setContentsMargins(0, 0, 0, 0)
        notes_box.addWidget(self.labels["notes"], 0, Qt.AlignmentFlag.AlignRight)
        self.notes_badge = InternalBadge()
        notes_box.addWidget(self.notes_badge, 0, Qt.AlignmentFlag.AlignRight)
        notes_box.addStretch(1)
        form.addRow(notes_label, self.notes_edit)
        mark_internal(notes_label, self.notes_edit)
        for label, buddy in (
            (self.labels["name"], self.name_edit),
            (self.labels["industry"], self.industry_edit),
            (self.labels["country"], self.country_edit),
            (self.labels["website"], self.website_edit),
            (self.labels["notes"], self.notes_edit),
        ):
            label.setBuddy(buddy)

        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(16, 16, 16, 16)
        self.sections.setSpacing(16)
        self.sections.addWidget(self.master)
        self.sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Profile")

    def retranslate(self) -> None:
        self.master.setTitle(self.tr("Master data"))
        self.labels["name"].setText(self.tr("&Name"))
        self.labels["industry"].setText(self.tr("&Industry"))
        self.labels["country"].setText(self.tr("&Country / region"))
        self.labels["website"].setText(self.tr("&Website"))
        self.labels["notes"].setText(self.tr("Internal &notes"))
        self.name_edit.setPlaceholderText(self.tr("Customer name as the team uses it"))
        self.industry_edit.setPlaceholderText(self.tr("e.g. Mechanical engineering"))
        self.country_edit.setPlaceholderText(self.tr("e.g. Germany"))
        self.website_edit.setPlaceholderText("www.example.de")
        self.open_website.setToolTip(self.tr("Open the website in the browser"))
        self.notes_edit.setPlaceholderText(
            self.tr("What the team should know about this account. Never shown to the customer.")
        )

    def reload(self) -> None:
        if self.account_id is None or self.ctx.ws is None:
            self.binder.load(None, {})
            return
        try:
            account = accounts.get(self.ctx.ws, self.account_id)
        except KamdeskError:
            self.binder.load(None, {})
            return
        self.binder.load(
            account.id,
            {
                "name": account.name,
                "industry": account.industry,
                "country": account.country,
                "website": account.website,
                "notes": account.notes,
            },
        )

    def commit_pending(self) -> None:
        self.binder.commit_all()

    def _open_website(self) -> None:
        site = self.website_edit.text().strip()
        if site:
            QDesktopServices.openUrl(QUrl(site if "://" in site else f"https://{site}"))
