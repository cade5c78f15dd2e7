"""The portfolio: selection criteria and tiers (workspace-wide), scores per account, standings.

A new workspace gets the default criteria and tiers (seed 002) the first time it is opened for
editing (``ensure_defaults``), in the language of that moment; a workspace-setting flag makes
sure they are seeded once only, so a company that deletes them does not see them come back.
Reads for the whole portfolio use plain SQL rows (no ORM objects), so 5,000 accounts stay fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from kamdesk.domain import i18n
from kamdesk.domain.account import NOTES_MAX, clean_text
from kamdesk.domain.errors import ConflictError, InputError, NotFoundError
from kamdesk.domain.portfolio import (
    DEFAULT_CRITERIA,
    DEFAULT_TIERS,
    AccountStanding,
    Criterion,
    Standing,
    Tier,
    clean_criterion_name,
    clean_score,
    clean_threshold,
    clean_tier_name,
    clean_weight,
    standing_among,
    standings,
)
from kamdesk.services import domain_rows, records
from kamdesk.services.workspace import Transaction, Workspace
from kamdesk.storage.schema import Base, new_id, utcnow

CRITERION = "selection_criterion"
TIER = "tier"
SCORE = "account_score"
SEEDED_KEY = "portfolio.defaults_seeded"


def _t(name: str) -> Any:
    return Base.metadata.tables[name]


# -- defaults --------------------------------------------------------------------------------


def ensure_defaults(ws: Workspace) -> bool:
    """Give a workspace that never had criteria or tiers the defaults; True if it did."""
    if not ws.writable:
        return False
    with ws.read() as session:
        if _seeded(session) or session.execute(select(func.count()).select_from(_t(CRITERION))).scalar():
            return False
    with ws.write() as tx:
        seed_defaults(tx)
    return True


def seed_defaults(tx: Transaction) -> None:
    """Insert the default criteria and tiers (in the current language) and remember it."""
    if not tx.session.execute(select(func.count()).select_from(_t(CRITERION))).scalar():
        for position, (name, description, weight) in enumerate(DEFAULT_CRITERIA):
            records.insert_row_in(
                tx,
                CRITERION,
                {
                    "name": i18n.lookup("Criterion", name),
                    "description": i18n.lookup("Criterion", description),
                    "weight": weight,
                    "position": position,
                },
            )
    if not tx.session.execute(select(func.count()).select_from(_t(TIER))).scalar():
        for position, (name, threshold) in enumerate(DEFAULT_TIERS):
            records.insert_row_in(
                tx, TIER, {"name": i18n.lookup("Tier", name), "threshold": threshold, "position": position}
            )
    if not _seeded(tx.session):
        records.insert_row_in(tx, "workspace_setting", {"key": SEEDED_KEY, "value": "1"})


def _seeded(session: Any) -> bool:
    t = _t("workspace_setting")
    return session.execute(select(t.c.id).where(t.c.key == SEEDED_KEY)).first() is not None


# -- reading ---------------------------------------------------------------------------------


def criteria(ws: Workspace) -> list[Criterion]:
    t = _t(CRITERION)
    with ws.read() as session:
        return [
            domain_rows.criterion(r) for r in session.execute(select(t).order_by(t.c.position, t.c.created_at, t.c.id))
        ]


def tiers(ws: Workspace) -> list[Tier]:
    t = _t(TIER)
    with ws.read() as session:
        return [domain_rows.tier(r) for r in session.execute(select(t).order_by(t.c.position, t.c.created_at, t.c.id))]


def scores_of(ws: Workspace, account_id: str) -> dict[str, int]:
    t = _t(SCORE)
    with ws.read() as session:
        return {
            r.criterion_id: r.score
            for r in session.execute(select(t.c.criterion_id, t.c.score).where(t.c.account_id == account_id))
        }


def all_scores(ws: Workspace, account_ids: list[str] | None = None) -> dict[str, dict[str, int | None]]:
    """account id → criterion id → score, for the given accounts (every account if None)."""
    scores: dict[str, dict[str, int | None]] = {a: {} for a in account_ids} if account_ids is not None else {}
    t = _t(SCORE)
    with ws.read() as session:
        for account_id, criterion_id, score in session.execute(select(t.c.account_id, t.c.criterion_id, t.c.score)):
            if account_ids is None or account_id in scores:
                scores.setdefault(account_id, {})[criterion_id] = score
    return scores


def standing_of(ws: Workspace, account_id: str, include_archived: bool = False) -> AccountStanding:
    """The account's place among the active accounts, and the explanation of it."""
    t = _t("account")
    with ws.read() as session:
        ids = [
            r.id
            for r in session.execute(select(t.c.id, t.c.archived))
            if include_archived or not r.archived or r.id == account_id
        ]
    return standing_among(account_id, criteria(ws), tiers(ws), all_scores(ws, ids))


# -- editing ---------------------------------------------------------------------------------


def set_score(ws: Workspace, account_id: str, criterion_id: str, score: int | None, expect: object = ...) -> int | None:
    """Set (or with None clear) a score; with ``expect``, only if it still holds that value."""
    with ws.write() as tx:
        return set_score_in(tx, account_id, criterion_id, score, expect)


def set_score_in(
    tx: Transaction, account_id: str, criterion_id: str, score: int | None, expect: object = ...
) -> int | None:
    score = clean_score(score)
    t = _t(SCORE)
    row = tx.session.execute(
        select(t.c.id, t.c.score).where(t.c.account_id == account_id, t.c.criterion_id == criterion_id)
    ).first()
    current = row.score if row else None
    if expect is not ... and current != expect:
        raise ConflictError(i18n.translate("Portfolio", "The score was changed elsewhere in the meantime."))
    if _missing(tx, "account", account_id) or _missing(tx, CRITERION, criterion_id):
        raise NotFoundError(i18n.translate("Records", "This item no longer exists."))
    if score == current:
        return score
    if row is None:
        records.insert_row_in(tx, SCORE, {"account_id": account_id, "criterion_id": criterion_id, "score": score})
    elif score is None:
        tx.session.execute(delete(t).where(t.c.id == row.id))
        tx.record(SCORE, row.id, "delete", account_id)
    else:
        tx.session.execute(
            update(t).where(t.c.id == row.id).values(score=score, version=t.c.version + 1, updated_at=utcnow())
        )
        tx.record(SCORE, row.id, "update", account_id)
    return score


def _missing(tx: Transaction, table: str, row_id: str) -> bool:
    t = _t(table)
    return tx.session.execute(select(t.c.id).where(t.c.id == row_id)).first() is None


def new_criterion_values(ws: Workspace, name: str) -> dict[str, Any]:
    """Values for a new criterion: a free name, a middling weight, placed last."""
    from kamdesk.domain.account import unique_name
    from kamdesk.services import ordering

    taken = {c.name for c in criteria(ws)}
    return {
        "id": new_id(),
        "name": unique_name(name, taken),
        "weight": 10,
        "position": ordering.next_position(ws, CRITERION),
    }


def new_tier_values(ws: Workspace, name: str) -> dict[str, Any]:
    from kamdesk.domain.account import unique_name
    from kamdesk.services import ordering

    existing = tiers(ws)
    lowest = min((t.threshold for t in existing), default=50.0)
    return {
        "id": new_id(),
        "name": unique_name(name, {t.name for t in existing}),
        "threshold": max(0.0, lowest - 20.0),
        "position": ordering.next_position(ws, TIER),
    }


# -- validation --------------------------------------------------------------------------------


def _unique(table: str, message: str) -> Any:
    def check(tx: Transaction, row_id: str, value: Any) -> str:
        name = clean_criterion_name(value) if table == CRITERION else clean_tier_name(value)
        t = _t(table)
        for (other,) in tx.session.execute(select(t.c.name).where(t.c.id != row_id)):
            if other.casefold() == name.casefold():
                raise InputError(message.replace("%1", other))
        return name

    return check


def _criterion_name(tx: Transaction, row_id: str, value: Any) -> str:
    message = i18n.translate("Portfolio", "There already is a criterion named '%1'.")
    return str(_unique(CRITERION, message)(tx, row_id, value))


def _tier_name(tx: Transaction, row_id: str, value: Any) -> str:
    message = i18n.translate("Portfolio", "There already is a tier named '%1'.")
    return str(_unique(TIER, message)(tx, row_id, value))


def _required_score(tx: Transaction, row_id: str, value: Any) -> int | None:
    return clean_score(value)  # None is refused by the column's not-null check


records.register_validator(CRITERION, "name", _criterion_name)
records.register_validator(CRITERION, "description", lambda tx, i, v: clean_text(v, "description", NOTES_MAX))
records.register_validator(CRITERION, "weight", lambda tx, i, v: clean_weight(v))
records.register_validator(TIER, "name", _tier_name)
records.register_validator(TIER, "threshold", lambda tx, i, v: clean_threshold(v))
records.register_validator(SCORE, "score", _required_score)


# -- the whole portfolio -------------------------------------------------------------------------


@dataclass
class PortfolioEntry:
    """One account as the portfolio shows it (plain values; the scores stay in ``scores``)."""

    id: str
    name: str
    industry: str
    country: str
    archived: bool
    classification: str | None
    geography: str | None
    phase: str | None
    annual_revenue: Any
    potential: Any
    review_cadence_months: int | None
    last_review_on: Any
    scores: dict[str, int | None]
    standing: Standing | None = None
    last_plan_review: Any = None  # the newest review held in the plan (issue 7), if any


@dataclass
class Portfolio:
    """Every account with its scores, and the criteria and tiers that rank them."""

    criteria: list[Criterion]
    tiers: list[Tier]
    entries: list[PortfolioEntry]

    def rank(self, include_archived: bool = False) -> None:
        """(Re)compute every standing from the cached scores — no database access."""
        active = {e.id: e.scores for e in self.entries if include_archived or not e.archived}
        table = standings(self.criteria, self.tiers, active)
        for entry in self.entries:
            entry.standing = table.get(entry.id)


def load(ws: Workspace, include_archived: bool = False) -> Portfolio:
    """The whole portfolio in four queries, ranked."""
    t = _t("account")
    columns = (
        t.c.id,
        t.c.name,
        t.c.industry,
        t.c.country,
        t.c.archived,
        t.c.classification,
        t.c.geography,
        t.c.phase,
        t.c.annual_revenue,
        t.c.potential,
        t.c.review_cadence_months,
        t.c.last_review_on,
    )
    with ws.read() as session:
        rows = session.execute(select(*columns)).all()
    scores = all_scores(ws)
    entries = [
        PortfolioEntry(
            r.id,
            r.name,
            r.industry,
            r.country,
            bool(r.archived),
            r.classification,
            r.geography,
            r.phase,
            r.annual_revenue,
            r.potential,
            r.review_cadence_months,
            r.last_review_on,
            scores.get(r.id, {}),
        )
        for r in rows
    ]
    from kamdesk.services import team

    held = team.latest_plan_reviews(ws)
    for entry in entries:
        entry.last_plan_review = held.get(entry.id)
    result = Portfolio(criteria(ws), tiers(ws), entries)
    result.rank(include_archived)
    return result
