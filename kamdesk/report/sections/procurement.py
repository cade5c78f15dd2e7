"""The customer's procurement process(es) as vector flowcharts — drawn by issue 4's capability.

Ready for it: register a loader ``"procurement"`` in ``services.plan_report.LOADERS`` that returns
the account's maps as domain objects (nodes, lanes and edges with their stored geometry), then
replace ``build`` below with one that turns each map into a ``reportlab.graphics.shapes.Drawing``
(flip Y once with ``diagrams.flip_y``) and hands it to ``diagrams.diagram_flowables`` — which
scales it to the page, moves it onto a landscape page or splits it across pages as needed.
Until a loader exists the section is skipped (``needs``).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import KA, SKA, Section


def build(ctx: RenderContext) -> list[Flowable]:
    return []


SECTION = Section(
    key="procurement",
    title=QT_TRANSLATE_NOOP("PlanPdf", "How the customer buys"),
    order=30,
    build=build,
    internal=frozenset({SKA, KA}),
    customer=frozenset({SKA, KA}),
    needs="procurement",
)
