"""Importing account lists: every problem listed with its row, then all or nothing."""

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk import cli
from kamdesk.domain.errors import InputError
from kamdesk.services import account_import, accounts
from kamdesk.services.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "data"


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def _dump(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT * FROM account ORDER BY id").fetchall()
    connection.close()
    return rows


def test_a_clean_german_excel_export_is_imported_with_every_field(ws: Workspace) -> None:
    _planned, result = account_import.import_file(ws, DATA / "accounts_excel_de.csv")
    assert result.account_names == ["Müller Stahlbau GmbH", "Brandt Antriebstechnik AG", "Švestka Strojírna s.r.o."]
    muller = accounts.find(ws, "Müller Stahlbau GmbH")
    assert muller.annual_revenue == Decimal("1250000.50") and muller.classification.value == "ka"
    assert muller.share_of_wallet == pytest.approx(0.4166, abs=1e-3)
    assert muller.review_cadence_months == 3 and muller.last_review_on.isoformat() == "2026-01-31"


def test_problems_are_listed_by_row_and_nothing_is_written(ws: Workspace, workspace_path: Path, tmp_path: Path) -> None:
    accounts.create(ws, "Kessler Medizintechnik AG")
    path = _write(
        tmp_path / "list.csv",
        [
            "Firma;Umsatz;Klassifizierung;Letztes Review",
            "Alpha GmbH;1.000;KA;01.02.2026",
            "Beta GmbH;viel;Gold;31.02.2026",
            ";500;;",
            "Alpha GmbH;2.000;;",
            "kessler medizintechnik ag;;;",
            "Gamma GmbH;3.000;SKA;",
        ],
        "cp1252",
    )
    before = _dump(workspace_path)
    planned = account_import.plan(ws, account_import.read(path))
    assert [str(p) for p in planned.problems] == [
        "row 3: Umsatz: 'viel' is not an amount (examples: 1.250.000, 1,250,000, 2.5 Mio).",
        "row 3: Klassifizierung: 'Gold' is not one of: Strategic Key Account, Key Account, Smart Key Account.",
        "row 3: Letztes Review: '31.02.2026' is not a date (examples: 31.12.2026, 2026-12-31).",
        "row 4: the account has no name.",
        "row 5: 'Alpha GmbH' is already in row 2 of the file.",
        "row 6: an account named 'kessler medizintechnik ag' is already in the workspace.",
    ]
    with pytest.raises(InputError, match=r"list\.csv: 4 rows with problems; nothing was imported"):
        account_import.apply(ws, planned)
    assert _dump(workspace_path) == before
    result = account_import.apply(ws, planned, skip_problems=True)
    assert result.account_names == ["Alpha GmbH", "Gamma GmbH"]


def test_a_list_without_a_name_column_is_refused(ws: Workspace, tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", ["Branche,Land", "Stahl,DE"])
    with pytest.raises(InputError, match="no column holds the account name"):
        account_import.plan(ws, account_import.read(path))


def test_the_command_line_imports_a_list_and_names_the_accounts(
    workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", "--db", str(workspace_path), str(DATA / "accounts_de.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "accounts_de.xlsx: row 5: Webseite: 'balticools' is not a web address" in err
    assert err.strip().splitlines()[-1].endswith("1 row with problems; nothing was imported.")
    with Workspace.open(workspace_path, writable=False) as ws:
        assert accounts.names(ws) == []

    assert cli.main(["import", "--db", str(workspace_path), str(DATA / "accounts_crm_en.csv")]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["Kessler Medizintechnik AG", "Rheinstahl Bau & Montage SE"]
    assert "2 accounts imported" in err


def test_the_command_line_refuses_other_file_types_in_one_line(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.pdf").write_text("%PDF")
    assert cli.main(["import", "--db", str(workspace_path), str(tmp_path / "a.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot import .pdf files" in err and ".csv, .xlsx" in err
