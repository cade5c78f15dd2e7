"""Procurement services on a real workspace file: maps, elements, undo-able deletes, demo,
bundle round trip, and the bpmn CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamdesk import cli
from kamdesk.domain.errors import InputError
from kamdesk.domain.procurement import questions, templates
from kamdesk.domain.procurement.model import NodeKind
from kamdesk.services import accounts, bundles, demo, procurement, records
from kamdesk.services.workspace import Workspace

TESTDATA = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "bpmn"


def _account(ws: Workspace) -> str:
    return accounts.find(ws, demo.MAIN_ACCOUNT).id


def test_the_demo_account_has_both_seed_situations(demo_ws: Workspace) -> None:
    summaries = procurement.maps(demo_ws, _account(demo_ws))
    assert [s.name for s in summaries] == ["Tools – plants Minden and Porta", "Standard C-parts – central purchasing"]
    tools = procurement.load(demo_ws, summaries[0].id)
    c_parts = procurement.load(demo_ws, summaries[1].id)
    answers = {a.question: a for a in questions.answer_all(tools)}
    assert answers[questions.KeyQuestion.REQUESTER_CHOOSES].derived == "Yes, freely"
    plant = next(n for n in tools.nodes if n.role_holder == "Frank Rademacher")
    assert plant.contact_id in {c[0] for c in procurement.contacts(demo_ws, _account(demo_ws))}
    answers = {a.question: a for a in questions.answer_all(c_parts)}
    assert answers[questions.KeyQuestion.REQUESTER_CHOOSES].derived == "No, only the pre-selected item"
    assert answers[questions.KeyQuestion.APPROVAL_LIMITS].stored  # the note answers what the map does not


def test_insert_delete_and_restore_keep_ids_and_cascade(ws: Workspace) -> None:
    account_id = _new_account(ws)
    pmap = templates.free_choice()
    procurement.insert_map(ws, account_id, pmap)
    before = procurement.load(ws, pmap.id)
    assert before.nodes == tuple(sorted(pmap.nodes, key=lambda n: n.id))
    decision = next(n for n in pmap.nodes if n.kind is NodeKind.DECISION)
    lane = pmap.lanes[1]
    snapshots = procurement.delete_elements(ws, [decision.id], lane_ids=[lane.id])
    after = procurement.load(ws, pmap.id)
    assert decision.id not in {n.id for n in after.nodes}
    assert all(decision.id not in (e.source_id, e.target_id) for e in after.edges)  # its edges went with it
    assert all(n.lane_id != lane.id for n in after.nodes)  # nodes of a deleted lane stay, without a lane
    procurement.restore_elements(ws, snapshots)
    assert procurement.load(ws, pmap.id) == before


def _new_account(ws: Workspace) -> str:
    return accounts.create(ws, "Brandt Antriebe GmbH")


def test_map_names_are_unique_per_account_and_validated(ws: Workspace) -> None:
    account_id = _new_account(ws)
    procurement.insert_map(ws, account_id, templates.blank())
    with pytest.raises(InputError, match="already taken"):
        procurement.insert_map(ws, account_id, templates.renumbered(templates.blank()))
    assert procurement.suggest_name(ws, account_id, "New procurement map") == "New procurement map (2)"
    with pytest.raises(InputError, match="needs a name"):
        records.set_fields(ws, procurement.MAP, procurement.maps(ws, account_id)[0].id, {"name": "  "})


def test_amounts_are_parsed_and_checked(ws: Workspace) -> None:
    account_id = _new_account(ws)
    pmap = templates.free_choice()
    procurement.insert_map(ws, account_id, pmap)
    approval = next(n for n in pmap.nodes if n.kind is NodeKind.APPROVAL)
    stored = records.set_fields(ws, procurement.NODE, approval.id, {"approval_limit": "7.500"})
    assert str(stored["approval_limit"]) == "7500"
    with pytest.raises(InputError, match="not an amount"):
        records.set_fields(ws, procurement.NODE, approval.id, {"approval_limit": "lots"})


def test_bundle_round_trip_carries_the_maps(demo_ws: Workspace, workspace_path: Path, tmp_path: Path) -> None:
    bundles.export(demo_ws, tmp_path / "b.json", [demo.MAIN_ACCOUNT])
    data = json.loads((tmp_path / "b.json").read_text())
    maps = data["accounts"][0]["procurement_maps"]
    assert len(maps) == 2 and {"lanes", "nodes", "edges"} <= set(maps[0])
    with Workspace.open(workspace_path) as empty:
        bundles.import_file(empty, tmp_path / "b.json")
        assert len(procurement.maps(empty, _account(empty))) == 2


def test_a_version_1_bundle_is_upgraded_with_no_maps(ws: Workspace, tmp_path: Path) -> None:
    old = {
        "format": "kamdesk-bundle",
        "version": 1,
        "workspace": {},
        "accounts": [
            {
                "id": "a" * 32,
                "name": "Old GmbH",
                "industry": "",
                "country": "",
                "website": "",
                "notes": "",
                "archived": False,
                "classification": None,
                "geography": None,
                "created_at": "2025-01-01T00:00:00Z",
                "updated_at": "2025-01-01T00:00:00Z",
                "team": [],
            }
        ],
    }
    (tmp_path / "old.json").write_text(json.dumps(old))
    result = bundles.import_file(ws, tmp_path / "old.json")
    assert result.account_names == ["Old GmbH"]
    assert procurement.maps(ws, "a" * 32) == []


def test_cli_bpmn_export_and_import(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "tools.bpmn"
    code = cli.main(
        [
            "bpmn",
            "export",
            "--db",
            str(demo_path),
            "--account",
            demo.MAIN_ACCOUNT,
            "--map",
            "tools – plants minden and porta",
            "-o",
            str(target),
        ]
    )
    assert code == 0 and target.read_text().startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert cli.main(["bpmn", "import", "--db", str(demo_path), "--account", demo.MAIN_ACCOUNT, str(target)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "Tools – plants Minden and Porta (2)"
    with Workspace.open(demo_path, writable=False) as ws:
        summaries = procurement.maps(ws, _account(ws))
        copy = procurement.load(ws, summaries[-1].id)
        original = procurement.load(ws, summaries[0].id)
    assert len(copy.nodes) == len(original.nodes) and len(copy.edges) == len(original.edges)


@pytest.mark.skipif(not TESTDATA.is_dir(), reason="shared/testdata is not beside the project")
def test_cli_import_prints_what_was_not_represented(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        ["bpmn", "import", "--db", str(demo_path), "--account", demo.MAIN_ACCOUNT, str(TESTDATA / "kitchen-sink.bpmn")]
    )
    err = capsys.readouterr().err
    assert code == 0
    assert "Not represented in kamdesk:" in err and "12 × boundary event not imported" in err


def test_cli_errors_are_one_line_and_change_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.bpmn"
    bomb.write_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><definitions>&a;</definitions>')
    before = demo_path.read_bytes()
    assert cli.main(["bpmn", "import", "--db", str(demo_path), "--account", demo.MAIN_ACCOUNT, str(bomb)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused" in err and "bomb.bpmn" in err
    assert (
        cli.main(
            [
                "bpmn",
                "export",
                "--db",
                str(demo_path),
                "--account",
                demo.MAIN_ACCOUNT,
                "--map",
                "nope",
                "-o",
                str(tmp_path / "x.bpmn"),
            ]
        )
        == 1
    )
    assert "has no procurement map 'nope'" in capsys.readouterr().err
    assert demo_path.read_bytes() == before
