"""Preferences: the UI language (applied at once, no restart)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kamdesk.domain import i18n as domain_i18n
from kamdesk.ui import i18n, settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(objectName="settings_language")
        system = domain_i18n.LANGUAGE_NAMES[domain_i18n.system_language()]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code in domain_i18n.LANGUAGES:
            self.language.addItem(domain_i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._apply_language)

        form = QFormLayout()
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _apply_language(self) -> None:
        preference = str(self.language.currentData())
        settings.put(settings.LANGUAGE, preference)
        i18n.install(i18n.effective_language(preference))
        self.setWindowTitle(self.tr("Settings"))
