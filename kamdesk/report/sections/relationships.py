"""The relationship board (internal edition only) — drawn by issue 5's capability.

Ready for it: register a loader ``"relationships"`` in ``services.plan_report.LOADERS`` returning
the board (contacts as pieces with their squares, our team, the lines) and its key issues as
domain objects; build a ``Drawing`` of the board and pass it to ``diagrams.diagram_flowables``,
then list the key issues. The section never appears in the customer edition (``customer`` is
empty), and the customer's source has every internal field blanked anyway.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import KA, SKA, Section


def build(ctx: RenderContext) -> list[Flowable]:
    return []


SECTION = Section(
    key="relationships",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Relationship board"),
    order=40,
    build=build,
    internal=frozenset({SKA, KA}),
    customer=frozenset(),
    needs="relationships",
)
