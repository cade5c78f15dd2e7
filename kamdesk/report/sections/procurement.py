"""How the customer buys: each procurement map as a vector flowchart drawn from the editor's own
geometry (``report.map_drawing``), then the seed's key questions as the map answers them, and the
approval limits. The map is the customer's own process, drawn with them: it is shareable, so the
customer edition has it too — without our internal notes (``domain.redaction`` blanks them).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from kamdesk.domain import i18n
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.model import NodeKind, ProcurementMap, format_amount, lane_title, node_caption
from kamdesk.domain.procurement.questions import answer_all
from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.diagrams import CAPTION_SPACE, diagram_flowables, diagram_pages
from kamdesk.report.map_drawing import MIN_SCALE, draw_map, parts
from kamdesk.report.sections import KA, SKA, Section
from kamdesk.report.table import cell, data_table
from kamdesk.report.text_block import TextBlock, text


def build(ctx: RenderContext) -> list[Flowable]:
    maps = [m for m in ctx.source.extra.get("procurement") or () if isinstance(m, ProcurementMap) and m.nodes]
    if not maps:
        return []
    story: list[Flowable] = [
        text(
            i18n.translate("PlanPdf", "How an order travels through the customer's company, from need to delivery."),
            ctx.styles.body,
        )
    ]
    for pmap in maps:
        story += _map(ctx, pmap, len(maps) > 1)
    return story


def _map(ctx: RenderContext, pmap: ProcurementMap, several: bool) -> list[Flowable]:
    """The map's key questions and approval limits first, then its drawing (a drawing too large
    for the portrait page goes onto landscape pages of its own, with the map's name under it)."""
    styles = ctx.styles
    story: list[Flowable] = [CondPageBreak(160)]
    if several:
        story.append(text(pmap.name, styles.h2))
    story += _questions(ctx, pmap)
    story += _approvals(ctx, pmap)
    if pmap.notes:  # internal: blank in the customer's copy
        story.append(text(i18n.translate("PlanPdf", "Our notes on this process"), styles.h3))
        story.append(TextBlock(TextCell(styles.body).add(pmap.notes, colour=theme.INTERNAL), styles.body))
    story += _node_notes(ctx, pmap)
    geo = geometry.compute(pmap)
    land_w, land_h = theme.frame_size(theme.LANDSCAPE)
    cut = parts(pmap, geo, land_w, land_h - CAPTION_SPACE, MIN_SCALE)
    drawings = [draw_map(pmap, geo, part) for part in cut]
    if len(drawings) == 1:
        return [*story, Spacer(1, 6), *diagram_flowables(drawings[0], pmap.name, min_scale=MIN_SCALE)]
    counter = i18n.translate("PlanPdf", "part %1 of %2")
    total = str(len(cut))
    captions = [f"{pmap.name} ({counter.replace('%1', str(n)).replace('%2', total)})" for n in range(1, len(cut) + 1)]
    return [*story, *diagram_pages(list(zip(drawings, captions, strict=True)), min_scale=MIN_SCALE)]


def _questions(ctx: RenderContext, pmap: ProcurementMap) -> list[Flowable]:
    styles = ctx.styles
    rows = []
    for answer in answer_all(pmap):
        if not answer.text:
            continue
        answer_text = TextCell(styles.cell)
        for n, line in enumerate(answer.text.splitlines()):
            if n:
                answer_text.br()
            answer_text.add(line)
        source = (
            i18n.translate("PlanPdf", "from the map")
            if answer.from_map
            else i18n.translate("PlanPdf", "as we noted it")
        )
        answer_text.br().add(source, size=7, colour=theme.MUTED)
        if answer.conflict:
            answer_text.br().add(answer.conflict, size=7.5, colour=theme.INTERNAL)
        rows.append([cell(answer.question.label, styles.cell_bold), answer_text])
    if not rows:
        return []
    header = [i18n.translate("PlanPdf", "Key question"), i18n.translate("PlanPdf", "Answer")]
    return [
        text(i18n.translate("PlanPdf", "Key questions"), styles.h3),
        data_table(header, rows, [4, 6], ctx.width),
    ]


def _approvals(ctx: RenderContext, pmap: ProcurementMap) -> list[Flowable]:
    styles = ctx.styles
    lanes = {lane.id: lane for lane in pmap.lanes}
    approvals = sorted(
        (n for n in pmap.nodes if n.kind is NodeKind.APPROVAL),
        key=lambda n: (n.approval_limit is None, n.approval_limit or 0, n.x),
    )
    rows = []
    for node in approvals:
        lane = lanes.get(node.lane_id or "")
        who = node.approver_role or (lane_title(lane) if lane else "")
        rows.append(
            [
                cell(node_caption(node), styles.cell),
                cell(who, styles.cell),
                cell(node.role_holder, styles.cell),
                format_amount(node.approval_limit) if node.approval_limit is not None else "–",
            ]
        )
    if not rows:
        return []
    header = [
        i18n.translate("PlanPdf", "Approval"),
        i18n.translate("PlanPdf", "Approver"),
        i18n.translate("PlanPdf", "Held by"),
        i18n.translate("PlanPdf", "Up to"),
    ]
    return [
        text(i18n.translate("PlanPdf", "Approval limits"), styles.h3),
        data_table(header, rows, [3.4, 2.6, 2.6, 1.4], ctx.width, align_right=(3,)),
    ]


def _node_notes(ctx: RenderContext, pmap: ProcurementMap) -> Sequence[Flowable]:
    noted = [n for n in pmap.nodes if n.notes]  # internal: blank in the customer's copy
    if not noted:
        return []
    styles = ctx.styles
    rows = [
        [cell(node_caption(n), styles.cell_bold), cell(n.notes, styles.cell)] for n in sorted(noted, key=lambda n: n.x)
    ]
    header = [i18n.translate("PlanPdf", "Step"), i18n.translate("PlanPdf", "Our notes")]
    return [data_table(header, rows, [3, 7], ctx.width)]


SECTION = Section(
    key="procurement",
    title=QT_TRANSLATE_NOOP("PlanPdf", "How the customer buys"),
    order=30,
    build=build,
    internal=frozenset({SKA, KA}),
    customer=frozenset({SKA, KA}),
    needs="procurement",
)
