"""The Relationship tab driven as a user would: drag pieces between cells, drag from a team
member onto a piece, edit levels, click key issues, filter, the matrix, delete, import — and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kamdesk.domain.board import RANKS, Side
from kamdesk.domain.key_issues import IssueRule
from kamdesk.services import relations
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.tabs.relations import RelationsTab
from kamdesk.ui.tabs.relations.scene import FADED


def _tab(window: MainWindow) -> RelationsTab:
    assert window.view is not None
    window.view.set_current_key("relations")
    tab = window.view.page("relations")
    assert isinstance(tab, RelationsTab)
    tab.resize(1400, 900)
    tab.view.fit()
    return tab


def _board(window: MainWindow):  # type: ignore[no-untyped-def]
    return relations.load(window.ctx.workspace(), window.current_account_id())


def _contact(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in _board(window).contacts if c.name == name)


def _at(tab: RelationsTab, point: QPointF) -> QPoint:
    return tab.view.mapFromScene(point)


def _drag(tab: RelationsTab, start: QPointF, end: QPointF, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = tab.view.viewport()
    a, b = _at(tab, start), _at(tab, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for n in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * n / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def _cell_center(tab: RelationsTab, column_name: str, rank: str) -> QPointF:
    layout = tab.scene.layout
    assert layout is not None
    column = next(n for n, key in enumerate(layout.column_keys) if tab.column_names.get(key) == column_name)
    cell = layout.cell_rect(column, [r.value for r in RANKS].index(rank))
    return QPointF(cell.x + cell.w / 2, cell.bottom - 8)


def test_the_board_shows_every_contact_our_team_and_the_key_issues(window: MainWindow) -> None:
    tab = _tab(window)
    board = _board(window)
    assert set(tab.scene.pieces) == {c.id for c in board.contacts}
    assert set(tab.scene.cards) == {m.id for m in board.team}
    assert len(tab.scene.coverage_lines) == len(board.links)
    assert tab.issues_list.list.count() == len(tab.issues) > 5
    assert window.view.tabs.tabText(window.view.index_of("relations")) == "Relationships"


def test_dragging_a_piece_into_another_cell_moves_it_in_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window)
    lange = _contact(window, "Thomas Lange")
    piece = tab.scene.pieces[lange.id]
    steps = window.ctx.undo_stack.count()
    _drag(tab, piece.glyph_center(), _cell_center(tab, "Quality", "senior"))
    moved = _contact(window, "Thomas Lange")
    quality = next(c.id for c in _board(window).columns if c.name == "Quality")
    assert (moved.column_id, moved.rank.value) == (quality, "senior")
    assert window.ctx.undo_stack.count() == steps + 1
    assert tab.scene.pieces[lange.id].pos() == tab.scene.pieces[lange.id].home  # snapped into its slot
    window.undo_action.trigger()
    back = _contact(window, "Thomas Lange")
    assert (back.column_id, back.rank, back.position) == (lange.column_id, lange.rank, lange.position)
    window.redo_action.trigger()
    assert _contact(window, "Thomas Lange").column_id == quality


def test_a_piece_dropped_outside_the_board_goes_back_home(window: MainWindow) -> None:
    tab = _tab(window)
    lange = _contact(window, "Thomas Lange")
    piece = tab.scene.pieces[lange.id]
    home = QPointF(piece.home)
    steps = window.ctx.undo_stack.count()
    layout = tab.scene.layout
    _drag(tab, piece.glyph_center(), QPointF(layout.team_left + 20, layout.bounds.bottom - 4))
    assert piece.pos() == home and window.ctx.undo_stack.count() == steps
    assert _contact(window, "Thomas Lange") == lange


def test_dragging_from_a_team_member_onto_a_piece_links_them_then_levels_are_edited(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(window)
    board = _board(window)
    jana = next(m for m in board.team if m.name == "Jana Hoffmann")
    kowalski = _contact(window, "Dr. Stefan Kowalski")
    assert not any(link.member_id == jana.id and link.contact_id == kowalski.id for link in board.links)
    card = tab.scene.cards[jana.id]
    _drag(tab, card.pos() + QPointF(60, 20), tab.scene.pieces[kowalski.id].glyph_center())
    link = next(k for k in _board(window).links if k.member_id == jana.id and k.contact_id == kowalski.id)
    assert link.level.value == "vendor"
    panel = tab.detail.link_panel
    assert tab.detail.currentWidget() is panel and panel.link is not None and panel.link.id == link.id
    panel.target.setCurrentIndex(panel.target.findData("problem_solver"))
    panel.target.activated.emit(panel.target.currentIndex())
    assert next(k for k in _board(window).links if k.id == link.id).target.value == "problem_solver"
    assert any(i.rule is IssueRule.BELOW_TARGET and link.id in i.link_ids for i in tab.issues)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert link.id not in {k.id for k in _board(window).links}


def test_shift_drag_between_pieces_draws_a_reporting_line(window: MainWindow) -> None:
    tab = _tab(window)
    demir, vogt = _contact(window, "Elif Demir"), _contact(window, "Dr. Heike Vogt")
    before = len(_board(window).relations)
    _drag(
        tab,
        tab.scene.pieces[demir.id].glyph_center(),
        tab.scene.pieces[vogt.id].glyph_center(),
        Qt.KeyboardModifier.ShiftModifier,
    )
    rels = _board(window).relations
    assert len(rels) == before + 1
    assert any(r.source_id == demir.id and r.target_id == vogt.id and r.kind.value == "reports_to" for r in rels)
    assert _contact(window, "Elif Demir") == demir  # a line, not a move


def test_clicking_a_key_issue_highlights_the_people_involved(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window)
    row = next(n for n, i in enumerate(tab.issues) if i.rule is IssueRule.STRONG_OPPONENT)
    item = tab.issues_list.list.item(row)
    rect = tab.issues_list.list.visualItemRect(item)
    tab.issues_list.list.scrollToItem(item)
    rect = tab.issues_list.list.visualItemRect(item)
    qtbot.mouseClick(tab.issues_list.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    kowalski = _contact(window, "Dr. Stefan Kowalski")
    assert tab.scene.pieces[kowalski.id].highlighted
    assert tab.scene.pieces[kowalski.id].opacity() == 1.0
    others = [p for cid, p in tab.scene.pieces.items() if cid != kowalski.id]
    assert all(p.opacity() == FADED for p in others)
    tab.clear_highlight()
    assert all(p.opacity() == 1.0 for p in tab.scene.pieces.values())


def test_focus_on_a_side_and_on_a_team_member(window: MainWindow) -> None:
    tab = _tab(window)
    tab.side_filter.setCurrentIndex(tab.side_filter.findData(Side.OPPONENT.value))
    tab.side_filter.activated.emit(tab.side_filter.currentIndex())
    for piece in tab.scene.pieces.values():
        assert (piece.opacity() == 1.0) == (piece.contact.side is Side.OPPONENT)
    tab.side_filter.setCurrentIndex(0)
    board = _board(window)
    yilmaz = next(m for m in board.team if m.name == "Mehmet Yılmaz")
    tab.member_filter.setCurrentIndex(tab.member_filter.findData(yilmaz.id))
    tab.member_filter.activated.emit(tab.member_filter.currentIndex())
    covered = {link.contact_id for link in board.links if link.member_id == yilmaz.id}
    for contact_id, piece in tab.scene.pieces.items():
        assert (piece.opacity() == 1.0) == (contact_id in covered)
    visible = {line.link.id for line in tab.scene.coverage_lines.values() if line.isVisible()}
    assert visible == {link.id for link in board.links if link.member_id == yilmaz.id}


def test_the_matrix_edits_levels_and_removes_links_undoably(window: MainWindow) -> None:
    tab = _tab(window)
    tab.matrix_button.click()
    assert tab.stack.currentWidget() is tab.matrix
    model = tab.matrix.matrix
    board = _board(window)
    row = next(n for n, c in enumerate(model.contacts) if c.name == "Andrzej Nowicki")
    column = next(n for n, m in enumerate(board.team) if m.name == "Mehmet Yılmaz")
    index = model.index(row, column)
    assert model.data(index) == ""
    model.setData(index, "credible_source")
    link = next(k for k in _board(window).links if k.contact_id == model.contacts[row].id)
    assert link.level.value == "credible_source"
    assert model.data(model.index(row, column)) == "Credible source"
    model.setData(model.index(row, column), None)
    assert not any(k.id == link.id for k in _board(window).links)
    window.undo_action.trigger()
    assert any(k.id == link.id for k in _board(window).links)


def test_deleting_a_contact_asks_first_and_undo_restores_it_with_its_links(
    window: MainWindow, dialogs, qtbot: QtBot
) -> None:
    tab = _tab(window)
    meyer = _contact(window, "Claudia Meyer-Brandt")
    links = len(_board(window).links)
    tab.select_contact(meyer.id)
    assert tab.detail.contact_panel.contact.id == meyer.id
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert dialogs.confirmations and "Claudia Meyer-Brandt" in dialogs.confirmations[-1]
    assert meyer.id not in _board(window).contact_by_id
    window.undo_action.trigger()
    assert _board(window).contact_by_id[meyer.id] == meyer and len(_board(window).links) == links


def test_double_clicking_an_empty_spot_adds_a_contact_there(window: MainWindow, dialogs) -> None:
    tab = _tab(window)
    dialogs.text_answer = "Greta Sommer"
    point = _cell_center(tab, "IT", "specialist")
    QTest.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(tab, point))
    greta = _contact(window, "Greta Sommer")
    it = next(c.id for c in _board(window).columns if c.name == "IT")
    assert (greta.column_id, greta.rank.value) == (it, "specialist")
    assert tab.detail.contact_panel.contact.id == greta.id
    window.undo_action.trigger()
    assert greta.id not in _board(window).contact_by_id


def test_editing_the_contact_in_the_detail_panel(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window)
    horak = _contact(window, "Ing. Pavel Horák")
    tab.select_contact(horak.id)
    panel = tab.detail.contact_panel
    panel.side.setCurrentIndex(panel.side.findData("opponent"))
    panel.side.activated.emit(panel.side.currentIndex())
    assert _contact(window, "Ing. Pavel Horák").side is Side.OPPONENT
    panel.last_contact.setFocus()
    panel.last_contact.selectAll()
    qtbot.keyClicks(panel.last_contact, "1.3.2026")
    qtbot.keyClick(panel.last_contact, Qt.Key.Key_Return)
    assert _contact(window, "Ing. Pavel Horák").last_contact.isoformat() == "2026-03-01"
    assert panel.last_contact.text() == "1 Mar 2026"  # written as the language writes dates
    panel.column.setCurrentIndex(panel.column.findText("Logistics"))
    panel.column.activated.emit(panel.column.currentIndex())
    logistics = next(c.id for c in _board(window).columns if c.name == "Logistics")
    assert _contact(window, "Ing. Pavel Horák").column_id == logistics
    for _ in range(3):
        window.undo_action.trigger()
    assert _contact(window, "Ing. Pavel Horák") == horak


def test_importing_contacts_from_the_tab_is_one_undo_step(
    window: MainWindow, dialogs, tmp_path: Path, monkeypatch
) -> None:
    tab = _tab(window)
    path = tmp_path / "messe.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Greta Sommer\nORG:Weserland;Einkauf\nTITLE:Einkäuferin\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dr. Heike Vogt\nORG:Weserland;Entwicklung\nEND:VCARD\n",
        encoding="utf-8",
    )
    dialogs.open_answer = str(path)
    shown = []
    monkeypatch.setattr(
        Dialogs, "import_contacts", classmethod(lambda cls, parent, preview: shown.append(preview) or True)
    )
    before = len(_board(window).contacts)
    tab.import_button.click()
    assert [d.name for d in shown[0].importable] == ["Greta Sommer"] and shown[0].duplicates
    assert len(_board(window).contacts) == before + 1
    window.undo_action.trigger()
    assert len(_board(window).contacts) == before
    window.redo_action.trigger()
    assert _contact(window, "Greta Sommer").id == shown[0].ids[0]


def test_zoom_and_fit_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window)
    tab.view.setFocus()
    fitted = tab.view.zoom()
    qtbot.keyClick(tab.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.zoom() > fitted
    qtbot.keyClick(tab.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(tab.view.zoom() - fitted) < 1e-6


def test_the_customer_safe_view_shows_who_is_where_and_no_judgement(window: MainWindow) -> None:
    from tests.ui.visible_text import visible_text

    tab = _tab(window)
    ws = window.ctx.workspace()
    kowalski = _contact(window, "Dr. Stefan Kowalski")
    from kamdesk.services import records

    records.set_fields(ws, "contact", kowalski.id, {"agenda": "ZZ-INTERNAL-AGENDA"})
    tab.select_contact(kowalski.id)
    reason = next(i.reason for i in tab.issues if i.rule is IssueRule.STRONG_OPPONENT)
    assert reason in visible_text(window) and "ZZ-INTERNAL-AGENDA" in visible_text(window)
    window.workshop.customer_safe_action.trigger()
    text = visible_text(window)
    assert "ZZ-INTERNAL-AGENDA" not in text and reason not in text and "Opponent" not in text
    assert "Dr. Stefan Kowalski" in text  # who is where stays
    assert not any(line.isVisible() for line in tab.scene.coverage_lines.values())
    assert not any(rel.isVisible() for rel in tab.scene.relation_lines.values())
    assert all(p.customer_safe for p in tab.scene.pieces.values())


def test_departments_are_renamed_added_and_removed_in_one_undo_step(window: MainWindow, dialogs) -> None:
    tab = _tab(window)
    before = _board(window)
    names = [c.name for c in before.columns]
    it_contacts = {c.id for c in before.contacts if c.column_id == before.columns[-1].id}
    dialogs.text_answer = ", ".join([*names[:5], "Supply Chain", "Controlling"])
    tab.columns_button.click()
    assert "IT" in dialogs.confirmations[-1]
    after = _board(window)
    assert [c.name for c in after.columns] == [*names[:5], "Supply Chain", "Controlling"]
    assert all(after.contact_by_id[c].column_id is None for c in it_contacts)
    assert "No department" in tab.column_names.values()
    window.undo_action.trigger()
    restored = _board(window)
    assert [(c.id, c.name) for c in restored.columns] == [(c.id, c.name) for c in before.columns]
    assert all(restored.contact_by_id[c].column_id == before.columns[-1].id for c in it_contacts)


def test_the_stale_threshold_is_set_per_account_and_undoable(window: MainWindow) -> None:
    tab = _tab(window)
    stale = {i.contact_ids for i in tab.issues if i.rule is IssueRule.STALE}
    assert stale  # the demo has relationships older than 90 days
    tab.issues_list.stale.setValue(365)
    assert _board(window).stale_days == 365
    assert not any(i.rule is IssueRule.STALE for i in tab.issues if "days" in i.reason)
    window.undo_action.trigger()
    assert _board(window).stale_days == 90 and tab.issues_list.stale.value() == 90


def test_dragging_with_all_lines_hides_the_faint_ones_until_the_drop(window: MainWindow) -> None:
    tab = _tab(window)
    tab.lines_check.setChecked(True)
    lange = _contact(window, "Thomas Lange")
    piece = tab.scene.pieces[lange.id]
    viewport = tab.view.viewport()
    start = _at(tab, piece.glyph_center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(30, 30))
    own = {line for line in piece.links}
    assert all(line.isVisible() for line in own)
    assert not any(line.isVisible() for line in tab.scene.coverage_lines.values() if line not in own)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert all(line.isVisible() for line in tab.scene.coverage_lines.values())


def test_in_front_of_the_customer_a_person_is_still_edited_in_the_panel(window: MainWindow, qtbot: QtBot) -> None:
    """Name, title, department and contact details are the customer's own: they stay editable
    in the customer-safe view; our judgements of the person do not show."""
    tab = _tab(window)
    window.workshop.customer_safe_action.trigger()
    assert not tab.side.isVisible()  # the board has the width until a person is selected
    vogt = _contact(window, "Dr. Heike Vogt")
    tab.select_contact(vogt.id)
    panel = tab.detail.contact_panel
    assert tab.detail.isVisible() and tab.detail.currentWidget() is panel
    assert panel.title.isVisible() and panel.email.isVisible() and panel.column.isVisible()
    assert not any(w.isVisible() for w in (panel.side, panel.influence, panel.agenda, panel.notes, panel.relations))
    assert panel.heading.text().count(vogt.title) == 1 and vogt.role.label not in panel.heading.text()
    panel.title.setFocus()
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "Leiterin Entwicklung")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)
    assert _contact(window, "Dr. Heike Vogt").title == "Leiterin Entwicklung"
    window.undo_action.trigger()
    assert _contact(window, "Dr. Heike Vogt").title == vogt.title
    tab.scene.clearSelection()
    assert not tab.side.isVisible()


def test_the_focus_filters_go_below_the_buttons_when_the_row_is_too_narrow(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    def middle(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(tab, widget.rect().center()).y()

    tab = _tab(window)
    window.resize(1900, 1000)
    QApplication.processEvents()
    assert tab.width() > 1300 and tab.filters_beside
    assert abs(middle(tab.member_filter) - middle(tab.add_button)) < 6  # one row
    window.resize(1000, 700)
    QApplication.processEvents()
    assert not tab.filters_beside and middle(tab.member_filter) > middle(tab.add_button) + 15  # a row below
    right = tab.lines_check.mapTo(tab, tab.lines_check.rect().topRight()).x()
    assert right <= tab.width()  # nothing cut off at the right
    assert tab.member_filter.width() >= tab.member_filter.sizeHint().width()
    window.resize(1900, 1000)
    QApplication.processEvents()
    assert tab.filters_beside and abs(middle(tab.member_filter) - middle(tab.add_button)) < 6
