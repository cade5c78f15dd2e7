"""The panels beside the map: key questions, "what happens to this order?", and the checks.

They read the document's snapshot through the pure domain functions and refresh when it changes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.errors import InputError
from kamdesk.domain.procurement import checks, paths, questions
from kamdesk.domain.procurement.model import (
    ChoiceBasis,
    ConditionKind,
    NodeKind,
    RequesterChoice,
    format_amount,
    node_caption,
    parse_amount,
)
from kamdesk.domain.procurement.questions import KeyQuestion
from kamdesk.services import procurement
from kamdesk.ui.procurement.editor import MapEditor
from kamdesk.ui.procurement.scene import alive
from kamdesk.ui.tabs.base import mark_internal
from kamdesk.ui.widgets import InternalBadge

STORED_FIELD = {
    KeyQuestion.FINAL_DECIDER: "answer_final_decider",
    KeyQuestion.APPROVAL_LIMITS: "answer_approval_limits",
    KeyQuestion.REQUESTER_CHOOSES: "answer_requester_chooses",
    KeyQuestion.CHOICE_BASIS: "answer_choice_basis",
}


def _scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class QuestionBlock(QWidget):
    """One key question: what the map says, what the KAM noted, and whether they disagree."""

    def __init__(self, question: KeyQuestion, panel: QuestionsPanel) -> None:
        super().__init__()
        self.question, self.panel = question, panel
        self.setObjectName(f"question_{question.value}")
        self.title = QLabel(objectName="question_title")
        self.title.setWordWrap(True)
        self.answer = QLabel(objectName="question_answer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel(objectName="question_source")
        self.conflict = QLabel(objectName="question_conflict")
        self.conflict.setWordWrap(True)
        self.use_map = QPushButton(objectName="question_use_map")
        self.use_map.clicked.connect(self._clear_note)
        if question in (KeyQuestion.FINAL_DECIDER, KeyQuestion.APPROVAL_LIMITS):
            self.editor: QLineEdit | QComboBox = QLineEdit(objectName=f"answer_{question.value}")
            self.editor.editingFinished.connect(self._save)
        else:
            self.editor = QComboBox(objectName=f"answer_{question.value}")
            self.editor.activated.connect(lambda _i: self._save())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.source, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(self.answer)
        layout.addWidget(self.conflict)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.use_map)
        layout.addLayout(row)

    def fill_choices(self) -> None:
        if isinstance(self.editor, QComboBox):
            self.editor.clear()
            self.editor.addItem(self.tr("— not noted —"), "")
            choices = RequesterChoice if self.question is KeyQuestion.REQUESTER_CHOOSES else ChoiceBasis
            for choice in choices:
                self.editor.addItem(choice.label, choice.value)

    def show_answer(self, answer: questions.KeyAnswer, stored_value: str) -> None:
        self.title.setText(self.question.label)
        if answer.derived is not None:
            self.answer.setText(answer.derived)
            self.source.setText(self.tr("from the map"))
            self.source.setProperty("state", "map")
        elif answer.stored:
            self.answer.setText(answer.stored)
            self.source.setText(self.tr("your note"))
            self.source.setProperty("state", "note")
        else:
            self.answer.setText(self.tr("Open: the map does not say yet. Draw it, or note what you know below."))
            self.source.setText(self.tr("open"))
            self.source.setProperty("state", "open")
        self.source.style().unpolish(self.source)
        self.source.style().polish(self.source)
        self.conflict.setVisible(answer.conflict is not None)
        self.conflict.setText("⚠ " + (answer.conflict or ""))
        self.use_map.setVisible(answer.conflict is not None)
        self.use_map.setText(self.tr("Use the map's answer"))
        self.use_map.setToolTip(self.tr("Clear your note; the map's answer stands"))
        # A note is only needed where the map is silent (or to show an existing one).
        self.editor.setVisible(answer.derived is None or bool(stored_value))
        self.editor.setEnabled(self.panel.editor.writable)
        if isinstance(self.editor, QLineEdit):
            if not self.editor.hasFocus():
                self.editor.setText(stored_value)
            self.editor.setPlaceholderText(self.tr("Your note, where the map does not say it"))
        else:
            self.editor.setCurrentIndex(max(0, self.editor.findData(stored_value)))

    def _save(self) -> None:
        if isinstance(self.editor, QLineEdit):
            value: str | None = " ".join(self.editor.text().split())
        else:
            value = self.editor.currentData() or ""
        self.panel.save(self.question, value or "")

    def _clear_note(self) -> None:
        self.panel.save(self.question, "")


class QuestionsPanel(QWidget):
    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.intro = QLabel(objectName="questions_intro")
        self.intro.setWordWrap(True)
        self.blocks = {q: QuestionBlock(q, self) for q in KeyQuestion}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.intro)
        for block in self.blocks.values():
            layout.addWidget(block)
        self.notes_label = QLabel(objectName="map_notes_label")
        self.notes_badge = InternalBadge()
        self.notes = QPlainTextEdit(objectName="map_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.notes.installEventFilter(self)
        head = QHBoxLayout()
        head.addWidget(self.notes_label)
        head.addStretch(1)
        head.addWidget(self.notes_badge)
        layout.addSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.notes)
        mark_internal(self.notes_label, self.notes_badge, self.notes)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolled(inner))
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        editor.document.changed.connect(self._timer.start)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Seed questions for every procurement process. Answers come from the map where it says them.")
        )
        self.notes_label.setText(self.tr("Notes on this map"))
        self.notes.setPlaceholderText(
            self.tr("What the team should know about this process. Never shown to the customer.")
        )
        for block in self.blocks.values():
            block.fill_choices()
        self.refresh()

    def refresh(self) -> None:
        document = self.editor.document
        if document.map is None:
            return
        pmap = document.snapshot()
        a = pmap.answers
        stored = {
            KeyQuestion.FINAL_DECIDER: a.final_decider,
            KeyQuestion.APPROVAL_LIMITS: a.approval_limits,
            KeyQuestion.REQUESTER_CHOOSES: a.requester_chooses.value if a.requester_chooses else "",
            KeyQuestion.CHOICE_BASIS: a.choice_basis.value if a.choice_basis else "",
        }
        for answer in questions.answer_all(pmap):
            self.blocks[answer.question].show_answer(answer, stored[answer.question])
        if not self.notes.hasFocus() and self.notes.toPlainText() != pmap.notes:
            self.notes.setPlainText(pmap.notes)
        self.notes.setReadOnly(not self.editor.writable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        document = self.editor.document
        if watched is self.notes and event.type() == QEvent.Type.FocusOut and document.map is not None:
            text = self.notes.toPlainText()
            if text != document.map.notes:
                self.editor.set_fields(
                    procurement.MAP,
                    document.map.id,
                    {"notes": text},
                    {"notes": document.map.notes},
                    self.tr("Edit notes"),
                )
        return False

    def save(self, question: KeyQuestion, value: str) -> None:
        document = self.editor.document
        if document.map is None:
            return
        field = STORED_FIELD[question]
        old = {
            KeyQuestion.FINAL_DECIDER: document.map.answers.final_decider,
            KeyQuestion.APPROVAL_LIMITS: document.map.answers.approval_limits,
            KeyQuestion.REQUESTER_CHOOSES: document.map.answers.requester_chooses,
            KeyQuestion.CHOICE_BASIS: document.map.answers.choice_basis,
        }[question]
        old_value = getattr(old, "value", old)
        if (value or None) == (old_value or None):
            return
        new = value if question in (KeyQuestion.FINAL_DECIDER, KeyQuestion.APPROVAL_LIMITS) else (value or None)
        self.editor.set_fields(
            procurement.MAP,
            document.map.id,
            {field: new},
            {field: old_value},
            self.tr("Answer: %1").replace("%1", question.label),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OrderPanel(QWidget):
    """Enter an order; its path through the map is listed and highlighted on the scene."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.amount = QLineEdit("180", objectName="order_amount")
        self.catalogue = QCheckBox(objectName="order_catalogue")
        self.catalogue.setChecked(True)
        self.free_choice = QCheckBox(objectName="order_free_choice")
        self.free_choice.setChecked(True)
        self.start = QComboBox(objectName="order_start")
        self.highlight = QCheckBox(objectName="order_highlight")
        self.highlight.setChecked(True)
        self.question_form = QFormLayout()
        self.questions: dict[str, QComboBox] = {}
        self.result = QLabel(objectName="order_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.labels = [QLabel() for _ in range(2)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.amount)
        form.addRow("", self.catalogue)
        form.addRow("", self.free_choice)
        form.addRow(self.labels[1], self.start)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(form)
        layout.addLayout(self.question_form)
        layout.addWidget(self.highlight)
        layout.addWidget(self.result)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolled(inner))
        self.path: paths.OrderPath | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.evaluate)
        self.amount.textChanged.connect(self._timer.start)
        self.catalogue.toggled.connect(self._timer.start)
        self.free_choice.toggled.connect(self._timer.start)
        self.start.activated.connect(self._timer.start)
        self.highlight.toggled.connect(self._timer.start)
        editor.document.changed.connect(self._timer.start)
        editor.document.reset.connect(self._rebuild_questions)
        self.active = False  # highlight only while the panel is shown
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Order value (€)"))
        self.labels[1].setText(self.tr("Need arises at"))
        self.catalogue.setText(self.tr("Item is in the catalogue"))
        self.free_choice.setText(self.tr("Requester may choose the supplier"))
        self.highlight.setText(self.tr("Highlight the path on the map"))
        self.amount.setToolTip(self.tr("The order's value; decisions on the amount use it"))
        self.evaluate()

    def set_active(self, active: bool) -> None:
        self.active = active
        self.evaluate()

    def _rebuild_questions(self) -> None:
        while self.question_form.rowCount():
            self.question_form.removeRow(0)
        self.questions.clear()

    def _sync_inputs(self) -> None:
        pmap = self.editor.document.snapshot()
        current = self.start.currentData()
        self.start.clear()
        for node in paths.starts(pmap):
            self.start.addItem(node_caption(node), node.id)
        self.start.setCurrentIndex(max(0, self.start.findData(current)))
        wanted = [
            n
            for n in sorted(pmap.nodes, key=lambda n: (n.x, n.y))
            if n.kind is NodeKind.DECISION and n.condition is not None and n.condition.kind is ConditionKind.QUESTION
        ]
        if [n.id for n in wanted] != list(self.questions):
            self._rebuild_questions()
            for node in wanted:
                combo = QComboBox(objectName=f"order_answer_{node.id}")
                combo.addItem(self.tr("yes"), True)
                combo.addItem(self.tr("no"), False)
                combo.activated.connect(self._timer.start)
                self.questions[node.id] = combo
                self.question_form.addRow(QLabel(node_caption(node)), combo)

    def order(self) -> paths.Order:
        try:
            amount = parse_amount(self.amount.text()) or Decimal(0)
            self.amount.setProperty("invalid", False)
        except InputError:
            amount = Decimal(0)
            self.amount.setProperty("invalid", True)
        return paths.Order(
            amount,
            self.catalogue.isChecked(),
            self.free_choice.isChecked(),
            self.start.currentData(),
            {node_id: bool(combo.currentData()) for node_id, combo in self.questions.items()},
        )

    def evaluate(self) -> None:
        document = self.editor.document
        scene = self.editor.scene
        if not alive(scene):
            return
        if document.map is None:
            self.result.setText("")
            scene.clear_highlight()
            return
        self._sync_inputs()
        pmap = document.snapshot()
        order = self.order()
        self.path = paths.follow(pmap, order)
        self.result.setText(self._describe(pmap, order, self.path))
        if self.active and self.highlight.isChecked():
            scene.highlight(self.path.node_ids, self.path.edge_ids)
        elif scene.highlighted:
            scene.clear_highlight()

    def _describe(self, pmap, order: paths.Order, path: paths.OrderPath) -> str:  # type: ignore[no-untyped-def]
        from html import escape

        lines = [f"<p><b>{escape(path.outcome.label)}</b></p>"]
        if path.node_ids:
            steps = ""
            for n, node_id in enumerate(path.node_ids):
                node = pmap.node(node_id)
                text = escape(node_caption(node))
                edge = next((e for e in pmap.edges if n < len(path.edge_ids) and e.id == path.edge_ids[n]), None)
                if node.kind is NodeKind.DECISION and edge is not None and edge.branch is not None:
                    text += f" → <i>{escape(edge.branch.label)}</i>"
                steps += f"<li>{text}</li>"
            lines.append(f"<ol>{steps}</ol>")
        if path.approvals:
            heading = self.tr("Approvals needed")
            lines.append(f"<p><b>{escape(heading)}</b></p><ul>")
            for need in path.approvals:
                text = escape(need.role or self.tr("(approver not named)"))
                if need.limit is not None:
                    text += " — " + escape(self.tr("up to %1").replace("%1", format_amount(need.limit)))
                if need.exceeded:
                    text += (
                        " <span style='color:#b3261e'>⚠ " + escape(self.tr("the order exceeds this limit")) + "</span>"
                    )
                lines.append(f"<li>{text}</li>")
            lines.append("</ul>")
        elif path.outcome is paths.Outcome.ORDERED:
            none_needed = self.tr("No approval needed.")
            lines.append(f"<p>{escape(none_needed)}</p>")
        if path.decider:
            decider = self.tr("Final decision: %1").replace("%1", path.decider)
            lines.append(f"<p>{escape(decider)}</p>")
        if path.stopped_at and pmap.node(path.stopped_at):
            stop = self.tr("Stops at: %1").replace("%1", node_caption(pmap.node(path.stopped_at)))
            lines.append(f"<p style='color:#9a5b00'>{escape(stop)}</p>")
        for note in path.notes:
            lines.append(f"<p style='color:#9a5b00'>{escape(note)}</p>")
        return "".join(lines)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChecksPanel(QWidget):
    """What is wrong or missing; a click selects the nodes concerned."""

    updated = Signal()  # the findings were recomputed

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.list = QListWidget(objectName="procurement_checks")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._select)
        self.list.itemClicked.connect(self._select)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        self.findings: list[checks.Finding] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        editor.document.changed.connect(self._timer.start)

    def refresh(self) -> None:
        self.list.clear()
        if self.editor.document.map is None:
            self.findings = []
            self.updated.emit()
            return
        self.findings = checks.check(self.editor.document.snapshot())
        style = self.style()
        icons = {
            checks.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            checks.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            checks.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for n, finding in enumerate(self.findings):
            item = QListWidgetItem(icons[finding.severity], finding.message)
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.list.addItem(item)
        if not self.findings:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("No problems found: every node is reachable and every path ends."),
            )
            self.list.addItem(item)
        self.updated.emit()

    def problem_count(self) -> int:
        return sum(1 for f in self.findings if f.severity in (checks.ERROR, checks.WARNING))

    def _select(self, item: QListWidgetItem) -> None:
        n = item.data(Qt.ItemDataRole.UserRole)
        if n is None:
            return
        finding = self.findings[int(n)]
        self.editor.scene.select_ids(finding.node_ids, finding.edge_ids)
        first = self.editor.scene.item_for_node.get(finding.node_ids[0]) if finding.node_ids else None
        if first is not None:
            for view in self.editor.scene.views():
                view.centerOn(first)
