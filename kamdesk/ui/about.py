"""Help → About: version, what kamdesk is, where its data lives, and credits."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import kamdesk
from kamdesk.services import paths


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About kamdesk"))
        text = QLabel(objectName="about_text")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.setOpenExternalLinks(True)
        text.setWordWrap(True)
        text.setText(
            "<h2>kamdesk {version}</h2><p>{what}</p><p>{data}<br><code>{folder}</code></p>"
            "<p><small>Python {py} · Qt for Python {qt} · {fonts}</small></p>".format(
                version=html.escape(kamdesk.__version__),
                what=html.escape(
                    self.tr(
                        "A workbench for Key Account Managers: profiles, procurement processes, "
                        "relationships, services and the Key Account Plan — offline, on your laptop."
                    )
                ),
                data=html.escape(self.tr("Your workspaces and backups are kept in:")),
                folder=html.escape(str(paths.data_dir())),
                py=html.escape(platform.python_version()),
                qt=html.escape(pyside_version),
                fonts=html.escape(self.tr("Noto Sans fonts under the SIL Open Font License")),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
