"""Importing contacts into an account's board: read a vCard or CSV file, check every entry
(problems, duplicates), show that as a preview, then write all of it in one transaction — or
nothing, if any entry has an error."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kamdesk.domain import i18n
from kamdesk.domain.contact_import import ContactDraft, check
from kamdesk.domain.errors import InputError
from kamdesk.services import relations
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import new_id

SUFFIXES = (".vcf", ".vcard", ".csv")


@dataclass
class ImportPreview:
    source: str
    account_id: str
    drafts: list[ContactDraft]
    #: id for each importable draft, fixed now so that undo/redo keeps the rows' identity
    ids: list[str]

    @property
    def errors(self) -> list[str]:
        return [f"{d.where}: {e}" for d in self.drafts for e in d.errors]

    @property
    def importable(self) -> list[ContactDraft]:
        return [d for d in self.drafts if d.importable]

    @property
    def duplicates(self) -> list[ContactDraft]:
        return [d for d in self.drafts if d.duplicate_of and not d.errors]


def read_drafts(path: Path) -> list[ContactDraft]:
    suffix = Path(path).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        from kamdesk.exchange import vcard

        return vcard.read(path)
    if suffix == ".csv":
        from kamdesk.exchange import contacts_csv

        return contacts_csv.read(path)
    raise InputError(
        i18n.translate("ContactImport", "%1: cannot import contacts from %2 files (supported: .vcf, .csv).")
        .replace("%1", str(path))
        .replace("%2", suffix or "extension-less")
    )


def preview(ws: Workspace, account_id: str, path: Path) -> ImportPreview:
    drafts = read_drafts(path)
    board = relations.load(ws, account_id)
    check(drafts, board.contacts, board.columns)
    return ImportPreview(str(path), account_id, drafts, [new_id() for d in drafts if d.importable])


def commit(ws: Workspace, result: ImportPreview) -> list[str]:
    """Write every importable entry in one transaction; refuse (writing nothing) if any entry
    has an error. Returns the new contacts' ids."""
    if result.errors:
        raise InputError(f"{result.source}: {result.errors[0]}")
    ids = []
    with ws.write() as tx:
        for row_id, draft in zip(result.ids, result.importable, strict=True):
            notes = (
                i18n.translate("ContactImport", "Imported from %1 (%2).")
                .replace("%1", Path(result.source).name)
                .replace("%2", draft.company)
                if draft.company
                else ""
            )
            ids.append(
                relations.add_contact_in(
                    tx,
                    result.account_id,
                    {
                        "id": row_id,
                        "name": draft.name,
                        "title": draft.title,
                        "column_id": draft.column_id,
                        "rank": draft.rank.value,
                        "email": draft.email,
                        "phone": draft.phone[:100],
                        "notes": notes,
                    },
                )
            )
    return ids


def remove(ws: Workspace, ids: list[str]) -> None:
    """Undo an import: delete the contacts it added (with anything since attached to them)."""
    from kamdesk.services import records

    with ws.write() as tx:
        for row_id in ids:
            records.delete_row_in(tx, "contact", row_id)
