"""The service matrix use cases on real workspace files."""

from decimal import Decimal

import pytest

from kamdesk.domain.errors import ConflictError, InputError
from kamdesk.domain.service_check import CheckStatus
from kamdesk.domain.service_matrix import STANDARD_GROUPS, GroupSource, ServiceMode
from kamdesk.services import accounts, demo, records, service_matrix
from kamdesk.services.service_matrix import Cell
from kamdesk.services.workspace import Workspace

SKA, KA, SMART, A, B, C = (g[0] for g in STANDARD_GROUPS)


def _service(ws: Workspace, name: str, **values: object) -> str:
    return records.insert_row(ws, "service", {"name": name, **values})


def test_a_new_workspace_has_the_standard_customer_groups_and_an_empty_catalogue(ws: Workspace) -> None:
    matrix = service_matrix.load_matrix(ws)
    assert [g.code for g in matrix.groups] == ["SKA", "KA", "Smart KA", "A", "B", "C"]
    assert [g.id for g in matrix.groups] == [SKA, KA, SMART, A, B, C]
    assert [g.classification for g in matrix.groups][:3] == [g[2] for g in STANDARD_GROUPS][:3]
    assert matrix.services == () and matrix.cells == {}


def test_cells_are_set_in_one_step_and_undone_with_the_same_call(ws: Workspace) -> None:
    express = _service(ws, "Express delivery", list_price=Decimal(180))
    matrix = service_matrix.load_matrix(ws)
    before = [service_matrix.cell_of(matrix, express, g) for g in (SKA, KA)]
    after = [
        service_matrix.cell_edit(matrix, express, SKA, ServiceMode.WAIVED, None),
        service_matrix.cell_edit(matrix, express, KA, ServiceMode.CHARGED, Decimal("95.5")),
    ]
    service_matrix.set_cells(ws, after, expect=before)
    matrix = service_matrix.load_matrix(ws)
    assert matrix.mode(express, SKA) is ServiceMode.WAIVED
    assert matrix.cell(express, KA).price == Decimal("95.50")
    cell_id = matrix.cell(express, KA).id

    with pytest.raises(ConflictError):  # someone changed the cells meanwhile: the stale undo is refused
        service_matrix.set_cells(ws, before, expect=before)
    service_matrix.set_cells(ws, before, expect=after)
    assert service_matrix.load_matrix(ws).cells == {}
    service_matrix.set_cells(ws, after, expect=before)  # redo keeps the cell's identity
    assert service_matrix.load_matrix(ws).cell(express, KA).id == cell_id


def test_a_price_only_stays_with_charged(ws: Workspace) -> None:
    express = _service(ws, "Express delivery")
    matrix = service_matrix.load_matrix(ws)
    service_matrix.set_cells(ws, [Cell(express, KA, ServiceMode.FREE, Decimal(50), "c1")])
    assert service_matrix.load_matrix(ws).cell(express, KA).price is None
    with pytest.raises(InputError, match="The price must not be negative"):
        service_matrix.set_cells(ws, [service_matrix.cell_edit(matrix, express, SKA, ServiceMode.CHARGED, Decimal(-1))])


def test_names_and_short_names_are_unique_and_a_classification_links_one_group(ws: Workspace) -> None:
    _service(ws, "Express delivery")
    with pytest.raises(InputError, match="A service named 'Express delivery' already exists"):
        _service(ws, "  express DELIVERY ")
    with pytest.raises(InputError, match="The service name must not be empty"):
        _service(ws, "   ")
    with pytest.raises(InputError, match="short name 'KA' already exists"):
        records.set_fields(ws, "customer_group", A, {"code": "ka"})
    with pytest.raises(InputError, match="'KA' is already linked to this classification"):
        records.set_fields(ws, "customer_group", A, {"classification": "ka"})
    records.set_fields(ws, "customer_group", KA, {"classification": None})
    records.set_fields(ws, "customer_group", A, {"classification": "ka"})
    assert service_matrix.load_matrix(ws).group(A).classification.value == "ka"


def test_reordering_services(ws: Workspace) -> None:
    ids = [_service(ws, name, position=n) for n, name in enumerate(("One", "Two", "Three"))]
    service_matrix.reorder(ws, "service", [ids[2], ids[0], ids[1]])
    assert [s.name for s in service_matrix.load_matrix(ws).services] == ["Three", "One", "Two"]
    service_matrix.reorder(ws, "customer_group", [C, B, A, SMART, KA, SKA])
    assert [g.code for g in service_matrix.load_matrix(ws).groups] == ["C", "B", "A", "Smart KA", "KA", "SKA"]


def test_the_demo_account_is_checked_against_its_classifications_group(demo_ws: Workspace) -> None:
    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT)
    found = service_matrix.account_services(demo_ws, weserland.id)
    assert (found.group.id, found.source) == (KA, GroupSource.CLASSIFICATION)
    beyond = found.check.beyond
    assert [ln.service.name for ln in beyond] == ["Customer-specific packaging and labels"]
    assert beyond[0].yearly_cost == Decimal(3600)  # 40 articles × 90 € internal cost
    assert found.check.given_value == Decimal(32420)
    assert [ln.service.name for ln in found.check.unused] == [
        "Priority allocation in shortages",
        "Individual satisfaction survey",
        "Customer advisory panel",
    ]
    statement = service_matrix.statement(demo_ws, weserland.id)
    assert statement.total == Decimal(32420)
    assert "3,600" not in statement.as_text("en") and "Key Account" not in statement.as_text("en")


def test_a_group_chosen_for_an_account_overrides_its_classification(demo_ws: Workspace) -> None:
    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    service_matrix.set_account_group(demo_ws, weserland, SKA, None)
    found = service_matrix.account_services(demo_ws, weserland)
    assert (found.group.code, found.source) == ("SKA", GroupSource.CHOSEN)
    assert found.check.beyond == ()  # SKA gets custom packaging free
    with pytest.raises(ConflictError):
        service_matrix.set_account_group(demo_ws, weserland, A, None)
    service_matrix.set_account_group(demo_ws, weserland, None, SKA)
    assert service_matrix.account_services(demo_ws, weserland).source is GroupSource.CLASSIFICATION
    altmann = service_matrix.account_services(demo_ws, accounts.find(demo_ws, "Altmann Verpackung GmbH").id)
    assert (altmann.group.code, altmann.source) == ("A", GroupSource.CHOSEN)


def test_an_account_without_classification_or_group_is_not_checked(demo_ws: Workspace) -> None:
    altmann = accounts.find(demo_ws, "Altmann Verpackung GmbH").id
    service_matrix.set_account_group(demo_ws, altmann, None, A)
    found = service_matrix.account_services(demo_ws, altmann)
    assert found.group is None
    assert {ln.status for ln in found.check.lines} == {CheckStatus.UNCHECKED}


def test_deleting_a_group_lets_its_accounts_fall_back_and_undo_restores_everything(demo_ws: Workspace) -> None:
    altmann = accounts.find(demo_ws, "Altmann Verpackung GmbH").id
    cells_before = service_matrix.load_matrix(demo_ws).cells
    snapshot = records.delete_row(demo_ws, "customer_group", A)
    assert service_matrix.account_services(demo_ws, altmann).group is None
    records.restore(demo_ws, snapshot)
    assert service_matrix.account_services(demo_ws, altmann).group.code == "A"
    assert service_matrix.load_matrix(demo_ws).cells == cells_before


def test_deleting_a_service_takes_its_cells_and_receipts_and_undo_brings_them_back(demo_ws: Workspace) -> None:
    matrix = service_matrix.load_matrix(demo_ws)
    express = next(s for s in matrix.services if s.name == "Express delivery of urgent orders")
    assert service_matrix.receivers(demo_ws, express.id) == 4
    snapshot = records.delete_row(demo_ws, "service", express.id)
    assert service_matrix.receivers(demo_ws, express.id) == 0
    assert all(key[0] != express.id for key in service_matrix.load_matrix(demo_ws).cells)
    records.restore(demo_ws, snapshot)
    assert service_matrix.receivers(demo_ws, express.id) == 4
    assert service_matrix.load_matrix(demo_ws) == matrix


def test_received_services_are_validated(demo_ws: Workspace) -> None:
    found = service_matrix.account_services(demo_ws, accounts.find(demo_ws, demo.MAIN_ACCOUNT).id)
    item = found.received[0]
    with pytest.raises(InputError, match="The quantity must be greater than zero"):
        records.set_fields(demo_ws, "received_service", item.id, {"quantity": "0"})
    with pytest.raises(InputError, match="not a valid frequency"):
        records.set_fields(demo_ws, "received_service", item.id, {"frequency": "daily"})
    records.set_fields(demo_ws, "received_service", item.id, {"quantity": "6", "unit_value": "200"})
    again = service_matrix.account_services(demo_ws, found.account.id).check.lines[0]
    assert again.yearly_value == Decimal(1200)


def test_new_received_services_are_billed_as_the_group_is_entitled(demo_ws: Workspace) -> None:
    found = service_matrix.account_services(demo_ws, accounts.find(demo_ws, demo.MAIN_ACCOUNT).id)
    by_name = {s.name: s.id for s in found.matrix.services}
    assert service_matrix.new_received_values(found, by_name["Customer advisory panel"], 9)["billing"] == "free"
    assert (
        service_matrix.new_received_values(found, by_name["Custom product or service development"], 9)["billing"]
        == "charged"
    )
