"""The ranked portfolio: a sortable, filterable table with the selected account's explanation."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account import Classification
from kamdesk.domain.portfolio import explain
from kamdesk.ui.editors import format_points
from kamdesk.ui.explanation import ExplanationText
from kamdesk.ui.portfolio.model import ID_ROLE, PortfolioFilter, PortfolioModel


class RankingPage(QWidget):
    key = "ranking"
    #: the user wants to open this account (id)
    account_opened = Signal(str)

    def __init__(self, model: PortfolioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(model)
        self.text = ExplanationText(self)

        self.search = QLineEdit(objectName="portfolio_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(words=text.casefold().split()))
        self.search.returnPressed.connect(self._open_first)
        self.tier_filter = QComboBox(objectName="portfolio_tier_filter")
        self.tier_filter.activated.connect(lambda _i: self.proxy.set_filters(tier=self.tier_filter.currentData()))
        self.class_filter = QComboBox(objectName="portfolio_class_filter")
        self.class_filter.activated.connect(
            lambda _i: self.proxy.set_filters(classification=self.class_filter.currentData())
        )
        self.ready_filter = QComboBox(objectName="portfolio_ready_filter")
        self.ready_filter.activated.connect(lambda _i: self.proxy.set_filters(ready=self.ready_filter.currentData()))
        self.archived = QCheckBox(objectName="portfolio_archived")
        self.archived.toggled.connect(self._on_archived)
        self.count = QLabel(objectName="portfolio_count")
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 2)
        for widget in (self.tier_filter, self.class_filter, self.ready_filter):
            bar.addWidget(widget, 1)
        bar.addWidget(self.archived)
        bar.addStretch(0)
        bar.addWidget(self.count)

        self.table = QTableView(objectName="portfolio_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setResizeContentsPrecision(60)  # measure a screenful, not 1,000 rows
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._explain())
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        model.dataChanged.connect(lambda *_: self._explain())

        self.explanation = QLabel(objectName="portfolio_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        box = QFrame(objectName="portfolio_explanation_box")
        box.setProperty("section", True)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(12, 8, 12, 8)
        box_layout.addWidget(self.explanation)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by name, industry or country"))
        self.archived.setText(self.tr("Archived too"))
        self.archived.setToolTip(self.tr("Show archived accounts as well (they are never ranked)"))
        self._fill_filters()
        self._update_count()
        self._explain()

    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))

        tiers = sorted(self.model.portfolio.tiers, key=lambda t: -t.threshold)
        fill(
            self.tier_filter,
            [(self.tr("All tiers"), None)] + [(t.name, t.id) for t in tiers] + [(self.tr("No tier"), "")],
        )
        fill(
            self.class_filter,
            [(self.tr("All classifications"), None)]
            + [(c.label, c.value) for c in Classification]
            + [(self.tr("Not classified"), "")],
        )
        fill(
            self.ready_filter,
            [
                (self.tr("Ready or not"), None),
                (self.tr("Ready to order"), "ready"),
                (self.tr("Not ready"), "not_ready"),
            ],
        )

    # -- reactions ---------------------------------------------------------------------------

    def _after_reset(self) -> None:
        self._fill_filters()
        self.table.resizeColumnsToContents()
        name = self.model.column_of("name")
        self.table.setColumnWidth(name, max(220, min(320, self.table.columnWidth(name))))
        for column in range(self.model.columnCount()):  # scores are short: narrow columns, full name as tooltip
            if self.model.column_key(column).startswith("criterion:"):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 84))
        self._update_count()

    def resort(self) -> None:
        """Sort again after the standings changed (the proxy does not re-sort by itself)."""
        current = self.current_id()
        if self.proxy.depends_on_standings():
            self.proxy.set_filters()
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_filters()
        if current and current != self.current_id():
            self.select(current)
        self._update_count()

    def _on_archived(self, checked: bool) -> None:
        self.model.set_include_archived(checked)
        self.proxy.set_filters(include_archived=checked)
        self.resort()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n account(s)", "", self.proxy.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_opened.emit(str(index.data(ID_ROLE)))

    def _open_first(self) -> None:
        if self.proxy.rowCount():
            self.account_opened.emit(str(self.proxy.index(0, 0).data(ID_ROLE)))

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def select(self, account_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == account_id:
                self.table.selectRow(row)
                return

    def visible_names(self) -> list[str]:
        column = self.model.column_of("name")
        return [str(self.proxy.index(r, column).data()) for r in range(self.proxy.rowCount())]

    def _explain(self) -> None:
        account_id = self.current_id()
        entry = next((e for e in self.model.portfolio.entries if e.id == account_id), None)
        if entry is None:
            self.explanation.setText(
                self.tr("Select an account to see why it stands where it does. Enter or double-click opens it.")
            )
            return
        if entry.standing is None or not entry.standing.scored:
            self.explanation.setText(
                self.tr("<b>%1</b> has no scores yet: score it on its profile.").replace("%1", escape(entry.name))
            )
            return
        e = explain(entry.scores, self.model.portfolio.criteria, self.model.portfolio.tiers)
        tier = e.tier.name if e.tier else self.tr("no tier")
        head = (
            self.tr("<b>%1</b> — %2, %3 points.")
            .replace("%1", escape(entry.name))
            .replace("%2", escape(tier))
            .replace("%3", format_points(entry.standing.total))
        )
        self.explanation.setText(f"{head} {self.text.why(e)}<br>{self.text.next(e)}")
