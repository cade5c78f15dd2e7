"""File → Export Plan as PDF: choose the edition and language, and see — before anything is
written — what the customer edition leaves out."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import i18n

PreviewFor = Callable[[str], Any]  # language → services.plan_report.Preview


class PlanExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, account: str, preview_for: PreviewFor, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("plan_export_dialog")
        self.preview_for = preview_for
        self.setWindowTitle(self.tr("Export Plan as PDF"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Key Account Plan for <b>%1</b>").replace("%1", escape(account)))
        self.internal = QRadioButton(self.tr("&Internal edition — for the account team and the mentor"))
        self.internal.setObjectName("plan_export_internal")
        self.customer = QRadioButton(self.tr("&Customer edition — to hand over to the customer"))
        self.customer.setObjectName("plan_export_customer")
        self.customer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.internal)
        group.addButton(self.customer)
        self.language = QComboBox(objectName="plan_export_language")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        self.preview_box = QGroupBox(self.tr("What the customer edition leaves out"))
        self.preview_list = QListWidget(objectName="plan_export_preview")
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        box = QVBoxLayout(self.preview_box)
        box.addWidget(self.preview_note)
        box.addWidget(self.preview_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.internal)
        layout.addWidget(self.customer)
        layout.addLayout(form)
        layout.addWidget(self.preview_box, 1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.customer.toggled.connect(lambda _c: self.refresh())
        self.refresh()
        # In front of the customer only the customer edition can be written, and not even the
        # list of what it leaves out is shown.
        self.customer_safe = bool(getattr(getattr(parent, "ctx", None), "customer_safe", False))
        if self.customer_safe:
            self.internal.setEnabled(False)
            self.internal.setToolTip(self.tr("Turn the customer-safe view off to export the internal edition."))
            self.preview_box.hide()

    def choice(self) -> tuple[str, str]:
        return ("customer" if self.customer.isChecked() else "internal", self.language.currentData())

    def refresh(self) -> None:
        preview = self.preview_for(self.language.currentData())
        self.preview_list.clear()
        for title in preview.left_out_chapters:
            self.preview_list.addItem(self.tr("Chapter “%1”").replace("%1", title))
        for line in preview.left_out:
            self.preview_list.addItem(line)
        if self.customer.isChecked():
            self.preview_note.setText(
                self.tr("The customer edition has the chapters %1. It leaves out:").replace(
                    "%1", ", ".join(preview.chapters)
                )
            )
        else:
            self.preview_note.setText(
                self.tr(
                    "The internal edition has everything. For the customer, export the customer edition; it "
                    "would leave out:"
                )
            )
        self.preview_box.setEnabled(True)

    @classmethod
    def ask(
        cls, parent: QWidget | None, account: str, preview_for: PreviewFor, language: str
    ) -> tuple[str, str] | None:
        dialog = cls(parent, account, preview_for, language)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def export_plan(window: Any) -> None:
    """The whole move from the File menu: ask, choose a file, write it, say so."""
    from pathlib import Path

    from kamdesk.domain.errors import KamdeskError
    from kamdesk.services import accounts, plan_report
    from kamdesk.ui.dialogs import Dialogs

    ws, account_id = window.ctx.ws, window.current_account_id()
    if ws is None or not account_id:
        return
    window.view.commit_pending()
    title = QCoreApplication.translate("PlanExportDialog", "Export Plan as PDF")
    try:
        account = accounts.get(ws, account_id)
        choice = Dialogs.export_plan(
            window, account.name, lambda lang: plan_report.preview(ws, account_id, lang), i18n.language()
        )
        if choice is None:
            return
        edition, lang = choice
        if window.ctx.customer_safe:
            edition = "customer"  # never the internal edition while the customer may be watching
        if edition == "customer":
            label = QCoreApplication.translate("PlanExportDialog", "customer edition")
        else:
            label = QCoreApplication.translate("PlanExportDialog", "internal edition")
        plan_name = QCoreApplication.translate("PlanExportDialog", "Key Account Plan")
        path = Dialogs.save_file(
            window,
            title,
            QCoreApplication.translate("PlanExportDialog", "PDF document (*.pdf)"),
            f"{account.name} – {plan_name} ({label}).pdf",
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        result = plan_report.export_pdf(ws, account_id, edition, lang, Path(path))
    except KamdeskError as error:
        Dialogs.error(window, title, str(error))
        return
    done = i18n.plural(
        result.pages,
        QCoreApplication.translate("PlanExportDialog", "%n page written to %1."),
        QCoreApplication.translate("PlanExportDialog", "%n pages written to %1."),
    )
    window.statusBar().showMessage(done.replace("%1", path), 8000)
