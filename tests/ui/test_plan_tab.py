"""The Plan tab driven as a KAM would: keys, clicks, editors, undo."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.domain.plan import ActionStatus, Phase
from kamdesk.services import plan as plans
from kamdesk.services.team import members as team_of
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.tabs.plan import PlanTab


@pytest.fixture
def tab(window: MainWindow) -> PlanTab:
    assert window.view.set_current_key("plan")
    page = window.view.page("plan")
    assert isinstance(page, PlanTab)
    return page


def settle(qtbot: QtBot) -> None:
    """Let queued work run: an item editor commits on the next turn of the event loop, and the
    Plan tab reloads once after a burst of changes."""
    qtbot.wait(20)


def plan_of(window: MainWindow) -> plans.AccountPlan:
    return plans.load(window.ctx.workspace(), window.current_account_id())


def test_the_demo_plan_is_shown_with_overdue_actions_marked(tab: PlanTab) -> None:
    assert tab.goals.model.rowCount() == 7
    actions = tab.actions
    assert actions.model.rowCount() == 12  # open and in progress
    assert "4 overdue" in actions.summary.text()
    first = actions.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None  # overdue rows are tinted
    assert "(4" in tab.sections.tabText(1)
    actions.filter.setCurrentIndex(actions.filter.findData("overdue"))
    assert actions.model.rowCount() == 4


def test_add_an_action_type_its_title_and_undo(window: MainWindow, tab: PlanTab, qtbot: QtBot) -> None:
    tab.sections.setCurrentWidget(tab.actions)
    before = len(plan_of(window).actions)
    tab.actions.view.setFocus()
    qtbot.keyClick(
        tab.actions.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Call Ms Brinkmann about S&P <prices>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    titles = [a.title for a in plan_of(window).actions]
    assert len(titles) == before + 1 and "Call Ms Brinkmann about S&P <prices>" in titles
    new = next(a for a in plan_of(window).actions if a.title.startswith("Call"))
    assert new.owner_id == plans.default_owner(team_of(window.ctx.workspace(), window.current_account_id()))
    window.undo_action.trigger()  # the title
    window.undo_action.trigger()  # the row
    assert len(plan_of(window).actions) == before


def test_a_due_date_is_edited_in_place_and_done_is_one_key(
    window: MainWindow, tab: PlanTab, qtbot: QtBot, dialogs
) -> None:
    page = tab.actions
    tab.sections.setCurrentWidget(page)
    record = page.current()
    index = page.model.index(0, 0)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(QDateEdit)
    target = date.today() + timedelta(days=30)
    editor.setDate(QDate(target.year, target.month, target.day))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialogs.errors == []
    changed = next(a for a in plan_of(window).actions if a.id == record.id)
    assert changed.due_on == target
    qtbot.waitUntil(lambda: "3 overdue" in page.summary.text())

    page.select(record.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert next(a for a in plan_of(window).actions if a.id == record.id).status is ActionStatus.DONE
    window.undo_action.trigger()
    window.undo_action.trigger()
    restored = next(a for a in plan_of(window).actions if a.id == record.id)
    assert restored.status is ActionStatus.IN_PROGRESS and restored.due_on == record.due_on


def test_delete_asks_and_undo_restores(window: MainWindow, tab: PlanTab, qtbot: QtBot, dialogs) -> None:
    page = tab.goals
    tab.sections.setCurrentWidget(page)
    goal = page.current()
    linked = [a.id for a in plan_of(window).actions if a.goal_id == goal.id]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert goal.title in dialogs.confirmations[-1]
    assert all(g.id != goal.id for g in plan_of(window).goals)
    assert all(a.goal_id is None for a in plan_of(window).actions if a.id in linked)
    window.undo_action.trigger()
    assert any(g.id == goal.id for g in plan_of(window).goals)
    assert all(a.goal_id == goal.id for a in plan_of(window).actions if a.id in linked)


def test_internal_notes_are_saved_when_leaving_the_field(window: MainWindow, tab: PlanTab, qtbot: QtBot) -> None:
    page = tab.goals
    tab.sections.setCurrentWidget(page)
    goal = page.current()
    page.notes_edit.setFocus()
    qtbot.keyClicks(page.notes_edit, "Brinkmann's own KPI")
    page.internal_check.setFocus()
    qtbot.keyClick(page.internal_check, Qt.Key.Key_Space)
    stored = next(g for g in plan_of(window).goals if g.id == goal.id)
    assert stored.notes == "Brinkmann's own KPI" and stored.internal


def test_opportunities_by_phase_and_next_phase(window: MainWindow, tab: PlanTab, qtbot: QtBot) -> None:
    page = tab.opportunities
    tab.sections.setCurrentWidget(page)
    button = page.strip.buttons[Phase.NEGOTIATION]
    assert "1 · €180,000" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    record = page.current()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert next(o for o in plan_of(window).opportunities if o.id == record.id).phase is Phase.DECISION
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # it left the filtered phase
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # filter off
    assert "2 · €238,000" in page.strip.buttons[Phase.DECISION].text()
    window.undo_action.trigger()
    assert next(o for o in plan_of(window).opportunities if o.id == record.id).phase is Phase.NEGOTIATION


def test_a_visit_report_right_after_the_visit_and_a_next_step_becomes_an_action(
    window: MainWindow, tab: PlanTab, qtbot: QtBot
) -> None:
    page = tab.visits
    tab.sections.setCurrentWidget(page)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.subject_edit.hasFocus()
    qtbot.keyClicks(page.subject_edit, "Kanban walk-through Brno")
    qtbot.keyClick(page.subject_edit, Qt.Key.Key_Return)
    page.person_edit.setFocus()
    page.person_edit.setText("Ing. Martina Horáková, Plant Manager")  # QTest types ASCII only
    qtbot.keyClick(page.person_edit, Qt.Key.Key_Return)
    page.ours_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.steps_edit.setFocus()
    qtbot.keyClicks(page.steps_edit, "Send the two-bin offer")
    qtbot.keyClick(page.steps_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.steps_edit, "Book the calibration audit")
    page.steps_edit.moveCursor(page.steps_edit.textCursor().MoveOperation.Start)
    before = len(plan_of(window).actions)
    qtbot.mouseClick(page.to_action_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    visit = plan_of(window).visits[0]
    assert visit.subject == "Kanban walk-through Brno" and visit.visited_on == date.today()
    assert [(p.name, p.function) for p in visit.participants if p.side.value == "customer"] == [
        ("Ing. Martina Horáková", "Plant Manager")
    ]
    assert any(p.team_member_id for p in visit.participants)
    assert "Send the two-bin offer" in visit.next_steps
    made = [a for a in plan_of(window).actions if a.visit_id == visit.id]
    assert [a.title for a in made] == ["Send the two-bin offer"]
    assert made[0].due_on == date.today() + timedelta(days=14)
    qtbot.waitUntil(lambda: "Send the two-bin offer" in page.made_actions.text())
    window.undo_action.trigger()  # the action is one step
    assert len(plan_of(window).actions) == before


def test_recording_a_review_defaults_to_the_mentor_and_moves_the_next_review(
    window: MainWindow, tab: PlanTab, qtbot: QtBot
) -> None:
    page = tab.reviews
    tab.sections.setCurrentWidget(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Escape)
    latest = plan_of(window).reviews[0]
    mentor = next(m for m in team_of(window.ctx.workspace(), window.current_account_id()) if m.role.value == "mentor")
    assert latest.reviewed_on == date.today() and latest.reviewer_id == mentor.id
    assert plan_of(window).next_review_on(date.today()) > date.today() + timedelta(days=85)


def test_actions_and_the_next_review_go_to_the_calendar(
    window: MainWindow, tab: PlanTab, tmp_path: Path, dialogs, qtbot: QtBot
) -> None:
    dialogs.save_answer = str(tmp_path / "weserland")
    tab.sections.setCurrentWidget(tab.actions)
    qtbot.mouseClick(tab.actions.calendar_button, Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical((tmp_path / "weserland.ics").read_bytes())
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert len(summaries) == 12 + 1
    assert any(s.startswith("Plan review") for s in summaries)


def test_export_plan_from_the_file_menu(window: MainWindow, tmp_path: Path, dialogs, monkeypatch) -> None:
    from kamdesk.ui.dialogs import Dialogs

    asked = []

    def export_plan(cls, parent, account, preview_for, language):  # type: ignore[no-untyped-def]
        asked.append(preview_for("en"))
        return ("customer", "de")

    monkeypatch.setattr(Dialogs, "export_plan", classmethod(export_plan))
    dialogs.save_answer = str(tmp_path / "plan.pdf")
    window.export_plan_action.trigger()
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert "Visit reports" in asked[0].left_out_chapters
    assert re.search(r"\d+ pages? written to .*plan\.pdf", window.statusBar().currentMessage())


def test_the_export_dialog_previews_what_the_customer_edition_leaves_out(window: MainWindow, qtbot: QtBot) -> None:
    from kamdesk.services import plan_report
    from kamdesk.ui.plan_export import PlanExportDialog

    ws, account = window.ctx.workspace(), window.current_account_id()
    dialog = PlanExportDialog(window, "Weserland", lambda lang: plan_report.preview(ws, account, lang), "en")
    qtbot.addWidget(dialog)
    shown = [dialog.preview_list.item(n).text() for n in range(dialog.preview_list.count())]
    assert "Chapter “Visit reports”" in shown
    assert any("internal notes" in line for line in shown)
    assert dialog.choice() == ("customer", "en")
    dialog.internal.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.choice() == ("internal", "de")


def test_the_customer_safe_view_shows_the_plan_as_the_customer_edition_does(
    window: MainWindow, tab: PlanTab, qtbot: QtBot
) -> None:
    from kamdesk.services import records
    from tests.ui.visible_text import visible_text

    ws, plan = window.ctx.workspace(), plan_of(window)
    records.set_fields(ws, "plan_goal", plan.goals[0].id, {"notes": "MARKER-goal-note"})
    records.set_fields(ws, "plan_action", plan.actions[0].id, {"title": "MARKER-internal-action", "internal": True})
    records.set_fields(ws, "opportunity", plan.opportunities[4].id, {"competitors": "MARKER-rival"})
    settle(qtbot)
    shown = []
    for page in tab.pages:
        tab.sections.setCurrentWidget(page)
        qtbot.wait(10)
        shown.append(visible_text(window))
    assert "MARKER-internal-action" in "".join(shown) and "€180,000" in "".join(shown)

    window.workshop.customer_safe_action.trigger()
    assert not tab.sections.isTabVisible(tab.pages.index(tab.visits))
    for page in tab.pages:
        if page is tab.visits:
            continue
        tab.sections.setCurrentWidget(page)
        if hasattr(page, "view") and page.model.rowCount():
            page.view.selectRow(0)
        qtbot.wait(10)
        text = visible_text(window)
        for marker in ("MARKER-goal-note", "MARKER-internal-action", "MARKER-rival", "€180,000", "60%"):
            assert marker not in text, (page.objectName(), marker)
    assert tab.opportunities.model.rowCount() > 0  # the shareable part is still there
