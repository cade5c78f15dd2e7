"""The command-line contract, through the real ``kamdesk`` process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import Kamdesk


def _one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_version(kamdesk: Kamdesk) -> None:
    from kamdesk import __version__

    result = kamdesk.run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kamdesk {__version__}"


def test_demo_list_export_import_round_trip(kamdesk: Kamdesk, tmp_path: Path) -> None:
    demo = tmp_path / "demo.kamdesk"
    assert kamdesk.run("demo", "--db", str(demo)).returncode == 0
    listed = kamdesk.run("list", "--db", str(demo))
    assert listed.returncode == 0
    assert listed.stdout.splitlines() == [
        "Hutní komponenty Ostrava s.r.o.",
        "Kessler Medizintechnik AG",
        "Rheinstahl Bau & Montage SE",
        "Weserland Fördertechnik GmbH",
    ]
    assert "Altmann Verpackung GmbH" in kamdesk.run("list", "--db", str(demo), "--archived").stdout

    bundle = tmp_path / "all.json"
    assert kamdesk.run("export-json", "--db", str(demo), "-o", str(bundle)).returncode == 0
    fresh = tmp_path / "fresh.kamdesk"
    # a new, empty workspace via the demo command's sibling: import creates nothing on its own
    from kamdesk.services.workspace import Workspace

    Workspace.open(fresh, create=True).close()
    imported = kamdesk.run("import", "--db", str(fresh), str(bundle))
    assert imported.returncode == 0, imported.stderr
    again = tmp_path / "again.json"
    assert kamdesk.run("export-json", "--db", str(fresh), "-o", str(again)).returncode == 0
    assert again.read_text(encoding="utf-8") == bundle.read_text(encoding="utf-8")

    one = tmp_path / "one.json"
    assert (
        kamdesk.run(
            "export-json", "--db", str(demo), "--account", "Kessler Medizintechnik AG", "-o", str(one)
        ).returncode
        == 0
    )
    assert [a["name"] for a in json.loads(one.read_text())["accounts"]] == ["Kessler Medizintechnik AG"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["list", "--db", "{tmp}/missing.kamdesk"], "missing.kamdesk does not exist"),
        (["list"], "the following arguments are required: --db"),
        (
            ["screenshot", "--db", "{demo}", "--account", "X", "--size", "huge", "-o", "{tmp}/x.png"],
            "'huge' is not a size",
        ),
        (
            ["export-json", "--db", "{demo}", "--account", "Nobody GmbH", "-o", "{tmp}/x.json"],
            "No account named 'Nobody GmbH'",
        ),
        (["import", "--db", "{demo}", "{tmp}/notes.txt"], "cannot import .txt files"),
        (["import", "--db", "{demo}", "{tmp}/broken.json"], "broken.json: not valid JSON (line 1, column 2)"),
        (["demo", "--db", "{demo}"], "already exists; use --force"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_gives_one_line_and_leaves_the_workspace_alone(
    kamdesk: Kamdesk, tmp_path: Path, args: list[str], expected: str
) -> None:
    demo = tmp_path / "demo.kamdesk"
    assert kamdesk.run("demo", "--db", str(demo)).returncode == 0
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "broken.json").write_text("{oops")
    before = demo.read_bytes()
    result = kamdesk.run(*[a.format(tmp=tmp_path, demo=demo) for a in args])
    assert expected in _one_line_error(result)
    assert demo.read_bytes() == before


def test_messages_follow_the_system_language(kamdesk: Kamdesk, tmp_path: Path) -> None:
    result = kamdesk.run("list", "--db", str(tmp_path / "fehlt.kamdesk"), env={"LANG": "de_DE.UTF-8"})
    assert _one_line_error(result).endswith("fehlt.kamdesk existiert nicht.")
    # argparse's own words too: a usage error and the help
    result = kamdesk.run("list", env={"LANG": "de_DE.UTF-8"})
    assert result.returncode == 2 and _one_line_error(result) == "kamdesk list: diese Argumente fehlen: --db"
    result = kamdesk.run("demo", "--db", "x", "--lang", "fr", env={"LANG": "de_DE.UTF-8"})
    assert "ungültige Auswahl: 'fr'" in _one_line_error(result)
    helptext = kamdesk.run("--help", env={"LANG": "de_DE.UTF-8"}).stdout
    assert helptext.startswith("Aufruf: kamdesk") and "diese Hilfe zeigen und beenden" in helptext
    assert kamdesk.run("--help").stdout.startswith("usage: kamdesk")  # and English otherwise


def test_a_second_writer_is_refused_while_the_first_holds_the_file(kamdesk: Kamdesk, tmp_path: Path) -> None:
    from kamdesk.services.workspace import Workspace

    demo = tmp_path / "demo.kamdesk"
    assert kamdesk.run("demo", "--db", str(demo)).returncode == 0
    bundle = tmp_path / "b.json"
    assert kamdesk.run("export-json", "--db", str(demo), "-o", str(bundle)).returncode == 0
    with Workspace.open(demo):  # this test process is the first writer
        result = kamdesk.run("import", "--db", str(demo), "--copy", str(bundle))
        assert "already open in another kamdesk window" in _one_line_error(result)
        assert kamdesk.run("list", "--db", str(demo)).returncode == 0  # reading is fine


def test_screenshot_renders_the_real_window(kamdesk: Kamdesk, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    demo = tmp_path / "demo.kamdesk"
    assert kamdesk.run("demo", "--db", str(demo)).returncode == 0
    before = demo.read_bytes()
    png = tmp_path / "shot.png"
    result = kamdesk.run(
        "screenshot",
        "--db",
        str(demo),
        "--account",
        "Kessler Medizintechnik AG",
        "--size",
        "1280x720",
        "-o",
        str(png),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warnings leak to the user
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)
    assert demo.read_bytes() == before  # screenshots never write to the workspace
