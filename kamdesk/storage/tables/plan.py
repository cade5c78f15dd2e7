"""Tables of the account plan: goals, actions, opportunities, visit reports, plan reviews."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.plan import ActionStatus, GoalSide, GoalStatus, OpportunityStatus, ParticipantSide, Phase
from kamdesk.storage.schema import Base, Record

_ACCOUNT = "account.id"


class PlanGoal(Record, Base):
    """A goal of the customer's, or ours with the customer, with its measure and date."""

    __tablename__ = "plan_goal"

    account_id: Mapped[str] = mapped_column(ForeignKey(_ACCOUNT, ondelete="CASCADE"), nullable=False, index=True)
    side: Mapped[str] = mapped_column(String(20), nullable=False, default="customer", info={"choices": list(GoalSide)})
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    measure: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    target_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open", info={"choices": list(GoalStatus)})
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    internal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class VisitReport(Record, Base):
    """What happened at a customer visit, written right after it."""

    __tablename__ = "visit_report"

    account_id: Mapped[str] = mapped_column(ForeignKey(_ACCOUNT, ondelete="CASCADE"), nullable=False, index=True)
    visited_on: Mapped[date] = mapped_column(Date, nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcomes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_steps: Mapped[str] = mapped_column(Text, nullable=False, default="")


class VisitParticipant(Record, Base):
    """Someone who took part in a visit. Customer people are stored by name (a later link to the
    relationship board's contacts adds a ``contact_id``; the name stays as it was on the day)."""

    __tablename__ = "visit_participant"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit_report.id", ondelete="CASCADE"), nullable=False, index=True)
    side: Mapped[str] = mapped_column(
        String(20), nullable=False, default="customer", info={"choices": list(ParticipantSide)}
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    function: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    team_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PlanAction(Record, Base):
    """Something someone of the team will do for the account, by a date."""

    __tablename__ = "plan_action"

    account_id: Mapped[str] = mapped_column(ForeignKey(_ACCOUNT, ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="open", info={"choices": list(ActionStatus)}
    )
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_goal.id", ondelete="SET NULL"), nullable=True, index=True
    )
    visit_id: Mapped[str | None] = mapped_column(
        ForeignKey("visit_report.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    internal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Opportunity(Record, Base):
    """A piece of business moving through the eight phases of the sales cycle."""

    __tablename__ = "opportunity"

    account_id: Mapped[str] = mapped_column(ForeignKey(_ACCOUNT, ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    phase: Mapped[str] = mapped_column(String(20), nullable=False, default="positioning", info={"choices": list(Phase)})
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="open", info={"choices": list(OpportunityStatus)}
    )
    value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="EUR")
    probability: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expected_close: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_step: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    competitors: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    internal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PlanReview(Record, Base):
    """A review of the plan, usually with the mentor; it sets the date of the next one."""

    __tablename__ = "plan_review"

    account_id: Mapped[str] = mapped_column(ForeignKey(_ACCOUNT, ondelete="CASCADE"), nullable=False, index=True)
    reviewed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reviewer_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decisions: Mapped[str] = mapped_column(Text, nullable=False, default="")
