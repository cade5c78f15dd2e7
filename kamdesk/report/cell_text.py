"""The plan's text, without ReportLab's Paragraph: runs of plain text, each in one look (font,
size, colour), broken at spaces to a width, line breaks kept, a word longer than the line cut.
Nothing is parsed, so user text prints exactly as typed (``S&P <GmbH>``). Table cells are
``TextCell``s; running text (``report.text_block``) is built from them too.

A text measures itself once per width (a table that breaks across pages asks again on every
page) and writes its lines with a ``Pen``. They sit where a Paragraph puts them: the first
baseline one font size (the line's largest) below the top, then one ``leading`` per line.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont

from kamdesk.report import theme
from kamdesk.report.pen import Pen

LEFT, RIGHT, CENTER = "left", "right", "center"


class Look:
    """How a run of text prints: font, size, colour. Made by ``look()``, one object per look, so
    looks compare by identity."""

    __slots__ = ("colour", "font", "measure", "size", "space")

    def __init__(self, font: str, size: float, colour: colors.Color) -> None:
        self.font, self.size, self.colour = font, size, colour
        self.measure = getFont(font).stringWidth  # (text, size) → points
        self.space = self.measure(" ", size)

    def width(self, text: str) -> float:
        return self.measure(text, self.size)

    def __repr__(self) -> str:
        return f"Look({self.font}, {self.size}, {self.colour})"


@cache
def look(font: str, size: float, colour: colors.Color) -> Look:
    return Look(font, size, colour)


@cache
def look_of(style: ParagraphStyle) -> Look:
    return look(style.fontName, style.fontSize, style.textColor)


#: how much narrower than usual the spaces of a line may get to fit one more word (as a
#: ReportLab Paragraph allows: ``spaceShrinkage``), so lines break where they used to
SPACE_SHRINK = 0.05

#: the spaces a line may break at — as in a ReportLab paragraph: every kind but the no-break space
BREAKING = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
)
_BREAKS = re.compile("[" + re.escape("".join(sorted(BREAKING))) + "]+")


def split_words(text: str) -> list[str]:
    """``text`` cut at the spaces a line may break at (never at a no-break space)."""
    if "\xa0" in text or "\u200b" in text:  # where str.split() would differ
        return [word for word in _BREAKS.split(text) if word]
    return text.split()


#: one line: its width and its runs (text, look), runs of the same look already joined
Line = tuple[float, tuple[tuple[str, Look], ...]]


class TextCell:
    """A text in ``style``: ``TextCell(style, "plain text")`` or built run by run with ``add``,
    ``br`` (a line break) and ``tag`` (a small coloured label). ``wraps=False`` keeps each line
    whole even if it is wider than its column (figures, dates, codes)."""

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
            if bold or size or colour:
                run_look = look(theme.BOLD if bold else base.font, size or base.size, colour or base.colour)
            else:
                run_look = base
            self.runs.append((theme.printable(value), run_look))
            self._width = -1.0
        return self

    def br(self) -> TextCell:
        return self.add("\n")

    def tag(self, label: str, colour: Any = theme.INTERNAL) -> TextCell:
        return self.add(" ").add(label.upper(), bold=True, size=6.5, colour=colour)

    def lines(self, width: float) -> list[Line]:
        """The lines at ``width``; those of a text that does not wrap are measured when drawn,
        and only if they are aligned right or centred (their width is -1 until then)."""
        if width != self._width:
            self._lines = _wrap(self.runs, width) if self.wraps else _unbroken(self.runs)
            self._width = width
        return self._lines

    def height(self, width: float) -> float:
        return max(1, len(self.lines(width))) * self.leading

    def part(self, width: float, start: int, end: int) -> TextCell:
        """Lines ``start`` to ``end`` of the text broken to ``width``, as a text of their own
        (each line a line of it: broken to the same width, it breaks the same way)."""
        part = TextCell.__new__(TextCell)
        part.look, part.leading, part.align, part.wraps = self.look, self.leading, self.align, self.wraps
        part.runs = []
        for n, (_width, runs) in enumerate(self.lines(width)[start:end]):
            if n:
                part.runs.append(("\n", self.look))
            part.runs.extend(runs)
        part._width, part._lines = -1.0, []
        return part

    def draw(self, pen: Pen, canvas: Any, x: float, top: float, width: float, align: str | None = None) -> None:
        lines = self.lines(width)
        if not lines:
            return
        align = align or self.align
        shift = 0.0 if align == LEFT else 1.0 if align == RIGHT else 0.5
        y = top - max((run_look.size for _text, run_look in lines[0][1]), default=self.look.size)
        for line_width, runs in lines:
            if line_width > width and self.wraps:  # a line let in by narrower spaces: spaces narrowed
                spaces = sum(text.count(" ") for text, _look in runs)
                pen.line(x, y, runs, (width - line_width) / spaces if spaces else 0.0)
            elif runs:
                if shift and line_width < 0:
                    line_width = sum(run_look.width(text) for text, run_look in runs)
                pen.line(x + (width - line_width) * shift, y, runs)
            y -= self.leading


# -- breaking lines ----------------------------------------------------------------------------


def _wrap(runs: list[tuple[str, Look]], width: float) -> list[Line]:
    if len(runs) == 1 and "\n" not in runs[0][0]:  # the common case: one look, one paragraph
        plain = _wrap_plain(*runs[0], width)
        if plain is not None:
            return plain
    lines: list[Line] = []
    for hard in _hard_lines(runs):
        if not hard:
            lines.append((0.0, ()))  # an empty line between two lines of text
            continue
        plain = _wrap_plain(*hard[0], width) if len(hard) == 1 else None
        lines += plain if plain is not None else _fill(_words(hard), width)
    while lines and not lines[-1][1]:
        lines.pop()
    return lines


def _unbroken(runs: list[tuple[str, Look]]) -> list[Line]:
    """A text that does not wrap: a line per line break, not measured yet."""
    if len(runs) == 1 and "\n" not in runs[0][0]:
        return [(-1.0, (runs[0],))]
    lines: list[Line] = [(-1.0, tuple(hard)) for hard in _hard_lines(runs)]
    while lines and not lines[-1][1]:
        lines.pop()
    return lines


def _wrap_plain(text: str, run_look: Look, width: float) -> list[Line] | None:
    """The common case, quickly: one look, no line breaks (None: a word wider than the line)."""
    words = split_words(text)
    if not words:
        return []
    measure, size, space = run_look.measure, run_look.size, run_look.space
    whole = " ".join(words)
    whole_width = measure(whole, size)
    if whole_width <= width + SPACE_SHRINK * space * (len(words) - 1):
        return [(whole_width, ((whole, run_look),))]
    lines: list[Line] = []
    first, line_width = 0, -space
    for n, word in enumerate(words):
        word_width = measure(word, size)
        if word_width > width:
            return None
        if line_width + space + word_width > width + SPACE_SHRINK * space * (n - first):
            lines.append((line_width, ((" ".join(words[first:n]), run_look),)))
            first, line_width = n, word_width
        else:
            line_width += space + word_width
    lines.append((line_width, ((" ".join(words[first:]), run_look),)))
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
        if text[:1] in BREAKING and current:
            words.append((current, look))
            current = []
        for n, piece in enumerate(split_words(text)):
            if n and current:
                words.append((current, look))
                current = []
            current.append((piece, look))
        if text[-1:] in BREAKING and current:
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
        if self.runs and self.runs[-1][1] is look:
            self.runs[-1] = (self.runs[-1][0] + text, look)
        else:
            self.runs.append((text, look))
        self.width += width

    def line(self) -> Line:
        """The line, without a space it may end in (a long word that started on the next line)."""
        runs = self.runs
        if runs and runs[-1][0].endswith(" "):
            text, look = runs[-1]
            self.width -= look.space
            runs[-1] = (text[:-1], look)
            if not text[:-1]:
                runs.pop()
        return (self.width, tuple(runs))


def _fill(words: list[tuple[list[tuple[str, Look]], Look | None]], width: float) -> list[Line]:
    lines: list[Line] = []
    builder = _LineBuilder()
    gap: Look | None = None
    spaces = 0.0  # the widths of the spaces on the line so far
    for pieces, space_after in words:
        measured = [(text, look, look.width(text)) for text, look in pieces]
        word_width = sum(w for _t, _l, w in measured)
        if builder.runs:
            space = gap.space if gap is not None else 0.0
            if builder.width + space + word_width <= width + SPACE_SHRINK * (spaces + space):
                spaces += space
                if gap is not None:
                    builder.put(" ", gap, space)
                for text, look, w in measured:
                    builder.put(text, look, w)
                gap = space_after
                continue
            if word_width <= width:
                lines.append(builder.line())
                builder, spaces = _LineBuilder(), 0.0
            elif gap is not None:  # a word longer than a line starts on this one, as in a paragraph
                builder.put(" ", gap, space)
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
