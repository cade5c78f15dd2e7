"""Relationship board budget: 150 contacts, 15 team members, 1,000 coverage links.

    python bench/relations.py

Prints: opening the tab until its first paint (budget 500 ms), one drag step of a piece with
its repaint (median, budget 16 ms), key issues recomputed (median, budget 50 ms) and the
process's peak memory (budget 300 MB). Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CONTACTS, TEAM, LINKS, RELATIONS = 150, 15, 1000, 120


def build(path: Path) -> str:
    from kamdesk.domain.board import BuyingRole, Coverage, Influence, RelationshipLevel, Side
    from kamdesk.domain.team import Seniority
    from kamdesk.services import records, relations
    from kamdesk.services.workspace import Workspace

    rnd = random.Random(5)
    today = date.today()
    with Workspace.open(path, create=True) as ws, ws.write() as tx:
        account = records.insert_row_in(tx, "account", {"name": "Large Account AG"})
        team = [
            records.insert_row_in(
                tx,
                "team_member",
                {
                    "account_id": account,
                    "name": f"Team Member {n:02d}",
                    "function": "Sales",
                    "seniority": rnd.choice(list(Seniority)).value,
                    "position": n,
                },
            )
            for n in range(TEAM)
        ]
        contacts = [
            relations.add_contact_in(
                tx,
                account,
                {
                    "name": f"Contact {n:03d} Mustermann",
                    "title": "Head of Something Important",
                    "column_id": f"{relations.DEFAULT_PREFIX}{rnd.randrange(8)}",
                    "rank": rnd.choice(list(Seniority)).value,
                    "buying_role": rnd.choice(list(BuyingRole)).value,
                    "side": rnd.choice(list(Side)).value,
                    "influence": rnd.choice(list(Influence)).value,
                    "coverage": rnd.choice(list(Coverage)).value,
                    "last_contact": today - timedelta(days=rnd.randrange(300)),
                },
            )
            for n in range(CONTACTS)
        ]
        pairs = rnd.sample([(m, c) for m in team for c in contacts], LINKS)
        levels = list(RelationshipLevel)
        for member, contact in pairs:
            records.insert_row_in(
                tx,
                "coverage_link",
                {
                    "account_id": account,
                    "team_member_id": member,
                    "contact_id": contact,
                    "level": rnd.choice(levels).value,
                    "target_level": rnd.choice([None, *levels]),
                    "last_contact": today - timedelta(days=rnd.randrange(200)),
                },
            )
        for _ in range(RELATIONS):
            a, b = rnd.sample(contacts, 2)
            records.insert_row_in(
                tx, "contact_relation", {"account_id": account, "source_id": a, "target_id": b, "kind": "reports_to"}
            )
    return account


def main() -> int:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from kamdesk.app import create_application
    from kamdesk.domain.key_issues import key_issues
    from kamdesk.services import relations
    from kamdesk.services.workspace import Workspace
    from kamdesk.ui.context import AppContext
    from kamdesk.ui.tabs.relations import RelationsTab

    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.kamdesk"
        account = build(path)
        ctx = AppContext()
        ctx.set_workspace(Workspace.open(path))
        tab = RelationsTab(ctx)
        tab.resize(1920, 1080)
        tab.show()
        app.processEvents()

        start = time.perf_counter()
        tab.show_account(account)
        tab.view.viewport().repaint()
        opened = (time.perf_counter() - start) * 1000

        lines_default = tab.lines_check.isChecked()
        tab.view.resetTransform()  # drag at 100 % zoom, the worst case for painting
        viewport = tab.view.viewport()

        def drag(piece) -> list[float]:  # type: ignore[no-untyped-def]
            tab.view.centerOn(piece)
            app.processEvents()
            viewport.repaint()
            origin = tab.view.mapFromScene(piece.glyph_center())
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin)
            steps = []
            for n in range(1, 61):
                t0 = time.perf_counter()
                QTest.mouseMove(viewport, origin + QPointF(n * 3, n * 2).toPoint())
                viewport.repaint()
                steps.append((time.perf_counter() - t0) * 1000)
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin)
            ctx.undo_stack.undo()  # put it back
            app.processEvents()
            return steps

        pieces = list(tab.scene.pieces)
        steps = drag(tab.scene.pieces[pieces[10]])
        tab.lines_check.setChecked(True)
        all_lines = drag(tab.scene.pieces[pieces[20]])
        ctx.undo_stack.clear()

        board = relations.load(ctx.workspace(), account)
        runs = []
        for _ in range(20):
            t0 = time.perf_counter()
            issues = key_issues(board, date.today())
            runs.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        relations.load(ctx.workspace(), account)
        loading = (time.perf_counter() - t0) * 1000

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"board: {len(board.contacts)} contacts, {len(board.team)} team members, {len(board.links)} links, "
            f"{len(board.relations)} contact lines, {len(issues)} key issues"
        )
        print(f"open the tab and paint:      {opened:7.1f} ms  (budget 500 ms, {opened / 500:.2f}x)")
        print(f"  of which reading the board: {loading:6.1f} ms")
        mode = "all lines" if lines_default else "lines of the selection only, the default above 80 links"
        print(
            f"drag a piece, repaint:       {statistics.median(steps):7.1f} ms median, {max(steps):.1f} ms worst"
            f"  (budget 16 ms, {statistics.median(steps) / 16:.2f}x; {mode})"
        )
        print(f"  … with all 1,000 lines on: {statistics.median(all_lines):7.1f} ms median")
        print(
            f"key issues recomputed:       {statistics.median(runs):7.2f} ms median  "
            f"(budget 50 ms, {statistics.median(runs) / 50:.3f}x)"
        )
        print(f"peak memory:                 {peak:7.1f} MB  (budget 300 MB, {peak / 300:.2f}x)")
        tab.close()
        ctx.set_workspace(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
