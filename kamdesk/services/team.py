"""The account team on our side: members in their order, and checks of what is typed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.account import clean_text
from kamdesk.domain.team import TeamMember, clean_email, clean_member_name
from kamdesk.services import domain_rows, records
from kamdesk.services.workspace import Workspace
from kamdesk.storage.schema import Base

TABLE = "team_member"


def members(ws: Workspace, account_id: str) -> list[TeamMember]:
    with ws.read() as session:
        return members_in(session, account_id)


def members_in(session: Session, account_id: str) -> list[TeamMember]:
    """The account's team in its order, read in an open session (the plan and its PDF use it too)."""
    t: Any = Base.metadata.tables[TABLE]
    query = select(t).where(t.c.account_id == account_id).order_by(t.c.position, t.c.created_at, t.c.id)
    return [domain_rows.team_member(r) for r in session.execute(query)]


def latest_plan_reviews(ws: Workspace, account_id: str | None = None) -> dict[str, date]:
    """account id → date of its newest plan review (issue 7's ``plan_review``), if any.

    A review held in the plan counts as the last review as much as the date typed on the profile.
    """
    t: Any = Base.metadata.tables.get("plan_review")
    if t is None:
        return {}
    query = select(t.c.account_id, func.max(t.c.reviewed_on)).group_by(t.c.account_id)
    if account_id is not None:
        query = query.where(t.c.account_id == account_id)
    with ws.read() as session:
        return {a: d for a, d in session.execute(query) if d is not None}


records.register_validator(TABLE, "name", lambda tx, i, v: clean_member_name(v))
records.register_validator(TABLE, "function", lambda tx, i, v: clean_text(v, "function"))
records.register_validator(TABLE, "email", lambda tx, i, v: clean_email(v))
records.register_validator(TABLE, "phone", lambda tx, i, v: clean_text(v, "phone", 100))
