"""The detail panel beside the board: the selected contact, or the selected coverage link. Every
edit is saved at once through an undo command (``FieldBinder``); moving to another column or rank
is asked of the tab, which moves the piece as a drag would."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.board import (
    Board,
    BuyingRole,
    Contact,
    Coverage,
    CoverageLink,
    DecisionOrientation,
    Influence,
    RelationKind,
    RelationshipLevel,
    Side,
    display_name,
)
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.team import Seniority
from kamdesk.ui.context import AppContext
from kamdesk.ui.editors import DateEdit
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.widgets import EmptyState, InternalBadge

TAB = "relations"


def _combo(name: str) -> QComboBox:
    """A combo box that shrinks with the panel (long department or people's names, workshop
    type) rather than widen it past the window's edge."""
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _fill(combo: QComboBox, enum: type[LabelledEnum], none: str | None = None) -> None:
    current = combo.currentData()
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for member in enum:
        combo.addItem(member.label, member.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class ContactPanel(QWidget):
    move_requested = Signal(str, object, str)  # contact id, column key, rank
    relation_added = Signal(str, str, str)  # source id, target id, kind
    relation_removed = Signal(str)  # relation id
    delete_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact: Contact | None = None
        self.binder = FieldBinder(ctx, "contact", TAB, self)
        self.heading = QLabel(objectName="relations_contact_heading")
        self.heading.setWordWrap(True)
        self.name = QLineEdit(objectName="relations_contact_name")
        self.title = QLineEdit(objectName="relations_contact_title")
        self.column = _combo("relations_contact_column")
        self.rank = _combo("relations_contact_rank")
        self.role = _combo("relations_contact_role")
        self.side = _combo("relations_contact_side")
        self.influence = _combo("relations_contact_influence")
        self.coverage = _combo("relations_contact_coverage")
        self.orientation = _combo("relations_contact_orientation")
        self.last_contact = DateEdit(objectName="relations_contact_last")
        self.placeholder = QCheckBox(objectName="relations_contact_placeholder")
        self.email = QLineEdit(objectName="relations_contact_email")
        self.phone = QLineEdit(objectName="relations_contact_phone")
        self.agenda = QPlainTextEdit(objectName="relations_contact_agenda")
        self.notes = QPlainTextEdit(objectName="relations_contact_notes")
        for edit in (self.agenda, self.notes):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        b = self.binder
        b.bind("name", self.name, lambda: self.tr("Name"))
        b.bind("title", self.title, lambda: self.tr("Job title"))
        b.bind("buying_role", self.role, lambda: self.tr("Buying role"))
        b.bind("side", self.side, lambda: self.tr("Side"))
        b.bind("influence", self.influence, lambda: self.tr("Influence"))
        b.bind("coverage", self.coverage, lambda: self.tr("Coverage"))
        b.bind("orientation", self.orientation, lambda: self.tr("Decision orientation"))
        b.bind("last_contact", self.last_contact, lambda: self.tr("Last contact"))
        b.bind("placeholder", self.placeholder, lambda: self.tr("Placeholder"))
        b.bind("email", self.email, lambda: self.tr("E-mail"))
        b.bind("phone", self.phone, lambda: self.tr("Phone"))
        b.bind("agenda", self.agenda, lambda: self.tr("Personal agenda"))
        b.bind("notes", self.notes, lambda: self.tr("Notes"))
        self.column.activated.connect(self._moved)
        self.rank.activated.connect(self._moved)

        self.relations = QListWidget(objectName="relations_contact_relations")
        self.relations.setFixedHeight(72)
        self.relation_kind = _combo("relations_relation_kind")
        self.relation_target = _combo("relations_relation_target")
        self.relation_add = QPushButton(objectName="relations_relation_add")
        self.relation_add.clicked.connect(self._add_relation)
        self.relation_remove = QPushButton(objectName="relations_relation_remove")
        self.relation_remove.clicked.connect(self._remove_relation)
        self.delete = QPushButton(objectName="relations_contact_delete")
        self.delete.clicked.connect(self.delete_requested)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("name", self.name),
            ("title", self.title),
            ("column", self.column),
            ("rank", self.rank),
            ("role", self.role),
            ("side", self.side),
            ("influence", self.influence),
            ("coverage", self.coverage),
            ("orientation", self.orientation),
            ("last", self.last_contact),
            ("placeholder", self.placeholder),
            ("email", self.email),
            ("phone", self.phone),
            ("agenda", self.agenda),
            ("notes", self.notes),
        ):
            label = self.labels[key] = QLabel()
            label.setBuddy(widget)
            form.addRow(label, widget)
        add_row = QHBoxLayout()
        add_row.addWidget(self.relation_kind)
        add_row.addWidget(self.relation_target, 1)
        add_row.addWidget(self.relation_add)
        self.relations_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        self.badge = InternalBadge()
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.relations_label)
        layout.addWidget(self.relations)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.relation_remove)
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.board: Board | None = None
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("&Name"),
            "title": self.tr("Job &title"),
            "column": self.tr("&Department"),
            "rank": self.tr("&Rank"),
            "role": self.tr("&Buying role"),
            "side": self.tr("&Side"),
            "influence": self.tr("&Influence"),
            "coverage": self.tr("&Coverage"),
            "orientation": self.tr("&Orientation"),
            "last": self.tr("&Last contact"),
            "placeholder": self.tr("Placeholder"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("&Phone"),
            "agenda": self.tr("&Agenda"),
            "notes": self.tr("N&otes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.placeholder.setText(self.tr("We know the role, not the person"))
        self.name.setPlaceholderText(self.tr("empty for a placeholder"))
        self.agenda.setPlaceholderText(self.tr("What this person wants to achieve, personally."))
        self.relations_label.setText(self.tr("Lines to other contacts"))
        self.relation_add.setText(self.tr("Add"))
        self.relation_add.setToolTip(self.tr("Draw a line to another contact (or Shift+drag between pieces)"))
        self.relation_remove.setText(self.tr("Remove line"))
        self.delete.setText(self.tr("Delete contact…"))
        _fill(self.rank, Seniority)
        _fill(self.role, BuyingRole)
        _fill(self.side, Side)
        _fill(self.influence, Influence)
        _fill(self.coverage, Coverage)
        _fill(self.orientation, DecisionOrientation, self.tr("— not known —"))
        _fill(self.relation_kind, RelationKind)

    def internal_widgets(self) -> list[QWidget]:
        """What the customer-safe view hides: our judgements of the person and the lines
        between people (``domain.sensitivity``); name, title, place and contact details stay."""
        rows = ("role", "side", "influence", "coverage", "orientation", "last", "placeholder", "agenda", "notes")
        fields = [self.labels[key] for key in rows] + [self.labels[key].buddy() for key in rows]
        lines = [self.relations_label, self.relations, self.relation_kind, self.relation_target]
        return [self.badge, *fields, *lines, self.relation_add, self.relation_remove]

    def show_contact(self, board: Board, contact: Contact, column_names: dict[object, str]) -> None:
        self.board, self.contact = board, contact
        below = contact.title if self.ctx.customer_safe else f"{contact.role.label} · {contact.piece.label}"
        self.heading.setText(
            f"<b>{escape(display_name(contact))}</b><br><span style='color:#6b7280'>{escape(below)}</span>"
        )
        self.column.clear()
        for key, name in column_names.items():
            self.column.addItem(name, key)
        known = contact.column_id if contact.column_id in column_names else None
        self.column.setCurrentIndex(max(0, self.column.findData(known)))
        self.rank.setCurrentIndex(self.rank.findData(contact.rank.value))
        self.binder.load(
            contact.id,
            {
                "name": contact.name,
                "title": contact.title,
                "buying_role": contact.role.value,
                "side": contact.side.value,
                "influence": contact.influence.value,
                "coverage": contact.coverage.value,
                "orientation": contact.orientation.value if contact.orientation else None,
                "last_contact": contact.last_contact,
                "placeholder": contact.placeholder,
                "email": contact.email,
                "phone": contact.phone,
                "agenda": contact.agenda,
                "notes": contact.notes,
            },
            board.account_id,
        )
        for widget in (self.column, self.rank, self.relation_add, self.relation_remove, self.delete):
            widget.setEnabled(self.ctx.writable)
        self.relations.clear()
        names = {c.id: display_name(c) for c in board.contacts}
        for rel in board.relations:
            if contact.id not in (rel.source_id, rel.target_id):
                continue
            text = f"{names.get(rel.source_id, '?')} {rel.kind.label} {names.get(rel.target_id, '?')}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rel.id)
            self.relations.addItem(item)
        self.relation_target.clear()
        for other in sorted(board.contacts, key=lambda c: display_name(c).casefold()):
            if other.id != contact.id:
                self.relation_target.addItem(display_name(other), other.id)

    def _moved(self) -> None:
        if self.contact is not None:
            self.move_requested.emit(self.contact.id, self.column.currentData(), self.rank.currentData())

    def _add_relation(self) -> None:
        target = self.relation_target.currentData()
        if self.contact is not None and target:
            self.relation_added.emit(self.contact.id, target, self.relation_kind.currentData())

    def _remove_relation(self) -> None:
        item = self.relations.currentItem() or self.relations.item(0)
        if item is not None:
            self.relation_removed.emit(item.data(Qt.ItemDataRole.UserRole))

    def commit_pending(self) -> None:
        self.binder.commit_all()


class LinkPanel(QWidget):
    delete_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.link: CoverageLink | None = None
        self.binder = FieldBinder(ctx, "coverage_link", TAB, self)
        self.heading = QLabel(objectName="relations_link_heading")
        self.heading.setWordWrap(True)
        self.level = _combo("relations_link_level")
        self.target = _combo("relations_link_target")
        self.last_contact = DateEdit(objectName="relations_link_last")
        self.notes = QPlainTextEdit(objectName="relations_link_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.binder.bind("level", self.level, lambda: self.tr("Relationship level"))
        self.binder.bind("target_level", self.target, lambda: self.tr("Target level"))
        self.binder.bind("last_contact", self.last_contact, lambda: self.tr("Last contact"))
        self.binder.bind("notes", self.notes, lambda: self.tr("Notes"))
        self.delete = QPushButton(objectName="relations_link_delete")
        self.delete.clicked.connect(self.delete_requested)
        form = QFormLayout()
        self.labels = {k: QLabel() for k in ("level", "target", "last", "notes")}
        for key, widget in (
            ("level", self.level),
            ("target", self.target),
            ("last", self.last_contact),
            ("notes", self.notes),
        ):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(InternalBadge(), 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["level"].setText(self.tr("&Level now"))
        self.labels["target"].setText(self.tr("&Target"))
        self.labels["last"].setText(self.tr("&Last contact"))
        self.labels["notes"].setText(self.tr("N&otes"))
        self.delete.setText(self.tr("Remove link"))
        _fill(self.level, RelationshipLevel)
        _fill(self.target, RelationshipLevel, self.tr("— no target —"))

    def show_link(self, board: Board, link: CoverageLink) -> None:
        self.link = link
        member = board.member_by_id.get(link.member_id)
        contact = board.contact_by_id.get(link.contact_id)
        who = escape(member.name if member else "?")
        whom = escape(display_name(contact) if contact else "?")
        self.heading.setText(f"<b>{who}</b> → <b>{whom}</b>")
        self.binder.load(
            link.id,
            {
                "level": link.level.value,
                "target_level": link.target.value if link.target else None,
                "last_contact": link.last_contact,
                "notes": link.notes,
            },
            board.account_id,
        )
        self.delete.setEnabled(self.ctx.writable)

    def commit_pending(self) -> None:
        self.binder.commit_all()


class DetailPanel(QStackedWidget):
    """Empty hint, contact or link."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relations_detail")
        self.empty = EmptyState()
        self.contact_panel = ContactPanel(ctx)
        self.link_panel = LinkPanel(ctx)
        for page in (self.empty, self.contact_panel, self.link_panel):
            self.addWidget(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr(
                "Select a piece or a line to see its details.\n\n"
                "Drag from one of our team members onto a piece to record who knows whom."
            )
        )
        self.contact_panel.retranslate()
        self.link_panel.retranslate()

    def show_nothing(self) -> None:
        self.commit_pending()
        self.contact_panel.contact = None
        self.link_panel.link = None
        self.setCurrentWidget(self.empty)

    def commit_pending(self) -> None:
        self.contact_panel.commit_pending()
        self.link_panel.commit_pending()
