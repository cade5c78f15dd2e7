"""Actions: who does what by when, overdue ones marked (internal edition), then what was done."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.plan import Action, ActionStatus, sort_actions
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import ALL, SMART, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import TextBlock, text

#: completed actions older than this are history, not plan
DONE_WINDOW = timedelta(days=180)


def build(ctx: RenderContext) -> list[Flowable]:
    plan, styles = ctx.source.plan, ctx.styles
    ordered = sort_actions(plan.actions)
    active = [a for a in ordered if a.status.is_active]
    done = [
        a
        for a in ordered
        if a.status is ActionStatus.DONE and (a.due_on is None or a.due_on >= ctx.today - DONE_WINDOW)
    ]
    if ctx.depth is SMART:
        done = []
    story: list[Flowable] = []
    header = [
        i18n.translate("PlanPdf", "Due"),
        i18n.translate("PlanPdf", "Action"),
        i18n.translate("PlanPdf", "Owner"),
        i18n.translate("PlanPdf", "Status"),
    ]
    if active:
        overdue = [n for n, a in enumerate(active) if not ctx.customer and a.is_overdue(ctx.today)]
        if overdue:
            overdue_text = i18n.plural(
                len(overdue),
                i18n.translate("PlanPdf", "%n action overdue — marked in red."),
                i18n.translate("PlanPdf", "%n actions overdue — marked in red."),
            )
            story.append(TextBlock(TextCell(styles.body).add(overdue_text, colour=theme.OVERDUE), styles.body))
        rows = [_row(ctx, a) for a in active]
        story.append(data_table(header, rows, [1.45, 5.1, 1.9, 1.55], ctx.width, highlight=overdue))
    if done:
        story.append(text(i18n.translate("PlanPdf", "Completed in the last six months"), styles.h2))
        story.append(data_table(header, [_row(ctx, a) for a in done], [1.45, 5.1, 1.9, 1.55], ctx.width))
    return story


def _row(ctx: RenderContext, action: Action) -> list[object]:
    styles = ctx.styles
    title = TextCell(styles.cell, action.title)
    if action.internal:
        title.tag(i18n.translate("PlanPdf", "internal"))
    goal = ctx.source.plan.goal(action.goal_id)
    if goal is not None:
        title.br().add(f"› {goal.title}", size=7.5, colour=theme.MUTED)
    if action.notes:
        title.br().add(action.notes, size=7.5, colour=theme.INTERNAL)
    due: object = ctx.date(action.due_on)
    if not ctx.customer and action.is_overdue(ctx.today):
        due = TextCell(styles.cell).add(str(due), bold=True, colour=theme.OVERDUE)
    owner = cell(ctx.member_name(action.owner_id), styles.cell)
    return [due, title, owner, action.status.label]


SECTION = Section(
    key="actions",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Actions"),
    order=70,
    build=build,
    internal=ALL,
    customer=ALL,
)
