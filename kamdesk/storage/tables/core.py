"""Tables of the foundation: accounts, their team on our side, and workspace-wide settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.account import Classification, Geography, Phase
from kamdesk.domain.team import Seniority, TeamRole
from kamdesk.storage.schema import Base, Record


class Account(Record, Base):
    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    industry: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    classification: Mapped[str | None] = mapped_column(
        String(20), nullable=True, info={"choices": list(Classification)}
    )
    geography: Mapped[str | None] = mapped_column(String(20), nullable=True, info={"choices": list(Geography)})
    legal_entity: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    parent_group: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sites: Mapped[str] = mapped_column(Text, nullable=False, default="")
    annual_revenue: Mapped[Decimal | None] = mapped_column(
        Numeric(14, 2), nullable=True, comment="Our annual revenue with the account (EUR)."
    )
    potential: Mapped[Decimal | None] = mapped_column(
        Numeric(14, 2), nullable=True, comment="The account's estimated total spend in our categories (EUR)."
    )
    customer_goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phase: Mapped[str | None] = mapped_column(String(20), nullable=True, info={"choices": list(Phase)})
    review_cadence_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("uq_account_name_lower", func.lower(name), unique=True),)


class TeamMember(Record, Base):
    """One of our people working on the account."""

    __tablename__ = "team_member"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    function: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="other", info={"choices": list(TeamRole)})
    seniority: Mapped[str] = mapped_column(
        String(20), nullable=False, default="middle", info={"choices": list(Seniority)}
    )
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class WorkspaceSetting(Record, Base):
    """A workspace-wide setting that travels with the file (not a per-user preference)."""

    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
