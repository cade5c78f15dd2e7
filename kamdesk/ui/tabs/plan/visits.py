"""Visit reports, written right after the visit: date, subject, who we met, who went from our
side, outcomes, notes, next steps — and a next step becomes an action in one move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import formats
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.plan import AccountPlan, ParticipantSide, VisitReport, next_step_lines
from kamdesk.domain.team import TeamMember
from kamdesk.services import plan as plans
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.editors import date_display_format
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.tabs.plan.page import TAB
from kamdesk.ui.undo import DeleteRow, InsertRow, SetFields
from kamdesk.ui.widgets import EmptyState, InternalBadge

ID_ROLE = Qt.ItemDataRole.UserRole


class VisitsPage(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plan_visits")
        self.account_id: str | None = None
        self.plan = AccountPlan()
        self.team: list[TeamMember] = []
        self.visit: VisitReport | None = None
        self.binder = FieldBinder(ctx, "visit_report", TAB, self)
        self.sync: Callable[[], None] = lambda: None

        self.list = QListWidget(objectName="plan_visits_list")
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.add_button = QPushButton(objectName="plan_visits_add")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(objectName="plan_visits_delete")
        self.delete_button.clicked.connect(self.delete_current)
        add_action = QAction(self)
        add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_action.triggered.connect(self.add)
        self.addAction(add_action)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button, 1)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)

        self.date_edit = QDateEdit(objectName="plan_visits_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.editingFinished.connect(self._commit_date)
        self.subject_edit = QLineEdit(objectName="plan_visits_subject")
        self.location_edit = QLineEdit(objectName="plan_visits_location")
        self.people_list = QListWidget(objectName="plan_visits_people")
        self.people_list.setMaximumHeight(90)
        self.person_edit = QLineEdit(objectName="plan_visits_person")
        self.person_edit.returnPressed.connect(self.add_person)
        self.remove_person_button = QPushButton(objectName="plan_visits_remove_person")
        self.remove_person_button.clicked.connect(self.remove_person)
        self.ours_list = QListWidget(objectName="plan_visits_ours")
        self.ours_list.setMaximumHeight(90)
        self.ours_list.itemChanged.connect(self._attendee_toggled)
        self.outcomes_edit = QPlainTextEdit(objectName="plan_visits_outcomes")
        self.notes_edit = QPlainTextEdit(objectName="plan_visits_notes")
        self.steps_edit = QPlainTextEdit(objectName="plan_visits_steps")
        for editor in (self.outcomes_edit, self.notes_edit, self.steps_edit):
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(64)
        self.to_action_button = QPushButton(objectName="plan_visits_to_action")
        self.to_action_button.clicked.connect(self.step_to_action)
        to_action = QAction(self)
        to_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        to_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_action.triggered.connect(self.step_to_action)
        self.addAction(to_action)
        self.made_actions = QLabel(objectName="plan_visits_actions")
        self.made_actions.setWordWrap(True)
        self.binder.bind("subject", self.subject_edit, lambda: self.tr("Subject"))
        self.binder.bind("location", self.location_edit, lambda: self.tr("Location"))
        self.binder.bind("outcomes", self.outcomes_edit, lambda: self.tr("Outcomes"))
        self.binder.bind("notes", self.notes_edit, lambda: self.tr("Notes"))
        self.binder.bind("next_steps", self.steps_edit, lambda: self.tr("Next steps"))

        self.labels = {
            k: QLabel() for k in ("date", "subject", "location", "people", "ours", "outcomes", "notes", "steps")
        }
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_edit, 1)
        person_row.addWidget(self.remove_person_button)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_list)
        people_layout.addLayout(person_row)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.steps_edit)
        step_row = QHBoxLayout()
        step_row.addWidget(self.to_action_button)
        step_row.addWidget(self.made_actions, 1)
        steps_layout.addLayout(step_row)
        self.form_widget = QWidget(objectName="plan_visits_form")
        form = QFormLayout(self.form_widget)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.badge = InternalBadge()
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        form.addRow("", badge_row)
        for key, editor in (
            ("date", self.date_edit),
            ("subject", self.subject_edit),
            ("location", self.location_edit),
            ("people", people),
            ("ours", self.ours_list),
            ("outcomes", self.outcomes_edit),
            ("notes", self.notes_edit),
            ("steps", steps),
        ):
            self.labels[key].setBuddy(editor)
            form.addRow(self.labels[key], editor)
        self.labels["people"].setBuddy(self.person_edit)
        self.labels["steps"].setBuddy(self.steps_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        self.empty = EmptyState()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.empty, 1)
        self.scroll = scroll

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(splitter)
        self.retranslate()

    def set_customer_safe(self, on: bool) -> None:
        """Visit reports are internal as a whole: the Plan tab hides this page."""

    def retranslate(self) -> None:
        self.date_edit.setDisplayFormat(date_display_format())
        self.add_button.setText(self.tr("&New visit report"))
        self.add_button.setToolTip(self.tr("Write a report of today's visit (Ctrl+Shift+A)"))
        self.delete_button.setText(self.tr("Delete"))
        texts = {
            "date": self.tr("&Date"),
            "subject": self.tr("&Subject"),
            "location": self.tr("&Location"),
            "people": self.tr("We &met"),
            "ours": self.tr("For &us"),
            "outcomes": self.tr("&Outcomes"),
            "notes": self.tr("N&otes"),
            "steps": self.tr("Ne&xt steps"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.subject_edit.setPlaceholderText(self.tr("What the visit was about"))
        self.person_edit.setPlaceholderText(self.tr("Name, function — Enter adds the person"))
        self.remove_person_button.setText(self.tr("Remove"))
        self.outcomes_edit.setPlaceholderText(self.tr("What was agreed or learned"))
        self.notes_edit.setPlaceholderText(self.tr("Impressions, moods, what was said between the lines"))
        self.steps_edit.setPlaceholderText(self.tr("One next step per line"))
        self.to_action_button.setText(self.tr("Next step → &action"))
        self.to_action_button.setToolTip(
            self.tr("Turn the next step at the cursor into an action of the plan (Ctrl+Shift+T)")
        )
        self.empty.setText(
            self.tr(
                "No visit reports yet.\n\nRight after a visit, press Ctrl+Shift+A and write down who you met, "
                "what came out of it and the next steps."
            )
        )
        self._fill_list()

    # -- showing ---------------------------------------------------------------------------

    def show_plan(self, account_id: str | None, plan: AccountPlan, team: list[TeamMember]) -> None:
        self.binder.commit_all()
        keep = self.visit.id if self.visit is not None and account_id == self.account_id else None
        self.account_id, self.plan, self.team = account_id, plan, team
        self._fill_list(keep)
        self.add_button.setEnabled(account_id is not None and self.ctx.writable)

    def _fill_list(self, keep: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for visit in self.plan.visits:
            subject = visit.subject or self.tr("Visit")
            item = QListWidgetItem(f"{formats.format_date(visit.visited_on)}\n{subject}")
            item.setData(ID_ROLE, visit.id)
            self.list.addItem(item)
        row = next((n for n, v in enumerate(self.plan.visits) if v.id == keep), 0 if self.plan.visits else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_current()

    def current(self) -> VisitReport | None:
        row = self.list.currentRow()
        return self.plan.visits[row] if 0 <= row < len(self.plan.visits) else None

    def _show_current(self) -> None:
        self.binder.commit_all()
        visit = self.visit = self.current()
        self.scroll.setVisible(visit is not None)
        self.empty.setVisible(visit is None)
        self.delete_button.setEnabled(visit is not None and self.ctx.writable)
        if visit is None:
            self.binder.load(None, {})
            return
        self.binder.load(
            visit.id,
            {f: getattr(visit, f) for f in ("subject", "location", "outcomes", "notes", "next_steps")},
            self.account_id,
        )
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(visit.visited_on.year, visit.visited_on.month, visit.visited_on.day))
        self.date_edit.setReadOnly(not self.ctx.writable)
        self.date_edit.blockSignals(False)
        self.people_list.clear()
        for person in visit.people(ParticipantSide.CUSTOMER):
            item = QListWidgetItem(f"{person.name} ({person.function})" if person.function else person.name)
            item.setData(ID_ROLE, person.id)
            self.people_list.addItem(item)
        self.ours_list.blockSignals(True)
        self.ours_list.clear()
        present = {p.team_member_id: p.id for p in visit.people(ParticipantSide.OURS)}
        for member in self.team:
            item = QListWidgetItem(member.name)
            item.setData(ID_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in present else Qt.CheckState.Unchecked)
            self.ours_list.addItem(item)
        self.ours_list.blockSignals(False)
        made = [a for a in self.plan.actions if a.visit_id == visit.id]
        self.made_actions.setText(
            self.tr("Actions from this visit: %1").replace("%1", "; ".join(a.title for a in made)) if made else ""
        )

    # -- editing ---------------------------------------------------------------------------

    def add(self) -> None:
        if self.account_id is None or not self.ctx.writable:
            return
        values = {"account_id": self.account_id, "visited_on": date.today()}
        command = InsertRow(self.ctx, "visit_report", values, self.tr("New visit report"), self.account_id, TAB)
        if self.ctx.push(command):
            self.sync()
            self._select(command.row_id)
            self.subject_edit.setFocus()

    def _select(self, visit_id: str) -> None:
        row = next((n for n, v in enumerate(self.plan.visits) if v.id == visit_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)

    def delete_current(self) -> None:
        visit = self.current()
        if visit is None or not self.ctx.writable:
            return
        label = f"{formats.format_date(visit.visited_on)} {visit.subject}".strip()
        if not Dialogs.confirm(
            self,
            self.tr("Delete visit report"),
            self.tr("Delete the visit report “%1”?\n\nCtrl+Z brings it back.").replace("%1", label),
            self.tr("Delete"),
        ):
            return
        text = self.tr("Delete visit report “%1”").replace("%1", label)
        if self.ctx.push(DeleteRow(self.ctx, "visit_report", visit.id, text, self.account_id, TAB)):
            self.message.emit(text + " — " + self.tr("Ctrl+Z undoes it."))

    def _commit_date(self) -> None:
        visit = self.current()
        if visit is None:
            return
        chosen = self.date_edit.date()
        new = date(chosen.year(), chosen.month(), chosen.day())
        if new != visit.visited_on:
            self.ctx.push(
                SetFields(
                    self.ctx,
                    "visit_report",
                    visit.id,
                    {"visited_on": visit.visited_on},
                    {"visited_on": new},
                    self.tr("Edit %1").replace("%1", self.tr("visit date")),
                    self.account_id,
                    TAB,
                )
            )

    def add_person(self) -> None:
        visit = self.current()
        typed = self.person_edit.text().strip()
        if visit is None or not typed:
            return
        name, _sep, function = (part.strip() for part in typed.partition(","))
        values = {
            "visit_id": visit.id,
            "side": ParticipantSide.CUSTOMER.value,
            "name": name,
            "function": function,
            "position": len(visit.participants),
        }
        if self.ctx.push(
            InsertRow(
                self.ctx,
                "visit_participant",
                values,
                self.tr("Add %1 to the visit").replace("%1", name),
                self.account_id,
                TAB,
            )
        ):
            self.person_edit.clear()

    def remove_person(self) -> None:
        item = self.people_list.currentItem()
        if item is None:
            return
        text = self.tr("Remove %1 from the visit").replace("%1", item.text())
        self.ctx.push(DeleteRow(self.ctx, "visit_participant", item.data(ID_ROLE), text, self.account_id, TAB))

    def _attendee_toggled(self, item: QListWidgetItem) -> None:
        visit = self.current()
        if visit is None:
            return
        member_id = item.data(ID_ROLE)
        present = {p.team_member_id: p.id for p in visit.people(ParticipantSide.OURS)}
        if item.checkState() == Qt.CheckState.Checked and member_id not in present:
            values = {
                "visit_id": visit.id,
                "side": ParticipantSide.OURS.value,
                "name": item.text(),
                "team_member_id": member_id,
                "position": len(visit.participants),
            }
            text = self.tr("%1 was at the visit").replace("%1", item.text())
            self.ctx.push(InsertRow(self.ctx, "visit_participant", values, text, self.account_id, TAB))
        elif item.checkState() == Qt.CheckState.Unchecked and member_id in present:
            text = self.tr("%1 was not at the visit").replace("%1", item.text())
            self.ctx.push(DeleteRow(self.ctx, "visit_participant", present[member_id], text, self.account_id, TAB))

    def step_at_cursor(self) -> str:
        cursor = self.steps_edit.textCursor()
        if cursor.hasSelection():
            return " ".join(cursor.selectedText().split())
        block = cursor.block().text()
        lines = next_step_lines(block)
        if lines:
            return lines[0]
        remaining = next_step_lines(self.steps_edit.toPlainText())
        return remaining[0] if remaining else ""

    def step_to_action(self) -> None:
        """The next step at the cursor (or the first one) becomes an action — one undo step."""
        visit = self.current()
        if visit is None or not self.ctx.writable:
            return
        self.binder.commit_all()
        step = self.step_at_cursor()
        if not step:
            self.message.emit(self.tr("Write a next step first, one per line."))
            return
        try:
            values = plans.action_from_next_step(
                visit, step, plans.default_owner(self.team), len(self.plan.actions) + 1
            )
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Next step → action"), str(error))
            return
        text = self.tr("Action from the visit: %1").replace("%1", values["title"])
        if self.ctx.push(InsertRow(self.ctx, "plan_action", values, text, self.account_id, TAB)):
            due = formats.format_date(values["due_on"])
            self.message.emit(self.tr("Action “%1” added, due %2.").replace("%1", values["title"]).replace("%2", due))

    def commit_pending(self) -> None:
        self.binder.commit_all()
