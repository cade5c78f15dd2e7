"""Services for the account and the value statement — drawn by issue 6's capability.

Ready for it: register a loader ``"services"`` in ``services.plan_report.LOADERS`` returning what
the account is entitled to and gets (with its value) as domain objects; render a ``DataTable``
and the value statement here. Service cost and "exceeds entitlement" flags are internal: the
customer's source has them blanked, so print a value only when it is there.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import ALL, KA, SKA, Section


def build(ctx: RenderContext) -> list[Flowable]:
    return []


SECTION = Section(
    key="services",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Services and value"),
    order=50,
    build=build,
    internal=ALL,
    customer=frozenset({SKA, KA}),
    needs="services",
)
