"""Plan reviews: when the plan was reviewed (usually with the mentor), what was decided, and the
date of the next review — the last one plus the account's review cycle."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from kamdesk.domain import formats
from kamdesk.services import plan as plans
from kamdesk.ui.context import AppContext
from kamdesk.ui.tabs.base import mark_internal
from kamdesk.ui.tabs.plan.page import PlanTablePage
from kamdesk.ui.tabs.plan.table import Column


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class ReviewsPage(PlanTablePage):
    table = "plan_review"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("reviewed_on", lambda: self.tr("Date"), "date", 120),
            Column("reviewer_id", lambda: self.tr("Reviewer"), "member", 190),
            Column(
                "decisions",
                lambda: self.tr("Decisions"),
                width=400,
                stretch=True,
                editable=False,
                display=lambda r: _first_line(r.decisions),
            ),
        ]
        super().__init__(ctx, "plan_reviews", columns, parent)
        self.next_label = QLabel(objectName="plan_reviews_next")
        self.toolbar.insertWidget(2, self.next_label)
        self.decisions_edit = QPlainTextEdit(objectName="plan_reviews_decisions")
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setMinimumHeight(44)
        self.binder.bind("decisions", self.decisions_edit, lambda: self.tr("Decisions"))
        self.decisions_label = QLabel()
        mark_internal(self.decisions_label, self.decisions_edit)
        self.standard_detail(flag=False, extra=[(self.decisions_label, self.decisions_edit)])
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(self.tr("&Record review"))
        self.add_button.setToolTip(self.tr("Record a plan review held today, with the mentor as reviewer"))
        self.decisions_label.setText(self.tr("De&cisions"))
        self.decisions_edit.setPlaceholderText(self.tr("What was decided, and who follows it up"))
        self.refresh_summary()

    def records(self) -> list[Any]:
        return list(self.plan.reviews)

    def new_values(self) -> dict[str, Any]:
        return {"reviewed_on": date.today(), "reviewer_id": plans.default_reviewer(self.team)}

    def detail_values(self, record: Any) -> dict[str, Any]:
        return {"notes": record.notes, "decisions": record.decisions}

    def noun(self) -> str:
        return self.tr("plan review")

    def empty_text(self) -> str:
        return self.tr(
            "No plan reviews yet.\n\nEvery few months the mentor reviews the plan with the account team. "
            "Record a review when it has taken place; the next one is then due after the review cycle."
        )

    def refresh_summary(self) -> None:
        if self.account_id is None:
            self.next_label.clear()
            self.summary.clear()
            return
        today = date.today()
        due = self.plan.next_review_on(today)
        text = self.tr("Next plan review: <b>%1</b>").replace("%1", formats.format_date(due))
        if due < today or (self.plan.last_review_on() is None):
            due_now = self.tr("Plan review due now")
            text = f"<b style='color:#b42318'>{due_now}</b>"
        self.next_label.setText(text)
        self.summary.setText(self.tr("every %n month(s)", "", self.plan.review_cadence_months))
