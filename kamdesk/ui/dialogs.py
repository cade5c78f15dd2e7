"""Every modal question kamdesk asks, behind one class that tests can replace.

Tests set e.g. ``Dialogs.confirm = lambda *a, **k: True`` instead of clicking a modal box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Dialogs:
    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before something destructive; ``action`` labels the button that goes ahead."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def text(cls, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        result, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return result if ok else None

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path or None

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    @classmethod
    def account_import(cls, dialog: QDialog) -> bool:
        """Show the account import preview (``ui.account_import_dialog``); True: import."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def export_plan(
        cls, parent: QWidget | None, account: str, preview_for: object, language: str
    ) -> tuple[str, str] | None:
        """Edition and language for the PDF plan, after showing what the customer edition leaves out."""
        from kamdesk.ui.plan_export import PlanExportDialog

        return PlanExportDialog.ask(parent, account, preview_for, language)  # type: ignore[arg-type]

    @classmethod
    def import_contacts(cls, parent: QWidget | None, preview: object) -> bool:
        """Show what a contact import would do; True to go ahead."""
        from kamdesk.ui.tabs.relations.import_dialog import ContactImportDialog

        return ContactImportDialog(preview, parent).exec() == ContactImportDialog.DialogCode.Accepted
