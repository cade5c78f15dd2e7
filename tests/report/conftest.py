"""An account whose every internal field holds a marker string, for the edition tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from kamdesk.services import plan as _plan  # noqa: F401  (registers the plan's validators)
from kamdesk.services import records
from kamdesk.services import relations as _relations  # noqa: F401  (the board's validators)

TODAY = date.today()

#: (entity, internal field) → what the internal edition prints for it (and the customer's must not)
MARKERS: dict[tuple[str, str], str] = {
    ("account", "notes"): "MARKER-account-notes",
    ("account", "classification"): "Strategic Key Account",
    ("account", "annual_revenue"): "9,876,543",
    ("account", "potential"): "8,765,432",
    ("account", "phase"): "Exploration",
    ("team_member", "seniority"): "Board / C-level",
    ("plan_goal", "notes"): "MARKER-goal-notes",
    ("plan_goal", "internal"): "MARKER-internal-goal-row",
    ("plan_action", "notes"): "MARKER-action-notes",
    ("plan_action", "internal"): "MARKER-internal-action-row",
    ("opportunity", "value"): "4,321,987",
    ("opportunity", "probability"): "37%",
    ("opportunity", "competitors"): "MARKER-competitors",
    ("opportunity", "notes"): "MARKER-opportunity-notes",
    ("opportunity", "internal"): "MARKER-internal-opportunity-row",
    ("visit_report", "visited_on"): "31 Dec 2019",
    ("visit_report", "subject"): "MARKER-visit-subject",
    ("visit_report", "location"): "MARKER-visit-location",
    ("visit_report", "notes"): "MARKER-visit-notes",
    ("visit_report", "outcomes"): "MARKER-visit-outcomes",
    ("visit_report", "next_steps"): "MARKER-visit-next-step",
    ("visit_participant", "name"): "MARKER-participant-name",
    ("visit_participant", "function"): "MARKER-participant-function",
    ("plan_review", "notes"): "MARKER-review-notes",
    ("plan_review", "decisions"): "MARKER-review-decisions",
    # the relationship board (internal edition only): judgements as the plan prints them
    ("contact", "buying_role"): "Key influencer",
    ("contact", "side"): "Opponent",
    ("contact", "influence"): "influence: High",
    ("contact", "coverage"): "known: In depth",
    ("contact", "orientation"): "weighs: Innovation",
    ("contact", "last_contact"): "2 Feb 2020",
    ("contact", "agenda"): "MARKER-contact-agenda",
    ("contact", "notes"): "MARKER-contact-notes",
    ("coverage_link", "level"): "Credible source (aiming for",
    ("coverage_link", "target_level"): "aiming for Trusted advisor)",
    ("coverage_link", "last_contact"): "3 Mar 2021",
    ("coverage_link", "notes"): "MARKER-link-notes",
    ("relationship_board", "stale_days"): "More than 77 days ago",
    ("key_issue", "rule"): "High-influence opponent",
    ("key_issue", "reason"): "is against us and has high influence",
    # procurement maps (shareable, but for our notes)
    ("procurement_map", "notes"): "MARKER-map-notes",
    ("procurement_node", "notes"): "MARKER-step-notes",
}

#: internal fields that print nothing of their own (flags, links); why each is safe is noted
NOT_PRINTED: dict[tuple[str, str], str] = {
    ("account", "archived"): "a flag, not printed",
    ("plan_action", "visit_id"): "a link; the visit report it points to is internal as a whole",
    ("visit_participant", "visit_id"): "a link inside the internal visit report",
    ("visit_participant", "side"): "which list a participant is printed in",
    ("visit_participant", "team_member_id"): "prints our team member's (shareable) name",
    ("plan_review", "reviewer_id"): "prints a team member's (shareable) name; the link is what is internal",
    ("contact", "placeholder"): "drawn as a dashed piece; prints no text of its own",
    ("coverage_link", "team_member_id"): "a link: drawn as a line and a cell of the coverage table",
    ("coverage_link", "contact_id"): "a link: drawn as a line and a cell of the coverage table",
    ("contact_relation", "source_id"): "drawn as a line between two pieces",
    ("contact_relation", "target_id"): "drawn as a line between two pieces",
    ("contact_relation", "kind"): "the line's dash pattern (listed by name only when the board is split)",
}


def _add(ws: Any, table: str, **values: Any) -> str:
    return records.insert_row(ws, table, values)


@pytest.fixture
def marked(ws: Any) -> tuple[Any, str]:
    """(workspace, account id) of a strategic account with markers in every internal field."""
    account = _add(
        ws,
        "account",
        name="S&P <GmbH> Łódź",
        industry="Fördertechnik",
        country="Polska",
        classification="ska",
        geography="global",
        notes=MARKERS[("account", "notes")],
        annual_revenue=Decimal("9876543"),
        potential=Decimal("8765432"),
        phase="exploration",
    )
    kam = _add(ws, "team_member", account_id=account, name="Łukasz Żółć", role="primary", function="KAM")
    _add(ws, "team_member", account_id=account, name="Jiří Dvořák", role="mentor", seniority="board")
    goal = _add(
        ws,
        "plan_goal",
        account_id=account,
        title="Shared goal <costs> & more",
        measure="-20 %",
        notes=MARKERS[("plan_goal", "notes")],
    )
    secret_goal = _add(
        ws, "plan_goal", account_id=account, side="ours", title=MARKERS[("plan_goal", "internal")], internal=True
    )
    _add(
        ws,
        "plan_action",
        account_id=account,
        title="Shared action 0.1 <A",
        owner_id=kam,
        due_on=TODAY + timedelta(days=5),
        goal_id=goal,
        notes=MARKERS[("plan_action", "notes")],
    )
    _add(
        ws,
        "plan_action",
        account_id=account,
        title=MARKERS[("plan_action", "internal")],
        goal_id=secret_goal,
        internal=True,
    )
    _add(ws, "plan_action", account_id=account, title="Linked to the secret goal", goal_id=secret_goal)
    _add(
        ws,
        "opportunity",
        account_id=account,
        title="Joint project",
        phase="offer",
        value=Decimal("4321987"),
        probability=37,
        next_step="Workshop",
        competitors=MARKERS[("opportunity", "competitors")],
        notes=MARKERS[("opportunity", "notes")],
    )
    _add(ws, "opportunity", account_id=account, title=MARKERS[("opportunity", "internal")], internal=True)
    visit = _add(
        ws,
        "visit_report",
        account_id=account,
        visited_on=date(2019, 12, 31),
        subject=MARKERS[("visit_report", "subject")],
        location=MARKERS[("visit_report", "location")],
        notes=MARKERS[("visit_report", "notes")],
        outcomes=MARKERS[("visit_report", "outcomes")],
        next_steps=MARKERS[("visit_report", "next_steps")],
    )
    _add(
        ws,
        "visit_participant",
        visit_id=visit,
        name=MARKERS[("visit_participant", "name")],
        function=MARKERS[("visit_participant", "function")],
    )
    _add(
        ws,
        "plan_review",
        account_id=account,
        reviewed_on=TODAY - timedelta(days=20),
        notes=MARKERS[("plan_review", "notes")],
        decisions=MARKERS[("plan_review", "decisions")],
    )
    _board(ws, account, kam)
    _procurement(ws, account)
    return ws, account


def _procurement(ws: Any, account: str) -> None:
    """A small procurement map: shareable steps, an approval limit, and our notes (internal)."""
    pmap = _add(
        ws,
        "procurement_map",
        account_id=account,
        name="C-Teile <Kanban> & Co",
        notes=MARKERS[("procurement_map", "notes")],
    )
    lane = _add(ws, "procurement_lane", map_id=pmap, name="Einkauf & Logistik", role="central_purchasing")
    start = _add(ws, "procurement_node", map_id=pmap, lane_id=lane, kind="start", label="Bedarf", x=120, y=80)
    step = _add(ws, "procurement_node", map_id=pmap, lane_id=lane, kind="approval", label="Freigabe <Leitung>",
                x=360, y=80, approval_limit=Decimal("2500"), role_holder="Zdeněk Kůň",
                notes=MARKERS[("procurement_node", "notes")])  # fmt: skip
    end = _add(ws, "procurement_node", map_id=pmap, lane_id=lane, kind="end", label="Geliefert", x=600, y=80)
    _add(ws, "procurement_edge", map_id=pmap, source_id=start, target_id=step)
    _add(ws, "procurement_edge", map_id=pmap, source_id=step, target_id=end, branch="yes")


def _board(ws: Any, account: str, kam: str) -> None:
    """A relationship board whose judgements carry the markers."""
    column = _add(ws, "board_column", account_id=account, name="Einkauf & <Logistik>")
    _add(ws, "relationship_board", account_id=account, stale_days=77)
    opponent = _add(
        ws,
        "contact",
        account_id=account,
        column_id=column,
        name="Zdeněk Kůň",
        title="Head of <QA> & Audit",
        rank="senior",
        buying_role="influencer",
        side="opponent",
        influence="high",
        coverage="in_depth",
        orientation="innovation",
        agenda=MARKERS[("contact", "agenda")],
        notes=MARKERS[("contact", "notes")],
    )
    quiet = _add(
        ws,
        "contact",
        account_id=account,
        column_id=column,
        name="Grażyna Cicha",
        rank="board",
        buying_role="decision_maker",
        side="ally",
        influence="low",
        last_contact=date(2020, 2, 2),
    )
    _add(ws, "contact", account_id=account, column_id=column, title="Head of IT", placeholder=True)
    _add(
        ws,
        "coverage_link",
        account_id=account,
        team_member_id=kam,
        contact_id=opponent,
        level="credible_source",
        target_level="trusted_advisor",
        last_contact=date(2021, 3, 3),
        notes=MARKERS[("coverage_link", "notes")],
    )
    _add(ws, "contact_relation", account_id=account, source_id=quiet, target_id=opponent, kind="conflicts_with")
