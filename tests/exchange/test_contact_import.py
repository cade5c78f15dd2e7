"""Contacts from real-world vCard and CSV files: Outlook's vCard 2.1 with quoted-printable and
soft line breaks, phones' vCard 3.0 with folded lines, vCard 4.0, German Outlook CSV in
Windows-1252 with semicolons — preview, duplicates, problems per entry, all or nothing, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.domain.errors import InputError
from kamdesk.domain.team import Seniority
from kamdesk.exchange import contacts_csv, vcard
from kamdesk.services import accounts, contact_import, demo, relations

OUTLOOK_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;LANGUAGE=de;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;Dr.\r\n"
    "FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=B6rg M=C3=BCller\r\n"
    "ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Weserland F=C3=B6rdertechnik GmbH;Qualit=C3=A4tssicherung\r\n"
    "TITLE;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Leiter Qualit=C3=A4tssicherung Wareneingang und Liefe=\r\n"
    "rantenbewertung\r\n"
    "TEL;WORK;VOICE:+49 571 8800-120\r\n"
    "EMAIL;PREF;INTERNET:j.mueller@weserland.example\r\n"
    "END:VCARD\r\n"
)
PHONE_30 = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Wulf;Sandra;;;\nFN:Sandra Wulf\nORG:Weserland;Qualität\n"
    "TITLE:Lieferantenqualit\n ätsingenieurin\nEMAIL;TYPE=INTERNET,HOME:sandra@privat.example\n"
    "EMAIL;TYPE=INTERNET,WORK:s.wulf@weserland.example\nTEL;TYPE=CELL:+49 170 1234567\nEND:VCARD\n"
)
CARD_40 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ing. Tomáš Dvořák\r\nN:Dvořák;Tomáš;;Ing.;\r\n"
    "ORG:Hutní komponenty;Nákup\r\nTITLE:Purchasing Director\r\n"
    'TEL;VALUE=uri;TYPE="voice,work":tel:+420-555-1234\r\nEMAIL;TYPE=work:t.dvorak@hutni.example\r\nEND:VCARD\r\n'
)


def test_outlook_vcard_21_quoted_printable_with_soft_line_break() -> None:
    [draft] = vcard.parse(OUTLOOK_21)
    assert draft.name == "Dr. Jörg Müller"
    assert draft.title == "Leiter Qualitätssicherung Wareneingang und Lieferantenbewertung"
    assert (draft.company, draft.department) == ("Weserland Fördertechnik GmbH", "Qualitätssicherung")
    assert (draft.email, draft.phone) == ("j.mueller@weserland.example", "+49 571 8800-120")
    assert draft.where == "entry 1 (line 1)" and not draft.errors


def test_phone_vcard_30_folded_lines_and_the_work_address_preferred() -> None:
    [draft] = vcard.parse(PHONE_30)
    assert draft.title == "Lieferantenqualitätsingenieurin"
    assert draft.email == "s.wulf@weserland.example"
    assert draft.phone == "+49 170 1234567"


def test_vcard_40_with_uri_phone_and_utf8_names() -> None:
    [draft] = vcard.parse(CARD_40)
    assert draft.name == "Ing. Tomáš Dvořák" and draft.phone == "+420-555-1234" and draft.department == "Nákup"


def test_an_unreadable_card_is_listed_with_its_line_and_the_others_still_read() -> None:
    broken = "BEGIN:VCARD\nVERSION:3.0\nthis line is no property\nEND:VCARD\n"
    drafts = vcard.parse(PHONE_30 + broken + CARD_40)
    assert [bool(d.errors) for d in drafts] == [False, True, False]
    assert drafts[1].where == "entry 2 (line 12)" and drafts[1].errors[0].startswith("Cannot be read")


def test_a_windows_1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "outlook.vcf"
    path.write_bytes(PHONE_30.replace("Qualität", "Qualität").encode("cp1252"))
    [draft] = vcard.read(path)
    assert draft.department == "Qualität"


GERMAN_OUTLOOK_CSV = (
    '"Anrede";"Vorname";"Weitere Vornamen";"Nachname";"Firma";"Abteilung";"Position";'
    '"Telefon geschäftlich";"E-Mail-Adresse"\r\n'
    '"Dr.";"Heike";"";"Vogt";"Weserland Fördertechnik GmbH";"Entwicklung";"Leiterin Entwicklung";'
    '"+49 571 8800-200";"h.vogt@weserland.example"\r\n'
    '"";"Nicole";"";"Stahl";"Weserland Fördertechnik GmbH";"Logistik";"Teamleiterin Lager";"";'
    '"n.stahl@weserland.example"\r\n'
    '"";"";"";"";"Weserland";"Einkauf";"Einkäufer";"";"keine-adresse"\r\n'
    '"Herr";"Kevin";"";"Schwarz";"Weserland";"Werkzeugausgabe";"Werkzeugausgabe";"";""\r\n'
)


def test_german_outlook_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_bytes(GERMAN_OUTLOOK_CSV.encode("cp1252"))
    drafts = contacts_csv.read(path)
    assert [d.name for d in drafts] == ["Dr. Heike Vogt", "Nicole Stahl", "", "Herr Kevin Schwarz"]
    assert drafts[0].title == "Leiterin Entwicklung" and drafts[0].department == "Entwicklung"
    assert drafts[0].where == "row 2"


def test_english_outlook_csv_title_is_the_salutation_when_a_job_title_exists() -> None:
    text = (
        "Title,First Name,Last Name,Job Title,Department,E-mail Address\n"
        "Ms.,Anna,Petersen,Buyer,Purchasing,a@x.example\n"
    )
    [draft] = contacts_csv.parse(text)
    assert draft.name == "Ms. Anna Petersen" and draft.title == "Buyer"


def test_a_csv_without_a_name_column_is_refused() -> None:
    with pytest.raises(InputError, match="no name column"):
        contacts_csv.parse("Company;City\nWeserland;Minden\n", "x.csv")


def test_preview_recognises_duplicates_guesses_column_and_rank_and_lists_problems(demo_ws, tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text(GERMAN_OUTLOOK_CSV, encoding="utf-8")
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT)
    preview = contact_import.preview(demo_ws, account.id, path)
    vogt, stahl, nameless, schwarz = preview.drafts
    assert vogt.duplicate_of == "already on the board as Dr. Heike Vogt"  # same person, titles ignored
    assert stahl.duplicate_of  # "Nicole Stahl" is on the demo board
    assert nameless.errors == ["No name."] and "not an e-mail address" in nameless.notes[0]
    board = relations.load(demo_ws, account.id)
    production = next(c.id for c in board.columns if c.name == "Production")
    assert schwarz.importable is False or schwarz.column_id == production
    assert preview.errors == ["row 4: No name."]


def test_import_is_all_or_nothing(demo_ws, tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text(GERMAN_OUTLOOK_CSV, encoding="utf-8")
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT)
    before = len(relations.load(demo_ws, account.id).contacts)
    preview = contact_import.preview(demo_ws, account.id, path)
    with pytest.raises(InputError, match="row 4: No name"):
        contact_import.commit(demo_ws, preview)
    assert len(relations.load(demo_ws, account.id).contacts) == before


def test_new_contacts_land_in_the_right_cells_and_undo_removes_them(demo_ws, tmp_path: Path) -> None:
    path = tmp_path / "neu.vcf"
    path.write_text(OUTLOOK_21 + CARD_40, encoding="utf-8")
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT)
    preview = contact_import.preview(demo_ws, account.id, path)
    ids = contact_import.commit(demo_ws, preview)
    board = relations.load(demo_ws, account.id)
    mueller = board.contact_by_id[ids[0]]
    quality = next(c.id for c in board.columns if c.name == "Quality")
    assert (mueller.column_id, mueller.rank) == (quality, Seniority.SENIOR)
    dvorak = board.contact_by_id[ids[1]]
    assert dvorak.rank is Seniority.SENIOR and dvorak.column_id == next(
        c.id for c in board.columns if c.name == "Purchasing"
    )
    contact_import.remove(demo_ws, ids)
    assert not set(ids) & set(relations.load(demo_ws, account.id).contact_by_id)


def test_cli_imports_contacts_into_an_account(demo_path: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "neu.vcf"
    path.write_text(OUTLOOK_21 + PHONE_30, encoding="utf-8")
    code = main(["import", "--db", str(demo_path), "--account", demo.MAIN_ACCOUNT, str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and out.splitlines() == ["Dr. Jörg Müller"]
    assert "skipped, already on the board as Sandra Wulf" in err and "1 contact imported into Weserland" in err


def test_cli_refuses_a_file_with_a_bad_entry_and_changes_nothing(demo_path: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text(GERMAN_OUTLOOK_CSV, encoding="utf-8")
    before = demo_path.read_bytes()
    code = main(["import", "--db", str(demo_path), "--account", demo.MAIN_ACCOUNT, str(path)])
    assert code == 1
    assert capsys.readouterr().err.strip().endswith("kontakte.csv: row 4: No name.")
    from kamdesk.services.workspace import Workspace

    with Workspace.open(demo_path, writable=False) as ws:
        names = {c.name for c in relations.load(ws, accounts.find(ws, demo.MAIN_ACCOUNT).id).contacts}
    assert "Herr Kevin Schwarz" not in names
    assert before  # the file was there all along


def test_cli_names_an_unknown_account_and_an_unsupported_file(demo_path: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.txt"
    path.write_text("hello", encoding="utf-8")
    assert main(["import", "--db", str(demo_path), "--account", "Nobody GmbH", str(path)]) == 1
    assert "Nobody GmbH" in capsys.readouterr().err
    assert main(["import", "--db", str(demo_path), "--account", demo.MAIN_ACCOUNT, str(path)]) == 1
    assert "supported: .vcf, .csv" in capsys.readouterr().err
