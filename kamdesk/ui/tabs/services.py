"""The account's services: what it actually receives, checked against its customer group's
entitlement, and the value statement for the customer.

The company-wide matrix itself is edited in its own window (Workspace → Service Matrix…); this
tab shows one account's side of it and opens that window on the account's group.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.money import format_money
from kamdesk.domain.value_statement import value_statement
from kamdesk.services import ordering, service_matrix
from kamdesk.services.service_matrix import AccountServices
from kamdesk.ui.context import AppContext
from kamdesk.ui.service_matrix.look import mode_icon
from kamdesk.ui.tabs.base import TabPage, mark_internal
from kamdesk.ui.tabs.services_model import QUANTITY, ReceivedServicesModel
from kamdesk.ui.tabs.services_statement import statement_html
from kamdesk.ui.tabs.services_widgets import STYLE, ReceivedTable, Tile
from kamdesk.ui.undo import Call, DeleteRow, InsertRow
from kamdesk.ui.widgets import EmptyState, InternalBadge


class ServicesTab(TabPage):
    key = "services"
    tables = frozenset(
        {"account", "received_service", "account_customer_group", "service", "customer_group", "service_entitlement"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(STYLE)
        self.found: AccountServices | None = None

        self.group_label = QLabel()
        self.group_combo = QComboBox(objectName="services_group")
        self.group_combo.setMinimumWidth(250)
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_combo.activated.connect(self._on_group_chosen)
        self.group_label.setBuddy(self.group_combo)
        # No word wrap anywhere in the content: a height-for-width layout would make the scroll
        # area give the content its preferred height instead of the window's.
        self.group_source = QLabel(objectName="services_group_source")
        self.value_tile = Tile("value", internal=False)
        self.beyond_tile = Tile("beyond", internal=True)
        self.unused_tile = Tile("unused", internal=True)
        # The account's customer group says how we classify the customer: internal, one widget to hide.
        self.group_panel = QWidget(objectName="services_group_panel")
        group_box = QVBoxLayout(self.group_panel)
        group_box.setContentsMargins(0, 0, 0, 0)
        group_line = QHBoxLayout()
        group_line.addWidget(self.group_label)
        group_line.addWidget(self.group_combo)
        group_line.addWidget(InternalBadge())
        group_line.addStretch(1)
        group_box.addLayout(group_line)
        group_box.addWidget(self.group_source)
        # The group above the table's buttons, the figures beside both: one band, and in the
        # customer-safe view (group hidden) a single row — the table keeps the height on a projector.
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.group_panel)
        left.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(left, 1)
        for tile in (self.value_tile, self.beyond_tile, self.unused_tile):
            header.addWidget(tile, 0, Qt.AlignmentFlag.AlignBottom)

        self.add_button = QToolButton(objectName="services_add")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(objectName="services_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.matrix_button = QPushButton(objectName="services_open_matrix")
        self.matrix_button.clicked.connect(self.open_matrix)
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.matrix_button)
        left.addLayout(tools)

        self.model = ReceivedServicesModel(ctx, self)
        self.table = ReceivedTable(self.model)
        self.empty = EmptyState()
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.add_action = QAction(self, objectName="services_add_action")
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_button.showMenu)
        self.remove_action = QAction(self, objectName="services_remove_action")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.addAction(self.add_action)
        self.table.addAction(self.remove_action)

        self.unused_list = QListWidget(objectName="services_unused")
        self.unused_list.itemActivated.connect(lambda item: self.add_service(item.data(Qt.ItemDataRole.UserRole)))
        self.unused_add = QPushButton(objectName="services_unused_add")
        self.unused_add.clicked.connect(self._add_current_unused)
        self.unused_box = QGroupBox(objectName="services_unused_box")
        unused_layout = QVBoxLayout(self.unused_box)
        unused_layout.addWidget(self.unused_list, 1)
        unused_row = QHBoxLayout()
        unused_row.addWidget(InternalBadge())
        unused_row.addStretch(1)
        unused_row.addWidget(self.unused_add)
        unused_layout.addLayout(unused_row)

        self.statement = QTextBrowser(objectName="services_statement")
        self.statement.setOpenLinks(False)
        self.copy_button = QPushButton(objectName="services_copy_statement")
        self.copy_button.clicked.connect(self.copy_statement)
        self.statement_box = QGroupBox(objectName="services_statement_box")
        statement_layout = QVBoxLayout(self.statement_box)
        statement_layout.addWidget(self.statement, 1)
        self.shareable_badge = QLabel(objectName="shareable_badge")
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.shareable_badge)
        statement_row.addStretch(1)
        statement_row.addWidget(self.copy_button)
        statement_layout.addLayout(statement_row)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.unused_box)
        bottom.addWidget(self.statement_box)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setChildrenCollapsible(False)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="services_splitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        # In a scroll area, so a small window scrolls rather than squeezing the table to nothing.
        content = QWidget(objectName="services_content")
        content.setMinimumSize(760, 400)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.customer_safe = False
        mark_internal(self.group_panel, self.beyond_tile, self.unused_tile, self.unused_box, self.matrix_button)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.unused_list.currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("Customer &group:"))
        self.group_combo.setToolTip(
            self.tr("Its classification decides the group, unless you choose one for this account.")
        )
        self.add_button.setText(self.tr("+ Add Service"))
        self.add_button.setToolTip(self.tr("Record a service this account receives (Insert)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected service from this account (Del)"))
        self.matrix_button.setText(self.tr("Service Matrix…"))
        self.matrix_button.setToolTip(self.tr("What every customer group gets (Ctrl+Shift+M)"))
        self.unused_box.setTitle(self.tr("Entitled, not used"))
        self.unused_box.setToolTip(self.tr("Included for the group but not received: worth a conversation."))
        self.unused_add.setText(self.tr("Record as Received"))
        self.statement_box.setTitle(self.tr("Value statement for the customer"))
        self.statement_box.setToolTip(
            self.tr("What the customer receives and what it is worth (also in the PDF plan).")
        )
        self.shareable_badge.setText(self.tr("for the customer"))
        self.shareable_badge.setToolTip(self.tr("Shareable: fit to show the customer; no internal figures in it."))
        self.copy_button.setText(self.tr("Copy as Text"))
        self.empty.setText(
            self.tr("No services recorded for this account yet.\n\nAdd what it receives with “+ Add Service” (Insert).")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.found is not None:
            self._show(self.found)

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        if self.account_id is None or self.ctx.ws is None:
            self.found = None
            self.model.set_services(None)
            self._update_buttons()
            return
        try:
            found = service_matrix.account_services(self.ctx.ws, self.account_id)
        except KamdeskError:
            self.found = None
            self.model.set_services(None)
            return
        self.found = found
        self._show(found)

    def _show(self, found: AccountServices) -> None:
        current = self.model.line(self.table.currentIndex().row())
        current_id = current.received.id if current and current.received else None
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_services(found)
        self._fill_group_combo(found)
        self._show_tiles(found)
        self._fill_unused(found)
        self.statement.setHtml(statement_html(value_statement(found.account.name, found.check)))
        self.table_stack.setCurrentWidget(self.table if found.received else self.empty)
        if current_id:
            row = self.model.row_of(current_id)
            if row >= 0 and self.table.currentIndex().row() != row:
                self.table.setCurrentIndex(self.model.index(row, column))
        self._update_buttons()

    def set_customer_safe(self, on: bool) -> None:
        """Hide the group, the check and its findings, the internal notes; the value stays."""
        super().set_customer_safe(on)
        self.customer_safe = on
        self.table.set_customer_safe(on)

    def _fill_group_combo(self, found: AccountServices) -> None:
        combo = self.group_combo
        combo.blockSignals(True)
        combo.clear()
        linked = found.matrix.group_for_classification(found.account.classification)
        automatic = (
            self.tr("Automatic: %1").replace("%1", linked.display_name)
            if linked
            else self.tr("Automatic (no classification)")
        )
        combo.addItem(automatic, "")
        for group in found.matrix.groups:
            combo.addItem(f"{group.display_name} ({group.code})", group.id)
        combo.setCurrentIndex(max(0, combo.findData(found.chosen_group_id or "")))
        combo.setEnabled(self.ctx.writable)
        combo.blockSignals(False)
        group = found.group
        if group is None:
            text = self.tr("No group: set a classification in the Profile, or choose one.")
            tip = text
        elif found.chosen_group_id:
            text = self.tr("%1's entitlements apply (chosen for this account).").replace("%1", group.code)
            tip = group.display_description
        else:
            assert found.account.classification is not None
            text = self.tr("%1's entitlements apply (from the classification).").replace("%1", group.code)
            tip = (
                self.tr("Classified as %1, so the entitlements of %2 apply.")
                .replace("%1", found.account.classification.label)
                .replace("%2", group.display_name)
            )
        self.group_source.setText(text)
        self.group_source.setToolTip(tip)

    def _show_tiles(self, found: AccountServices) -> None:
        check = found.check
        self.value_tile.show_value(format_money(check.given_value, whole=True), self.tr("value given a year"))
        beyond = check.beyond
        self.beyond_tile.show_value(
            format_money(check.beyond_cost, whole=True) if beyond else "0",
            self.tr("%n beyond entitlement (cost a year)", "", len(beyond)),
            alert=bool(beyond),
        )
        self.unused_tile.show_value(str(len(check.unused)), self.tr("entitled, not used"))

    def _fill_unused(self, found: AccountServices) -> None:
        self.unused_list.clear()
        for line in found.check.unused:
            item = QListWidgetItem(mode_icon(line.mode), f"{line.service.name} — {line.mode.short_label}")
            item.setData(Qt.ItemDataRole.UserRole, line.service.id)
            item.setToolTip(line.service.description)
            self.unused_list.addItem(item)
        if found.group is None:
            placeholder = QListWidgetItem(self.tr("No customer group, so no entitlements to compare."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.unused_list.addItem(placeholder)
        elif not found.check.unused:
            placeholder = QListWidgetItem(self.tr("Every included service is used."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.unused_list.addItem(placeholder)

    def _update_buttons(self) -> None:
        writable = self.ctx.writable and self.found is not None
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.table.currentIndex().isValid())
        current = self.unused_list.currentItem()
        self.unused_add.setEnabled(writable and current is not None and bool(current.data(Qt.ItemDataRole.UserRole)))
        self.matrix_button.setEnabled(self.ctx.ws is not None)

    # -- edits -------------------------------------------------------------------------------

    def _on_group_chosen(self, _index: int) -> None:
        found = self.found
        if found is None:
            return
        chosen = self.group_combo.currentData() or None
        before = found.chosen_group_id
        if chosen == before:
            return
        ws, account_id = self.ctx.workspace(), found.account.id
        text = self.tr("Customer group of “%1”").replace("%1", found.account.name)
        self.ctx.push(
            Call(
                self.ctx,
                text,
                lambda: service_matrix.set_account_group(ws, account_id, chosen, before),
                lambda: service_matrix.set_account_group(ws, account_id, before, chosen),
                account_id,
                self.key,
            )
        )
        self.reload()

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        found = self.found
        if found is None:
            return
        received = {r.service_id for r in found.received}
        category = None
        for service in found.matrix.services:
            if service.id in received:
                continue
            if service.category != category:
                category = service.category
                self.add_menu.addSection(category or self.tr("Other"))
            mode = found.matrix.mode(service.id, found.group.id) if found.group and not self.customer_safe else None
            label = service.name + (f"  ({mode.short_label})" if mode else "")
            action = self.add_menu.addAction(mode_icon(mode) if mode else QIcon(), label)
            action.setToolTip(service.description)
            action.triggered.connect(lambda _=False, sid=service.id: self.add_service(sid))
        if self.add_menu.isEmpty():
            self.add_menu.addAction(self.tr("Every catalogue service is recorded")).setEnabled(False)

    def add_service(self, service_id: str | None) -> None:
        found = self.found
        if not service_id or found is None or not self.ctx.writable:
            return
        if found.received_for(service_id) is not None:
            return
        service = found.matrix.service(service_id)
        assert service is not None
        position = ordering.next_position(self.ctx.workspace(), "received_service", ("account_id", found.account.id))
        command = InsertRow(
            self.ctx,
            "received_service",
            service_matrix.new_received_values(found, service_id, position),
            self.tr("Add “%1”").replace("%1", service.name),
            found.account.id,
            self.key,
        )
        if self.ctx.push(command):
            row = self.model.row_of(command.row_id)
            if row >= 0:
                self.table.setFocus()
                self.table.setCurrentIndex(self.model.index(row, QUANTITY))
                self.table.edit(self.model.index(row, QUANTITY))

    def _add_current_unused(self) -> None:
        item = self.unused_list.currentItem()
        if item is not None:
            self.add_service(item.data(Qt.ItemDataRole.UserRole))

    def remove_selected(self) -> None:
        line = self.model.line(self.table.currentIndex().row())
        if line is None or line.received is None or self.found is None or not self.ctx.writable:
            return
        text = self.tr("Remove “%1”").replace("%1", line.service.name)
        if self.ctx.push(
            DeleteRow(self.ctx, "received_service", line.received.id, text, self.found.account.id, self.key)
        ):
            self.ctx.message.emit(text + " — " + self.tr("Ctrl+Z undoes it."))

    def open_matrix(self) -> None:
        from kamdesk.ui.service_matrix.window import show_matrix

        if self.ctx.customer_safe:
            return
        group = self.found.group if self.found else None
        show_matrix(self.ctx, self, group.id if group else None)

    def copy_statement(self) -> None:
        if self.found is None:
            return
        text = value_statement(self.found.account.name, self.found.check).as_text()
        QGuiApplication.clipboard().setText(text)
        self.ctx.message.emit(self.tr("Value statement copied."))
