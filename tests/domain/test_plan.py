"""Rules of the plan: months, review dates, pipeline, next steps, amounts, formats, redaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ClassVar

import pytest

from kamdesk.domain import formats
from kamdesk.domain.account import Account, Classification
from kamdesk.domain.errors import InputError
from kamdesk.domain.plan import (
    AccountPlan,
    Action,
    ActionStatus,
    Goal,
    Opportunity,
    OpportunityStatus,
    Phase,
    PlanReview,
    add_months,
    next_review_on,
    next_step_lines,
    parse_amount,
    pipeline,
)
from kamdesk.domain.redaction import Omissions, declare, redact


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_the_next_review_is_the_last_plus_the_cycle_or_now_if_there_was_none() -> None:
    today = date(2026, 5, 1)
    assert next_review_on(None, 3, today) == today
    plan = AccountPlan(
        reviews=(PlanReview("r1", "a", date(2026, 1, 10)), PlanReview("r2", "a", date(2026, 3, 2))),
        review_cadence_months=6,
        last_review_elsewhere=date(2026, 2, 1),
    )
    assert plan.next_review_on(today) == date(2026, 9, 2)


def test_overdue_means_active_and_due_before_today() -> None:
    today = date(2026, 5, 1)
    assert Action("a", "x", "t", due_on=date(2026, 4, 30)).is_overdue(today)
    assert not Action("a", "x", "t", due_on=date(2026, 5, 1)).is_overdue(today)
    assert not Action("a", "x", "t", due_on=date(2026, 4, 1), status=ActionStatus.DONE).is_overdue(today)
    assert not Action("a", "x", "t").is_overdue(today)


def test_pipeline_per_phase_leaves_lost_business_out() -> None:
    opportunities = [
        Opportunity("1", "a", "A", Phase.OFFER, value=Decimal(1000), probability=40),
        Opportunity("2", "a", "B", Phase.OFFER, value=Decimal(500), probability=None),
        Opportunity("3", "a", "C", Phase.OFFER, OpportunityStatus.LOST, value=Decimal(9000), probability=10),
    ]
    totals = {t.phase: t for t in pipeline(opportunities)}
    assert len(totals) == 8
    assert (totals[Phase.OFFER].count, totals[Phase.OFFER].value, totals[Phase.OFFER].weighted) == (
        2,
        Decimal(1500),
        Decimal(400),
    )
    assert Phase.OFFER.step(1) is Phase.NEGOTIATION and Phase.RETENTION.step(1) is Phase.RETENTION


def test_next_steps_are_lines_without_bullets() -> None:
    assert next_step_lines("- Send offer\n\n• Call back  \n→ Visit Brno") == ["Send offer", "Call back", "Visit Brno"]


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("12.500", "12500"), ("12,500", "12500"), ("12.500,5", "12500.5"), ("1,250.75", "1250.75"), ("€ 99", "99")],
)
def test_amounts_in_german_and_english_notation(typed: str, amount: str) -> None:
    assert parse_amount(typed) == Decimal(amount)


def test_an_unreadable_amount_is_refused() -> None:
    with pytest.raises(InputError):
        parse_amount("twelve")


def test_dates_money_and_percent_follow_the_language() -> None:
    day = date(2026, 3, 4)
    assert formats.format_date(day, "de") == "04.03.2026"
    assert formats.format_date(day, "en") == "4 Mar 2026"
    assert formats.format_money(Decimal("12500.5"), "EUR", "de", cents=True) == "12.500,50\u00a0€"
    assert formats.format_money(Decimal("12500.5"), "EUR", "en") == "€12,501"
    assert formats.format_percent(40, "de") == "40\u202f%" and formats.format_percent(40, "en") == "40%"


def test_redaction_drops_internal_rows_blanks_internal_fields_and_clears_dangling_links() -> None:
    account = Account("a", "Kunde", notes="secret", classification=Classification.STRATEGIC)
    plan = AccountPlan(
        goals=(Goal("g1", "a", "Shared"), Goal("g2", "a", "Ours only", internal=True, notes="x")),
        actions=(Action("x1", "a", "Do it", goal_id="g2", notes="secret"),),
    )
    omissions = Omissions()
    shown_account, shown_plan = redact((account, plan), omissions)
    assert shown_account.notes == "" and shown_account.classification is None and shown_account.name == "Kunde"
    assert [g.title for g in shown_plan.goals] == ["Shared"]
    assert shown_plan.actions[0].goal_id is None and shown_plan.actions[0].notes == ""
    assert omissions.rows["plan_goal"] == 1
    assert omissions.fields[("account", "notes")] == 1 and omissions.fields[("plan_action", "notes")] == 1


def test_redaction_reaches_other_capabilities_records_by_their_entity() -> None:
    @dataclass(frozen=True)
    class Node:
        ENTITY: ClassVar[str] = "some_future_table"
        id: str
        label: str = ""

    @dataclass(frozen=True)
    class Map:
        nodes: tuple[Node, ...]

    declare(Map, "some_future_map")  # nothing of it declared shareable: withheld as a whole
    assert redact({"maps": [Map((Node("n", "secret"),))]}) == {"maps": []}
