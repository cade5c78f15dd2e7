"""Import accounts from a CSV/xlsx list: what was detected, which column becomes which field
(changeable), a preview of the rows, and every problem with its row number — before anything
is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import i18n
from kamdesk.domain.dates import format_date
from kamdesk.exchange.account_table import ENUMS, FIELDS, RawTable
from kamdesk.services import account_import
from kamdesk.services.account_import import ImportPlan
from kamdesk.services.workspace import Workspace
from kamdesk.ui.badges import BAD
from kamdesk.ui.editors import format_amount

PREVIEW_ROWS = 200


class AccountImportDialog(QDialog):
    def __init__(self, ws: Workspace, table: RawTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_import_dialog")
        self.ws, self.table = ws, table
        self.plan: ImportPlan | None = None
        self.error = ""
        self.resize(1000, 680)

        self.detected = QLabel(objectName="import_detected")
        self.detected.setWordWrap(True)
        self.mapping = QTableWidget(objectName="import_mapping")
        self.mapping.setColumnCount(3)
        self.mapping.verticalHeader().hide()
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []

        self.preview = QTableWidget(objectName="import_preview")
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.problems = QListWidget(objectName="import_problems")
        self.problems_label = QLabel(objectName="import_problems_label")
        self.skip = QCheckBox(objectName="import_skip")
        self.skip.toggled.connect(lambda _c: self._update_button())
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(objectName="import_go")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(objectName="import_preview_label")
        lower_layout.addWidget(self.preview_label)
        lower_layout.addWidget(self.preview, 3)
        lower_layout.addWidget(self.problems_label)
        lower_layout.addWidget(self.problems, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mapping)
        split.addWidget(lower)
        split.setStretchFactor(1, 2)
        split.setSizes([250, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(split, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self._fill_mapping()
        self.retranslate()
        self.replan()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import accounts"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.skip.setText(self.tr("Leave out the rows with problems and import the others"))
        t = self.table
        if t.kind == "csv":
            separator = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab"), "|": "|"}[t.delimiter]
            what = self.tr("CSV file, %1-separated, %2").replace("%1", separator).replace("%2", t.encoding)
        else:
            what = self.tr("Excel workbook, sheet “%1”").replace("%1", t.sheet)
        decimal = self.tr("decimal comma") if t.decimal == "," else self.tr("decimal point")
        self.detected.setText(
            self.tr("<b>%1</b> — %2, %3, %n data row(s). Check which column becomes which field:", "", len(t.rows))
            .replace("%1", Path(t.source).name)
            .replace("%2", what)
            .replace("%3", decimal)
        )

    # -- mapping -----------------------------------------------------------------------------

    def _fill_mapping(self) -> None:
        recognised = account_import.account_table.recognise(self.table.headers)
        self.mapping.setRowCount(len(self.table.headers))
        for column, header in enumerate(self.table.headers):
            self.mapping.setItem(column, 0, QTableWidgetItem(header))
            samples = [self._cell(cells, column) for _n, cells in self.table.rows[:20]]
            samples = [s for s in samples if s][:3]
            self.mapping.setItem(column, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox(objectName=f"import_field_{column}")
            combo.addItem(self.tr("— do not import —"), None)
            for spec in FIELDS:
                combo.addItem(i18n.lookup("AccountField", spec.label), spec.field)
            combo.setCurrentIndex(max(0, combo.findData(recognised[column])))
            combo.activated.connect(lambda _i, c=column: self._mapping_changed(c))
            self.mapping.setCellWidget(column, 2, combo)
            self.combos.append(combo)

    def _cell(self, cells: list[Any], column: int) -> str:
        value = cells[column] if column < len(cells) else None
        return "" if value is None else str(value).strip()[:40]

    def current_mapping(self) -> list[str | None]:
        return [c.currentData() for c in self.combos]

    def set_field(self, column: int, field: str | None) -> None:
        """Map a file column to a field (what the user does with the combo box)."""
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(field)))
        self._mapping_changed(column)

    def _mapping_changed(self, column: int) -> None:
        chosen = self.combos[column].currentData()
        if chosen is not None:  # a field can come from one column only
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.setCurrentIndex(0)
        self.replan()

    # -- preview -----------------------------------------------------------------------------

    def replan(self) -> None:
        from kamdesk.domain.errors import KamdeskError

        try:
            self.plan = account_import.plan(self.ws, self.table, self.current_mapping())
            self.error = ""
        except KamdeskError as error:
            self.plan, self.error = None, str(error)
        self._show_preview()
        self._update_button()

    def _show_preview(self) -> None:
        fields = [f for f in self.current_mapping() if f]
        specs = {s.field: s for s in FIELDS}
        self.preview.clear()
        self.preview.setColumnCount(len(fields) + 1)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row")] + [i18n.lookup("AccountField", specs[f].label) for f in fields]
        )
        rows = self.plan.rows[:PREVIEW_ROWS] if self.plan else []
        self.preview.setRowCount(len(rows))
        red = QBrush(QColor(BAD))
        for r, row in enumerate(rows):
            marker = QTableWidgetItem(str(row.row))
            self.preview.setItem(r, 0, marker)
            for c, field in enumerate(fields, start=1):
                item = QTableWidgetItem(_shown(field, row.values.get(field)))
                self.preview.setItem(r, c, item)
            if row.problems:
                tip = "\n".join(str(p) for p in row.problems)
                for c in range(len(fields) + 1):
                    cell = self.preview.item(r, c)
                    cell.setForeground(red)
                    cell.setToolTip(tip)
                marker.setText(f"⚠ {row.row}")
        self.preview.resizeColumnsToContents()
        total = len(self.plan.rows) if self.plan else 0
        self.preview_label.setText(
            self.tr("Preview (%n row(s))", "", total)
            if total <= PREVIEW_ROWS
            else self.tr("Preview: the first %1 of %n rows", "", total).replace("%1", str(PREVIEW_ROWS))
        )
        self.problems.clear()
        if self.error:
            self.problems.addItem(self.error)
        for problem in self.plan.problems if self.plan else []:
            self.problems.addItem(str(problem))
        count = len(self.plan.bad_rows) if self.plan else 0
        self.problems_label.setText(
            self.tr("Problems: none — every row can be imported.")
            if not count and not self.error
            else self.tr("Problems in %n row(s) — nothing is imported until they are fixed or left out:", "", count)
        )
        self.problems_label.setStyleSheet("" if not count and not self.error else f"color: {BAD}; font-weight: 600;")
        self.problems.setVisible(self.problems.count() > 0)

    def _update_button(self) -> None:
        plan = self.plan
        good = len(plan.good_rows) if plan else 0
        bad = len(plan.bad_rows) if plan else 0
        self.skip.setVisible(bad > 0)
        allowed = plan is not None and good > 0 and (bad == 0 or self.skip.isChecked())
        self.import_button.setEnabled(allowed)
        self.import_button.setText(self.tr("Import %n account(s)", "", good))

    def skip_problems(self) -> bool:
        return bool(self.plan and self.plan.bad_rows) and self.skip.isChecked()


def _shown(field: str, value: Any) -> str:
    from datetime import date
    from decimal import Decimal

    if value is None:
        return ""
    if field in ENUMS:
        return str(ENUMS[field](value).label)
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value).replace("\n", " ")
