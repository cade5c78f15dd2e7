"""The relationship board: the customer's people as chess pieces, our coverage of them, and how
they relate to each other (architecture.md → Relationship board). Pure data, no Qt, no storage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from typing import ClassVar

from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.team import Seniority, TeamMember


class PieceType(LabelledEnum):
    KING = "king"
    QUEEN = "queen"
    ROOK = "rook"
    BISHOP = "bishop"
    KNIGHT = "knight"
    PAWN = "pawn"


PieceType._LABELS = {  # type: ignore[attr-defined]
    "king": QT_TRANSLATE_NOOP("PieceType", "King"),
    "queen": QT_TRANSLATE_NOOP("PieceType", "Queen"),
    "rook": QT_TRANSLATE_NOOP("PieceType", "Rook"),
    "bishop": QT_TRANSLATE_NOOP("PieceType", "Bishop"),
    "knight": QT_TRANSLATE_NOOP("PieceType", "Knight"),
    "pawn": QT_TRANSLATE_NOOP("PieceType", "Pawn"),
}


class BuyingRole(LabelledEnum):
    """A contact's role in the buying decision; it decides the piece they are drawn as."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    TECHNICAL_BUYER = "technical_buyer"
    USER_BUYER = "user_buyer"
    COACH = "coach"
    USER = "user"

    @property
    def piece(self) -> PieceType:
        return PIECE_OF_ROLE[self]


BuyingRole._LABELS = {  # type: ignore[attr-defined]
    "decision_maker": QT_TRANSLATE_NOOP("BuyingRole", "Decision maker"),
    "influencer": QT_TRANSLATE_NOOP("BuyingRole", "Key influencer"),
    "technical_buyer": QT_TRANSLATE_NOOP("BuyingRole", "Technical buyer"),
    "user_buyer": QT_TRANSLATE_NOOP("BuyingRole", "User buyer / approver"),
    "coach": QT_TRANSLATE_NOOP("BuyingRole", "Coach"),
    "user": QT_TRANSLATE_NOOP("BuyingRole", "User / gatekeeper"),
}

PIECE_OF_ROLE = {
    BuyingRole.DECISION_MAKER: PieceType.KING,
    BuyingRole.INFLUENCER: PieceType.QUEEN,
    BuyingRole.TECHNICAL_BUYER: PieceType.ROOK,
    BuyingRole.USER_BUYER: PieceType.BISHOP,
    BuyingRole.COACH: PieceType.KNIGHT,
    BuyingRole.USER: PieceType.PAWN,
}


class Side(LabelledEnum):
    """Which side a contact is on: white = ally, grey = neutral or unknown, black = opponent."""

    ALLY = "ally"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"


Side._LABELS = {  # type: ignore[attr-defined]
    "ally": QT_TRANSLATE_NOOP("Side", "Ally"),
    "neutral": QT_TRANSLATE_NOOP("Side", "Neutral / unknown"),
    "opponent": QT_TRANSLATE_NOOP("Side", "Opponent"),
}


class Influence(LabelledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def weight(self) -> int:
        return {"low": 1, "medium": 2, "high": 3}[self.value]


Influence._LABELS = {  # type: ignore[attr-defined]
    "low": QT_TRANSLATE_NOOP("Influence", "Low"),
    "medium": QT_TRANSLATE_NOOP("Influence", "Medium"),
    "high": QT_TRANSLATE_NOOP("Influence", "High"),
}


class Coverage(LabelledEnum):
    """How well we know the person (information depth), whoever of us knows them."""

    UNKNOWN = "unknown"
    SUPERFICIAL = "superficial"
    REGULAR = "regular"
    IN_DEPTH = "in_depth"

    @property
    def weight(self) -> int:
        return list(Coverage).index(self)


Coverage._LABELS = {  # type: ignore[attr-defined]
    "unknown": QT_TRANSLATE_NOOP("Coverage", "Unknown"),
    "superficial": QT_TRANSLATE_NOOP("Coverage", "Superficial"),
    "regular": QT_TRANSLATE_NOOP("Coverage", "Regular"),
    "in_depth": QT_TRANSLATE_NOOP("Coverage", "In depth"),
}


class DecisionOrientation(LabelledEnum):
    """What a contact weighs most when deciding."""

    COST = "cost"
    QUALITY = "quality"
    INNOVATION = "innovation"
    SECURITY = "security"
    RELATIONSHIP = "relationship"


DecisionOrientation._LABELS = {  # type: ignore[attr-defined]
    "cost": QT_TRANSLATE_NOOP("DecisionOrientation", "Cost and price"),
    "quality": QT_TRANSLATE_NOOP("DecisionOrientation", "Quality and technology"),
    "innovation": QT_TRANSLATE_NOOP("DecisionOrientation", "Innovation"),
    "security": QT_TRANSLATE_NOOP("DecisionOrientation", "Security and low risk"),
    "relationship": QT_TRANSLATE_NOOP("DecisionOrientation", "Relationship and trust"),
}


class RelationshipLevel(LabelledEnum):
    """How a contact sees one of our people, from supplier of goods to trusted advisor."""

    VENDOR = "vendor"
    CREDIBLE_SOURCE = "credible_source"
    PROBLEM_SOLVER = "problem_solver"
    TRUSTED_ADVISOR = "trusted_advisor"

    @property
    def step(self) -> int:
        """1 (vendor) … 4 (trusted advisor)."""
        return _LEVEL_STEPS[self]


_LEVEL_STEPS = {level: n for n, level in enumerate(RelationshipLevel, start=1)}


RelationshipLevel._LABELS = {  # type: ignore[attr-defined]
    "vendor": QT_TRANSLATE_NOOP("RelationshipLevel", "Vendor"),
    "credible_source": QT_TRANSLATE_NOOP("RelationshipLevel", "Credible source"),
    "problem_solver": QT_TRANSLATE_NOOP("RelationshipLevel", "Problem solver"),
    "trusted_advisor": QT_TRANSLATE_NOOP("RelationshipLevel", "Trusted advisor"),
}


class RelationKind(LabelledEnum):
    """How two of the customer's people relate (drawn as lines between pieces)."""

    REPORTS_TO = "reports_to"
    INFLUENCES = "influences"
    CONFLICTS_WITH = "conflicts_with"


RelationKind._LABELS = {  # type: ignore[attr-defined]
    "reports_to": QT_TRANSLATE_NOOP("RelationKind", "reports to"),
    "influences": QT_TRANSLATE_NOOP("RelationKind", "influences"),
    "conflicts_with": QT_TRANSLATE_NOOP("RelationKind", "conflicts with"),
}

#: The customer's hierarchy levels, top to bottom: the board's ranks (rows).
RANKS: tuple[Seniority, ...] = (Seniority.BOARD, Seniority.SENIOR, Seniority.MIDDLE, Seniority.SPECIALIST)

#: Departments of a new board, in column order (translated when they are created).
DEFAULT_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("BoardColumn", "Management"),
    QT_TRANSLATE_NOOP("BoardColumn", "Purchasing"),
    QT_TRANSLATE_NOOP("BoardColumn", "Engineering / R&D"),
    QT_TRANSLATE_NOOP("BoardColumn", "Production"),
    QT_TRANSLATE_NOOP("BoardColumn", "Quality"),
    QT_TRANSLATE_NOOP("BoardColumn", "Logistics"),
    QT_TRANSLATE_NOOP("BoardColumn", "Finance"),
    QT_TRANSLATE_NOOP("BoardColumn", "IT"),
)

#: Days without contact after which a relationship counts as stale, unless configured.
DEFAULT_STALE_DAYS = 90


class Recency(Enum):
    """How long ago any of us last spoke to a contact, as the board's dot shows it."""

    RECENT = "recent"
    DUE = "due"
    STALE = "stale"
    NEVER = "never"


def recency(last: date | None, today: date, stale_days: int) -> Recency:
    """Recent within half the stale threshold, due up to it, stale beyond it; never without a
    recorded contact."""
    if last is None:
        return Recency.NEVER
    days = (today - last).days
    return Recency.RECENT if days <= stale_days / 2 else Recency.DUE if days <= stale_days else Recency.STALE


@dataclass(frozen=True, slots=True)
class BoardColumn:
    """One of the customer's functions/departments: a file of the board."""

    ENTITY: ClassVar[str] = "board_column"  # the stored entity (sensitivity policy, redaction)

    id: str
    name: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Contact:
    """One of the customer's people: a piece on the board."""

    ENTITY: ClassVar[str] = "contact"  # the stored entity (sensitivity policy, redaction)

    id: str
    name: str = ""
    title: str = ""
    column_id: str | None = None
    rank: Seniority = Seniority.MIDDLE
    role: BuyingRole = BuyingRole.USER
    side: Side = Side.NEUTRAL
    influence: Influence = Influence.MEDIUM
    coverage: Coverage = Coverage.UNKNOWN
    orientation: DecisionOrientation | None = None
    last_contact: date | None = None
    placeholder: bool = False
    agenda: str = ""
    notes: str = ""
    email: str = ""
    phone: str = ""
    position: int = 0

    @property
    def piece(self) -> PieceType:
        return self.role.piece

    @property
    def cell(self) -> tuple[str | None, Seniority]:
        return (self.column_id, self.rank)


@dataclass(frozen=True, slots=True)
class CoverageLink:
    """One of our people covering one of theirs, with the level now and the level we aim for."""

    ENTITY: ClassVar[str] = "coverage_link"  # the stored entity (sensitivity policy, redaction)

    id: str
    member_id: str
    contact_id: str
    level: RelationshipLevel = RelationshipLevel.VENDOR
    target: RelationshipLevel | None = None
    last_contact: date | None = None
    notes: str = ""

    @property
    def below_target(self) -> bool:
        return self.target is not None and self.level.step < self.target.step


@dataclass(frozen=True, slots=True)
class ContactRelation:
    """``source`` reports to / influences / conflicts with ``target``."""

    ENTITY: ClassVar[str] = "contact_relation"  # the stored entity (sensitivity policy, redaction)

    id: str
    source_id: str
    target_id: str
    kind: RelationKind = RelationKind.REPORTS_TO


@dataclass(frozen=True)
class Board:
    """Everything the relationship board of one account shows."""

    account_id: str
    columns: Sequence[BoardColumn] = ()
    contacts: Sequence[Contact] = ()
    team: Sequence[TeamMember] = ()
    links: Sequence[CoverageLink] = ()
    relations: Sequence[ContactRelation] = ()
    stale_days: int = DEFAULT_STALE_DAYS
    column_names: dict[str, str] = field(default_factory=dict)

    @cached_property
    def contact_by_id(self) -> dict[str, Contact]:
        return {c.id: c for c in self.contacts}

    @cached_property
    def member_by_id(self) -> dict[str, TeamMember]:
        return {m.id: m for m in self.team}

    @cached_property
    def links_by_contact(self) -> dict[str, list[CoverageLink]]:
        found: dict[str, list[CoverageLink]] = {c.id: [] for c in self.contacts}
        for link in self.links:
            found.setdefault(link.contact_id, []).append(link)
        return found

    @cached_property
    def links_by_member(self) -> dict[str, list[CoverageLink]]:
        found: dict[str, list[CoverageLink]] = {m.id: [] for m in self.team}
        for link in self.links:
            found.setdefault(link.member_id, []).append(link)
        return found

    def cells(self) -> dict[tuple[str | None, Seniority], list[Contact]]:
        """Contacts per (column, rank), each cell in board order."""
        found: dict[tuple[str | None, Seniority], list[Contact]] = {}
        for contact in sorted(self.contacts, key=lambda c: (c.position, c.name.casefold(), c.id)):
            found.setdefault(contact.cell, []).append(contact)
        return found

    def last_contact(self, contact_id: str) -> date | None:
        """The latest contact anyone of us had with the person (their own date or a link's)."""
        dates = [link.last_contact for link in self.links_by_contact.get(contact_id, ()) if link.last_contact]
        own = self.contact_by_id[contact_id].last_contact
        if own:
            dates.append(own)
        return max(dates) if dates else None


def display_name(contact: Contact) -> str:
    """The name to show: a placeholder without a name shows its role (a known role, an unknown person)."""
    if contact.name:
        return contact.name
    return f"? ({contact.title or contact.role.label})"
