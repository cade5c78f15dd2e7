"""Running text without ReportLab's Paragraph: headings, notes, captions, the visit reports'
text — plain text in runs of looks (``TextCell``), so nothing is parsed and user text prints as
typed. A block lays its lines out as a Paragraph in the same style does (the same line breaks,
first baseline one font size below the top, ``leading`` apart, space before and after, a bullet
hanging in the indent) and breaks between lines across pages, never leaving a single line at the
bottom of a page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from kamdesk.report.cell_text import TextCell, look
from kamdesk.report.pen import Pen


class TextBlock(Flowable):
    def __init__(self, text: TextCell, style: ParagraphStyle, bullet: str = "") -> None:
        super().__init__()
        self.text, self.style, self.bullet = text, style, bullet
        self.leading: float = style.leading
        self.width = self.height = 0.0

    def _inner(self, available_width: float) -> float:
        return available_width - self.style.leftIndent - self.style.rightIndent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.text.lines(self._inner(available_width))) * self.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        inner = self._inner(available_width)
        lines = self.text.lines(inner)
        fits = int(available_height / self.leading)
        if fits <= 1:  # not even two lines: the whole block goes on
            return []
        if len(lines) <= fits:
            return [self]
        first = TextBlock(self.text.part(inner, 0, fits), self.style, self.bullet)
        return [first, TextBlock(self.text.part(inner, fits, len(lines)), self.style)]

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style, inner = self.style, self._inner(self.width)
        pen = Pen(self.canv)
        lines = self.text.lines(inner)
        if self.bullet and lines:  # first, so that the text reads "› step", as a Paragraph writes it
            size = max((run_look.size for _t, run_look in lines[0][1]), default=style.fontSize)
            bullet_look = look(style.bulletFontName, style.bulletFontSize, style.bulletColor or style.textColor)
            pen.line(style.bulletIndent, self.height - size, ((self.bullet, bullet_look),))
        self.text.draw(pen, self.canv, style.leftIndent, self.height, inner)
        pen.close()


def text(value: Any, style: ParagraphStyle, bullet: str = "") -> TextBlock:
    """A block of plain text (line breaks kept) in ``style``."""
    return TextBlock(TextCell(style, str(value or "")), style, bullet)
