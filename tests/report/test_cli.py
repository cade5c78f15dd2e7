"""`kamdesk export-pdf`: the plan from the command line, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk import cli
from kamdesk.services import demo


def test_export_pdf_writes_either_edition(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for edition in ("internal", "customer"):
        target = tmp_path / f"{edition}.pdf"
        code = cli.main(
            [
                "export-pdf",
                "--db",
                str(demo_path),
                "--account",
                demo.MAIN_ACCOUNT.upper(),
                "--edition",
                edition,
                "--lang",
                "de",
                "-o",
                str(target),
            ]
        )
        assert code == 0
        reader = PdfReader(target)
        assert f"{len(reader.pages)} pages written" in capsys.readouterr().err
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        assert ("Besuchsberichte" in text) == (edition == "internal")
        assert "Weserland Fördertechnik GmbH" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--account", "Nobody GmbH", "--edition", "customer"], "No account named 'Nobody GmbH'"),
        (["--account", demo.MAIN_ACCOUNT, "--edition", "customer", "-o", "/nonexistent/x.pdf"], "does not exist"),
    ],
)
def test_export_pdf_errors_are_one_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "x.pdf")]
    assert cli.main(["export-pdf", "--db", str(demo_path), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
