"""Composition root of the GUI: the QApplication, its translators and look, the main window.

Only this module and ``cli`` know that there is a GUI; nothing below ``ui`` imports it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

import kamdesk
from kamdesk.ui import i18n, settings, style
from kamdesk.ui.main_window import FirstPaint, MainWindow, StartupProbe, wants_probe

#: Qt messages that say nothing to a user (each with the reason it is harmless).
BENIGN_QT_MESSAGES = (
    # The offscreen platform (screenshots, CI) cannot resize native windows; nothing is wrong.
    "This plugin does not support propagateSizeHints()",
)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in BENIGN_QT_MESSAGES:
        return
    label = {QtMsgType.QtWarningMsg: "warning", QtMsgType.QtCriticalMsg: "critical", QtMsgType.QtFatalMsg: "fatal"}
    if kind in label:
        print(f"Qt {label[kind]}: {message}", file=sys.stderr)


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("kamdesk")
        QCoreApplication.setApplicationName("kamdesk")
        QCoreApplication.setApplicationVersion(kamdesk.__version__)
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setDesktopFileName("kamdesk")
        style.apply(app)
    assert isinstance(app, QApplication)
    i18n.install(language or i18n.effective_language(settings.get(settings.LANGUAGE)))
    return app


def run_gui(location: str | None) -> int:
    qInstallMessageHandler(_qt_message)
    app = create_application()
    window = MainWindow()
    probe = StartupProbe(window) if wants_probe() else None
    window.startup_probe = probe

    def after_first_paint() -> None:
        if probe:
            probe.mark("first-paint")
        window.open_initial(location)

    # Paint first, then open the workspace (SQLAlchemy and the tabs load only then).
    FirstPaint(window, after_first_paint)
    window.show()
    return app.exec()


def screenshot(
    location: str,
    account: str,
    tab: str,
    size: tuple[int, int],
    target: Path,
    language: str | None = None,
    workshop: bool = False,
) -> None:
    """Render the real main window offscreen, showing ``account`` on ``tab``, into a PNG."""
    from kamdesk.domain.errors import InputError
    from kamdesk.services import accounts
    from kamdesk.services.workspace import Workspace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_qt_message)
    app = create_application(language=language)
    ws = Workspace.open(location, writable=False)
    try:
        account_id = accounts.find(ws, account).id
    except Exception:
        ws.close()
        raise
    window = MainWindow(remember_layout=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    window._build_content()
    window.ctx.set_workspace(ws)
    window.location_label.setText(ws.location)
    window._reload_accounts()
    window.navigator.select(account_id)
    assert window.view is not None
    if tab.startswith("portfolio"):  # the workspace's portfolio: portfolio[:ranking|matrix|criteria]
        window.show_portfolio(tab.partition(":")[2])
    elif not window.view.set_current_key(tab):
        window.close()
        raise InputError(QCoreApplication.translate("Cli", "--tab: there is no tab '%1'.").replace("%1", tab))
    if workshop:
        window.workshop.enter(full_screen=False)  # the given size stands for the projector's screen
    window.resize(*size)
    for _ in range(3):
        app.processEvents()
    image = window.grab()
    if workshop:
        window.workshop.leave()
    window.close()
    if not image.save(str(target), "PNG"):
        raise InputError(QCoreApplication.translate("Cli", "%1: cannot write the image.").replace("%1", str(target)))
