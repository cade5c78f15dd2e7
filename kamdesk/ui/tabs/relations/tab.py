"""The Relationship tab: the chess board of the customer's people, our team beside it, the key
issues, a detail panel, focus and filters, and the coverage matrix for large accounts.

The board is read from the workspace (``services.relations``), key issues are computed by the
domain rules, the scene shows both; every gesture becomes one undo command here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.board import RANKS, Board, Influence, Side, display_name
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.key_issues import KeyIssue, key_issues
from kamdesk.services import contact_import, records, relations
from kamdesk.services.workspace import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.tabs.base import TabPage, mark_internal
from kamdesk.ui.tabs.relations.detail import DetailPanel
from kamdesk.ui.tabs.relations.issues import KeyIssuesList
from kamdesk.ui.tabs.relations.items import CoverageLineItem, PieceItem, RelationLineItem
from kamdesk.ui.tabs.relations.matrix import CoverageMatrix
from kamdesk.ui.tabs.relations.scene import BoardScene, Drop, Filters
from kamdesk.ui.tabs.relations.view import BoardView
from kamdesk.ui.undo import Call, DeleteRow, InsertRow, SetFields

KEY = "relations"
ANY = "__any__"


class RelationsTab(TabPage):
    key = KEY
    tables = frozenset(
        {
            "contact",
            "coverage_link",
            "contact_relation",
            "board_column",
            "relationship_board",
            "team_member",
            "workspace_setting",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: Board | None = None
        self.readable = 0.0  # workshop mode: the smallest zoom that reads from the back of the room
        self.issues: list[KeyIssue] = []
        self.column_names: dict[object, str] = {}

        self.scene = BoardScene()
        self.scene.setParent(self)
        self.view = BoardView(self.scene)
        self.matrix = CoverageMatrix()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.matrix)
        self.detail = DetailPanel(ctx)
        self.issues_list = KeyIssuesList()

        # toolbar
        self.board_button = QToolButton(objectName="relations_show_board", checkable=True, checked=True)
        self.matrix_button = QToolButton(objectName="relations_show_matrix", checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.board_button)
        group.addButton(self.matrix_button)
        self.board_button.toggled.connect(self._switch_view)
        self.add_button = QToolButton(objectName="relations_add_contact")
        self.import_button = QToolButton(objectName="relations_import")
        self.columns_button = QToolButton(objectName="relations_columns")
        self.fit_button = QToolButton(objectName="relations_fit")
        self.member_filter = QComboBox(objectName="relations_filter_member")
        self.side_filter = QComboBox(objectName="relations_filter_side")
        self.influence_filter = QComboBox(objectName="relations_filter_influence")
        self.column_filter = QComboBox(objectName="relations_filter_column")
        for combo in (self.member_filter, self.side_filter, self.influence_filter, self.column_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._filters_changed)
        self.lines_check = QCheckBox(objectName="relations_all_lines", checked=True)
        self.lines_check.toggled.connect(self.scene.set_all_lines)
        self.legend = QLabel(objectName="relations_legend")
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.filter_label = QLabel()
        # the focus filters: beside the buttons where there is room, in a row of their own below them
        # where there is not (a laptop, German labels, workshop type) — never cut off
        self.filters = QWidget(objectName="relations_filters")
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        filters.addWidget(self.filter_label)
        for widget in (self.member_filter, self.side_filter, self.influence_filter, self.column_filter):
            filters.addWidget(widget)
        filters.addWidget(self.lines_check)
        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(6)
        for widget in (self.board_button, self.matrix_button):
            self.top_row.addWidget(widget)
        self.top_row.addSpacing(12)
        self.top_row.addWidget(self.add_button)
        self.top_row.addWidget(self.import_button)
        self.top_row.addWidget(self.columns_button)
        self.top_row.addSpacing(12)
        self.top_row.addWidget(self.filters)
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.fit_button)
        self.filter_row = QHBoxLayout()
        self.filter_row.addStretch(1)
        self.filters_beside = True
        bar = QVBoxLayout()
        bar.setContentsMargins(12, 6, 12, 6)
        bar.setSpacing(6)
        bar.addLayout(self.top_row)
        bar.addLayout(self.filter_row)

        self.detail_scroll = detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_holder = QWidget()
        holder_layout = QVBoxLayout(detail_holder)
        holder_layout.setContentsMargins(10, 8, 10, 8)
        holder_layout.addWidget(self.detail)
        detail_scroll.setWidget(detail_holder)
        issues_holder = QWidget()
        issues_layout = QVBoxLayout(issues_holder)
        issues_layout.setContentsMargins(10, 8, 10, 8)
        issues_layout.addWidget(self.issues_list)
        self.side = side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(issues_holder)
        side.addWidget(detail_scroll)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        side.setSizes([300, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        board_side = QWidget()
        board_layout = QVBoxLayout(board_side)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(0)
        board_layout.addWidget(self.stack, 1)
        board_layout.addWidget(self.legend)
        self.splitter.addWidget(board_side)
        self.splitter.addWidget(side)
        # internal: key issues, judgements in the detail panel, coverage, the filters by judgement
        mark_internal(
            issues_holder,
            self.detail.link_panel,
            *self.detail.contact_panel.internal_widgets(),
            self.matrix_button,
            self.member_filter,
            self.side_filter,
            self.influence_filter,
            self.lines_check,
            self.legend,
        )
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = QWidget(objectName="relations_toolbar")
        self.toolbar.setLayout(bar)
        # the toolbar never widens the window: its filters move to a second row instead
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        # actions
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selection)
        self.view.addAction(self.delete_action)
        self.clear_action = QAction(self)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action.triggered.connect(self.clear_highlight)
        self.addAction(self.clear_action)
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.import_button.clicked.connect(self.import_contacts)
        self.columns_button.clicked.connect(self.edit_columns)
        self.fit_button.clicked.connect(lambda: self.view.fit())

        # wiring
        self.scene.dropped.connect(self.move_pieces)
        self.scene.link_requested.connect(self.add_link)
        self.scene.relation_requested.connect(lambda s, t: self.add_relation(s, t, "reports_to"))
        self.scene.cell_activated.connect(lambda column, rank: self.add_contact(column, rank))
        self.scene.selectionChanged.connect(self._show_selection)
        self.issues_list.issue_activated.connect(self.highlight_issue)
        self.issues_list.stale_days_changed.connect(self.set_stale_days)
        panel = self.detail.contact_panel
        panel.move_requested.connect(lambda cid, column, rank: self.move_pieces(Drop((cid,), column, rank, 10**6)))
        panel.relation_added.connect(self.add_relation)
        panel.relation_removed.connect(lambda rid: self._delete([("contact_relation", rid)]))
        panel.delete_requested.connect(self.delete_selection)
        self.detail.link_panel.delete_requested.connect(self.delete_selection)
        self.matrix.matrix.level_edited.connect(self.set_level)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.board_button.setText(self.tr("Board"))
        self.board_button.setToolTip(self.tr("The chess board of the customer's people"))
        self.matrix_button.setText(self.tr("Matrix"))
        self.matrix_button.setToolTip(self.tr("Our team × their people as a heat map; double-click a cell to edit"))
        self.add_button.setText(self.tr("Add contact"))
        self.add_button.setToolTip(self.tr("Add a contact (or double-click an empty spot on the board)"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import contacts from a vCard (.vcf) or CSV file"))
        self.columns_button.setText(self.tr("Departments…"))
        self.columns_button.setToolTip(self.tr("Rename, add or remove the board's departments (its columns)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole board (Ctrl+0); zoom with Ctrl+wheel or Ctrl+plus/minus"))
        self.filter_label.setText(self.tr("Focus:"))
        self.lines_check.setText(self.tr("All lines"))
        self.lines_check.setToolTip(self.tr("Off: lines only for the selected piece or team member"))
        self.delete_action.setText(self.tr("Delete"))
        self.legend.setText(
            self.tr(
                "White ally · grey neutral · black opponent · bars influence · dot last contact · badge our coverage"
            )
        )
        self.legend.setToolTip(
            self.tr(
                "Piece = buying role (king decides, queen influences most, rook can block, bishop approves, "
                "knight coaches, pawn uses). Dot: green = recent, amber = due, red = stale. Badge: how many of us "
                "know the person, coloured by the best level. Dashed line = below target. Drag from our team onto "
                "a piece to link; Shift+drag between pieces for a reporting line."
            )
        )
        self.legend.setStyleSheet("color: palette(mid); font-size: 8pt;")
        self.legend.setContentsMargins(12, 3, 12, 4)
        self.detail.retranslate()
        self.issues_list.retranslate()
        self._fill_filters()
        self._fit_detail_width()  # the labels' widths follow the language
        if self.board is not None:
            self.reload()

    def _fill_filters(self) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, ANY)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)

        board = self.board
        refill(self.member_filter, self.tr("Whole team"), [(m.name, m.id) for m in board.team] if board else [])
        refill(self.side_filter, self.tr("Any side"), [(s.label, s.value) for s in Side])
        refill(self.influence_filter, self.tr("Any influence"), [(i.label, i.value) for i in Influence])
        refill(self.column_filter, self.tr("All departments"), [(name, key) for key, name in self.column_names.items()])
        self._place_filters()  # their width follows their texts

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.account_id is None or self.ctx.ws is None:
            self.board = None
            self.scene.show_board(Board(""), {}, [r.label for r in RANKS], self.tr("Our team"))
            return
        try:
            board = relations.load(self.ctx.ws, self.account_id)
        except KamdeskError as error:
            self.ctx.fail(self.title(), str(error))
            return
        first = self.board is None or self.board.account_id != board.account_id
        self.board = board
        self.column_names = {c.id: c.name for c in board.columns}
        known = set(self.column_names)
        if any(c.column_id not in known for c in board.contacts):
            self.column_names[None] = self.tr("No department")
        team_title = self.tr("Our team") if board.team else self.tr("Our team — add people in the profile")
        self.scene.show_board(board, self.column_names, [r.label for r in RANKS], team_title)
        if first:
            self.scene.clearSelection()
            self.lines_check.setChecked(len(board.links) <= 80)
            self.view.fit(self.readable)
        self.issues = key_issues(board, date.today())
        self.issues_list.show_issues(self.issues, board.stale_days, self.ctx.writable)
        if self.stack.currentWidget() is self.matrix:
            self.matrix.matrix.show_board(board, self.column_names, self.ctx.writable)
        for widget in (self.add_button, self.import_button, self.columns_button):
            widget.setEnabled(self.ctx.writable)
        self._fill_filters()
        self._filters_changed()
        self._show_selection()

    def show_account(self, account_id: str | None) -> None:
        if account_id != self.account_id:
            self.board = None
            self.scene.highlight()
            self.issues_list.clear_selection()
        super().show_account(account_id)

    def on_changes(self, changes: list[Change]) -> None:
        super().on_changes(changes)

    def commit_pending(self) -> None:
        self.detail.commit_pending()

    def set_customer_safe(self, on: bool) -> None:
        if on:
            self.detail.commit_pending()
            self.board_button.setChecked(True)
            self.issues_list.clear_selection()
            for combo in (self.member_filter, self.side_filter, self.influence_filter):
                combo.setCurrentIndex(0)
            self.scene.clearSelection()
        super().set_customer_safe(on)
        self.scene.set_customer_safe(on)
        self._show_selection()  # the heading of a selected person: their title instead of our reading
        if not on:
            self._filters_changed()

    # -- presenting -------------------------------------------------------------------------------

    def scene_view(self) -> BoardView | None:
        return self.view if self.stack.currentWidget() is self.view else None

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_filters()

    def _fit_detail_width(self) -> None:
        """The panel as wide as its fields need (it scrolls down, never sideways)."""
        holder = self.detail_scroll.widget()
        scrollbar = self.detail_scroll.verticalScrollBar().sizeHint().width()
        self.detail_scroll.setMinimumWidth(holder.minimumSizeHint().width() + scrollbar)

    def _place_filters(self) -> None:
        """The focus filters beside the buttons if the row has room for both, else below them."""
        margins = self.toolbar.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        buttons = sum(
            w.sizeHint().width()
            for w in (self.board_button, self.matrix_button, self.add_button, self.import_button, self.columns_button)
        )
        needed = buttons + self.filters.sizeHint().width() + self.fit_button.sizeHint().width() + 24 + 7 * 6
        beside = needed <= room
        if beside == self.filters_beside:
            return
        self.filters_beside = beside
        if beside:
            self.filter_row.removeWidget(self.filters)
            self.top_row.insertWidget(self.top_row.indexOf(self.fit_button) - 1, self.filters)
        else:
            self.top_row.removeWidget(self.filters)
            self.filter_row.insertWidget(0, self.filters)

    def set_workshop(self, on: bool, scale: float) -> None:
        from kamdesk.ui.presenting import readable_zoom

        self.readable = readable_zoom(scale) if on else 0.0
        self.view.fit(self.readable)
        QTimer.singleShot(0, self._place_filters)  # once the workshop type has reached the widgets
        QTimer.singleShot(0, self._fit_detail_width)

    def focus_next(self, step: int) -> str:
        """Cycle the focus through the departments (and back to all of them): the others fade, the
        view zooms to the department's column."""
        layout = self.scene.layout
        if self.board is None or layout is None or self.scene_view() is None or self.column_filter.count() < 2:
            return ""
        combo = self.column_filter
        index = (combo.currentIndex() + step) % combo.count()
        combo.setCurrentIndex(index)
        self._filters_changed()
        hint = self.tr("F6 next, Shift+F6 previous, Ctrl+0 the whole board")
        if index == 0:
            self.view.fit(self.readable)
            return self.tr("All departments") + " — " + hint
        key = combo.itemData(index)
        if key not in layout.column_keys:
            return ""
        column = layout.column_index(key)
        head = layout.header_rect(column)
        self.view.show_rect(
            QRectF(head.x, head.y, head.w, layout.grid_bottom - head.y).adjusted(-12, -8, 12, 8), self.readable
        )
        return (
            self.tr("Department %1 of %2: %3")
            .replace("%1", str(index))
            .replace("%2", str(combo.count() - 1))
            .replace("%3", combo.itemText(index))
            + " — "
            + hint
        )

    # -- selection, focus, highlight --------------------------------------------------------------

    def _show_selection(self) -> None:
        board = self.board
        selected = self.scene.selectedItems()
        # in front of the customer the panel is there only for the person being edited: the
        # board keeps the width otherwise
        self.side.setVisible(not self.ctx.customer_safe or (len(selected) == 1 and isinstance(selected[0], PieceItem)))
        if board is None or len(selected) != 1:
            self.detail.show_nothing()
            return
        item = selected[0]
        if isinstance(item, PieceItem) and item.contact.id in board.contact_by_id:
            self.detail.commit_pending()
            self.detail.contact_panel.show_contact(board, board.contact_by_id[item.contact.id], self.column_names)
            self.detail.setCurrentWidget(self.detail.contact_panel)
        elif isinstance(item, CoverageLineItem):
            link = next((link for link in board.links if link.id == item.link.id), None)
            if link is None:
                self.detail.show_nothing()
                return
            self.detail.commit_pending()
            self.detail.link_panel.show_link(board, link)
            self.detail.setCurrentWidget(self.detail.link_panel)
        else:
            self.detail.show_nothing()

    def select_contact(self, contact_id: str) -> None:
        piece = self.scene.pieces.get(contact_id)
        if piece is not None:
            self.scene.clearSelection()
            piece.setSelected(True)
            self.view.ensureVisible(piece)

    def select_link(self, link_id: str) -> None:
        line = self.scene.coverage_lines.get(link_id)
        if line is not None:
            self.scene.clearSelection()
            line.setVisible(True)
            line.setSelected(True)

    def highlight_issue(self, issue: KeyIssue | None) -> None:
        if issue is None:
            self.clear_highlight()
            return
        self.scene.highlight(issue.contact_ids, issue.member_ids)
        if issue.contact_ids and issue.contact_ids[0] in self.scene.pieces:
            self.view.ensureVisible(self.scene.pieces[issue.contact_ids[0]], 60, 60)
        self.ctx.message.emit(issue.rule.label)

    def clear_highlight(self) -> None:
        self.scene.highlight()
        self.issues_list.clear_selection()

    def _filters_changed(self) -> None:
        def value(combo: QComboBox) -> object:
            data = combo.currentData()
            return ... if data == ANY or combo.currentIndex() < 0 else data

        member = value(self.member_filter)
        side = value(self.side_filter)
        influence = value(self.influence_filter)
        self.scene.set_filters(
            Filters(
                member if member is not ... else None,  # type: ignore[arg-type]
                Side(side) if side is not ... else None,  # type: ignore[arg-type]
                Influence(influence) if influence is not ... else None,  # type: ignore[arg-type]
                value(self.column_filter),
            )
        )

    def _switch_view(self, board: bool) -> None:
        if board:
            self.stack.setCurrentWidget(self.view)
        else:
            if self.board is not None:
                self.matrix.matrix.show_board(self.board, self.column_names, self.ctx.writable)
            self.stack.setCurrentWidget(self.matrix)

    # -- edits (each one undo step) ---------------------------------------------------------

    def _ws(self):  # type: ignore[no-untyped-def]
        return self.ctx.workspace()

    def move_pieces(self, drop: Drop) -> None:
        if self.account_id is None or not self.ctx.writable:
            self.reload()
            return
        account_id = self.account_id
        moves = [
            relations.Move(cid, drop.column_key, drop.rank, drop.index + n) for n, cid in enumerate(drop.contact_ids)
        ]
        state: dict[str, list[relations.Edit]] = {}

        def do() -> None:
            state["undo"] = relations.move_contacts(self._ws(), account_id, moves)

        def undo() -> None:
            relations.apply_edits(self._ws(), state["undo"])

        names = [
            display_name(self.board.contact_by_id[c])
            for c in drop.contact_ids
            if self.board and c in self.board.contact_by_id
        ]
        text = self.tr("Move %1").replace(
            "%1", names[0] if len(names) == 1 else self.tr("%n contact(s)", "", len(names))
        )
        if not self.ctx.push(Call(self.ctx, text, do, undo, account_id, KEY)) or not state.get("undo"):
            self.reload()  # refused or nothing changed: put the pieces back where they belong

    def add_link(self, member_id: str, contact_id: str) -> None:
        if self.board is None or self.account_id is None or not self.ctx.writable:
            return
        existing = next((k for k in self.board.links if k.member_id == member_id and k.contact_id == contact_id), None)
        if existing is not None:
            self.select_link(existing.id)
            self.ctx.message.emit(self.tr("This link exists already; edit its levels on the right."))
            return
        member = self.board.member_by_id[member_id]
        contact = self.board.contact_by_id[contact_id]
        command = InsertRow(
            self.ctx,
            "coverage_link",
            {"account_id": self.account_id, "team_member_id": member_id, "contact_id": contact_id, "level": "vendor"},
            self.tr("Link %1 with %2").replace("%1", member.name).replace("%2", display_name(contact)),
            self.account_id,
            KEY,
        )
        if self.ctx.push(command):
            self.select_link(command.row_id)
            self.ctx.message.emit(self.tr("Link created; set the level now and the target on the right."))

    def add_relation(self, source_id: str, target_id: str, kind: str) -> None:
        if self.board is None or self.account_id is None or not self.ctx.writable or source_id == target_id:
            return
        if any(
            r.source_id == source_id and r.target_id == target_id and r.kind.value == kind for r in self.board.relations
        ):
            return
        self.ctx.push(
            InsertRow(
                self.ctx,
                "contact_relation",
                {"account_id": self.account_id, "source_id": source_id, "target_id": target_id, "kind": kind},
                self.tr("Add line between contacts"),
                self.account_id,
                KEY,
            )
        )

    def add_contact(self, column_key: object = ..., rank: str | None = None) -> None:
        if self.board is None or self.account_id is None or not self.ctx.writable:
            return
        if column_key is ...:
            selected = [i for i in self.scene.selectedItems() if isinstance(i, PieceItem)]
            if selected:
                column_key, rank = selected[0].contact.column_id, selected[0].contact.rank.value
            else:
                column_key = self.board.columns[0].id if self.board.columns else None
        name = Dialogs.text(self, self.tr("Add contact"), self.tr("Name (leave empty for a placeholder):"))
        if name is None:
            return
        values = relations.new_contact_values(
            column_key,
            rank or "middle",
            name=name.strip(),
            placeholder=not name.strip(),  # type: ignore[arg-type]
        )
        account_id = self.account_id

        def do() -> None:
            relations.add_contact(self._ws(), account_id, values)

        def undo() -> None:
            records.delete_row(self._ws(), "contact", values["id"])

        if self.ctx.push(
            Call(self.ctx, self.tr("Add contact %1").replace("%1", name.strip() or "?"), do, undo, account_id, KEY)
        ):
            self.select_contact(values["id"])
            self.detail.contact_panel.name.setFocus()

    def delete_selection(self) -> None:
        if self.board is None or not self.ctx.writable:
            return
        rows: list[tuple[str, str]] = []
        contacts = []
        for item in self.scene.selectedItems():
            if isinstance(item, PieceItem):
                rows.append(("contact", item.contact.id))
                contacts.append(display_name(item.contact))
            elif isinstance(item, CoverageLineItem):
                rows.append(("coverage_link", item.link.id))
            elif isinstance(item, RelationLineItem):
                rows.append(("contact_relation", item.relation.id))
        if not rows:
            return
        if contacts and not Dialogs.confirm(
            self,
            self.tr("Delete contacts"),
            self.tr("Delete %1 with their links and lines? Undo brings them back.").replace("%1", ", ".join(contacts)),
            self.tr("Delete"),
        ):
            return
        self._delete(rows)

    def _delete(self, rows: list[tuple[str, str]]) -> None:
        if self.account_id is None:
            return
        state: dict[str, list[records.Snapshot]] = {}

        def do() -> None:
            state["snapshots"] = relations.delete_many(self._ws(), rows)

        def undo() -> None:
            relations.restore_many(self._ws(), state["snapshots"])

        text = self.tr("Delete %n item(s)", "", len(rows))
        self.detail.show_nothing()
        self.ctx.push(Call(self.ctx, text, do, undo, self.account_id, KEY))

    def set_level(self, contact_id: str, member_id: str, level: str | None) -> None:
        if self.board is None or self.account_id is None:
            return
        link = next((k for k in self.board.links if k.member_id == member_id and k.contact_id == contact_id), None)
        member = self.board.member_by_id[member_id].name
        contact = display_name(self.board.contact_by_id[contact_id])
        text = self.tr("Set level %1 → %2").replace("%1", member).replace("%2", contact)
        if link is None and level is not None:
            self.ctx.push(
                InsertRow(
                    self.ctx,
                    "coverage_link",
                    {
                        "account_id": self.account_id,
                        "team_member_id": member_id,
                        "contact_id": contact_id,
                        "level": level,
                    },
                    text,
                    self.account_id,
                    KEY,
                )
            )
        elif link is not None and level is None:
            self.ctx.push(DeleteRow(self.ctx, "coverage_link", link.id, text, self.account_id, KEY))
        elif link is not None and level != link.level.value:
            self.ctx.push(
                SetFields(
                    self.ctx,
                    "coverage_link",
                    link.id,
                    {"level": link.level.value},
                    {"level": level},
                    text,
                    self.account_id,
                    KEY,
                )
            )

    def set_stale_days(self, days: int) -> None:
        if self.board is None or self.account_id is None or days == self.board.stale_days:
            return
        account_id = self.account_id
        state: dict[str, int | None] = {}

        def do() -> None:
            state["old"] = relations.set_stale_days(self._ws(), account_id, days)

        def undo() -> None:
            relations.set_stale_days(self._ws(), account_id, state["old"])

        self.ctx.push(Call(self.ctx, self.tr("Stale after %n day(s)", "", days), do, undo, account_id, KEY))

    def edit_columns(self) -> None:
        if self.board is None or self.account_id is None or not self.ctx.writable:
            return
        current = ", ".join(c.name for c in self.board.columns)
        answer = Dialogs.text(
            self,
            self.tr("Departments"),
            self.tr(
                "The board's departments, left to right, separated by commas.\n"
                "Contacts of a removed department move to 'No department'."
            ),
            current,
        )
        if answer is None or answer.strip() == current:
            return
        names = [n.strip() for n in answer.split(",") if n.strip()]
        removed = [c.name for c in self.board.columns[len(names) :]]
        if removed and not Dialogs.confirm(
            self,
            self.tr("Departments"),
            self.tr("Remove %1 from the board? Its contacts move to 'No department'.").replace(
                "%1", ", ".join(removed)
            ),
            self.tr("Remove"),
        ):
            return
        account_id = self.account_id
        state: dict[str, relations.ColumnChange] = {}

        def do() -> None:
            state["change"] = relations.set_columns(self._ws(), account_id, names)

        def undo() -> None:
            relations.undo_columns(self._ws(), state["change"])

        self.ctx.push(Call(self.ctx, self.tr("Change departments"), do, undo, account_id, KEY))

    def import_contacts(self) -> None:
        if self.account_id is None or not self.ctx.writable:
            return
        path = Dialogs.open_file(
            self, self.tr("Import contacts"), self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)")
        )
        if not path:
            return
        try:
            preview = contact_import.preview(self._ws(), self.account_id, Path(path))
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Import contacts"), str(error))
            return
        if not Dialogs.import_contacts(self, preview):
            return

        def do() -> None:
            contact_import.commit(self._ws(), preview)

        def undo() -> None:
            contact_import.remove(self._ws(), list(preview.ids))

        count = len(preview.importable)
        if self.ctx.push(Call(self.ctx, self.tr("Import %n contact(s)", "", count), do, undo, self.account_id, KEY)):
            self.ctx.message.emit(self.tr("%n contact(s) imported.", "", count))
