"""Collect every piece of text a person could read on screen right now (for leak tests).

Walks visible widgets (labels, editors, buttons, tab bars and their tooltips, item views with
their tooltips, combo boxes with every entry a person could open, the status bar, the window
title) and the items of visible graphics scenes. Anything hidden (or inside a hidden parent) is
skipped, because nobody can see it.

Text that Python code *paints* (``paintEvent`` of custom widgets, item delegates, the ``paint``
of scene items) has no widget property to read: ``painted=True`` (the default) records every
``QPainter.drawText`` / ``drawStaticText`` and ``QTextDocument.drawContents`` while the window
is grabbed and while every visible scene is rendered whole (items outside the viewport count:
the presenter can pan to them).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QStaticText, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)


def visible_text(window: QMainWindow, painted: bool = True) -> str:
    parts = [window.windowTitle()]
    views: list[QGraphicsView] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        parts.extend(_widget_text(widget))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            views.append(widget)
    if painted:
        parts.extend(painted_text(window, views))
    return "\n".join(p for p in parts if p)


def _widget_text(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText(), widget.toolTip()]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.toPlainText(), widget.toolTip()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QComboBox):  # every entry: one click opens the list
        items = [widget.itemText(i) for i in range(widget.count())]
        items += [str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(widget.count())]
        return [widget.currentText(), widget.toolTip(), *items]
    if isinstance(widget, QGroupBox):
        return [widget.title(), widget.toolTip()]
    if isinstance(widget, QTabBar):
        texts = []
        for i in range(widget.count()):
            if widget.isTabVisible(i):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
        return texts
    if isinstance(widget, QStatusBar):
        return [widget.currentMessage()]
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
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if header is not None:
                texts.append(str(header))
    return texts


def _column_count(model, parent: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    """QListWidget's internal model keeps ``columnCount`` private in PySide6: it has one column."""
    try:
        return int(model.columnCount(parent))
    except TypeError:
        return 1


# -- painted text ------------------------------------------------------------------------------


def painted_text(window: QWidget, views: list[QGraphicsView] | None = None) -> list[str]:
    """Every string Python code paints: while the window is grabbed, and while each of ``views``'
    scenes is rendered as a whole (with item caches off, so every item really paints)."""
    texts: list[str] = []
    with _recording(texts):
        window.grab()
        for view in views or []:
            _render_scene(view)
    return texts


def _render_scene(view: QGraphicsView) -> None:
    scene = view.scene()
    rect = scene.itemsBoundingRect().united(scene.sceneRect())
    if rect.isEmpty():
        return
    cached = [(item, item.cacheMode()) for item in scene.items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    scale = min(1.0, 2000 / max(rect.width(), rect.height()))
    image = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        scene.render(painter, QRectF(image.rect()), rect)
    finally:
        painter.end()
        for item, mode in cached:
            item.setCacheMode(mode)


@contextmanager
def _recording(texts: list[str]) -> Iterator[None]:
    draw_text, draw_static, draw_contents = QPainter.drawText, QPainter.drawStaticText, QTextDocument.drawContents

    def record_text(self: QPainter, *args: object) -> object:
        texts.extend(a for a in args if isinstance(a, str))
        return draw_text(self, *args)  # type: ignore[call-overload]

    def record_static(self: QPainter, *args: object) -> object:
        texts.extend(a.text() for a in args if isinstance(a, QStaticText))
        return draw_static(self, *args)  # type: ignore[call-overload]

    def record_contents(self: QTextDocument, *args: object) -> object:
        texts.append(self.toPlainText())
        return draw_contents(self, *args)  # type: ignore[call-overload]

    QPainter.drawText = record_text  # type: ignore[method-assign,assignment]
    QPainter.drawStaticText = record_static  # type: ignore[method-assign,assignment]
    QTextDocument.drawContents = record_contents  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        QPainter.drawText = draw_text  # type: ignore[method-assign]
        QPainter.drawStaticText = draw_static  # type: ignore[method-assign]
        QTextDocument.drawContents = draw_contents  # type: ignore[method-assign]
