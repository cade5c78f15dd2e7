"""Upgrades of bundles written by older kamdesk versions, one format version at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Bundle = dict[str, Any]


def _v1_to_v2(bundle: Bundle) -> Bundle:
    """Version 2 added the profile and the portfolio: master data fields, criteria, tiers,
    scores and listing prerequisites."""
    workspace = bundle.setdefault("workspace", {})
    if isinstance(workspace, dict):
        workspace.setdefault("criteria", [])
        workspace.setdefault("tiers", [])
    for account in bundle.get("accounts") or []:
        if isinstance(account, dict):
            for key in ("legal_entity", "parent_group", "sites", "goals"):
                account.setdefault(key, "")
            account.setdefault("scores", [])
            account.setdefault("listing", [])
    return bundle


#: version n → function turning a version-n bundle into a version n+1 bundle
UPGRADES: dict[int, Callable[[Bundle], Bundle]] = {1: _v1_to_v2}


def upgrade(bundle: Bundle, target: int) -> Bundle:
    version = int(bundle["version"])
    while version < target:
        bundle = UPGRADES[version](bundle)
        version += 1
        bundle["version"] = version
    return bundle
