"""Upgrades of bundles written by older kamdesk versions, one format version at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Bundle = dict[str, Any]


#: version n → function turning a version-n bundle into a version n+1 bundle
UPGRADES: dict[int, Callable[[Bundle], Bundle]] = {}


def _add_profile_and_portfolio(bundle: Bundle) -> Bundle:
    """4 → 5: the profile and the portfolio (issue 3) — more master data, criteria, tiers,
    scores and listing prerequisites (empty or "" in older bundles)."""
    workspace = bundle.setdefault("workspace", {})
    if isinstance(workspace, dict):
        workspace.setdefault("criteria", [])
        workspace.setdefault("tiers", [])
    for account in bundle.get("accounts") or []:
        if isinstance(account, dict):
            for key in ("legal_entity", "parent_group", "sites", "customer_goals"):
                account.setdefault(key, "")
            account.setdefault("scores", [])
            account.setdefault("listing", [])
    return bundle


def _add_relationship_board(bundle: Bundle) -> Bundle:
    """1 → 2: accounts gain their relationship board (empty in older bundles)."""
    for account in bundle.get("accounts", []):
        for key in ("relationship_board", "board_columns", "contacts", "coverage_links", "contact_relations"):
            account.setdefault(key, [])
    return bundle


def _add_plan(bundle: Bundle) -> Bundle:
    """2 → 3: accounts gain the plan (issue 7); older bundles had none."""
    for account in bundle.get("accounts", []):
        for key in ("goals", "visit_reports", "actions", "opportunities", "plan_reviews"):
            account.setdefault(key, [])
    return bundle


def _add_procurement_maps(bundle: Bundle) -> Bundle:
    """3 → 4: accounts gain their procurement maps (issue 4); older bundles had none."""
    for account in bundle.get("accounts", []):
        account.setdefault("procurement_maps", [])
    return bundle


UPGRADES[1] = _add_relationship_board
UPGRADES[2] = _add_plan
UPGRADES[3] = _add_procurement_maps
UPGRADES[4] = _add_profile_and_portfolio


def _add_service_matrix(bundle: Bundle) -> Bundle:
    """5 → 6: the service matrix (issue 6); older bundles have none of it."""
    workspace = bundle.setdefault("workspace", {})
    if isinstance(workspace, dict):
        for key in ("customer_groups", "services", "service_entitlements"):
            workspace.setdefault(key, [])
    for account in bundle.get("accounts") or []:
        if isinstance(account, dict):
            account.setdefault("received_services", [])
            account.setdefault("customer_group", [])
    return bundle


UPGRADES[5] = _add_service_matrix


def upgrade(bundle: Bundle, target: int) -> Bundle:
    version = int(bundle["version"])
    while version < target:
        bundle = UPGRADES[version](bundle)
        version += 1
        bundle["version"] = version
    return bundle
