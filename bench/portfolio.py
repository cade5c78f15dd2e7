"""Portfolio budgets with 5,000 accounts (issue 3), measured and printed — never pass/fail.

    python bench/portfolio.py [--accounts 5000] [--keep FILE]

* open: the workspace opens and the navigator is filled                       budget ≤ 1 s
* search-as-you-type: one keystroke in the navigator's search                 budget ≤ 50 ms
* recompute: a weight change (the real undo command) until every standing
  and the ranking table are up to date                                        budget ≤ 200 ms

Baselines measured in the same run: a bare ``sqlite3`` read of the same names (open), a
``QSortFilterProxyModel`` with Qt's own fixed-string filter over the same names (keystroke), and
the pure domain computation of all standings (recompute).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CITIES = ["Minden", "Bielefeld", "Köln", "Brno", "Linz", "Graz", "Ostrava", "Duisburg", "Tuttlingen", "Kassel"]
TRADES = ["Fördertechnik", "Stahlbau", "Medizintechnik", "Antriebe", "Verpackung", "Logistik", "Maschinenbau"]
FORMS = ["GmbH", "AG", "SE", "s.r.o.", "GmbH & Co. KG"]
COUNTRIES = ["Germany", "Austria", "Czech Republic", "Poland", "Switzerland"]


def generate(path: Path, count: int, seed: int = 3) -> None:
    """A workspace with ``count`` scored accounts, each with listing items and a small team."""
    from sqlalchemy import insert

    from kamdesk.services import portfolio
    from kamdesk.services.workspace import Workspace
    from kamdesk.storage.schema import Base, new_id

    rng = random.Random(seed)
    now = datetime.now(UTC)
    tables = Base.metadata.tables
    with Workspace.open(path, create=True) as ws, ws.write() as tx:
        portfolio.seed_defaults(tx)
        criteria = [r.id for r in tx.session.execute(tables["selection_criterion"].select())]
        accounts, scores, items, team = [], [], [], []
        for n in range(count):
            account_id = new_id()
            trade = rng.choice(TRADES)
            accounts.append(
                {
                    "id": account_id,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "name": f"{rng.choice(CITIES)} {trade} {n:05d} {rng.choice(FORMS)}",
                    "industry": trade,
                    "country": rng.choice(COUNTRIES),
                    "website": "",
                    "notes": "",
                    "archived": n % 50 == 0,
                    "classification": rng.choice(["ska", "ka", "smart", None]),
                    "geography": rng.choice(["local", "national", "international", "global"]),
                    "legal_entity": "",
                    "parent_group": "",
                    "sites": "",
                    "customer_goals": "",
                    "annual_revenue": rng.randrange(50_000, 5_000_000),
                    "potential": rng.randrange(5_000_000, 10_000_000),
                    "review_cadence_months": 3,
                    "last_review_on": date.today() - timedelta(days=rng.randrange(0, 200)),
                }
            )
            for criterion_id in criteria:
                if rng.random() < 0.95:
                    scores.append(_row(account_id=account_id, criterion_id=criterion_id, score=rng.randrange(0, 11)))
            for position, kind in enumerate(("release", "supplier_number", "framework", "ordering_system")):
                status = rng.choice(["done", "done", "done", "in_progress", "missing"])
                items.append(_row(account_id=account_id, kind=kind, status=status, position=position))
            team.append(_row(account_id=account_id, name="Jana Hoffmann", role="primary", position=0))
        defaults = {"title": "", "reference": "", "note": "", "function": "", "email": "", "phone": ""}
        for table, rows in (("account", accounts), ("account_score", scores), ("listing_item", items)):
            tx.session.execute(insert(tables[table]), [_filled(tables[table], r, defaults) for r in rows])
        tx.session.execute(insert(tables["team_member"]), [_filled(tables["team_member"], r, defaults) for r in team])
        tx.session.execute(tables["account"].select().limit(1))
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _row(**values: object) -> dict[str, object]:
    from kamdesk.storage.schema import new_id

    now = datetime.now(UTC)
    return {"id": new_id(), "version": 1, "created_at": now, "updated_at": now, **values}


def _filled(table: object, row: dict[str, object], defaults: dict[str, object]) -> dict[str, object]:
    columns = table.columns.keys()  # type: ignore[attr-defined]
    full = {c: row.get(c, defaults.get(c)) for c in columns}
    if "seniority" in columns and full["seniority"] is None:
        full["seniority"] = "middle"
    return full


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="write the generated workspace here and keep it")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kamdesk-bench-"))
    os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = str(folder)
    path = args.keep or folder / "portfolio.kamdesk"
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    generate(path, args.accounts)
    print(f"generated {args.accounts} accounts in {time.perf_counter() - started:.1f} s → {path}")

    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtTest import QTest

    from kamdesk.app import create_application

    app = create_application(language="en")

    # -- open: workspace + navigator -------------------------------------------------------------
    from kamdesk.services import accounts
    from kamdesk.services.workspace import Workspace
    from kamdesk.ui.navigator import Navigator

    navigator = Navigator()
    navigator.resize(320, 800)
    navigator.show()
    holder: dict[str, Workspace] = {}

    def open_workspace() -> None:
        holder["ws"] = Workspace.open(path)
        navigator.set_accounts(accounts.summaries(holder["ws"]))
        app.processEvents()

    open_s = timed(open_workspace)
    ws = holder["ws"]

    def bare_read() -> None:
        with sqlite3.connect(path) as connection:
            connection.execute("SELECT id, name, industry, country, archived, updated_at FROM account").fetchall()

    bare_s = timed(bare_read)
    print(
        f"open (workspace + navigator, {navigator.visible_count()} shown): {open_s * 1000:7.1f} ms"
        f"   budget 1000 ms → {open_s / 1.0:.2f}× budget; bare sqlite3 read {bare_s * 1000:.1f} ms"
    )

    # -- search as you type ----------------------------------------------------------------------
    navigator.search.setFocus()
    per_key = []
    for text in ("minden ", "stahl", "00042"):
        navigator.search.clear()
        app.processEvents()
        for char in text:
            per_key.append(timed(lambda c=char: (QTest.keyClick(navigator.search, c), app.processEvents())))
    names = QStringListModel([r.name for r in navigator.model.rows])
    plain = QSortFilterProxyModel()
    plain.setSourceModel(names)
    plain.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    baseline = [timed(lambda p=prefix: plain.setFilterFixedString(p)) for prefix in ("m", "mi", "min", "mind", "minde")]
    median, worst = statistics.median(per_key), max(per_key)
    plain_ms = statistics.median(baseline)
    print(
        f"search keystroke: median {median * 1000:5.1f} ms, worst {worst * 1000:5.1f} ms over {len(per_key)} keys"
        f"   budget 50 ms → worst {worst / 0.05:.2f}× budget;"
        f" Qt fixed-string filter {plain_ms * 1000:.1f} ms (ratio {median / plain_ms:.1f}×)"
    )

    # -- recompute after a weight change -----------------------------------------------------------
    from kamdesk.domain.portfolio import standings
    from kamdesk.services import portfolio
    from kamdesk.ui.context import AppContext
    from kamdesk.ui.portfolio.view import PortfolioView
    from kamdesk.ui.undo import SetFields

    ctx = AppContext()
    ctx.set_workspace(ws)
    view = PortfolioView(ctx)
    ctx.changed.connect(view.on_changes)
    view.resize(1600, 900)
    load_s = timed(lambda: (view.show(), app.processEvents()))
    revenue = portfolio.criteria(ws)[0]
    rounds = []
    for weight in (40, 25, 60, 25, 35, 25):
        old = portfolio.criteria(ws)[0].weight
        command = SetFields(ctx, "selection_criterion", revenue.id, {"weight": old}, {"weight": weight}, "bench")
        rounds.append(timed(lambda c=command: (ctx.push(c), app.processEvents())))
    entries = view.model.portfolio.entries
    scores = {e.id: e.scores for e in entries if not e.archived}
    domain = [timed(lambda: standings(view.model.portfolio.criteria, view.model.portfolio.tiers, scores))]
    top = view.ranking.visible_names()[0]
    print(
        f"recompute after a weight change (save + {len(scores)} standings + ranking table):"
        f" median {statistics.median(rounds) * 1000:5.1f} ms, worst {max(rounds) * 1000:5.1f} ms"
        f"   budget 200 ms → worst {max(rounds) / 0.2:.2f}× budget;"
        f" domain alone {domain[0] * 1000:.1f} ms; first in ranking: {top}"
    )
    print("  rounds (the first one cold):", ", ".join(f"{r * 1000:.0f}" for r in rounds), "ms")
    print(f"(portfolio view first load with {len(entries)} accounts: {load_s * 1000:.0f} ms)")
    view.close()
    ctx.set_workspace(None)
    navigator.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
