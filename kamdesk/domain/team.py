"""Our side of the relationship: the people of our company who work on an account."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kamdesk.domain import i18n
from kamdesk.domain.dates import add_months
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum

#: the mentor's plan review: every 1 … 24 months (seed 002: "every few months")
REVIEW_MONTHS_MIN, REVIEW_MONTHS_MAX = 1, 24
DEFAULT_REVIEW_MONTHS = 3
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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


@dataclass(frozen=True, slots=True)
class ReviewSchedule:
    """The mentor's review of the long-term plan: when it was, when it is due."""

    every_months: int | None
    last: date | None
    next: date | None
    overdue_days: int  # 0 unless overdue

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def latest(*dates: date | None) -> date | None:
    """The latest of the dates given (None if there is none): the effective last review is the
    later of the date typed on the profile and the newest review held in the plan."""
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def review_schedule(every_months: int | None, last: date | None, today: date) -> ReviewSchedule:
    """Next review = last review + cadence; with no review yet, one is due now."""
    if not every_months:
        return ReviewSchedule(None, last, None, 0)
    if last is None:
        return ReviewSchedule(every_months, None, today, 0)
    due = add_months(last, every_months)
    return ReviewSchedule(every_months, last, due, max(0, (today - due).days))


def clean_review_months(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        months = int(str(value).strip())
    except ValueError:
        months = 0
    if not REVIEW_MONTHS_MIN <= months <= REVIEW_MONTHS_MAX:
        raise InputError(
            i18n.translate("Team", "The review cadence is %1 to %2 months.")
            .replace("%1", str(REVIEW_MONTHS_MIN))
            .replace("%2", str(REVIEW_MONTHS_MAX))
        )
    return months


def clean_member_name(value: object) -> str:
    name = " ".join(str(value or "").split())
    if not name:
        raise InputError(i18n.translate("Team", "A team member needs a name."))
    if len(name) > 200:
        raise InputError(i18n.translate("Team", "The name is longer than %1 characters.").replace("%1", "200"))
    return name


def clean_email(value: object) -> str:
    email = str(value or "").strip()
    if email and not _EMAIL.match(email):
        raise InputError(i18n.translate("Team", "'%1' is not an e-mail address.").replace("%1", email))
    return email
