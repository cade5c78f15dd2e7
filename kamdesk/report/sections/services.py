"""Services and their value: what the customer receives from us and what it is worth a year (the
value statement of ``domain.value_statement``, shareable), and — in the internal edition only —
the check against the customer group's entitlement: services given beyond it with what they cost
us a year, and services the customer is entitled to but does not use. The customer edition's
source has the findings dropped by the sensitivity policy, so this prints them only when present.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from kamdesk.domain import formats, i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.value_statement import ServiceFindings, ServicesReport, ValueLine
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.flowables import KeyFigures
from kamdesk.report.sections import ALL, KA, SKA, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import TextBlock, text


def build(ctx: RenderContext) -> list[Flowable]:
    report = ctx.source.extra.get("services")
    if not isinstance(report, ServicesReport):
        return []
    statement = report.statement
    story: list[Flowable] = []
    findings = report.findings if not ctx.customer else None
    figures = [
        (
            ctx.money(statement.total),
            i18n.translate("PlanPdf", "included value a year"),
            theme.GOOD,
        )
    ]
    if findings is not None:
        beyond_label = i18n.plural(
            len(findings.beyond),
            i18n.translate("PlanPdf", "%n beyond entitlement, cost a year"),
            i18n.translate("PlanPdf", "%n beyond entitlements, cost a year"),
        )
        figures.append((ctx.money(findings.beyond_cost), beyond_label, theme.INTERNAL))
        figures.append((str(len(findings.unused)), i18n.translate("PlanPdf", "entitled, not used"), theme.INTERNAL))
    story.append(KeyFigures(figures, ctx.width))
    story.append(Spacer(1, 6))
    if findings is not None:
        story.append(_group_line(ctx, findings))
    if statement.given:
        title = (
            i18n.translate("PlanPdf", "What you receive from us at no charge")
            if ctx.customer
            else i18n.translate("PlanPdf", "What the customer receives at no charge")
        )
        story.append(text(title, ctx.styles.h2))
        story.append(_lines_table(ctx, statement.given, with_value=True))
    if statement.charged:
        story.append(text(i18n.translate("PlanPdf", "Further services in use"), ctx.styles.h2))
        story.append(_lines_table(ctx, statement.charged, with_value=False))
    if findings is not None and findings.beyond:
        story.append(text(i18n.translate("PlanPdf", "Given beyond entitlement"), ctx.styles.h2))
        header = [
            i18n.translate("PlanPdf", "Service"),
            i18n.translate("PlanPdf", "The group's entitlement"),
            i18n.translate("PlanPdf", "Cost a year"),
        ]
        rows = [[cell(f.service, ctx.styles.cell), f.mode.label, ctx.money(f.yearly_cost)] for f in findings.beyond]
        story.append(data_table(header, rows, [5.0, 3.0, 2.0], ctx.width, align_right=(2,)))
    available = (
        [a.service for a in statement.available]
        if ctx.customer
        else ([f.service for f in findings.unused] if findings else [])
    )
    if available:
        title = (
            i18n.translate("PlanPdf", "Also included for you, not used yet")
            if ctx.customer
            else i18n.translate("PlanPdf", "Entitled, not used: worth a conversation")
        )
        story.append(text(title, ctx.styles.h2))
        story.append(text(", ".join(available), ctx.styles.body))
    return story


def _group_line(ctx: RenderContext, findings: ServiceFindings) -> TextBlock:
    if findings.group is None:
        line = i18n.translate("PlanPdf", "No customer group: the services are not checked against an entitlement.")
    else:
        line = (
            i18n.translate("PlanPdf", "Checked against the entitlement of %1 (%2).")
            .replace("%1", findings.group.display_name)
            .replace("%2", findings.source.label)
        )
    styles = ctx.styles
    return TextBlock(TextCell(styles.muted, line).tag(i18n.translate("PlanPdf", "internal")), styles.muted)


def _lines_table(ctx: RenderContext, lines: tuple[ValueLine, ...], *, with_value: bool) -> Flowable:
    header = [
        i18n.translate("PlanPdf", "Service"),
        i18n.translate("PlanPdf", "How much, how often"),
        i18n.translate("PlanPdf", "Value per unit"),
    ]
    if with_value:
        header.append(i18n.translate("PlanPdf", "Value a year"))
    rows = []
    for line in lines:
        name = TextCell(ctx.styles.cell).add(line.service, bold=True)
        if line.description:
            name.br().add(line.description, colour=theme.MUTED)
        how = TextCell(ctx.styles.cell, line.quantity_text(ctx.lang))
        if with_value:
            how.br().add(line.provision_text(ctx.lang), colour=theme.MUTED)
        unit = formats.format_money(line.unit_value, "EUR", ctx.lang, cents=True)
        row: list[object] = [name, how, unit]
        if with_value:
            row.append(formats.format_money(line.yearly_value, "EUR", ctx.lang, cents=True))
        rows.append(row)
    if with_value:
        total = sum((ln.yearly_value for ln in lines if ln.yearly_value is not None), Decimal(0))
        rows.append([cell(i18n.translate("PlanPdf", "Value a year"), ctx.styles.cell_bold), "", "", ctx.money(total)])
        return data_table(header, rows, [4.6, 3.0, 1.4, 1.6], ctx.width, align_right=(2, 3))
    return data_table(header, rows, [5.2, 3.2, 1.6], ctx.width, align_right=(2,))


SECTION = Section(
    key="services",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Services and value"),
    order=50,
    build=build,
    internal=ALL,
    customer=frozenset({SKA, KA}),
    needs="services",
    customer_title=QT_TRANSLATE_NOOP("PlanPdf", "Your services and their value"),
)
