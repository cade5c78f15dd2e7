"""What a plan is printed from: the account's domain data, collected by the services layer.

``PlanSource.extra`` carries the domain data of other capabilities (procurement maps, the
relationship board, services …) under a key each section names in ``Section.needs``; the
services layer fills it through ``services.plan_report.LOADERS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kamdesk.domain.account import Account, Classification
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.team import TeamMember, TeamRole


class Edition(LabelledEnum):
    INTERNAL = "internal"
    CUSTOMER = "customer"


Edition._LABELS = {  # type: ignore[attr-defined]
    "internal": QT_TRANSLATE_NOOP("Edition", "Internal edition"),
    "customer": QT_TRANSLATE_NOOP("Edition", "Customer edition"),
}


@dataclass(frozen=True)
class PlanSource:
    account: Account
    team: tuple[TeamMember, ...] = ()
    plan: AccountPlan = field(default_factory=AccountPlan)
    #: the day the plan is printed (overdue, next review and the cover date are relative to it)
    today: date = field(default_factory=date.today)
    #: our company's name, as the workspace records it ("" if not set)
    supplier: str = ""
    #: other capabilities' domain data, by the key their section ``needs``
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: keys of ``extra`` not read because the edition being printed has no chapter for them
    unread: frozenset[str] = frozenset()

    @property
    def depth(self) -> Classification:
        """How deep the plan goes: the classification (an unclassified account gets a KA plan)."""
        return self.account.classification or Classification.KEY

    def member(self, member_id: str | None) -> TeamMember | None:
        return next((m for m in self.team if m.id == member_id), None) if member_id else None

    def primary(self) -> TeamMember | None:
        return next((m for m in self.team if m.role is TeamRole.PRIMARY), None)
