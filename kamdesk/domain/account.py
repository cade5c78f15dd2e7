"""The key account itself: its master data and the rules for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

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


class Phase(LabelledEnum):
    """Where the long-term relationship stands (seed 002's phases of a key account)."""

    PRESALE = "presale"
    NEGOTIATION = "negotiation"
    DELIVERY = "delivery"
    REVIEW = "review"
    EXPLORATION = "exploration"


Phase._LABELS = {  # type: ignore[attr-defined]
    "presale": QT_TRANSLATE_NOOP("Phase", "Pre-sale"),
    "negotiation": QT_TRANSLATE_NOOP("Phase", "Contract negotiation"),
    "delivery": QT_TRANSLATE_NOOP("Phase", "Implementation / delivery"),
    "review": QT_TRANSLATE_NOOP("Phase", "Review"),
    "exploration": QT_TRANSLATE_NOOP("Phase", "Exploration"),
}


@dataclass(frozen=True, slots=True)
class ClassificationMeaning:
    """What a classification says about the account and what follows from it (seed 003)."""

    tagline: str  # one line
    meaning: str  # a few sentences
    service_level: str  # one line
    plan_depth: str  # one line


_MEANINGS = {
    "ska": (
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Shapes what we will offer tomorrow; develops with us."),
        QT_TRANSLATE_NOOP(
            "ClassificationMeaning",
            "Develops products and solutions together with us, or shapes our future offering as an innovation "
            "leader (sustainability, digitalisation), or writes the specification our direct customers buy "
            "against. Need not be large in revenue.",
        ),
        QT_TRANSLATE_NOOP(
            "ClassificationMeaning", "Innovation workshops, joint development, relationships on every level"
        ),
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Full plan, largely built with the customer"),
    ),
    "ka": (
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Values what we add beyond the product; wants to stay."),
        QT_TRANSLATE_NOOP(
            "ClassificationMeaning",
            "Cares about process optimisation and total cost of ownership more than the lowest item price, "
            "pays a little more for good service and wants long-term contracts.",
        ),
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Value-added services, fixed contacts in inside sales"),
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Standard plan by the account team, partly shared"),
    ),
    "smart": (
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Large volume, bought on price and delivery in tenders."),
        QT_TRANSLATE_NOOP(
            "ClassificationMeaning",
            "Often a large revenue customer that buys through (global) tenders where the target price decides; "
            "opportunistic, and wants no broad network of relationships (lean key account management).",
        ),
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Lean: delivery performance and price; extras charged"),
        QT_TRANSLATE_NOOP("ClassificationMeaning", "Lean plan — in effect a sales plan"),
    ),
}


def meaning(classification: Classification) -> ClassificationMeaning:
    """What ``classification`` means, in the current language."""
    texts = _MEANINGS[classification.value]
    return ClassificationMeaning(*(i18n.lookup("ClassificationMeaning", t) for t in texts))


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
    legal_entity: str = ""
    parent_group: str = ""
    sites: str = ""
    annual_revenue: Decimal | None = None
    potential: Decimal | None = None
    customer_goals: str = ""
    phase: Phase | None = None
    review_cadence_months: int | None = None
    last_review_on: date | None = None

    @property
    def share_of_wallet(self) -> float | None:
        """Our revenue as a share of what the account spends in our categories (0.0 … 1.0+)."""
        return share_of_wallet(self.annual_revenue, self.potential)


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


def share_of_wallet(revenue: Decimal | None, potential: Decimal | None) -> float | None:
    """``revenue / potential``, or None when either is unknown or the potential is zero."""
    if revenue is None or potential is None or potential <= 0:
        return None
    return float(revenue / potential)
