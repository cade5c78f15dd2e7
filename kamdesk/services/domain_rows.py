"""Stored rows → domain objects, whoever read the rows.

A row is anything with the table's columns as attributes, typed as the ORM types them: a
SQLAlchemy row, or a row of ``storage.sqlite_reader`` (the first screen, read before SQLAlchemy
is imported). Keeping the mapping here, free of SQLAlchemy, means both readers build exactly
the same objects.
"""

from __future__ import annotations

from typing import Any

from kamdesk.domain.account import Account, AccountSummary, Classification, Geography, Phase
from kamdesk.domain.listing import ListingItem, ListingKind, ListingStatus, OrderingChannel
from kamdesk.domain.portfolio import Criterion, Tier
from kamdesk.domain.team import Seniority, TeamMember, TeamRole

_KINDS = {m.value: m for m in ListingKind}  # plain dict lookups: 20,000 items load noticeably faster
_STATUSES = {m.value: m for m in ListingStatus}
_CHANNELS = {m.value: m for m in OrderingChannel}


def account(r: Any) -> Account:
    return Account(
        id=r.id,
        name=r.name,
        industry=r.industry,
        country=r.country,
        website=r.website,
        notes=r.notes,
        archived=r.archived,
        classification=Classification(r.classification) if r.classification else None,
        geography=Geography(r.geography) if r.geography else None,
        updated_at=r.updated_at,
        legal_entity=r.legal_entity,
        parent_group=r.parent_group,
        sites=r.sites,
        annual_revenue=r.annual_revenue,
        potential=r.potential,
        customer_goals=r.customer_goals,
        phase=Phase(r.phase) if r.phase else None,
        review_cadence_months=r.review_cadence_months,
        last_review_on=r.last_review_on,
    )


def account_summary(r: Any) -> AccountSummary:
    return AccountSummary(r.id, r.name, r.industry, r.country, bool(r.archived), r.updated_at)


def listing_item(r: Any) -> ListingItem:
    return ListingItem(
        r.id,
        _KINDS[r.kind],
        r.title,
        r.reference,
        _STATUSES[r.status],
        r.status_on,
        r.note,
        r.with_prices,
        r.valid_from,
        r.valid_to,
        _CHANNELS[r.channel] if r.channel else None,
        r.position,
    )


def team_member(r: Any) -> TeamMember:
    return TeamMember(
        id=r.id,
        account_id=r.account_id,
        name=r.name,
        function=r.function,
        role=TeamRole(r.role),
        seniority=Seniority(r.seniority),
        email=r.email,
        phone=r.phone,
        position=r.position,
    )


def criterion(r: Any) -> Criterion:
    return Criterion(r.id, r.name, r.description, r.weight, r.position)


def tier(r: Any) -> Tier:
    return Tier(r.id, r.name, float(r.threshold), r.position)
