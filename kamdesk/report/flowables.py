"""Building blocks of the plan's pages: escaped paragraphs, tables that break across pages with
their header repeated, key-figure cards, chapter headings that feed the contents and outline.

Every piece of user text goes through ``text()``/``esc()``: Paragraph text is markup, so
``S&P <GmbH>`` must be escaped to print as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kamdesk.report import theme


def esc(value: object) -> str:
    """``value`` as Paragraph markup that prints exactly as typed (line breaks kept)."""
    return escape(theme.printable(str(value or ""))).replace("\n", "<br/>")


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, escaped."""
    return Paragraph(esc(value), style)


def markup(trusted: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own markup; every user string inside must already be ``esc()``-aped."""
    return Paragraph(trusted, style)


class Cell(Paragraph):
    """A paragraph in a table cell. A table that breaks across pages measures its remaining rows
    again on every page; a cell's width never changes, so its line breaking is done once."""

    _measured: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._measured is not None and self._measured[0] == available_width:
            self.width, self.height = self._measured[1]
            return self._measured[1]
        size = super().wrap(available_width, available_height)
        self._measured = (available_width, size)
        return size


@dataclass(frozen=True, slots=True)
class CellText:
    """Plain user text for a ``data_table`` cell: printed as a string when it fits its column on
    one line (no markup to parse, nothing to escape), else as an escaped, wrapping ``Cell``."""

    value: str
    style: ParagraphStyle


def cell(value: object, style: ParagraphStyle) -> CellText:
    return CellText(str(value or ""), style)


def _settle(item: Any, style: ParagraphStyle, width: float, at: tuple[int, int], commands: list[Any]) -> Any:
    if not isinstance(item, CellText):
        return item
    text, font, size = theme.printable(item.value), item.style.fontName, item.style.fontSize
    if "\n" not in text and stringWidth(text, font, size) <= width - 10:
        if (font, size) != (theme.FONT, 8.5) or item.style.textColor != theme.INK:
            commands.append(("FONT", at, at, font, size))
            commands.append(("TEXTCOLOR", at, at, item.style.textColor))
        return text
    return Cell(esc(text), item.style)


class Rich:
    """A table cell of several styled runs of plain text, built without the markup parser
    (many cells per page: parsing markup is most of what a plain paragraph costs). User text
    goes in as it is — there is no markup to escape."""

    def __init__(self, style: ParagraphStyle) -> None:
        self.style = style
        self.frags: list[Any] = []

    def add(self, value: str, *, bold: bool = False, size: float | None = None, colour: Any = None) -> Rich:
        if value:
            value = theme.printable(value)
            font = theme.BOLD if bold else theme.FONT
            template = _frag(font, size or self.style.fontSize, (colour or self.style.textColor).hexval())
            self.frags.append(template.clone(text=value))
        return self

    def br(self) -> Rich:
        template = _frag(theme.FONT, self.style.fontSize, self.style.textColor.hexval())
        self.frags.append(template.clone(text="", lineBreak=True))
        return self

    def tag(self, label: str, colour: Any = theme.INTERNAL) -> Rich:
        return self.add(" ").add(label.upper(), bold=True, size=6.5, colour=colour)

    def cell(self) -> Cell:
        return Cell("", self.style, frags=self.frags or [_frag(theme.FONT, 8.5, "#000000").clone(text="")])


@cache
def _frag(font: str, size: float, colour: str) -> Any:
    """A text run's formatting as the paragraph parser makes it (parsed once per look)."""
    sample = Paragraph(f'<font name="{font}" size="{size}" color="{colour}">x</font>', theme.styles().cell)
    return sample.frags[0]


def tag(label: str, colour: colors.Color = theme.INTERNAL) -> str:
    """A small coloured label inside a paragraph (e.g. "internal", "overdue")."""
    return f' <font size="6.5" color="{colour.hexval()}"><b>{esc(label.upper())}</b></font>'


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fractions: Sequence[float],
    width: float,
    *,
    align_right: Sequence[int] = (),
    highlight: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header row repeats on every page it spills onto, with zebra rows and column
    widths given as fractions of ``width``; ``highlight`` marks rows (0 = first data row)."""
    style = theme.styles()
    head = [Cell(esc(h), style.cell_head) for h in header]
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    settled: list[tuple[Any, ...]] = []
    body = [
        [_settle(item, style.cell, widths[c], (c, r + 1), settled) for c, item in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), theme.FONT, 8.5, 11),
        ("TEXTCOLOR", (0, 1), (-1, -1), theme.INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), theme.HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, theme.RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, theme.ZEBRA]),
    ]
    for column in align_right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for row in highlight:
        commands.append(("BACKGROUND", (0, row + 1), (-1, row + 1), theme.OVERDUE_FILL))
    commands.extend(settled)
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


class KeyFigures(Flowable):
    """A row of cards, each a big figure over a small label (the summary's first look)."""

    def __init__(self, figures: Sequence[tuple[str, str, colors.Color | None]], width: float) -> None:
        super().__init__()
        self.figures = list(figures)
        self.width = width
        self.height = 52.0
        self.gap = 8.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        count = max(1, len(self.figures))
        card = (self.width - self.gap * (count - 1)) / count
        for n, (figure, label, colour) in enumerate(self.figures):
            x = n * (card + self.gap)
            canvas.setFillColor(theme.ZEBRA)
            canvas.setStrokeColor(theme.RULE)
            canvas.setLineWidth(0.5)
            canvas.roundRect(x, 0, card, self.height, 4, stroke=1, fill=1)
            canvas.setFillColor(colour or theme.ACCENT)
            canvas.rect(x, 0, 3, self.height, stroke=0, fill=1)
            canvas.setFillColor(colour or theme.NAVY)
            size = 17.0
            while size > 9 and canvas.stringWidth(figure, theme.BOLD, size) > card - 16:
                size -= 1
            canvas.setFont(theme.BOLD, size)
            canvas.drawString(x + 10, self.height - 25, figure)
            canvas.setFillColor(theme.MUTED)
            canvas.setFont(theme.FONT, 7.5)
            canvas.drawString(x + 10, 10, _fit(canvas, label, theme.FONT, 7.5, card - 16))


def _fit(canvas: Any, value: str, font: str, size: float, width: float) -> str:
    if canvas.stringWidth(value, font, size) <= width:
        return value
    while value and canvas.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


class ChapterHeading(Flowable):
    """A numbered chapter title; where it lands becomes a bookmark, an outline entry and the page
    number its contents line shows (``PlanCanvas.chapter_pages``)."""

    def __init__(self, key: str, number: int, title: str) -> None:
        super().__init__()
        self.key, self.number, self.title = key, number, title
        self.style = theme.styles().h1
        self._para = Paragraph(
            f'<font color="{theme.ACCENT.hexval()}">{number}</font>&nbsp;&nbsp;{esc(title)}', self.style
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, h = self._para.wrap(available_width, available_height)
        self.height = h + 12
        return available_width, self.height

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return 6

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(f"{self.number} {self.title}", self.key, level=0)
        pages = getattr(canvas, "chapter_pages", None)
        if pages is not None:
            pages[self.key] = canvas.getPageNumber()
        self._para.drawOn(canvas, 0, 12)
        canvas.setStrokeColor(theme.ACCENT)
        canvas.setLineWidth(1.6)
        canvas.line(0, 4, 36, 4)
        canvas.setStrokeColor(theme.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(36, 4, self.width, 4)


class Contents(Flowable):
    """The table of contents, laid out in one pass: each page number is a PDF form that the
    canvas defines once the document is complete (``PlanCanvas.save``), so no second build."""

    line_height = 22.0

    def __init__(self, chapters: Sequence[tuple[str, int, str]]) -> None:
        super().__init__()
        self.chapters = list(chapters)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.line_height * len(self.chapters)
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for n, (key, number, title) in enumerate(self.chapters):
            y = self.height - (n + 1) * self.line_height + 6
            canvas.setFillColor(theme.ACCENT)
            canvas.setFont(theme.BOLD, 10.5)
            canvas.drawString(0, y, str(number))
            canvas.setFillColor(theme.INK)
            canvas.setFont(theme.FONT, 10.5)
            label = _fit(canvas, title, theme.FONT, 10.5, self.width - 80)
            canvas.drawString(22, y, label)
            start = 22 + canvas.stringWidth(label, theme.FONT, 10.5) + 6
            canvas.setStrokeColor(theme.RULE)
            canvas.setDash(0.6, 2.4)
            canvas.setLineWidth(0.8)
            canvas.line(start, y + 1, self.width - 28, y + 1)
            canvas.setDash()
            canvas.saveState()
            canvas.translate(self.width, y)
            canvas.doForm(page_form(key))
            canvas.restoreState()
            canvas.linkRect("", key, (0, y - 4, self.width, y + 12), relative=1, thickness=0)


def page_form(key: str) -> str:
    return f"kamdesk_page_{key}"
