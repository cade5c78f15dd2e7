"""The plan's services chapter: the value statement for everyone, the entitlement check only in
the internal edition (the customer's copy of the source has it dropped by the policy)."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

from pypdf import PdfReader

from kamdesk.domain import redaction
from kamdesk.domain.service_matrix import STANDARD_GROUPS
from kamdesk.domain.value_statement import ServicesReport
from kamdesk.report.document import render_bytes
from kamdesk.report.source import Edition
from kamdesk.services import accounts, demo, plan_report, records, service_matrix
from kamdesk.services.workspace import Workspace


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_internal_edition_has_the_check_and_the_customer_edition_only_the_value(demo_ws: Workspace) -> None:
    matrix = service_matrix.load_matrix(demo_ws)
    packaging = next(s for s in matrix.services if s.name == "Customer-specific packaging and labels")
    records.set_fields(demo_ws, "service", packaging.id, {"internal_cost": Decimal("91.23")})
    records.set_fields(demo_ws, "customer_group", STANDARD_GROUPS[1][0], {"name": "MARKER-GROUP"})
    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    source = plan_report.collect(demo_ws, weserland)
    assert isinstance(source.extra["services"], ServicesReport)
    internal = _flat(_text(render_bytes(source, Edition.INTERNAL, "en")[0]))
    customer = _flat(_text(render_bytes(source, Edition.CUSTOMER, "en")[0]))

    for text in (internal, customer):
        assert "Express delivery of urgent orders" in text and "€32,420" in text
        assert "4 × delivery a year" in text
    assert "Services and value" in internal and "Your services and their value" in customer
    for secret in ("MARKER-GROUP", "Given beyond entitlement", "€3,649", "Checked against the entitlement"):
        assert secret in internal, secret
        assert secret not in customer, secret
    assert "Entitled, not used: worth a conversation" in internal
    assert "Also included for you, not used yet" in customer


def test_the_customer_copy_of_the_source_has_no_findings(demo_ws: Workspace) -> None:
    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    source = plan_report.collect(demo_ws, weserland)
    omissions = redaction.Omissions()
    shown = redaction.redact(source, omissions)
    assert shown.extra["services"].findings is None
    assert shown.extra["services"].statement == source.extra["services"].statement
    assert omissions.rows["service_check"] == 1
    assert "1 internal record: Service entitlement check" in plan_report.describe(omissions)


def test_an_account_without_services_has_no_services_chapter(ws: Workspace) -> None:
    account = accounts.create(ws, "Brandt Antriebe GmbH")
    assert "services" not in {k for k, v in plan_report.collect(ws, account).extra.items() if v}


def test_a_lean_plan_keeps_the_chapter_internal(demo_ws: Workspace) -> None:
    rheinstahl = accounts.find(demo_ws, "Rheinstahl Bau & Montage SE").id  # a Smart Key Account
    source = plan_report.collect(demo_ws, rheinstahl)
    assert "Services and value" in _text(render_bytes(source, Edition.INTERNAL, "en")[0])
    assert "services and their value" not in _text(render_bytes(source, Edition.CUSTOMER, "en")[0])
