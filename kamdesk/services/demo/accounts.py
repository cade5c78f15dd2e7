"""Demo accounts: fictional customers of a fictional supplier of tools, fasteners and workshop
supplies (the C-parts business the seed articles talk about)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.services.demo import MAIN_ACCOUNT as MAIN
from kamdesk.services.demo.context import DemoContext


def build(demo: DemoContext) -> None:
    today = date.today()
    demo.add(
        "account",
        "weserland",
        name=MAIN,
        industry=i18n.translate("Demo", "Conveyor and intralogistics systems"),
        country=i18n.translate("Demo", "Germany"),
        website="www.weserland-foerdertechnik.example",
        classification="ka",
        geography="international",
        legal_entity="Weserland Fördertechnik GmbH",
        parent_group="Weserland Holding GmbH & Co. KG",
        sites=i18n.translate(
            "Demo", "Minden (headquarters, central purchasing); Porta Westfalica (assembly); Brno, CZ (plant)"
        ),
        annual_revenue=Decimal("1850000"),
        potential=Decimal("4200000"),
        customer_goals=i18n.translate(
            "Demo",
            "Cut the process cost of C-parts purchasing by 15% by 2027. One supplier for tools and fasteners "
            "across all three sites. No assembly stop for want of a part.",
        ),
        phase="delivery",
        review_cadence_months=3,
        last_review_on=today - timedelta(days=10),  # the plan review held ten days ago (demo plan)
        notes=i18n.translate(
            "Demo",
            "Family-owned, 1,450 employees at three sites (Minden, Porta Westfalica, Brno). "
            "Central purchasing in Minden bundles C-parts; production sites order tools themselves "
            "below the approval limit. The new plant manager in Brno is open to a consignment stock.",
        ),
    )
    demo.add(
        "account",
        "kessler",
        name="Kessler Medizintechnik AG",
        industry=i18n.translate("Demo", "Medical devices"),
        country=i18n.translate("Demo", "Germany"),
        website="www.kessler-medizintechnik.example",
        classification="ska",
        geography="global",
        legal_entity="Kessler Medizintechnik AG",
        parent_group="",
        sites=i18n.translate("Demo", "Tuttlingen (headquarters, development); Penang, MY (production)"),
        annual_revenue=Decimal("620000"),
        potential=Decimal("2800000"),
        customer_goals=i18n.translate(
            "Demo",
            "Bring a traceable torque tool for instrument assembly to market by 2027; qualify fewer, stronger "
            "suppliers.",
        ),
        phase="negotiation",
        review_cadence_months=2,
        last_review_on=today - timedelta(days=31),
        notes=i18n.translate(
            "Demo",
            "Innovation leader in surgical instruments; wants to develop a traceable torque tool with us. "
            "Engineering writes the specifications its contract manufacturers buy against.",
        ),
    )
    demo.add(
        "account",
        "rheinstahl",
        name="Rheinstahl Bau & Montage SE",
        industry=i18n.translate("Demo", "Steel construction and installation"),
        country=i18n.translate("Demo", "Germany"),
        website="www.rheinstahl-bau.example",
        classification="smart",
        geography="global",
        legal_entity="Rheinstahl Bau & Montage SE",
        parent_group="Rheinstahl Gruppe",
        sites=i18n.translate("Demo", "Duisburg (headquarters); 40 construction sites in Europe and the Middle East"),
        annual_revenue=Decimal("3400000"),
        potential=Decimal("9500000"),
        customer_goals=i18n.translate(
            "Demo", "Lower the price per site-month of consumables; deliveries straight to the site."
        ),
        phase="review",
        review_cadence_months=6,
        last_review_on=today - timedelta(days=62),
        notes=i18n.translate(
            "Demo",
            "Buys through global tenders twice a year; price and delivery reliability decide. "
            "No interest in workshops or a broad relationship network.",
        ),
    )
    demo.add(
        "account",
        "ostrava",
        name="Hutní komponenty Ostrava s.r.o.",
        industry=i18n.translate("Demo", "Metal components"),
        country=i18n.translate("Demo", "Czech Republic"),
        website="www.hutni-komponenty.example",
        classification="ka",
        geography="national",
        legal_entity="Hutní komponenty Ostrava s.r.o.",
        parent_group="",
        sites=i18n.translate("Demo", "Ostrava-Vítkovice (plant); Frýdek-Místek (machining)"),
        annual_revenue=Decimal("380000"),
        potential=Decimal("900000"),
        customer_goals=i18n.translate(
            "Demo", "Consolidate tool purchasing of both plants; monthly consumption reports."
        ),
        phase="exploration",
        review_cadence_months=4,
        last_review_on=today - timedelta(days=150),
        notes=i18n.translate(
            "Demo", "Supplier of Weserland; the purchasing director Ing. Dvořák values reporting across sites."
        ),
    )
    demo.add(
        "account",
        "altmann",
        name="Altmann Verpackung GmbH",
        industry=i18n.translate("Demo", "Packaging machinery"),
        country=i18n.translate("Demo", "Austria"),
        website="",
        geography="national",
        legal_entity="Altmann Verpackung GmbH",
        annual_revenue=Decimal("95000"),
        notes=i18n.translate("Demo", "Acquired by a competitor's group in 2025; no longer a key account."),
        archived=True,
    )
    _team(demo)


#: (account key, member key, name, function, role, seniority, email)
TEAM = [
    (
        "weserland",
        "hoffmann",
        "Jana Hoffmann",
        "Key Account Manager",
        "primary",
        "middle",
        "jana.hoffmann@fabrion.example",
    ),
    (
        "weserland",
        "weber",
        "Dr. Markus Weber",
        "Head of Sales Industry",
        "mentor",
        "senior",
        "markus.weber@fabrion.example",
    ),
    (
        "weserland",
        "schulte",
        "Lena Schulte",
        "Inside Sales",
        "inside_sales",
        "specialist",
        "lena.schulte@fabrion.example",
    ),
    (
        "weserland",
        "krueger",
        "Tobias Krüger",
        "Application Engineer",
        "technical",
        "specialist",
        "tobias.krueger@fabrion.example",
    ),
    (
        "weserland",
        "richter",
        "Sabine Richter",
        "Managing Director",
        "sponsor",
        "board",
        "sabine.richter@fabrion.example",
    ),
    (
        "weserland",
        "yilmaz",
        "Mehmet Yılmaz",
        "Service Technician",
        "service",
        "specialist",
        "mehmet.yilmaz@fabrion.example",
    ),
    (
        "kessler",
        "k_hoffmann",
        "Jana Hoffmann",
        "Key Account Manager",
        "primary",
        "middle",
        "jana.hoffmann@fabrion.example",
    ),
    (
        "kessler",
        "k_weber",
        "Dr. Markus Weber",
        "Head of Sales Industry",
        "sponsor",
        "senior",
        "markus.weber@fabrion.example",
    ),
    ("kessler", "k_nowak", "Piotr Nowak", "Product Development", "technical", "middle", "piotr.nowak@fabrion.example"),
    (
        "rheinstahl",
        "r_berger",
        "Felix Berger",
        "Key Account Manager",
        "primary",
        "middle",
        "felix.berger@fabrion.example",
    ),
    (
        "rheinstahl",
        "r_schulte",
        "Lena Schulte",
        "Inside Sales",
        "inside_sales",
        "specialist",
        "lena.schulte@fabrion.example",
    ),
    ("ostrava", "o_berger", "Felix Berger", "Key Account Manager", "primary", "middle", "felix.berger@fabrion.example"),
    (
        "ostrava",
        "o_novakova",
        "Tereza Nováková",
        "Sales Representative Czech Republic",
        "other",
        "specialist",
        "tereza.novakova@fabrion.example",
    ),
]


def _team(demo: DemoContext) -> None:
    functions = {
        "Key Account Manager": i18n.translate("Demo", "Key Account Manager"),
        "Head of Sales Industry": i18n.translate("Demo", "Head of Sales Industry"),
        "Inside Sales": i18n.translate("Demo", "Inside Sales"),
        "Application Engineer": i18n.translate("Demo", "Application Engineer"),
        "Managing Director": i18n.translate("Demo", "Managing Director"),
        "Service Technician": i18n.translate("Demo", "Service Technician"),
        "Product Development": i18n.translate("Demo", "Product Development"),
        "Sales Representative Czech Republic": i18n.translate("Demo", "Sales Representative Czech Republic"),
    }
    for position, (account, key, name, function, role, seniority, email) in enumerate(TEAM):
        demo.add(
            "team_member",
            key,
            account_id=demo.ids[account],
            name=name,
            function=functions[function],
            role=role,
            seniority=seniority,
            email=email,
            position=position,
        )
