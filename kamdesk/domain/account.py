"""The key account itself: its master data and the rules for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum

NAME_MAX = 200
TEXT_MAX = 200
NOTES_MAX = 20_000

_WEBSITE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE)


class Classification(LabelledEnum):
    """What kind of key account this is (seed 003); it sets service level and plan depth."""

    STRATEGIC = "ska"
    KEY = "ka"
    SMART = "smart"


Classification._LABELS = {  # type: ignore[attr-defined]
    "ska": QT_TRANSLATE_NOOP("Classification", "Strategic Key Account"),
    "ka": QT_TRANSLATE_NOOP("Classification", "Key Account"),
    "smart": QT_TRANSLATE_NOOP("Classification", "Smart Key Account"),
}


class Geography(LabelledEnum):
    """How far the account's business with us reaches (the key-account matrix's second axis)."""

    LOCAL = "local"
    NATIONAL = "national"
    INTERNATIONAL = "international"
    GLOBAL = "global"


Geography._LABELS = {  # type: ignore[attr-defined]
    "local": QT_TRANSLATE_NOOP("Geography", "Local / regional"),
    "national": QT_TRANSLATE_NOOP("Geography", "National"),
    "international": QT_TRANSLATE_NOOP("Geography", "International"),
    "global": QT_TRANSLATE_NOOP("Geography", "Global"),
}


@dataclass(frozen=True, slots=True)
class Account:
    """An account as the screens show it (a snapshot, not a live database row)."""

    id: str
    name: str
    industry: str = ""
    country: str = ""
    website: str = ""
    notes: str = ""
    archived: bool = False
    classification: Classification | None = None
    geography: Geography | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AccountSummary:
    """One line of the account navigator."""

    id: str
    name: str
    industry: str
    country: str
    archived: bool
    updated_at: datetime | None


def clean_name(value: object) -> str:
    """An account name, trimmed; empty or overlong names are refused."""
    name = " ".join(str(value or "").split())
    if not name:
        raise InputError(i18n.translate("Account", "The account name must not be empty."))
    if len(name) > NAME_MAX:
        raise InputError(
            i18n.translate("Account", "The account name is longer than %1 characters.").replace("%1", str(NAME_MAX))
        )
    return name


def clean_text(value: object, field: str, limit: int = TEXT_MAX) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        raise InputError(
            i18n.translate("Account", "The field '%1' is longer than %2 characters.")
            .replace("%1", field)
            .replace("%2", str(limit))
        )
    return text


def clean_website(value: object) -> str:
    """A website as typed, trimmed; obvious non-addresses are refused."""
    site = str(value or "").strip()
    if site and not _WEBSITE.match(site):
        raise InputError(
            i18n.translate("Account", "'%1' is not a web address (example: www.example.de).").replace("%1", site)
        )
    return site


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … whichever is not yet taken (case-insensitive)."""
    folded = {t.casefold() for t in taken}
    candidate, n = name, 1
    while candidate.casefold() in folded:
        n += 1
        candidate = f"{name} ({n})"
    return candidate
