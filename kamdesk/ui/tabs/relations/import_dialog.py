"""The preview of a contact import: every entry with what will happen to it and why."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.contact_import import ImportPreview


class ContactImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(880, 480)
        summary = QLabel(objectName="contact_import_summary")
        summary.setWordWrap(True)
        table = QTableWidget(len(preview.drafts), 5, objectName="contact_import_table")
        table.setHorizontalHeaderLabels(
            [self.tr("Entry"), self.tr("Name"), self.tr("Job title"), self.tr("Department"), self.tr("Result")]
        )
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, draft in enumerate(preview.drafts):
            if draft.errors:
                result, color = "; ".join(draft.errors), "#fde2e2"
            elif draft.duplicate_of:
                result, color = self.tr("skipped: %1").replace("%1", draft.duplicate_of), "#f3f4f6"
            else:
                result = "; ".join([self.tr("will be added"), *draft.notes])
                color = "#fff7e0" if draft.notes else "#e7f6ea"
            for column, text in enumerate((draft.where, draft.name, draft.title, draft.department, result)):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(color)))
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        go = buttons.addButton(
            self.tr("Import %n contact(s)", "", len(preview.importable)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if preview.errors:
            go.setEnabled(False)
            summary.setText(
                self.tr(
                    "%n entry(s) cannot be imported; fix the file and try again. Nothing has been imported.",
                    "",
                    sum(1 for d in preview.drafts if d.errors),
                )
            )
        else:
            summary.setText(
                self.tr("%1 new, %2 already known (skipped). Undo removes the whole import again.")
                .replace("%1", str(len(preview.importable)))
                .replace("%2", str(len(preview.duplicates)))
            )
            go.setEnabled(bool(preview.importable))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
