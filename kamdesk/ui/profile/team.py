"""The account team on our side (add, remove, reorder, edit in place) and the mentor's review
cadence with the last and next review."""

from __future__ import annotations

from datetime import date
from typing import Any

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

from kamdesk.domain.account import Account
from kamdesk.domain.dates import format_date
from kamdesk.domain.team import (
    REVIEW_MONTHS_MAX,
    REVIEW_MONTHS_MIN,
    ReviewSchedule,
    Seniority,
    TeamMember,
    TeamRole,
    latest,
    review_schedule,
)
from kamdesk.ui.badges import BAD, GOOD, WARN
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.editors import DateEdit, OptionalSpinBox
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.profile.section import Section
from kamdesk.ui.record_table import ROW_ID_ROLE, Column, RecordDelegate, RecordTableModel, keep_edit_key
from kamdesk.ui.undo import Call, DeleteRow, InsertRow


class TeamSection(Section):
    key = "team"
    TABLE = "team_member"

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_team")
        self.ctx, self.tab = ctx, tab
        self.account_id: str | None = None
        self.members: list[TeamMember] = []
        self.schedule: ReviewSchedule | None = None

        self.model = RecordTableModel(
            ctx,
            self.TABLE,
            [
                Column("name", lambda: self.tr("Name")),
                Column("function", lambda: self.tr("Function")),
                Column("role", lambda: self.tr("Role on the account"), "enum", enum=TeamRole),
                Column("seniority", lambda: self.tr("Level"), "enum", enum=Seniority),
                Column("email", lambda: self.tr("E-mail")),
                Column("phone", lambda: self.tr("Phone")),
            ],
            tab,
            lambda row: str(row["name"]),
            self,
        )
        self.table = QTableView(objectName="team_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RecordDelegate(self.model, self.table))
        keep_edit_key(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,  # name
                QHeaderView.ResizeMode.Stretch,  # function
                QHeaderView.ResizeMode.ResizeToContents,  # role
                QHeaderView.ResizeMode.ResizeToContents,  # level
                QHeaderView.ResizeMode.Stretch,  # e-mail
                QHeaderView.ResizeMode.ResizeToContents,  # phone
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.setHighlightSections(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        remove = QAction(self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)

        self.add_button = QToolButton(objectName="team_add")
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QToolButton(objectName="team_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QToolButton(objectName="team_up")
        self.up_button.setText("↑")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QToolButton(objectName="team_down")
        self.down_button.setText("↓")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.roles_hint = QLabel(objectName="team_roles_hint")
        self.roles_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.roles_hint, 1)

        self.binder = FieldBinder(ctx, "account", tab, self)
        self.cadence = OptionalSpinBox(REVIEW_MONTHS_MIN, REVIEW_MONTHS_MAX, objectName="team_review_months")
        self.cadence.setFixedWidth(70)
        self.last_review = DateEdit(objectName="team_last_review")
        self.last_review.setFixedWidth(150)
        self.binder.bind("review_cadence_months", self.cadence, lambda: self.tr("Review cadence"))
        self.binder.bind("last_review_on", self.last_review, lambda: self.tr("Last review"))
        self.every_label, self.months_label, self.last_label = QLabel(), QLabel(), QLabel()
        self.every_label.setBuddy(self.cadence)
        self.last_label.setBuddy(self.last_review)
        self.next_review = QLabel(objectName="team_next_review")
        self.next_review.setTextFormat(Qt.TextFormat.RichText)
        self.next_review.setWordWrap(True)
        review = QHBoxLayout()
        review.setSpacing(6)
        review.addWidget(self.every_label)
        review.addWidget(self.cadence)
        review.addWidget(self.months_label)
        review.addSpacing(16)
        review.addWidget(self.last_label)
        review.addWidget(self.last_review)
        review.addSpacing(16)
        review.addWidget(self.next_review, 1)

        self.body.addWidget(self.table)
        self.body.addLayout(buttons)
        self.review_heading = QLabel(objectName="team_review_heading")
        self.body.addWidget(self.review_heading)
        self.body.addLayout(review)
        self._account: Account | None = None
        self._held_review: date | None = None
        self.retranslate()

    def internal_widgets(self) -> list[QWidget]:
        """The review cadence and our hints about the team are internal; the people are not."""
        return [
            self.roles_hint,
            self.review_heading,
            self.every_label,
            self.cadence,
            self.months_label,
            self.last_label,
            self.last_review,
            self.next_review,
        ]

    def set_customer_safe(self, on: bool) -> None:
        self.model.set_blank_columns({3} if on else set())  # seniority: our reading of the hierarchy
        self.table.setColumnHidden(3, on)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Account team"))
        self.add_button.setText(self.tr("Add member"))
        self.add_button.setToolTip(self.tr("Add a person from our side to the account team"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected member from the team (Del)"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.review_heading.setText(self.tr("<b>Plan review</b> — the mentor reviews the long-term plan"))
        self.every_label.setText(self.tr("&Every"))
        self.months_label.setText(self.tr("months"))
        self.last_label.setText(self.tr("&last review"))
        self.cadence.setToolTip(self.tr("How often the mentor reviews the account plan (1 to 24 months)"))
        self.last_review.setToolTip(self.tr("When the plan was last reviewed (a plan review also sets it)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self._show_hints()
        self._show_review()

    # -- loading -----------------------------------------------------------------------------

    def load(self, account: Account | None) -> None:
        from kamdesk.services import team

        ws = self.ctx.ws
        if account is None or ws is None:
            self.show_team(None, [], None)
            return
        self.show_team(account, team.members(ws, account.id), team.latest_plan_reviews(ws, account.id).get(account.id))

    def show_team(self, account: Account | None, members: list[TeamMember], held_review: date | None) -> None:
        """Show ``account``'s team ``members`` and its review cadence; ``held_review`` is the
        date of its newest plan review (it counts as the last review)."""
        self._account = account
        self.account_id = account.id if account else None
        self._held_review = held_review
        if account is None:
            self.members = []
            self.model.set_rows([])
            self.binder.load(None, {})
            self._show_review()
            self._update_buttons()
            return
        self._show_members(members)
        self.binder.load(
            account.id,
            {"review_cadence_months": account.review_cadence_months, "last_review_on": account.last_review_on},
        )
        self._show_review()

    def load_members(self) -> None:
        from kamdesk.services import team

        if self.account_id is None or self.ctx.ws is None:
            return
        self._show_members(team.members(self.ctx.ws, self.account_id))

    def _show_members(self, members: list[TeamMember]) -> None:
        selected = self.selected_id()
        self.members = members
        self.model.set_rows([self._row(m) for m in self.members], self.account_id)
        rows = len(self.members)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height() + max(3, rows) * self.table.verticalHeader().defaultSectionSize() + 4
        )
        self.select(selected)
        self._show_hints()
        self._show_review()
        self._update_buttons()

    @staticmethod
    def _row(m: TeamMember) -> dict[str, Any]:
        return {
            "id": m.id,
            "name": m.name,
            "function": m.function,
            "role": m.role.value,
            "seniority": m.seniority.value,
            "email": m.email,
            "phone": m.phone,
        }

    def _show_hints(self) -> None:
        roles = {m.role for m in self.members}
        hints = []
        if self.account_id and TeamRole.PRIMARY not in roles:
            hints.append(self.tr("No primary account manager named."))
        if self.account_id and TeamRole.MENTOR not in roles:
            hints.append(self.tr("No mentor named — who reviews the plan?"))
        self.roles_hint.setText(f"<span style='color:{WARN}'>⚠ {' '.join(hints)}</span>" if hints else "")

    def _show_review(self) -> None:
        account = self._account
        if account is None:
            self.next_review.setText("")
            return
        today = date.today()
        held = self._held_review
        last = latest(account.last_review_on, held)
        self.schedule = review_schedule(account.review_cadence_months, last, today)
        s = self.schedule
        mentor = next((m.name for m in self.members if m.role is TeamRole.MENTOR), "")
        if s.every_months is None:
            text = self.tr("No review cadence set.")
            colour = WARN
        elif s.last is None:
            text = self.tr("No review recorded yet — one is due now.")
            colour = WARN
        elif s.overdue:
            text = self.tr("Next review was due on %1 — <b>overdue by %n day(s)</b>.", "", s.overdue_days).replace(
                "%1", format_date(s.next)
            )
            colour = BAD
        else:
            text = self.tr("Next review: <b>%1</b>").replace("%1", format_date(s.next))
            colour = GOOD if s.next and (s.next - today).days > 14 else WARN
        if held is not None and held == last and held != account.last_review_on:
            text += " " + self.tr("(last review in the plan: %1)").replace("%1", format_date(held))
        if mentor:
            text += " " + self.tr("(mentor: %1)").replace("%1", mentor)
        self.next_review.setText(f"<span style='color:{colour}'>{text}</span>")

    # -- selection ---------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ROW_ID_ROLE)) if index.isValid() else None

    def selected_member(self) -> TeamMember | None:
        member_id = self.selected_id()
        return next((m for m in self.members if m.id == member_id), None)

    def select(self, member_id: str | None, column: int = 0) -> None:
        row = self.model.row_of(member_id) if member_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_buttons(self) -> None:
        writable = self.ctx.writable and self.account_id is not None
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and row >= 0)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < len(self.members) - 1)

    # -- editing -----------------------------------------------------------------------------

    def add_member(self) -> None:
        from kamdesk.services import ordering

        if self.account_id is None:
            return
        position = ordering.next_position(self.ctx.workspace(), self.TABLE, ("account_id", self.account_id))
        command = InsertRow(
            self.ctx,
            self.TABLE,
            {"account_id": self.account_id, "name": self.tr("New team member"), "position": position},
            self.tr("Add a team member"),
            account_id=self.account_id,
            tab=self.tab,
        )
        if self.ctx.push(command):
            self.select(command.row_id)
            self.table.setFocus()
            self.table.edit(self.table.currentIndex())

    def remove_selected(self) -> None:
        member = self.selected_member()
        if member is None or not self.ctx.writable:
            return
        if not Dialogs.confirm(
            self,
            self.tr("Remove team member"),
            self.tr(
                "Remove %1 from the account team? Their relationships to the customer's people go with them.\n\n"
                "Ctrl+Z brings everything back."
            ).replace("%1", member.name),
            self.tr("Remove"),
        ):
            return
        self.ctx.push(
            DeleteRow(
                self.ctx,
                self.TABLE,
                member.id,
                self.tr("Remove %1 from the team").replace("%1", member.name),
                account_id=self.account_id,
                tab=self.tab,
            )
        )

    def move_selected(self, step: int) -> None:
        from kamdesk.services import ordering

        member = self.selected_member()
        if member is None:
            return
        ws = self.ctx.workspace()
        if self.ctx.push(
            Call(
                self.ctx,
                self.tr("Move %1").replace("%1", member.name),
                lambda: ordering.move(ws, self.TABLE, member.id, step, "account_id"),
                lambda: ordering.move(ws, self.TABLE, member.id, -step, "account_id"),
                account_id=self.account_id,
                tab=self.tab,
            )
        ):
            self.select(member.id)
