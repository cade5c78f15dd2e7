"""Text in the plan's table cells, without ReportLab's Paragraph: runs of plain text, each in one
look (font, size, colour), wrapped at spaces to the column's width, line breaks kept, a word longer
than the line broken. Nothing is parsed, so user text prints exactly as typed (``S&P <GmbH>``).

A cell measures itself once per width (a table that breaks across pages asks again on every page)
and writes its lines into the one text object its table draws with (``Pen``). The lines sit where
a Paragraph in a table cell puts them: the first baseline one font size (the line's largest)
below the top, then one ``leading`` per line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.report import theme

LEFT, RIGHT, CENTER = "left", "right", "center"


@dataclass(frozen=True, slots=True)
class Look:
    """How a run of text prints."""

    font: str
    size: float
    colour: colors.Color

    def width(self, text: str) -> float:
        return stringWidth(text, self.font, self.size)


def look_of(style: ParagraphStyle) -> Look:
    return Look(style.fontName, style.fontSize, style.textColor)


#: one line: its width and its runs (text, look), runs of the same look already joined
Line = tuple[float, tuple[tuple[str, Look], ...]]


class Pen:
    """The table's text object, with the look it is set to (changed only when a run needs another)."""

    def __init__(self, text_object: Any) -> None:
        self.text_object = text_object
        self.font: tuple[str, float] | None = None
        self.colour: colors.Color | None = None

    def write(self, x: float, y: float, runs: tuple[tuple[str, Look], ...]) -> None:
        tx = self.text_object
        tx.setTextOrigin(x, y)
        for text, look in runs:
            if self.font != (look.font, look.size):
                tx.setFont(look.font, look.size)
                self.font = (look.font, look.size)
            if self.colour is not look.colour:
                tx.setFillColor(look.colour)
                self.colour = look.colour
            tx.textOut(text)


class TextCell:
    """A table cell of text: ``TextCell(style, "plain text")`` or built run by run with ``add``,
    ``br`` (a line break) and ``tag`` (a small coloured label). ``wraps=False`` keeps each line
    whole even if it is wider than the column (figures, dates, codes)."""

    __slots__ = ("_lines", "_width", "align", "leading", "look", "runs", "wraps")

    def __init__(self, style: ParagraphStyle, value: str = "", *, wraps: bool = True) -> None:
        self.look = look_of(style)
        self.leading: float = style.leading
        self.align = RIGHT if style.alignment == TA_RIGHT else CENTER if style.alignment == TA_CENTER else LEFT
        self.wraps = wraps
        self.runs: list[tuple[str, Look]] = []
        self._width = -1.0
        self._lines: list[Line] = []
        if value:
            self.add(value)

    def add(self, value: str, *, bold: bool = False, size: float | None = None, colour: Any = None) -> TextCell:
        if value:
            base = self.look
            font = theme.BOLD if bold else base.font
            look = Look(font, size or base.size, colour or base.colour)
            self.runs.append((theme.printable(value), base if look == base else look))
            self._width = -1.0
        return self

    def br(self) -> TextCell:
        return self.add("\n")

    def tag(self, label: str, colour: Any = theme.INTERNAL) -> TextCell:
        return self.add(" ").add(label.upper(), bold=True, size=6.5, colour=colour)

    def text(self) -> str:
        return "".join(text for text, _look in self.runs)

    def lines(self, width: float) -> list[Line]:
        if width != self._width:
            self._lines = _wrap(self.runs, width if self.wraps else float("inf"))
            self._width = width
        return self._lines

    def height(self, width: float) -> float:
        return max(1, len(self.lines(width))) * self.leading

    def draw(self, pen: Pen, canvas: Any, x: float, top: float, width: float, align: str | None = None) -> None:
        lines = self.lines(width)
        if not lines:
            return
        align = align or self.align
        y = top - max(look.size for _text, look in lines[0][1])
        for line_width, runs in lines:
            if align == RIGHT:
                pen.write(x + width - line_width, y, runs)
            elif align == CENTER:
                pen.write(x + (width - line_width) / 2, y, runs)
            else:
                pen.write(x, y, runs)
            y -= self.leading


# -- breaking lines ----------------------------------------------------------------------------


def _wrap(runs: list[tuple[str, Look]], width: float) -> list[Line]:
    if len(runs) == 1:  # the common case: one look, fitting one line
        text, look = runs[0]
        if "\n" not in text:
            stripped = " ".join(text.split())
            measured = look.width(stripped)
            if measured <= width:
                return [(measured, ((stripped, look),))] if stripped else []
    lines: list[Line] = []
    for hard in _hard_lines(runs):
        lines += _fill(_words(hard), width)
    return lines


def _hard_lines(runs: list[tuple[str, Look]]) -> list[list[tuple[str, Look]]]:
    found: list[list[tuple[str, Look]]] = [[]]
    for text, look in runs:
        for n, part in enumerate(text.split("\n")):
            if n:
                found.append([])
            if part:
                found[-1].append((part, look))
    return found


def _words(runs: list[tuple[str, Look]]) -> list[tuple[list[tuple[str, Look]], Look | None]]:
    """The words of a line of runs; a word may be made of pieces of several runs (no space
    between them); each with the look of the space that follows it."""
    words: list[tuple[list[tuple[str, Look]], Look | None]] = []
    current: list[tuple[str, Look]] = []
    for text, look in runs:
        if text[:1].isspace() and current:
            words.append((current, look))
            current = []
        for n, piece in enumerate(text.split()):
            if n and current:
                words.append((current, look))
                current = []
            current.append((piece, look))
        if text[-1:].isspace() and current:
            words.append((current, look))
            current = []
    if current:
        words.append((current, None))
    return words


class _LineBuilder:
    def __init__(self) -> None:
        self.runs: list[tuple[str, Look]] = []
        self.width = 0.0

    def put(self, text: str, look: Look, width: float) -> None:
        if self.runs and self.runs[-1][1] == look:
            self.runs[-1] = (self.runs[-1][0] + text, look)
        else:
            self.runs.append((text, look))
        self.width += width

    def line(self) -> Line:
        return (self.width, tuple(self.runs))


def _fill(words: list[tuple[list[tuple[str, Look]], Look | None]], width: float) -> list[Line]:
    lines: list[Line] = []
    builder = _LineBuilder()
    gap: Look | None = None
    for pieces, space_after in words:
        measured = [(text, look, look.width(text)) for text, look in pieces]
        word_width = sum(w for _t, _l, w in measured)
        if builder.runs:
            space = gap.width(" ") if gap is not None else 0.0
            if builder.width + space + word_width <= width:
                if gap is not None:
                    builder.put(" ", gap, space)
                for text, look, w in measured:
                    builder.put(text, look, w)
                gap = space_after
                continue
            lines.append(builder.line())
            builder = _LineBuilder()
        if word_width > width:  # longer than a line: broken where it reaches the edge
            for text, look, _w in measured:
                for char in text:
                    w = look.width(char)
                    if builder.runs and builder.width + w > width:
                        lines.append(builder.line())
                        builder = _LineBuilder()
                    builder.put(char, look, w)
        else:
            for text, look, w in measured:
                builder.put(text, look, w)
        gap = space_after
    if builder.runs:
        lines.append(builder.line())
    return lines
