"""The profile tab driven as a user would: typing, clicking, keys, undo."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.dates import format_date
from kamdesk.services import accounts, demo, listing, portfolio, team
from kamdesk.ui.editors import OptionalSpinBox
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.tabs.profile import ProfileTab


def _page(window: MainWindow) -> ProfileTab:
    page = window.view.page("profile")
    assert isinstance(page, ProfileTab)
    return page


def _type(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    line = editor.lineEdit() if isinstance(editor, QAbstractSpinBox) else editor
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _account(window: MainWindow):  # type: ignore[no-untyped-def]
    return accounts.get(window.ctx.workspace(), window.current_account_id())


def test_the_profile_shows_the_demo_account_at_a_glance(window: MainWindow) -> None:
    page = _page(window)
    tiles = page.glance.tiles
    assert tiles["selection"].value.full_text() == "Silver"
    assert tiles["selection"].detail.full_text() == "72.5 points · rank 2"
    assert tiles["listing"].value.full_text() == "Yes"
    assert tiles["listing"].detail.full_text().startswith("Agreement ends in")
    assert tiles["figures"].value.full_text() == "44%"
    assert tiles["team"].detail.full_text() == "every 3 month(s)"  # reviewed ten days ago in the plan
    assert tiles["classification"].value.full_text() == "Key Account"
    assert page.findChild(QLineEdit, "profile_parent_group").text() == "Weserland Holding GmbH & Co. KG"


def test_revenue_is_typed_as_people_write_it_and_share_of_wallet_follows(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    revenue = page.findChild(QLineEdit, "profile_revenue")
    _type(qtbot, revenue, "2.1 Mio")
    assert _account(window).annual_revenue == Decimal("2100000")
    assert revenue.text() == "€2,100,000"
    assert page.figures.wallet_text.text() == "<b>50%</b>"
    assert page.glance.tiles["figures"].value.full_text() == "50%"
    window.undo_action.trigger()
    assert _account(window).annual_revenue == Decimal("1850000")
    assert revenue.text() == "€1,850,000"


def test_an_unreadable_amount_is_refused_with_a_message(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    potential = _page(window).findChild(QLineEdit, "profile_potential")
    _type(qtbot, potential, "a lot")
    assert "'a lot' is not an amount" in dialogs.errors[-1]
    assert potential.text() == "€4,200,000"
    assert not window.ctx.undo_stack.canUndo()


def test_choosing_a_classification_shows_its_meaning_and_undo_takes_it_back(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    smart = page.findChild(QRadioButton, "classification_smart")
    card = smart.parentWidget()
    assert "Lean plan" in card.consequences.text()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert _account(window).classification.value == "smart"
    assert card.property("selected") is True
    assert page.glance.tiles["classification"].value.full_text() == "Smart Key Account"
    window.undo_action.trigger()
    assert _account(window).classification.value == "ka"
    assert page.findChild(QRadioButton, "classification_ka").isChecked()


def test_geography_and_phase_are_chosen_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    geography = page.findChild(QComboBox, "profile_geography")
    geography.setFocus()
    qtbot.keyClick(geography, Qt.Key.Key_Down)
    assert _account(window).geography.value == "global"
    phase = page.findChild(QComboBox, "profile_phase")
    phase.setFocus()
    qtbot.keyClick(phase, Qt.Key.Key_Up)
    assert _account(window).phase.value == "negotiation"


def test_a_higher_score_lifts_the_account_into_the_next_tier(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    revenue = portfolio.criteria(window.ctx.workspace())[0]
    spin = page.findChild(QAbstractSpinBox, f"score_{revenue.id}")
    assert "It would take: <b>Revenue</b> from 8 to 9." in page.selection.next.text()
    _type(qtbot, spin, "9")
    assert portfolio.scores_of(window.ctx.workspace(), window.current_account_id())[revenue.id] == 9
    assert page.selection.tier_chip.text() == "Gold"
    assert page.selection.summary.text() == "<b>75.0</b> of 100 points · rank 2 of 4"
    assert page.selection.next.text() == "Top tier reached."
    window.undo_action.trigger()
    assert page.selection.tier_chip.text() == "Silver"
    assert spin.value() == 8


def test_clearing_a_score_marks_it_not_scored(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    innovation = portfolio.criteria(window.ctx.workspace())[3]
    spin = page.findChild(QAbstractSpinBox, f"score_{innovation.id}")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert innovation.id not in portfolio.scores_of(window.ctx.workspace(), window.current_account_id())
    assert "Not scored yet: Innovation." in page.selection.why.text()


def test_listing_prerequisites_from_nothing_to_ready(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = _page(window)
    section = page.listing
    assert section.banner.headline.text().endswith("Not assessed: no listing prerequisites recorded yet.")
    qtbot.mouseClick(page.findChild(QPushButton, "listing_add_standard"), Qt.MouseButton.LeftButton)
    ws, account_id = window.ctx.workspace(), window.current_account_id()
    assert [i.kind.value for i in listing.items(ws, account_id)] == [
        "release",
        "supplier_number",
        "framework",
        "ordering_system",
    ]
    assert "4 prerequisites missing" in section.banner.headline.text()

    for row in range(4):  # set each to "in place" with the keyboard; the date follows
        section.select(section.items[row].id)
        combo = section.status_combo
        combo.setFocus()
        combo.setCurrentIndex(0)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert all(i.status.value == "done" and i.status_on == date.today() for i in listing.items(ws, account_id))
    assert section.banner.property("state") == "warning"  # in place, but which number?
    section.select(section.items[1].id)
    _type(qtbot, section.reference_edit, "700 41 382")
    assert section.banner.property("state") == "ready"
    assert section.model.index(1, 0).data() == "Supplier number 700 41 382"

    section.select(section.items[2].id)  # the framework agreement: ends in 30 days
    _type(qtbot, section.valid_to_edit, format_date(date.today() + timedelta(days=30)))
    assert section.banner.property("state") == "warning"
    assert section.expiry_label.isVisibleTo(section) and "30 day(s)" in section.expiry_label.text()
    assert page.glance.tiles["listing"].detail.full_text() == "Agreement ends in 30 days"

    section.select(section.items[1].id)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert "Supplier number" in dialogs.confirmations[-1]
    assert len(listing.items(ws, account_id)) == 3
    assert "Supplier number: not recorded." in section.banner.details.text()
    window.undo_action.trigger()
    assert len(listing.items(ws, account_id)) == 4


def test_the_account_team_is_edited_in_place(window: MainWindow, qtbot: QtBot, dialogs) -> None:
    page = _page(window)
    section = page.team
    ws, account_id = window.ctx.workspace(), window.current_account_id()
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    editor = section.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "New team member"
    editor.selectAll()
    qtbot.keyClicks(editor, "Anna Berg")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits a table editor a moment later
    qtbot.waitUntil(lambda: team.members(ws, account_id)[-1].name == "Anna Berg", timeout=2000)

    role = section.model.index(section.model.row_of(team.members(ws, account_id)[-1].id), 2)
    section.table.setCurrentIndex(role)
    qtbot.keyClick(section.table, Qt.Key.Key_F2)
    combo = section.table.viewport().findChild(QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # other → service
    assert team.members(ws, account_id)[-1].role.value == "service"

    qtbot.mouseClick(section.up_button, Qt.MouseButton.LeftButton)
    names = [m.name for m in team.members(ws, account_id)]
    assert names[-2:] == ["Anna Berg", "Mehmet Yılmaz"]

    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert "Anna Berg" in dialogs.confirmations[-1]
    assert "Anna Berg" not in [m.name for m in team.members(ws, account_id)]
    for _ in range(5):  # remove, move, role, name, add
        window.undo_action.trigger()
    assert [m.name for m in team.members(ws, account_id)] == [*names[:-2], names[-1]]


def test_team_role_hints_name_what_is_missing(window: MainWindow) -> None:
    kessler = accounts.find(window.ctx.workspace(), "Kessler Medizintechnik AG").id
    window.navigator.select(kessler)
    assert "No mentor named" in _page(window).team.roles_hint.text()


def test_the_review_cadence_gives_the_next_review_and_says_when_it_is_overdue(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.select(accounts.find(window.ctx.workspace(), "Hutní komponenty Ostrava s.r.o.").id)
    section = _page(window).team
    assert "overdue by" in section.next_review.text()
    assert _page(window).glance.tiles["team"].value.full_text() == "Overdue"
    _type(qtbot, section.last_review, format_date(date.today()))
    assert _account(window).last_review_on == date.today()
    _type(qtbot, section.cadence, "6")
    assert _account(window).review_cadence_months == 6
    assert "Next review: <b>" in section.next_review.text()
    assert _page(window).glance.tiles["team"].detail.full_text() == "every 6 month(s)"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert "overdue by" in section.next_review.text()


def test_a_glance_tile_takes_the_user_to_its_section(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    window.resize(1280, 720)
    qtbot.mouseClick(page.glance.tiles["team"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().value() > 0, timeout=2000)


def test_the_criteria_button_opens_the_portfolio_on_criteria(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(_page(window).selection.edit_button, Qt.MouseButton.LeftButton)
    assert window.portfolio_shown() and window.portfolio.current_page() == "criteria"


def test_a_demo_account_switch_shows_its_own_profile(window: MainWindow) -> None:
    window.navigator.select(accounts.find(window.ctx.workspace(), "Kessler Medizintechnik AG").id)
    page = _page(window)
    assert page.glance.tiles["listing"].value.full_text() == "No"
    assert page.glance.tiles["selection"].value.full_text() == "Gold"
    assert page.master.name_edit.text() != demo.MAIN_ACCOUNT


def test_the_customer_safe_view_hides_every_internal_part_of_the_profile(window: MainWindow, qtbot: QtBot) -> None:
    from kamdesk.services import records
    from tests.ui.visible_text import visible_text

    ws, account_id = window.ctx.workspace(), window.current_account_id()
    marker = "ZZ-PROFILE-MARKER"
    records.set_fields(ws, "selection_criterion", portfolio.criteria(ws)[0].id, {"name": f"{marker} criterion"})
    records.set_fields(ws, "tier", portfolio.tiers(ws)[1].id, {"name": f"{marker} tier"})
    agreement = next(i for i in listing.items(ws, account_id) if i.kind.value == "framework")
    records.set_fields(ws, "listing_item", agreement.id, {"note": f"{marker} listing note"})
    records.set_fields(ws, "account", account_id, {"annual_revenue": 7777777, "customer_goals": "Shared goal"})
    page = _page(window)
    page.listing.select(agreement.id)
    before = visible_text(window)
    assert f"{marker} criterion" in before and f"{marker} tier" in before and f"{marker} listing note" in before
    assert "€7,777,777" in before and "Senior management" in before and "Next review" in before

    window.workshop.customer_safe_action.trigger()
    text = visible_text(window)
    assert marker not in text
    assert "€7,777,777" not in text and "Senior management" not in text and "Next review" not in text
    assert "Shared goal" in text and "RV-2024-017" in text  # what the customer may see stays
    assert "Values what we add beyond the product" not in text  # not even the classification
    assert "CLASSIFICATION" not in text and "SHARE OF WALLET" not in text  # nor their glance tiles
    page.listing.select(listing.items(ws, account_id)[0].id)  # selecting another item keeps the note hidden
    assert "Released by quality management" not in visible_text(window)


def test_the_portfolio_closes_in_the_customer_safe_view(window: MainWindow, qtbot: QtBot) -> None:
    window.show_portfolio()
    assert window.portfolio_shown()
    window.workshop.customer_safe_action.trigger()
    assert not window.portfolio_shown() and not window.portfolio_action.isEnabled()
    window.show_portfolio()
    assert not window.portfolio_shown()


def test_a_score_stepped_with_the_arrow_keys_is_saved_to_its_account_when_switching(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    ws, weserland = window.ctx.workspace(), window.current_account_id()
    kessler = accounts.find(ws, "Kessler Medizintechnik AG").id
    innovation = portfolio.criteria(ws)[3]
    spin = page.findChild(QAbstractSpinBox, f"score_{innovation.id}")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # 5 → 6, saved after a short pause …
    window.navigator.select(kessler)  # … or at once when the user switches accounts
    assert portfolio.scores_of(ws, weserland)[innovation.id] == 6
    assert spin.value() == 10  # Kessler's own score is shown …
    qtbot.wait(OptionalSpinBox.PAUSE_MS + 100)
    assert portfolio.scores_of(ws, kessler)[innovation.id] == 10  # … and stays untouched


def test_a_new_workspace_opened_in_the_window_gets_the_default_criteria(qtbot: QtBot, workspace_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(str(workspace_path))
    assert len(portfolio.criteria(win.ctx.workspace())) == 7
    assert [t.name for t in portfolio.tiers(win.ctx.workspace())] == ["Gold", "Silver", "Bronze"]
    win.close()


def test_a_review_held_in_the_plan_counts_as_the_last_review(window: MainWindow) -> None:
    from kamdesk.services import records

    ws = window.ctx.workspace()
    ostrava = accounts.find(ws, "Hutní komponenty Ostrava s.r.o.").id
    window.navigator.select(ostrava)
    section = _page(window).team
    assert "overdue by" in section.next_review.text()
    records.insert_row(ws, "plan_review", {"account_id": ostrava, "reviewed_on": date.today()})
    assert "overdue" not in section.next_review.text()
    assert f"(last review in the plan: {format_date(date.today())})" in section.next_review.text()
