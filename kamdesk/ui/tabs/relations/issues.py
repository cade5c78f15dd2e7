"""The key-issues list: the domain rules' findings, most urgent first; a click highlights the
pieces involved. The whole list is internal (sensitivity.py → key_issue)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget

from kamdesk.domain.key_issues import KeyIssue
from kamdesk.ui.widgets import InternalBadge

SEVERITY_COLOR = {3: QColor("#dc2626"), 2: QColor("#f59e0b"), 1: QColor("#9ca3af")}


def _dot(color: QColor) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(5, 5, 14, 14)
    painter.end()
    return QIcon(pixmap)


class KeyIssuesList(QWidget):
    issue_activated = Signal(object)  # KeyIssue, or None to clear the highlight
    stale_days_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(objectName="relations_issues_title")
        self.list = QListWidget(objectName="relations_issues")
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(12, 12))
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(1)
        self.list.itemClicked.connect(self._clicked)
        self.list.currentItemChanged.connect(lambda item, _old: self._clicked(item) if item else None)
        self.stale_label = QLabel()
        self.stale = QSpinBox(objectName="relations_stale_days")
        self.stale.setRange(1, 3650)
        self.stale.setKeyboardTracking(False)
        self.stale.valueChanged.connect(self._stale_changed)
        self._loading = False
        self.issues: list[KeyIssue] = []
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(InternalBadge())
        stale = QHBoxLayout()
        stale.addWidget(self.stale_label, 1)
        stale.addWidget(self.stale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addLayout(stale)
        self.retranslate()

    def retranslate(self) -> None:
        self.stale_label.setText(self.tr("Stale after (days without contact):"))
        self.stale.setToolTip(self.tr("A relationship counts as stale after this many days without contact."))
        self.list.setToolTip(self.tr("Click an issue to highlight the people involved; Esc clears."))
        self._retitle()

    def _retitle(self) -> None:
        self.title.setText(self.tr("<b>Key issues</b> (%n)", "", len(self.issues)))

    def show_issues(self, issues: list[KeyIssue], stale_days: int, writable: bool) -> None:
        current = self.list.currentRow()
        self.issues = issues
        self._loading = True
        try:
            self.list.clear()
            for issue in issues:
                item = QListWidgetItem(_dot(SEVERITY_COLOR[issue.severity]), issue.reason)
                item.setToolTip(issue.rule.label)
                self.list.addItem(item)
            if not issues:
                empty = QListWidgetItem(self.tr("No key issues — every rule is satisfied."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(empty)
            self.stale.setValue(stale_days)
            self.stale.setEnabled(writable)
            if 0 <= current < len(issues):
                self.list.setCurrentRow(current)
        finally:
            self._loading = False
        self._retitle()

    def _clicked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.list.row(item)
        if 0 <= row < len(self.issues):
            self.issue_activated.emit(self.issues[row])

    def clear_selection(self) -> None:
        self._loading = True
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._loading = False

    def _stale_changed(self, value: int) -> None:
        if not self._loading:
            self.stale_days_changed.emit(value)
