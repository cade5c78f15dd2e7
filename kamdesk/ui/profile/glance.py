"""The account at a glance: tier, readiness to order, share of wallet, next review, classification.

Each tile is a button: it takes the user to the section behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kamdesk.domain.account import Account
from kamdesk.domain.dates import format_date
from kamdesk.domain.listing import Readiness
from kamdesk.domain.portfolio import Explanation, Standing, Tier
from kamdesk.domain.team import ReviewSchedule
from kamdesk.ui.badges import BAD, GOOD, NEUTRAL, WARN, tier_colour
from kamdesk.ui.editors import format_amount, format_percent, format_points


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is too narrow (the full text is the tooltip)."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)  # type: ignore[arg-type]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._elide()
        super().resizeEvent(event)

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(10, self.width()))
        super().setText(shown)


class GlanceTile(QPushButton):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"glance_{key}")
        self.setProperty("glance", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.caption = ElidedLabel(objectName="glance_caption")
        self.value = ElidedLabel(objectName="glance_value")
        self.detail = ElidedLabel(objectName="glance_detail")
        for label in (self.caption, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(420)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.layout().sizeHint().expandedTo(QSize(160, 70))  # as tall as its text, in any font

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def show_values(self, value: str, detail: str, colour: str) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};")
        self.detail.setText(detail)
        self.setToolTip(f"{self.caption.full_text()}: {value} — {detail}" if detail else value)


class Glance(QWidget):
    #: a tile was clicked: show the section with this key
    section_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_glance")
        self.tiles = {k: GlanceTile(k) for k in ("selection", "listing", "figures", "team", "classification")}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for tile in self.tiles.values():
            layout.addWidget(tile, 1)
            tile.clicked.connect(lambda _=False, k=tile.key: self.section_requested.emit(k))
        layout.addStretch(0)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "selection": self.tr("Tier"),
            "listing": self.tr("Ready to order"),
            "figures": self.tr("Share of wallet"),
            "team": self.tr("Plan review"),
            "classification": self.tr("Classification"),
        }
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key].upper())

    def show_tier(self, standing: Standing | None, explanation: Explanation | None, tiers: list[Tier]) -> None:
        tile = self.tiles["selection"]
        if standing is None or not standing.scored or explanation is None:
            tile.show_values(self.tr("Not scored"), self.tr("Score the selection criteria"), NEUTRAL)
            return
        tier = explanation.tier
        detail = self.tr("%1 points").replace("%1", format_points(standing.total))
        if standing.rank is not None:
            detail += " · " + self.tr("rank %1").replace("%1", str(standing.rank))
        tile.show_values(tier.name if tier else self.tr("No tier"), detail, tier_colour(tier, tiers))

    def show_readiness(self, result: Readiness) -> None:
        tile = self.tiles["listing"]
        if not result.recorded:
            tile.show_values(self.tr("Not assessed"), self.tr("Nothing recorded yet"), NEUTRAL)
        elif result.ready:
            detail = (
                (result.warnings[0].short or result.warnings[0].text)
                if result.warnings
                else self.tr("Everything in place")
            )
            tile.show_values(self.tr("Yes"), detail, WARN if result.warnings else GOOD)
        else:
            tile.show_values(self.tr("No"), self.tr("%n item(s) missing", "", len(result.missing)), BAD)

    def show_figures(self, account: Account | None) -> None:
        tile = self.tiles["figures"]
        share = account.share_of_wallet if account else None
        if account is None or share is None:
            tile.show_values("—", self.tr("Enter revenue and potential"), NEUTRAL)
            return
        tile.show_values(
            format_percent(share),
            self.tr("%1 of %2")
            .replace("%1", format_amount(account.annual_revenue))
            .replace("%2", format_amount(account.potential)),
            BAD if share > 1 else "palette(text)",
        )

    def show_review(self, schedule: ReviewSchedule | None) -> None:
        tile = self.tiles["team"]
        if schedule is None or schedule.every_months is None:
            tile.show_values("—", self.tr("No review cadence set"), NEUTRAL)
        elif schedule.last is None:
            tile.show_values(self.tr("Due now"), self.tr("No review recorded yet"), WARN)
        elif schedule.overdue:
            tile.show_values(self.tr("Overdue"), self.tr("by %n day(s)", "", schedule.overdue_days), BAD)
        else:
            tile.show_values(
                format_date(schedule.next),
                self.tr("every %n month(s)", "", schedule.every_months),
                "palette(text)",
            )

    def show_classification(self, account: Account | None) -> None:
        tile = self.tiles["classification"]
        if account is None or account.classification is None:
            tile.show_values(self.tr("Not classified"), "", NEUTRAL)
            return
        detail = " · ".join(x.label for x in (account.geography, account.phase) if x is not None)
        tile.show_values(account.classification.label, detail, "palette(text)")
