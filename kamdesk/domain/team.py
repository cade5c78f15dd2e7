"""Our side of the relationship: the people of our company who work on an account."""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum


class TeamRole(LabelledEnum):
    """A team member's role on the account (seed 002: primary account manager, mentor, …)."""

    PRIMARY = "primary"
    MENTOR = "mentor"
    INSIDE_SALES = "inside_sales"
    TECHNICAL = "technical"
    SPONSOR = "sponsor"
    SERVICE = "service"
    OTHER = "other"


TeamRole._LABELS = {  # type: ignore[attr-defined]
    "primary": QT_TRANSLATE_NOOP("TeamRole", "Primary account manager"),
    "mentor": QT_TRANSLATE_NOOP("TeamRole", "Mentor"),
    "inside_sales": QT_TRANSLATE_NOOP("TeamRole", "Inside sales"),
    "technical": QT_TRANSLATE_NOOP("TeamRole", "Technical specialist"),
    "sponsor": QT_TRANSLATE_NOOP("TeamRole", "Management sponsor"),
    "service": QT_TRANSLATE_NOOP("TeamRole", "Service"),
    "other": QT_TRANSLATE_NOOP("TeamRole", "Other"),
}


class Seniority(LabelledEnum):
    """Hierarchy level — ours for team members, the customer's for contacts (the board's ranks)."""

    BOARD = "board"
    SENIOR = "senior"
    MIDDLE = "middle"
    SPECIALIST = "specialist"


Seniority._LABELS = {  # type: ignore[attr-defined]
    "board": QT_TRANSLATE_NOOP("Seniority", "Board / C-level"),
    "senior": QT_TRANSLATE_NOOP("Seniority", "Senior management"),
    "middle": QT_TRANSLATE_NOOP("Seniority", "Middle management"),
    "specialist": QT_TRANSLATE_NOOP("Seniority", "Specialist / operational"),
}


@dataclass(frozen=True, slots=True)
class TeamMember:
    id: str
    account_id: str
    name: str
    function: str = ""
    role: TeamRole = TeamRole.OTHER
    seniority: Seniority = Seniority.MIDDLE
    email: str = ""
    phone: str = ""
    position: int = 0
