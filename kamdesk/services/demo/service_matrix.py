"""Demo service matrix: the typical key-account services of seed 001 (in our own words, for a
supplier of tools, fasteners and workshop supplies), what each customer group gets, and what the
demo accounts actually receive — including one service given beyond entitlement."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.domain.service_matrix import STANDARD_GROUPS
from kamdesk.services import service_matrix as _service_matrix  # noqa: F401  (registers its validators)
from kamdesk.services.demo.context import DemoContext

SKA, KA, SMART, A, B, C = (g[0] for g in STANDARD_GROUPS)
GROUPS = (SKA, KA, SMART, A, B, C)

F, W, CH, R, N = "free", "waived", "charged", "on_request", "not_offered"


def _catalogue() -> list[tuple[str, str, str, str, str, Decimal | None, Decimal | None]]:
    """(key, name, description, category, unit, value per unit, internal cost per unit)"""
    supply = i18n.translate("Demo", "Supply & logistics")
    service = i18n.translate("Demo", "Service & support")
    innovation = i18n.translate("Demo", "Innovation")
    commercial = i18n.translate("Demo", "Commercial")
    d = Decimal
    return [
        (
            "priority",
            i18n.translate("Demo", "Priority allocation in shortages"),
            i18n.translate(
                "Demo",
                "When goods are scarce, the customer's orders are served first from stock held back for key accounts.",
            ),
            supply,
            "",
            d(2400),
            d(1100),
        ),
        (
            "express",
            i18n.translate("Demo", "Express delivery of urgent orders"),
            i18n.translate(
                "Demo", "Urgent small orders leave the same day by courier, e.g. a Friday call for Monday morning."
            ),
            supply,
            i18n.translate("Demo", "delivery"),
            d(180),
            d(145),
        ),
        (
            "packaging",
            i18n.translate("Demo", "Customer-specific packaging and labels"),
            i18n.translate(
                "Demo", "Packs sized for the customer's kanban bins, labelled with their part numbers and bar codes."
            ),
            supply,
            i18n.translate("Demo", "article"),
            d(150),
            d(90),
        ),
        (
            "contact",
            i18n.translate("Demo", "Dedicated inside-sales contact"),
            i18n.translate("Demo", "One named person in inside sales (and a named deputy) handles every request."),
            service,
            "",
            d(6000),
            d(4500),
        ),
        (
            "training",
            i18n.translate("Demo", "On-site training for the customer's staff"),
            i18n.translate(
                "Demo", "Our application engineers train users at the customer's site, e.g. on cutting tools or torque."
            ),
            service,
            i18n.translate("Demo", "training day"),
            d(1200),
            d(800),
        ),
        (
            "survey",
            i18n.translate("Demo", "Individual satisfaction survey"),
            i18n.translate(
                "Demo", "A survey designed for this customer's departments and sites, with results discussed together."
            ),
            service,
            i18n.translate("Demo", "survey"),
            d(1500),
            d(900),
        ),
        (
            "workshop",
            i18n.translate("Demo", "Product innovation workshop"),
            i18n.translate(
                "Demo",
                "A day with our product managers on the customer's application problems; it may lead to joint work.",
            ),
            innovation,
            i18n.translate("Demo", "workshop"),
            d(3500),
            d(2200),
        ),
        (
            "development",
            i18n.translate("Demo", "Custom product or service development"),
            i18n.translate("Demo", "A product, kit or service developed for the customer's own requirements."),
            innovation,
            i18n.translate("Demo", "project"),
            d(12000),
            d(9000),
        ),
        (
            "panel",
            i18n.translate("Demo", "Customer advisory panel"),
            i18n.translate("Demo", "A seat in our yearly panel where selected customers test and shape new ranges."),
            innovation,
            i18n.translate("Demo", "seat"),
            d(800),
            d(500),
        ),
        (
            "reporting",
            i18n.translate("Demo", "Group-wide purchasing report"),
            i18n.translate(
                "Demo",
                "Purchases, savings and consumption across all of the customer's companies, divisions and sites.",
            ),
            commercial,
            i18n.translate("Demo", "report"),
            d(450),
            d(300),
        ),
        (
            "bonus",
            i18n.translate("Demo", "Central bonus agreement"),
            i18n.translate("Demo", "One year-end bonus on the purchases of the whole group, whichever site ordered."),
            commercial,
            "",
            None,
            None,
        ),
        (
            "marketing",
            i18n.translate("Demo", "Exclusive joint marketing campaign"),
            i18n.translate(
                "Demo", "A campaign of ours that presents a range as available only through this customer (trade)."
            ),
            commercial,
            i18n.translate("Demo", "campaign"),
            d(5000),
            d(3000),
        ),
    ]


#: service key → mode per group (SKA, KA, Smart KA, A, B, C); a price where charged differs from the list value
MATRIX: dict[str, tuple[str | tuple[str, int], ...]] = {
    "priority": (F, F, R, R, N, N),
    "express": (W, W, CH, CH, CH, (CH, 210)),
    "packaging": (F, (CH, 90), CH, R, N, N),
    "contact": (F, F, F, R, N, N),
    "training": (F, W, CH, CH, CH, N),
    "survey": (F, F, N, N, N, N),
    "workshop": (F, R, N, N, N, N),
    "development": (W, CH, N, N, N, N),
    "panel": (F, F, N, N, N, N),
    "reporting": (F, F, F, CH, N, N),
    "bonus": (F, F, R, R, N, N),
    "marketing": (R, R, N, N, N, N),
}

#: account → (service, quantity, frequency, value per unit or None, billing, note)
RECEIVED: dict[str, list[tuple[str, int, str, int | None, str, str]]] = {
    "weserland": [
        ("express", 4, "year", 180, W, ""),
        ("contact", 1, "year", None, F, ""),
        ("reporting", 1, "quarter", None, F, ""),
        ("bonus", 1, "year", 8500, F, "bonus"),
        ("workshop", 2, "year", None, F, ""),
        ("packaging", 40, "once", None, F, "packaging"),
        ("training", 2, "year", None, W, ""),
    ],
    "kessler": [
        ("priority", 1, "year", None, F, ""),
        ("express", 6, "year", None, W, ""),
        ("workshop", 3, "year", None, F, ""),
        ("development", 1, "once", 18000, W, ""),
        ("panel", 2, "year", None, F, ""),
    ],
    "rheinstahl": [
        ("express", 10, "year", None, CH, ""),
        ("reporting", 2, "year", None, F, ""),
        ("training", 2, "year", None, F, "training"),
    ],
    "ostrava": [
        ("reporting", 1, "quarter", None, F, ""),
        ("contact", 1, "year", None, F, ""),
    ],
    "altmann": [("express", 2, "year", None, CH, "")],
}


def _notes() -> dict[str, str]:
    return {
        "bonus": i18n.translate("Demo", "3% on the group's purchases last year."),
        "packaging": i18n.translate(
            "Demo", "Kanban labels for the Brno plant, agreed on the phone after an escalation; not in the KA package."
        ),
        "training": i18n.translate("Demo", "Promised by the branch to win the tender; Smart KAs pay for training."),
    }


def build(demo: DemoContext) -> None:
    ids = {}
    for position, (key, name, description, category, unit, value, cost) in enumerate(_catalogue()):
        ids[key] = demo.add(
            "service",
            f"service:{key}",
            name=name,
            description=description,
            category=category,
            unit=unit,
            list_price=value,
            internal_cost=cost,
            position=position,
        )
    for key, modes in MATRIX.items():
        for group, cell in zip(GROUPS, modes, strict=True):
            mode, price = (cell, None) if isinstance(cell, str) else (cell[0], Decimal(cell[1]))
            if mode != N:
                demo.add("service_entitlement", service_id=ids[key], customer_group_id=group, mode=mode, price=price)
    notes = _notes()
    for account, items in RECEIVED.items():
        for position, (key, quantity, frequency, value, billing, note) in enumerate(items):
            demo.add(
                "received_service",
                account_id=demo.ids[account],
                service_id=ids[key],
                quantity=Decimal(quantity),
                frequency=frequency,
                unit_value=None if value is None else Decimal(value),
                billing=billing,
                note=notes.get(note, ""),
                position=position,
            )
    # Altmann is no longer a key account (no classification): it gets what A customers get.
    demo.add("account_customer_group", account_id=demo.ids["altmann"], customer_group_id=A)
