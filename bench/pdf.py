"""PDF plan of a large account, either edition, against a plain ReportLab document with the same
page count built in the same run (budget: ≤ 3 s and ≤ 2×). Prints the figures; never fails on time.

    python bench/pdf.py

"plan" is what an export does (``plan_report.export_pdf`` but for writing the file): read the
workspace for that edition (the customer edition reads no relationship board) and render it; the
fastest of five runs. The baseline is the fastest of five builds of ``plain_document()``: running
text in the same embedded font filling exactly as many pages — the ratio against it is the budget.
A document of one long table (``plain_tables()``) is printed for comparison only.

The large account (issue 7's budget): 15 team members, 40 goals, 200 actions, 80 opportunities,
20 visit reports, 8 plan reviews; a relationship board of 150 contacts with 1,000 coverage links
and 120 relations between contacts; 3 procurement maps of 100 nodes each; 40 services received
(with entitlements for every customer group, so the entitlement check has work to do).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from kamdesk.domain.plan import ActionStatus, Phase
from kamdesk.report import theme
from kamdesk.report.document import render_bytes
from kamdesk.report.source import Edition
from kamdesk.services import plan as _plan  # noqa: F401  (validators)
from kamdesk.services import plan_report, records
from kamdesk.services.workspace import Workspace

RUNS = 5
WORDS = [
    "Kanban",
    "Rahmenvertrag",
    "Freigabe",
    "Einkauf",
    "Verbindungselemente",
    "Werkstattbedarf",
    "Lieferperformance",
    "Prozesskosten",
    "Montage",
    "Kalibrierung",
    "Drehmoment",
    "Zentraleinkauf",
    "Ausschreibung",
    "Sortiment",
]


def build_account(ws: Workspace) -> str:
    today = date.today()
    with ws.write() as tx:

        def add(table: str, **values: object) -> str:
            return records.insert_row_in(tx, table, values)

        account = add(
            "account",
            name="Großkunde Bench GmbH",
            industry="Fördertechnik",
            country="Deutschland",
            classification="ska",
            geography="global",
            notes="Interne Notiz " * 20,
        )
        team = [
            add(
                "team_member",
                account_id=account,
                name=f"Teammitglied {n:02d} Łukasz Dvořák",
                role=("primary", "mentor", "technical", "inside_sales")[n % 4] if n < 4 else "other",
                function="Vertrieb",
                email=f"member{n}@fabrion.example",
                position=n,
            )
            for n in range(15)
        ]
        goals = [
            add(
                "plan_goal",
                account_id=account,
                side=("customer", "ours")[n % 2],
                title=f"Ziel {n}: {' '.join(WORDS[n % 7 : n % 7 + 6])}",
                measure=f"Kennzahl {n} von 38 € auf 30 €",
                target_on=today + timedelta(days=30 * (n % 12)),
                notes="Notiz " * (n % 5),
                internal=n % 9 == 0,
                position=n,
            )
            for n in range(40)
        ]
        visits = [
            add(
                "visit_report",
                account_id=account,
                visited_on=today - timedelta(days=7 * n),
                subject=f"Besuch {n}: {' '.join(WORDS[n % 5 : n % 5 + 4])}",
                location="Minden",
                notes=" ".join(WORDS) * 2,
                outcomes=" ".join(WORDS),
                next_steps="\n".join(WORDS[:4]),
            )
            for n in range(20)
        ]
        for n in range(200):
            add(
                "plan_action",
                account_id=account,
                title=f"Maßnahme {n}: {' '.join(WORDS[n % 9 : n % 9 + 5])}",
                owner_id=team[n % 15],
                due_on=today + timedelta(days=n - 60),
                status=(ActionStatus.DONE if n % 7 == 0 else ActionStatus.OPEN).value,
                goal_id=goals[n % 40],
                visit_id=visits[n % 20] if n % 3 == 0 else None,
                notes="Hinweis " * (n % 4),
                internal=n % 11 == 0,
                position=n,
            )
        phases = list(Phase)
        for n in range(80):
            add(
                "opportunity",
                account_id=account,
                title=f"Chance {n}: {' '.join(WORDS[n % 6 : n % 6 + 4])}",
                phase=phases[n % 8].value,
                value=Decimal(5000 + 1000 * n),
                probability=(n * 7) % 100,
                expected_close=today + timedelta(days=n * 3),
                next_step=" ".join(WORDS[:5]),
                owner_id=team[n % 15],
                competitors="Borkmann" if n % 2 else "",
                position=n,
            )
        for n in range(8):
            add(
                "plan_review",
                account_id=account,
                reviewed_on=today - timedelta(days=90 * n),
                reviewer_id=team[1],
                notes=" ".join(WORDS),
                decisions=" ".join(WORDS[:8]),
            )
        _board(tx, account, team)
        _maps(tx, account)
        _services(tx, account)
    return account


CONTACTS, LINKS, RELATIONS, MAPS, MAP_NODES, SERVICES = 150, 1000, 120, 3, 100, 40


def _board(tx: object, account: str, team: list[str]) -> None:
    from kamdesk.domain.board import BuyingRole, Coverage, Influence, RelationKind, RelationshipLevel, Side
    from kamdesk.domain.team import Seniority
    from kamdesk.services import relations

    rnd = random.Random(7)
    today = date.today()
    contacts = [
        relations.add_contact_in(
            tx,  # type: ignore[arg-type]
            account,
            {
                "name": f"Kontakt {n:03d} Müller-Lüdenscheidt",
                "title": "Leiter Instandhaltung Werk Minden",
                "column_id": f"{relations.DEFAULT_PREFIX}{rnd.randrange(8)}",
                "rank": rnd.choice(list(Seniority)).value,
                "buying_role": rnd.choice(list(BuyingRole)).value,
                "side": rnd.choice(list(Side)).value,
                "influence": rnd.choice(list(Influence)).value,
                "coverage": rnd.choice(list(Coverage)).value,
                "last_contact": today - timedelta(days=rnd.randrange(300)),
                "agenda": "Will Prozesskosten senken" if n % 5 == 0 else "",
            },
        )
        for n in range(CONTACTS)
    ]
    levels = list(RelationshipLevel)
    for member, contact in rnd.sample([(m, c) for m in team for c in contacts], LINKS):
        records.insert_row_in(
            tx,  # type: ignore[arg-type]
            "coverage_link",
            {
                "account_id": account,
                "team_member_id": member,
                "contact_id": contact,
                "level": rnd.choice(levels).value,
                "target_level": rnd.choice([None, *levels]),
                "notes": "Regelmäßig im Werk" if rnd.random() < 0.1 else "",
            },
        )
    for _ in range(RELATIONS):
        a, b = rnd.sample(contacts, 2)
        records.insert_row_in(
            tx,  # type: ignore[arg-type]
            "contact_relation",
            {"account_id": account, "source_id": a, "target_id": b, "kind": rnd.choice(list(RelationKind)).value},
        )


def _maps(tx: object, account: str) -> None:
    """Maps of 100 nodes as real ones branch: four parallel paths through 24 stages, decisions
    crossing over to the next path, each path in a lane of its own."""
    from kamdesk.domain.procurement.model import Branch, ConditionKind, LaneRole, NodeKind
    from kamdesk.domain.procurement.templates import MapDraft
    from kamdesk.services import procurement

    kinds = [NodeKind.STEP, NodeKind.SYSTEM, NodeKind.APPROVAL, NodeKind.DECISION, NodeKind.ORDER]
    paths, stages = 4, (MAP_NODES - 4) // 4  # start, order, receipt, end + 4 × 24
    for m in range(MAPS):
        draft = MapDraft(f"Beschaffung {m + 1}: Werkzeuge und Verbindungselemente")
        lanes = [draft.lane(f"Rolle {n}", list(LaneRole)[n]) for n in range(paths + 1)]
        start = draft.node(NodeKind.START, "Bedarf entsteht", lanes[0])
        grid: list[list[str]] = []
        for k in range(stages):
            row = []
            for p in range(paths):
                n = k * paths + p
                kind = kinds[n % len(kinds)]
                if kind is NodeKind.DECISION:
                    row.append(draft.decision("", lanes[p + 1], ConditionKind.AMOUNT, 250 * (1 + n % 7)))
                elif kind is NodeKind.APPROVAL:
                    row.append(
                        draft.node(kind, f"Freigabe {n}", lanes[p + 1], approval_limit=Decimal(1000 * (n % 9 + 1)))
                    )
                else:
                    row.append(draft.node(kind, f"Schritt {n}: {WORDS[n % len(WORDS)]}", lanes[p + 1]))
            grid.append(row)
        order = draft.node(NodeKind.ORDER, "Bestellung an Fabrion", lanes[0])
        receipt = draft.node(NodeKind.STEP, "Wareneingang", lanes[0])
        end = draft.node(NodeKind.END, "Geliefert", lanes[0])
        kind_of = {node.id: node.kind for node in draft.nodes}
        for p in range(paths):
            draft.edge(start, grid[0][p])
            draft.edge(grid[-1][p], order)
        for k in range(stages - 1):
            for p in range(paths):
                decision = kind_of[grid[k][p]] is NodeKind.DECISION
                draft.edge(grid[k][p], grid[k + 1][p], Branch.YES if decision else None)
                if decision:
                    draft.edge(grid[k][p], grid[k + 1][(p + 1) % paths], Branch.NO)
        draft.edge(order, receipt)
        draft.edge(receipt, end)
        procurement.insert_map_in(tx, account, draft.build(account))  # type: ignore[arg-type]


def _services(tx: object, account: str) -> None:
    from kamdesk.domain.service_matrix import ServiceMode
    from kamdesk.services.service_matrix import load_matrix_in

    groups = load_matrix_in(tx.session).groups  # type: ignore[attr-defined]
    modes = list(ServiceMode)
    for s in range(SERVICES):
        service = records.insert_row_in(
            tx,  # type: ignore[arg-type]
            "service",
            {
                "name": f"Service {s:02d}: {WORDS[s % len(WORDS)]}",
                "category": f"Kategorie {s % 5}",
                "list_price": Decimal(50 + 10 * s),
                "internal_cost": Decimal(20 + 5 * s),
                "position": s,
            },
        )
        for g, group in enumerate(groups):
            records.insert_row_in(
                tx,  # type: ignore[arg-type]
                "service_entitlement",
                {"service_id": service, "customer_group_id": group.id, "mode": modes[(s + g) % len(modes)].value},
            )
        records.insert_row_in(
            tx,  # type: ignore[arg-type]
            "received_service",
            {"account_id": account, "service_id": service, "quantity": Decimal(1 + s % 4), "position": s},
        )


def _plain_story(paragraphs: int) -> list[Paragraph]:
    style = theme.styles().body
    text = " ".join(WORDS * 4)
    return [Paragraph(f"{n} {text}", style) for n in range(paragraphs)]


def _plain_build(paragraphs: int) -> tuple[int, float]:
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    start = time.perf_counter()
    doc.build(_plain_story(paragraphs))
    return doc.page, time.perf_counter() - start


def _table_build(rows: int) -> tuple[int, float]:
    styles = theme.styles()
    data: list[list[object]] = [["Fällig", "Maßnahme", "Verantwortlich", "Status"]]
    for n in range(rows):
        title = Paragraph(f"Maßnahme {n}: {' '.join(WORDS[n % 9 : n % 9 + 8])}", styles.cell)
        data.append(["02.11.2026", title, "Jana Hoffmann", "Offen"])
    table = Table(data, colWidths=[70, 250, 100, 60], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), theme.FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    start = time.perf_counter()
    doc.build([table])
    return doc.page, time.perf_counter() - start


def plain_tables(pages: int) -> float:
    """Seconds to build a plain ReportLab document of ``pages`` pages of one long four-column table
    (strings and wrapping paragraphs, header repeated): plain ReportLab, none of kamdesk's parts."""
    count = pages * 30
    for _ in range(6):
        got, _seconds = _table_build(count)
        if got == pages:
            break
        count = max(1, round(count * pages / got) + (1 if got < pages else -1))
    return min(_table_build(count)[1] for _ in range(RUNS))


def plain_document(pages: int) -> float:
    """Seconds to build a plain ReportLab document of ``pages`` pages, every page filled with
    running text in the same embedded font (no tables, no contents, no headers)."""
    per_page = 8
    count = pages * per_page
    for _ in range(6):  # find the paragraph count that gives exactly ``pages`` pages
        got, _seconds = _plain_build(count)
        if got == pages:
            break
        count = max(1, round(count * pages / got) + (1 if got < pages else -1))
    return min(_plain_build(count)[1] for _ in range(RUNS))


def main() -> int:
    theme.register_fonts()
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder) / "bench.kamdesk", create=True) as ws:
        account = build_account(ws)
        for edition in Edition:
            plan_times, plain_times, collect_times, pages = [], [], [], 0
            for _ in range(RUNS):
                start = time.perf_counter()
                source = plan_report.collect(ws, account, edition=edition)
                collected = time.perf_counter()
                _pdf, result = render_bytes(source, edition, "de")
                plan_times.append(time.perf_counter() - start)
                collect_times.append(collected - start)
                pages = result.pages
            plain_times.append(plain_document(pages))
            plan_s, plain_s = min(plan_times), min(plain_times)
            tables_s = plain_tables(pages)
            print(
                f"{edition.value:8} edition: {pages:3d} pages  plan {plan_s * 1000:6.0f} ms "
                f"(of which reading the workspace {min(collect_times) * 1000:.0f} ms)  [budget ≤ 3000 ms]"
            )
            print(
                f"{'':18}plain ReportLab, same page count: running text {plain_s * 1000:5.0f} ms → "
                f"ratio {plan_s / plain_s:4.2f}×;  one long table {tables_s * 1000:5.0f} ms → "
                f"ratio {plan_s / tables_s:4.2f}×  [budget ≤ 2.00×]"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
