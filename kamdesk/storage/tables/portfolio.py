"""Tables of the portfolio: the workspace's selection criteria and tiers, and each account's scores."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.storage.schema import Base, Record


class SelectionCriterion(Record, Base):
    """A criterion key accounts are selected by (workspace-wide), with its weight."""

    __tablename__ = "selection_criterion"

    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    weight: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Tier(Record, Base):
    """A named tier of the portfolio and the total (0 … 100 points) that reaches it."""

    __tablename__ = "tier"

    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    threshold: Mapped[float] = mapped_column(Numeric(4, 1, asdecimal=False), nullable=False, default=0.0)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AccountScore(Record, Base):
    """An account's score (0 … 10) on one criterion; no row means "not scored"."""

    __tablename__ = "account_score"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("selection_criterion.id", ondelete="CASCADE"), nullable=False, index=True
    )
    score: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (UniqueConstraint("account_id", "criterion_id", name="uq_account_score_account_criterion"),)
