"""Preferences: the UI language (applied at once, no restart), and the open workspace's own
settings — the days without contact after which a relationship counts as stale, for accounts
that have not set their own. Workspace settings are stored in the workspace, undoably."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import i18n as domain_i18n
from kamdesk.ui import i18n, settings
from kamdesk.ui.context import AppContext
from kamdesk.ui.undo import Call


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.ctx = ctx
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.workspace_box = self._workspace_settings()
        if self.workspace_box is not None:
            layout.addWidget(self.workspace_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _workspace_settings(self) -> QGroupBox | None:
        """The open workspace's settings; none without a workspace or in front of the customer
        (the threshold is an internal judgement)."""
        ctx = self.ctx
        if ctx is None or ctx.ws is None or ctx.customer_safe:
            return None
        from kamdesk.services import relations

        box = QGroupBox(self.tr("This workspace"), objectName="settings_workspace")
        self.stale_days = QSpinBox(objectName="settings_stale_days")
        self.stale_days.setRange(1, 3650)
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setKeyboardTracking(False)
        self.stale_days.setValue(relations.workspace_default_stale_days(ctx.ws))
        self.stale_days.setEnabled(ctx.writable)
        self.stale_days.setToolTip(
            self.tr(
                "A relationship without contact for longer counts as stale on the board. "
                "An account can set its own number beside its key issues."
            )
        )
        self.stale_days.valueChanged.connect(self._apply_stale_days)
        form = QFormLayout(box)
        label = QLabel(self.tr("Relationships go &stale after:"))
        label.setBuddy(self.stale_days)
        form.addRow(label, self.stale_days)
        return box

    def _apply_stale_days(self, days: int) -> None:
        from kamdesk.services import relations

        ctx = self.ctx
        assert ctx is not None
        ws = ctx.workspace()
        state: dict[str, int] = {}

        def do() -> None:
            state["old"] = relations.set_workspace_stale_days(ws, days)

        def undo() -> None:
            relations.set_workspace_stale_days(ws, state["old"])

        text = self.tr("Relationships stale after %n day(s)", "", days)
        if not ctx.push(Call(ctx, text, do, undo)):
            self.stale_days.blockSignals(True)
            self.stale_days.setValue(relations.workspace_default_stale_days(ws))
            self.stale_days.blockSignals(False)

    def _apply_language(self) -> None:
        preference = str(self.language.currentData())
        settings.put(settings.LANGUAGE, preference)
        i18n.install(i18n.effective_language(preference))
        self.setWindowTitle(self.tr("Settings"))
