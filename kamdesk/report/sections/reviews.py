"""The review schedule: when the plan was reviewed, what was decided, and when it is next due."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.report.context import RenderContext
from kamdesk.report.flowables import KeyFigures
from kamdesk.report.sections import KA, SKA, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import text


def build(ctx: RenderContext) -> list[Flowable]:
    plan, styles = ctx.source.plan, ctx.styles
    cadence = plan.review_cadence_months
    last = plan.last_review_on()
    figures = [
        (ctx.date(plan.next_review_on(ctx.today)), i18n.translate("PlanPdf", "next plan review"), None),
        (ctx.date(last) or "–", i18n.translate("PlanPdf", "last plan review"), None),
        (
            i18n.plural(cadence, i18n.translate("PlanPdf", "%n month"), i18n.translate("PlanPdf", "%n months")),
            i18n.translate("PlanPdf", "review cycle"),
            None,
        ),
    ]
    story: list[Flowable] = [KeyFigures(figures, ctx.width), Spacer(1, 10)]
    if ctx.customer:
        promise = i18n.plural(
            cadence,
            i18n.translate("PlanPdf", "We review this plan together every month and update it with what we learn."),
            i18n.translate("PlanPdf", "We review this plan together every %n months and update it with what we learn."),
        )
        story.append(text(promise, styles.body))
    if not plan.reviews:
        return story
    story.append(text(i18n.translate("PlanPdf", "Reviews so far"), styles.h2))
    if ctx.customer:
        rows = [[ctx.date(r.reviewed_on)] for r in plan.reviews]
        story.append(data_table([i18n.translate("PlanPdf", "Date")], rows, [1], ctx.width / 3))
        return story
    header = [
        i18n.translate("PlanPdf", "Date"),
        i18n.translate("PlanPdf", "Reviewer"),
        i18n.translate("PlanPdf", "Decisions"),
        i18n.translate("PlanPdf", "Notes"),
    ]
    rows = [
        [
            ctx.date(r.reviewed_on),
            cell(ctx.member_name(r.reviewer_id), styles.cell),
            cell(r.decisions, styles.cell),
            cell(r.notes, styles.cell),
        ]
        for r in plan.reviews
    ]
    story.append(data_table(header, rows, [1.2, 1.8, 3.6, 3.6], ctx.width))
    return story


SECTION = Section(
    key="reviews",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Review schedule"),
    order=100,
    build=build,
    internal=frozenset({SKA, KA}),
    customer=frozenset({SKA}),
)
