"""Guards against known defects of the Qt binding itself."""

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every call of a method
    returning nothing; a few thousand paint calls later CPython aborted ("none_dealloc").
    pyproject.toml excludes that release; this fails if an installed binding does it again."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 50
