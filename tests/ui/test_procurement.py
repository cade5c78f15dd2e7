"""The procurement editor driven as a user would: real mouse drags on the view's viewport,
palette clicks, keys, the panels — asserting on the stored map and on the scene."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.model import Branch, NodeKind
from kamdesk.services import procurement
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.procurement.items import EdgeItem, NodeItem
from kamdesk.ui.tabs.procurement import ProcurementTab

TESTDATA = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "bpmn"
LEFT, NO_MOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> ProcurementTab:
    window.resize(1280, 720)
    window.view.set_current_key("procurement")
    tab = window.view.page("procurement")
    assert isinstance(tab, ProcurementTab)
    tab.view.set_zoom(1.0)
    qtbot.waitExposed(tab.view)
    return tab


def _node(page: ProcurementTab, label: str) -> NodeItem:
    return next(i for i in page.scene.item_for_node.values() if i.node.label == label)


def _stored(page: ProcurementTab):  # type: ignore[no-untyped-def]
    return procurement.load(page.ctx.workspace(), page.document.map_id or "")


def _at(page: ProcurementTab, x: float, y: float) -> QPoint:
    return page.view.mapFromScene(QPointF(x, y))


def _show(page: ProcurementTab, item: NodeItem) -> None:
    page.view.centerOn(item)
    QApplication.processEvents()


def _drag(page: ProcurementTab, start: QPoint, end: QPoint, modifiers=NO_MOD, steps: int = 6) -> None:  # type: ignore[no-untyped-def]
    viewport = page.view.viewport()
    QTest.mousePress(viewport, LEFT, modifiers, start)
    for n in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * n / steps)
    QTest.mouseRelease(viewport, LEFT, modifiers, end)


def test_the_tab_shows_the_demo_map_with_lanes_nodes_and_answers(page: ProcurementTab) -> None:
    pmap = _stored(page)
    assert page.map_combo.currentText() == "Tools – plants Minden and Porta"
    assert set(page.scene.item_for_node) == {n.id for n in pmap.nodes}
    assert set(page.scene.item_for_edge) == {e.id for e in pmap.edges}
    assert len(page.scene.lane_items) == 4
    decider = page.questions.blocks[next(iter(page.questions.blocks))].answer.text()
    assert "Foreman / maintenance (below €250)" in decider
    assert page.side.tabText(3) == "Checks"  # the demo map is clean


def test_dragging_a_node_moves_it_and_its_edges_as_one_undo_step(page: ProcurementTab) -> None:
    item = _node(page, "Picks brand and model")
    node = item.node
    _show(page, item)
    steps_before = page.ctx.undo_stack.count()
    start = _at(page, node.x, node.y)
    _drag(page, start, start + QPoint(93, 0))  # snapped to the 20-unit grid on the way
    stored = _stored(page).node(node.id)
    assert (stored.x, stored.y) == (node.x + 100, node.y)
    assert page.ctx.undo_stack.count() == steps_before + 1
    edge = next(e for e in page.document.edges.values() if e.target_id == node.id)
    route = geometry.route(
        edge.id, geometry.node_shape(page.document.nodes[edge.source_id]), geometry.node_shape(stored)
    )
    assert page.scene.item_for_edge[edge.id].boundingRect().contains(QPointF(*route.points[-1]))

    page.ctx.undo_stack.undo()
    assert _stored(page).node(node.id).x == node.x
    assert item.pos().x() == node.x  # the scene followed the model back
    page.ctx.undo_stack.redo()
    assert _stored(page).node(node.id).x == node.x + 100


def test_dragging_from_a_port_to_another_node_connects_them(page: ProcurementTab) -> None:
    source = _node(page, "Searches the SAP Ariba catalogue")
    target = _node(page, "Picks brand and model")
    _show(page, source)
    before = {e.id for e in _stored(page).edges}
    port = source.geo.ports[geometry.Side.BOTTOM]
    start = _at(page, source.pos().x() + port[0], source.pos().y() + port[1])
    end = _at(page, target.node.x, target.node.y)
    _drag(page, start, end)
    # they were already connected: nothing new, and the user is told
    assert {e.id for e in _stored(page).edges} == before

    approval = _node(page, "Approves the investment")
    done = _node(page, "Rejected: repair instead")
    page.view.set_zoom(0.8)
    page.view.centerOn(QPointF((approval.node.x + done.node.x) / 2, (approval.node.y + done.node.y) / 2))
    QApplication.processEvents()
    port = approval.geo.ports[geometry.Side.RIGHT]
    _drag(
        page, _at(page, approval.pos().x() + port[0], approval.pos().y() + port[1]), _at(page, done.node.x, done.node.y)
    )
    added = [e for e in _stored(page).edges if e.id not in before]
    assert len(added) == 1 and (added[0].source_id, added[0].target_id) == (approval.node.id, done.node.id)
    assert added[0].id in page.scene.item_for_edge
    page.ctx.undo_stack.undo()
    assert added[0].id not in {e.id for e in _stored(page).edges}
    assert added[0].id not in page.scene.item_for_edge


def test_palette_adds_a_node_in_a_free_spot_and_delete_and_undo(page: ProcurementTab, qtbot: QtBot) -> None:
    page.scene.clearSelection()
    before = {n.id for n in _stored(page).nodes}
    qtbot.mouseClick(page.palette_buttons[NodeKind.DECISION], LEFT)
    new_ids = {n.id for n in _stored(page).nodes} - before
    assert len(new_ids) == 1
    node = page.document.nodes[new_ids.pop()]
    assert node.kind is NodeKind.DECISION and node.id in page.scene.item_for_node
    others = [geometry.node_rect(n.kind, n.x, n.y) for n in page.document.nodes.values() if n.id != node.id]
    assert not any(geometry.node_rect(node.kind, node.x, node.y).intersects(r) for r in others)
    assert page.scene.item_for_node[node.id].isSelected()
    assert page.properties.kind == "node" and page.properties.row_id == node.id

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert node.id not in {n.id for n in _stored(page).nodes}
    page.ctx.undo_stack.undo()
    assert node.id in {n.id for n in _stored(page).nodes}


def test_rubber_band_selects_several_and_delete_is_one_step_with_edges(page: ProcurementTab, qtbot: QtBot) -> None:
    a, b = _node(page, "Cordless screwdriver worn out"), _node(page, "Searches the SAP Ariba catalogue")
    page.view.set_zoom(0.6)
    page.view.centerOn(QPointF((a.node.x + b.node.x) / 2, a.node.y))
    QApplication.processEvents()
    top_left = _at(page, a.node.x - 60, a.node.y - 60)
    bottom_right = _at(page, b.node.x + 40, b.node.y + 40)
    _drag(page, top_left, bottom_right)
    nodes, edges, _lanes = page.scene.selected_ids()
    assert set(nodes) == {a.node.id, b.node.id}
    assert len(edges) >= 1
    before = _stored(page)
    steps = page.ctx.undo_stack.count()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    after = _stored(page)
    assert {a.node.id, b.node.id}.isdisjoint(n.id for n in after.nodes)
    assert all(a.node.id not in (e.source_id, e.target_id) for e in after.edges)
    assert page.ctx.undo_stack.count() == steps + 1
    page.ctx.undo_stack.undo()
    assert _stored(page) == before


def test_copy_and_paste_with_keys(page: ProcurementTab, qtbot: QtBot) -> None:
    a, b = _node(page, "Cordless screwdriver worn out"), _node(page, "Searches the SAP Ariba catalogue")
    page.scene.select_ids([a.node.id, b.node.id])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted, _edges, _lanes = page.scene.selected_ids()
    stored = _stored(page)
    copies = [stored.node(i) for i in pasted]
    assert sorted(n.label for n in copies) == sorted([a.node.label, b.node.label])
    assert any(e.source_id in pasted and e.target_id in pasted for e in stored.edges)
    assert all(n.x == page.document.nodes[i].x for i, n in zip(pasted, copies, strict=True))
    page.ctx.undo_stack.undo()
    assert not set(pasted) & {n.id for n in _stored(page).nodes}


def test_order_path_is_highlighted_with_its_approvals(page: ProcurementTab, qtbot: QtBot) -> None:
    page.side.setCurrentWidget(page.order_panel)
    amount = page.order_panel.amount
    amount.selectAll()
    qtbot.keyClicks(amount, "1.200")
    qtbot.waitUntil(lambda: "Approvals needed" in page.order_panel.result.text())
    approval = _node(page, "Approves in Ariba")
    plant = _node(page, "Approves the investment")
    assert approval.highlight == "on" and plant.highlight == "off"
    assert "Cost-centre manager (Holger Janssen) — up to €5,000" in page.order_panel.result.text()
    amount.selectAll()
    qtbot.keyClicks(amount, "90")
    qtbot.waitUntil(lambda: "No approval needed." in page.order_panel.result.text())
    assert approval.highlight == "off" and _node(page, "Order goes out via Ariba").highlight == "on"
    page.side.setCurrentWidget(page.questions)
    assert approval.highlight == "" and not page.scene.highlighted


def test_properties_edit_a_label_and_a_limit_with_undo(page: ProcurementTab, qtbot: QtBot) -> None:
    item = _node(page, "Approves in Ariba")
    page.scene.select_ids([item.node.id])
    page.side.setCurrentWidget(page.properties)
    label = page.properties.label_edit
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "Releases in Ariba")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert _stored(page).node(item.node.id).label == "Releases in Ariba"
    assert item.node.label == "Releases in Ariba"
    limit = page.properties.limit_edit
    limit.setFocus()
    limit.selectAll()
    qtbot.keyClicks(limit, "7.500")
    qtbot.keyClick(limit, Qt.Key.Key_Return)
    assert str(_stored(page).node(item.node.id).approval_limit) == "7500.00"
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    node = _stored(page).node(item.node.id)
    assert node.label == "Approves in Ariba" and str(node.approval_limit) == "5000.00"


def test_a_note_that_contradicts_the_map_is_shown_and_can_be_dropped(page: ProcurementTab, qtbot: QtBot) -> None:
    from kamdesk.domain.procurement.questions import KeyQuestion

    page.ctx.push(
        __import__("kamdesk.ui.procurement.commands", fromlist=["ChangeFields"]).ChangeFields(
            page.ctx,
            "note",
            page.account_id,
            page.document.map_id,
            [
                (
                    procurement.MAP,
                    page.document.map_id,
                    {"answer_requester_chooses": "no"},
                    {"answer_requester_chooses": None},
                )
            ],
        )
    )
    block = page.questions.blocks[KeyQuestion.REQUESTER_CHOOSES]
    qtbot.waitUntil(lambda: not block.conflict.isHidden())
    assert "but the map says “Yes, freely”" in block.conflict.text()
    qtbot.mouseClick(block.use_map, LEFT)
    assert _stored(page).answers.requester_chooses is None
    qtbot.waitUntil(block.conflict.isHidden)


def test_maps_new_rename_duplicate_delete_and_undo(page: ProcurementTab, dialogs) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.procurement import templates

    page.new_map(templates.template("preselected"))
    assert page.map_combo.currentText() == "Central purchasing pre-selects"
    assert len(_stored(page).nodes) == 8
    dialogs.text_answer = "C-parts Brno"
    page.rename_action.trigger()
    assert page.map_combo.currentText() == "C-parts Brno"
    page.duplicate_action.trigger()
    assert page.map_combo.currentText() == "C-parts Brno (2)"
    copy_id = page.document.map_id
    dialogs.confirm_answer = False
    page.delete_map_action.trigger()
    assert page.map_combo.findData(copy_id) >= 0
    dialogs.confirm_answer = True
    page.delete_map_action.trigger()
    assert page.map_combo.findData(copy_id) < 0 and "C-parts Brno" in dialogs.confirmations[-1]
    page.ctx.undo_stack.undo()
    assert page.map_combo.findData(copy_id) >= 0 and page.document.map_id == copy_id
    assert len(page.scene.item_for_node) == 8


def test_tidy_layout_is_one_step(page: ProcurementTab, qtbot: QtBot) -> None:
    item = _node(page, "Tool in use")
    _show(page, item)
    start = _at(page, item.node.x, item.node.y)
    _drag(page, start, start + QPoint(0, 200))
    moved = _stored(page)
    page.tidy_action.trigger()
    tidy = _stored(page)
    assert tidy.node(item.node.id).y != moved.node(item.node.id).y
    page.ctx.undo_stack.undo()
    assert _stored(page) == moved


def test_zoom_with_keys_and_ctrl_wheel(page: ProcurementTab, qtbot: QtBot) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.zoom() == pytest.approx(1.2)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.view.zoom() == pytest.approx(1 / 1.2)
    centre = QPointF(page.view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        page.view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.view.viewport(), wheel)
    assert page.view.zoom() == pytest.approx(1.0)
    qtbot.keyClick(page.view, Qt.Key.Key_0)
    box = page.scene.itemsBoundingRect()
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert visible.contains(box.center())


def test_decision_edges_get_yes_then_no(page: ProcurementTab, qtbot: QtBot) -> None:
    page.scene.clearSelection()
    decision = page.editor.add_node(NodeKind.DECISION)
    step = page.editor.add_node(NodeKind.STEP)
    end = page.editor.add_node(NodeKind.END)
    page.editor.connect(decision, step)
    page.editor.connect(decision, end)
    branches = {e.target_id: e.branch for e in _stored(page).edges if e.source_id == decision}
    assert branches == {step: Branch.YES, end: Branch.NO}


@pytest.mark.skipif(not TESTDATA.is_dir(), reason="shared/testdata is not beside the project")
def test_bpmn_import_in_the_gui_reports_and_is_undoable(page: ProcurementTab, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.dialogs import Dialogs

    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "info", classmethod(lambda cls, parent, title, text: shown.append(text)))
    dialogs.open_answer = str(TESTDATA / "pizza-collaboration.bpmn")
    page.import_bpmn_action.trigger()
    assert page.map_combo.currentText() == "Pizza vendor"
    assert len(page.scene.item_for_node) == 18
    assert "message flow" in shown[-1]
    page.ctx.undo_stack.undo()
    assert page.map_combo.findText("Pizza vendor") < 0


def test_export_svg_png_and_bpmn(page: ProcurementTab, dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs.save_answer = str(tmp_path / "map.svg")
    page.export_svg_action.trigger()
    svg = (tmp_path / "map.svg").read_text()
    assert "<svg" in svg and "Picks brand and model" in svg
    dialogs.save_answer = str(tmp_path / "map")
    page.export_png_action.trigger()
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dialogs.save_answer = str(tmp_path / "map.bpmn")
    page.export_bpmn_action.trigger()
    assert "bpmn:exclusiveGateway" in (tmp_path / "map.bpmn").read_text()


def test_edges_and_lane_headers_select_for_the_properties(page: ProcurementTab, qtbot: QtBot) -> None:
    edge_item = next(iter(page.scene.item_for_edge.values()))
    assert isinstance(edge_item, EdgeItem)
    page.scene.select_ids(edge_ids=[edge_item.edge_id])
    assert page.properties.kind == "edge"
    lane_id = next(iter(page.scene.lane_items))
    page.scene.select_ids(lane_ids=[lane_id])
    assert page.properties.kind == "lane"
    name = page.findChild(QLineEdit, "procurement_lane_name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Shift foremen")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert _stored(page).lane(lane_id).name == "Shift foremen"


def test_the_customer_safe_view_hides_internal_notes(page: ProcurementTab, window: MainWindow, qtbot: QtBot) -> None:
    from kamdesk.services import records
    from tests.ui.visible_text import visible_text

    ws = page.ctx.workspace()
    item = _node(page, "Approves in Ariba")
    records.set_fields(ws, procurement.NODE, item.node.id, {"notes": "ZZ-NODE-SECRET"})
    records.set_fields(ws, procurement.MAP, page.document.map_id, {"notes": "ZZ-MAP-SECRET"})
    page.scene.select_ids([item.node.id])
    page.side.setCurrentWidget(page.properties)
    assert "ZZ-NODE-SECRET" in visible_text(window)
    page.side.setCurrentWidget(page.questions)
    qtbot.waitUntil(lambda: "ZZ-MAP-SECRET" in visible_text(window))
    window.workshop.customer_safe_action.trigger()
    assert "ZZ-MAP-SECRET" not in visible_text(window)
    page.side.setCurrentWidget(page.properties)
    assert "ZZ-NODE-SECRET" not in visible_text(window)
    assert "Approves in Ariba" in visible_text(window)  # the process itself is the customer's own


def test_middle_button_and_space_drag_pan_the_view(page: ProcurementTab, qtbot: QtBot) -> None:
    page.view.set_zoom(1.5)
    QApplication.processEvents()
    bar = page.view.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    start = bar.value()
    viewport = page.view.viewport()
    centre = viewport.rect().center()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NO_MOD, centre)
    QTest.mouseMove(viewport, centre + QPoint(-120, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NO_MOD, centre + QPoint(-120, 0))
    assert bar.value() == start + 120
    page.view.setFocus()
    qtbot.keyPress(page.view, Qt.Key.Key_Space)
    before = {n.id: (n.x, n.y) for n in _stored(page).nodes}
    _drag(page, centre, centre + QPoint(100, 0))
    qtbot.keyRelease(page.view, Qt.Key.Key_Space)
    assert bar.value() == start + 20
    assert {n.id: (n.x, n.y) for n in _stored(page).nodes} == before  # panning moved no node


def test_moving_a_lane_takes_its_nodes_along(page: ProcurementTab) -> None:
    pmap = _stored(page)
    first, second = pmap.sorted_lanes()[:2]
    in_first = [n for n in pmap.nodes if n.lane_id == first.id]
    assert in_first  # or the lane's nodes would not be checked below
    page.scene.select_ids(lane_ids=[first.id])
    page.properties.lane_down.click()
    after = _stored(page)
    assert [la.id for la in after.sorted_lanes()[:2]] == [second.id, first.id]
    bands = geometry.compute(after).lanes
    for node in in_first:
        assert geometry.lane_at(bands, after.node(node.id).y) == first.id
    page.ctx.undo_stack.undo()
    assert _stored(page) == pmap


def test_a_check_selects_what_it_is_about(page: ProcurementTab, qtbot: QtBot) -> None:
    page.scene.clearSelection()
    node_id = page.editor.add_node(NodeKind.STEP)  # a new step: unreachable and a dead end
    page.scene.clearSelection()
    qtbot.waitUntil(lambda: page.checks.problem_count() == 2)
    assert page.side.tabText(3) == "Checks (2)"
    page.side.setCurrentWidget(page.checks)
    item = page.checks.list.item(0)
    page.checks.list.itemClicked.emit(item)
    assert page.scene.selected_ids()[0] == [node_id]


def test_an_account_without_maps_offers_the_templates(window: MainWindow, qtbot: QtBot) -> None:
    from kamdesk.services import accounts

    window.navigator.select(accounts.find(window.ctx.workspace(), "Kessler Medizintechnik AG").id)
    window.view.set_current_key("procurement")
    page = window.view.page("procurement")
    assert page.stack.currentIndex() == 0 and page.map_combo.count() == 0
    qtbot.mouseClick(page.template_buttons[1], LEFT)  # "Requester chooses freely below the approval limit"
    assert page.stack.currentIndex() == 1
    assert page.map_combo.currentText() == "Free choice below the approval limit"
    assert len(page.scene.item_for_node) == 9
    window.undo_action.trigger()
    assert page.stack.currentIndex() == 0


def test_a_role_holder_links_to_a_board_contact(page: ProcurementTab, qtbot: QtBot) -> None:
    from kamdesk.services import records

    contacts = procurement.contacts(page.ctx.workspace(), page.account_id)
    assert contacts, "the demo account has contacts on its relationship board"
    contact_id, name, _title = contacts[0]
    item = _node(page, "Approves in Ariba")
    page.scene.select_ids([item.node.id])
    page.side.setCurrentWidget(page.properties)
    combo = page.properties.contact_combo
    combo.setCurrentIndex(combo.findData(contact_id))
    combo.activated.emit(combo.currentIndex())
    node = _stored(page).node(item.node.id)
    assert (node.contact_id, node.role_holder) == (contact_id, name)
    # the contact leaves the board: the link goes, the name stays
    records.delete_row(page.ctx.workspace(), "contact", contact_id)
    node = _stored(page).node(item.node.id)
    assert (node.contact_id, node.role_holder) == (None, name)
    assert page.document.nodes[item.node.id].contact_id is None


def test_a_narrow_window_gets_a_palette_of_icons_that_still_adds(page: ProcurementTab, window: MainWindow) -> None:
    """At 1280 × 720 the map needs the room: the palette shrinks to icons (names in the tooltips)."""
    decision = page.palette_buttons[NodeKind.DECISION]
    assert page.width() < 1300
    assert decision.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert not page.palette_title.isVisible() and decision.toolTip().startswith(NodeKind.DECISION.label)
    narrow = page.palette.width()
    assert narrow < 100
    before = len(_stored(page).nodes)
    QTest.mouseClick(decision, LEFT)
    assert len(_stored(page).nodes) == before + 1

    window.view.setMinimumWidth(1400)  # wide: the names come back, and the palette widens
    window.resize(1900, 1000)
    QApplication.processEvents()
    assert page.width() >= 1300
    assert decision.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert page.palette_title.isVisible() and page.palette.width() >= 150 > narrow
