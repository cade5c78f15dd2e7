"""The bundle carries the profile and the portfolio; workspace rows merge; version 1 upgrades."""

import json
from pathlib import Path

from kamdesk.exchange import bundle_spec
from kamdesk.services import accounts, bundles, demo, listing, portfolio
from kamdesk.services.workspace import Workspace


def test_the_bundle_holds_criteria_tiers_scores_listing_and_the_new_master_data(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    bundles.export(demo_ws, tmp_path / "b.json")
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in data["workspace"]["criteria"]][:2] == ["Revenue", "Potential"]
    assert {t["name"] for t in data["workspace"]["tiers"]} == {"Gold", "Silver", "Bronze"}
    weserland = next(a for a in data["accounts"] if a["name"] == demo.MAIN_ACCOUNT)
    assert weserland["annual_revenue"] == 1850000 and weserland["parent_group"] == "Weserland Holding GmbH & Co. KG"
    assert len(weserland["scores"]) == 7 and len(weserland["listing"]) == 5
    assert weserland["review_cadence_months"] == 3 and weserland["last_review_on"]


def test_importing_into_a_workspace_with_the_defaults_merges_criteria_by_name(
    demo_ws: Workspace, workspace_path: Path, tmp_path: Path
) -> None:
    bundles.export(demo_ws, tmp_path / "b.json")
    with Workspace.open(workspace_path) as other:
        portfolio.ensure_defaults(other)
        own = {c.name: c.id for c in portfolio.criteria(other)}
        bundles.import_file(other, tmp_path / "b.json")
        assert {c.name: c.id for c in portfolio.criteria(other)} == own  # no duplicates, same rows
        weserland = accounts.find(other, demo.MAIN_ACCOUNT).id
        assert set(portfolio.scores_of(other, weserland)) == set(own.values())
        assert portfolio.standing_of(other, weserland).standing.tier.name == "Silver"


def test_a_bundle_imported_as_a_copy_into_its_own_workspace_keeps_one_set_of_criteria(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    bundles.export(demo_ws, tmp_path / "b.json")
    bundles.import_file(demo_ws, tmp_path / "b.json", as_copy=True)
    assert len(portfolio.criteria(demo_ws)) == 7 and len(portfolio.tiers(demo_ws)) == 3
    copy = accounts.find(demo_ws, f"{demo.MAIN_ACCOUNT} (2)").id
    assert len(portfolio.scores_of(demo_ws, copy)) == 7
    assert len(listing.items(demo_ws, copy)) == 5


def test_a_version_1_bundle_is_upgraded(ws: Workspace, tmp_path: Path) -> None:
    old = {
        "format": "kamdesk-bundle",
        "version": 1,
        "app_version": "0.1.0",
        "workspace": {},
        "accounts": [
            {
                "id": "a" * 32,
                "name": "Kessler AG",
                "industry": "",
                "country": "",
                "website": "",
                "notes": "",
                "archived": False,
                "classification": "ska",
                "geography": None,
                "created_at": "2026-01-01T00:00:00.000000Z",
                "updated_at": "2026-01-01T00:00:00.000000Z",
                "team": [],
            }
        ],
    }
    (tmp_path / "v1.json").write_text(json.dumps(old))
    result = bundles.import_file(ws, tmp_path / "v1.json")
    assert result.account_names == ["Kessler AG"]
    account = accounts.find(ws, "Kessler AG")
    assert account.legal_entity == "" and account.annual_revenue is None and account.phase is None
    bundles.export(ws, tmp_path / "v2.json")
    assert json.loads((tmp_path / "v2.json").read_text())["version"] == bundle_spec.VERSION
