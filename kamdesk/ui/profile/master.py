"""Master data, the account's figures (revenue, potential, share of wallet), goals and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from kamdesk.domain.account import Account
from kamdesk.ui.context import AppContext
from kamdesk.ui.editors import MoneyEdit, format_amount, format_percent
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.profile.section import Section
from kamdesk.ui.widgets import InternalBadge


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(7)
    return form


class LinesEdit(QPlainTextEdit):
    """A text box as tall as ``lines`` lines of its font (also after the font grows, in workshop mode)."""

    def __init__(self, lines: float, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)  # type: ignore[arg-type]
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), int(self.fontMetrics().lineSpacing() * self.lines + 14))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def _text_box(name: str, lines: float) -> QPlainTextEdit:
    return LinesEdit(lines, objectName=name)


class MasterDataSection(Section):
    key = "master"

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_master")
        self.binder = FieldBinder(ctx, "account", tab, self)
        self.name_edit = QLineEdit(objectName="profile_name")
        self.legal_edit = QLineEdit(objectName="profile_legal_entity")
        self.group_edit = QLineEdit(objectName="profile_parent_group")
        self.industry_edit = QLineEdit(objectName="profile_industry")
        self.country_edit = QLineEdit(objectName="profile_country")
        self.website_edit = QLineEdit(objectName="profile_website")
        self.sites_edit = _text_box("profile_sites", 2.2)
        self.open_website = QToolButton(objectName="profile_open_website")
        self.open_website.setText("↗")
        self.open_website.clicked.connect(self._open_website)

        self.labels: dict[str, QLabel] = {}
        form = _form()
        rows: list[tuple[str, QWidget, Callable[[], str]]] = [
            ("name", self.name_edit, lambda: self.tr("Name")),
            ("legal_entity", self.legal_edit, lambda: self.tr("Legal entity")),
            ("parent_group", self.group_edit, lambda: self.tr("Group / parent")),
            ("industry", self.industry_edit, lambda: self.tr("Industry")),
            ("country", self.country_edit, lambda: self.tr("Country / region")),
            ("website", self.website_edit, lambda: self.tr("Website")),
            ("sites", self.sites_edit, lambda: self.tr("Sites")),
        ]
        for field, editor, label in rows:
            self.binder.bind(field, editor, label)
            self.labels[field] = QLabel()
            self.labels[field].setBuddy(editor)
            if field == "website":
                line = QHBoxLayout()
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(self.website_edit, 1)
                line.addWidget(self.open_website)
                form.addRow(self.labels[field], line)
            else:
                form.addRow(self.labels[field], editor)
        self.body.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Master data"))
        for field, text in (
            ("name", self.tr("&Name")),
            ("legal_entity", self.tr("&Legal entity")),
            ("parent_group", self.tr("&Group / parent")),
            ("industry", self.tr("&Industry")),
            ("country", self.tr("&Country / region")),
            ("website", self.tr("&Website")),
            ("sites", self.tr("S&ites")),
        ):
            self.labels[field].setText(text)
        self.name_edit.setPlaceholderText(self.tr("Customer name as the team uses it"))
        self.legal_edit.setPlaceholderText(self.tr("As on the contract, e.g. Muster GmbH"))
        self.group_edit.setPlaceholderText(self.tr("The group the account belongs to, if any"))
        self.industry_edit.setPlaceholderText(self.tr("e.g. Mechanical engineering"))
        self.country_edit.setPlaceholderText(self.tr("e.g. Germany"))
        self.website_edit.setPlaceholderText("www.example.de")
        self.sites_edit.setPlaceholderText(self.tr("Plants, offices and warehouses that order or use our products"))
        self.open_website.setToolTip(self.tr("Open the website in the browser"))

    def load(self, account: Account | None) -> None:
        if account is None:
            self.binder.load(None, {})
            return
        self.binder.load(
            account.id,
            {
                "name": account.name,
                "legal_entity": account.legal_entity,
                "parent_group": account.parent_group,
                "industry": account.industry,
                "country": account.country,
                "website": account.website,
                "sites": account.sites,
            },
        )

    def _open_website(self) -> None:
        site = self.website_edit.text().strip()
        if site:
            QDesktopServices.openUrl(QUrl(site if "://" in site else f"https://{site}"))


class FiguresSection(Section):
    """Our revenue, the account's potential, the share of wallet, and the customer's goals."""

    key = "figures"

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_figures")
        self.binder = FieldBinder(ctx, "account", tab, self)
        self.revenue_edit = MoneyEdit(objectName="profile_revenue")
        self.potential_edit = MoneyEdit(objectName="profile_potential")
        self.goals_edit = _text_box("profile_goals", 4.3)
        self.binder.bind("annual_revenue", self.revenue_edit, lambda: self.tr("Our annual revenue"))
        self.binder.bind("potential", self.potential_edit, lambda: self.tr("Potential"))
        self.binder.bind("customer_goals", self.goals_edit, lambda: self.tr("Customer goals"))
        self.wallet_bar = QProgressBar(objectName="profile_wallet_bar")
        self.wallet_bar.setRange(0, 100)
        self.wallet_bar.setTextVisible(False)
        self.wallet_bar.setFixedHeight(8)
        self.wallet_text = QLabel(objectName="profile_wallet")
        self.badge = InternalBadge()
        self.add_title_widget(self.badge)

        wallet = self.wallet = QWidget()
        wallet_line = QHBoxLayout(wallet)
        wallet_line.setContentsMargins(0, 0, 0, 0)
        wallet_line.addWidget(self.wallet_text)
        wallet_line.addWidget(self.wallet_bar, 1)
        self.labels = {k: QLabel() for k in ("revenue", "potential", "wallet", "goals")}
        form = _form()
        form.addRow(self.labels["revenue"], self.revenue_edit)
        form.addRow(self.labels["potential"], self.potential_edit)
        form.addRow(self.labels["wallet"], wallet)
        form.addRow(self.labels["goals"], self.goals_edit)
        self.labels["revenue"].setBuddy(self.revenue_edit)
        self.labels["potential"].setBuddy(self.potential_edit)
        self.labels["goals"].setBuddy(self.goals_edit)
        self.body.addLayout(form)
        self._account: Account | None = None
        self.retranslate()

    def internal_widgets(self) -> list[QWidget]:
        """Our figures (internal) — the customer's goals stay."""
        labels = [self.labels[k] for k in ("revenue", "potential", "wallet")]
        return [self.badge, self.revenue_edit, self.potential_edit, self.wallet, *labels]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Business and goals"))
        self.badge.setToolTip(self.tr("Revenue, potential and share of wallet are internal figures."))
        self.labels["revenue"].setText(self.tr("Our annual &revenue"))
        self.labels["potential"].setText(self.tr("&Potential"))
        self.labels["wallet"].setText(self.tr("Share of wallet"))
        self.labels["goals"].setText(self.tr("Customer &goals"))
        self.revenue_edit.setPlaceholderText(self.tr("e.g. 1.2 Mio"))
        self.revenue_edit.setToolTip(self.tr("What the account buys from us in a year (EUR)."))
        self.potential_edit.setPlaceholderText(self.tr("e.g. 4 Mio"))
        self.potential_edit.setToolTip(
            self.tr("What the account spends in a year in our product categories, with us and with competitors (EUR).")
        )
        self.goals_edit.setPlaceholderText(self.tr("What the customer wants to achieve — in their words"))
        self._show_wallet()

    def load(self, account: Account | None) -> None:
        self._account = account
        if account is None:
            self.binder.load(None, {})
        else:
            self.binder.load(
                account.id,
                {
                    "annual_revenue": account.annual_revenue,
                    "potential": account.potential,
                    "customer_goals": account.customer_goals,
                },
            )
        self._show_wallet()

    def _show_wallet(self) -> None:
        account = self._account
        share = account.share_of_wallet if account else None
        self.wallet_bar.setVisible(share is not None)
        if share is None:
            self.wallet_text.setText(self.tr("— (needs revenue and potential)"))
            self.wallet_text.setToolTip("")
            return
        assert account is not None
        self.wallet_bar.setValue(min(100, round(share * 100)))
        self.wallet_text.setText(f"<b>{format_percent(share)}</b>")
        tip = self.tr("%1 of %2 the account spends in our categories.")
        tip = tip.replace("%1", format_amount(account.annual_revenue)).replace("%2", format_amount(account.potential))
        if share > 1:
            tip += " " + self.tr("Revenue exceeds the potential — check the figures.")
        self.wallet_text.setToolTip(tip)


class NotesSection(Section):
    key = "notes"

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_notes_section")
        self.binder = FieldBinder(ctx, "account", tab, self)
        self.notes_edit = QPlainTextEdit(objectName="profile_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(110)
        self.binder.bind("notes", self.notes_edit, lambda: self.tr("Internal notes"))
        self.notes_badge = InternalBadge()
        self.add_title_widget(self.notes_badge)
        self.body.addWidget(self.notes_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Internal notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("What the team should know about this account. Never shown to the customer.")
        )

    def load(self, account: Account | None) -> None:
        if account is None:
            self.binder.load(None, {})
        else:
            self.binder.load(account.id, {"notes": account.notes})
