"""Building blocks of the plan's pages: key-figure cards, chapter headings that feed the contents
and outline (tables: ``report.table``, running text: ``report.text_block``).

No piece of the plan uses ReportLab's Paragraph: its text is markup (``S&P <GmbH>`` would need
escaping to print as typed) and parsing it costs more than the rest of a page. Text is plain text
in runs of looks (``report.cell_text``), printed as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from kamdesk.report import theme
from kamdesk.report.cell_text import TextCell
from kamdesk.report.drawing_text import fit
from kamdesk.report.text_block import TextBlock


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
            canvas.drawString(x + 10, 10, fit(label, theme.FONT, 7.5, card - 16))


class ChapterHeading(Flowable):
    """A numbered chapter title; where it lands becomes a bookmark, an outline entry and the page
    number its contents line shows (``PlanCanvas.chapter_pages``)."""

    def __init__(self, key: str, number: int, title: str) -> None:
        super().__init__()
        self.key, self.number, self.title = key, number, title
        self.style = theme.styles().h1
        heading = TextCell(self.style).add(str(number), colour=theme.ACCENT).add("\xa0\xa0" + title)
        self._para = TextBlock(heading, self.style)

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
            label = fit(title, theme.FONT, 10.5, self.width - 80)
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
