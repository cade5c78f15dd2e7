"""Text inside vector drawings (which have no paragraphs): cut, wrapped and shrunk to a width,
in the plan's embedded font; ``label`` makes a sketch's label of it."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.report import theme
from kamdesk.report.cell_text import look
from kamdesk.report.sketch import Label


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width``."""
    text = theme.printable(text)
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with the ellipsis: in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines of ``width``, the last one cut."""
    words = theme.printable(text).split()
    found: list[str] = []
    current = ""
    for n, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
            continue
        found.append(current)
        current = word
        if len(found) == lines - 1:
            current = " ".join(words[n:])
            break
    if current:
        found.append(current)
    return [fit(line, font, size, width) for line in found[:lines]]


def shrink_to_fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size (down to ``smallest``) at which the longest word of ``text`` fits."""
    longest = max(text.split() or [""], key=lambda w: stringWidth(w, font, size))
    while size > smallest and stringWidth(longest, font, size) > width:
        size -= 0.5
    return size


def label(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    colour: object = None,
    anchor: str = "start",
    italic: bool = False,
    font: str | None = None,
) -> Label:
    font = font or (theme.BOLD if bold else theme.ITALIC if italic else theme.FONT)
    return Label(x, y, theme.printable(text), look(font, size, colour or theme.INK), anchor)
