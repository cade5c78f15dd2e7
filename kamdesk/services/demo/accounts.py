"""Demo accounts: fictional customers of a fictional supplier of tools, fasteners and workshop
supplies (the C-parts business the seed articles talk about)."""

from __future__ import annotations

from kamdesk.domain import i18n
from kamdesk.services.demo.context import DemoContext

#: the demo account the app opens first
MAIN = "Weserland Fördertechnik GmbH"


def build(demo: DemoContext) -> None:
    t = i18n.translate
    demo.add(
        "account",
        "weserland",
        name=MAIN,
        industry=t("Demo", "Conveyor and intralogistics systems"),
        country=t("Demo", "Germany"),
        website="www.weserland-foerdertechnik.example",
        classification="ka",
        geography="international",
        notes=t(
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
        industry=t("Demo", "Medical devices"),
        country=t("Demo", "Germany"),
        website="www.kessler-medizintechnik.example",
        classification="ska",
        geography="global",
        notes=t(
            "Demo",
            "Innovation leader in surgical instruments; wants to develop a traceable torque tool with us. "
            "Engineering writes the specifications its contract manufacturers buy against.",
        ),
    )
    demo.add(
        "account",
        "rheinstahl",
        name="Rheinstahl Bau & Montage SE",
        industry=t("Demo", "Steel construction and installation"),
        country=t("Demo", "Germany"),
        website="www.rheinstahl-bau.example",
        classification="smart",
        geography="global",
        notes=t(
            "Demo",
            "Buys through global tenders twice a year; price and delivery reliability decide. "
            "No interest in workshops or a broad relationship network.",
        ),
    )
    demo.add(
        "account",
        "ostrava",
        name="Hutní komponenty Ostrava s.r.o.",
        industry=t("Demo", "Metal components"),
        country=t("Demo", "Czech Republic"),
        website="www.hutni-komponenty.example",
        classification="ka",
        geography="national",
        notes=t("Demo", "Supplier of Weserland; the purchasing director Ing. Dvořák values reporting across sites."),
    )
    demo.add(
        "account",
        "altmann",
        name="Altmann Verpackung GmbH",
        industry=t("Demo", "Packaging machinery"),
        country=t("Demo", "Austria"),
        website="",
        geography="national",
        notes=t("Demo", "Acquired by a competitor's group in 2025; no longer a key account."),
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
    t = i18n.translate
    functions = {
        "Key Account Manager": t("Demo", "Key Account Manager"),
        "Head of Sales Industry": t("Demo", "Head of Sales Industry"),
        "Inside Sales": t("Demo", "Inside Sales"),
        "Application Engineer": t("Demo", "Application Engineer"),
        "Managing Director": t("Demo", "Managing Director"),
        "Service Technician": t("Demo", "Service Technician"),
        "Product Development": t("Demo", "Product Development"),
        "Sales Representative Czech Republic": t("Demo", "Sales Representative Czech Republic"),
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
