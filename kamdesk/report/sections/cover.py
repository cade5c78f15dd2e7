"""The cover: a band with the account's name, then who prepared the plan, for whom and when."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.report import theme
from kamdesk.report.context import RenderContext
from kamdesk.report.sections import ALL, Section
from kamdesk.report.text_block import text

BAND_HEIGHT = 100 * mm
LIGHT = colors.HexColor("#a9c7ea")
PALE = colors.HexColor("#d5e2f1")


class CoverBand(Flowable):
    """A navy band across the top of the page with the plan's title and the account's name."""

    def __init__(self, label: str, account: str, detail: str) -> None:
        super().__init__()
        styles = theme.styles()
        self.label = label
        self.name = text(account, styles.cover_account.clone("cover_name", textColor=colors.white))
        self.detail = detail

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = BAND_HEIGHT
        return available_width, BAND_HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        x0, _y0 = canvas.absolutePosition(0, 0)
        page_width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setFillColor(theme.NAVY)
        canvas.rect(-x0, 0, page_width, self.height + 2, stroke=0, fill=1)
        canvas.setFillColor(theme.ACCENT)
        canvas.rect(-x0, 0, page_width, 3, stroke=0, fill=1)
        canvas.setFillColor(LIGHT)
        canvas.setFont(theme.BOLD, 10)
        canvas.drawString(0, self.height - 30 * mm, _spaced(self.label.upper()))
        _w, h = self.name.wrap(self.width * 0.92, self.height)
        self.name.drawOn(canvas, 0, self.height - 36 * mm - h)
        canvas.setFillColor(PALE)
        canvas.setFont(theme.FONT, 11)
        canvas.drawString(0, self.height - 36 * mm - h - 18, self.detail)
        canvas.restoreState()


def _spaced(value: str) -> str:
    return "\u2009".join(value)


def build(ctx: RenderContext) -> list[Flowable]:
    source, styles = ctx.source, ctx.styles
    account = source.account
    detail = " · ".join(p for p in (account.industry, account.country) if p)
    story: list[Flowable] = [
        CoverBand(i18n.translate("PlanPdf", "Key Account Plan"), account.name, detail),
        Spacer(1, 14 * mm),
    ]
    rows: list[tuple[str, str]] = []
    primary = source.primary()
    if primary:
        who = ", ".join(p for p in (primary.name, primary.function) if p)
        rows.append((i18n.translate("PlanPdf", "Prepared by"), who + (f"\n{primary.email}" if primary.email else "")))
    if source.supplier:
        rows.append((i18n.translate("PlanPdf", "Supplier"), source.supplier))
    rows.append((i18n.translate("PlanPdf", "Prepared for"), account.name))
    rows.append((i18n.translate("PlanPdf", "Date"), ctx.date(ctx.today)))
    rows.append((i18n.translate("PlanPdf", "Edition"), ctx.edition.label))
    if account.classification is not None:  # internal: blank in the customer edition's source
        kind = account.classification.label
        if account.geography is not None:
            kind += f" · {account.geography.label}"
        rows.append((i18n.translate("PlanPdf", "Classification"), kind))
    elif account.geography is not None:
        rows.append((i18n.translate("PlanPdf", "Reach"), account.geography.label))
    if ctx.source.plan.reviews or not ctx.customer:
        rows.append((i18n.translate("PlanPdf", "Next plan review"), ctx.date(source.plan.next_review_on(ctx.today))))
    label_style = styles.muted
    value_style = styles.cover_meta
    table = Table(
        [[text(k, label_style), text(v, value_style)] for k, v in rows],
        colWidths=[42 * mm, ctx.width - 42 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), theme.FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, theme.RULE),
            ]
        )
    )
    story += [table, Spacer(1, 16 * mm)]
    if ctx.customer:
        note = i18n.translate("PlanPdf", "Prepared for %1. Confidential: for the people named in this plan.")
        story.append(text(note.replace("%1", account.name), styles.muted))
    else:
        note = i18n.translate(
            "PlanPdf",
            "Internal edition: contains the team's assessments and notes. Do not pass it on to the customer — "
            "export the customer edition for that.",
        )
        story.append(text(note, styles.muted.clone("internal_note", textColor=theme.INTERNAL)))
    return story


SECTION = Section(
    key="cover",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Cover"),
    order=0,
    build=build,
    internal=ALL,
    customer=ALL,
    chapter=False,
)
