"""Sorting large tables in Python once, instead of letting Qt call back into Python for every
comparison (a 5,000-row sort through ``QSortFilterProxyModel.lessThan`` costs half a second).

The source model sorts its own rows (``sort_rows``) and keeps persistent indexes — selection,
current cell — pointing at the same rows; the proxy in front of it only filters and hands
``sort`` on to the source (``SourceSortedProxy``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt


class SourceSortedProxy(QSortFilterProxyModel):
    """Filters like any proxy; sorting is the source model's job (``sort`` is passed on)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)


def sort_rows(
    model: QAbstractItemModel,
    rows: Sequence[Any],
    key: Callable[[Any], Any],
    order: Qt.SortOrder,
    apply: Callable[[list[int]], None],
) -> None:
    """Sort ``rows`` of ``model`` by ``key``; ``apply`` receives the new order as old row numbers
    and must rearrange the model's data accordingly. Persistent indexes follow their rows."""
    keys = [key(r) for r in rows]
    new_order = sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
    if new_order == list(range(len(rows))):
        return
    model.layoutAboutToBeChanged.emit()
    position = {old: new for new, old in enumerate(new_order)}
    persistent = model.persistentIndexList()
    apply(new_order)
    model.changePersistentIndexList(
        persistent, [model.index(position[p.row()], p.column()) if p.isValid() else p for p in persistent]
    )
    model.layoutChanged.emit()
