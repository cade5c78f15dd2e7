"""The properties of what is selected: a node, an edge or a lane. Every edit is one undo step
(through the editor), saved at once; the form reloads from the document afterwards."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import money
from kamdesk.domain.errors import InputError
from kamdesk.domain.procurement.model import (
    Branch,
    Comparison,
    ConditionKind,
    LaneRole,
    NodeKind,
    Selection,
    lane_title,
    node_caption,
    parse_amount,
)
from kamdesk.services import procurement
from kamdesk.ui.procurement.editor import MapEditor
from kamdesk.ui.procurement.scene import alive
from kamdesk.ui.tabs.base import mark_internal
from kamdesk.ui.widgets import EmptyState, InternalBadge


def _combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _amount_text(value: Decimal | None) -> str:
    return "" if value is None else money.format_number(value)


class PropertiesPanel(QWidget):
    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        self.kind: str = ""  # "node" | "edge" | "lane" | ""
        self.row_id: str | None = None
        self.stack = QStackedWidget()
        self.empty = EmptyState()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._node_page())
        self.stack.addWidget(self._edge_page())
        self.stack.addWidget(self._lane_page())
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.stack)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self.retranslate()
        editor.scene.selectionChanged.connect(self.refresh)
        self.document.changed.connect(self.refresh)

    # -- pages -----------------------------------------------------------------------------

    def _node_page(self) -> QWidget:
        page = QWidget()
        self.node_form = QFormLayout()
        self.label_edit = QLineEdit(objectName="procurement_node_label")
        self.kind_combo = _combo("procurement_node_kind")
        self.lane_combo = _combo("procurement_node_lane")
        self.holder_edit = QLineEdit(objectName="procurement_node_holder")
        self.contact_combo = _combo("procurement_node_contact")
        self.selection_combo = _combo("procurement_node_selection")
        self.node_labels = [QLabel() for _ in range(6)]
        for label, editor in zip(
            self.node_labels,
            (
                self.label_edit,
                self.kind_combo,
                self.lane_combo,
                self.holder_edit,
                self.contact_combo,
                self.selection_combo,
            ),
            strict=True,
        ):
            label.setBuddy(editor)
            self.node_form.addRow(label, editor)
        self.decision_box = QGroupBox()
        decision = QFormLayout(self.decision_box)
        self.condition_combo = _combo("procurement_condition_kind")
        self.comparison_combo = _combo("procurement_condition_op")
        self.amount_edit = QLineEdit(objectName="procurement_condition_amount")
        self.decision_labels = [QLabel() for _ in range(3)]
        for label, editor in zip(
            self.decision_labels, (self.condition_combo, self.comparison_combo, self.amount_edit), strict=True
        ):
            decision.addRow(label, editor)
        self.approval_box = QGroupBox()
        approval = QFormLayout(self.approval_box)
        self.approver_edit = QLineEdit(objectName="procurement_approver_role")
        self.limit_edit = QLineEdit(objectName="procurement_approval_limit")
        self.approval_labels = [QLabel(), QLabel()]
        approval.addRow(self.approval_labels[0], self.approver_edit)
        approval.addRow(self.approval_labels[1], self.limit_edit)
        self.notes_edit = QPlainTextEdit(objectName="procurement_node_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.installEventFilter(self)
        self.notes_label = QLabel()
        notes_head = QHBoxLayout()
        notes_head.addWidget(self.notes_label)
        notes_head.addStretch(1)
        notes_badge = InternalBadge()
        notes_head.addWidget(notes_badge)
        mark_internal(self.notes_label, notes_badge, self.notes_edit)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.node_form)
        box.addWidget(self.decision_box)
        box.addWidget(self.approval_box)
        box.addLayout(notes_head)
        box.addWidget(self.notes_edit)
        box.addStretch(1)
        self.label_edit.editingFinished.connect(lambda: self._text("label", self.label_edit))
        self.holder_edit.editingFinished.connect(lambda: self._text("role_holder", self.holder_edit))
        self.approver_edit.editingFinished.connect(lambda: self._text("approver_role", self.approver_edit))
        self.kind_combo.activated.connect(lambda _i: self._node_combo("kind", self.kind_combo))
        self.selection_combo.activated.connect(lambda _i: self._node_combo("selection", self.selection_combo))
        self.condition_combo.activated.connect(lambda _i: self._node_combo("condition_kind", self.condition_combo))
        self.comparison_combo.activated.connect(lambda _i: self._node_combo("condition_op", self.comparison_combo))
        self.lane_combo.activated.connect(lambda _i: self._lane_changed())
        self.contact_combo.activated.connect(lambda _i: self._contact_changed())
        self.amount_edit.editingFinished.connect(lambda: self._amount("condition_amount", self.amount_edit))
        self.limit_edit.editingFinished.connect(lambda: self._amount("approval_limit", self.limit_edit))
        return page

    def _edge_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.edge_route = QLabel(objectName="procurement_edge_route")
        self.edge_route.setWordWrap(True)
        self.edge_label_edit = QLineEdit(objectName="procurement_edge_label")
        self.branch_combo = _combo("procurement_edge_branch")
        self.edge_labels = [QLabel() for _ in range(3)]
        for label, editor in zip(
            self.edge_labels, (self.edge_route, self.edge_label_edit, self.branch_combo), strict=True
        ):
            form.addRow(label, editor)
        self.edge_label_edit.editingFinished.connect(self._edge_label)
        self.branch_combo.activated.connect(lambda _i: self._edge_branch())
        return page

    def _lane_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.lane_name_edit = QLineEdit(objectName="procurement_lane_name")
        self.lane_role_combo = _combo("procurement_lane_role")
        self.lane_size_spin = QSpinBox(objectName="procurement_lane_size")
        self.lane_size_spin.setRange(100, 2000)
        self.lane_size_spin.setSingleStep(20)
        self.lane_up = QPushButton(objectName="procurement_lane_up")
        self.lane_down = QPushButton(objectName="procurement_lane_down")
        moves = QHBoxLayout()
        moves.addWidget(self.lane_up)
        moves.addWidget(self.lane_down)
        self.lane_labels = [QLabel() for _ in range(3)]
        for label, editor in zip(
            self.lane_labels, (self.lane_name_edit, self.lane_role_combo, self.lane_size_spin), strict=True
        ):
            form.addRow(label, editor)
        form.addRow("", moves)
        self.lane_name_edit.editingFinished.connect(self._lane_name)
        self.lane_role_combo.activated.connect(lambda _i: self._lane_role())
        self.lane_size_spin.editingFinished.connect(self._lane_size)
        self.lane_up.clicked.connect(lambda: self.editor.move_lane(self.row_id or "", -1))
        self.lane_down.clicked.connect(lambda: self.editor.move_lane(self.row_id or "", 1))
        return page

    def retranslate(self) -> None:
        for label, text in zip(
            self.node_labels,
            (
                self.tr("&Label"),
                self.tr("&Kind"),
                self.tr("La&ne"),
                self.tr("Role &holder"),
                self.tr("C&ontact"),
                self.tr("&Choice"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.label_edit.setPlaceholderText(self.tr("What happens here"))
        self.holder_edit.setPlaceholderText(self.tr("Who holds this role (name)"))
        self.contact_combo.setToolTip(self.tr("Link the role holder to a contact of the relationship board"))
        self.selection_combo.setToolTip(self.tr("How the product or supplier is chosen at this step"))
        self.decision_box.setTitle(self.tr("Decision"))
        for label, text in zip(
            self.decision_labels, (self.tr("Asks about"), self.tr("Comparison"), self.tr("Amount (€)")), strict=True
        ):
            label.setText(text)
        self.amount_edit.setPlaceholderText(self.tr("e.g. 250"))
        self.approval_box.setTitle(self.tr("Approval"))
        self.approval_labels[0].setText(self.tr("Approver"))
        self.approval_labels[1].setText(self.tr("Limit (€)"))
        self.approver_edit.setPlaceholderText(self.tr("e.g. Cost-centre manager"))
        self.limit_edit.setPlaceholderText(self.tr("approves up to, e.g. 5.000"))
        self.notes_label.setText(self.tr("Notes"))
        for label, text in zip(self.edge_labels, (self.tr("Way"), self.tr("&Label"), self.tr("&Answer")), strict=True):
            label.setText(text)
        self.edge_label_edit.setPlaceholderText(self.tr("Shown on the arrow"))
        for label, text in zip(self.lane_labels, (self.tr("&Name"), self.tr("&Role"), self.tr("&Height")), strict=True):
            label.setText(text)
        self.lane_up.setText(self.tr("Move up"))
        self.lane_down.setText(self.tr("Move down"))
        self.empty.setText(self.tr("Select a node, an arrow or a lane header to see its properties."))
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)

        fill(self.kind_combo, [(k.label, k.value) for k in NodeKind])
        fill(self.selection_combo, [(self.tr("— not a choice —"), "")] + [(s.label, s.value) for s in Selection])
        fill(self.condition_combo, [(self.tr("— not set —"), "")] + [(c.label, c.value) for c in ConditionKind])
        fill(self.comparison_combo, [(f"{c.label} (…)", c.value) for c in Comparison])
        fill(self.branch_combo, [(self.tr("— none —"), ""), (Branch.YES.label, "yes"), (Branch.NO.label, "no")])
        fill(self.lane_role_combo, [(r.label, r.value) for r in LaneRole])

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if not alive(self.editor.scene):
            return
        nodes, edges, lanes = self.editor.scene.selected_ids()
        total = len(nodes) + len(edges) + len(lanes)
        if total != 1:
            self.kind, self.row_id = "", None
            if total > 1:
                self.empty.setText(self.tr("%n elements selected.", "", total))
            else:
                self.empty.setText(self.tr("Select a node, an arrow or a lane header to see its properties."))
            self.stack.setCurrentIndex(0)
            return
        if nodes:
            self._show_node(nodes[0])
        elif edges:
            self._show_edge(edges[0])
        else:
            self._show_lane(lanes[0])
        for widget in (self.stack.currentWidget(),):
            widget.setEnabled(self.editor.writable)

    def _show_node(self, node_id: str) -> None:
        node = self.document.nodes.get(node_id)
        if node is None:
            return
        self.kind, self.row_id = "node", node_id
        self.stack.setCurrentIndex(1)
        _set(self.label_edit, node.label)
        self.label_edit.setPlaceholderText(node_caption(node) if not node.label else "")
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(node.kind.value))
        self.lane_combo.clear()
        self.lane_combo.addItem(self.tr("— no lane —"), "")
        for lane in self.document.snapshot().sorted_lanes():
            self.lane_combo.addItem(lane_title(lane), lane.id)
        self.lane_combo.setCurrentIndex(max(0, self.lane_combo.findData(node.lane_id or "")))
        _set(self.holder_edit, node.role_holder)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("— not linked —"), "")
        ws, account = self.editor.ctx.ws, self.editor.account_id
        for contact_id, name, title in procurement.contacts(ws, account) if ws is not None and account else []:
            self.contact_combo.addItem(f"{name} — {title}" if title else name, contact_id)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(node.contact_id or "")))
        self.selection_combo.setCurrentIndex(
            self.selection_combo.findData(node.selection.value if node.selection else "")
        )
        self.node_form.setRowVisible(
            self.selection_combo, node.kind in (NodeKind.STEP, NodeKind.SYSTEM, NodeKind.ORDER)
        )
        self.decision_box.setVisible(node.kind is NodeKind.DECISION)
        c = node.condition
        self.condition_combo.setCurrentIndex(self.condition_combo.findData(c.kind.value if c else ""))
        self.comparison_combo.setCurrentIndex(self.comparison_combo.findData(c.comparison.value if c else "lt"))
        is_amount = c is not None and c.kind is ConditionKind.AMOUNT
        self.comparison_combo.setEnabled(is_amount)
        self.amount_edit.setEnabled(is_amount)
        _set(self.amount_edit, _amount_text(c.amount) if c else "")
        self.approval_box.setVisible(node.kind is NodeKind.APPROVAL)
        _set(self.approver_edit, node.approver_role)
        _set(self.limit_edit, _amount_text(node.approval_limit))
        if self.notes_edit.toPlainText() != node.notes and not self.notes_edit.hasFocus():
            self.notes_edit.setPlainText(node.notes)

    def _show_edge(self, edge_id: str) -> None:
        edge = self.document.edges.get(edge_id)
        if edge is None:
            return
        self.kind, self.row_id = "edge", edge_id
        self.stack.setCurrentIndex(2)
        source, target = self.document.nodes.get(edge.source_id), self.document.nodes.get(edge.target_id)
        self.edge_route.setText(
            f"{node_caption(source) if source else '?'} → {node_caption(target) if target else '?'}"
        )
        _set(self.edge_label_edit, edge.label)
        self.branch_combo.setCurrentIndex(self.branch_combo.findData(edge.branch.value if edge.branch else ""))

    def _show_lane(self, lane_id: str) -> None:
        lane = self.document.lanes.get(lane_id)
        if lane is None:
            return
        self.kind, self.row_id = "lane", lane_id
        self.stack.setCurrentIndex(3)
        _set(self.lane_name_edit, lane.name)
        self.lane_role_combo.setCurrentIndex(self.lane_role_combo.findData(lane.role.value))
        if not self.lane_size_spin.hasFocus():
            self.lane_size_spin.setValue(int(lane.size))

    # -- editing ---------------------------------------------------------------------------

    def _commit(self, table: str, field: str, new: Any, old: Any, label: str) -> None:
        if self.row_id is None or new == old:
            return
        if not self.editor.set_fields(
            table, self.row_id, {field: new}, {field: old}, self.tr("Edit %1").replace("%1", label)
        ):
            self.refresh()

    def _node(self):  # type: ignore[no-untyped-def]
        return self.document.nodes.get(self.row_id or "") if self.kind == "node" else None

    def _text(self, field: str, edit: QLineEdit) -> None:
        node = self._node()
        if node is not None:
            self._commit(procurement.NODE, field, " ".join(edit.text().split()), getattr(node, field), field)

    def _node_combo(self, field: str, combo: QComboBox) -> None:
        node = self._node()
        if node is None:
            return
        old = {
            "kind": node.kind.value,
            "selection": node.selection.value if node.selection else "",
            "condition_kind": node.condition.kind.value if node.condition else "",
            "condition_op": node.condition.comparison.value if node.condition else "lt",
        }[field]
        new = combo.currentData()
        if new == old:
            return
        stored_old = None if (old == "" and field in ("selection", "condition_kind")) else old
        self._commit(procurement.NODE, field, new, stored_old, combo.currentText())

    def _amount(self, field: str, edit: QLineEdit) -> None:
        node = self._node()
        if node is None:
            return
        old = node.condition.amount if field == "condition_amount" and node.condition else None
        if field == "approval_limit":
            old = node.approval_limit
        try:
            new = parse_amount(edit.text())
        except InputError as error:
            self.editor.ctx.fail(self.tr("Amount"), str(error))
            self.refresh()
            return
        if new != old:
            self._commit(procurement.NODE, field, new, old, self.tr("amount"))

    def _lane_changed(self) -> None:
        node = self._node()
        if node is None:
            return
        lane_id = self.lane_combo.currentData() or None
        if lane_id == node.lane_id:
            return
        from kamdesk.domain.procurement import geometry

        snapshot = self.document.snapshot()
        bands = {b.lane_id: b for b in geometry.lane_bands(snapshot.lanes, geometry.diagram_width(snapshot.nodes))}
        new: dict[str, Any] = {"lane_id": lane_id}
        old: dict[str, Any] = {"lane_id": node.lane_id}
        if lane_id in bands:
            new["y"], old["y"] = bands[lane_id].rect.center[1], node.y
        self.editor.set_fields(procurement.NODE, node.id, new, old, self.tr("Move to lane"))

    def _contact_changed(self) -> None:
        node = self._node()
        if node is None:
            return
        contact_id = self.contact_combo.currentData() or None
        if contact_id == node.contact_id:
            return
        new: dict[str, Any] = {"contact_id": contact_id}
        old: dict[str, Any] = {"contact_id": node.contact_id}
        if contact_id:  # the contact's name becomes the role holder's text
            name = self.contact_combo.currentText().split(" — ")[0]
            new["role_holder"], old["role_holder"] = name, node.role_holder
        self.editor.set_fields(procurement.NODE, node.id, new, old, self.tr("Link contact"))

    def _edge_label(self) -> None:
        edge = self.document.edges.get(self.row_id or "") if self.kind == "edge" else None
        if edge is not None:
            self._commit(procurement.EDGE, "label", " ".join(self.edge_label_edit.text().split()), edge.label, "label")

    def _edge_branch(self) -> None:
        edge = self.document.edges.get(self.row_id or "") if self.kind == "edge" else None
        if edge is not None:
            new = self.branch_combo.currentData()
            old = edge.branch.value if edge.branch else None
            if (new or None) != old:
                self._commit(procurement.EDGE, "branch", new, old, self.tr("answer"))

    def _lane_name(self) -> None:
        lane = self.document.lanes.get(self.row_id or "") if self.kind == "lane" else None
        if lane is not None:
            self._commit(procurement.LANE, "name", " ".join(self.lane_name_edit.text().split()), lane.name, "name")

    def _lane_role(self) -> None:
        lane = self.document.lanes.get(self.row_id or "") if self.kind == "lane" else None
        if lane is not None:
            self._commit(procurement.LANE, "role", self.lane_role_combo.currentData(), lane.role.value, "role")

    def _lane_size(self) -> None:
        lane = self.document.lanes.get(self.row_id or "") if self.kind == "lane" else None
        if lane is not None and float(self.lane_size_spin.value()) != lane.size:
            self._commit(procurement.LANE, "size", float(self.lane_size_spin.value()), lane.size, "height")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            node = self._node()
            if node is not None:
                self._commit(procurement.NODE, "notes", self.notes_edit.toPlainText(), node.notes, "notes")
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _set(edit: QLineEdit, text: str) -> None:
    if not edit.hasFocus() or edit.text() == "":
        edit.setText(text)
        edit.setCursorPosition(0)
