"""Upgrades of bundles written by older kamdesk versions, one format version at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Bundle = dict[str, Any]


def _add_procurement_maps(bundle: Bundle) -> Bundle:
    """1 → 2: accounts gained procurement maps (none in older bundles)."""
    for account in bundle.get("accounts", []):
        if isinstance(account, dict):
            account.setdefault("procurement_maps", [])
    return bundle


#: version n → function turning a version-n bundle into a version n+1 bundle
UPGRADES: dict[int, Callable[[Bundle], Bundle]] = {1: _add_procurement_maps}


def upgrade(bundle: Bundle, target: int) -> Bundle:
    version = int(bundle["version"])
    while version < target:
        bundle = UPGRADES[version](bundle)
        version += 1
        bundle["version"] = version
    return bundle
