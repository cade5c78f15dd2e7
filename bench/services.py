"""Service matrix: 60 services × 8 customer groups must stay instant to edit.

    python -m bench.services

Prints (never asserts) how long it takes to build the matrix model and the editor window, and
to edit one cell the way a user does — a key press on the real table: undo command, one
transaction, change announced, model refreshed (only the changed cell repaints). "Instant" is
read here as within one 60 Hz frame (16.7 ms) at the median.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SERVICES, GROUPS, EDITS = 60, 8, 60
FRAME_MS = 1000 / 60


def _fill(path: Path) -> None:
    from kamdesk.domain.service_matrix import ServiceMode
    from kamdesk.services import records
    from kamdesk.services.workspace import Workspace

    modes = list(ServiceMode)
    with Workspace.open(path, create=True) as ws, ws.write() as tx:
        for n in range(GROUPS - 6):
            records.insert_row_in(tx, "customer_group", {"code": f"X{n}", "name": f"Extra {n}", "position": 6 + n})
        tx.session.flush()
        from kamdesk.services.service_matrix import load_matrix_in

        groups = load_matrix_in(tx.session).groups
        for s in range(SERVICES):
            service = records.insert_row_in(
                tx, "service", {"name": f"Service {s:02d}", "category": f"Category {s % 5}", "position": s}
            )
            for g, group in enumerate(groups):
                records.insert_row_in(
                    tx,
                    "service_entitlement",
                    {"service_id": service, "customer_group_id": group.id, "mode": modes[(s + g) % 5].value},
                )


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kamdesk.app import create_application
    from kamdesk.services.workspace import Workspace
    from kamdesk.ui.context import AppContext
    from kamdesk.ui.service_matrix.model import FIXED_COLUMNS, ServiceMatrixModel
    from kamdesk.ui.service_matrix.window import ServiceMatrixWindow

    app = create_application(["bench"], language="en")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.kamdesk"
        _fill(path)
        ctx = AppContext()
        ctx.set_workspace(Workspace.open(path))

        builds = []
        for _ in range(10):
            started = time.perf_counter()
            model = ServiceMatrixModel(ctx)
            model.reload()
            builds.append(time.perf_counter() - started)
        assert (model.rowCount(), model.columnCount()) == (SERVICES, FIXED_COLUMNS + GROUPS)

        started = time.perf_counter()
        window = ServiceMatrixWindow(ctx)
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        window_ready = time.perf_counter() - started

        table = window.table
        table.setFocus()
        edits, repaints = [], []
        keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
        for n in range(EDITS):
            index = window.model.index((n * 7) % SERVICES, FIXED_COLUMNS + n % GROUPS)
            table.setCurrentIndex(index)
            before = window.model.matrix.cells.get(
                (window.model.matrix.services[index.row()].id, window.model.matrix.groups[index.column() - 5].id)
            )
            key = next(k for k in keys if before is None or k != keys[list_index(before.mode)])
            started = time.perf_counter()
            QTest.keyClick(table, key)  # edit + save + refresh, synchronously
            edits.append(time.perf_counter() - started)
            started = time.perf_counter()
            table.viewport().repaint()
            repaints.append(time.perf_counter() - started)
        undos = []
        for _ in range(20):
            started = time.perf_counter()
            ctx.undo_stack.undo()
            undos.append(time.perf_counter() - started)
        # the parts of an edit: the transaction alone, and the model's refresh alone
        from kamdesk.domain.service_matrix import ServiceMode
        from kamdesk.services import service_matrix

        ws = ctx.workspace()
        matrix = window.model.matrix
        service, group = matrix.services[0].id, matrix.groups[0].id
        writes, refreshes = [], []
        for n in range(EDITS):
            old = service_matrix.cell_of(window.model.matrix, service, group)
            mode = [ServiceMode.FREE, ServiceMode.WAIVED][n % 2]
            new = service_matrix.cell_edit(window.model.matrix, service, group, mode, None)
            ctx.changed.disconnect(window._on_changes)
            started = time.perf_counter()
            service_matrix.set_cells(ws, [new], expect=[old])
            writes.append(time.perf_counter() - started)
            ctx.changed.connect(window._on_changes)
            started = time.perf_counter()
            window.model.refresh_cells({new.cell_id or ""})
            refreshes.append(time.perf_counter() - started)

        print(f"service matrix: {SERVICES} services × {GROUPS} customer groups ({SERVICES * GROUPS} cells)")
        print(f"  build the model (read + load)     median {_ms(statistics.median(builds))}")
        print(f"  open the editor window (painted)         {_ms(window_ready)}")
        edit = statistics.median(edits)
        p95 = sorted(edits)[int(len(edits) * 0.95) - 1]
        print(f"  edit a cell: key → saved → shown   median {_ms(edit)}   p95 {_ms(p95)}   max {_ms(max(edits))}")
        print(f"    of which the transaction (SQLite) median {_ms(statistics.median(writes))}")
        print(f"    of which the model refresh        median {_ms(statistics.median(refreshes))}")
        print(f"  repaint the visible table          median {_ms(statistics.median(repaints))}")
        print(f"  undo a cell edit                   median {_ms(statistics.median(undos))}")
        print(f"  edit median / one 60 Hz frame      {edit * 1000 / FRAME_MS:.2f}×")
        window.close()
        ctx.set_workspace(None)
    QApplication.processEvents()
    return 0


def list_index(mode: object) -> int:
    from kamdesk.domain.service_matrix import ServiceMode

    return list(ServiceMode).index(mode)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
