"""Contacts read from other tools (vCard, CSV) before they join a board: what was read, what is
wrong with each entry, which are duplicates, and a first guess of department column and rank."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kamdesk.domain import i18n
from kamdesk.domain.board import DEFAULT_COLUMNS, BoardColumn, Contact
from kamdesk.domain.team import Seniority


@dataclass
class ContactDraft:
    """One entry of an import file."""

    #: where it came from, for messages: "entry 3 (line 17)" or "row 5"
    where: str
    name: str = ""
    title: str = ""
    department: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    #: problems that block the import (all-or-nothing)
    errors: list[str] = field(default_factory=list)
    #: things worth knowing that do not block it
    notes: list[str] = field(default_factory=list)
    #: the existing contact or earlier entry this one duplicates (then it is skipped)
    duplicate_of: str = ""
    column_id: str | None = None
    rank: Seniority = Seniority.SPECIALIST

    @property
    def importable(self) -> bool:
        return not self.errors and not self.duplicate_of


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: words in a department name → the default column they belong to (German and English)
_DEPARTMENT_WORDS: dict[int, tuple[str, ...]] = {
    0: ("geschäftsführung", "management", "vorstand", "board", "executive", "geschäftsleitung", "leitung"),
    1: ("einkauf", "purchas", "procurement", "beschaffung", "sourcing", "buying", "nákup", "zakupy"),
    2: ("entwicklung", "engineering", "konstruktion", "r&d", "f&e", "forschung", "research", "design", "technik"),
    3: ("produktion", "production", "fertigung", "manufactur", "werk", "plant", "montage", "assembly"),
    4: ("qualität", "quality", "qs", "qm", "qa"),
    5: ("logistik", "logistics", "lager", "warehouse", "versand", "supply chain"),
    6: ("finanz", "finance", "controlling", "buchhaltung", "accounting", "rechnungswesen"),
    7: ("it", "edv", "informatik", "information"),
}

#: words in a job title → the rank they suggest, first match wins
_RANK_WORDS: tuple[tuple[Seniority, tuple[str, ...]], ...] = (
    (
        Seniority.BOARD,
        (
            "geschäftsführer",
            "managing director",
            "ceo",
            "cfo",
            "cto",
            "coo",
            "vorstand",
            "chief",
            "president",
            "inhaber",
            "owner",
            "jednatel",
            "ředitel společnosti",
        ),
    ),
    (
        Seniority.SENIOR,
        (
            "leiter",
            "leiterin",
            "head of",
            "director",
            "direktor",
            "bereichsleit",
            "werkleit",
            "plant manager",
            "vice president",
            "vp ",
        ),
    ),
    (
        Seniority.MIDDLE,
        ("teamleit", "gruppenleit", "team lead", "supervisor", "manager", "meister", "abteilungsleit", "category"),
    ),
)


def normalized(text: str) -> str:
    """Name comparison key: case, accents, titles and punctuation ignored."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\b(dr|prof|ing|dipl|mag|mba|msc|bsc)\b\.?", " ", text)
    return " ".join(re.findall(r"[a-z0-9ßø]+", text))


def guess_rank(title: str) -> Seniority:
    lowered = f" {title.casefold()} "
    for rank, words in _RANK_WORDS:
        if any(
            re.search(rf"\b{re.escape(w.strip())}\b", lowered) if len(w.strip()) <= 4 else w in lowered for w in words
        ):
            return rank
    return Seniority.SPECIALIST


def match_column(department: str, columns: Sequence[BoardColumn]) -> str | None:
    """The board column a department name belongs to: by name, else by the usual words."""
    wanted = department.strip().casefold()
    if not wanted:
        return None
    for column in columns:
        if column.name.casefold() == wanted:
            return column.id
    words = set(re.findall(r"[\w&]+", wanted))
    for column in columns:
        for index, english in enumerate(DEFAULT_COLUMNS):
            if column.name.casefold() not in (english.casefold(), i18n.lookup("BoardColumn", english).casefold()):
                continue
            keys = _DEPARTMENT_WORDS[index]
            if any((key in words) if len(key) <= 3 else (key in wanted) for key in keys):
                return column.id
    return None


def check(drafts: Iterable[ContactDraft], existing: Sequence[Contact], columns: Sequence[BoardColumn]) -> None:
    """Fill in errors, notes, duplicates, column and rank of every draft (in place)."""
    by_email = {c.email.casefold(): c for c in existing if c.email}
    by_name = {normalized(c.name): c for c in existing if c.name}
    seen_email: dict[str, ContactDraft] = {}
    seen_name: dict[str, ContactDraft] = {}
    for draft in drafts:
        if not draft.name:
            draft.errors.append(i18n.translate("ContactImport", "No name."))
        elif len(draft.name) > 200:
            draft.errors.append(i18n.translate("ContactImport", "The name is longer than 200 characters."))
        if draft.email and not _EMAIL.match(draft.email):
            draft.notes.append(
                i18n.translate("ContactImport", "'%1' is not an e-mail address; left out.").replace("%1", draft.email)
            )
            draft.email = ""
        draft.title = draft.title[:200]
        draft.rank = guess_rank(draft.title)
        draft.column_id = match_column(draft.department, columns)
        if draft.department and draft.column_id is None:
            draft.notes.append(
                i18n.translate(
                    "ContactImport", "Department '%1' is not on the board; placed under 'No department'."
                ).replace("%1", draft.department)
            )
        key = normalized(draft.name)
        email = draft.email.casefold()
        match = by_email.get(email) if email else None
        match = match or (by_name.get(key) if key else None)
        if match is not None:
            draft.duplicate_of = i18n.translate("ContactImport", "already on the board as %1").replace("%1", match.name)
            continue
        earlier = (seen_email.get(email) if email else None) or (seen_name.get(key) if key else None)
        if earlier is not None:
            draft.duplicate_of = i18n.translate("ContactImport", "same person as %1").replace("%1", earlier.where)
            continue
        if email:
            seen_email[email] = draft
        if key:
            seen_name[key] = draft
