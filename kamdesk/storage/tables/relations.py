"""Tables of the relationship board: its columns (departments), the customer's contacts, our
coverage of them, and how they relate to each other."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.board import (
    BuyingRole,
    Coverage,
    DecisionOrientation,
    Influence,
    RelationKind,
    RelationshipLevel,
    Side,
)
from kamdesk.domain.team import Seniority
from kamdesk.storage.schema import Base, Record


class RelationshipBoard(Record, Base):
    """Per-account settings of the board (created when first needed)."""

    __tablename__ = "relationship_board"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, unique=True)
    #: days without contact before a relationship counts as stale (None: the workspace's default)
    stale_days: Mapped[int | None] = mapped_column(Integer, nullable=True)


class BoardColumn(Record, Base):
    """One of the customer's functions/departments: a column (file) of the board."""

    __tablename__ = "board_column"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Contact(Record, Base):
    """One of the customer's people: a piece on the board."""

    __tablename__ = "contact"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    column_id: Mapped[str | None] = mapped_column(
        ForeignKey("board_column.id", ondelete="SET NULL"), nullable=True, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    rank: Mapped[str] = mapped_column(String(20), nullable=False, default="middle", info={"choices": list(Seniority)})
    buying_role: Mapped[str] = mapped_column(
        String(20), nullable=False, default="user", info={"choices": list(BuyingRole)}
    )
    side: Mapped[str] = mapped_column(String(20), nullable=False, default="neutral", info={"choices": list(Side)})
    influence: Mapped[str] = mapped_column(
        String(20), nullable=False, default="medium", info={"choices": list(Influence)}
    )
    coverage: Mapped[str] = mapped_column(
        String(20), nullable=False, default="unknown", info={"choices": list(Coverage)}
    )
    orientation: Mapped[str | None] = mapped_column(
        String(20), nullable=True, info={"choices": list(DecisionOrientation)}
    )
    last_contact: Mapped[date | None] = mapped_column(Date, nullable=True)
    placeholder: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    agenda: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CoverageLink(Record, Base):
    """One of our team members covering one contact."""

    __tablename__ = "coverage_link"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    team_member_id: Mapped[str] = mapped_column(
        ForeignKey("team_member.id", ondelete="CASCADE"), nullable=False, index=True
    )
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, index=True)
    level: Mapped[str] = mapped_column(
        String(20), nullable=False, default="vendor", info={"choices": list(RelationshipLevel)}
    )
    target_level: Mapped[str | None] = mapped_column(
        String(20), nullable=True, info={"choices": list(RelationshipLevel)}
    )
    last_contact: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("team_member_id", "contact_id", name="uq_coverage_link_member_contact"),)


class ContactRelation(Record, Base):
    """``source`` reports to / influences / conflicts with ``target``."""

    __tablename__ = "contact_relation"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(
        String(20), nullable=False, default="reports_to", info={"choices": list(RelationKind)}
    )
