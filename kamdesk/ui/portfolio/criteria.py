"""Selection criteria (name, description, weight shown as share of 100 %) and tiers (name,
threshold), edited in place for the whole workspace — every edit undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QWidget,
)

from kamdesk.domain.portfolio import TOTAL_MAX, WEIGHT_MAX, WEIGHT_MIN, Criterion, Tier, ordered_tiers, shares
from kamdesk.services import ordering, portfolio
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.editors import format_percent, format_points
from kamdesk.ui.portfolio.model import PortfolioModel
from kamdesk.ui.profile.section import Section
from kamdesk.ui.record_table import ROW_ID_ROLE, Column, RecordDelegate, RecordTableModel, keep_edit_key
from kamdesk.ui.undo import Call, DeleteRow, InsertRow

TAB = "portfolio:criteria"


def _table(model: RecordTableModel, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setItemDelegate(RecordDelegate(model, view))
    keep_edit_key(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


class CriteriaPage(QWidget):
    key = "criteria"

    def __init__(self, ctx: AppContext, ranking: PortfolioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ranking = ranking
        self.criteria: list[Criterion] = []
        self.tiers: list[Tier] = []
        self._shares: dict[str, float] = {}

        self.criteria_model = RecordTableModel(
            ctx,
            "selection_criterion",
            [
                Column("name", lambda: self.tr("Criterion")),
                Column("description", lambda: self.tr("What it means"), tooltip=lambda r: str(r["description"])),
                Column(
                    "weight", lambda: self.tr("Weight"), "int", minimum=WEIGHT_MIN, maximum=WEIGHT_MAX, align_right=True
                ),
                Column(
                    None,
                    lambda: self.tr("Share"),
                    "computed",
                    display=lambda r: format_percent(self._shares.get(r["id"], 0.0), 1),
                    align_right=True,
                ),
            ],
            TAB,
            lambda r: str(r["name"]),
            self,
        )
        self.criteria_view = _table(self.criteria_model, "criteria_table")
        header = self.criteria_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.tier_model = RecordTableModel(
            ctx,
            "tier",
            [
                Column("name", lambda: self.tr("Tier")),
                Column(
                    "threshold",
                    lambda: self.tr("From (points)"),
                    "number",
                    minimum=0,
                    maximum=int(TOTAL_MAX),
                    display=lambda r: format_points(r["threshold"]),
                    align_right=True,
                ),
                Column(
                    None,
                    lambda: self.tr("Accounts"),
                    "computed",
                    display=lambda r: str(self._tier_counts().get(r["id"], 0)),
                    align_right=True,
                ),
            ],
            TAB,
            lambda r: str(r["name"]),
            self,
        )
        self.tier_view = _table(self.tier_model, "tier_table")
        header = self.tier_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.criteria_section = Section()
        self.criteria_section.setObjectName("criteria_section")
        self.weights_hint = QLabel(objectName="criteria_weights_hint")
        self.weights_hint.setWordWrap(True)
        self.add_criterion = QToolButton(objectName="criteria_add")
        self.add_criterion.clicked.connect(self.new_criterion)
        self.remove_criterion = QToolButton(objectName="criteria_remove")
        self.remove_criterion.clicked.connect(self.delete_criterion)
        self.up = QToolButton(objectName="criteria_up")
        self.up.setText("↑")
        self.up.clicked.connect(lambda: self.move_criterion(-1))
        self.down = QToolButton(objectName="criteria_down")
        self.down.setText("↓")
        self.down.clicked.connect(lambda: self.move_criterion(1))
        buttons = QHBoxLayout()
        for button in (self.add_criterion, self.remove_criterion, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.criteria_section.body.addWidget(self.weights_hint)
        self.criteria_section.body.addWidget(self.criteria_view, 1)
        self.criteria_section.body.addLayout(buttons)

        self.tier_section = Section()
        self.tier_section.setObjectName("tier_section")
        self.tier_hint = QLabel(objectName="tier_hint")
        self.tier_hint.setWordWrap(True)
        self.add_tier = QToolButton(objectName="tier_add")
        self.add_tier.clicked.connect(self.new_tier)
        self.remove_tier = QToolButton(objectName="tier_remove")
        self.remove_tier.clicked.connect(self.delete_tier)
        tier_buttons = QHBoxLayout()
        tier_buttons.addWidget(self.add_tier)
        tier_buttons.addWidget(self.remove_tier)
        tier_buttons.addStretch(1)
        self.tier_section.body.addWidget(self.tier_hint)
        self.tier_section.body.addWidget(self.tier_view, 1)
        self.tier_section.body.addLayout(tier_buttons)

        for view, slot in ((self.criteria_view, self.delete_criterion), (self.tier_view, self.delete_tier)):
            action = QAction(view)
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
            view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.criteria_section, 3)
        layout.addWidget(self.tier_section, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.criteria_section.setTitle(self.tr("Selection criteria"))
        self.tier_section.setTitle(self.tr("Tiers"))
        self.add_criterion.setText(self.tr("Add criterion"))
        self.remove_criterion.setText(self.tr("Remove"))
        self.remove_criterion.setToolTip(
            self.tr("Remove the selected criterion with every account's score on it (Del)")
        )
        self.up.setToolTip(self.tr("Move up"))
        self.down.setToolTip(self.tr("Move down"))
        self.add_tier.setText(self.tr("Add tier"))
        self.remove_tier.setText(self.tr("Remove"))
        self.remove_tier.setToolTip(self.tr("Remove the selected tier (Del)"))
        self.tier_hint.setText(
            self.tr(
                "An account reaches a tier when its weighted total (0 to 100 points) is at least the tier's "
                "threshold. Name the tiers as your company does: Gold/Silver/Bronze, Premier League/1st/2nd "
                "division, First/Club/Economy/Standby."
            )
        )
        self._show_weights()

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        if self.ctx.ws is None:
            return
        self.criteria = portfolio.criteria(self.ctx.ws)
        self.tiers = portfolio.tiers(self.ctx.ws)
        self._shares = shares(self.criteria)
        self.criteria_model.set_rows(
            [{"id": c.id, "name": c.name, "description": c.description, "weight": c.weight} for c in self.criteria]
        )
        self.tier_model.set_rows(
            [{"id": t.id, "name": t.name, "threshold": t.threshold} for t in ordered_tiers(self.tiers)]
        )
        self.criteria_model.refresh()
        self.tier_model.refresh()
        self._show_weights()
        self._update_buttons()

    def _tier_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.ranking.portfolio.entries:
            if entry.standing and entry.standing.tier:
                counts[entry.standing.tier.id] = counts.get(entry.standing.tier.id, 0) + 1
        return counts

    def _show_weights(self) -> None:
        total = sum(c.weight for c in self.criteria)
        text = self.tr(
            "Each account gets a score from 0 to 10 per criterion. A weight counts as its share of all weights "
            "(now %1 in total), so the shares always add up to 100%."
        ).replace("%1", str(total))
        if self.criteria and total == 0:
            text += " " + self.tr("All weights are 0: every account scores 0 points.")
        self.weights_hint.setText(text)

    def _update_buttons(self) -> None:
        writable = self.ctx.writable
        row = self.criteria_view.currentIndex().row() if self.criteria_view.currentIndex().isValid() else -1
        self.add_criterion.setEnabled(writable)
        self.remove_criterion.setEnabled(writable and row >= 0)
        self.up.setEnabled(writable and row > 0)
        self.down.setEnabled(writable and 0 <= row < len(self.criteria) - 1)
        self.add_tier.setEnabled(writable)
        self.remove_tier.setEnabled(writable and self.tier_view.currentIndex().isValid())

    # -- editing -----------------------------------------------------------------------------

    def _selected(self, view: QTableView) -> str | None:
        index = view.currentIndex()
        return str(index.data(ROW_ID_ROLE)) if index.isValid() else None

    def _select(self, view: QTableView, model: RecordTableModel, row_id: str) -> None:
        row = model.row_of(row_id)
        if row >= 0:
            view.selectionModel().setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def new_criterion(self) -> None:
        if self.ctx.ws is None:
            return
        values = portfolio.new_criterion_values(self.ctx.ws, self.tr("New criterion"))
        command = InsertRow(
            self.ctx,
            "selection_criterion",
            values,
            self.tr("Add criterion “%1”").replace("%1", values["name"]),
            tab=TAB,
        )
        if self.ctx.push(command):
            self._select(self.criteria_view, self.criteria_model, command.row_id)
            self.criteria_view.setFocus()
            self.criteria_view.edit(self.criteria_view.currentIndex())

    def delete_criterion(self) -> None:
        criterion = next((c for c in self.criteria if c.id == self._selected(self.criteria_view)), None)
        if criterion is None or not self.ctx.writable:
            return
        scored = sum(1 for e in self.ranking.portfolio.entries if e.scores.get(criterion.id) is not None)
        if not Dialogs.confirm(
            self,
            self.tr("Remove criterion"),
            self.tr(
                "Remove the criterion “%1”? %n account score(s) on it go with it.\n\nCtrl+Z brings everything back.",
                "",
                scored,
            ).replace("%1", criterion.name),
            self.tr("Remove"),
        ):
            return
        self.ctx.push(
            DeleteRow(
                self.ctx,
                "selection_criterion",
                criterion.id,
                self.tr("Remove criterion “%1”").replace("%1", criterion.name),
                tab=TAB,
            )
        )

    def move_criterion(self, step: int) -> None:
        criterion_id = self._selected(self.criteria_view)
        if criterion_id is None or self.ctx.ws is None:
            return
        ws = self.ctx.ws
        name = next(c.name for c in self.criteria if c.id == criterion_id)
        if self.ctx.push(
            Call(
                self.ctx,
                self.tr("Move criterion “%1”").replace("%1", name),
                lambda: ordering.move(ws, "selection_criterion", criterion_id, step),
                lambda: ordering.move(ws, "selection_criterion", criterion_id, -step),
                tab=TAB,
            )
        ):
            self._select(self.criteria_view, self.criteria_model, criterion_id)

    def new_tier(self) -> None:
        if self.ctx.ws is None:
            return
        values = portfolio.new_tier_values(self.ctx.ws, self.tr("New tier"))
        command = InsertRow(self.ctx, "tier", values, self.tr("Add tier “%1”").replace("%1", values["name"]), tab=TAB)
        if self.ctx.push(command):
            self._select(self.tier_view, self.tier_model, command.row_id)
            self.tier_view.setFocus()
            self.tier_view.edit(self.tier_view.currentIndex())

    def delete_tier(self) -> None:
        tier = next((t for t in self.tiers if t.id == self._selected(self.tier_view)), None)
        if tier is None or not self.ctx.writable:
            return
        if not Dialogs.confirm(
            self,
            self.tr("Remove tier"),
            self.tr(
                "Remove the tier “%1”? Its accounts fall to the next lower tier.\n\nCtrl+Z brings it back."
            ).replace("%1", tier.name),
            self.tr("Remove"),
        ):
            return
        self.ctx.push(
            DeleteRow(self.ctx, "tier", tier.id, self.tr("Remove tier “%1”").replace("%1", tier.name), tab=TAB)
        )
