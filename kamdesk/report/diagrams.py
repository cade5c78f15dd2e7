"""Vector diagrams in the plan: a ``Sketch`` made from the domain geometry, scaled to the page —
on a landscape page if that keeps it readable, split across pages if even that does not — rather
than shrunk until nobody can read it.

Sections call ``diagram_flowables(sketch)``; the sketch's own coordinates have Y pointing up
(ReportLab's convention); a section converting Qt-style geometry flips it with ``flip_y`` once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from kamdesk.domain import i18n
from kamdesk.report import theme
from kamdesk.report.sketch import Sketch
from kamdesk.report.text_block import text

#: below this scale a diagram's labels get too small to read on paper
MIN_SCALE = 0.6
PORTRAIT_TEMPLATE = "portrait"
LANDSCAPE_TEMPLATE = "landscape"
CAPTION_SPACE = 28.0


def flip_y(y: float, height: float) -> float:
    """A Qt/scene y (down) as a ReportLab y (up) in a drawing of ``height``."""
    return height - y


class ScaledDrawing(Flowable):
    """``drawing`` drawn at ``scale`` (a vector copy: nothing is rasterised)."""

    def __init__(self, drawing: Sketch, scale: float) -> None:
        super().__init__()
        self.drawing, self.scale = drawing, scale
        self.width, self.height = drawing.width * scale, drawing.height * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        self.drawing.draw(self.canv)
        self.canv.restoreState()


class DrawingTile(Flowable):
    """One page-sized piece of a drawing too large for a single page."""

    def __init__(self, drawing: Sketch, scale: float, x0: float, y0: float, width: float, height: float) -> None:
        super().__init__()
        self.drawing, self.scale = drawing, scale
        self.x0, self.y0 = x0, y0  # the tile's lower-left corner in drawing coordinates
        self.width, self.height = width * scale, height * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(0, 0, self.width, self.height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.scale(self.scale, self.scale)
        canvas.translate(-self.x0, -self.y0)
        window = (self.x0, self.y0, self.x0 + self.width / self.scale, self.y0 + self.height / self.scale)
        self.drawing.draw(canvas, window)
        canvas.restoreState()
        canvas.setStrokeColor(theme.RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def fit_scale(drawing: Sketch, width: float, height: float) -> float:
    """The largest scale (at most 1) at which ``drawing`` fits ``width`` × ``height``."""
    if drawing.width <= 0 or drawing.height <= 0:
        return 1.0
    return min(1.0, width / drawing.width, height / drawing.height)


def diagram_flowables(
    drawing: Sketch, caption: str = "", *, min_scale: float = MIN_SCALE, after: str = PORTRAIT_TEMPLATE
) -> list[Flowable]:
    """The flowables that put ``drawing`` into the story, readable.

    1. fits the portrait frame at ``min_scale`` or more → scaled in place;
    2. fits a landscape page at ``min_scale`` or more → on a landscape page of its own;
    3. otherwise → split into landscape tiles at ``min_scale``, "part 1 of n" under each.
    """
    styles = theme.styles()
    caption_para = [text(caption, styles.muted)] if caption else []
    portrait_w, portrait_h = theme.frame_size(theme.PORTRAIT)
    scale = fit_scale(drawing, portrait_w, portrait_h - CAPTION_SPACE)
    if scale >= min_scale:
        return [ScaledDrawing(drawing, scale), *caption_para]
    land_w, land_h = theme.frame_size(theme.LANDSCAPE)
    land_h -= CAPTION_SPACE
    scale = fit_scale(drawing, land_w, land_h)
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE_TEMPLATE), PageBreak()]
    if scale >= min_scale:
        story += [ScaledDrawing(drawing, scale), *caption_para]
    else:
        story += _tiles(drawing, min_scale, land_w, land_h, caption)
    return [*story, NextPageTemplate(after), PageBreak()]


def diagram_pages(
    parts: Sequence[tuple[Sketch, str]], *, min_scale: float = MIN_SCALE, after: str = PORTRAIT_TEMPLATE
) -> list[Flowable]:
    """Drawings that belong together (the parts of one diagram too large for a page), each on a
    landscape page of its own with its caption — split into tiles only if a part is still too large."""
    styles = theme.styles()
    land_w, land_h = theme.frame_size(theme.LANDSCAPE)
    land_h -= CAPTION_SPACE
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE_TEMPLATE)]
    for drawing, caption in parts:
        story.append(PageBreak())
        scale = fit_scale(drawing, land_w, land_h)
        if scale >= min_scale:
            story += [ScaledDrawing(drawing, scale), text(caption, styles.muted)]
        else:
            story += _tiles(drawing, min_scale, land_w, land_h, caption)
    return [*story, NextPageTemplate(after), PageBreak()]


def _tiles(drawing: Sketch, scale: float, width: float, height: float, caption: str) -> list[Flowable]:
    columns = max(1, math.ceil(drawing.width * scale / width))
    rows = max(1, math.ceil(drawing.height * scale / height))
    # tiles of equal size (no page with a sliver of the drawing on it)
    tile_w, tile_h = drawing.width / columns, drawing.height / rows
    styles = theme.styles()
    story: list[Flowable] = []
    total = columns * rows
    for row in range(rows):  # top row first, as people read
        for column in range(columns):
            n = row * columns + column + 1
            y0 = drawing.height - (row + 1) * tile_h
            if story:
                story.append(PageBreak())
            story.append(DrawingTile(drawing, scale, column * tile_w, y0, tile_w, tile_h))
            label = i18n.translate("PlanPdf", "Part %1 of %2").replace("%1", str(n)).replace("%2", str(total))
            story.append(text(f"{caption} — {label}" if caption else label, styles.muted))
    return story
