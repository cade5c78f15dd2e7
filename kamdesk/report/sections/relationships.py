"""The relationship board (internal edition only): key figures, the key issues, the board drawn
as vector graphics from the screen's own geometry (``report.board_pages``), who covers whom
(contacts × our team, for large accounts) and the personal agendas and notes behind the pieces.

The section never appears in the customer edition (``customer`` is empty); the customer's source
has the board's judgements blanked and its links dropped anyway (``domain.redaction``).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamdesk.domain import i18n
from kamdesk.domain.board import Board, RelationshipLevel, Side
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.key_issues import key_issues
from kamdesk.report import board_pages, board_tables, theme
from kamdesk.report.board_legend import legend
from kamdesk.report.context import RenderContext
from kamdesk.report.diagrams import ScaledDrawing
from kamdesk.report.flowables import KeyFigures
from kamdesk.report.sections import KA, SKA, Section
from kamdesk.report.text_block import text

# from this many contacts on, a Key Account's plan adds the coverage table too (a Strategic Key
# Account's full plan always has it)
LARGE = 16


def build(ctx: RenderContext) -> list[Flowable]:
    board = ctx.source.extra.get("relationships")
    if not isinstance(board, Board) or not board.contacts:
        return []
    styles = ctx.styles
    issues = key_issues(board, ctx.today)
    layout = board_pages.plan(board, ctx.today)
    whole = board_pages.whole_view(board, ctx.today)
    story: list[Flowable] = [
        text(
            i18n.translate("PlanPdf", "The customer's people who take part in buying, and how well we know them."),
            styles.body,
        ),
        _figures(ctx, board, len(issues), any(i.severity >= 3 for i in issues)),
        Spacer(1, 4),
        text(i18n.translate("PlanPdf", "Key issues"), styles.h2),
        board_tables.key_issue_table(ctx, issues),
        Spacer(1, 8),
        KeepTogether(
            [
                text(i18n.translate("PlanPdf", "How to read the board"), styles.h2),
                ScaledDrawing(legend(ctx.width, board.stale_days), 1.0),
            ]
        ),
    ]
    if not whole.lines and board.links:
        note = i18n.translate(
            "PlanPdf",
            "The %1 lines between our team and their people are not drawn on a board this size: "
            "the badge on each piece counts them, and “Who covers whom” lists them.",
        ).replace("%1", str(len(board.links)))
        story.append(text(note, styles.muted))
    story += board_pages.flowables(layout)
    if layout.split:
        part_of = {cid: n for n, view in enumerate(layout.views) for cid in view.contact_ids()}
        story += board_tables.relations_table(ctx, board, part_of)
    if ctx.depth is SKA or len(board.contacts) >= LARGE or layout.split or not whole.lines:
        story += board_tables.coverage_table(ctx, board, whole.column_names)
    story += board_tables.agenda_table(ctx, board, whole.column_names)
    return story


def _figures(ctx: RenderContext, board: Board, issues: int, urgent: bool) -> KeyFigures:
    allies = sum(1 for c in board.contacts if c.side is Side.ALLY)
    opponents = sum(1 for c in board.contacts if c.side is Side.OPPONENT)
    strong = sum(1 for link in board.links if link.level.step >= RelationshipLevel.PROBLEM_SOLVER.step)
    figures = [
        (str(len(board.contacts)), i18n.translate("PlanPdf", "contacts on the board"), None),
        (f"{allies} · {opponents}", i18n.translate("PlanPdf", "allies · opponents"), None),
        (f"{strong} / {len(board.links)}", i18n.translate("PlanPdf", "strong relationships"), None),
        (str(issues), i18n.translate("PlanPdf", "key issues"), theme.OVERDUE if urgent else None),
    ]
    return KeyFigures(figures, ctx.width)


SECTION = Section(
    key="relationships",
    title=QT_TRANSLATE_NOOP("PlanPdf", "Relationship board"),
    order=40,
    build=build,
    internal=frozenset({SKA, KA}),
    customer=frozenset(),
    needs="relationships",
)
