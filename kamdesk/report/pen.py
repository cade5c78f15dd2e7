"""Writing text into a page: one PDF text object (BT … ET) per table or drawing, the font and
colour set only when they change, each line placed where it starts.

The plan's fonts are embedded TrueType subsets: ReportLab gives each character a code in a
subset of the font the first time the document uses it (``TTFont.splitString``). The pen asks
ReportLab for every character it has not met yet in this document and remembers the answer, so
a line whose characters it knows (nearly all of them, after the first pages) is encoded in one
``str.translate`` instead of character by character. The PDF is the same as ReportLab's own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont

#: what a character this document has not used yet becomes in a translation (never a code)
_UNKNOWN = "\uffff"
#: each byte of a subset, written inside a PDF string
_ESCAPED = [escapePDF(bytes([n])) for n in range(256)]


class _Codes(dict[int, str]):
    """Character → its escaped code in subset 0 of one font in one document."""

    def __missing__(self, key: int) -> str:
        return _UNKNOWN


class _Encoder:
    """One font at one size in one document: the characters' codes, the font operators."""

    def __init__(self, font_name: str, size: float, doc: Any, codes: dict[int, str]) -> None:
        self.font = getFont(font_name)
        self.size = fp_str(size)
        self.doc = doc
        self.codes = codes  # shared by the sizes of the font
        self.subset0 = self.operator(0)

    def operator(self, subset: int) -> str:
        return f"{self.font.getSubsetInternalName(subset, self.doc)} {self.size} Tf"

    def chunks(self, text: str) -> list[tuple[str, str]]:
        """``text`` as (font operator, escaped codes) per subset, new characters given their codes."""
        found = self.font.splitString(text, self.doc)
        position = 0
        for subset, data in found:
            if subset == 0:
                for offset, code in enumerate(data):
                    self.codes[ord(text[position + offset])] = _ESCAPED[code]
            position += len(data)
        return [(self.operator(subset), escapePDF(data)) for subset, data in found]


class Pen:
    """Collects the text of one table or drawing; ``close`` writes it onto the canvas."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        known = getattr(canvas, "kamdesk_text", None)
        if known is None or known[0] is not canvas._doc:  # codes belong to one document
            known = canvas.kamdesk_text = (canvas._doc, {}, {})
        self.doc = known[0]
        self.codes: dict[str, _Codes] = known[1]  # font → codes
        self.encoders: dict[tuple[str, float], _Encoder] = known[2]
        self.code: list[str] = []
        self.look: Any = None
        self.encoder: _Encoder | None = None
        self.font = ""  # the font operator in force ("" before the first)
        self.colour: colors.Color | None = None
        self.word_spacing = 0.0

    def line(self, x: float, y: float, runs: Iterable[tuple[str, Any]], word_spacing: float = 0.0) -> None:
        """Runs of (text, look) one after the other, starting at (x, y) on the baseline;
        ``word_spacing`` narrows (negative) every space of the line."""
        code = self.code
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        if word_spacing != self.word_spacing:
            code.append(f"{fp_str(word_spacing)} Tw")
            self.word_spacing = word_spacing
        for text, look in runs:
            if look is not self.look:
                self._take(look)
            encoder = self.encoder
            assert encoder is not None
            known = text.translate(encoder.codes)
            if _UNKNOWN not in known:
                if encoder.subset0 != self.font:
                    code.append(encoder.subset0)
                    self.font = encoder.subset0
                code.append(f"({known}) Tj")
                continue
            for font, data in encoder.chunks(text):
                if font != self.font:
                    code.append(font)
                    self.font = font
                code.append(f"({data}) Tj")

    def _take(self, look: Any) -> None:
        self.look = look
        if look.colour is not self.colour:
            colour = look.colour
            self.code.append(f"{fp_str(colour.red, colour.green, colour.blue)} rg")
            self.colour = colour
        encoder = self.encoders.get((look.font, look.size))
        if encoder is None:
            codes = self.codes.setdefault(look.font, _Codes())
            encoder = self.encoders[(look.font, look.size)] = _Encoder(look.font, look.size, self.doc, codes)
        self.encoder = encoder

    def close(self) -> None:
        if self.word_spacing:
            self.code.append("0 Tw")
            self.word_spacing = 0.0
        if self.code:
            self.canvas.addLiteral("BT " + " ".join(self.code) + " ET")
            self.code = []
        self.look = self.encoder = self.colour = None
        self.font = ""
