"""Account lists as CRMs and Excel write them: CSV (any common separator and encoding, German
Excel's semicolons, Windows-1252 and UTF-8 with BOM included) and xlsx workbooks.

``read`` gives the raw table (headers, rows with their row numbers in the file, what was detected);
``recognise`` maps column headers — German or English — to account fields; ``convert`` turns one
row into account values, collecting a reason for every cell it cannot read. Nothing here writes:
the import itself is ``services.account_import``. The recognised headers are documented in the
README (a test keeps the two in step).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kamdesk.domain import i18n
from kamdesk.domain.account import (
    NOTES_MAX,
    Classification,
    Geography,
    Phase,
    clean_name,
    clean_text,
    clean_website,
)
from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.dates import parse_date
from kamdesk.domain.errors import InputError, KamdeskError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.team import clean_review_months
from kamdesk.exchange.text_files import decode

SUFFIXES = (".csv", ".xlsx")
DELIMITERS = (";", ",", "\t", "|")
MAX_ROWS = 100_000


@dataclass(frozen=True)
class FieldSpec:
    field: str
    label: str  # QT_TRANSLATE_NOOP("AccountField", …)
    kind: str  # text | notes | name | website | amount | choice | months | date
    english: tuple[str, ...]  # recognised header names
    german: tuple[str, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return self.english + self.german


#: every account field an import can fill, with the header names that map to it
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("AccountField", "Name"),
        "name",
        (
            "Name",
            "Account",
            "Account Name",
            "Company",
            "Company Name",
            "Customer",
            "Customer Name",
            "Organisation",
            "Organization",
        ),
        ("Kunde", "Kundenname", "Firma", "Firmenname", "Unternehmen", "Name 1"),
    ),
    FieldSpec(
        "legal_entity",
        QT_TRANSLATE_NOOP("AccountField", "Legal entity"),
        "text",
        ("Legal Entity", "Legal Name"),
        ("Firmierung", "Rechtliche Einheit", "Juristische Person", "Gesellschaft"),
    ),
    FieldSpec(
        "parent_group",
        QT_TRANSLATE_NOOP("AccountField", "Group / parent"),
        "text",
        ("Group", "Parent", "Parent Company", "Parent Account"),
        ("Konzern", "Muttergesellschaft", "Unternehmensgruppe"),
    ),
    FieldSpec("industry", QT_TRANSLATE_NOOP("AccountField", "Industry"), "text", ("Industry", "Sector"), ("Branche",)),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("AccountField", "Country / region"),
        "text",
        ("Country", "Country/Region", "Billing Country", "Region"),
        ("Land", "Land/Region", "Staat"),
    ),
    FieldSpec(
        "website",
        QT_TRANSLATE_NOOP("AccountField", "Website"),
        "website",
        ("Website", "Web", "URL", "Homepage"),
        ("Webseite", "Internet", "Internetadresse"),
    ),
    FieldSpec(
        "sites",
        QT_TRANSLATE_NOOP("AccountField", "Sites"),
        "notes",
        ("Sites", "Locations"),
        ("Standorte", "Werke", "Niederlassungen"),
    ),
    FieldSpec(
        "annual_revenue",
        QT_TRANSLATE_NOOP("AccountField", "Our annual revenue"),
        "amount",
        ("Revenue", "Annual Revenue", "Our Revenue", "Sales"),
        ("Umsatz", "Jahresumsatz", "Unser Umsatz"),
    ),
    FieldSpec(
        "potential",
        QT_TRANSLATE_NOOP("AccountField", "Potential"),
        "amount",
        ("Potential", "Total Spend", "Estimated Spend"),
        ("Potenzial", "Gesamtbedarf", "Einkaufsvolumen"),
    ),
    FieldSpec(
        "classification",
        QT_TRANSLATE_NOOP("AccountField", "Classification"),
        "choice",
        ("Classification", "Account Type"),
        ("Klassifizierung", "Klassifikation", "Kundentyp"),
    ),
    FieldSpec(
        "geography",
        QT_TRANSLATE_NOOP("AccountField", "Geography"),
        "choice",
        ("Geography", "Reach"),
        ("Geografie", "Geographie", "Reichweite"),
    ),
    FieldSpec(
        "phase",
        QT_TRANSLATE_NOOP("AccountField", "Long-term phase"),
        "choice",
        ("Phase", "Account Phase"),
        ("Account-Phase", "Langfristige Phase"),
    ),
    FieldSpec(
        "customer_goals",
        QT_TRANSLATE_NOOP("AccountField", "Customer goals"),
        "notes",
        ("Goals", "Customer Goals"),
        ("Ziele", "Kundenziele"),
    ),
    FieldSpec(
        "notes",
        QT_TRANSLATE_NOOP("AccountField", "Internal notes"),
        "notes",
        ("Notes", "Note", "Comments", "Description"),
        ("Notizen", "Bemerkungen", "Kommentar", "Beschreibung"),
    ),
    FieldSpec(
        "review_cadence_months",
        QT_TRANSLATE_NOOP("AccountField", "Review every (months)"),
        "months",
        ("Review Every (Months)", "Review Cadence"),
        ("Review-Intervall (Monate)", "Review-Intervall"),
    ),
    FieldSpec(
        "last_review_on",
        QT_TRANSLATE_NOOP("AccountField", "Last review"),
        "date",
        ("Last Review", "Last Review On"),
        ("Letztes Review", "Letzte Überprüfung"),
    ),
)

SPEC = {f.field: f for f in FIELDS}

#: written values → stored choice, for classification, geography and phase (besides the labels)
CHOICES: dict[str, dict[str, str]] = {
    "classification": {
        "ska": "ska",
        "strategic": "ska",
        "strategisch": "ska",
        "strategischerkeyaccount": "ska",
        "ka": "ka",
        "keyaccount": "ka",
        "smart": "smart",
        "smartka": "smart",
        "smartkeyaccount": "smart",
        "skam": "smart",
    },
    "geography": {
        "local": "local",
        "regional": "local",
        "lokal": "local",
        "localregional": "local",
        "lokalregional": "local",
        "national": "national",
        "international": "international",
        "global": "global",
        "weltweit": "global",
        "worldwide": "global",
    },
    "phase": {
        "presale": "presale",
        "presales": "presale",
        "vorverkauf": "presale",
        "akquise": "presale",
        "negotiation": "negotiation",
        "contractnegotiation": "negotiation",
        "vertragsverhandlung": "negotiation",
        "vertragsverhandlungen": "negotiation",
        "verhandlung": "negotiation",
        "delivery": "delivery",
        "implementation": "delivery",
        "implementationdelivery": "delivery",
        "implementierung": "delivery",
        "lieferung": "delivery",
        "implementierunglieferung": "delivery",
        "review": "review",
        "ueberpruefung": "review",
        "exploration": "exploration",
        "erkundung": "exploration",
        "ausbau": "exploration",
    },
}
ENUMS = {"classification": Classification, "geography": Geography, "phase": Phase}


@dataclass
class RawTable:
    """A table as read from a file, before any field is recognised."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number in the file, cells)
    kind: str  # "csv" | "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    decimal: str = "."


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # the file's header of the cell ("" for the row as a whole)
    message: str

    def __str__(self) -> str:
        where = i18n.translate("Import", "row %1").replace("%1", str(self.row))
        return f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}"


@dataclass
class ConvertedRow:
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------------------


def read(path: Path) -> RawTable:
    """Read a .csv or .xlsx file; InputError naming the file if it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            i18n.translate("Import", "%1: cannot import %2 files as accounts (supported: .csv, .xlsx).")
            .replace("%1", str(path))
            .replace("%2", suffix or "extension-less")
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(i18n.translate("Import", "%1: no such file.").replace("%1", str(path))) from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    table = read_xlsx(data, str(path)) if suffix == ".xlsx" else read_csv(data, str(path))
    if not table.headers or not any(h.strip() for h in table.headers):
        raise InputError(i18n.translate("Import", "%1: the file has no header row.").replace("%1", str(path)))
    if len(table.rows) > MAX_ROWS:
        raise InputError(
            i18n.translate("Import", "%1: more than %2 rows; split the file.")
            .replace("%1", str(path))
            .replace("%2", str(MAX_ROWS))
        )
    table.decimal = _decimal_for(table)
    return table


def read_csv(data: bytes, source: str) -> RawTable:
    text, encoding = decode(data)
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), "")
    delimiter = _delimiter(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[Any]]] = []
    try:
        for cells in reader:
            number = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
                continue
            rows.append((number, cells))
    except csv.Error as error:
        raise InputError(
            i18n.translate("Import", "%1: line %2: %3")
            .replace("%1", source)
            .replace("%2", str(reader.line_num))
            .replace("%3", str(error))
        ) from None
    return RawTable(source, headers or [], rows, "csv", encoding=encoding, delimiter=delimiter)


def _delimiter(header: str) -> str:
    """The separator that splits the header line most often (outside quotes)."""
    unquoted = re.sub(r'"[^"]*"', "", header)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_xlsx(data: bytes, source: str) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError(
            i18n.translate("Import", "%1: not an Excel workbook (.xlsx): %2")
            .replace("%1", source)
            .replace("%2", str(error) or type(error).__name__)
        ) from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[Any]]] = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = list(cells)
            if not any(v is not None and str(v).strip() for v in values):
                continue
            if headers is None:
                headers = ["" if v is None else str(v).strip() for v in values]
                continue
            rows.append((number, values))
        return RawTable(source, headers or [], rows, "xlsx", sheet=str(sheet.title))
    finally:
        workbook.close()


def _decimal_for(table: RawTable) -> str:
    """German files write 1.250,50: semicolon CSVs and files with German headers."""
    if table.delimiter == ";":
        return ","
    german = {_norm(h) for f in FIELDS for h in f.german} - {_norm(h) for f in FIELDS for h in f.english}
    english = {_norm(h) for f in FIELDS for h in f.english} - german
    normalised = [_norm(h) for h in table.headers]
    return "," if sum(h in german for h in normalised) > sum(h in english for h in normalised) else "."


# -- recognising columns ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    """A header or value reduced to what matters: lower case, umlauts spelled out, no brackets,
    years, currency words or punctuation."""
    text = str(text).casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"\b(19|20)\d\d\b", " ", text)
    text = re.sub(r"\b(eur|euro|in)\b|€", " ", text)
    return re.sub(r"[^0-9a-z]+", "", text)


_HEADER_INDEX = {_norm(h): f.field for f in FIELDS for h in f.headers}


def field_for(header: str) -> str | None:
    """The account field a column header stands for, or None."""
    return _HEADER_INDEX.get(_norm(header)) or _HEADER_INDEX.get(_norm(re.sub(r"\(.*?\)", "", header)))


def recognise(headers: list[str]) -> list[str | None]:
    """A field (or None) per column; each field is taken by the first column that names it."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        found = field_for(header)
        if found in taken:
            found = None
        if found:
            taken.add(found)
        mapping.append(found)
    return mapping


# -- converting values -----------------------------------------------------------------------------


def convert(table: RawTable, number: int, cells: list[Any], mapping: list[str | None]) -> ConvertedRow:
    """The account values of one row, and a problem for each cell that cannot be read."""
    result = ConvertedRow(number)
    unreadable: set[str] = set()
    for column, target in enumerate(mapping):
        if target is None:
            continue
        raw = cells[column] if column < len(cells) else None
        header = table.headers[column] if column < len(table.headers) else ""
        try:
            value = _value(SPEC[target], raw, table.decimal)
        except KamdeskError as error:
            result.problems.append(Problem(number, header, str(error)))
            unreadable.add(target)
            continue
        if value is not None and value != "":
            result.values[target] = value
    if "name" not in result.values and "name" not in unreadable:
        result.problems.append(Problem(number, "", i18n.translate("Import", "the account has no name.")))
    return result


def _value(spec: FieldSpec, raw: Any, decimal: str) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = spec.kind
    if kind == "amount":
        return parse_amount(raw.strip() if isinstance(raw, str) else raw, decimal)
    if kind == "date":
        return parse_date(raw.strip() if isinstance(raw, str) else raw)
    if kind == "months":
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        return clean_review_months(raw)
    text = _cell_text(raw)
    if kind == "name":
        return clean_name(text)
    if kind == "website":
        return clean_website(text)
    if kind == "choice":
        return _choice(spec.field, text)
    return clean_text(text, i18n.lookup("AccountField", spec.label), NOTES_MAX if kind == "notes" else 200)


def _cell_text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime | date):
        return raw.isoformat()
    return str(raw).strip()


def _choice(name: str, text: str) -> str:
    key = _norm(text)
    known = dict(CHOICES[name])
    for member in ENUMS[name]:
        known[_norm(member.value)] = member.value
        for lang in i18n.LANGUAGES:
            known[_norm(i18n.lookup(member.context(), member.source_label, lang))] = member.value
    if key in known:
        return known[key]
    allowed = ", ".join(m.label for m in ENUMS[name])
    raise InputError(i18n.translate("Import", "'%1' is not one of: %2.").replace("%1", text).replace("%2", allowed))
