"""Ready to order: the listing prerequisites, each with status, date and note, and a summary of
whether the account can order today and what is missing."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.dates import format_date
from kamdesk.domain.listing import (
    ListingItem,
    ListingKind,
    ListingStatus,
    OrderingChannel,
    Readiness,
    expiry_state,
    readiness,
)
from kamdesk.ui.badges import BAD, GOOD, NEUTRAL, WARN
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.editors import DateEdit
from kamdesk.ui.fields import FieldBinder
from kamdesk.ui.profile.master import LinesEdit
from kamdesk.ui.profile.section import Section
from kamdesk.ui.record_table import ROW_ID_ROLE, Column, RecordTableModel
from kamdesk.ui.undo import Call, DeleteRow, InsertRow, SetFields

STATUS_COLOURS = {"missing": BAD, "in_progress": WARN, "done": GOOD, "not_required": NEUTRAL}


class ReadinessBanner(QFrame):
    """Green, red or grey: can the account order today — and what is missing or to watch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness_banner")
        self.headline = QLabel(objectName="readiness_headline")
        self.details = QLabel(objectName="readiness_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)

    def show_readiness(self, result: Readiness) -> None:
        state = "unknown" if not result.recorded else ("ready" if result.ready else "blocked")
        if result.ready and result.warnings:
            state = "warning"
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        symbol = {"ready": "✔", "warning": "✔", "blocked": "✖", "unknown": "?"}[state]
        self.headline.setText(f"{symbol}  {result.summary()}")
        lines = [f"• {escape(f.text)}" for f in result.missing]
        lines += [f"⚠ {escape(f.text)}" for f in result.warnings]
        self.details.setText("<br>".join(lines))
        self.details.setVisible(bool(lines))


class ListingSection(Section):
    key = "listing"
    TABLE = "listing_item"

    def __init__(self, ctx: AppContext, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_listing")
        self.ctx, self.tab = ctx, tab
        self.account_id: str | None = None
        self.items: list[ListingItem] = []
        self.today = date.today()
        self.customer_safe = False

        self.banner = ReadinessBanner()
        self.body.addWidget(self.banner)

        self.model = RecordTableModel(
            ctx,
            self.TABLE,
            [
                Column(None, lambda: self.tr("Prerequisite"), "computed", display=self._name_of),
                Column(
                    "status",
                    lambda: self.tr("Status"),
                    "enum",
                    enum=ListingStatus,
                    readonly=True,
                    foreground=lambda r: QColor(STATUS_COLOURS[r["status"]]),
                ),
                Column("status_on", lambda: self.tr("Since"), "date", readonly=True),
            ],
            tab,
            self._name_of,
            self,
        )
        self.table = QTableView(objectName="listing_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.add_button = QToolButton(objectName="listing_add")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_actions = {}
        for kind in ListingKind:
            action = self.add_menu.addAction("")
            action.setObjectName(f"listing_add_{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: self.add_item(k))
            self.add_actions[kind] = action
        self.add_button.setMenu(self.add_menu)
        self.standard_button = QPushButton(objectName="listing_add_standard")
        self.standard_button.clicked.connect(self.add_standard)
        self.remove_button = QToolButton(objectName="listing_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.addAction(self._shortcut(QKeySequence.StandardKey.Delete, self.remove_selected))

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.standard_button)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        self.detail = QWidget(objectName="listing_detail")
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._build_detail(ctx, tab)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addLayout(left, 5)
        row.addWidget(self.detail, 6)
        self.body.addLayout(row)
        self.table.setMinimumHeight(170)
        self.retranslate()

    def _shortcut(self, key: QKeySequence.StandardKey, slot: Any) -> Any:
        from PySide6.QtGui import QAction

        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        return action

    # -- the detail form ---------------------------------------------------------------------

    def _build_detail(self, ctx: AppContext, tab: str) -> None:
        self.binder = FieldBinder(ctx, self.TABLE, tab, self)
        self.title_edit = QLineEdit(objectName="listing_title")
        self.reference_edit = QLineEdit(objectName="listing_reference")
        self.status_combo = QComboBox(objectName="listing_status")
        self.status_combo.activated.connect(self._status_chosen)
        self.status_on_edit = DateEdit(objectName="listing_status_on")
        self.channel_combo = QComboBox(objectName="listing_channel")
        self.prices_combo = QComboBox(objectName="listing_with_prices")
        self.valid_from_edit = DateEdit(objectName="listing_valid_from")
        self.valid_to_edit = DateEdit(objectName="listing_valid_to")
        self.expiry_label = QLabel(objectName="listing_expiry")
        self.note_edit = LinesEdit(3, objectName="listing_note")
        bound = (
            ("title", self.title_edit, lambda: self.tr("Name")),
            ("reference", self.reference_edit, lambda: self.tr("Number")),
            ("status_on", self.status_on_edit, lambda: self.tr("Date")),
            ("channel", self.channel_combo, lambda: self.tr("Connection")),
            ("with_prices", self.prices_combo, lambda: self.tr("Prices")),
            ("valid_from", self.valid_from_edit, lambda: self.tr("Valid from")),
            ("valid_to", self.valid_to_edit, lambda: self.tr("Valid to")),
            ("note", self.note_edit, lambda: self.tr("Note")),
        )
        for field, editor, label in bound:
            self.binder.bind(field, editor, label)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        detail_layout.addLayout(self.form)
        detail_layout.addStretch(1)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.detail_heading = QLabel(objectName="listing_detail_heading")
        self.form.addRow(self.detail_heading)
        self.labels: dict[str, QLabel] = {}
        validity = QWidget()
        validity_line = QHBoxLayout(validity)
        validity_line.setContentsMargins(0, 0, 0, 0)
        validity_line.addWidget(self.valid_from_edit)
        self.until_label = QLabel("–")
        validity_line.addWidget(self.until_label)
        validity_line.addWidget(self.valid_to_edit)
        status_line = QWidget()
        status_layout = QHBoxLayout(status_line)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_combo, 1)
        self.since_label = QLabel()
        status_layout.addWidget(self.since_label)
        status_layout.addWidget(self.status_on_edit, 1)
        for key, widget in (
            ("title", self.title_edit),
            ("channel", self.channel_combo),
            ("reference", self.reference_edit),
            ("status", status_line),
            ("with_prices", self.prices_combo),
            ("validity", validity),
            ("expiry", self.expiry_label),
            ("note", self.note_edit),
        ):
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], widget)
        self.labels["title"].setBuddy(self.title_edit)
        self.labels["reference"].setBuddy(self.reference_edit)
        self.labels["status"].setBuddy(self.status_combo)
        self.labels["note"].setBuddy(self.note_edit)
        self.detail_empty = QLabel(objectName="listing_detail_empty")
        self.detail_empty.setWordWrap(True)
        self.form.addRow(self.detail_empty)

    def set_customer_safe(self, on: bool) -> None:
        """Our note on each prerequisite is internal; status, dates and numbers are not."""
        self.customer_safe = on
        self._show_selected()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to order"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a prerequisite"))
        for kind, action in self.add_actions.items():
            action.setText(kind.label)
        self.standard_button.setText(self.tr("Add the four standard prerequisites"))
        self.standard_button.setToolTip(
            self.tr("Product release, supplier number, framework agreement and one ordering system, each still open")
        )
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected prerequisite (Del)"))
        self.since_label.setText(self.tr("since"))
        self.labels["status"].setText(self.tr("&Status"))
        self.labels["with_prices"].setText(self.tr("Prices"))
        self.labels["validity"].setText(self.tr("Valid"))
        self.labels["expiry"].setText("")
        self.labels["note"].setText(self.tr("N&ote"))
        self.labels["channel"].setText(self.tr("Connection"))
        self.detail_empty.setText(self.tr("Select a prerequisite on the left to see and edit its details."))
        _fill(self.status_combo, [(s.label, s.value) for s in ListingStatus])
        _fill(self.channel_combo, [(self.tr("— not set —"), None)] + [(c.label, c.value) for c in OrderingChannel])
        _fill(
            self.prices_combo,
            [(self.tr("— not set —"), None), (self.tr("With agreed prices"), True), (self.tr("Without prices"), False)],
        )
        self.note_edit.setPlaceholderText(self.tr("Internal note: who, what is open, next step"))
        self.status_on_edit.setToolTip(self.tr("When the status was reached; set to today when you change the status"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_selected()
        self._show_banner()

    # -- loading -----------------------------------------------------------------------------

    def load(self, account_id: str | None) -> None:
        from kamdesk.services import listing

        found = listing.items(self.ctx.ws, account_id) if account_id is not None and self.ctx.ws is not None else None
        self.show_items(account_id, found)

    def show_items(self, account_id: str | None, items: list[ListingItem] | None) -> None:
        """Show the ``items`` of ``account_id`` (None: no account, or no workspace)."""
        self.account_id = account_id
        self.today = date.today()
        if account_id is None or items is None:
            self.items = []
            self.model.set_rows([])
            self._show_selected()
            return
        selected = self.selected_id()
        self.items = items
        self.model.set_rows([self._row(i) for i in self.items], account_id)
        self.select(selected or (self.items[0].id if self.items else None))
        self._show_banner()
        self._show_selected()

    def _row(self, item: ListingItem) -> dict[str, Any]:
        return {
            "id": item.id,
            "item": item,
            "status": item.status.value,
            "status_on": item.status_on,
        }

    def _name_of(self, row: dict[str, Any]) -> str:
        item: ListingItem = row["item"]
        return item.display_name()

    def _show_banner(self) -> None:
        self.banner.show_readiness(readiness(self.items, self.today))
        empty = not self.items
        self.standard_button.setVisible(empty and self.ctx.writable)
        for widget in (self.add_button, self.remove_button):
            widget.setEnabled(self.ctx.writable and self.account_id is not None)
        self.remove_button.setEnabled(self.remove_button.isEnabled() and not empty)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ROW_ID_ROLE)) if index.isValid() else None

    def select(self, item_id: str | None) -> None:
        row = self.model.row_of(item_id) if item_id else -1
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_item(self) -> ListingItem | None:
        item_id = self.selected_id()
        return next((i for i in self.items if i.id == item_id), None)

    def _show_selected(self) -> None:
        item = self.selected_item()
        has = item is not None
        for key in ("title", "channel", "reference", "status", "with_prices", "validity", "expiry", "note"):
            self.form.setRowVisible(self.labels[key], has)
        self.form.setRowVisible(self.labels["note"], has and not self.customer_safe)
        self.detail_heading.setVisible(has)
        self.detail_empty.setVisible(not has and self.account_id is not None)
        if item is None:
            self.binder.load(None, {})
            return
        kind = item.kind
        self.detail_heading.setText(f"<b>{escape(kind.label)}</b>")
        title_label = {
            ListingKind.RELEASE: self.tr("Products"),
            ListingKind.SUPPLIER_NUMBER: self.tr("Issued by"),
            ListingKind.FRAMEWORK: self.tr("Agreement"),
            ListingKind.ORDERING_SYSTEM: self.tr("System"),
        }[kind]
        self.labels["title"].setText(title_label)
        self.title_edit.setPlaceholderText(
            {
                ListingKind.RELEASE: self.tr("Which products or product groups are released"),
                ListingKind.SUPPLIER_NUMBER: self.tr("e.g. central purchasing"),
                ListingKind.FRAMEWORK: self.tr("Name of the agreement"),
                ListingKind.ORDERING_SYSTEM: self.tr("e.g. SAP Ariba, Coupa, the customer's SRM"),
            }[kind]
        )
        reference_label = {
            ListingKind.SUPPLIER_NUMBER: self.tr("Supplier number"),
            ListingKind.FRAMEWORK: self.tr("Contract number"),
        }.get(kind, "")
        self.labels["reference"].setText(reference_label)
        self.form.setRowVisible(self.labels["reference"], bool(reference_label))
        self.form.setRowVisible(self.labels["channel"], kind is ListingKind.ORDERING_SYSTEM)
        for key in ("with_prices", "validity"):
            self.form.setRowVisible(self.labels[key], kind is ListingKind.FRAMEWORK)
        expiry = expiry_state(item, self.today)
        self.form.setRowVisible(self.labels["expiry"], bool(expiry))
        if expiry:
            days = (item.valid_to - self.today).days if item.valid_to else 0
            text = (
                self.tr("Expired on %1.").replace("%1", format_date(item.valid_to))
                if expiry == "expired"
                else self.tr("Ends in %n day(s) — time to renegotiate.", "", days)
            )
            self.expiry_label.setText(f"<span style='color:{BAD if expiry == 'expired' else WARN}'>⚠ {text}</span>")
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(item.status.value)))
        self.status_combo.setEnabled(self.ctx.writable)
        self.binder.load(
            item.id,
            {
                "title": item.title,
                "reference": item.reference,
                "status_on": item.status_on,
                "channel": item.channel.value if item.channel else None,
                "with_prices": item.with_prices,
                "valid_from": item.valid_from,
                "valid_to": item.valid_to,
                "note": item.note,
            },
            account_id=self.account_id,
        )

    # -- editing -----------------------------------------------------------------------------

    def _status_chosen(self, _index: int) -> None:
        """A new status also dates it today (the date stays editable)."""
        item = self.selected_item()
        status = self.status_combo.currentData()
        if item is None or status == item.status.value:
            return
        new = {"status": status, "status_on": self.today}
        old = {"status": item.status.value, "status_on": item.status_on}
        command = SetFields(
            self.ctx,
            self.TABLE,
            item.id,
            old,
            new,
            self.tr("Set %1 to “%2”").replace("%1", item.display_name()).replace("%2", ListingStatus(status).label),
            account_id=self.account_id,
            tab=self.tab,
        )
        if not self.ctx.push(command):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(item.status.value)))

    def add_item(self, kind: ListingKind) -> None:
        from kamdesk.services import listing, ordering

        if self.account_id is None:
            return
        position = ordering.next_position(self.ctx.workspace(), self.TABLE, ("account_id", self.account_id))
        command = InsertRow(
            self.ctx,
            self.TABLE,
            listing.new_item(self.account_id, kind, position),
            self.tr("Add %1").replace("%1", kind.label),
            account_id=self.account_id,
            tab=self.tab,
        )
        if self.ctx.push(command):
            self.select(command.row_id)
            self.title_edit.setFocus()

    def add_standard(self) -> None:
        from kamdesk.services import listing

        if self.account_id is None:
            return
        ws, values = self.ctx.workspace(), listing.standard_items(self.account_id)
        if self.ctx.push(
            Call(
                self.ctx,
                self.tr("Add the standard prerequisites"),
                lambda: listing.insert_items(ws, values),
                lambda: listing.delete_items(ws, [v["id"] for v in values]),
                account_id=self.account_id,
                tab=self.tab,
            )
        ):
            self.select(values[0]["id"])

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None or not self.ctx.writable:
            return
        if not Dialogs.confirm(
            self,
            self.tr("Remove prerequisite"),
            self.tr("Remove “%1” with its status, dates and note?\n\nCtrl+Z brings it back.").replace(
                "%1", item.display_name()
            ),
            self.tr("Remove"),
        ):
            return
        self.ctx.push(
            DeleteRow(
                self.ctx,
                self.TABLE,
                item.id,
                self.tr("Remove %1").replace("%1", item.display_name()),
                account_id=self.account_id,
                tab=self.tab,
            )
        )


def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)
