"""Collect every piece of text a person could read on screen right now (for leak tests).

Walks visible widgets (labels, editors, buttons, tab bars, item views, the window title) and the
items of visible graphics scenes. Anything hidden (or inside a hidden parent) is skipped, because
nobody can see it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def visible_text(window: QMainWindow) -> str:
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        parts.extend(_widget_text(widget))
    return "\n".join(p for p in parts if p)


def _widget_text(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.toPlainText()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QHeaderView):
        return []  # shows the header texts only; the table's own walk collects them (hidden columns skipped)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _model_text(widget)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        texts = []
        for item in widget.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, (QGraphicsTextItem,)):
                texts.append(item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                texts.append(item.text())
            texts.append(item.toolTip())
            label = getattr(item, "visible_text", None)
            if callable(label):
                texts.append(label())
        return texts
    return [widget.toolTip()] if widget.toolTip() else []


def _model_text(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            if hasattr(view, "isRowHidden") and not parent.isValid():
                try:
                    if view.isRowHidden(row):  # type: ignore[call-arg]
                        continue
                except TypeError:
                    pass
            for column in range(_column_count(model, parent)):
                if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
                    continue
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if value is not None:
                        texts.append(str(value))
            first = model.index(row, 0, parent)
            try:
                nested = model.hasChildren(first)
            except TypeError:  # private in QListWidget's internal model: a list has no children
                nested = False
            if nested:
                walk(first)

    walk(QModelIndex())
    for column in range(_column_count(model, QModelIndex())):
        if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
            continue
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header is not None:
            texts.append(str(header))
    return texts


def _column_count(model, parent: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    """QListWidget's internal model keeps ``columnCount`` private in PySide6: it has one column."""
    try:
        return int(model.columnCount(parent))
    except TypeError:
        return 1
