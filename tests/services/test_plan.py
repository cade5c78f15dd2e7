"""The plan's services: reading, checking edits, the moves that are more than one field, the
bundle round trip and the calendar export."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from kamdesk.domain.errors import InputError
from kamdesk.exchange.ical import plan_calendar
from kamdesk.services import accounts, bundles, demo, records
from kamdesk.services import plan as plans
from kamdesk.services.team import members as team_of
from kamdesk.services.workspace import Workspace


@pytest.fixture
def weserland(demo_ws: Workspace) -> str:
    return accounts.find(demo_ws, demo.MAIN_ACCOUNT).id


def test_the_demo_plan_is_believable(demo_ws: Workspace, weserland: str) -> None:
    plan = plans.load(demo_ws, weserland)
    today = date.today()
    assert len(plan.goals) == 7 and len(plan.visits) == 3 and len(plan.reviews) == 2
    assert 14 <= len(plan.actions) <= 20 and len(plan.overdue(today)) >= 3
    assert len({o.phase for o in plan.opportunities}) == 8
    assert plan.next_review_on(today) == plans.rules.add_months(plan.reviews[0].reviewed_on, 3)
    assert [v.visited_on for v in plan.visits] == sorted((v.visited_on for v in plan.visits), reverse=True)


@pytest.mark.parametrize(
    ("table", "field", "value", "message"),
    [
        ("opportunity", "probability", "140", "not a probability"),
        ("opportunity", "value", "-5", "not a valid amount"),
        ("opportunity", "value", "lots", "not a valid amount"),
        ("plan_action", "title", "   ", "must not be empty"),
        ("plan_action", "due_on", "31.02.2026", "not a date"),
        ("plan_action", "status", "someday", "not a valid status"),
        ("plan_action", "owner_id", "0" * 32, "no longer exists"),
    ],
)
def test_bad_edits_are_refused_with_a_message_naming_the_problem(
    demo_ws: Workspace, weserland: str, table: str, field: str, value: str, message: str
) -> None:
    plan = plans.load(demo_ws, weserland)
    row = (plan.opportunities if table == "opportunity" else plan.actions)[0]
    with pytest.raises(InputError, match=message):
        records.set_fields(demo_ws, table, row.id, {field: value})
    assert plans.load(demo_ws, weserland) == plan


def test_amounts_are_read_the_way_people_type_them(demo_ws: Workspace, weserland: str) -> None:
    opportunity = plans.load(demo_ws, weserland).opportunities[0]
    for typed, stored in (("12.500", "12500"), ("12.500,50 €", "12500.50"), ("12,500.50", "12500.50"), ("95", "95")):
        records.set_fields(demo_ws, "opportunity", opportunity.id, {"value": typed})
        assert plans.load(demo_ws, weserland).opportunities[0].value == Decimal(stored)


def test_a_next_step_becomes_an_action_of_the_primary_kam_due_in_two_weeks(demo_ws: Workspace, weserland: str) -> None:
    plan = plans.load(demo_ws, weserland)
    team = team_of(demo_ws, weserland)
    visit = plan.visits[0]
    values = plans.action_from_next_step(visit, "  Send   samples ", plans.default_owner(team), 99)
    action_id = records.insert_row(demo_ws, "plan_action", values)
    action = next(a for a in plans.load(demo_ws, weserland).actions if a.id == action_id)
    assert action.title == "Send samples" and action.visit_id == visit.id
    assert action.due_on == visit.visited_on + timedelta(days=14)
    assert next(m for m in team if m.id == action.owner_id).role.value == "primary"
    assert next(m for m in team if m.id == plans.default_reviewer(team)).role.value == "mentor"


def test_deleting_a_visit_keeps_its_actions_and_undo_links_them_again(demo_ws: Workspace, weserland: str) -> None:
    visit = plans.load(demo_ws, weserland).visits[-1]
    linked = {a.id for a in plans.load(demo_ws, weserland).actions if a.visit_id == visit.id}
    assert linked
    snapshot = records.delete_row(demo_ws, "visit_report", visit.id)
    after = plans.load(demo_ws, weserland)
    assert all(a.visit_id is None for a in after.actions if a.id in linked)
    records.restore(demo_ws, snapshot)
    again = plans.load(demo_ws, weserland)
    assert {a.id for a in again.actions if a.visit_id == visit.id} == linked
    assert again.visits[-1].participants == visit.participants


def test_the_plan_travels_in_the_bundle(demo_ws: Workspace, workspace_path: Path, tmp_path: Path) -> None:
    bundles.export(demo_ws, tmp_path / "demo.json")
    with Workspace.open(workspace_path) as empty:
        bundles.import_file(empty, tmp_path / "demo.json")
        copied = plans.load(empty, accounts.find(empty, demo.MAIN_ACCOUNT).id)
    original = plans.load(demo_ws, accounts.find(demo_ws, demo.MAIN_ACCOUNT).id)
    assert copied == original


def test_a_version_1_bundle_is_upgraded_with_an_empty_plan(ws: Workspace, tmp_path: Path) -> None:
    old = {
        "format": "kamdesk-bundle",
        "version": 1,
        "workspace": {},
        "accounts": [
            {
                "id": "a" * 32,
                "name": "Altkunde GmbH",
                "industry": "",
                "country": "",
                "website": "",
                "notes": "",
                "archived": False,
                "classification": None,
                "geography": None,
                "created_at": "2025-01-01T00:00:00.000000Z",
                "updated_at": "2025-01-01T00:00:00.000000Z",
                "team": [],
            }
        ],
    }
    (tmp_path / "old.json").write_text(json.dumps(old))
    bundles.import_file(ws, tmp_path / "old.json")
    plan = plans.load(ws, accounts.find(ws, "Altkunde GmbH").id)
    assert plan.goals == () and plan.actions == ()


def test_the_calendar_holds_open_dated_actions_and_the_next_review(demo_ws: Workspace, weserland: str) -> None:
    plan, team = plans.load(demo_ws, weserland), team_of(demo_ws, weserland)
    next_review = plan.next_review_on(date.today())
    data = plan_calendar(demo.MAIN_ACCOUNT, plan.actions, team, next_review, weserland)
    events = Calendar.from_ical(data).walk("VEVENT")
    open_dated = [a for a in plan.actions if a.status.is_active and a.due_on]
    assert len(events) == len(open_dated) + 1
    by_uid = {str(e["uid"]): e for e in events}
    first = open_dated[0]
    event = by_uid[f"{first.id}@kamdesk.local"]
    assert event.decoded("dtstart") == first.due_on
    assert "Jana Hoffmann" in str(event["description"])
    review = by_uid[f"review-{weserland}@kamdesk.local"]
    assert review.decoded("dtstart") == next_review
