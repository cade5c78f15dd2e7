"""Exporting the Key Account Plan: collect the account's data, render an edition, write the file.

``LOADERS`` is where other capabilities plug their data into the plan: a loader reads its domain
objects for one account in the same read session, and the section that ``needs`` its key draws
them. Writing is atomic (a temporary file beside the target, then a rename), so a failed export
never leaves half a PDF behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.redaction import Omissions
from kamdesk.services import accounts, service_matrix
from kamdesk.services import plan as plans
from kamdesk.services.team import members_in
from kamdesk.services.workspace import Workspace
from kamdesk.storage.tables import WorkspaceSetting

Loader = Callable[[Session, str], Any]

#: key in ``PlanSource.extra`` → loader (session, account id) → that capability's domain data
LOADERS: dict[str, Loader] = {}
LOADERS["services"] = service_matrix.plan_services_in  # the value statement and the entitlement check


def _relationship_board(session: Session, account_id: str) -> Any:
    """The account's relationship board (issue 5) for the section "Relationship board"."""
    from kamdesk.services import relations

    return relations.load_in(session, account_id)


LOADERS["relationships"] = _relationship_board


def _procurement_maps(session: Session, account_id: str) -> Any:
    """The account's procurement maps (issue 4), in their order, for "How the customer buys"."""
    from kamdesk.services import procurement
    from kamdesk.storage.tables.procurement import ProcurementMapRow

    t = ProcurementMapRow.__table__
    ids = session.execute(select(t.c.id).where(t.c.account_id == account_id).order_by(t.c.position, t.c.name)).scalars()
    return [procurement.load_in(session, map_id) for map_id in ids]


LOADERS["procurement"] = _procurement_maps

#: the workspace setting that holds our company's name (printed on the cover and in the footer)
SUPPLIER_SETTING = "company_name"


@dataclass(frozen=True)
class Preview:
    """What the customer edition leaves out, in words a KAM understands (for the export dialog)."""

    chapters: list[str]
    left_out_chapters: list[str]
    left_out: list[str]


def collect(ws: Workspace, account_id: str, today: date | None = None, edition: Any = None) -> Any:
    """The ``PlanSource`` of one account (everything read in one session). With ``edition``,
    only the data its chapters can print is read: the customer edition never reads the
    relationship board, for instance (``PlanSource.unread`` names what was left)."""
    from kamdesk.report.source import PlanSource

    wanted = _printed_by(edition)
    account = accounts.get(ws, account_id)
    with ws.read() as session:
        team = tuple(members_in(session, account_id))
        plan = plans.load_in(session, account_id)
        extra = {key: loader(session, account_id) for key, loader in LOADERS.items() if key in wanted}
        supplier = session.execute(
            select(WorkspaceSetting.value).where(WorkspaceSetting.key == SUPPLIER_SETTING)
        ).scalar()
    return PlanSource(
        account=account,
        team=team,
        plan=plan,
        today=today or date.today(),
        supplier=supplier or "",
        extra=extra,
        unread=frozenset(LOADERS) - wanted,
    )


def _printed_by(edition: Any) -> frozenset[str]:
    """The ``LOADERS`` keys some chapter of ``edition`` (None: either) draws, at any depth."""
    from kamdesk.report.sections import registry
    from kamdesk.report.source import Edition

    if edition is None or edition is Edition.INTERNAL:
        return frozenset(LOADERS)
    return frozenset(s.needs for s in registry() if s.needs and s.customer)


def export_pdf(ws: Workspace, account_id: str, edition: str, lang: str, target: Path) -> Any:
    """Write the plan to ``target``; returns the ``PlanResult`` (pages, chapters, omissions)."""
    from kamdesk.report.document import render

    chosen = _edition(edition)
    target = Path(target).expanduser()
    if target.is_dir():
        raise InputError(i18n.translate("PlanExport", "%1 is a folder.").replace("%1", str(target)))
    if not target.parent.is_dir():
        raise InputError(i18n.translate("PlanExport", "%1: the folder does not exist.").replace("%1", str(target)))
    source = collect(ws, account_id, edition=chosen)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            result = render(source, chosen, lang, stream)
        os.replace(temp_name, target)
    except OSError as error:
        raise InputError(f"{target}: {error.strerror or error}") from None
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return result


def preview(ws: Workspace, account_id: str, lang: str) -> Preview:
    """What the customer edition of this account's plan leaves out, without writing anything."""
    from kamdesk.domain.redaction import redact
    from kamdesk.report.sections import select as select_sections
    from kamdesk.report.source import Edition

    source = collect(ws, account_id)
    omissions = Omissions()
    redact(source, omissions)
    available = frozenset(k for k, v in source.extra.items() if v)
    with i18n.using(lang):
        customer = select_sections(Edition.CUSTOMER, source.depth, available)
        internal = select_sections(Edition.INTERNAL, source.depth, available)
        keys = {s.key for s in customer}
        return Preview(
            chapters=[s.heading(Edition.CUSTOMER) for s in customer if s.chapter],
            left_out_chapters=[s.heading() for s in internal if s.chapter and s.key not in keys],
            left_out=describe(omissions),
        )


def describe(omissions: Omissions) -> list[str]:
    """One line per kind of thing left out, e.g. "Internal notes of 3 actions"."""
    lines = []
    for entity, count in sorted(omissions.rows.items()):
        lines.append(
            i18n.plural(
                count,
                i18n.translate("PlanExport", "%n internal record: %1"),
                i18n.translate("PlanExport", "%n internal records: %1"),
            ).replace("%1", _entity(entity))
        )
    for (entity, field), count in sorted(omissions.fields.items()):
        lines.append(
            i18n.translate("PlanExport", "%1 — %2 (%3)")
            .replace("%1", _entity(entity))
            .replace("%2", _field(field))
            .replace("%3", str(count))
        )
    return lines


def _edition(value: str) -> Any:
    from kamdesk.report.source import Edition

    try:
        return Edition(value)
    except ValueError:
        raise InputError(
            i18n.translate("PlanExport", "'%1' is not an edition (internal or customer).").replace("%1", value)
        ) from None


_ENTITIES = {
    "account": QT_TRANSLATE_NOOP("PlanExport", "Account"),
    "team_member": QT_TRANSLATE_NOOP("PlanExport", "Account team"),
    "plan_goal": QT_TRANSLATE_NOOP("PlanExport", "Goals"),
    "plan_action": QT_TRANSLATE_NOOP("PlanExport", "Actions"),
    "opportunity": QT_TRANSLATE_NOOP("PlanExport", "Opportunities"),
    "visit_report": QT_TRANSLATE_NOOP("PlanExport", "Visit reports"),
    "visit_participant": QT_TRANSLATE_NOOP("PlanExport", "Visit participants"),
    "plan_review": QT_TRANSLATE_NOOP("PlanExport", "Plan reviews"),
    "contact": QT_TRANSLATE_NOOP("PlanExport", "Contacts on the relationship board"),
    "coverage_link": QT_TRANSLATE_NOOP("PlanExport", "Our relationships with the customer's people"),
    "contact_relation": QT_TRANSLATE_NOOP("PlanExport", "Relations between the customer's people"),
    "procurement_map": QT_TRANSLATE_NOOP("PlanExport", "Procurement maps"),
    "procurement_node": QT_TRANSLATE_NOOP("PlanExport", "Steps of the procurement maps"),
    "service_check": QT_TRANSLATE_NOOP("PlanExport", "Service entitlement check"),
}

_FIELDS = {
    "notes": QT_TRANSLATE_NOOP("PlanExport", "internal notes"),
    "classification": QT_TRANSLATE_NOOP("PlanExport", "classification"),
    "archived": QT_TRANSLATE_NOOP("PlanExport", "archived flag"),
    "seniority": QT_TRANSLATE_NOOP("PlanExport", "hierarchy level"),
    "value": QT_TRANSLATE_NOOP("PlanExport", "value"),
    "probability": QT_TRANSLATE_NOOP("PlanExport", "probability"),
    "competitors": QT_TRANSLATE_NOOP("PlanExport", "competitors"),
    "reviewer_id": QT_TRANSLATE_NOOP("PlanExport", "reviewer"),
    "decisions": QT_TRANSLATE_NOOP("PlanExport", "decisions"),
    "visit_id": QT_TRANSLATE_NOOP("PlanExport", "link to the visit report"),
    "role": QT_TRANSLATE_NOOP("PlanExport", "role in the buying decision"),
    "side": QT_TRANSLATE_NOOP("PlanExport", "side"),
    "influence": QT_TRANSLATE_NOOP("PlanExport", "influence"),
    "coverage": QT_TRANSLATE_NOOP("PlanExport", "how well we know them"),
    "orientation": QT_TRANSLATE_NOOP("PlanExport", "decision orientation"),
    "last_contact": QT_TRANSLATE_NOOP("PlanExport", "last contact"),
    "placeholder": QT_TRANSLATE_NOOP("PlanExport", "placeholder flag"),
    "agenda": QT_TRANSLATE_NOOP("PlanExport", "personal agenda"),
}


def _entity(name: str) -> str:
    source = _ENTITIES.get(name)
    return i18n.lookup("PlanExport", source) if source else name.replace("_", " ")


def _field(name: str) -> str:
    source = _FIELDS.get(name)
    return i18n.lookup("PlanExport", source) if source else name.replace("_", " ")
