"""The Key Account matrix: classification × geography, the accounts in each cell (seed 003).

Each row says what its classification means for service level and plan depth; clicking an
account opens it. Accounts without a classification or geography get an extra row/column, shown
only when there are such accounts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kamdesk.domain.account import Classification, Geography, meaning
from kamdesk.services.portfolio import PortfolioEntry
from kamdesk.ui.badges import tier_colour
from kamdesk.ui.portfolio.model import PortfolioModel

CELL_LIMIT = 12  # accounts listed per cell before "… and N more"


class MatrixPage(QWidget):
    key = "matrix"
    account_opened = Signal(str)

    def __init__(self, model: PortfolioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.host = QWidget(objectName="matrix_host")
        self.grid = QGridLayout(self.host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.hint = QLabel(objectName="matrix_hint")
        self.hint.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self._dirty = True
        model.modelReset.connect(self.rebuild_soon)
        model.dataChanged.connect(lambda *_: self.rebuild_soon())
        self.retranslate()

    def rebuild_soon(self) -> None:
        """Rebuild now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.rebuild()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Each cell can have its own consequences for service level, team and plan depth. "
                "Click an account to open it; the dot shows its tier."
            )
        )
        self.rebuild()

    def rebuild(self) -> None:
        self._dirty = False
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cells.clear()
        entries = [e for e in self.model.portfolio.entries if not e.archived or self.model.include_archived]
        rows: list[Classification | None] = list(Classification)
        columns: list[Geography | None] = list(Geography)
        if any(e.classification is None for e in entries):
            rows.append(None)
        if any(e.geography is None for e in entries):
            columns.append(None)
        corner = QLabel(self.tr("Classification ↓  ·  Geography →"), objectName="matrix_axis")
        self.grid.addWidget(corner, 0, 0)
        for c, geography in enumerate(columns, start=1):
            label = QLabel(geography.label if geography else self.tr("Not set"), objectName="matrix_axis")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, c)
            self.grid.setColumnStretch(c, 1)
        by_cell: dict[tuple[str | None, str | None], list[PortfolioEntry]] = {}
        for entry in entries:
            by_cell.setdefault((entry.classification, entry.geography), []).append(entry)
        for r, classification in enumerate(rows, start=1):
            self.grid.addWidget(self._row_header(classification), r, 0)
            for c, geography in enumerate(columns, start=1):
                found = by_cell.get(
                    (classification.value if classification else None, geography.value if geography else None), []
                )
                self.grid.addWidget(self._cell(classification, geography, found), r, c)
        self.grid.setColumnMinimumWidth(0, 220)
        self.grid.setRowStretch(len(rows) + 1, 1)

    def _row_header(self, classification: Classification | None) -> QWidget:
        if classification is None:
            label = QLabel(f"<b>{escape(self.tr('Not classified'))}</b>")
        else:
            what = meaning(classification)
            label = QLabel(
                f"<b>{escape(classification.label)}</b><br>"
                f"<span style='color:#6b7280'>{escape(what.service_level)}<br>{escape(what.plan_depth)}</span>"
            )
            label.setToolTip(what.meaning)
        label.setWordWrap(True)
        label.setObjectName("matrix_row_header")
        label.setMaximumWidth(260)
        return label

    def _cell(
        self, classification: Classification | None, geography: Geography | None, found: list[PortfolioEntry]
    ) -> QWidget:
        cell = QFrame(objectName="matrix_cell")
        cell.setProperty("empty", not found)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        found = sorted(
            found, key=lambda e: (e.standing.rank if e.standing and e.standing.rank else 10**9, e.name.casefold())
        )
        text = QLabel(objectName="matrix_accounts")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        text.linkActivated.connect(self.account_opened)
        lines = []
        for entry in found[:CELL_LIMIT]:
            tier = entry.standing.tier if entry.standing else None
            colour = tier_colour(tier, self.model.portfolio.tiers)
            title = escape(tier.name) if tier else ""
            lines.append(
                f"<span style='color:{colour}' title='{title}'>●</span> "
                f"<a href='{entry.id}' style='text-decoration:none'>{escape(entry.name)}</a>"
            )
        if len(found) > CELL_LIMIT:
            lines.append(self.tr("… and %n more", "", len(found) - CELL_LIMIT))
        text.setText("<br>".join(lines) if lines else "<span style='color:#9ca3af'>—</span>")
        key = (classification.value if classification else "", geography.value if geography else "")
        self.cells[key] = text
        if found:
            count = QLabel(self.tr("%n account(s)", "", len(found)), objectName="matrix_count")
            count.setStyleSheet("color: #6b7280; font-size: 8pt;")
            layout.addWidget(count)
        layout.addWidget(text)
        layout.addStretch(1)
        return cell
