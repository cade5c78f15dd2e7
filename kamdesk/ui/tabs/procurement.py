"""The account's procurement processes: a flowchart editor per map, with the key questions,
"what happens to this order?" and the checks beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QDrag, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.procurement import templates
from kamdesk.domain.procurement.model import NodeKind, lane_title, short_label
from kamdesk.services import procurement
from kamdesk.services.workspace import Change
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import Dialogs
from kamdesk.ui.procurement import export
from kamdesk.ui.procurement.commands import FOCUS, ChangeFields, DeleteMap, InsertMap
from kamdesk.ui.procurement.document import MapDocument
from kamdesk.ui.procurement.editor import MapEditor
from kamdesk.ui.procurement.items import kind_icon
from kamdesk.ui.procurement.panels import ChecksPanel, OrderPanel, QuestionsPanel
from kamdesk.ui.procurement.properties import PropertiesPanel
from kamdesk.ui.procurement.scene import KIND_MIME, MapScene, alive
from kamdesk.ui.procurement.view import MapView
from kamdesk.ui.tabs.base import TabPage
from kamdesk.ui.widgets import EmptyState

PALETTE_KEYS = {
    NodeKind.START: "1",
    NodeKind.STEP: "2",
    NodeKind.DECISION: "3",
    NodeKind.APPROVAL: "4",
    NodeKind.SYSTEM: "5",
    NodeKind.ORDER: "6",
    NodeKind.END: "7",
}

STYLE = """
QLabel#question_title { font-weight: 600; }
QLabel#question_source { border-radius: 7px; padding: 0px 6px; font-size: 8pt; color: white; background: #6b7280; }
QLabel#question_source[state="map"] { background: #2e7d32; }
QLabel#question_source[state="note"] { background: #1f5fa8; }
QLabel#question_conflict { color: #9a5b00; }
QLineEdit[invalid="true"] { border: 1px solid #b3261e; }
QToolButton#palette_button { text-align: left; padding: 4px 6px; }
"""


#: below this width of the tab the palette shows icons only
COMPACT_PALETTE_BELOW = 1300


class PaletteButton(QToolButton):
    """Click: add the kind at a free spot. Drag: drop it where it belongs."""

    def __init__(self, kind: NodeKind, page: ProcurementTab) -> None:
        super().__init__(objectName="palette_button")
        self.kind, self.page = kind, page
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(26, 18))
        self.setSizePolicy(self.sizePolicy().horizontalPolicy().Expanding, self.sizePolicy().verticalPolicy())
        self.clicked.connect(lambda: page.editor.add_node(kind))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton and self.page.editor.writable:
            data = QMimeData()
            data.setData(KIND_MIME, self.kind.value.encode())
            drag = QDrag(self)
            drag.setMimeData(data)
            self.setDown(False)
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class ProcurementTab(TabPage):
    key = "procurement"
    tables = procurement.TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(STYLE)
        self.document = MapDocument(self)
        self.scene = MapScene(self.document)
        self.scene.setParent(self)  # owned by Qt: never left for Python's GC after the QApplication
        self.editor = MapEditor(ctx, self.document, self.scene, self)
        self.view = MapView(self.scene)
        self.view.escape_pressed.connect(self._escape)
        self._map_by_account: dict[str, str] = {}
        self._lane_focus = -1  # the lane F6 brought into view (-1: none, the whole map)
        self._sized = False
        self._compact_palette = False
        self._workshop = False
        self._build_actions()
        self._build_toolbar()
        self._build_palette()

        self.properties = PropertiesPanel(self.editor)
        self.questions = QuestionsPanel(self.editor)
        self.order_panel = OrderPanel(self.editor)
        self.checks = ChecksPanel(self.editor)
        self.side = QTabWidget(objectName="procurement_side")
        for panel in (self.properties, self.questions, self.order_panel, self.checks):
            self.side.addTab(panel, "")
        self.side.setCurrentWidget(self.questions)
        self.side.currentChanged.connect(self._side_changed)
        self.checks.updated.connect(self._update_titles)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="procurement_splitter")
        self.splitter.addWidget(self.palette)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.splitter.setSizes([120, 800, 350])

        self.empty = EmptyState()
        self.empty_buttons = QWidget()
        row = QVBoxLayout(self.empty_buttons)
        row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.template_buttons: list[QPushButton] = []
        for template in templates.TEMPLATES:
            button = QPushButton(objectName=f"start_{template.key}")
            button.clicked.connect(lambda _=False, t=template: self.new_map(t))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.template_buttons.append(button)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.empty_buttons)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty_page)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        FOCUS.requested.connect(self._focus_map)
        self.scene.selectionChanged.connect(self._update_actions)
        self.ctx.undo_stack.indexChanged.connect(self._update_actions)
        self.retranslate()

    # -- building --------------------------------------------------------------------------

    def _action(self, name: str, slot, keys: list[str] | None = None, view_only: bool = True) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self, objectName=name)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if view_only else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        (self.view if view_only else self).addAction(action)
        return action

    def _build_actions(self) -> None:
        e = self.editor
        self.delete_action = self._action("procurement_delete", e.delete_selection, ["Del", "Backspace"])
        self.copy_action = self._action("procurement_copy", e.copy, ["Ctrl+C"])
        self.cut_action = self._action("procurement_cut", e.cut, ["Ctrl+X"])
        self.paste_action = self._action("procurement_paste", e.paste, ["Ctrl+V"])
        self.select_all_action = self._action("procurement_select_all", e.select_all, ["Ctrl+A"])
        self.tidy_action = self._action("procurement_tidy", e.tidy, ["Ctrl+L"], view_only=False)
        # Ctrl++, Ctrl+- and Ctrl+0 are the window's (ui/presenting.py): they reach this view from anywhere
        self.zoom_in_action = self._action("procurement_zoom_in", self.view.zoom_in, ["+", "="])
        self.zoom_out_action = self._action("procurement_zoom_out", self.view.zoom_out, ["-"])
        self.fit_action = self._action("procurement_fit", lambda: self.view.fit(), ["0"])
        self.snap_action = self._action("procurement_snap", self._toggle_snap, ["G"])
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(True)
        self.add_lane_action = self._action("procurement_add_lane", e.add_lane)
        for key, (dx, dy) in {"Left": (-20, 0), "Right": (20, 0), "Up": (0, -20), "Down": (0, 20)}.items():
            self._action(f"procurement_nudge_{key.lower()}", lambda _=False, d=(dx, dy): self._arrow(*d), [key])
        self.rename_action = self._action("procurement_rename_map", self.rename_map)
        self.duplicate_action = self._action("procurement_duplicate_map", self.duplicate_map)
        self.delete_map_action = self._action("procurement_delete_map", self.delete_map)
        self.export_svg_action = self._action("procurement_export_svg", lambda: self.export_image("svg"))
        self.export_png_action = self._action("procurement_export_png", lambda: self.export_image("png"))
        self.export_bpmn_action = self._action("procurement_export_bpmn", self.export_bpmn)
        self.import_bpmn_action = self._action("procurement_import_bpmn", self.import_bpmn)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(objectName="procurement_toolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.map_label = QLabel()
        self.map_combo = QComboBox(objectName="procurement_map_combo")
        self.map_combo.setMinimumContentsLength(30)
        self.map_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.map_combo.activated.connect(lambda _i: self.show_map(self.map_combo.currentData()))
        self.new_menu = QMenu(self)
        self.new_button = QToolButton(objectName="procurement_new_map")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(self.new_menu)
        self.new_actions = []
        for template in templates.TEMPLATES:
            action = self.new_menu.addAction("")
            action.triggered.connect(lambda _=False, t=template: self.new_map(t))
            self.new_actions.append(action)
        self.new_menu.addSeparator()
        self.new_menu.addAction(self.import_bpmn_action)
        self.map_menu = QMenu(self)
        for action in (self.rename_action, self.duplicate_action):
            self.map_menu.addAction(action)
        self.map_menu.addSeparator()
        for action in (self.export_svg_action, self.export_png_action, self.export_bpmn_action):
            self.map_menu.addAction(action)
        self.map_menu.addSeparator()
        self.map_menu.addAction(self.delete_map_action)
        self.map_button = QToolButton(objectName="procurement_map_menu")
        self.map_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.map_button.setMenu(self.map_menu)
        self.toolbar.addWidget(self.map_label)
        self.toolbar.addWidget(self.map_combo)
        self.toolbar.addWidget(self.new_button)
        self.toolbar.addWidget(self.map_button)
        self.toolbar.addSeparator()
        for action in (self.add_lane_action, self.tidy_action, self.snap_action):
            self.toolbar.addAction(action)
        self.zoom_separator = self.toolbar.addSeparator()
        # the toolbar's own buttons for the view's zoom actions: hidden in workshop mode, where the
        # facilitator's toolbar has them (hiding the actions themselves would switch off their keys)
        self.zoom_buttons: dict[QAction, QAction] = {}
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QAction(self)
            button.triggered.connect(action.trigger)
            self.toolbar.addAction(button)
            self.zoom_buttons[action] = button

    def _build_palette(self) -> None:
        inner = QWidget(objectName="procurement_palette_content")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 8, 6, 8)
        self.palette_title = QLabel()
        self.palette_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.palette_title)
        self.palette_buttons: dict[NodeKind, PaletteButton] = {}
        for kind in NodeKind:
            button = PaletteButton(kind, self)
            layout.addWidget(button)
            self.palette_buttons[kind] = button
            self._action(
                f"procurement_add_{kind.value}", lambda _=False, k=kind: self.editor.add_node(k), [PALETTE_KEYS[kind]]
            )
        self.palette_hint = QLabel(objectName="palette_hint")
        self.palette_hint.setWordWrap(True)
        self.palette_hint.setStyleSheet("color: palette(mid); font-size: 8pt;")
        layout.addSpacing(8)
        layout.addWidget(self.palette_hint)
        layout.addStretch(1)
        self.palette = QScrollArea(objectName="procurement_palette")
        self.palette.setWidgetResizable(True)
        self.palette.setFrameShape(QFrame.Shape.NoFrame)
        self.palette.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.palette.setWidget(inner)
        self.palette.setMinimumWidth(150)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        def tip(action: QAction, text: str) -> None:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)

        texts = {
            self.delete_action: self.tr("Delete"),
            self.copy_action: self.tr("Copy"),
            self.cut_action: self.tr("Cut"),
            self.paste_action: self.tr("Paste"),
            self.select_all_action: self.tr("Select all"),
            self.tidy_action: self.tr("Tidy layout"),
            self.zoom_in_action: self.tr("Zoom in"),
            self.zoom_out_action: self.tr("Zoom out"),
            self.fit_action: self.tr("Fit"),
            self.snap_action: self.tr("Snap to grid"),
            self.add_lane_action: self.tr("Add lane"),
            self.rename_action: self.tr("Rename…"),
            self.duplicate_action: self.tr("Duplicate"),
            self.delete_map_action: self.tr("Delete map…"),
            self.export_svg_action: self.tr("Export as SVG…"),
            self.export_png_action: self.tr("Export as PNG…"),
            self.export_bpmn_action: self.tr("Export as BPMN 2.0…"),
            self.import_bpmn_action: self.tr("Import BPMN 2.0…"),
        }
        for action, text in texts.items():
            action.setText(text)
            tip(action, text)
        self.tidy_action.setToolTip(self.tr("Arrange the nodes left to right by flow, one row per lane (Ctrl+L)"))
        self.zoom_in_action.setToolTip(self.tr("Zoom in (+ or Ctrl+wheel)"))
        self.zoom_out_action.setToolTip(self.tr("Zoom out (- or Ctrl+wheel)"))
        self.fit_action.setToolTip(self.tr("Fit the whole map into view (0)"))
        self.map_label.setText(self.tr("Map:") + " ")
        self.map_combo.setToolTip(self.tr("The account's procurement processes"))
        self.new_button.setText(self.tr("New map"))
        self.new_button.setToolTip(self.tr("Start a new map, from a template or a BPMN file"))
        self.map_button.setText(self.tr("Map"))
        self.map_button.setToolTip(self.tr("Rename, duplicate, export or delete this map"))
        self.zoom_in_action.setText("+")
        self.zoom_out_action.setText("−")
        for action, button in self.zoom_buttons.items():
            button.setText(action.text())
            button.setToolTip(action.toolTip())
        for action, template in zip(self.new_actions, templates.TEMPLATES, strict=True):
            action.setText(template.label)
            action.setToolTip(template.explanation)
        self.new_menu.setToolTipsVisible(True)
        self.palette_title.setText(self.tr("Palette"))
        for kind, button in self.palette_buttons.items():
            button.setText(short_label(kind))
            button.setIcon(kind_icon(kind))
            button.setToolTip(
                kind.label
                + " — "
                + self.tr("click to add, or drag onto the map (key %1)").replace("%1", PALETTE_KEYS[kind])
            )
        self.palette_hint.setText(
            self.tr(
                "Drag from a node's port (the dots) to another node to connect. Space or middle button drag pans; "
                "Ctrl+wheel zooms; Del deletes; Ctrl+Z undoes."
            )
        )
        self.empty.setText(
            self.tr(
                "No procurement map yet.\n\nHow does this customer order? Start from one of the situations below "
                "and adapt it, or import a BPMN file."
            )
        )
        for button, template in zip(self.template_buttons, templates.TEMPLATES, strict=True):
            button.setText(template.label)
            button.setToolTip(template.explanation)
        self._update_titles()

    def _update_titles(self) -> None:
        self.side.setTabText(0, self.tr("Properties"))
        self.side.setTabText(1, self.tr("Questions"))
        self.side.setTabToolTip(1, self.tr("The key questions about this procurement process"))
        self.side.setTabText(2, self.tr("Order"))
        self.side.setTabToolTip(2, self.tr("What happens to an order? Its path through the map"))
        problems = self.checks.problem_count() if self.document.map else 0
        self.side.setTabText(3, self.tr("Checks (%1)").replace("%1", str(problems)) if problems else self.tr("Checks"))

    # -- maps ------------------------------------------------------------------------------

    def reload(self) -> None:
        self._fill_maps()
        wanted = self._map_by_account.get(self.account_id or "")
        ids = [self.map_combo.itemData(i) for i in range(self.map_combo.count())]
        self.show_map(wanted if wanted in ids else (ids[0] if ids else None), fit=True)

    def _fill_maps(self) -> None:
        current = self.map_combo.currentData()
        self.map_combo.clear()
        if self.account_id and self.ctx.ws is not None:
            for summary in procurement.maps(self.ctx.ws, self.account_id):
                self.map_combo.addItem(summary.name, summary.id)
        self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(current)))

    def show_map(self, map_id: str | None, fit: bool = False) -> None:
        changed = map_id != self.document.map_id
        try:
            self.document.load(self.ctx.ws, map_id)
        except KamdeskError:
            self.document.load(None, None)
        self.editor.account_id = self.account_id
        if map_id and self.account_id:
            self._map_by_account[self.account_id] = map_id
        self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(map_id)))
        self.stack.setCurrentIndex(1 if self.document.map else 0)
        if changed or fit:
            self.view.fit_when_shown()
        self._update_actions()

    def on_changes(self, changes: list[Change]) -> None:
        if not self.account_id or not any(c.table in self.tables for c in changes):
            return
        if any(c.table == procurement.MAP for c in changes):
            self._fill_maps()
        if self.ctx.ws is not None and not self.document.apply(self.ctx.ws, changes):
            first = self.map_combo.itemData(0) if self.map_combo.count() else None
            self.show_map(first, fit=True)
        elif self.document.map is None and self.map_combo.count():
            self.show_map(self.map_combo.itemData(self.map_combo.count() - 1), fit=True)

    def _focus_map(self, account_id: str, map_id: str) -> None:
        if account_id == self.account_id and map_id != self.document.map_id and self.map_combo.findData(map_id) >= 0:
            self.show_map(map_id, fit=True)

    def new_map(self, template: templates.Template) -> None:
        if not self.account_id or not self.ctx.writable:
            return
        pmap = template.build()
        pmap = templates.renumbered(pmap, procurement.suggest_name(self.ctx.workspace(), self.account_id, pmap.name))
        if self.ctx.push(InsertMap(self.ctx, self.tr("New map “%1”").replace("%1", pmap.name), self.account_id, pmap)):
            self._fill_maps()
            self.show_map(pmap.id, fit=True)

    def rename_map(self) -> None:
        pmap = self.document.map
        if pmap is None or not self.ctx.writable:
            return
        name = Dialogs.text(self, self.tr("Rename map"), self.tr("Name of the procurement map:"), pmap.name)
        if name is None or name.strip() == pmap.name:
            return
        command = ChangeFields(
            self.ctx,
            self.tr("Rename map"),
            self.account_id,
            pmap.id,
            [(procurement.MAP, pmap.id, {"name": name}, {"name": pmap.name})],
        )
        self.ctx.push(command)

    def duplicate_map(self) -> None:
        if self.document.map is None or not self.account_id or not self.ctx.writable:
            return
        name = procurement.suggest_name(self.ctx.workspace(), self.account_id, self.document.map.name)
        copy = templates.renumbered(self.document.snapshot(), name)
        if self.ctx.push(InsertMap(self.ctx, self.tr("Duplicate map “%1”").replace("%1", name), self.account_id, copy)):
            self._fill_maps()
            self.show_map(copy.id, fit=True)

    def delete_map(self) -> None:
        pmap = self.document.map
        if pmap is None or not self.account_id or not self.ctx.writable:
            return
        text = self.tr("Delete the procurement map “%1” with all its nodes? You can undo this.").replace(
            "%1", pmap.name
        )
        if Dialogs.confirm(self, self.tr("Delete map"), text, self.tr("Delete")):
            self.ctx.push(
                DeleteMap(self.ctx, self.tr("Delete map “%1”").replace("%1", pmap.name), self.account_id, pmap.id)
            )

    # -- files -----------------------------------------------------------------------------

    def export_image(self, kind: str) -> None:
        pmap = self.document.map
        if pmap is None:
            return
        filters = self.tr("SVG image (*.svg)") if kind == "svg" else self.tr("PNG image (*.png)")
        path = Dialogs.save_file(self, self.tr("Export map"), filters, f"{pmap.name}.{kind}")
        if not path:
            return
        target = Path(path if path.lower().endswith(f".{kind}") else f"{path}.{kind}")
        if kind == "svg":
            export.write_svg(self.scene, target, pmap.name)
            ok = target.exists()
        else:
            ok = export.write_png(self.scene, target)
        message = self.tr("Map exported to %1") if ok else self.tr("Could not write %1")
        self.ctx.message.emit(message.replace("%1", str(target)))

    def export_bpmn(self) -> None:
        from kamdesk.exchange import bpmn_export
        from kamdesk.services import accounts
        from kamdesk.services.bundles import write_atomically

        pmap = self.document.map
        if pmap is None or self.ctx.ws is None or not self.account_id:
            return
        path = Dialogs.save_file(self, self.tr("Export BPMN"), self.tr("BPMN 2.0 (*.bpmn)"), f"{pmap.name}.bpmn")
        if not path:
            return
        target = Path(path if path.lower().endswith(".bpmn") else f"{path}.bpmn")
        try:
            account = accounts.get(self.ctx.ws, self.account_id)
            write_atomically(target, bpmn_export.to_xml(self.document.snapshot(), account.name))
        except (KamdeskError, OSError) as error:
            Dialogs.error(self, self.tr("Export BPMN"), str(error))
            return
        self.ctx.message.emit(self.tr("Map exported to %1").replace("%1", str(target)))

    def import_bpmn(self) -> None:
        from dataclasses import replace

        from kamdesk.exchange import bpmn_import

        if not self.account_id or not self.ctx.writable:
            return
        path = Dialogs.open_file(self, self.tr("Import BPMN"), self.tr("BPMN 2.0 (*.bpmn *.xml);;All files (*)"))
        if not path:
            return
        try:
            result = bpmn_import.read(Path(path))
        except KamdeskError as error:
            Dialogs.error(self, self.tr("Import BPMN"), str(error))
            return
        name = procurement.suggest_name(self.ctx.workspace(), self.account_id, result.map.name)
        pmap = replace(result.map, name=name)
        if not self.ctx.push(InsertMap(self.ctx, self.tr("Import “%1”").replace("%1", name), self.account_id, pmap)):
            return
        self._fill_maps()
        self.show_map(pmap.id, fit=True)
        if result.report:
            lines = "\n".join(f"• {line}" for line in result.report)
            Dialogs.info(
                self,
                self.tr("Import BPMN"),
                self.tr("“%1” was imported. Not represented in kamdesk:").replace("%1", name) + "\n\n" + lines,
            )
        else:
            self.ctx.message.emit(self.tr("“%1” was imported completely.").replace("%1", name))

    # -- state -----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        """Give the side panel room for all its tabs where the window allows (until the user
        drags the splitter)."""
        super().resizeEvent(event)
        self._size_panels()

    def _size_panels(self) -> None:
        width = self.width()  # the splitter fills the page, but is resized only after this page is
        self._set_compact_palette(0 < width < COMPACT_PALETTE_BELOW)
        if not self._sized and width > 600:
            side = int(min(max(330, self.side.tabBar().sizeHint().width() + 8), width * 0.36))
            palette = self.palette.minimumWidth()
            self.splitter.setSizes([palette, width - palette - side, side])

    def _set_compact_palette(self, on: bool) -> None:
        """Where the map is short of room (a laptop, a projector at 1280 × 720), the palette is a
        strip of icons: its names are in the tooltips and on the keys 1–7."""
        if on == self._compact_palette:
            return
        self._compact_palette = on
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if on else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for button in self.palette_buttons.values():
            button.setToolButtonStyle(style)
        self.palette_title.setVisible(not on)
        self.palette_hint.setVisible(not on and not self._workshop)
        before = self.palette.width()
        self._fit_palette()
        sizes = self.splitter.sizes()
        if len(sizes) == 3 and sizes[0]:
            sizes[1] += sizes[0] - self.palette.minimumWidth()
            sizes[0] = self.palette.minimumWidth()
            self.splitter.setSizes(sizes)
        elif before:
            self.palette.resize(self.palette.minimumWidth(), self.palette.height())

    def _fit_palette(self) -> None:
        content = self.palette.widget()
        content.layout().activate()
        scrollbar = self.palette.verticalScrollBar().sizeHint().width()
        natural = content.sizeHint().width() + scrollbar
        self.palette.setMinimumWidth(natural if self._compact_palette else max(150, natural))

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._sized = True

    def _side_changed(self, _index: int) -> None:
        self.order_panel.set_active(self.side.currentWidget() is self.order_panel)

    def _toggle_snap(self) -> None:
        self.editor.snap_enabled = self.snap_action.isChecked()
        self.view.set_grid_visible(self.editor.snap_enabled)

    def _arrow(self, dx: float, dy: float) -> None:
        """Arrow keys nudge the selected nodes; with nothing selected they pan the map."""
        if self.scene.selected_ids()[0]:
            self.editor.nudge(dx, dy)
        else:
            self.view.pan(dx / 20 * 0.15, dy / 20 * 0.15)

    # -- presenting ------------------------------------------------------------------------

    def scene_view(self) -> MapView | None:
        return self.view if self.stack.currentIndex() == 1 else None

    def set_workshop(self, on: bool, scale: float) -> None:
        from kamdesk.ui.presenting import readable_zoom
        from kamdesk.ui.procurement.view import READABLE

        self.view.readable = max(READABLE, readable_zoom(scale)) if on else READABLE
        self._lane_focus = -1
        self._workshop = on
        self.palette_hint.setVisible(not on and not self._compact_palette)  # small print: unreadable on a projector
        self.zoom_separator.setVisible(not on)
        for button in self.zoom_buttons.values():
            button.setVisible(not on)
        self.map_combo.setMinimumContentsLength(16 if on else 30)
        self._fit_palette()
        self._size_panels()
        self.view.fit_when_shown()

    def focus_next(self, step: int) -> str:
        """Cycle the focus through the map's lanes (and back to the whole map), zoomed to each."""
        lanes = sorted(self.scene.lane_items.values(), key=lambda item: item.band.rect.y)
        if self.scene_view() is None or not lanes:
            return ""
        count = len(lanes) + 1  # the lanes, then the whole map
        self._lane_focus = (self._lane_focus + 1 + step) % count - 1
        hint = self.tr("F6 next, Shift+F6 previous, Ctrl+0 the whole map")
        if self._lane_focus < 0:
            self.view.fit(self.view.readable)
            return self.tr("The whole map") + " — " + hint
        lane = lanes[self._lane_focus]
        r = lane.band.rect
        self.view.show_rect(QRectF(r.x, r.y, r.w, r.h).adjusted(-10, -10, 10, 10), self.view.readable)
        return (
            self.tr("Lane %1 of %2: %3")
            .replace("%1", str(self._lane_focus + 1))
            .replace("%2", str(len(lanes)))
            .replace("%3", lane_title(lane.lane))
            + " — "
            + hint
        )

    def _escape(self) -> None:
        if not self.editor.tools.cancel():
            self.scene.clearSelection()

    def _update_actions(self, *_args: object) -> None:
        if not alive(self.scene):
            return
        has_map = self.document.map is not None
        writable = self.editor.writable
        nodes, edges, lanes = self.scene.selected_ids()
        self.delete_action.setEnabled(writable and bool(nodes or edges or lanes))
        self.copy_action.setEnabled(bool(nodes))
        self.cut_action.setEnabled(writable and bool(nodes))
        for action in (self.tidy_action, self.add_lane_action, self.rename_action, self.delete_map_action):
            action.setEnabled(writable)
        self.duplicate_action.setEnabled(writable)
        for action in (self.export_svg_action, self.export_png_action, self.export_bpmn_action):
            action.setEnabled(has_map)
        self.import_bpmn_action.setEnabled(self.ctx.writable)
        self.new_button.setEnabled(self.ctx.writable)
        for button in self.palette_buttons.values():
            button.setEnabled(writable)
