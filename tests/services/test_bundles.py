"""The JSON bundle: deterministic export, exact round trip, all-or-nothing import."""

import json
import sqlite3
from pathlib import Path

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.exchange import bundle_spec
from kamdesk.services import accounts, bundles
from kamdesk.services.workspace import Workspace


def _export(ws: Workspace, path: Path) -> str:
    bundles.export(ws, path)
    return path.read_text(encoding="utf-8")


def test_export_import_export_gives_the_same_bundle(demo_ws: Workspace, workspace_path: Path, tmp_path: Path) -> None:
    first = _export(demo_ws, tmp_path / "first.json")
    with Workspace.open(workspace_path) as empty:
        bundles.import_file(empty, tmp_path / "first.json")
        second = _export(empty, tmp_path / "second.json")
    assert second == first
    assert json.loads(first)["version"] == bundle_spec.VERSION


def test_export_is_deterministic(demo_ws: Workspace, tmp_path: Path) -> None:
    assert _export(demo_ws, tmp_path / "a.json") == _export(demo_ws, tmp_path / "b.json")


def test_export_of_named_accounts_only(demo_ws: Workspace, tmp_path: Path) -> None:
    bundles.export(demo_ws, tmp_path / "one.json", ["kessler medizintechnik ag"])
    data = json.loads((tmp_path / "one.json").read_text())
    assert [a["name"] for a in data["accounts"]] == ["Kessler Medizintechnik AG"]


def test_import_of_existing_accounts_is_refused_unless_copied(demo_ws: Workspace, tmp_path: Path) -> None:
    _export(demo_ws, tmp_path / "b.json")
    with pytest.raises(InputError, match=r"accounts\[0\]: the account 'Altmann Verpackung GmbH' is already"):
        bundles.import_file(demo_ws, tmp_path / "b.json")
    result = bundles.import_file(demo_ws, tmp_path / "b.json", as_copy=True)
    assert "Weserland Fördertechnik GmbH (2)" in result.account_names
    assert len(accounts.names(demo_ws)) == 10


BAD_BUNDLES = [
    ("{not json", r"not valid JSON \(line 1, column 2\)"),
    ('{"format": "something-else", "version": 1}', "not a kamdesk bundle"),
    ('["a list"]', "not a kamdesk bundle"),
    ('{"format": "kamdesk-bundle", "version": 99, "workspace": {}, "accounts": []}', "version 99 is newer"),
    (
        '{"format": "kamdesk-bundle", "version": "1", "workspace": {}, "accounts": []}',
        '"version" must be a whole number',
    ),
    ('{"format": "kamdesk-bundle", "version": 1, "workspace": {}, "accounts": [{"name": 5}]}', r"accounts\[0\]"),
]


@pytest.mark.parametrize(("text", "message"), BAD_BUNDLES)
def test_bad_bundles_are_refused_with_a_clear_message_and_nothing_written(
    ws: Workspace, workspace_path: Path, tmp_path: Path, text: str, message: str
) -> None:
    accounts.create(ws, "Existing GmbH")
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(InputError, match=message) as caught:
        bundles.import_file(ws, path)
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)
    assert accounts.names(ws) == ["Existing GmbH"]


def test_an_invalid_record_late_in_the_bundle_leaves_the_workspace_untouched(
    demo_ws: Workspace, workspace_path: Path, tmp_path: Path
) -> None:
    _export(demo_ws, tmp_path / "b.json")
    data = json.loads((tmp_path / "b.json").read_text())
    data["accounts"][-1]["website"] = "this is no website"
    (tmp_path / "b.json").write_text(json.dumps(data))
    before = _table_dump(workspace_path)
    with Workspace.open(workspace_path) as empty, pytest.raises(InputError, match=r"accounts\[4\].*web address"):
        bundles.import_file(empty, tmp_path / "b.json")
    assert _table_dump(workspace_path) == before


def test_a_missing_file_is_named(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.json: no such file"):
        bundles.import_file(ws, tmp_path / "nope.json")


def test_export_into_a_missing_folder_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder does not exist"):
        bundles.export(ws, tmp_path / "no" / "such" / "b.json")


def _table_dump(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT * FROM account ORDER BY id").fetchall()
    connection.close()
    return rows
