"""Qt calls cannot exhaust None's reference count (PySide6 6.12.0 under Python 3.11 releases a
reference to None on every void call; ``kamdesk.ui`` guards against it)."""

import sys

from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import kamdesk.ui  # noqa: F401  (installs the guard)


def test_many_void_qt_calls_cannot_deallocate_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    path = QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # far more than None's natural count on 3.11 (a few thousand)
        widget.setMinimumWidth(5)
        path.lineTo(1.0, 2.0)
    after = sys.getrefcount(None)
    assert after > 1_000_000 or after >= before - 100
