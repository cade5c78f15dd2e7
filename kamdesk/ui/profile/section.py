"""The profile's building blocks: a titled section card, and the page that arranges them in one
column on narrow windows and two columns on wide ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Section(QFrame):
    """A card with a title line (title, optional widgets on the right) and a body."""

    key = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("section", True)
        self.title_label = QLabel(objectName="section_title")
        self._title_line = QHBoxLayout()
        self._title_line.setContentsMargins(0, 0, 0, 0)
        self._title_line.setSpacing(8)
        self._title_line.addWidget(self.title_label)
        self._title_line.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(10)
        outer.addLayout(self._title_line)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body)

    def setTitle(self, text: str) -> None:  # noqa: N802 - like QGroupBox
        self.title_label.setText(text)

    def add_title_widget(self, widget: QWidget) -> None:
        self._title_line.insertWidget(1, widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def add_title_trailing(self, widget: QWidget) -> None:
        self._title_line.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def retranslate(self) -> None:
        """Re-set every text (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SectionColumns(QWidget):
    """Sections in two columns (``left``/``right``) above full-width ones (``wide``) when there is
    room, and all in one column in ``narrow_order`` otherwise."""

    BREAKPOINT = 880

    def __init__(
        self,
        left: list[QWidget],
        right: list[QWidget],
        wide: list[QWidget],
        narrow_order: list[QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.left, self.right, self.wide, self.narrow_order = left, right, wide, narrow_order
        self.two_columns: bool | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(14)
        self._arrange(False)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.relayout()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def relayout(self) -> None:
        """Two columns if wide enough and both have something to show (the customer-safe view
        may hide one side entirely)."""
        both = any(not w.isHidden() for w in self.left) and any(not w.isHidden() for w in self.right)
        self._arrange(self.width() >= self.BREAKPOINT and both)

    def _arrange(self, two: bool) -> None:
        if two == self.two_columns:
            return
        self.two_columns = two
        while self._outer.count():
            item = self._outer.takeAt(0)
            if item.layout():
                _drain(item.layout())
                item.layout().deleteLater()
        if not two:
            for widget in self.narrow_order:
                self._outer.addWidget(widget)
            return
        row = QHBoxLayout()
        row.setSpacing(14)
        for side in (self.left, self.right):
            column = QVBoxLayout()
            column.setSpacing(14)
            for widget in side:
                column.addWidget(widget)
            column.addStretch(1)
            row.addLayout(column, 1)
        self._outer.addLayout(row)
        for widget in self.wide:
            self._outer.addWidget(widget)


def _drain(layout: object) -> None:
    while layout.count():  # type: ignore[attr-defined]
        item = layout.takeAt(0)  # type: ignore[attr-defined]
        if item.layout():
            _drain(item.layout())
            item.layout().deleteLater()
