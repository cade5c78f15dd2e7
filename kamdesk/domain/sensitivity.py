"""The sensitivity policy: what may be shown to the customer and what stays internal.

This is the *one* place that decides it (product.md → Sensitivity). The customer PDF, the
workshop's customer-safe view and every export ask this module; none of them keeps a list of
its own. A field that is not declared here counts as internal, so a new field can never leak by
being forgotten — and a test fails until every stored field is declared.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any


class Sensitivity(enum.Enum):
    SHAREABLE = "shareable"
    INTERNAL = "internal"


SHARE, INTERNAL = Sensitivity.SHAREABLE, Sensitivity.INTERNAL

#: Bookkeeping columns every stored record has; they carry no judgement but are not content.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "account_id", "position"})

#: entity → field → sensitivity. Entities are named as the storage tables are.
POLICY: dict[str, dict[str, Sensitivity]] = {
    "account": {
        "name": SHARE,
        "industry": SHARE,
        "country": SHARE,
        "website": SHARE,
        "notes": INTERNAL,  # internal notes
        "archived": INTERNAL,
        "classification": INTERNAL,  # the label itself is an internal judgement (product.md)
        "geography": SHARE,
        "legal_entity": SHARE,
        "parent_group": SHARE,
        "sites": SHARE,
        "annual_revenue": INTERNAL,  # our figures and what we think the account could buy
        "potential": INTERNAL,
        "customer_goals": SHARE,  # the customer's own goals; the plan is (partly) built with the customer
        "phase": INTERNAL,
        "review_cadence_months": SHARE,  # how often the plan is reviewed: the customer plan says so
        "last_review_on": SHARE,
    },
    "team_member": {
        "name": SHARE,
        "function": SHARE,
        "role": SHARE,
        "seniority": INTERNAL,
        "email": SHARE,
        "phone": SHARE,
    },
    # the portfolio: selection criteria, weights, scores and tiers are internal judgements
    "selection_criterion": {
        "name": INTERNAL,
        "description": INTERNAL,
        "weight": INTERNAL,
    },
    "tier": {
        "name": INTERNAL,
        "threshold": INTERNAL,
    },
    "account_score": {
        "criterion_id": INTERNAL,
        "score": INTERNAL,
    },
    # listing prerequisites are facts both sides work on; only our note stays internal
    "listing_item": {
        "kind": SHARE,
        "title": SHARE,
        "reference": SHARE,
        "status": SHARE,
        "status_on": SHARE,
        "note": INTERNAL,
        "with_prices": SHARE,
        "valid_from": SHARE,
        "valid_to": SHARE,
        "channel": SHARE,
    },
    # The procurement map is the customer's own process, drawn with them in workshops; only the
    # KAM's notes on it stay internal.
    "procurement_map": {
        "name": SHARE,
        "notes": INTERNAL,
        "answer_final_decider": SHARE,
        "answer_approval_limits": SHARE,
        "answer_requester_chooses": SHARE,
        "answer_choice_basis": SHARE,
    },
    "procurement_lane": {"map_id": SHARE, "name": SHARE, "role": SHARE, "size": SHARE},
    "procurement_node": {
        "map_id": SHARE,
        "lane_id": SHARE,
        "kind": SHARE,
        "label": SHARE,
        "x": SHARE,
        "y": SHARE,
        "role_holder": SHARE,
        "contact_id": SHARE,  # a link to a board contact (the name itself is shareable)
        "condition_kind": SHARE,
        "condition_op": SHARE,
        "condition_amount": SHARE,
        "approver_role": SHARE,
        "approval_limit": SHARE,
        "selection": SHARE,
        "notes": INTERNAL,
    },
    "procurement_edge": {"map_id": SHARE, "source_id": SHARE, "target_id": SHARE, "label": SHARE, "branch": SHARE},
    # The relationship board (issue 5): every judgement of a person is internal.
    "relationship_board": {
        "stale_days": INTERNAL,
    },
    "board_column": {
        "name": SHARE,  # the customer's own departments
    },
    "contact": {
        "column_id": SHARE,
        "name": SHARE,
        "title": SHARE,
        "rank": SHARE,  # hierarchy level: the customer's own organisation chart
        "buying_role": INTERNAL,  # our reading of who decides
        "side": INTERNAL,
        "influence": INTERNAL,
        "coverage": INTERNAL,
        "orientation": INTERNAL,
        "last_contact": INTERNAL,
        "placeholder": INTERNAL,
        "agenda": INTERNAL,  # personal agenda
        "notes": INTERNAL,
        "email": SHARE,
        "phone": SHARE,
    },
    "coverage_link": {
        "team_member_id": INTERNAL,
        "contact_id": INTERNAL,
        "level": INTERNAL,
        "target_level": INTERNAL,
        "last_contact": INTERNAL,
        "notes": INTERNAL,
    },
    "contact_relation": {
        "source_id": INTERNAL,
        "target_id": INTERNAL,
        "kind": INTERNAL,  # who influences or fights whom is politics
    },
    #: Computed, never stored: the key-issues list is internal as a whole.
    "key_issue": {
        "rule": INTERNAL,
        "reason": INTERNAL,
    },
    "workspace_setting": {
        "key": INTERNAL,
        "value": INTERNAL,
    },
    # -- service matrix (issue 6) ------------------------------------------------------------
    "service": {
        "name": SHARE,
        "description": SHARE,
        "category": SHARE,
        "unit": SHARE,
        "list_price": SHARE,  # what a unit is worth: the value statement shows it
        "internal_cost": INTERNAL,  # what it costs us
    },
    "customer_group": {  # the group label says how we classify the customer
        "code": INTERNAL,
        "name": INTERNAL,
        "description": INTERNAL,
        "classification": INTERNAL,
    },
    "service_entitlement": {  # our internal service policy per group
        "service_id": INTERNAL,
        "customer_group_id": INTERNAL,
        "mode": INTERNAL,
        "price": INTERNAL,
    },
    "received_service": {  # what the customer gets and knows they get
        "service_id": SHARE,
        "quantity": SHARE,
        "frequency": SHARE,
        "unit_value": SHARE,
        "billing": SHARE,
        "note": INTERNAL,
    },
    "account_customer_group": {
        "customer_group_id": INTERNAL,  # the account's group label
    },
    # Computed, not stored: the entitlement check (domain.service_check) is internal, the value
    # statement (domain.value_statement) is made for the customer.
    "service_check": {  # (domain.value_statement.ServiceFindings: group, source, beyond, beyond_cost, unused)
        "group": INTERNAL,
        "source": INTERNAL,
        "beyond": INTERNAL,
        "beyond_cost": INTERNAL,
        "unused": INTERNAL,
        "customer_group": INTERNAL,
        "entitlement": INTERNAL,
        "beyond_entitlement": INTERNAL,
        "beyond_entitlement_cost": INTERNAL,
        "unused_entitlement": INTERNAL,
    },
    "value_statement": {
        "service": SHARE,
        "description": SHARE,
        "quantity": SHARE,
        "unit_value": SHARE,
        "yearly_value": SHARE,
        "provision": SHARE,
        "total": SHARE,
        "available": SHARE,
    },
    # -- the plan (issue 7) -------------------------------------------------------------------
    "plan_goal": {
        "side": SHARE,
        "title": SHARE,
        "measure": SHARE,
        "target_on": SHARE,
        "status": SHARE,
        "notes": INTERNAL,
        "internal": INTERNAL,  # the row flag itself (see ROW_FLAGS)
    },
    "plan_action": {
        "title": SHARE,
        "owner_id": SHARE,
        "due_on": SHARE,
        "status": SHARE,
        "goal_id": SHARE,
        "visit_id": INTERNAL,  # visit reports are internal
        "notes": INTERNAL,
        "internal": INTERNAL,
    },
    "opportunity": {
        "title": SHARE,
        "phase": SHARE,
        "status": SHARE,
        "value": INTERNAL,  # our expected revenue
        "currency": SHARE,
        "probability": INTERNAL,  # our judgement of the chances
        "expected_close": SHARE,
        "next_step": SHARE,
        "owner_id": SHARE,
        "competitors": INTERNAL,  # competitor relationships
        "notes": INTERNAL,
        "internal": INTERNAL,
    },
    # Visit reports are the team's own record of what was said: internal throughout.
    "visit_report": {
        "visited_on": INTERNAL,
        "subject": INTERNAL,
        "location": INTERNAL,
        "notes": INTERNAL,
        "outcomes": INTERNAL,
        "next_steps": INTERNAL,
    },
    "visit_participant": {
        "visit_id": INTERNAL,
        "side": INTERNAL,
        "name": INTERNAL,
        "function": INTERNAL,
        "team_member_id": INTERNAL,
    },
    "plan_review": {
        "reviewed_on": SHARE,  # the review schedule may be shared
        "reviewer_id": INTERNAL,
        "notes": INTERNAL,
        "decisions": INTERNAL,
    },
}

#: entity → boolean field that, when true, keeps the whole row internal (e.g. "our goal: raise
#: our share of wallet" is the team's business, "cut your process costs" is shared).
ROW_FLAGS: dict[str, str] = {
    "plan_goal": "internal",
    "plan_action": "internal",
    "opportunity": "internal",
}


def sensitivity(entity: str, field: str) -> Sensitivity:
    """How ``entity.field`` may be shown; undeclared fields are internal."""
    return POLICY.get(entity, {}).get(field, Sensitivity.INTERNAL)


def is_shareable(entity: str, field: str) -> bool:
    return sensitivity(entity, field) is Sensitivity.SHAREABLE


def is_declared(entity: str, field: str) -> bool:
    return field in BOOKKEEPING or field in POLICY.get(entity, {})


def shareable_fields(entity: str) -> frozenset[str]:
    return frozenset(f for f, s in POLICY.get(entity, {}).items() if s is Sensitivity.SHAREABLE)


def is_row_shareable(entity: str, record: Mapping[str, Any]) -> bool:
    """False if the row's own flag keeps it internal, or if nothing of the entity is shareable."""
    flag = ROW_FLAGS.get(entity)
    return not (flag and record.get(flag)) and bool(shareable_fields(entity))


def customer_view(entity: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` with every internal field removed (bookkeeping ids are kept for linking)."""
    return {k: v for k, v in record.items() if k in BOOKKEEPING or is_shareable(entity, k)}
