"""The account profile: master data and the account team on our side.

Issue 3 (classification, listing readiness, scores) extends this chapter — or adds its own
section module — drawing from the profile's domain data; internal fields never arrive here in
the customer edition (the source is redacted), so a blank value is simply left out.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kamdesk.domain import i18n
from kamdesk.domain.formats import format_money, format_percent
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.report import theme
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import ALL, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import text


def build(ctx: RenderContext) -> list[Flowable]:
    account, styles = ctx.source.account, ctx.styles
    facts: list[tuple[str, str]] = [
        (i18n.translate("PlanPdf", "Customer"), account.name),
        (i18n.translate("PlanPdf", "Industry"), account.industry),
        (i18n.translate("PlanPdf", "Country / region"), account.country),
        (i18n.translate("PlanPdf", "Website"), account.website),
        (i18n.translate("PlanPdf", "Reach"), account.geography.label if account.geography else ""),
        (i18n.translate("PlanPdf", "Classification"), account.classification.label if account.classification else ""),
        # issue 3: the rest of the master data; internal values are blank in the customer edition
        (i18n.translate("PlanPdf", "Legal entity"), account.legal_entity),
        (i18n.translate("PlanPdf", "Group / parent"), account.parent_group),
        (i18n.translate("PlanPdf", "Sites"), account.sites),
        (i18n.translate("PlanPdf", "Long-term phase"), account.phase.label if account.phase else ""),
        (i18n.translate("PlanPdf", "Our annual revenue"), format_money(account.annual_revenue)),
        (i18n.translate("PlanPdf", "Potential"), format_money(account.potential)),
        (i18n.translate("PlanPdf", "Share of wallet"), _wallet(account.share_of_wallet)),
    ]
    rows = [[text(k, styles.muted), text(v, styles.body)] for k, v in facts if v]
    table = Table(rows, colWidths=[40 * mm, ctx.width - 40 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), theme.FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, theme.RULE),
            ]
        )
    )
    story: list[Flowable] = [text(i18n.translate("PlanPdf", "Master data"), styles.h2), table]
    if account.customer_goals:
        story += [
            Spacer(1, 3 * mm),
            KeepTogether(
                [
                    text(i18n.translate("PlanPdf", "The customer's goals"), styles.h3),
                    text(account.customer_goals, styles.body),
                ]
            ),
        ]
    if account.notes:
        story += [
            Spacer(1, 3 * mm),
            KeepTogether(
                [
                    text(i18n.translate("PlanPdf", "Internal notes"), styles.h3),
                    text(account.notes, styles.body),
                ]
            ),
        ]
    if ctx.source.team:
        story.append(text(i18n.translate("PlanPdf", "Our account team"), styles.h2))
        header = [
            i18n.translate("PlanPdf", "Name"),
            i18n.translate("PlanPdf", "Role on the account"),
            i18n.translate("PlanPdf", "Function"),
            i18n.translate("PlanPdf", "Contact"),
        ]
        fractions = [2.2, 2.3, 2.2, 3.3]
        if not ctx.customer:
            header.append(i18n.translate("PlanPdf", "Level"))
            fractions = [2.0, 2.1, 2.0, 3.0, 1.7]
        rows = []
        for member in ctx.source.team:
            contact = "\n".join(p for p in (member.email, member.phone) if p)
            row = [
                cell(member.name, styles.cell_bold),
                cell(member.role.label, styles.cell),
                cell(member.function, styles.cell),
                cell(contact, styles.cell),
            ]
            if not ctx.customer:
                row.append(cell(member.seniority.label, styles.cell))
            rows.append(row)
        story.append(data_table(header, rows, fractions, ctx.width))
    return story


def _wallet(share: float | None) -> str:
    return format_percent(share * 100) if share is not None else ""


SECTION = Section(
    key="profile",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Account profile"),
    order=20,
    build=build,
    internal=ALL,
    customer=ALL,
)
