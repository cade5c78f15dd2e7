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
    """One font's characters in one document."""

    def __init__(self, font_name: str, doc: Any) -> None:
        self.font = getFont(font_name)
        self.doc = doc
        self.codes = _Codes()
        self.names: dict[int, str] = {}

    def name(self, subset: int) -> str:
        found = self.names.get(subset)
        if found is None:
            found = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return found

    def chunks(self, text: str) -> list[tuple[int, str]]:
        """``text`` as (subset, escaped codes) — one chunk unless it needs characters of later subsets."""
        known = text.translate(self.codes)
        if _UNKNOWN not in known:
            return [(0, known)]
        found = self.font.splitString(text, self.doc)  # gives new characters their codes
        position = 0
        for subset, data in found:
            if subset == 0:
                for offset, code in enumerate(data):
                    self.codes[ord(text[position + offset])] = _ESCAPED[code]
            position += len(data)
        return [(subset, escapePDF(data)) for subset, data in found]


class Pen:
    """Collects the text of one table or drawing; ``close`` writes it onto the canvas."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        encoders = getattr(canvas, "kamdesk_encoders", None)
        if encoders is None or encoders[0] is not canvas._doc:
            encoders = canvas.kamdesk_encoders = (canvas._doc, {})
        self.encoders: dict[str, _Encoder] = encoders[1]
        self.code: list[str] = []
        self.font: tuple[str, float] | None = None
        self.colour: colors.Color | None = None

    def line(self, x: float, y: float, runs: Iterable[tuple[str, Any]]) -> None:
        """Runs of (text, look) one after the other, starting at (x, y) on the baseline."""
        code = self.code
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for text, look in runs:
            if look.colour is not self.colour:
                colour = look.colour
                code.append(f"{fp_str(colour.red, colour.green, colour.blue)} rg")
                self.colour = colour
            encoder = self.encoders.get(look.font)
            if encoder is None:
                encoder = self.encoders[look.font] = _Encoder(look.font, self.canvas._doc)
            for subset, data in encoder.chunks(text):
                font = (encoder.name(subset), look.size)
                if font != self.font:
                    code.append(f"{font[0]} {fp_str(look.size)} Tf")
                    self.font = font
                code.append(f"({data}) Tj")

    def close(self) -> None:
        if self.code:
            self.canvas.addLiteral("BT " + " ".join(self.code) + " ET")
            self.code = []
        self.font = self.colour = None
