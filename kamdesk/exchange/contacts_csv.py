"""Contacts from CSV files: Outlook's export (English or German headers), spreadsheets saved as
CSV with ``;`` or ``,`` or tabs, UTF-8 or Windows-1252. Columns are recognised by their header."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kamdesk.domain import i18n
from kamdesk.domain.contact_import import ContactDraft
from kamdesk.domain.errors import InputError
from kamdesk.exchange.text_files import read_text

#: field → header names that mean it (compared case-insensitively, first match wins)
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "kontakt", "anzeigename", "vollständiger name"),
    "prefix": ("anrede", "title (prefix)", "prefix", "titel"),
    "first": ("first name", "given name", "vorname"),
    "middle": ("middle name", "weitere vornamen"),
    "last": ("last name", "surname", "family name", "nachname"),
    "title": ("job title", "position", "funktion", "jobtitel", "berufsbezeichnung", "role", "rolle", "title"),
    "department": ("department", "abteilung", "bereich", "funktionsbereich"),
    "company": ("company", "firma", "organisation", "organization", "unternehmen"),
    "email": ("e-mail address", "e-mail-adresse", "email", "e-mail", "mail", "email address"),
    "phone": (
        "business phone",
        "telefon geschäftlich",
        "phone",
        "telefon",
        "mobile phone",
        "mobiltelefon",
        "handy",
    ),
}


def read(path: Path) -> list[ContactDraft]:
    return parse(read_text(path), str(path))


def parse(text: str, source: str = "CSV") -> list[ContactDraft]:
    if not text.strip():
        raise InputError(i18n.translate("ContactImport", "%1: the file is empty.").replace("%1", source))
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    header = [h.strip().casefold() for h in rows[0]]
    columns = _columns(header)
    if "name" not in columns and not {"first", "last"} & columns.keys():
        raise InputError(
            i18n.translate(
                "ContactImport", "%1: no name column (expected e.g. 'Name', 'First Name'/'Last Name')."
            ).replace("%1", source)
        )
    drafts = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = i18n.translate("ContactImport", "row %1").replace("%1", str(number))
        draft = ContactDraft(where)

        def cell(field: str, row: list[str] = row) -> str:
            index = columns.get(field)
            return " ".join(row[index].split()) if index is not None and index < len(row) else ""

        draft.name = cell("name") or " ".join(
            p for p in (cell("prefix"), cell("first"), cell("middle"), cell("last")) if p
        )
        draft.title = cell("title")
        draft.department = cell("department")
        draft.company = cell("company")
        draft.email = cell("email")
        draft.phone = cell("phone")
        if len(row) > len(header):
            draft.notes.append(i18n.translate("ContactImport", "More cells than headers; the extra cells are ignored."))
        drafts.append(draft)
    return drafts


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    taken: set[int] = set()
    # "Title" in Outlook's export is the salutation when a "Job Title" column exists
    job_title = any(h in ("job title", "position") for h in header)
    for field, names in HEADERS.items():
        for name in names:
            if field == "title" and name == "title" and job_title:
                continue
            if name in header and header.index(name) not in taken:
                found[field] = header.index(name)
                taken.add(found[field])
                break
    if job_title and "title" in header and "prefix" not in found:
        found["prefix"] = header.index("title")
    return found
