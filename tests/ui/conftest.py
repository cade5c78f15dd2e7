"""Fixtures for driving the real main window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kamdesk.ui.dialogs import Dialogs


class DialogLog:
    """Stands in for modal dialogs: records what was asked and answers as told."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.confirmations: list[str] = []
        self.confirm_answer = True
        self.text_answer: str | None = None
        self.open_answer: str | None = None
        self.save_answer: str | None = None


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def confirm(parent: object, title: str, text: str, action: str) -> bool:
        log.confirmations.append(text)
        return log.confirm_answer

    monkeypatch.setattr(Dialogs, "confirm", classmethod(lambda cls, *a: confirm(*a)))
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, text: log.errors.append(text)))
    monkeypatch.setattr(Dialogs, "info", classmethod(lambda cls, parent, title, text: None))
    monkeypatch.setattr(Dialogs, "text", classmethod(lambda cls, *a, **k: log.text_answer))
    monkeypatch.setattr(Dialogs, "open_file", classmethod(lambda cls, *a, **k: log.open_answer))
    monkeypatch.setattr(Dialogs, "save_file", classmethod(lambda cls, *a, **k: log.save_answer))
    return log


@pytest.fixture
def app_language() -> Iterator[None]:
    """Put the application back into English after a test that switched language."""
    yield
    from kamdesk.ui import i18n

    i18n.install("en")


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path, dialogs: DialogLog, app_language: None):  # type: ignore[no-untyped-def]
    from kamdesk.app import create_application
    from kamdesk.ui.main_window import MainWindow

    create_application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(str(demo_path))
    yield win
    win.close()
    dispose(win)


def dispose(window: object) -> None:
    """Delete a closed window now: a window left alive keeps its widgets in the application, and
    every later change of the application's look (workshop mode) would restyle them all."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
