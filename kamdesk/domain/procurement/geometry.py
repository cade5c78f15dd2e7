"""Shapes, ports, edge routes and lane bands of a procurement map — computed once, drawn twice.

The Qt scene and the PDF (ReportLab) both draw from these numbers, so they cannot disagree.
Coordinates are diagram units with y growing downwards (ReportLab flips y in one place).
Outlines are polygons (curves already flattened), so a renderer only needs "draw polygon",
"draw polyline" and "draw text in a box".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from kamdesk.domain.procurement.model import Edge, Lane, Node, NodeKind, ProcurementMap

GRID = 20.0
LANE_HEADER = 40.0
LANE_MIN = 100.0
LANE_DEFAULT = 160.0
MIN_WIDTH = 1200.0
MARGIN = 80.0
ARROW = 10.0
STUB = 18.0  # how far an edge leaves a port straight before turning

SIZES: dict[NodeKind, tuple[float, float]] = {
    NodeKind.START: (44.0, 44.0),
    NodeKind.END: (44.0, 44.0),
    NodeKind.STEP: (160.0, 64.0),
    NodeKind.APPROVAL: (160.0, 64.0),
    NodeKind.SYSTEM: (160.0, 64.0),
    NodeKind.ORDER: (160.0, 64.0),
    NodeKind.DECISION: (150.0, 84.0),
}

Point = tuple[float, float]


class Side(Enum):
    TOP = "top"
    RIGHT = "right"
    BOTTOM = "bottom"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def adjusted(self, d: float) -> Rect:
        return Rect(self.x - d, self.y - d, self.w + 2 * d, self.h + 2 * d)

    def intersects(self, other: Rect) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def contains(self, p: Point) -> bool:
        return self.x <= p[0] <= self.right and self.y <= p[1] <= self.bottom

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True, slots=True)
class NodeShape:
    node_id: str
    kind: NodeKind
    rect: Rect
    outline: tuple[Point, ...]  # closed polygon
    text_box: Rect  # where the caption goes
    ports: Mapping[Side, Point]


@dataclass(frozen=True, slots=True)
class EdgeRoute:
    edge_id: str
    points: tuple[Point, ...]  # polyline from source port to the arrow tip
    arrow: tuple[Point, Point, Point]
    label_at: Point  # centre of the label


@dataclass(frozen=True, slots=True)
class LaneBand:
    lane_id: str
    rect: Rect  # the whole band, header included
    header: Rect


@dataclass(frozen=True, slots=True)
class MapGeometry:
    nodes: Mapping[str, NodeShape]
    edges: Mapping[str, EdgeRoute]
    lanes: tuple[LaneBand, ...]
    bounds: Rect


# -- nodes -----------------------------------------------------------------------------------


def node_rect(kind: NodeKind, x: float, y: float) -> Rect:
    w, h = SIZES[kind]
    return Rect(x - w / 2, y - h / 2, w, h)


def node_shape(node: Node) -> NodeShape:
    return shape_at(node.id, node.kind, node.x, node.y)


def shape_at(node_id: str, kind: NodeKind, x: float, y: float) -> NodeShape:
    r = node_rect(kind, x, y)
    cx, cy = r.center
    if kind in (NodeKind.START, NodeKind.END):
        outline = _ellipse(cx, cy, r.w / 2, r.h / 2)
        text = Rect(cx - 60, r.bottom + 4, 120, 34)  # events carry their label underneath
    elif kind is NodeKind.DECISION:
        outline = ((cx, r.y), (r.right, cy), (cx, r.bottom), (r.x, cy))
        text = Rect(r.x + r.w * 0.2, r.y + r.h * 0.2, r.w * 0.6, r.h * 0.6)
    elif kind is NodeKind.ORDER:  # an arrow pointing onwards: the order leaves the house
        tip = 16.0
        outline = ((r.x, r.y), (r.right - tip, r.y), (r.right, cy), (r.right - tip, r.bottom), (r.x, r.bottom))
        text = Rect(r.x + 8, r.y + 4, r.w - tip - 12, r.h - 8)
    elif kind is NodeKind.SYSTEM:  # a screen-like box with a title bar
        outline = _rounded(r, 4.0)
        text = Rect(r.x + 8, r.y + 14, r.w - 16, r.h - 18)
    else:
        outline = _rounded(r, 10.0)
        top = 14.0 if kind is NodeKind.APPROVAL else 4.0
        text = Rect(r.x + 8, r.y + top, r.w - 16, r.h - top - 4)
    ports = {
        Side.TOP: (cx, r.y),
        Side.RIGHT: (r.right, cy),
        Side.BOTTOM: (cx, r.bottom),
        Side.LEFT: (r.x, cy),
    }
    return NodeShape(node_id, kind, r, outline, text, ports)


def _ellipse(cx: float, cy: float, rx: float, ry: float, steps: int = 40) -> tuple[Point, ...]:
    return tuple(
        (cx + rx * math.cos(2 * math.pi * i / steps), cy + ry * math.sin(2 * math.pi * i / steps)) for i in range(steps)
    )


def _rounded(r: Rect, radius: float, steps: int = 5) -> tuple[Point, ...]:
    points: list[Point] = []
    corners = (
        (r.right - radius, r.y + radius, -90.0),
        (r.right - radius, r.bottom - radius, 0.0),
        (r.x + radius, r.bottom - radius, 90.0),
        (r.x + radius, r.y + radius, 180.0),
    )
    for cx, cy, start in corners:
        for i in range(steps + 1):
            a = math.radians(start + 90.0 * i / steps)
            points.append((cx + radius * math.cos(a), cy + radius * math.sin(a)))
    return tuple(points)


# -- edges -----------------------------------------------------------------------------------


def sides_between(a: Rect, b: Rect) -> tuple[Side, Side]:
    """Which port of ``a`` an edge leaves by and which port of ``b`` it enters."""
    dy = b.center[1] - a.center[1]
    if b.x >= a.right + 2 * STUB:
        return Side.RIGHT, Side.LEFT
    if b.right <= a.x - 2 * STUB and abs(dy) < (a.h + b.h) / 2:
        return Side.BOTTOM, Side.BOTTOM  # a step back in the same row: loop underneath
    if b.right <= a.x - 2 * STUB:
        return (Side.BOTTOM, Side.RIGHT) if dy > 0 else (Side.TOP, Side.RIGHT)
    if dy >= 0:
        return Side.BOTTOM, Side.TOP
    return Side.TOP, Side.BOTTOM


def route(edge_id: str, source: NodeShape, target: NodeShape) -> EdgeRoute:
    """An orthogonal route from ``source`` to ``target`` with an arrow head and a label spot."""
    out_side, in_side = sides_between(source.rect, target.rect)
    p1, p2 = source.ports[out_side], target.ports[in_side]
    a, b = _step(p1, out_side, STUB), _step(p2, in_side, STUB)
    middle: list[Point]
    horizontal_out = out_side in (Side.LEFT, Side.RIGHT)
    horizontal_in = in_side in (Side.LEFT, Side.RIGHT)
    if out_side is Side.BOTTOM and in_side is Side.BOTTOM:
        low = max(source.rect.bottom, target.rect.bottom) + 2 * STUB
        middle = [(a[0], low), (b[0], low)]
    elif horizontal_out and horizontal_in:
        mid = (a[0] + b[0]) / 2
        middle = [(mid, a[1]), (mid, b[1])]
    elif not horizontal_out and not horizontal_in:
        mid = (a[1] + b[1]) / 2
        middle = [(a[0], mid), (b[0], mid)]
    elif horizontal_out:
        middle = [(b[0], a[1])]
    else:
        middle = [(a[0], b[1])]
    points = _simplify([p1, a, *middle, b, p2])
    return EdgeRoute(edge_id, points, _arrow(points[-2], points[-1]), _label_spot(points))


def _step(p: Point, side: Side, d: float) -> Point:
    return {
        Side.TOP: (p[0], p[1] - d),
        Side.BOTTOM: (p[0], p[1] + d),
        Side.LEFT: (p[0] - d, p[1]),
        Side.RIGHT: (p[0] + d, p[1]),
    }[side]


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and points in the middle of a straight run."""
    kept: list[Point] = []
    for p in points:
        if kept and abs(kept[-1][0] - p[0]) < 0.01 and abs(kept[-1][1] - p[1]) < 0.01:
            continue
        kept.append(p)
    out: list[Point] = []
    for p in kept:
        if len(out) >= 2:
            (x0, y0), (x1, y1) = out[-2], out[-1]
            if abs((x1 - x0) * (p[1] - y0) - (y1 - y0) * (p[0] - x0)) < 0.01:
                out[-1] = p
                continue
        out.append(p)
    if len(out) == 1:
        out.append(out[0])
    return tuple(out)


def _arrow(before: Point, tip: Point) -> tuple[Point, Point, Point]:
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    left = (tip[0] - ARROW * math.cos(angle - 0.45), tip[1] - ARROW * math.sin(angle - 0.45))
    right = (tip[0] - ARROW * math.cos(angle + 0.45), tip[1] - ARROW * math.sin(angle + 0.45))
    return (left, tip, right)


def _label_spot(points: tuple[Point, ...]) -> Point:
    """Near the start of the route (where a decision's yes/no belongs), on its longest early run."""
    best, best_len = (points[0], points[-1]), -1.0
    for p, q in zip(points[:-1], points[1:3] if len(points) > 3 else points[1:], strict=False):
        length = abs(q[0] - p[0]) + abs(q[1] - p[1])
        if length > best_len:
            best, best_len = (p, q), length
    (x0, y0), (x1, y1) = best
    return ((x0 + x1) / 2, (y0 + y1) / 2)


# -- lanes -----------------------------------------------------------------------------------


def lane_bands(lanes: Iterable[Lane], width: float) -> tuple[LaneBand, ...]:
    """Lanes stacked from y = 0 downwards in their order, each as tall as its ``size``."""
    bands = []
    y = 0.0
    for lane in sorted(lanes, key=lambda la: (la.position, la.id)):
        h = max(LANE_MIN, lane.size)
        bands.append(LaneBand(lane.id, Rect(0.0, y, width, h), Rect(0.0, y, LANE_HEADER, h)))
        y += h
    return tuple(bands)


def lane_at(bands: Iterable[LaneBand], y: float) -> str | None:
    """The lane whose band holds height ``y`` (above the first: the first; below the last: the last)."""
    ordered = list(bands)
    if not ordered:
        return None
    for band in ordered:
        if band.rect.y <= y < band.rect.bottom:
            return band.lane_id
    return ordered[0].lane_id if y < ordered[0].rect.y else ordered[-1].lane_id


def diagram_width(nodes: Iterable[Node]) -> float:
    right = max((node_rect(n.kind, n.x, n.y).right for n in nodes), default=0.0)
    return max(MIN_WIDTH, right + MARGIN)


# -- the whole map ---------------------------------------------------------------------------


def compute(pmap: ProcurementMap) -> MapGeometry:
    shapes = {n.id: node_shape(n) for n in pmap.nodes}
    routes = {e.id: route(e.id, shapes[e.source_id], shapes[e.target_id]) for e in pmap.edges if _drawable(e, shapes)}
    bands = lane_bands(pmap.lanes, diagram_width(pmap.nodes))
    return MapGeometry(shapes, routes, bands, bounds(shapes.values(), routes.values(), bands))


def _drawable(edge: Edge, shapes: Mapping[str, NodeShape]) -> bool:
    return edge.source_id in shapes and edge.target_id in shapes


def bounds(shapes: Iterable[NodeShape], routes: Iterable[EdgeRoute], bands: Iterable[LaneBand]) -> Rect:
    box: Rect | None = None
    for shape in shapes:
        r = shape.rect.united(shape.text_box)
        box = r if box is None else box.united(r)
    for edge in routes:
        for x, y in edge.points:
            p = Rect(x, y, 0, 0)
            box = p if box is None else box.united(p)
    for band in bands:
        box = band.rect if box is None else box.united(band.rect)
    return box or Rect(0, 0, MIN_WIDTH, LANE_DEFAULT)


def snap(value: float, grid: float = GRID) -> float:
    return round(value / grid) * grid
