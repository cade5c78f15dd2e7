"""The relationship board's tables for the internal plan: key issues, who covers whom (contacts ×
our team, for large accounts, where the board cannot show every line), and the personal agendas
and notes behind the pieces."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from kamdesk.domain import i18n
from kamdesk.domain.board import RANKS, Board, Contact, CoverageLink, PieceType, Side, display_name
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.key_issues import KeyIssue
from kamdesk.domain.team import TeamMember
from kamdesk.report import theme
from kamdesk.report.board_drawing import LEVEL_COLOR, level_text_color
from kamdesk.report.cell_text import CENTER, TextCell
from kamdesk.report.context import RenderContext
from kamdesk.report.diagrams import LANDSCAPE_TEMPLATE, PORTRAIT_TEMPLATE
from kamdesk.report.piece_shapes import piece_form
from kamdesk.report.sketch import define
from kamdesk.report.table import Column, DataTable, Padding, Row, cell, data_table, header_row
from kamdesk.report.text_block import text

SEVERITY = {
    3: (QT_TRANSLATE_NOOP("PlanPdf", "Act now"), theme.OVERDUE),
    2: (QT_TRANSLATE_NOOP("PlanPdf", "Plan"), theme.INTERNAL),
    1: (QT_TRANSLATE_NOOP("PlanPdf", "Watch"), theme.MUTED),
}
MEMBER_W = 27.0
FIXED_W = 18.0 + 150.0 + 86.0 + 56.0


def board_order(board: Board, column_order: dict[Hashable, int]) -> list[Contact]:
    """Contacts top rank first, then department by department (as the screen's matrix)."""
    last = len(column_order)
    return sorted(
        board.contacts,
        key=lambda c: (RANKS.index(c.rank), column_order.get(c.column_id, last), c.position, c.name.casefold()),
    )


# -- key issues --------------------------------------------------------------------------------


def key_issue_table(ctx: RenderContext, issues: Sequence[KeyIssue]) -> Flowable:
    if not issues:
        return text(i18n.translate("PlanPdf", "No key issues: every rule of the board is satisfied."), ctx.styles.muted)
    header = ["", i18n.translate("PlanPdf", "Key issue"), i18n.translate("PlanPdf", "Why")]
    rows = []
    for issue in issues:
        name, colour = SEVERITY.get(issue.severity, SEVERITY[1])
        urgency = TextCell(ctx.styles.cell).add(i18n.lookup("PlanPdf", name).upper(), bold=True, size=7, colour=colour)
        reason = issue.reason.replace(" → ", " – ")  # the embedded font has no arrows
        rows.append([urgency, cell(issue.rule.label, ctx.styles.cell_bold), cell(reason, ctx.styles.cell)])
    return data_table(header, rows, [1.45, 2.8, 5.75], ctx.width)


# -- who covers whom ---------------------------------------------------------------------------


class PieceIcon:
    """The contact's piece in a table cell, 12 points square (the piece's form, placed)."""

    def __init__(self, piece: PieceType, side: Side, placeholder: bool) -> None:
        self.form = piece_form(piece, side, placeholder)

    def height(self, width: float) -> float:
        return 12.0

    def draw(self, pen: Any, canvas: Any, x: float, top: float, width: float, align: str | None = None) -> None:
        define(canvas, self.form)
        canvas.saveState()
        canvas.transform(0.13, 0, 0, -0.13, x - 0.5, top + 1)
        canvas.doForm(self.form.name)
        canvas.restoreState()


def initials(team: Sequence[TeamMember]) -> dict[str, str]:
    """Short labels for the table's columns ("JH"), made unique with a number."""
    found: dict[str, str] = {}
    seen: dict[str, int] = {}
    for member in team:
        words = [w for w in member.name.replace("-", " ").split() if not w.endswith(".")] or [member.name or "?"]
        short = (words[0][:1] + (words[-1][:1] if len(words) > 1 else "")).upper()
        seen[short] = seen.get(short, 0) + 1
        found[member.id] = short if seen[short] == 1 else f"{short}{seen[short]}"
    return found


def coverage_table(ctx: RenderContext, board: Board, column_names: dict[Hashable, str]) -> list[Flowable]:
    """Contacts × our team: the level of each relationship (1–4, "2→3" below target), shaded
    from light to dark; the key to the columns and numbers above it."""
    team = list(board.team)
    if not team or not board.contacts:
        return []
    order = {key: n for n, key in enumerate(column_names)}
    contacts = board_order(board, order)
    links = {(link.contact_id, link.member_id): link for link in board.links}
    short = initials(team)
    portrait_w, landscape_w = ctx.width, theme.frame_size(theme.LANDSCAPE)[0]
    landscape = FIXED_W + MEMBER_W * len(team) > portrait_w
    width = landscape_w if landscape else portrait_w
    member_w = max(20.0, min(48.0, (width - FIXED_W) / len(team)))
    styles = ctx.styles
    key = " · ".join(f"{short[m.id]} {m.name}" for m in team)
    levels = " · ".join(f"{level.step} {level.label}" for level in LEVEL_COLOR if level is not None)
    below = i18n.translate("PlanPdf", "2 (3): now 2, aiming for 3")
    intro = [
        text(i18n.translate("PlanPdf", "Who covers whom"), styles.h2),
        text(key, styles.small),
        text(f"{levels} · {below}", styles.muted),
    ]
    header = [
        "",
        i18n.translate("PlanPdf", "Contact"),
        i18n.translate("PlanPdf", "Department"),
        i18n.translate("PlanPdf", "Last contact"),
        *(short[m.id] for m in team),
    ]
    level_style = ParagraphStyle("coverage_level", fontName=theme.BOLD, fontSize=8, leading=10)
    date_style = ParagraphStyle("coverage_date", parent=styles.cell, fontSize=7.5, leading=10)
    rows: list[Row] = []
    for contact in contacts:
        name = TextCell(styles.cell).add(display_name(contact), bold=True)
        if contact.title:
            name.add(f"  {contact.title}", size=7.5, colour=theme.MUTED)
        cells: list[Any] = [
            PieceIcon(contact.piece, contact.side, contact.placeholder),
            name,
            cell(column_names.get(contact.column_id, column_names.get(None, "")), styles.small),
            TextCell(date_style, ctx.date(board.last_contact(contact.id)), wraps=False),
        ]
        fills = []
        for c, member in enumerate(team, start=4):
            link = links.get((contact.id, member.id))
            if link is None:
                cells.append(None)
                continue
            level = TextCell(level_style, wraps=False).add(_level_text(link), colour=level_text_color(link.level))
            cells.append(level)
            fills.append((c, LEVEL_COLOR[link.level]))
        rows.append(Row(tuple(cells), cell_fills=tuple(fills)))
    columns = [
        Column(18.0, left=3, right=0),
        Column(150.0),
        Column(86.0),
        Column(56.0, divider=colors.white),
        *(Column(member_w, CENTER, divider=colors.white) for _m in team),
    ]
    table = DataTable(header_row(header), rows, columns, Padding(2.5, 2.5))
    if landscape:
        return [
            NextPageTemplate(LANDSCAPE_TEMPLATE),
            PageBreak(),
            *intro,
            table,
            NextPageTemplate(PORTRAIT_TEMPLATE),
            PageBreak(),
        ]
    return [*intro, table]


def _level_text(link: CoverageLink | None) -> str:
    if link is None:
        return ""
    if link.below_target and link.target is not None:
        return f"{link.level.step} ({link.target.step})"
    return str(link.level.step)


# -- agendas and notes -------------------------------------------------------------------------


def agenda_table(ctx: RenderContext, board: Board, column_names: dict[Hashable, str]) -> list[Flowable]:
    """The people behind the pieces: our reading of each, their personal agenda, our notes, and
    our relationships with them that carry a note (with the level now and the level we aim for)."""
    styles = ctx.styles
    order = {key: n for n, key in enumerate(column_names)}
    rows: list[list[Any]] = []
    for contact in board_order(board, order):
        links = [link for link in board.links_by_contact.get(contact.id, []) if link.notes or link.below_target]
        if not (contact.agenda or contact.notes or contact.orientation or links):
            continue
        who = TextCell(styles.cell).add(display_name(contact), bold=True)
        if contact.title:
            who.br().add(contact.title, size=7.5, colour=theme.MUTED)
        reading = [
            contact.role.label,
            contact.side.label,
            i18n.translate("PlanPdf", "influence: %1").replace("%1", contact.influence.label),
        ]
        reading.append(i18n.translate("PlanPdf", "known: %1").replace("%1", contact.coverage.label))
        if contact.orientation:
            reading.append(i18n.translate("PlanPdf", "weighs: %1").replace("%1", contact.orientation.label))
        notes = TextCell(styles.cell)
        if contact.agenda:
            notes.add(i18n.translate("PlanPdf", "Agenda: "), bold=True).add(contact.agenda)
        if contact.notes:
            if contact.agenda:
                notes.br()
            notes.add(contact.notes, colour=theme.INTERNAL)
        for link in links:
            if contact.agenda or contact.notes or link is not links[0]:
                notes.br()
            notes.add(_link_line(ctx, board, link), size=7.5, colour=theme.MUTED)
        rows.append([who, cell(" · ".join(reading), styles.small), notes])
    if not rows:
        return []
    header = [
        i18n.translate("PlanPdf", "Contact"),
        i18n.translate("PlanPdf", "Our assessment"),
        i18n.translate("PlanPdf", "Agenda, notes and our relationships"),
    ]
    return [
        text(i18n.translate("PlanPdf", "Personal agendas and notes"), styles.h2),
        data_table(header, rows, [2.2, 2.9, 4.9], ctx.width),
    ]


def _link_line(ctx: RenderContext, board: Board, link: CoverageLink) -> str:
    member = board.member_by_id.get(link.member_id)
    level = link.level.label
    if link.target is not None and link.target is not link.level:
        aim = i18n.translate("PlanPdf", "%1 (aiming for %2)")
        level = aim.replace("%1", level).replace("%2", link.target.label)
    parts = [f"{member.name if member else '?'}: {level}"]
    if link.last_contact:
        parts.append(ctx.date(link.last_contact))
    text = " · ".join(parts)
    return f"{text} — {link.notes}" if link.notes else text


def relations_table(ctx: RenderContext, board: Board, split: dict[str, int]) -> list[Flowable]:
    """Relations between contacts drawn on different parts of a board too large for one page."""
    crossing = [r for r in board.relations if split.get(r.source_id) != split.get(r.target_id)]
    if not crossing:
        return []
    by_id = board.contact_by_id
    rows = [
        [
            cell(display_name(by_id[r.source_id]), ctx.styles.cell_bold),
            cell(r.kind.label, ctx.styles.cell),
            cell(display_name(by_id[r.target_id]), ctx.styles.cell_bold),
        ]
        for r in crossing
        if r.source_id in by_id and r.target_id in by_id
    ]
    header = [
        i18n.translate("PlanPdf", "Contact"),
        i18n.translate("PlanPdf", "Relation"),
        i18n.translate("PlanPdf", "Contact"),
    ]
    return [
        text(i18n.translate("PlanPdf", "Lines between parts of the board"), ctx.styles.h2),
        data_table(
            header,
            rows,
            [4, 2, 4],
            ctx.width,
        ),
    ]
