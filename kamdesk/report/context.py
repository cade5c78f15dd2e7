"""What a section draws with: the (already redacted) source, the edition, the plan depth, the
language, and formatting that follows the language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain import formats
from kamdesk.domain.account import Classification
from kamdesk.report import theme
from kamdesk.report.source import Edition, PlanSource


@dataclass(frozen=True)
class RenderContext:
    #: for the customer edition, already passed through the sensitivity policy
    source: PlanSource
    edition: Edition
    #: the classification that sets the plan's depth (never printed in the customer edition)
    depth: Classification
    lang: str

    @property
    def customer(self) -> bool:
        return self.edition is Edition.CUSTOMER

    @property
    def styles(self) -> theme.Styles:
        return theme.styles()

    @property
    def width(self) -> float:
        return theme.frame_size(theme.PORTRAIT)[0]

    @property
    def today(self) -> date:
        return self.source.today

    def date(self, day: date | None) -> str:
        return formats.format_date(day, self.lang)

    def money(self, value: Decimal | None, currency: str = "EUR") -> str:
        return formats.format_money(value, currency, self.lang)

    def percent(self, value: int | None) -> str:
        return formats.format_percent(value, self.lang)

    def member_name(self, member_id: str | None) -> str:
        member = self.source.member(member_id)
        return member.name if member else ""
