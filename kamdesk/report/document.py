"""The Key Account Plan as a PDF: pages, header and footer, contents, outline, metadata.

One pass: the contents' page numbers and the "of N" in the footer are PDF forms defined when the
canvas is saved, so the story is laid out once (no ``multiBuild``). The customer edition is made
from a source that has been through the sensitivity policy (``domain.redaction``) before any
section sees it; text, outline and metadata are all drawn from that copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageBreakIfNotEmpty,
    PageTemplate,
    Spacer,
)

import kamdesk
from kamdesk.domain import i18n
from kamdesk.domain.redaction import Omissions, redact
from kamdesk.report import theme
from kamdesk.report.cell_text import Look, look
from kamdesk.report.context import RenderContext
from kamdesk.report.diagrams import LANDSCAPE_TEMPLATE, PORTRAIT_TEMPLATE
from kamdesk.report.flowables import ChapterHeading, Contents, page_form
from kamdesk.report.pen import Pen
from kamdesk.report.sections import Section, registry, select
from kamdesk.report.source import Edition, PlanSource
from kamdesk.report.text_block import text

COVER_TEMPLATE = "cover"
PAGE_COUNT_FORM = "kamdesk_page_count"


@dataclass
class PlanResult:
    """What was written: pages, the chapters, and what the customer edition left out."""

    pages: int = 0
    chapters: list[str] = field(default_factory=list)
    omissions: Omissions = field(default_factory=Omissions)
    #: chapters of the internal edition that the customer edition does not have (their titles)
    sections_left_out: list[str] = field(default_factory=list)


class PlanCanvas(Canvas):
    """A canvas that knows where each chapter landed and defines the page-number forms at the end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.chapter_pages: dict[str, int] = {}
        self.chapter_keys: list[str] = []
        self.page_count = 0

    def save(self) -> None:
        self.page_count = self.getPageNumber() - 1
        for key in self.chapter_keys:
            self.beginForm(page_form(key), lowerx=-60, lowery=-4, upperx=1, uppery=14)
            self.setFont(theme.FONT, 10.5)
            self.setFillColor(theme.INK)
            self.drawRightString(0, 0, str(self.chapter_pages.get(key, "")))
            self.endForm()
        self.beginForm(PAGE_COUNT_FORM, lowerx=0, lowery=-3, upperx=40, uppery=10)
        self.setFont(theme.FONT, 7.5)
        self.setFillColor(theme.MUTED)
        self.drawString(0, 0, str(self.page_count))
        self.endForm()
        super().save()


class PlanDocument(BaseDocTemplate):
    def __init__(self, target: str | BinaryIO, ctx: RenderContext, chapter_keys: Sequence[str], **meta: Any) -> None:
        super().__init__(
            target,
            pagesize=theme.PORTRAIT,
            leftMargin=theme.MARGIN_X,
            rightMargin=theme.MARGIN_X,
            topMargin=theme.MARGIN_TOP,
            bottomMargin=theme.MARGIN_BOTTOM,
            displayDocTitle=True,
            initialFontName=theme.FONT,
            initialFontSize=9.5,
            lang="de-DE" if ctx.lang == "de" else "en-GB",
            **meta,
        )
        self.ctx = ctx
        self.chapter_keys = list(chapter_keys)
        self.labels = _PageLabels.make(ctx)
        self.looks = _PageLooks.make(ctx)
        self.addPageTemplates(
            [
                PageTemplate(COVER_TEMPLATE, [_frame(theme.PORTRAIT, cover=True)], onPage=self._cover_page),
                PageTemplate(PORTRAIT_TEMPLATE, [_frame(theme.PORTRAIT)], onPage=self._page),
                PageTemplate(
                    LANDSCAPE_TEMPLATE, [_frame(theme.LANDSCAPE)], onPage=self._page, pagesize=theme.LANDSCAPE
                ),
            ]
        )

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's name
        canvas = self.canv
        if isinstance(canvas, PlanCanvas):
            canvas.chapter_keys = self.chapter_keys
        canvas.showOutline()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = canvas._pagesize
        self._footer(canvas, theme.MARGIN_X, width - theme.MARGIN_X, self.labels.title_and_date, None)

    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        left, right = theme.MARGIN_X, width - theme.MARGIN_X
        labels, looks = self.labels, self.looks
        top = height - theme.MARGIN_TOP + 22
        pen = Pen(canvas)
        pen.line(left, top, ((labels.account, looks.account),))
        pen.line(right - looks.head.width(labels.title_and_date), top, ((labels.title_and_date, looks.head),))
        pen.close()
        canvas.setStrokeColor(theme.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 6, right, top - 6)
        self._footer(canvas, left, right, labels.page.replace("%1", str(canvas.getPageNumber())) + " ", PAGE_COUNT_FORM)

    def _footer(self, canvas: Canvas, left: float, right: float, text: str, form: str | None) -> None:
        """The rule, ``text`` on the left (followed by ``form``), the edition on the right."""
        bottom = theme.MARGIN_BOTTOM - 24
        looks = self.looks
        canvas.setStrokeColor(theme.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom + 11, right, bottom + 11)
        pen = Pen(canvas)
        pen.line(left, bottom, ((text, looks.foot),))
        pen.close()
        if form is not None:  # read in this order: "Page 3 of" 12
            canvas.saveState()
            canvas.translate(left + looks.foot.width(text), bottom)
            canvas.doForm(form)
            canvas.restoreState()
        pen.line(right - looks.edition.width(self.labels.edition), bottom, ((self.labels.edition, looks.edition),))
        pen.close()


@dataclass(frozen=True)
class _PageLooks:
    account: Look
    head: Look
    foot: Look
    edition: Look

    @classmethod
    def make(cls, ctx: RenderContext) -> _PageLooks:
        internal = not ctx.customer
        edition = look(theme.BOLD, 7.5, theme.INTERNAL) if internal else look(theme.FONT, 7.5, theme.MUTED)
        return cls(
            look(theme.BOLD, 8.5, theme.NAVY),
            look(theme.FONT, 8, theme.MUTED),
            look(theme.FONT, 7.5, theme.MUTED),
            edition,
        )


@dataclass(frozen=True)
class _PageLabels:
    account: str
    title_and_date: str
    page: str
    edition: str

    @classmethod
    def make(cls, ctx: RenderContext) -> _PageLabels:
        title = i18n.translate("PlanPdf", "Key Account Plan")
        edition = ctx.edition.label
        supplier = ctx.source.supplier
        return cls(
            account=ctx.source.account.name,
            title_and_date=f"{title} · {ctx.date(ctx.today)}",
            page=i18n.translate("PlanPdf", "Page %1 of"),
            edition=f"{supplier} · {edition}" if supplier else edition,
        )


def _frame(pagesize: tuple[float, float], cover: bool = False) -> Frame:
    width, height = theme.frame_size(pagesize)
    if cover:  # the cover's band runs to the top edge of the paper
        return Frame(theme.MARGIN_X, theme.MARGIN_BOTTOM, width, pagesize[1] - theme.MARGIN_BOTTOM, 0, 0, 0, 0)
    return Frame(theme.MARGIN_X, theme.MARGIN_BOTTOM, width, height, 0, 0, 0, 0)


# -- building --------------------------------------------------------------------------------


def render(source: PlanSource, edition: Edition, lang: str, target: str | Path | BinaryIO) -> PlanResult:
    """Write the plan of ``source`` in ``edition`` and ``lang`` to ``target`` (a path or a file)."""
    lang = i18n.normalize(lang)
    with i18n.using(lang):
        theme.register_fonts()
        depth = source.depth
        result = PlanResult()
        shown = redact(source, result.omissions) if edition is Edition.CUSTOMER else source
        ctx = RenderContext(shown, edition, depth, lang)
        available = frozenset(k for k, v in source.extra.items() if v)
        chosen = select(edition, depth, available)
        if edition is Edition.CUSTOMER:  # data left unread is internal to begin with: its chapters are left out
            keys = {s.key for s in chosen}
            internal = select(Edition.INTERNAL, depth, available | source.unread)
            result.sections_left_out = [s.heading() for s in internal if s.key not in keys and s.chapter]
        story, chapter_keys, titles = _story([(s, s.build(ctx)) for s in chosen], edition)
        result.chapters = titles  # the story is the only reference to its flowables: each goes once drawn
        doc = PlanDocument(str(target) if isinstance(target, Path) else target, ctx, chapter_keys, **_metadata(ctx))
        canvases: list[PlanCanvas] = []

        def canvasmaker(*args: Any, **kwargs: Any) -> PlanCanvas:
            canvas = PlanCanvas(*args, **kwargs)
            canvases.append(canvas)
            return canvas

        doc.build(story, canvasmaker=canvasmaker)
        result.pages = canvases[-1].page_count if canvases else 0
        return result


def render_bytes(source: PlanSource, edition: Edition, lang: str) -> tuple[bytes, PlanResult]:
    buffer = BytesIO()
    result = render(source, edition, lang, buffer)
    return buffer.getvalue(), result


def _story(
    built: list[tuple[Section, list[Flowable]]], edition: Edition
) -> tuple[list[Flowable], list[str], list[str]]:
    story: list[Flowable] = []
    chapters: list[tuple[str, int, str]] = []
    body: list[Flowable] = []
    cover: list[Flowable] = []
    for section, flowables in built:
        if not flowables:
            continue
        if not section.chapter:
            cover.extend(flowables)
            continue
        number = len(chapters) + 1
        title = section.heading(edition)
        chapters.append((section.key, number, title))
        # a chapter starts on a new portrait page, but never leaves one empty (a diagram already broke the page)
        body += [PageBreakIfNotEmpty(PORTRAIT_TEMPLATE), ChapterHeading(section.key, number, title)]
        body += flowables
    story += cover or [Spacer(1, 1)]
    story += [NextPageTemplate(PORTRAIT_TEMPLATE), PageBreak()]
    styles = theme.styles()
    story += [text(i18n.translate("PlanPdf", "Contents"), styles.h1), Spacer(1, 8), Contents(chapters)]
    story += body
    return story, [key for key, _n, _t in chapters], [title for _k, _n, title in chapters]


def _metadata(ctx: RenderContext) -> dict[str, Any]:
    """Title, author, subject and keywords — from the (redacted) source only."""
    account = ctx.source.account
    title = i18n.translate("PlanPdf", "Key Account Plan")
    primary = ctx.source.primary()
    keywords = [title, account.name, account.industry, account.country]
    return {
        "title": f"{title} – {account.name}",
        "author": primary.name if primary else (ctx.source.supplier or "kamdesk"),
        "subject": f"{ctx.edition.label} · {ctx.date(ctx.today)}",
        "keywords": [k for k in keywords if k],
        "creator": f"kamdesk {kamdesk.__version__}",
    }


__all__ = ["PlanResult", "registry", "render", "render_bytes"]
