"""The ranked portfolio as a table model, and the filter in front of it.

The model keeps every account's scores; a change of weights or tiers only recomputes the
standings in memory (``recompute``), which keeps 5,000 accounts well inside the 200 ms budget.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kamdesk.domain.account import Classification, Geography, share_of_wallet
from kamdesk.domain.dates import format_date
from kamdesk.domain.listing import Readiness
from kamdesk.domain.portfolio import Criterion, Tier
from kamdesk.domain.team import latest, review_schedule
from kamdesk.services.portfolio import Portfolio, PortfolioEntry
from kamdesk.ui.badges import BAD, GOOD, NEUTRAL, WARN, tier_colour
from kamdesk.ui.editors import format_amount, format_percent, format_points
from kamdesk.ui.sorting import SourceSortedProxy, sort_rows

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 21
SORT_ROLE = Qt.ItemDataRole.UserRole + 22
LAST = float("inf")


class PortfolioModel(QAbstractTableModel):
    """Rank, account, tier, points, one column per criterion, then the account's key facts."""

    FIXED_BEFORE = ("rank", "name", "tier", "total")
    FIXED_AFTER = ("classification", "geography", "revenue", "wallet", "ready", "review")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.portfolio = Portfolio([], [], [])
        self.readiness: dict[str, Readiness] = {}
        self.today = date.today()
        self.include_archived = False
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self.search_keys: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in -----------------------------------------------------------------------------

    def set_portfolio(self, portfolio: Portfolio, readiness: dict[str, Readiness]) -> None:
        self.beginResetModel()
        self.portfolio, self.readiness = portfolio, readiness
        self.today = date.today()
        self.portfolio.rank(self.include_archived)
        self.search_keys = {e.id: f"{e.name} {e.industry} {e.country}".casefold() for e in portfolio.entries}
        self._sort_entries()
        self.endResetModel()

    def set_criteria_and_tiers(self, criteria: list[Criterion], tiers: list[Tier]) -> None:
        """New weights or tiers: recompute every standing from the cached scores."""
        reshaped = [c.id for c in criteria] != [c.id for c in self.portfolio.criteria]
        if reshaped:
            self.beginResetModel()
        self.portfolio.criteria, self.portfolio.tiers = criteria, tiers
        self.portfolio.rank(self.include_archived)
        if reshaped:
            self.endResetModel()
        else:
            self.refresh()
        if not reshaped:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one pass (``ui.sorting``), not comparison by comparison in the proxy."""
        if not 0 <= column < self.columnCount():
            return
        self.sort_column, self.sort_order = column, order
        key = self.column_key(column)

        def apply(new_order: list[int]) -> None:
            entries = self.portfolio.entries
            self.portfolio.entries = [entries[i] for i in new_order]

        sort_rows(self, self.portfolio.entries, lambda e: self._sort_key(e, key), order, apply)

    def _sort_entries(self) -> None:
        """Put the entries in the current sort order (inside a model reset)."""
        if not 0 <= self.sort_column < self.columnCount():
            self.sort_column = 0
        key = self.column_key(self.sort_column)
        self.portfolio.entries.sort(
            key=lambda e: self._sort_key(e, key), reverse=self.sort_order == Qt.SortOrder.DescendingOrder
        )

    def _sort_key(self, entry: PortfolioEntry, key: str) -> tuple[Any, str]:
        value = self._sort_value(entry, key)
        return (value, entry.name.casefold())

    def set_include_archived(self, include: bool) -> None:
        self.include_archived = include
        self.portfolio.rank(include)
        self.refresh()

    def refresh(self) -> None:
        if self.portfolio.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- columns -----------------------------------------------------------------------------

    def column_key(self, column: int) -> str:
        criteria = self.portfolio.criteria
        if column < len(self.FIXED_BEFORE):
            return self.FIXED_BEFORE[column]
        column -= len(self.FIXED_BEFORE)
        if column < len(criteria):
            return "criterion:" + criteria[column].id
        return self.FIXED_AFTER[column - len(criteria)]

    def column_of(self, key: str) -> int:
        return next(n for n in range(self.columnCount()) if self.column_key(n) == key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.portfolio.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.FIXED_BEFORE) + len(self.portfolio.criteria) + len(self.FIXED_AFTER)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = self.column_key(section)
        if key.startswith("criterion:"):
            criterion = self._criterion(key)
            if role == Qt.ItemDataRole.DisplayRole:
                return criterion.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{criterion.name}: {criterion.description}" if criterion.description else criterion.name
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "rank": self.tr("Rank"),
                "name": self.tr("Account"),
                "tier": self.tr("Tier"),
                "total": self.tr("Points"),
                "classification": self.tr("Classification"),
                "geography": self.tr("Geography"),
                "revenue": self.tr("Our revenue"),
                "wallet": self.tr("Share of wallet"),
                "ready": self.tr("Ready to order"),
                "review": self.tr("Next review"),
            }[key]
        return None

    def _criterion(self, key: str) -> Criterion:
        criterion_id = key.split(":", 1)[1]
        return next(c for c in self.portfolio.criteria if c.id == criterion_id)

    # -- cells -------------------------------------------------------------------------------

    def entry(self, row: int) -> PortfolioEntry:
        return self.portfolio.entries[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.portfolio.entries[index.row()]
        key = self.column_key(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, key)
        if role == SORT_ROLE:
            return self._sort_value(entry, key)
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(entry, key)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and key in ("tier", "name"):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            key in ("rank", "total", "revenue", "wallet") or key.startswith("criterion:")
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "ready":
            result = self.readiness.get(entry.id)
            return "\n".join(f.text for f in (*result.missing, *result.warnings)) if result else None
        return None

    def _text(self, entry: PortfolioEntry, key: str) -> str:
        standing = entry.standing
        if key == "rank":
            return str(standing.rank) if standing and standing.rank is not None else "—"
        if key == "name":
            return entry.name
        if key == "tier":
            if standing is None:
                return self.tr("archived")
            if not standing.scored:
                return self.tr("not scored")
            return standing.tier.name if standing.tier else self.tr("no tier")
        if key == "total":
            return format_points(standing.total) if standing and standing.scored else ""
        if key.startswith("criterion:"):
            score = entry.scores.get(key.split(":", 1)[1])
            return "" if score is None else str(score)
        if key == "classification":
            return Classification(entry.classification).label if entry.classification else ""
        if key == "geography":
            return Geography(entry.geography).label if entry.geography else ""
        if key == "revenue":
            return format_amount(entry.annual_revenue)
        if key == "wallet":
            share = share_of_wallet(entry.annual_revenue, entry.potential)
            return format_percent(share) if share is not None else ""
        if key == "ready":
            result = self.readiness.get(entry.id)
            if result is None or not result.recorded:
                return self.tr("not assessed")
            if result.ready:
                return self.tr("yes") + (" ⚠" if result.warnings else "")
            return self.tr("no (%n missing)", "", len(result.missing))
        if key == "review":
            schedule = review_schedule(
                entry.review_cadence_months, latest(entry.last_review_on, entry.last_plan_review), self.today
            )
            if schedule.next is None:
                return ""
            text = format_date(schedule.next)
            return text + "  " + self.tr("overdue") if schedule.overdue else text
        return ""

    def _sort_value(self, entry: PortfolioEntry, key: str) -> Any:
        standing = entry.standing
        if key == "rank":
            return standing.rank if standing and standing.rank is not None else LAST
        if key in ("tier", "total"):
            return -(standing.total if standing and standing.scored else -1.0)
        if key.startswith("criterion:"):
            score = entry.scores.get(key.split(":", 1)[1])
            return -(score if score is not None else -1)
        if key == "revenue":
            return -float(entry.annual_revenue) if entry.annual_revenue is not None else LAST
        if key == "wallet":
            share = share_of_wallet(entry.annual_revenue, entry.potential)
            return -share if share is not None else LAST
        if key == "ready":
            result = self.readiness.get(entry.id)
            return 2 if result is None or not result.recorded else (0 if result.ready else 1)
        if key == "review":
            schedule = review_schedule(
                entry.review_cadence_months, latest(entry.last_review_on, entry.last_plan_review), self.today
            )
            return schedule.next.toordinal() if schedule.next else LAST
        return self._text(entry, key).casefold()

    def _colour(self, entry: PortfolioEntry, key: str) -> str | None:
        standing = entry.standing
        if key == "tier":
            if standing is None or not standing.scored:
                return NEUTRAL
            return tier_colour(standing.tier, self.portfolio.tiers)
        if key == "ready":
            result = self.readiness.get(entry.id)
            if result is None or not result.recorded:
                return NEUTRAL
            return (WARN if result.warnings else GOOD) if result.ready else BAD
        if key == "review":
            schedule = review_schedule(
                entry.review_cadence_months, latest(entry.last_review_on, entry.last_plan_review), self.today
            )
            return BAD if schedule.overdue else None
        if key == "name" and entry.archived:
            return NEUTRAL
        return None


class PortfolioFilter(SourceSortedProxy):
    """Every word typed (name, industry, country), a tier, a classification, readiness, archive."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.tier: str | None = None  # tier id, "" = no tier, None = any
        self.classification: str | None = None  # value, "" = not classified, None = any
        self.ready: str | None = None  # "ready" | "not_ready" | None
        self.include_archived = False
        self.setDynamicSortFilter(False)

    def depends_on_standings(self) -> bool:
        return self.tier is not None

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        entry = model.entry(source_row)
        if entry.archived and not self.include_archived:
            return False
        if self.words:
            key = model.search_keys.get(entry.id, "")
            if not all(w in key for w in self.words):
                return False
        if self.tier is not None:
            standing = entry.standing
            tier_id = standing.tier.id if standing and standing.tier else ""
            if tier_id != self.tier:
                return False
        if self.classification is not None and (entry.classification or "") != self.classification:
            return False
        if self.ready is not None:
            result = model.readiness.get(entry.id)
            ready = bool(result and result.ready)
            if (self.ready == "ready") != ready:
                return False
        return True
