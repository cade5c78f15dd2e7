"""Selection and tier: the account's score per criterion, the weighted total, rank and tier —
and, in words, why it stands there and what would lift it to the next tier."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kamdesk.domain.portfolio import SCORE_MAX, SCORE_MIN, AccountStanding, Criterion, Explanation, Standing, Tier
from kamdesk.ui.badges import Chip, tier_colour
from kamdesk.ui.context import AppContext
from kamdesk.ui.editors import OptionalSpinBox, format_percent, format_points
from kamdesk.ui.explanation import ExplanationText
from kamdesk.ui.profile.section import Section
from kamdesk.ui.undo import Call
from kamdesk.ui.widgets import InternalBadge


class ScoreRow:
    """The widgets of one criterion's line."""

    def __init__(self, criterion: Criterion) -> None:
        self.criterion = criterion
        self.name = QLabel(criterion.name)
        self.name.setToolTip(criterion.description)
        self.share = QLabel(objectName="score_share")
        self.share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.spin = OptionalSpinBox(SCORE_MIN, SCORE_MAX, objectName=f"score_{criterion.id}")
        self.spin.setFixedWidth(64)
        self.spin.setAccessibleName(criterion.name)
        self.bar = QProgressBar(objectName="score_bar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.points = QLabel(objectName="score_points")
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.points.setMinimumWidth(38)


class SelectionSection(Section):
    key = "selection"
    #: the user asked to edit the workspace's criteria and tiers
    edit_criteria_requested = Signal()

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_selection")
        self.ctx, self.tab = ctx, tab
        self.account_id: str | None = None
        self.criteria: list[Criterion] = []
        self.tiers: list[Tier] = []
        self.scores: dict[str, int] = {}
        self.rows: list[ScoreRow] = []

        self.tier_chip = Chip()
        self.tier_chip.setObjectName("selection_tier")
        self.summary = QLabel(objectName="selection_summary")
        self.badge = InternalBadge()
        self.add_title_widget(self.badge)
        self.edit_button = QPushButton(objectName="selection_edit_criteria")
        self.edit_button.setFlat(True)
        self.edit_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.edit_button.clicked.connect(self.edit_criteria_requested)
        self.add_title_trailing(self.edit_button)

        head = QHBoxLayout()
        head.addWidget(self.tier_chip)
        head.addWidget(self.summary, 1)
        self.body.addLayout(head)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(3, 1)
        self.body.addWidget(self.grid_host)
        self.why = QLabel(objectName="selection_why")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.next = QLabel(objectName="selection_next")
        self.next.setWordWrap(True)
        self.next.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.why)
        self.body.addWidget(self.next)
        self.empty = QLabel(objectName="selection_empty")
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)
        self.text = ExplanationText(self)
        self._standing: Standing | None = None
        self._explanation: Explanation | None = None
        self._count = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selection and tier"))
        self.badge.setToolTip(self.tr("Scores, total and tier are internal: never shown to the customer."))
        self.edit_button.setText(self.tr("Criteria and tiers…"))
        self.edit_button.setToolTip(self.tr("Edit the workspace's selection criteria, weights and tiers"))
        self.empty.setText(
            self.tr("No selection criteria yet. Set them up under Criteria and tiers, then score the account here.")
        )
        for row in self.rows:
            row.spin.setToolTip(self.tr("Score from 0 (not at all) to 10 (outstanding); — = not scored yet"))
        self._show_result()

    # -- loading ---------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save a score still waiting for the pause after arrow clicks."""
        for row in self.rows:
            row.spin.flush()

    def load(self, account_id: str | None) -> None:
        from kamdesk.services import portfolio

        ws = self.ctx.ws
        if account_id is None or ws is None:
            self.show_standing(None, [], [], {}, None)
            return
        self.show_standing(
            account_id,
            portfolio.criteria(ws),
            portfolio.tiers(ws),
            portfolio.scores_of(ws, account_id),
            portfolio.standing_of(ws, account_id),
        )

    def show_standing(
        self,
        account_id: str | None,
        criteria: list[Criterion],
        tiers: list[Tier],
        scores: dict[str, int],
        result: AccountStanding | None,
    ) -> None:
        """Show ``account_id``'s ``scores`` against the ``criteria``, and its standing."""
        if account_id != self.account_id:
            self.commit_pending()  # still for the account shown so far
        self.account_id = account_id
        if account_id is None or result is None:
            self.scores = {}
            self._build([])
            return
        self.tiers = tiers
        if [(c.id, c.name, c.description) for c in criteria] != [(c.id, c.name, c.description) for c in self.criteria]:
            self._build(criteria)
        self.criteria = criteria
        self.scores = scores
        self._standing, self._explanation, self._count = result.standing, result.explanation, result.ranked
        self._show_result()

    def _build(self, criteria: list[Criterion]) -> None:
        for row in self.rows:
            for widget in (row.name, row.share, row.spin, row.bar, row.points):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        self.criteria = criteria
        for n, criterion in enumerate(criteria):
            row = ScoreRow(criterion)
            row.spin.field_edited.connect(lambda r=row: self._commit(r))
            row.spin.setToolTip(self.tr("Score from 0 (not at all) to 10 (outstanding); — = not scored yet"))
            for column, widget in enumerate((row.name, row.share, row.spin, row.bar, row.points)):
                self.grid.addWidget(widget, n, column)
            self.rows.append(row)

    # -- showing -----------------------------------------------------------------------------

    def _show_result(self) -> None:
        has_criteria = bool(self.criteria)
        self.empty.setVisible(has_criteria is False and self.account_id is not None)
        for widget in (self.grid_host, self.why, self.next, self.tier_chip, self.summary):
            widget.setVisible(has_criteria)
        explanation = self._explanation
        if not has_criteria or explanation is None:
            return
        by_id = {k.criterion.id: k for k in explanation.contributions}
        for row in self.rows:
            k = by_id.get(row.criterion.id)
            share = k.share if k else 0.0
            row.share.setText(format_percent(share))
            row.share.setToolTip(self.tr("Weight: %1 of the total").replace("%1", format_percent(share)))
            row.spin.set_field_value(self.scores.get(row.criterion.id))
            row.spin.setEnabled(self.ctx.writable)
            points = k.points if k else 0.0
            row.bar.setValue(round(points / (share * 100) * 1000) if share else 0)
            row.points.setText(format_points(points))
            row.points.setToolTip(self.tr("Points this criterion adds to the total"))
        standing = self._standing
        scored = bool(standing and standing.scored)
        tier = explanation.tier
        self.tier_chip.setText(tier.name if tier else (self.tr("No tier") if scored else self.tr("Not scored")))
        self.tier_chip.set_colour(tier_colour(tier, self.tiers))
        if scored and standing is not None:
            text = self.tr("<b>%1</b> of 100 points").replace("%1", format_points(standing.total))
            if standing.rank is not None:
                text += " · " + self.tr("rank %1 of %2").replace("%1", str(standing.rank)).replace(
                    "%2", str(self._count)
                )
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("Give the account a score on each criterion."))
        self.why.setText(self.text.why(explanation) if scored else "")
        self.why.setVisible(scored)
        self.next.setText(self.text.next(explanation) if scored else "")
        self.next.setVisible(scored and bool(self.next.text()))

    # -- editing -----------------------------------------------------------------------------

    def _commit(self, row: ScoreRow) -> None:
        from kamdesk.services import portfolio

        if self.account_id is None:
            return
        new = row.spin.field_value()
        old = self.scores.get(row.criterion.id)
        if new == old:
            return
        ws, account_id, criterion_id = self.ctx.workspace(), self.account_id, row.criterion.id
        command = Call(
            self.ctx,
            self.tr("Score %1: %2").replace("%1", row.criterion.name).replace("%2", "—" if new is None else str(new)),
            lambda: portfolio.set_score(ws, account_id, criterion_id, new, old),
            lambda: portfolio.set_score(ws, account_id, criterion_id, old, new),
            account_id=account_id,
            tab=self.tab,
        )
        if not self.ctx.push(command):
            row.spin.set_field_value(old)
