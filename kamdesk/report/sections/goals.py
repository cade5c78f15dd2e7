"""Goals: the customer's goals and ours, each with its measure, date and the actions behind it."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.plan import Goal, GoalSide, GoalStatus
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import ALL, KA, SKA, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import text


def build(ctx: RenderContext) -> list[Flowable]:
    plan, styles = ctx.source.plan, ctx.styles
    story: list[Flowable] = []
    groups = [
        (GoalSide.CUSTOMER, i18n.translate("PlanPdf", "The customer's goals")),
        (GoalSide.OURS, i18n.translate("PlanPdf", "Our goals with the customer")),
    ]
    for side, title in groups:
        goals = [g for g in plan.goals if g.side is side and g.status is not GoalStatus.DROPPED]
        if not goals:
            continue
        story.append(text(title, styles.h2))
        header = [
            i18n.translate("PlanPdf", "Goal"),
            i18n.translate("PlanPdf", "Measure of success"),
            i18n.translate("PlanPdf", "Target date"),
            i18n.translate("PlanPdf", "Status"),
        ]
        rows = [_row(ctx, goal) for goal in goals]
        story.append(data_table(header, rows, [4.2, 3.6, 1.3, 1.3], ctx.width))
    return story


def _row(ctx: RenderContext, goal: Goal) -> list[object]:
    styles = ctx.styles
    title = TextCell(styles.cell).add(goal.title, bold=True)
    if goal.internal:
        title.tag(i18n.translate("PlanPdf", "internal"))
    if goal.notes:
        title.br().add(goal.notes, colour=theme.MUTED)
    actions = [a for a in ctx.source.plan.actions if a.goal_id == goal.id and a.status.is_active]
    if actions:
        count = i18n.plural(
            len(actions),
            i18n.translate("PlanPdf", "%n open action"),
            i18n.translate("PlanPdf", "%n open actions"),
        )
        title.br().add(count, size=7.5, colour=theme.ACCENT)
    status = goal.status.label
    colour = theme.GOOD if goal.status is GoalStatus.ACHIEVED else theme.INK
    return [
        title,
        cell(goal.measure, styles.cell),
        ctx.date(goal.target_on),
        TextCell(styles.cell).add(status, colour=colour),
    ]


SECTION = Section(
    key="goals",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Goals"),
    order=60,
    build=build,
    internal=ALL,
    customer=frozenset({SKA, KA}),
)
