"""The plan's sections, one module each, in one registry.

A section declares which editions and which classifications include it (the plan's depth:
a Strategic Key Account's plan is full and largely shareable, a Key Account's is the team's plan
and partly shareable, a Smart Key Account's is a lean sales plan). To add a section, drop a
module here that defines ``SECTION = Section(...)`` and add its name to ``MODULES``; if it draws
another capability's data, name the data in ``needs`` and register a loader for it in
``services.plan_report.LOADERS``. A section returns no flowables when it has nothing to say, and
is then left out of the contents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from reportlab.platypus import Flowable

from kamdesk.domain import i18n
from kamdesk.domain.account import Classification
from kamdesk.report.context import RenderContext
from kamdesk.report.source import Edition

ALL = frozenset(Classification)
SKA, KA, SMART = Classification.STRATEGIC, Classification.KEY, Classification.SMART

Builder = Callable[[RenderContext], list[Flowable]]


@dataclass(frozen=True)
class Section:
    key: str
    #: the chapter title, marked with QT_TRANSLATE_NOOP("PlanPdf", …)
    title: str
    #: position in the document (cover 0, contents 5, chapters 10, 20, …)
    order: int
    build: Builder
    #: classifications whose internal edition includes it
    internal: frozenset[Classification] = ALL
    #: classifications whose customer edition includes it (empty: internal only)
    customer: frozenset[Classification] = frozenset()
    #: key of other capabilities' data in ``PlanSource.extra`` it needs (skipped when missing)
    needs: str = ""
    #: a chapter gets a number, a heading and a contents line; the cover does not
    chapter: bool = True
    #: the chapter title in the customer edition, if it differs (QT_TRANSLATE_NOOP("PlanPdf", …))
    customer_title: str = ""

    def includes(self, edition: Edition, depth: Classification) -> bool:
        return depth in (self.internal if edition is Edition.INTERNAL else self.customer)

    def heading(self, edition: Edition = Edition.INTERNAL) -> str:
        title = self.customer_title if edition is Edition.CUSTOMER and self.customer_title else self.title
        return i18n.lookup("PlanPdf", title)


#: section modules, in any order (``Section.order`` decides the document's order)
MODULES = (
    "cover",
    "summary",
    "profile",
    "procurement",
    "relationships",
    "services",
    "goals",
    "actions",
    "opportunities",
    "visits",
    "reviews",
)


def registry() -> list[Section]:
    sections = [import_module(f"{__name__}.{name}").SECTION for name in MODULES]
    return sorted(sections, key=lambda s: s.order)


def select(edition: Edition, depth: Classification, available: frozenset[str]) -> list[Section]:
    """The sections of one edition at one depth, whose data is there."""
    return [s for s in registry() if s.includes(edition, depth) and (not s.needs or s.needs in available)]
