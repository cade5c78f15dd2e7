"""Demo portfolio: the default criteria and tiers, each account's scores, its listing prerequisites.

The stories: Weserland can order, but its framework agreement ends in six weeks and one point more
on revenue would make it Gold; Kessler (the innovation partner) cannot order yet — the torque tools
are still being qualified and the framework agreement is being negotiated.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kamdesk.domain import i18n
from kamdesk.services import listing, portfolio  # noqa: F401  (register their validators)
from kamdesk.services.demo.context import DemoContext

#: account key → scores in the order of the default criteria (revenue, potential, strategic fit,
#: innovation, reference value, profitability, relationship)
SCORES = {
    "weserland": (8, 9, 7, 5, 6, 6, 7),
    "kessler": (5, 9, 10, 10, 9, 7, 8),
    "rheinstahl": (10, 10, 4, 2, 5, 3, 3),
    "ostrava": (3, 5, 6, 3, 7, 6, 6),
}


def build(demo: DemoContext) -> None:
    portfolio.seed_defaults(demo.tx)
    criteria = _criteria_ids(demo)
    for account, scores in SCORES.items():
        for criterion_id, score in zip(criteria, scores, strict=True):
            demo.add("account_score", account_id=demo.ids[account], criterion_id=criterion_id, score=score)
    today = date.today()
    for account, items in _listing(today).items():
        for position, values in enumerate(items):
            demo.add("listing_item", account_id=demo.ids[account], position=position, **values)


def _criteria_ids(demo: DemoContext) -> list[str]:
    from sqlalchemy import select

    t = portfolio._t(portfolio.CRITERION)
    return list(demo.tx.session.execute(select(t.c.id).order_by(t.c.position)).scalars())


def _listing(today: date) -> dict[str, list[dict[str, Any]]]:
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    return {
        "weserland": [
            {
                "kind": "release",
                "title": i18n.translate("Demo", "Tools, fasteners, workshop supplies"),
                "status": "done",
                "status_on": date(2023, 3, 14),
                "note": i18n.translate("Demo", "Released by quality management after a two-month trial in Minden."),
            },
            {"kind": "supplier_number", "reference": "700 41 382", "status": "done", "status_on": date(2023, 4, 3)},
            {
                "kind": "framework",
                "title": i18n.translate("Demo", "C-parts framework agreement"),
                "reference": "RV-2024-017",
                "status": "done",
                "status_on": date(2024, 1, 1),
                "with_prices": True,
                "valid_from": date(2024, 1, 1),
                "valid_to": today + timedelta(days=41),
                "note": i18n.translate(
                    "Demo", "Renewal talks with central purchasing; aim: three years with a price escalation clause."
                ),
            },
            {
                "kind": "ordering_system",
                "title": "SAP Ariba",
                "channel": "cxml",
                "status": "done",
                "status_on": date(2023, 6, 12),
                "note": i18n.translate("Demo", "Minden and Porta Westfalica order through the punch-out."),
            },
            {
                "kind": "ordering_system",
                "title": i18n.translate("Demo", "Brno plant: e-mail orders"),
                "channel": "other",
                "status": "done",
                "status_on": ago(200),
                "note": i18n.translate("Demo", "Brno is to join Ariba next year."),
            },
        ],
        "kessler": [
            {
                "kind": "release",
                "title": i18n.translate("Demo", "Torque tools for instrument assembly"),
                "status": "in_progress",
                "status_on": ago(45),
                "note": i18n.translate("Demo", "Validation by Kessler QA; the report is expected in four weeks."),
            },
            {"kind": "supplier_number", "reference": "K-55012", "status": "done", "status_on": ago(400)},
            {
                "kind": "framework",
                "title": i18n.translate("Demo", "Development and supply agreement"),
                "status": "in_progress",
                "status_on": ago(20),
                "with_prices": True,
                "note": i18n.translate("Demo", "Second draft with legal; open point: liability for calibration."),
            },
            {
                "kind": "ordering_system",
                "title": "SAP MM",
                "channel": "oci",
                "status": "missing",
                "note": i18n.translate("Demo", "The OCI catalogue needs the framework agreement first."),
            },
        ],
        "rheinstahl": [
            {"kind": "release", "status": "not_required", "note": i18n.translate("Demo", "Released per tender.")},
            {"kind": "supplier_number", "reference": "3000871", "status": "done", "status_on": date(2022, 9, 1)},
            {
                "kind": "framework",
                "title": i18n.translate("Demo", "Tender lot 4: consumables"),
                "status": "done",
                "status_on": ago(300),
                "with_prices": False,
                "valid_from": ago(300),
                "valid_to": today + timedelta(days=430),
            },
            {"kind": "ordering_system", "title": "Coupa", "channel": "hosted", "status": "done", "status_on": ago(280)},
        ],
        "ostrava": [
            {"kind": "release", "status": "done", "status_on": date(2024, 5, 6)},
            {"kind": "supplier_number", "reference": "D-10442", "status": "done", "status_on": date(2024, 5, 20)},
            {
                "kind": "framework",
                "status": "not_required",
                "note": i18n.translate("Demo", "Orders against quotations."),
            },
            {
                "kind": "ordering_system",
                "title": i18n.translate("Demo", "E-mail orders"),
                "channel": "other",
                "status": "done",
                "status_on": date(2024, 6, 1),
            },
        ],
    }
