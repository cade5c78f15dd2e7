"""Classification (with what each choice means and what follows), geography and long-term phase."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account import Account, Classification, Geography, Phase, meaning
from kamdesk.ui.context import AppContext
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.profile.section import Section
from kamdesk.ui.widgets import InternalBadge


class ClassificationCard(QFrame):
    """One choice: the radio button with the name, and what the choice means."""

    def __init__(self, classification: Classification | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.classification = classification
        self.setObjectName("classification_card")
        self.radio = QRadioButton(objectName=f"classification_{classification or 'none'}")
        self.tagline = QLabel(objectName="classification_tagline")
        self.tagline.setWordWrap(True)
        self.consequences = QLabel(objectName="classification_consequences")
        self.consequences.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(self.radio)
        for label in (self.tagline, self.consequences):
            label.setContentsMargins(22, 0, 0, 0)
            layout.addWidget(label)
            label.setVisible(classification is not None)

    def retranslate(self) -> None:
        if self.classification is None:
            self.radio.setText(self.tr("Not classified yet"))
            return
        what = meaning(self.classification)
        self.radio.setText(self.classification.label)
        self.tagline.setText(what.tagline)
        self.consequences.setText(
            self.tr("Service: %1").replace("%1", what.service_level)
            + "\n"
            + self.tr("Plan: %1").replace("%1", what.plan_depth)
        )
        self.setToolTip(what.meaning)

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.radio.isEnabled() and not self.radio.isChecked():
            self.radio.click()
        super().mousePressEvent(event)


class ClassificationChooser(QWidget):
    """The three classifications side by side with their meaning; speaks the editor protocol."""

    field_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classification_chooser")
        self.group = QButtonGroup(self)
        self.cards = [ClassificationCard(c) for c in (*Classification, None)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for card in self.cards:
            self.group.addButton(card.radio)
            layout.addWidget(card)
            card.radio.toggled.connect(self._sync)
        self.group.buttonClicked.connect(lambda _b: self.field_edited.emit())
        self.retranslate()

    def retranslate(self) -> None:
        for card in self.cards:
            card.retranslate()

    def field_value(self) -> str | None:
        card = next((c for c in self.cards if c.radio.isChecked()), None)
        return card.classification.value if card and card.classification else None

    def set_field_value(self, value: Any) -> None:
        for card in self.cards:
            card.radio.setChecked((card.classification.value if card.classification else None) == value)
        self._sync()

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt's name
        for card in self.cards:
            card.radio.setEnabled(enabled)

    def _sync(self) -> None:
        for card in self.cards:
            card.set_selected(card.radio.isChecked() and card.classification is not None)


class ClassificationSection(Section):
    key = "classification"

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_classification")
        self.binder = FieldBinder(ctx, "account", tab, self)
        self.chooser = ClassificationChooser()
        self.geography = QComboBox(objectName="profile_geography")
        self.phase = QComboBox(objectName="profile_phase")
        self.binder.bind("classification", self.chooser, lambda: self.tr("Classification"))
        self.binder.bind("geography", self.geography, lambda: self.tr("Geography"))
        self.binder.bind("phase", self.phase, lambda: self.tr("Phase"))

        self.badge = InternalBadge()
        self.add_title_widget(self.badge)
        self.body.addWidget(self.chooser)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.geography_label, self.phase_label = QLabel(), QLabel()
        self.geography_label.setBuddy(self.geography)
        self.phase_label.setBuddy(self.phase)
        form.addRow(self.geography_label, self.geography)
        form.addRow(self.phase_label, self.phase)
        self.body.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Classification"))
        self.badge.setToolTip(
            self.tr("The classification is an internal judgement: it never appears in anything the customer sees.")
        )
        self.chooser.retranslate()
        self.geography_label.setText(self.tr("&Geography"))
        self.phase_label.setText(self.tr("Long-term &phase"))
        _fill(self.geography, Geography, self.tr("— not set —"))
        _fill(self.phase, Phase, self.tr("— not set —"))
        self.geography.setToolTip(
            self.tr("How far the account's business with us reaches: the Key Account matrix's second axis.")
        )
        self.phase.setToolTip(
            self.tr(
                "Where the long-term relationship stands: pre-sale, contract negotiation, "
                "implementation/delivery, review, exploration."
            )
        )

    def load(self, account: Account | None) -> None:
        if account is None:
            self.binder.load(None, {})
            return
        self.binder.load(
            account.id,
            {
                "classification": account.classification.value if account.classification else None,
                "geography": account.geography.value if account.geography else None,
                "phase": account.phase.value if account.phase else None,
            },
        )


def _fill(combo: QComboBox, enum: Any, empty: str) -> None:
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, None)
    for member in enum:
        combo.addItem(member.label, member.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)
