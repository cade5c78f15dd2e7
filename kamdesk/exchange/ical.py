"""Actions and plan reviews as an iCalendar file (RFC 5545), for the user's own calendar.

Each open action with a due date becomes an all-day VTODO-like entry — as a VEVENT, because
most calendars show events and hide tasks — and the next plan review becomes an all-day event.
UIDs are stable (the record's id), so importing the file again updates rather than duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from kamdesk.domain import i18n
from kamdesk.domain.plan import Action
from kamdesk.domain.team import TeamMember

PRODID = "-//kamdesk//Key Account Plan//EN"
UID_DOMAIN = "kamdesk.local"


def plan_calendar(
    account: str,
    actions: Iterable[Action],
    team: Iterable[TeamMember],
    next_review: date | None,
    account_id: str = "",
    now: datetime | None = None,
) -> bytes:
    """The calendar of ``account``'s open actions and its next plan review."""
    stamp = now or datetime.now(UTC)
    names = {m.id: m for m in team}
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", i18n.translate("Calendar", "Key Account Plan: %1").replace("%1", account))
    for action in actions:
        if not action.status.is_active or action.due_on is None:
            continue
        event = _all_day(action.id, action.due_on, f"{action.title} ({account})", stamp)
        owner = names.get(action.owner_id or "")
        details = [i18n.translate("Calendar", "Action of the account plan for %1.").replace("%1", account)]
        if owner is not None:
            details.append(i18n.translate("Calendar", "Owner: %1").replace("%1", owner.name))
        event.add("description", "\n".join(details))
        event.add("categories", [i18n.translate("Calendar", "Account plan")])
        calendar.add_component(event)
    if next_review is not None:
        summary = i18n.translate("Calendar", "Plan review: %1").replace("%1", account)
        event = _all_day(f"review-{account_id or account}", next_review, summary, stamp)
        event.add("description", i18n.translate("Calendar", "Review the Key Account Plan with the mentor."))
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _all_day(uid: str, day: date, summary: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("transp", "TRANSPARENT")
    return event
