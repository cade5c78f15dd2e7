"""Small coloured labels shared by the profile and the portfolio: tiers, readiness, review state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kamdesk.domain.portfolio import Tier, ordered_tiers

#: colours of the tiers from the top down (medal colours first, then calm blues)
TIER_COLOURS = ("#b7950b", "#7b8794", "#a0522d", "#1f5fa8", "#4b6584", "#6b7280")
NO_TIER = "#9ca3af"
GOOD, WARN, BAD, NEUTRAL = "#1e7b34", "#b45309", "#b91c1c", "#6b7280"


def tier_colour(tier: Tier | None, tiers: list[Tier]) -> str:
    if tier is None:
        return NO_TIER
    ladder = [t.id for t in ordered_tiers(tiers)]
    index = ladder.index(tier.id) if tier.id in ladder else len(TIER_COLOURS) - 1
    return TIER_COLOURS[min(index, len(TIER_COLOURS) - 1)]


class Chip(QLabel):
    """A rounded, filled label (a tier name, a status)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.set_colour(NEUTRAL)

    def set_colour(self, colour: str) -> None:
        self.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 9px; padding: 1px 10px; font-weight: 600;"
        )
