"""The account plan: goals, actions, opportunities in the sales cycle, visit reports, plan reviews.

Pure types and rules (no Qt, no database): what is overdue, the pipeline per phase, when the next
plan review is due. Each record type names its stored entity in ``ENTITY`` so that the
sensitivity policy (``domain/sensitivity.py``) can be applied to it generically.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import ClassVar

from kamdesk.domain import i18n
from kamdesk.domain.dates import add_months
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum

TITLE_MAX = 300
TEXT_MAX = 20_000
#: a plan review every three months unless the account says otherwise (seed 002: "every few months")
DEFAULT_REVIEW_CADENCE_MONTHS = 3
#: a next step turned into an action is due this many days after the visit
NEXT_STEP_DUE_DAYS = 14


class GoalSide(LabelledEnum):
    """Whose goal it is: the customer's own, or ours with this customer."""

    CUSTOMER = "customer"
    OURS = "ours"


GoalSide._LABELS = {  # type: ignore[attr-defined]
    "customer": QT_TRANSLATE_NOOP("GoalSide", "Customer's goal"),
    "ours": QT_TRANSLATE_NOOP("GoalSide", "Our goal"),
}


class GoalStatus(LabelledEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


GoalStatus._LABELS = {  # type: ignore[attr-defined]
    "open": QT_TRANSLATE_NOOP("GoalStatus", "Open"),
    "achieved": QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
}


class ActionStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_active(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


ActionStatus._LABELS = {  # type: ignore[attr-defined]
    "open": QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("ActionStatus", "In progress"),
    "done": QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("ActionStatus", "Cancelled"),
}


class Phase(LabelledEnum):
    """The eight phases of the B2B sales cycle (seed 004), in order."""

    POSITIONING = "positioning"
    QUALIFICATION = "qualification"
    NEEDS_ANALYSIS = "needs_analysis"
    OFFER = "offer"
    NEGOTIATION = "negotiation"
    DECISION = "decision"
    IMPLEMENTATION = "implementation"
    RETENTION = "retention"

    @property
    def number(self) -> int:
        return list(Phase).index(self) + 1

    @property
    def hint(self) -> str:
        return i18n.lookup("PhaseHint", _PHASE_HINTS[self.value])

    def step(self, delta: int) -> Phase:
        phases = list(Phase)
        return phases[max(0, min(len(phases) - 1, phases.index(self) + delta))]


Phase._LABELS = {  # type: ignore[attr-defined]
    "positioning": QT_TRANSLATE_NOOP("Phase", "Positioning"),
    "qualification": QT_TRANSLATE_NOOP("Phase", "Qualification"),
    "needs_analysis": QT_TRANSLATE_NOOP("Phase", "Needs analysis"),
    "offer": QT_TRANSLATE_NOOP("Phase", "Solution / offer"),
    "negotiation": QT_TRANSLATE_NOOP("Phase", "Negotiation"),
    "decision": QT_TRANSLATE_NOOP("Phase", "Decision"),
    "implementation": QT_TRANSLATE_NOOP("Phase", "Implementation"),
    "retention": QT_TRANSLATE_NOOP("Phase", "Retention"),
}

_PHASE_HINTS = {
    "positioning": QT_TRANSLATE_NOOP("PhaseHint", "Where do we stand with range, prices and references?"),
    "qualification": QT_TRANSLATE_NOOP("PhaseHint", "Is the opportunity worth pursuing, and can we win it?"),
    "needs_analysis": QT_TRANSLATE_NOOP("PhaseHint", "What problem does the customer need solved?"),
    "offer": QT_TRANSLATE_NOOP("PhaseHint", "Solution presented, offer made."),
    "negotiation": QT_TRANSLATE_NOOP("PhaseHint", "Objections answered, terms negotiated."),
    "decision": QT_TRANSLATE_NOOP("PhaseHint", "The customer decides; contracts are signed."),
    "implementation": QT_TRANSLATE_NOOP("PhaseHint", "Delivery and roll-out."),
    "retention": QT_TRANSLATE_NOOP("PhaseHint", "Care for the customer so the business stays and grows."),
}


class OpportunityStatus(LabelledEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


OpportunityStatus._LABELS = {  # type: ignore[attr-defined]
    "open": QT_TRANSLATE_NOOP("OpportunityStatus", "Open"),
    "won": QT_TRANSLATE_NOOP("OpportunityStatus", "Won"),
    "lost": QT_TRANSLATE_NOOP("OpportunityStatus", "Lost"),
}


class ParticipantSide(LabelledEnum):
    CUSTOMER = "customer"
    OURS = "ours"


ParticipantSide._LABELS = {  # type: ignore[attr-defined]
    "customer": QT_TRANSLATE_NOOP("ParticipantSide", "Customer"),
    "ours": QT_TRANSLATE_NOOP("ParticipantSide", "Our team"),
}


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Goal:
    ENTITY: ClassVar[str] = "plan_goal"

    id: str
    account_id: str
    title: str
    side: GoalSide = GoalSide.CUSTOMER
    measure: str = ""
    target_on: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    notes: str = ""
    internal: bool = False
    position: int = 0


@dataclass(frozen=True, slots=True)
class Action:
    ENTITY: ClassVar[str] = "plan_action"

    id: str
    account_id: str
    title: str
    owner_id: str | None = None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    goal_id: str | None = None
    visit_id: str | None = None
    notes: str = ""
    internal: bool = False
    position: int = 0

    def is_overdue(self, today: date) -> bool:
        return self.status.is_active and self.due_on is not None and self.due_on < today


@dataclass(frozen=True, slots=True)
class Opportunity:
    ENTITY: ClassVar[str] = "opportunity"

    id: str
    account_id: str
    title: str
    phase: Phase = Phase.POSITIONING
    status: OpportunityStatus = OpportunityStatus.OPEN
    value: Decimal | None = None
    currency: str = "EUR"
    probability: int | None = None
    expected_close: date | None = None
    next_step: str = ""
    owner_id: str | None = None
    competitors: str = ""
    notes: str = ""
    internal: bool = False
    position: int = 0

    @property
    def weighted(self) -> Decimal | None:
        if self.value is None or self.probability is None:
            return None
        return (self.value * self.probability / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone at a visit: a customer person (a name now; later linkable to a board contact)
    or one of our team members."""

    ENTITY: ClassVar[str] = "visit_participant"

    id: str
    visit_id: str
    name: str
    side: ParticipantSide = ParticipantSide.CUSTOMER
    function: str = ""
    team_member_id: str | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class VisitReport:
    ENTITY: ClassVar[str] = "visit_report"

    id: str
    account_id: str
    visited_on: date
    subject: str = ""
    location: str = ""
    notes: str = ""
    outcomes: str = ""
    next_steps: str = ""
    participants: tuple[Participant, ...] = ()

    def people(self, side: ParticipantSide) -> list[Participant]:
        return [p for p in self.participants if p.side is side]


@dataclass(frozen=True, slots=True)
class PlanReview:
    ENTITY: ClassVar[str] = "plan_review"

    id: str
    account_id: str
    reviewed_on: date
    reviewer_id: str | None = None
    notes: str = ""
    decisions: str = ""


@dataclass(frozen=True, slots=True)
class PhaseTotal:
    phase: Phase
    count: int = 0
    value: Decimal = Decimal(0)
    weighted: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class AccountPlan:
    """Everything planned for one account."""

    goals: tuple[Goal, ...] = ()
    actions: tuple[Action, ...] = ()
    opportunities: tuple[Opportunity, ...] = ()
    visits: tuple[VisitReport, ...] = ()
    reviews: tuple[PlanReview, ...] = ()
    review_cadence_months: int = DEFAULT_REVIEW_CADENCE_MONTHS
    #: a review date recorded elsewhere (the account profile), if any
    last_review_elsewhere: date | None = None

    def goal(self, goal_id: str | None) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None) if goal_id else None

    def last_review_on(self) -> date | None:
        dates = [r.reviewed_on for r in self.reviews]
        if self.last_review_elsewhere:
            dates.append(self.last_review_elsewhere)
        return max(dates) if dates else None

    def next_review_on(self, today: date) -> date:
        return next_review_on(self.last_review_on(), self.review_cadence_months, today)

    def overdue(self, today: date) -> list[Action]:
        return [a for a in self.actions if a.is_overdue(today)]

    def open_actions(self) -> list[Action]:
        return [a for a in self.actions if a.status.is_active]


# -- rules -----------------------------------------------------------------------------------


def next_review_on(last: date | None, cadence_months: int, today: date) -> date:
    """The next plan review: the last one plus the cadence; with no review yet, due now."""
    if last is None:
        return today
    return add_months(last, max(1, cadence_months))


def pipeline(opportunities: Iterable[Opportunity]) -> list[PhaseTotal]:
    """Count, value and probability-weighted value per phase (lost opportunities left out)."""
    totals = {phase: [0, Decimal(0), Decimal(0)] for phase in Phase}
    for opp in opportunities:
        if opp.status is OpportunityStatus.LOST:
            continue
        entry = totals[opp.phase]
        entry[0] += 1
        entry[1] += opp.value or Decimal(0)
        entry[2] += opp.weighted or Decimal(0)
    return [PhaseTotal(phase, int(c), Decimal(v), Decimal(w)) for phase, (c, v, w) in totals.items()]


def next_step_lines(text: str) -> list[str]:
    """The next steps of a visit report, one per non-empty line, without list bullets."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip().lstrip("-•*–→").strip()
        if line:
            lines.append(line)
    return lines


def step_due_on(visited_on: date) -> date:
    return visited_on + timedelta(days=NEXT_STEP_DUE_DAYS)


def sort_actions(actions: Sequence[Action]) -> list[Action]:
    """Active first, then by due date (undated last), then title."""
    return sorted(
        actions,
        key=lambda a: (not a.status.is_active, a.due_on is None, a.due_on or date.max, a.title.casefold()),
    )


# -- cleaning user input ---------------------------------------------------------------------


def clean_title(value: object, what: str) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise InputError(i18n.translate("Plan", "The %1 must not be empty.").replace("%1", what))
    if len(text) > TITLE_MAX:
        raise InputError(
            i18n.translate("Plan", "The %1 is longer than %2 characters.")
            .replace("%1", what)
            .replace("%2", str(TITLE_MAX))
        )
    return text


def clean_text(value: object, limit: int = TEXT_MAX) -> str:
    text = str(value or "")
    if len(text) > limit:
        raise InputError(i18n.translate("Plan", "The text is longer than %1 characters.").replace("%1", str(limit)))
    return text


def clean_probability(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip().rstrip("%").strip())
    except ValueError:
        raise InputError(
            i18n.translate("Plan", "'%1' is not a probability (0 to 100 %).").replace("%1", str(value))
        ) from None
    if not 0 <= number <= 100:
        raise InputError(i18n.translate("Plan", "'%1' is not a probability (0 to 100 %).").replace("%1", str(value)))
    return number


def clean_money(value: object) -> Decimal | None:
    """A non-negative amount; accepts ``12500``, ``12.500,50`` and ``12,500.50``."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, (int, float)):
        amount = Decimal(str(value))
    else:
        amount = parse_amount(str(value))
    if amount < 0 or amount >= Decimal("1e12"):
        raise InputError(i18n.translate("Plan", "'%1' is not a valid amount.").replace("%1", str(value)))
    return amount.quantize(Decimal("0.01"))


def parse_amount(text: str) -> Decimal:
    raw = text.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
    elif "," in raw:
        decimal_mark = "," if len(raw) - raw.rfind(",") - 1 in (1, 2) else ""
    elif raw.count(".") == 1 and len(raw) - raw.rfind(".") - 1 == 3:
        decimal_mark = ""  # 12.500 is twelve thousand five hundred, as Germans write it
    else:
        decimal_mark = "."
    thousands = {",": ".", ".": ","}.get(decimal_mark, ".,")
    for mark in thousands:
        raw = raw.replace(mark, "")
    if decimal_mark == ",":
        raw = raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise InputError(i18n.translate("Plan", "'%1' is not a valid amount.").replace("%1", text)) from None


def clean_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(i18n.translate("Plan", "'%1' is not a date (YYYY-MM-DD).").replace("%1", str(value))) from None
