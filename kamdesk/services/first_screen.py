"""The first screen — the account list and one account's profile — read before SQLAlchemy loads.

Start-up shows this while the ORM is still being imported (about a third of a second): the
window paints, the profile of the account the user last had open appears and takes input, and
the workspace opens properly right after, reloading the same data through the services. Only a
SQLite file of this kamdesk's schema qualifies (``SqliteReader.open``); anything else is opened
the normal way. The rows become domain objects through the same ``domain_rows`` functions the
services use, and the queries mirror the services' orderings (a test compares the two).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kamdesk.domain.account import Account, AccountSummary
from kamdesk.domain.listing import ListingItem, in_order
from kamdesk.domain.portfolio import AccountStanding, Criterion, Tier, standing_among
from kamdesk.domain.team import TeamMember
from kamdesk.services import domain_rows
from kamdesk.storage.sqlite_reader import SqliteReader

#: the columns the account list needs (5,000 accounts: read only these)
SUMMARY_COLUMNS = ("id", "name", "industry", "country", "archived", "updated_at")
IN_ORDER = "position, created_at, id"


@dataclass(frozen=True)
class FirstScreen:
    accounts: list[AccountSummary]
    account: Account
    criteria: list[Criterion]
    tiers: list[Tier]
    scores: dict[str, int]
    standing: AccountStanding
    listing: list[ListingItem]
    team: list[TeamMember]
    #: the newest plan review of the account, if any (it counts as its last review)
    held_review: date | None


def read(path: Path, wanted: str | None, fallback_name: str) -> FirstScreen | None:
    """The first screen of the workspace file ``path``: the account ``wanted`` if it is there and
    not archived, else the active one called ``fallback_name``, else the first active one. None
    when the file does not qualify or has no active account."""
    reader = SqliteReader.open(path)
    if reader is None:
        return None
    try:
        return _read(reader, wanted, fallback_name)
    except (sqlite3.Error, ValueError, KeyError):  # odd data: the normal way opens it and reports
        return None
    finally:
        reader.close()


def _read(reader: SqliteReader, wanted: str | None, fallback_name: str) -> FirstScreen | None:
    summaries = [
        domain_rows.account_summary(r) for r in reader.rows("account", order_by="lower(name)", columns=SUMMARY_COLUMNS)
    ]
    active = [s for s in summaries if not s.archived]
    chosen = (
        next((s for s in active if s.id == wanted), None)
        or next((s for s in active if s.name == fallback_name), None)
        or (active[0] if active else None)
    )
    if chosen is None or (wanted and chosen.id != wanted and any(s.id == wanted for s in summaries)):
        return None  # nothing to show, or the wanted account is archived: the normal way reveals it
    account_id = chosen.id
    (account_row,) = reader.rows("account", "id = ?", (account_id,))
    criteria = [domain_rows.criterion(r) for r in reader.rows("selection_criterion", order_by=IN_ORDER)]
    tiers = [domain_rows.tier(r) for r in reader.rows("tier", order_by=IN_ORDER)]
    scores: dict[str, dict[str, int | None]] = {s.id: {} for s in active}
    for r in reader.rows("account_score", columns=("account_id", "criterion_id", "score")):
        if r.account_id in scores:
            scores[r.account_id][r.criterion_id] = r.score
    own = {k: v for k, v in scores[account_id].items() if v is not None}
    listing = in_order(
        domain_rows.listing_item(r) for r in reader.rows("listing_item", "account_id = ?", (account_id,))
    )
    team = [
        domain_rows.team_member(r)
        for r in reader.rows("team_member", "account_id = ?", (account_id,), order_by=IN_ORDER)
    ]
    reviews = [
        r.reviewed_on
        for r in reader.rows("plan_review", "account_id = ?", (account_id,), columns=("reviewed_on",))
        if r.reviewed_on is not None
    ]
    return FirstScreen(
        accounts=summaries,
        account=domain_rows.account(account_row),
        criteria=criteria,
        tiers=tiers,
        scores=own,
        standing=standing_among(account_id, criteria, tiers, scores),
        listing=listing,
        team=team,
        held_review=max(reviews, default=None),
    )
