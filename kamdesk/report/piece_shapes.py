"""The chess pieces for the PDF: ``domain.piece_glyphs`` as PDF paths (quadratics and ellipses
as cubics), filled by side as on the screen — white, grey or black, always outlined, so the side
reads without colour. Each piece in each look is a form, painted once per document."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.pdfgen.canvas import FILL_NON_ZERO

from kamdesk.domain.board import PieceType, Side
from kamdesk.domain.piece_glyphs import GLYPHS, Command
from kamdesk.report.sketch import Form, Paint, Path, Sketch

HEX = colors.HexColor
WHITE, MUTED = colors.white, HEX("#6b7280")
SIDE_FILL = {Side.ALLY: HEX("#ffffff"), Side.NEUTRAL: HEX("#a3a9b3"), Side.OPPONENT: HEX("#23272e")}
SIDE_EDGE = {Side.ALLY: HEX("#2b2f36"), Side.NEUTRAL: HEX("#4b5563"), Side.OPPONENT: HEX("#000000")}
SIDE_DETAIL = {Side.ALLY: HEX("#2b2f36"), Side.NEUTRAL: HEX("#f3f4f6"), Side.OPPONENT: HEX("#e5e7eb")}


@cache
def _glyph_ops(piece: PieceType, details: bool) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """The glyph's commands as ReportLab path operations (quadratics and ellipses as cubics)."""
    glyph = GLYPHS[piece]
    return tuple(_ops(glyph.details if details else glyph.outline))


def _ops(commands: Sequence[Command]) -> list[tuple[str, tuple[float, ...]]]:
    ops: list[tuple[str, tuple[float, ...]]] = []
    x = y = 0.0
    kappa = 0.5522847498
    for command in commands:
        op, *raw = command
        v = [float(n) for n in raw]
        if op == "M":
            x, y = v
            ops.append(("moveTo", (x, y)))
        elif op == "L":
            x, y = v
            ops.append(("lineTo", (x, y)))
        elif op == "Q":
            cx, cy, ex, ey = v
            c1 = (x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y))
            c2 = (ex + 2 / 3 * (cx - ex), ey + 2 / 3 * (cy - ey))
            ops.append(("curveTo", (*c1, *c2, ex, ey)))
            x, y = ex, ey
        elif op == "C":
            ops.append(("curveTo", tuple(v)))
            x, y = v[4], v[5]
        elif op == "Z":
            ops.append(("closePath", ()))
        elif op == "E":
            cx, cy, rx, ry = v
            kx, ky = rx * kappa, ry * kappa
            ops.append(("moveTo", (cx + rx, cy)))
            ops.append(("curveTo", (cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)))
            ops.append(("curveTo", (cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)))
            ops.append(("curveTo", (cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)))
            ops.append(("curveTo", (cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)))
            ops.append(("closePath", ()))
            x, y = cx + rx, cy
    return ops


@cache
def piece_shapes(piece: PieceType, side: Side | None, placeholder: bool = False) -> tuple[Path, ...]:
    """The glyph of ``piece`` in a 100×100 box (y down): the filled outline and its details.
    ``side`` None is the neutral figure of the legend."""
    if placeholder:
        paint = Paint(fill=WHITE, stroke=MUTED, width=3.2, dash=(9, 6), join=1)
        return (Path(_glyph_ops(piece, False), paint, FILL_NON_ZERO),)
    side = side or Side.ALLY
    outline = Paint(fill=SIDE_FILL[side], stroke=SIDE_EDGE[side], width=3.4, join=1)
    details = Paint(stroke=SIDE_DETAIL[side], width=3.0, cap=1)
    return Path(_glyph_ops(piece, False), outline, FILL_NON_ZERO), Path(_glyph_ops(piece, True), details, FILL_NON_ZERO)


@cache
def piece_form(piece: PieceType, side: Side | None, placeholder: bool = False) -> Form:
    """The glyph as a form: painted once per document, placed wherever the piece appears."""
    sketch = Sketch(100, 100)
    for shape in piece_shapes(piece, side, placeholder):
        sketch.add(shape)
    look = "placeholder" if placeholder else (side or Side.ALLY).value
    return Form(f"kamdesk_piece_{piece.value}_{look}", (-10, -10, 110, 110), sketch.draw)


def glyph(
    sketch: Sketch, piece: PieceType, side: Side | None, x: float, y: float, size: float, placeholder: bool = False
) -> None:
    """The piece with its 100×100 box's top-left corner at (x, y) in ReportLab coordinates (y
    up): the box is drawn downwards from there, ``size`` wide and tall."""
    s = size / 100
    sketch.place(piece_form(piece, side, placeholder), (s, 0, 0, -s, x, y))
