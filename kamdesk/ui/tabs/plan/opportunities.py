"""Opportunities through the eight phases of the sales cycle: a strip with the pipeline per phase
(click a phase to see only its opportunities), the table, and one key to move to the next phase."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from kamdesk.domain import formats
from kamdesk.domain.plan import Opportunity, OpportunityStatus, Phase, pipeline
from kamdesk.services import plan as plans
from kamdesk.ui.context import AppContext
from kamdesk.ui.tabs.base import mark_internal
from kamdesk.ui.tabs.plan.page import TAB, PlanTablePage
from kamdesk.ui.tabs.plan.table import Column
from kamdesk.ui.undo import SetFields


class PhaseStrip(QWidget):
    """Eight buttons, one per phase, each with its count and pipeline; checked = filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_phase_strip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[Phase, QToolButton] = {}
        for phase in Phase:
            button = QToolButton(objectName=f"phase_{phase.value}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(46)
            button.setMinimumWidth(30)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            layout.addWidget(button, 1)
            self.buttons[phase] = button
        self.group.buttonToggled.connect(self._only_one)

    def _only_one(self, button: QToolButton, checked: bool) -> None:
        if checked:
            for other in self.buttons.values():
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)

    def chosen(self) -> Phase | None:
        return next((p for p, b in self.buttons.items() if b.isChecked()), None)

    def show_totals(self, opportunities: list[Opportunity], money: bool = True) -> None:
        for total in pipeline(opportunities):
            button = self.buttons[total.phase]
            figure = formats.format_money(total.value) if total.count else "–"
            if not money:
                figure = str(total.count)
            button.setText(f"{total.phase.number} {total.phase.label}\n{total.count} · {figure}")
            weighted = formats.format_money(total.weighted)
            tip = f"<b>{total.phase.label}</b><br>{total.phase.hint}"
            if money:
                tip += "<br>" + self.tr("Weighted by probability: %1").replace("%1", weighted)
            button.setToolTip(tip)


class OpportunitiesPage(PlanTablePage):
    table = "opportunity"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("title", lambda: self.tr("Opportunity"), width=260, stretch=True),
            Column("phase", lambda: self.tr("Phase"), "choice", 135, choices=Phase),
            Column("status", lambda: self.tr("Status"), "choice", 75, choices=OpportunityStatus),
            Column("value", lambda: self.tr("Value"), "money", 95),
            Column(
                "probability",
                lambda: self.tr("Prob."),
                "percent",
                60,
                tooltip=lambda: self.tr("Probability of winning, 0–100%"),
            ),
            Column("expected_close", lambda: self.tr("Close"), "date", 100),
            Column("owner_id", lambda: self.tr("Owner"), "member", 130),
        ]
        super().__init__(ctx, "plan_opportunities", columns, parent)
        self.strip = PhaseStrip()
        self.strip.group.buttonToggled.connect(lambda *_: self.show_plan(self.account_id, self.plan, self.team))
        self.layout().insertWidget(1, self.strip)
        self.next_button = QPushButton(objectName="plan_opportunities_next_phase")
        self.next_button.clicked.connect(lambda: self.move_phase(1))
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+Shift+Right"))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action.triggered.connect(lambda: self.move_phase(1))
        self.back_action = QAction(self)
        self.back_action.setShortcut(QKeySequence("Ctrl+Shift+Left"))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(lambda: self.move_phase(-1))
        self.addAction(self.next_action)
        self.addAction(self.back_action)
        self.toolbar.insertWidget(2, self.next_button)
        self.next_step_edit = QLineEdit(objectName="plan_opportunities_next_step")
        self.binder.bind("next_step", self.next_step_edit, lambda: self.tr("Next step"))
        self.next_step_label = QLabel()
        self.competitors_edit = QLineEdit(objectName="plan_opportunities_competitors")
        self.binder.bind("competitors", self.competitors_edit, lambda: self.tr("Competitors"))
        self.competitors_label = QLabel()
        both = QWidget()
        row = QHBoxLayout(both)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.next_step_edit, 3)
        row.addWidget(self.competitors_label)
        row.addWidget(self.competitors_edit, 2)
        self.competitors_label.setBuddy(self.competitors_edit)
        mark_internal(self.competitors_label, self.competitors_edit)
        self.standard_detail(extra=[(self.next_step_label, both)])
        self.next_step_label.setBuddy(self.next_step_edit)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.next_button.setText(self.tr("Next &phase →"))
        self.next_button.setToolTip(
            self.tr("Move the selected opportunity to the next phase (Ctrl+Shift+→; back: Ctrl+Shift+←)")
        )
        self.next_step_label.setText(self.tr("Ne&xt step"))
        self.next_step_edit.setPlaceholderText(self.tr("What happens next, and who does it"))
        self.competitors_label.setText(self.tr("C&ompetitors"))
        self.competitors_edit.setPlaceholderText(self.tr("Who else is in the race (internal)"))
        if self.plan is not None:
            self.strip.show_totals(list(self.plan.opportunities), money=not self.customer_safe)

    def records(self) -> list[Any]:
        phase = self.strip.chosen()
        ordered = sorted(self.plan.opportunities, key=lambda o: (o.status is OpportunityStatus.LOST, o.phase.number))
        return [o for o in ordered if phase is None or o.phase is phase]

    def show_plan(self, account_id: str | None, plan: Any, team: list[Any]) -> None:
        super().show_plan(account_id, plan, team)
        self.strip.show_totals(list(plan.opportunities), money=not self.customer_safe)

    def new_values(self) -> dict[str, Any]:
        return {
            "title": self.tr("New opportunity"),
            "phase": (self.strip.chosen() or Phase.POSITIONING).value,
            "owner_id": plans.default_owner(self.team),
            "position": len(self.plan.opportunities) + 1,
        }

    def detail_values(self, record: Any) -> dict[str, Any]:
        return {
            "notes": record.notes,
            "internal": record.internal,
            "competitors": record.competitors,
            "next_step": record.next_step,
        }

    def noun(self) -> str:
        return self.tr("opportunity")

    def empty_text(self) -> str:
        return self.tr(
            "No opportunities yet.\n\nTrack each piece of business through the eight phases of the sales cycle, "
            "from positioning to retention. Add one with Ctrl+Shift+A."
        )

    def refresh_summary(self) -> None:
        if self.customer_safe:
            self.summary.clear()
            return
        live = [o for o in self.plan.opportunities if o.status is not OpportunityStatus.LOST]
        value = sum((o.value or Decimal(0) for o in live if o.status is OpportunityStatus.OPEN), Decimal(0))
        weighted = sum((o.weighted or Decimal(0) for o in live if o.status is OpportunityStatus.OPEN), Decimal(0))
        self.summary.setText(
            self.tr("Open pipeline %1 · weighted %2")
            .replace("%1", formats.format_money(value))
            .replace("%2", formats.format_money(weighted))
        )

    def move_phase(self, step: int) -> None:
        record = self.current()
        if record is None or not self.ctx.writable:
            return
        target = record.phase.step(step)
        if target is record.phase:
            return
        text = self.tr("“%1” to phase %2").replace("%1", record.title).replace("%2", target.label)
        command = SetFields(
            self.ctx,
            self.table,
            record.id,
            {"phase": record.phase.value},
            {"phase": target.value},
            text,
            self.account_id,
            TAB,
        )
        if self.ctx.push(command):
            self.message.emit(text)
