"""The plan's look: page geometry, the embedded Noto Sans family, colours and paragraph styles.

Noto Sans is embedded (subset) because ReportLab's standard fonts know Latin-1 only, and the
plan must print umlauts, ß, €, and Polish and Czech names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

FONT = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#667085")
ACCENT = colors.HexColor("#1f5fa8")
NAVY = colors.HexColor("#17324d")
RULE = colors.HexColor("#d0d7e2")
HEADER_FILL = colors.HexColor("#e8eef6")
ZEBRA = colors.HexColor("#f6f8fb")
OVERDUE = colors.HexColor("#b42318")
OVERDUE_FILL = colors.HexColor("#fdecea")
INTERNAL = colors.HexColor("#9a5b00")
GOOD = colors.HexColor("#217a4b")
PHASE_SHADES = [
    colors.HexColor(c) for c in ("#c7d7ec", "#a9c2e3", "#8aaddb", "#6b97d1", "#4d82c8", "#2f6cbe", "#1f5fa8", "#17486f")
]


#: characters Noto Sans has no glyph for, printed as the nearest it has (else they print blank)
FALLBACKS = {"≤": "<=", "≥": ">=", "→": "->", "←": "<-", "⇒": "=>", "✓": "", "✔": "", "▭": ""}
_FOLD = str.maketrans(FALLBACKS)
_LACKING = re.compile("[" + re.escape("".join(FALLBACKS)) + "]")


def printable(text: str) -> str:
    """``text`` with the characters the embedded font lacks replaced (see ``FALLBACKS``)."""
    return text.translate(_FOLD) if _LACKING.search(text) else text


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    """Width and height available to the story on a page of ``pagesize``."""
    return pagesize[0] - 2 * MARGIN_X, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


@cache
def register_fonts() -> None:
    """Embed Noto Sans (once per process) and make <b>/<i> in paragraphs pick its faces."""
    folder = resources.files("kamdesk.resources") / "fonts"
    files = {
        FONT: "NotoSans-Regular",
        BOLD: "NotoSans-Bold",
        ITALIC: "NotoSans-Italic",
        BOLD_ITALIC: "NotoSans-BoldItalic",
    }
    for name, file in files.items():
        with resources.as_file(folder / f"{file}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_title: ParagraphStyle
    cover_account: ParagraphStyle
    cover_meta: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    toc: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=14, bulletIndent=3, bulletFontName=FONT, bulletColor=ACCENT, spaceAfter=3
        ),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=NAVY, fontSize=8),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=18, leading=22, textColor=NAVY, spaceBefore=0, spaceAfter=10
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=10, spaceAfter=5
        ),
        h3=ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT, alignment=TA_LEFT
        ),
        cover_account=ParagraphStyle(
            "cover_account", parent=body, fontName=BOLD, fontSize=30, leading=36, textColor=NAVY, spaceAfter=8
        ),
        cover_meta=ParagraphStyle("cover_meta", parent=body, fontSize=10.5, leading=15, textColor=INK),
        figure=ParagraphStyle("figure", parent=body, fontName=BOLD, fontSize=17, leading=20, textColor=NAVY),
        figure_label=ParagraphStyle("figure_label", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        toc=ParagraphStyle("toc", parent=body, fontSize=10.5, leading=14),
    )
