"""A procurement map as vector drawings (``Sketch``es), from the same geometry the editor draws
(``domain.procurement.geometry``: node outlines, ports, orthogonal routes with arrow and label
spot, lane bands), in the editor's colours. Node kinds differ in shape too (circles, diamonds,
an arrow for the order, a title bar for approvals and systems), so the map reads in greyscale.

A map too wide for a page at a readable scale is cut into parts at gaps between the nodes (no
box is ever cut in two); each part repeats the lane headers, and lines leaving it are clipped at
its edge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.domain import i18n
from kamdesk.domain.procurement import geometry
from kamdesk.domain.procurement.geometry import LANE_HEADER, MapGeometry, NodeShape, Point
from kamdesk.domain.procurement.model import (
    Node,
    NodeKind,
    ProcurementMap,
    branch_text,
    format_amount,
    lane_title,
    node_caption,
)
from kamdesk.domain.procurement.palette import LANE_FILLS as LANE_HEX
from kamdesk.domain.procurement.palette import NODE_STYLE
from kamdesk.report import theme
from kamdesk.report.drawing_text import fit, label, wrap
from kamdesk.report.sketch import Paint, Path, Sketch

HEX = colors.HexColor
Flip = Callable[[float], float]  # a diagram y (down) as a drawing y (up)
INK, MUTED, EDGE = HEX("#1f2937"), HEX("#6b7280"), HEX("#4b5563")
#: fill, border, title bar per kind: the screen's colours
_STYLE = {kind: (HEX(fill), HEX(border), HEX(bar) if bar else None) for kind, (fill, border, bar) in NODE_STYLE.items()}
LANE_PAINTS = tuple(Paint(fill=HEX(c)) for c in LANE_HEX)
LANE_LINE, LANE_HEAD = HEX("#cbd5e1"), HEX("#e2e8f0")
EDGE_LINE, EDGE_ARROW = Paint(stroke=EDGE, width=1.5, join=1), Paint(fill=EDGE, stroke=EDGE, width=0.5)
CAPTION, SMALL, BAR = 12.0, 9.5, 14.0
#: maps print at a little less than other diagrams (their text is larger): five lanes fit a page
MIN_SCALE = 0.55
#: the scale a part aims for when a map is cut (a little above the readable minimum)
COMFORT = 0.7


@dataclass(frozen=True)
class MapPart:
    """The stretch ``x0``–``x1`` of a map (diagram units), drawn with the lane headers."""

    x0: float
    x1: float


def parts(pmap: ProcurementMap, geo: MapGeometry, width: float, height: float, min_scale: float) -> list[MapPart]:
    """The map as one part if it fits ``width`` × ``height`` at ``min_scale`` or more, else
    as parts cut at gaps between the nodes, each fitting at about ``COMFORT`` scale."""
    start = LANE_HEADER if geo.lanes else geo.bounds.x
    right = geo.bounds.right
    head = LANE_HEADER if geo.lanes else 0.0
    tall = geo.bounds.bottom - min(0.0, geo.bounds.y)
    scale = min(1.0, height / tall) if tall else 1.0
    if min(scale, width / (right - start + head)) >= min_scale:
        return [MapPart(start, right)]
    room = width / max(min_scale, min(COMFORT, scale)) - head
    node_boxes = sorted(_extent(shape) for shape in geo.nodes.values())
    boxes = list(node_boxes)
    nodes = {node.id: node for node in pmap.nodes}
    for edge in pmap.edges:  # an edge's label is not cut either
        route, text = geo.edges.get(edge.id), branch_text(edge, nodes.get(edge.source_id))
        if route is not None and text:
            half = stringWidth(fit(text, theme.FONT, SMALL, 150), theme.FONT, SMALL) / 2 + 8
            boxes.append((route.label_at[0] - half, route.label_at[0] + half))
    boxes.sort()
    found: list[MapPart] = []
    x0 = start
    while right - x0 > room:
        # a gap between nodes and labels, else between nodes only, in the right part of the room
        cut = _gap_before(boxes, x0 + 0.6 * room, x0 + room) or _gap_before(node_boxes, x0 + 0.6 * room, x0 + room)
        cut = cut or x0 + room
        found.append(MapPart(x0, cut))
        x0 = cut
    found.append(MapPart(x0, right))
    return found


def _extent(shape: NodeShape) -> tuple[float, float]:
    box = shape.rect.united(shape.text_box)
    return box.x - 6, box.right + 6


def _gap_before(boxes: Sequence[tuple[float, float]], low: float, high: float) -> float | None:
    """The rightmost x in [low, high] that cuts none of ``boxes`` (None if there is none)."""
    candidates = sorted({b for _a, b in boxes if low <= b <= high} | {high}, reverse=True)
    return next((x for x in candidates if not any(a < x < b for a, b in boxes)), None)


def draw_map(pmap: ProcurementMap, geo: MapGeometry, part: MapPart) -> Sketch:
    theme.register_fonts()
    head = LANE_HEADER if geo.lanes else 0.0
    top = min(0.0, geo.bounds.y)
    height = geo.bounds.bottom - top + 4
    width = head + part.x1 - part.x0
    sketch = Sketch(width, height)

    def y(value: float) -> float:
        return height - (value - top)

    lanes = {lane.id: lane for lane in pmap.lanes}
    for n, band in enumerate(geo.lanes):
        r = band.rect
        sketch.rect(0, y(r.bottom), width, r.h, LANE_PAINTS[n % 2])
        sketch.rect(0, y(r.bottom), width, 0.8, Paint(fill=LANE_LINE))
        sketch.rect(0, y(r.bottom), head, r.h, Paint(fill=LANE_HEAD, stroke=LANE_LINE, width=0.8))
        lane = lanes.get(band.lane_id)
        title = lane_title(lane) if lane else ""
        lines = wrap(title, theme.BOLD, 10.5, r.h - 10, 2)
        turned = sketch.group((0, 1, -1, 0, head / 2, y(r.y + r.h / 2)))
        for k, line in enumerate(lines):
            offset = (k - (len(lines) - 1) / 2) * 12.0 + 3.5
            turned.add(label(0, -offset, line, 10.5, bold=True, colour=INK, anchor="middle"))
    shift = (1.0, 0.0, 0.0, 1.0, head - part.x0, 0.0)
    content = sketch.group(clip=(head, 0, width - head, height)).group(shift)
    nodes = {node.id: node for node in pmap.nodes}
    labels: list[tuple[Point, str]] = []  # drawn unclipped, once, inside the part
    for edge in pmap.edges:
        route = geo.edges.get(edge.id)
        if route is not None and _visible(route.points, part):
            _edge(content, route, y)
            text = branch_text(edge, nodes.get(edge.source_id))
            if text and part.x0 <= route.label_at[0] < part.x1:
                labels.append((route.label_at, text))
    for node in pmap.nodes:
        shape = geo.nodes[node.id]
        if part.x0 - 1 <= shape.rect.center[0] <= part.x1 + 1:
            _node(content, node, shape, y)
    unclipped = sketch.group(shift)
    for at, text in labels:
        _edge_label(unclipped, at, text, part, y)
    return sketch


def _visible(points: Sequence[Point], part: MapPart) -> bool:
    xs = [p[0] for p in points]
    return max(xs) >= part.x0 and min(xs) <= part.x1


def _edge(sketch: Sketch, route: geometry.EdgeRoute, y: Flip) -> None:
    (x0, y0), *rest = route.points
    ops = [("moveTo", (x0, y(y0)))] + [("lineTo", (px, y(py))) for px, py in rest]
    sketch.add(Path(tuple(ops), EDGE_LINE))
    sketch.polygon([v for px, py in route.arrow for v in (px, y(py))], EDGE_ARROW)


def _edge_label(sketch: Sketch, at: Point, text: str, part: MapPart, y: Flip) -> None:
    """A label on a white ground, moved along its line to stay inside the part."""
    text = fit(text, theme.FONT, SMALL, 150)
    w = stringWidth(text, theme.FONT, SMALL) + 8
    cx = min(max(at[0], part.x0 + w / 2 + 2), part.x1 - w / 2 - 2)
    cy = y(at[1])
    sketch.rect(cx - w / 2, cy - 6.5, w, 13, Paint(fill=colors.white), radius=3)
    sketch.add(label(cx, cy - 3.2, text, SMALL, colour=INK, anchor="middle"))


def _node(sketch: Sketch, node: Node, shape: NodeShape, y: Flip) -> None:
    fill, border, bar = _STYLE[node.kind]
    points = [v for px, py in shape.outline for v in (px, y(py))]
    width = 3.0 if node.kind is NodeKind.END else 1.6
    sketch.polygon(points, Paint(fill=fill, stroke=border, width=width, join=1))
    r = shape.rect
    if bar is not None:
        clipped = _clip_above(shape.outline, r.y + BAR)
        sketch.polygon([v for px, py in clipped for v in (px, y(py))], Paint(fill=bar))
        sketch.polygon(points, Paint(stroke=border, width=width, join=1))
        badge = _badge(node)
        sketch.add(label(r.x + 7, y(r.y + 10.5), fit(badge, theme.FONT, 8.0, r.w - 14), 8.0, colour=border))
    box = shape.text_box
    caption = node_caption(node)
    events = node.kind in (NodeKind.START, NodeKind.END)
    lines = wrap(caption, theme.FONT, CAPTION, box.w, max(1, int((box.h + 2) // (CAPTION + 2))))
    step = CAPTION + 2
    first = box.y + CAPTION if events else box.y + box.h / 2 - (len(lines) * step) / 2 + CAPTION - 1.5
    for k, line in enumerate(lines):
        sketch.add(label(box.x + box.w / 2, y(first + k * step), line, CAPTION, colour=INK, anchor="middle"))
    if node.role_holder:
        below = box.y + CAPTION + step * len(lines) if events else r.bottom + 11
        holder = fit(node.role_holder, theme.ITALIC, SMALL, r.w + 40)
        sketch.add(label(r.x + r.w / 2, y(below), holder, SMALL, italic=True, colour=MUTED, anchor="middle"))


def _badge(node: Node) -> str:
    if node.kind is NodeKind.APPROVAL:
        text = i18n.translate("PlanPdf", "Approval")
        if node.approval_limit is not None:
            text += " ≤ " + format_amount(node.approval_limit)
        return text
    return i18n.translate("PlanPdf", "System")


def _clip_above(outline: Sequence[Point], limit: float) -> list[Point]:
    """The part of a convex outline with y ≤ ``limit`` (Sutherland–Hodgman against one edge)."""
    result: list[Point] = []
    count = len(outline)
    for n in range(count):
        current, following = outline[n], outline[(n + 1) % count]
        inside_a, inside_b = current[1] <= limit, following[1] <= limit
        if inside_a:
            result.append(current)
        if inside_a != inside_b:
            t = (limit - current[1]) / (following[1] - current[1])
            result.append((current[0] + t * (following[0] - current[0]), limit))
    return result
