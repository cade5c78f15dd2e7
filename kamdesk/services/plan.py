"""The account plan as a use case: read it, check every edit, and the few moves that are more
than one field (a next step of a visit becomes an action; a new review defaults to the mentor).

Edits go through ``services.records`` (undoable, compare-and-set); this module registers the
validators those generic edits run, and reads the plan as domain objects.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import i18n
from kamdesk.domain import plan as rules
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.plan import (
    AccountPlan,
    Action,
    ActionStatus,
    Goal,
    GoalSide,
    GoalStatus,
    Opportunity,
    OpportunityStatus,
    Participant,
    ParticipantSide,
    Phase,
    PlanReview,
    VisitReport,
)
from kamdesk.domain.team import TeamMember, TeamRole
from kamdesk.services import records
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage import tables as t

PLAN_TABLES = frozenset(
    {"plan_goal", "plan_action", "opportunity", "visit_report", "visit_participant", "plan_review", "team_member"}
)


# -- reading ---------------------------------------------------------------------------------


def load(ws: Workspace, account_id: str) -> AccountPlan:
    with ws.read() as session:
        return load_in(session, account_id)


def load_in(session: Session, account_id: str) -> AccountPlan:
    """The account's whole plan, in display order (one query per table)."""

    def rows(cls: Any, *order: Any) -> list[Any]:
        return list(session.execute(select(cls).where(cls.account_id == account_id).order_by(*order)).scalars())

    goals = tuple(_goal(r) for r in rows(t.PlanGoal, t.PlanGoal.position, t.PlanGoal.created_at))
    actions = tuple(_action(r) for r in rows(t.PlanAction, t.PlanAction.position, t.PlanAction.created_at))
    opportunities = tuple(
        _opportunity(r) for r in rows(t.Opportunity, t.Opportunity.position, t.Opportunity.created_at)
    )
    visit_rows = rows(t.VisitReport, t.VisitReport.visited_on.desc(), t.VisitReport.created_at.desc())
    people: dict[str, list[Participant]] = {}
    if visit_rows:
        query = (
            select(t.VisitParticipant)
            .where(t.VisitParticipant.visit_id.in_([v.id for v in visit_rows]))
            .order_by(t.VisitParticipant.position, t.VisitParticipant.created_at)
        )
        for p in session.execute(query).scalars():
            people.setdefault(p.visit_id, []).append(_participant(p))
    visits = tuple(_visit(v, people.get(v.id, [])) for v in visit_rows)
    reviews = tuple(
        _review(r) for r in rows(t.PlanReview, t.PlanReview.reviewed_on.desc(), t.PlanReview.created_at.desc())
    )
    cadence, last_review_on = _review_settings(session, account_id)
    return AccountPlan(
        goals=goals,
        actions=actions,
        opportunities=opportunities,
        visits=visits,
        reviews=reviews,
        review_cadence_months=cadence,
        last_review_elsewhere=last_review_on,
    )


def _review_settings(session: Session, account_id: str) -> tuple[int, date | None]:
    """The account's review cadence (the profile's, else every three months) and the last review
    date typed on its profile, read in one query."""
    row = session.execute(
        select(t.Account.review_cadence_months, t.Account.last_review_on).where(t.Account.id == account_id)
    ).first()
    cadence = int(row.review_cadence_months) if row and row.review_cadence_months else None
    return cadence or rules.DEFAULT_REVIEW_CADENCE_MONTHS, row.last_review_on if row else None


# -- moves that are more than one field --------------------------------------------------------


def action_from_next_step(visit: VisitReport, step: str, owner_id: str | None, position: int) -> dict[str, Any]:
    """The values of an action made from one next step of ``visit``."""
    return {
        "account_id": visit.account_id,
        "title": rules.clean_title(step, i18n.translate("Plan", "action title")),
        "owner_id": owner_id,
        "due_on": rules.step_due_on(visit.visited_on),
        "status": ActionStatus.OPEN.value,
        "visit_id": visit.id,
        "position": position,
    }


def default_owner(members: list[TeamMember]) -> str | None:
    """Who owns new actions unless the user picks someone: the primary account manager."""
    primary = next((m for m in members if m.role is TeamRole.PRIMARY), None)
    if primary is not None:
        return primary.id
    return members[0].id if members else None


def default_reviewer(members: list[TeamMember]) -> str | None:
    """Plan reviews are the mentor's job (seed 002); else the sponsor, else nobody."""
    for role in (TeamRole.MENTOR, TeamRole.SPONSOR):
        found = next((m for m in members if m.role is role), None)
        if found:
            return found.id
    return None


# -- validators (run on every generic edit and insert) ------------------------------------------


def _title(what: str) -> Any:
    """``what`` is marked with QT_TRANSLATE_NOOP("Plan", …) and translated when the check runs."""
    return lambda tx, row_id, v: rules.clean_title(v, i18n.lookup("Plan", what))


def _team_member(tx: Transaction, row_id: str, value: Any) -> str | None:
    if not value:
        return None
    if tx.session.get(t.TeamMember, str(value)) is None:
        raise InputError(i18n.translate("Plan", "That team member no longer exists."))
    return str(value)


def _required_date(tx: Transaction, row_id: str, value: Any) -> date:
    day = rules.clean_date(value)
    if day is None:
        raise InputError(i18n.translate("Plan", "Please enter a date."))
    return day


def _short_text(limit: int) -> Any:
    return lambda tx, row_id, v: rules.clean_text(v, limit).strip()


records.register_validator("plan_goal", "title", _title(QT_TRANSLATE_NOOP("Plan", "goal")))
records.register_validator("plan_goal", "measure", _short_text(300))
records.register_validator("plan_goal", "target_on", lambda tx, i, v: rules.clean_date(v))
records.register_validator("plan_goal", "notes", lambda tx, i, v: rules.clean_text(v))
records.register_validator("plan_goal", "internal", lambda tx, i, v: bool(v))
records.register_validator("plan_action", "title", _title(QT_TRANSLATE_NOOP("Plan", "action title")))
records.register_validator("plan_action", "owner_id", _team_member)
records.register_validator("plan_action", "due_on", lambda tx, i, v: rules.clean_date(v))
records.register_validator("plan_action", "goal_id", lambda tx, i, v: v or None)
records.register_validator("plan_action", "notes", lambda tx, i, v: rules.clean_text(v))
records.register_validator("plan_action", "internal", lambda tx, i, v: bool(v))
records.register_validator("opportunity", "title", _title(QT_TRANSLATE_NOOP("Plan", "opportunity")))
records.register_validator("opportunity", "value", lambda tx, i, v: rules.clean_money(v))
records.register_validator("opportunity", "probability", lambda tx, i, v: rules.clean_probability(v))
records.register_validator("opportunity", "expected_close", lambda tx, i, v: rules.clean_date(v))
records.register_validator("opportunity", "next_step", _short_text(300))
records.register_validator("opportunity", "owner_id", _team_member)
records.register_validator("opportunity", "competitors", _short_text(300))
records.register_validator("opportunity", "notes", lambda tx, i, v: rules.clean_text(v))
records.register_validator("opportunity", "internal", lambda tx, i, v: bool(v))
records.register_validator("visit_report", "visited_on", _required_date)
records.register_validator("visit_report", "subject", _short_text(300))
records.register_validator("visit_report", "location", _short_text(200))
records.register_validator("visit_report", "notes", lambda tx, i, v: rules.clean_text(v))
records.register_validator("visit_report", "outcomes", lambda tx, i, v: rules.clean_text(v))
records.register_validator("visit_report", "next_steps", lambda tx, i, v: rules.clean_text(v))
records.register_validator("visit_participant", "name", _title(QT_TRANSLATE_NOOP("Plan", "name")))
records.register_validator("visit_participant", "function", _short_text(200))
records.register_validator("visit_participant", "team_member_id", _team_member)
records.register_validator("plan_review", "reviewed_on", _required_date)
records.register_validator("plan_review", "reviewer_id", _team_member)
records.register_validator("plan_review", "notes", lambda tx, i, v: rules.clean_text(v))
records.register_validator("plan_review", "decisions", lambda tx, i, v: rules.clean_text(v))


# -- rows → domain ---------------------------------------------------------------------------


def _goal(r: t.PlanGoal) -> Goal:
    return Goal(
        id=r.id,
        account_id=r.account_id,
        title=r.title,
        side=GoalSide(r.side),
        measure=r.measure,
        target_on=r.target_on,
        status=GoalStatus(r.status),
        notes=r.notes,
        internal=bool(r.internal),
        position=r.position,
    )


def _action(r: t.PlanAction) -> Action:
    return Action(
        id=r.id,
        account_id=r.account_id,
        title=r.title,
        owner_id=r.owner_id,
        due_on=r.due_on,
        status=ActionStatus(r.status),
        goal_id=r.goal_id,
        visit_id=r.visit_id,
        notes=r.notes,
        internal=bool(r.internal),
        position=r.position,
    )


def _opportunity(r: t.Opportunity) -> Opportunity:
    return Opportunity(
        id=r.id,
        account_id=r.account_id,
        title=r.title,
        phase=Phase(r.phase),
        status=OpportunityStatus(r.status),
        value=Decimal(r.value) if r.value is not None else None,
        currency=r.currency,
        probability=r.probability,
        expected_close=r.expected_close,
        next_step=r.next_step,
        owner_id=r.owner_id,
        competitors=r.competitors,
        notes=r.notes,
        internal=bool(r.internal),
        position=r.position,
    )


def _participant(r: t.VisitParticipant) -> Participant:
    return Participant(
        id=r.id,
        visit_id=r.visit_id,
        name=r.name,
        side=ParticipantSide(r.side),
        function=r.function,
        team_member_id=r.team_member_id,
        position=r.position,
    )


def _visit(r: t.VisitReport, people: list[Participant]) -> VisitReport:
    return VisitReport(
        id=r.id,
        account_id=r.account_id,
        visited_on=r.visited_on,
        subject=r.subject,
        location=r.location,
        notes=r.notes,
        outcomes=r.outcomes,
        next_steps=r.next_steps,
        participants=tuple(people),
    )


def _review(r: t.PlanReview) -> PlanReview:
    return PlanReview(
        id=r.id,
        account_id=r.account_id,
        reviewed_on=r.reviewed_on,
        reviewer_id=r.reviewer_id,
        notes=r.notes,
        decisions=r.decisions,
    )
