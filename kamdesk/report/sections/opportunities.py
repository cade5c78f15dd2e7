"""Opportunities through the eight phases of the sales cycle: the pipeline per phase as a vector
chart, then the opportunities phase by phase (internal); shared projects and their next step
(customer edition of a strategic account)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.plan import Opportunity, OpportunityStatus, Phase, PhaseTotal, pipeline
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell, look
from kamdesk.report.context import RenderContext
from kamdesk.report.diagrams import diagram_flowables
from kamdesk.report.sections import ALL, SKA, Section
from kamdesk.report.sketch import Paint, Sketch
from kamdesk.report.table import Row, cell, data_table
from kamdesk.report.text_block import text

ROW = 21.0


def build(ctx: RenderContext) -> list[Flowable]:
    plan = ctx.source.plan
    live = [o for o in plan.opportunities if o.status is not OpportunityStatus.LOST]
    if not live:
        return []
    if ctx.customer:
        return _shared_projects(ctx, live)
    story: list[Flowable] = [text(i18n.translate("PlanPdf", "Pipeline by phase"), ctx.styles.h2)]
    story += diagram_flowables(pipeline_chart(ctx, pipeline(live)))
    story.append(Spacer(1, 6))
    story += _by_phase(ctx, live)
    lost = [o for o in plan.opportunities if o.status is OpportunityStatus.LOST]
    if lost:
        story.append(text(i18n.translate("PlanPdf", "Lost"), ctx.styles.h2))
        lost_text = "; ".join(f"{o.title} ({ctx.money(o.value, o.currency)})" if o.value else o.title for o in lost)
        story.append(text(lost_text, ctx.styles.muted))
    return story


def pipeline_chart(ctx: RenderContext, totals: list[PhaseTotal]) -> Sketch:
    """Horizontal bars per phase: the whole value, and the probability-weighted part of it."""
    width = ctx.width
    label_w, figure_w = 150.0, 150.0
    bar_w = width - label_w - figure_w
    height = ROW * len(totals) + 22
    sketch = Sketch(width, height)
    largest = max((t.value for t in totals), default=Decimal(0)) or Decimal(1)
    plain, bold, small = (
        look(theme.FONT, 8.5, theme.INK),
        look(theme.BOLD, 8.5, theme.NAVY),
        look(theme.FONT, 7.5, theme.MUTED),
    )
    for n, total in enumerate(totals):
        y = height - (n + 1) * ROW
        sketch.label(0, y + 6, f"{total.phase.number}  {total.phase.label}", plain)
        sketch.rect(label_w, y + 3, bar_w, ROW - 7, Paint(fill=theme.ZEBRA))
        full = float(total.value / largest) * bar_w
        part = float(total.weighted / largest) * bar_w
        shade = theme.PHASE_SHADES[n % len(theme.PHASE_SHADES)]
        if full > 0:
            sketch.rect(label_w, y + 3, full, ROW - 7, Paint(fill=theme.HEADER_FILL, stroke=shade, width=0.6))
        if part > 0:
            sketch.rect(label_w, y + 3, part, ROW - 7, Paint(fill=shade))
        figure = f"{total.count} · {ctx.money(total.value)}" if total.count else "–"
        sketch.label(width - figure_w + 8, y + 6, figure, plain)
        if total.count:
            sketch.label(width, y + 6, ctx.money(total.weighted), bold, anchor="end")
    legend_y = 4
    sketch.rect(label_w, legend_y, 10, 7, Paint(fill=theme.HEADER_FILL, stroke=theme.ACCENT, width=0.6))
    sketch.label(label_w + 14, legend_y + 1, i18n.translate("PlanPdf", "value"), small)
    sketch.rect(label_w + 70, legend_y, 10, 7, Paint(fill=theme.ACCENT))
    sketch.label(label_w + 84, legend_y + 1, i18n.translate("PlanPdf", "weighted by probability"), small)
    return sketch


def _by_phase(ctx: RenderContext, live: list[Opportunity]) -> list[Flowable]:
    styles = ctx.styles
    header = [
        i18n.translate("PlanPdf", "Opportunity and next step"),
        i18n.translate("PlanPdf", "Value"),
        i18n.translate("PlanPdf", "Prob."),
        i18n.translate("PlanPdf", "Weighted"),
        i18n.translate("PlanPdf", "Close"),
        i18n.translate("PlanPdf", "Owner"),
    ]
    rows: list[list[object] | Row] = []
    for phase in Phase:
        members = [o for o in live if o.phase is phase]
        if not members:
            continue
        band = TextCell(styles.cell).add(f"{phase.number}  {phase.label}", bold=True)
        rows.append(Row((band,), fill=theme.HEADER_FILL, spans=True))
        for opp in members:
            rows.append(_row(ctx, opp))
    table = data_table(header, rows, [4.1, 1.35, 1.1, 1.35, 1.2, 1.8], ctx.width, align_right=(1, 2, 3))
    return [table]


def _row(ctx: RenderContext, opp: Opportunity) -> list[object]:
    styles = ctx.styles
    title = TextCell(styles.cell).add(opp.title, bold=True)
    if opp.status is OpportunityStatus.WON:
        title.tag(i18n.translate("PlanPdf", "won"), theme.GOOD)
    if opp.internal:
        title.tag(i18n.translate("PlanPdf", "internal"))
    if opp.next_step:
        title.br().add(f"› {opp.next_step}", colour=theme.MUTED)
    if opp.competitors:
        label = i18n.translate("PlanPdf", "Competitors: %1").replace("%1", opp.competitors)
        title.br().add(label, size=7.5, colour=theme.INTERNAL)
    if opp.notes:
        title.br().add(opp.notes, size=7.5, colour=theme.INTERNAL)
    return [
        title,
        ctx.money(opp.value, opp.currency),
        ctx.percent(opp.probability),
        ctx.money(opp.weighted, opp.currency),
        ctx.date(opp.expected_close),
        cell(ctx.member_name(opp.owner_id), styles.cell),
    ]


def _shared_projects(ctx: RenderContext, live: list[Opportunity]) -> list[Flowable]:
    styles = ctx.styles
    header = [
        i18n.translate("PlanPdf", "Project"),
        i18n.translate("PlanPdf", "Stage"),
        i18n.translate("PlanPdf", "Expected"),
        i18n.translate("PlanPdf", "Next step"),
    ]
    ordered = sorted(live, key=lambda o: (o.phase.number, o.position))
    rows = [
        [
            cell(o.title, styles.cell_bold),
            cell(o.phase.label, styles.cell),
            ctx.date(o.expected_close),
            cell(o.next_step, styles.cell),
        ]
        for o in ordered
    ]
    return [
        text(i18n.translate("PlanPdf", "Projects we are working on together, and what happens next."), styles.body),
        data_table(header, rows, [3.6, 1.8, 1.3, 3.6], ctx.width),
    ]


SECTION = Section(
    key="opportunities",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Opportunities"),
    order=80,
    build=build,
    internal=ALL,
    customer=frozenset({SKA}),
    customer_title=QT_TRANSLATE_NOOP("PlanPdf", "Joint projects"),
)
