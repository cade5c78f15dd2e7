"""Account lists from CRMs and Excel: encodings, separators, decimal commas, header names."""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.exchange import account_table
from kamdesk.exchange.account_table import FIELDS, convert, field_for, read, recognise

DATA = Path(__file__).resolve().parent.parent / "data"
README = Path(__file__).resolve().parent.parent.parent / "README.md"


def _converted(path: Path) -> list[account_table.ConvertedRow]:
    table = read(path)
    mapping = recognise(table.headers)
    return [convert(table, n, cells, mapping) for n, cells in table.rows]


def test_a_german_excel_csv_in_windows_1252_with_semicolons_and_decimal_commas() -> None:
    table = read(DATA / "accounts_excel_de.csv")
    assert (table.encoding, table.delimiter, table.decimal) == ("Windows-1252", ";", ",")
    assert recognise(table.headers) == [
        None, "name", "industry", "country", "annual_revenue", "potential", "classification", "geography", "phase",
        "last_review_on", "review_cadence_months", "notes",
    ]  # fmt: skip
    rows = _converted(DATA / "accounts_excel_de.csv")
    assert [r.row for r in rows] == [2, 3, 4]  # the empty line 5 is skipped
    muller, brandt, svestka = (r.values for r in rows)
    assert muller["name"] == "Müller Stahlbau GmbH" and muller["country"] == "Deutschland"
    assert muller["annual_revenue"] == Decimal("1250000.50") and muller["potential"] == Decimal("3000000")
    assert muller["classification"] == "ka" and muller["geography"] == "national" and muller["phase"] == "delivery"
    assert muller["last_review_on"] == date(2026, 1, 31) and muller["review_cadence_months"] == 3
    assert muller["notes"] == "Zentraleinkauf in Köln; Werk in Gießen"  # a quoted semicolon stays text
    assert brandt["potential"] == Decimal("2500000") and brandt["classification"] == "smart"
    assert brandt["phase"] == "negotiation" and "last_review_on" not in brandt
    assert svestka["name"] == "Švestka Strojírna s.r.o." and svestka["classification"] == "ska"
    assert all(not r.problems for r in rows)


def test_a_crm_export_in_utf8_with_bom_and_english_headers() -> None:
    table = read(DATA / "accounts_crm_en.csv")
    assert (table.encoding, table.delimiter, table.decimal) == ("UTF-8 (BOM)", ",", ".")
    rows = _converted(DATA / "accounts_crm_en.csv")
    kessler, rheinstahl = (r.values for r in rows)
    assert kessler["name"] == "Kessler Medizintechnik AG"  # no BOM glued to the first header
    assert kessler["classification"] == "ska" and kessler["annual_revenue"] == Decimal("620000")
    assert rheinstahl["annual_revenue"] == Decimal("3400000") and rheinstahl["country"] == "Germany"
    assert kessler["notes"] == "Innovation partner, Tuttlingen"


def test_an_excel_workbook_with_numbers_dates_and_text_cells() -> None:
    table = read(DATA / "accounts_de.xlsx")
    assert table.kind == "xlsx" and table.sheet == "Kunden" and table.decimal == ","
    rows = _converted(DATA / "accounts_de.xlsx")
    assert [r.row for r in rows] == [2, 3, 5]  # the blank row 4 is skipped, numbering follows the sheet
    hansa, nordwerk, baltic = rows
    assert hansa.values["potential"] == Decimal("1900000.50")
    assert hansa.values["last_review_on"] == date(2026, 2, 3) and hansa.values["parent_group"] == "Hansa Gruppe"
    assert nordwerk.values["annual_revenue"] == Decimal("1100000")  # a text cell in German notation
    assert nordwerk.values["last_review_on"] == date(2025, 12, 12)
    assert [str(p) for p in baltic.problems] == [
        "row 5: Webseite: 'balticools' is not a web address (example: www.example.de)."
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Umsatz 2025 (EUR)", "annual_revenue"),
        ("Letzte Überprüfung", "last_review_on"),
        ("LAND/REGION", "country"),
        ("Account Name", "name"),
        ("Kundennummer", None),
        ("Potential (EUR)", "potential"),
    ],
)
def test_headers_are_recognised_ignoring_case_umlauts_years_and_currency(header: str, field: str | None) -> None:
    assert field_for(header) == field


def test_a_field_is_taken_by_the_first_column_that_names_it() -> None:
    assert recognise(["Firma", "Kunde", "Umsatz"]) == ["name", None, "annual_revenue"]


def test_every_recognised_header_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Importing accounts") :]
    for spec in FIELDS:
        line = next((ln for ln in section.splitlines() if ln.startswith(f"| `{spec.field}`")), "")
        assert line, f"{spec.field} is missing from the README's import table"
        documented = set(re.findall(r"“([^”]+)”", line))
        assert documented == set(spec.headers), spec.field


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", b"x", "cannot import .txt files as accounts"),
        ("empty.csv", b"", "no header row"),
        ("broken.xlsx", b"not a zip", "not an Excel workbook"),
    ],
)
def test_unreadable_files_are_named_with_the_reason(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.csv")
