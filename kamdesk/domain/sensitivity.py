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
    },
    "team_member": {
        "name": SHARE,
        "function": SHARE,
        "role": SHARE,
        "seniority": INTERNAL,
        "email": SHARE,
        "phone": SHARE,
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
        "condition_kind": SHARE,
        "condition_op": SHARE,
        "condition_amount": SHARE,
        "approver_role": SHARE,
        "approval_limit": SHARE,
        "selection": SHARE,
        "notes": INTERNAL,
    },
    "procurement_edge": {"map_id": SHARE, "source_id": SHARE, "target_id": SHARE, "label": SHARE, "branch": SHARE},
    "workspace_setting": {
        "key": INTERNAL,
        "value": INTERNAL,
    },
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


def customer_view(entity: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` with every internal field removed (bookkeeping ids are kept for linking)."""
    return {k: v for k, v in record.items() if k in BOOKKEEPING or is_shareable(entity, k)}
