"""The summary: the plan at a glance — key figures, the customer's goals, the next steps."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.plan import GoalSide, GoalStatus, OpportunityStatus, pipeline, sort_actions
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.flowables import KeyFigures
from kamdesk.report.sections import ALL, SKA, SMART, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import TextBlock, text

NEXT_STEPS = 6


def build(ctx: RenderContext) -> list[Flowable]:
    plan, styles = ctx.source.plan, ctx.styles
    story: list[Flowable] = [text(_intro(ctx), styles.body), Spacer(1, 4 * mm)]
    story += [KeyFigures(_figures(ctx), ctx.width), Spacer(1, 6 * mm)]

    goals = [g for g in plan.goals if g.side is GoalSide.CUSTOMER and g.status is GoalStatus.OPEN]
    if goals:
        story.append(text(i18n.translate("PlanPdf", "The customer's goals"), styles.h2))
        for goal in goals:
            line = TextCell(styles.bullet).add(goal.title, bold=True)
            if goal.measure:
                line.add(f" — {goal.measure}")
            story.append(TextBlock(line, styles.bullet, "•"))
    upcoming = [a for a in sort_actions(plan.actions) if a.status.is_active][:NEXT_STEPS]
    if upcoming:
        story.append(text(i18n.translate("PlanPdf", "Next steps"), styles.h2))
        rows = []
        overdue = []
        for n, action in enumerate(upcoming):
            rows.append([ctx.date(action.due_on), cell(action.title, styles.cell), ctx.member_name(action.owner_id)])
            if not ctx.customer and action.is_overdue(ctx.today):
                overdue.append(n)
        header = [
            i18n.translate("PlanPdf", "Due"),
            i18n.translate("PlanPdf", "Action"),
            i18n.translate("PlanPdf", "Owner"),
        ]
        story.append(data_table(header, rows, [1.2, 5, 1.9], ctx.width, highlight=overdue))
    return story


def _intro(ctx: RenderContext) -> str:
    account = ctx.source.account.name
    if ctx.customer:
        text = i18n.translate(
            "PlanPdf",
            "This plan describes how %1 and we work together: the goals we pursue, what we have agreed to "
            "do and when we review our progress together.",
        )
    elif ctx.depth is SKA:
        text = i18n.translate(
            "PlanPdf",
            "%1 is a strategic partner: this plan is largely built together with the customer and shared with "
            "them. This internal edition adds the team's assessments, the pipeline and the visit reports.",
        )
    elif ctx.depth is SMART:
        text = i18n.translate(
            "PlanPdf",
            "%1 buys on price and delivery performance: this is a lean sales plan focused on the pipeline and "
            "the actions that win volume.",
        )
    else:
        text = i18n.translate(
            "PlanPdf",
            "%1 values what we add beyond the product: this is the account team's plan, parts of which are "
            "shared with the customer.",
        )
    return text.replace("%1", account)


def _figures(ctx: RenderContext) -> list[tuple[str, str, object]]:
    plan, today = ctx.source.plan, ctx.today
    open_goals = [g for g in plan.goals if g.status is GoalStatus.OPEN]
    active = plan.open_actions()
    figures: list[tuple[str, str, object]] = [
        (str(len(open_goals)), i18n.translate("PlanPdf", "open goals"), None),
        (str(len(active)), i18n.translate("PlanPdf", "open actions"), None),
    ]
    if not ctx.customer:
        overdue = len(plan.overdue(today))
        figures.append((str(overdue), i18n.translate("PlanPdf", "overdue"), theme.OVERDUE if overdue else theme.GOOD))
        live = [o for o in plan.opportunities if o.status is OpportunityStatus.OPEN]
        weighted = sum((t.weighted for t in pipeline(live)), Decimal(0))
        figures.append((ctx.money(weighted), i18n.translate("PlanPdf", "weighted pipeline"), None))
    figures.append((ctx.date(plan.next_review_on(today)), i18n.translate("PlanPdf", "next plan review"), None))
    return figures


SECTION = Section(
    key="summary",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Summary"),
    order=10,
    build=build,
    internal=ALL,
    customer=ALL,
)
