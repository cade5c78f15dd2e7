"""Visit reports (internal edition only): who met whom, what came out of it, the next steps and
the actions they became."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.plan import ParticipantSide, VisitReport, next_step_lines
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import KA, SKA, Section
from kamdesk.report.text_block import TextBlock, text


def build(ctx: RenderContext) -> list[Flowable]:
    story: list[Flowable] = []
    for visit in ctx.source.plan.visits:
        story += _visit(ctx, visit)
        story.append(Spacer(1, 5 * mm))
    return story


def _visit(ctx: RenderContext, visit: VisitReport) -> list[Flowable]:
    styles = ctx.styles
    title = TextCell(styles.h2).add(ctx.date(visit.visited_on), colour=theme.ACCENT)
    title.add("\xa0\xa0" + (visit.subject or i18n.translate("PlanPdf", "Visit")))
    head: list[Flowable] = [TextBlock(title, styles.h2)]
    facts: list[tuple[str, str]] = []
    if visit.location:
        facts.append((i18n.translate("PlanPdf", "Where"), visit.location))
    customer = [_person(p.name, p.function) for p in visit.people(ParticipantSide.CUSTOMER)]
    ours = [ctx.member_name(p.team_member_id) or p.name for p in visit.people(ParticipantSide.OURS)]
    if customer:
        facts.append((i18n.translate("PlanPdf", "We met"), ", ".join(customer)))
    if ours:
        facts.append((i18n.translate("PlanPdf", "For us"), ", ".join(ours)))
    if facts:
        table = Table(
            [[text(k, styles.muted), text(v, styles.cell)] for k, v in facts],
            colWidths=[28 * mm, ctx.width - 28 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("FONT", (0, 0), (-1, -1), theme.FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        head.append(table)
    body: list[Flowable] = []
    for label, value in (
        (i18n.translate("PlanPdf", "Outcomes"), visit.outcomes),
        (i18n.translate("PlanPdf", "Notes"), visit.notes),
    ):
        if value.strip():
            body += [text(label, styles.h3), text(value, styles.body)]
    steps = next_step_lines(visit.next_steps)
    if steps:
        body.append(text(i18n.translate("PlanPdf", "Next steps"), styles.h3))
        actions = {a.title.casefold(): a for a in ctx.source.plan.actions if a.visit_id == visit.id}
        for step in steps:
            line = TextCell(styles.bullet, step)
            action = actions.get(step.casefold())
            if action is not None:
                owner = ctx.member_name(action.owner_id)
                note = i18n.translate("PlanPdf", "action: %1, due %2").replace("%1", owner or "–")
                note = note.replace("%2", ctx.date(action.due_on) or "–")
                line.add(" ").add(f"({note})", size=7.5, colour=theme.MUTED)
            body.append(TextBlock(line, styles.bullet, "›"))
    return [KeepTogether(head + body[:2]), *body[2:]]


def _person(name: str, function: str) -> str:
    return f"{name} ({function})" if function else name


SECTION = Section(
    key="visits",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Visit reports"),
    order=90,
    build=build,
    internal=frozenset({SKA, KA}),
    customer=frozenset(),
)
