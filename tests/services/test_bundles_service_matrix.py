"""The service matrix in the JSON bundle: workspace rows merge by natural key, accounts carry
what they receive, older bundles still import."""

import json
from pathlib import Path

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.domain.service_matrix import STANDARD_GROUPS, ServiceMode
from kamdesk.exchange import bundle_spec
from kamdesk.services import accounts, bundles, demo, records, service_matrix
from kamdesk.services.workspace import Workspace

SKA, KA = STANDARD_GROUPS[0][0], STANDARD_GROUPS[1][0]


def _export(ws: Workspace, path: Path) -> dict:  # type: ignore[type-arg]
    bundles.export(ws, path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_bundle_holds_the_matrix_and_what_each_account_receives(demo_ws: Workspace, tmp_path: Path) -> None:
    data = _export(demo_ws, tmp_path / "b.json")
    assert data["version"] == bundle_spec.VERSION
    assert [g["code"] for g in data["workspace"]["customer_groups"]] == ["SKA", "KA", "Smart KA", "A", "B", "C"]
    assert len(data["workspace"]["services"]) == 12
    assert len(data["workspace"]["service_entitlements"]) == len(service_matrix.load_matrix(demo_ws).cells)
    weserland = next(a for a in data["accounts"] if a["name"] == demo.MAIN_ACCOUNT)
    assert len(weserland["received_services"]) == 7 and weserland["customer_group"] == []
    express = weserland["received_services"][0]
    assert (express["quantity"], express["frequency"], express["unit_value"], express["billing"]) == (
        4,
        "year",
        180,
        "waived",
    )
    altmann = next(a for a in data["accounts"] if a["name"] == "Altmann Verpackung GmbH")
    assert [c["customer_group_id"] for c in altmann["customer_group"]] == [STANDARD_GROUPS[3][0]]


def test_importing_copies_into_the_same_workspace_reuses_its_catalogue(demo_ws: Workspace, tmp_path: Path) -> None:
    _export(demo_ws, tmp_path / "b.json")
    before = service_matrix.load_matrix(demo_ws)
    result = bundles.import_file(demo_ws, tmp_path / "b.json", as_copy=True)
    assert service_matrix.load_matrix(demo_ws) == before  # merged, not duplicated
    copy = next(
        i for i, n in zip(result.account_ids, result.account_names, strict=True) if n.startswith(demo.MAIN_ACCOUNT)
    )
    found = service_matrix.account_services(demo_ws, copy)
    assert len(found.received) == 7
    assert {r.service_id for r in found.received} <= {s.id for s in before.services}
    assert [ln.service.name for ln in found.check.beyond] == ["Customer-specific packaging and labels"]


def test_cells_merge_with_the_services_they_now_point_at(demo_ws: Workspace, ws: Workspace, tmp_path: Path) -> None:
    """The target already has 'Express delivery…' (another id) with its own KA cell: the bundle's
    service merges into it, and so does the bundle's cell (instead of a duplicate-cell error)."""
    _export(demo_ws, tmp_path / "b.json")
    own = records.insert_row(ws, "service", {"name": "Express delivery of urgent orders", "position": 0})
    records.insert_row(ws, "service_entitlement", {"service_id": own, "customer_group_id": KA, "mode": "free"})
    bundles.import_file(ws, tmp_path / "b.json")
    matrix = service_matrix.load_matrix(ws)
    assert len(matrix.services) == 12
    assert matrix.mode(own, KA) is ServiceMode.FREE  # the workspace's own policy wins
    assert matrix.mode(own, SKA) is ServiceMode.WAIVED  # cells it did not have come from the bundle
    weserland = accounts.find(ws, demo.MAIN_ACCOUNT)
    express = service_matrix.account_services(ws, weserland.id).received[0]
    assert express.service_id == own


def test_a_renamed_standard_group_arrives_as_a_group_of_its_own(
    demo_ws: Workspace, ws: Workspace, tmp_path: Path
) -> None:
    """Same id as a standard group, different short name: a new group with a new id, its cells follow it."""
    data = _export(demo_ws, tmp_path / "b.json")
    data["workspace"]["customer_groups"][0]["code"] = "Gold"
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    bundles.import_file(ws, tmp_path / "b.json")
    matrix = service_matrix.load_matrix(ws)
    gold = next(g for g in matrix.groups if g.code == "Gold")
    assert gold.id != SKA and len(matrix.groups) == 7
    # the classification stays linked to this workspace's own SKA group
    assert gold.classification is None and matrix.group(SKA).classification.value == "ska"
    demo_matrix = service_matrix.load_matrix(demo_ws)
    for service in demo_matrix.services:
        assert matrix.mode(service.id, gold.id) is demo_matrix.mode(service.id, SKA)
        assert matrix.mode(service.id, SKA) is ServiceMode.NOT_OFFERED


def test_a_version_1_bundle_still_imports(ws: Workspace, tmp_path: Path) -> None:
    old = {
        "format": "kamdesk-bundle",
        "version": 1,
        "app_version": "0.1.0",
        "workspace": {},
        "accounts": [
            {
                "id": "0" * 31 + "1",
                "name": "Brandt Antriebe GmbH",
                "industry": "",
                "country": "",
                "website": "",
                "notes": "",
                "archived": False,
                "classification": "ka",
                "geography": None,
                "created_at": "2025-03-01T08:00:00.000000Z",
                "updated_at": "2025-03-01T08:00:00.000000Z",
                "team": [],
            }
        ],
    }
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    bundles.import_file(ws, tmp_path / "old.json")
    found = service_matrix.account_services(ws, accounts.find(ws, "Brandt Antriebe GmbH").id)
    assert found.group.code == "KA" and found.received == ()


def test_a_bad_cell_in_a_bundle_leaves_the_workspace_untouched(
    demo_ws: Workspace, ws: Workspace, tmp_path: Path
) -> None:
    data = _export(demo_ws, tmp_path / "b.json")
    data["workspace"]["service_entitlements"][-1]["price"] = -5
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"service_entitlements\[\d+\]: The price must not be negative"):
        bundles.import_file(ws, tmp_path / "b.json")
    assert service_matrix.load_matrix(ws).services == ()
    assert accounts.names(ws) == []
