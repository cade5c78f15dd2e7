"""Where new nodes go (never on top of another) and the "tidy layout" command.

Both are pure: they return positions; the editor turns them into one undoable change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kamdesk.domain.procurement.geometry import (
    GRID,
    LANE_DEFAULT,
    LANE_HEADER,
    Point,
    Rect,
    diagram_width,
    lane_bands,
    node_rect,
    shape_at,
    snap,
)
from kamdesk.domain.procurement.model import Lane, Node, NodeKind, ProcurementMap

GAP = 24.0
COLUMN = 200.0
ROW = 100.0
FIRST_X = LANE_HEADER + 100.0


def occupied(nodes: Iterable[Node], ignore: Iterable[str] = ()) -> list[Rect]:
    skip = set(ignore)
    found = []
    for n in nodes:
        if n.id in skip:
            continue
        shape = shape_at(n.id, n.kind, n.x, n.y)
        found.append(shape.rect.united(shape.text_box) if n.kind in (NodeKind.START, NodeKind.END) else shape.rect)
    return found


def is_free(kind: NodeKind, x: float, y: float, taken: list[Rect]) -> bool:
    shape = shape_at("", kind, x, y)
    box = shape.rect.united(shape.text_box) if kind in (NodeKind.START, NodeKind.END) else shape.rect
    box = box.adjusted(GAP / 2)
    return not any(box.intersects(r) for r in taken)


def free_position(pmap: ProcurementMap, kind: NodeKind, near: Point, ignore: Iterable[str] = ()) -> Point:
    """The grid spot nearest to ``near`` (first to the right, in the same lane) where a ``kind``
    node overlaps nothing."""
    taken = occupied(pmap.nodes, ignore)
    x0, y0 = snap(max(near[0], LANE_HEADER + node_rect(kind, 0, 0).w / 2 + GRID)), snap(near[1])
    for step in range(0, 600):
        x = x0 + step * GRID
        if is_free(kind, x, y0, taken):
            return (x, y0)
    for ring in range(1, 60):  # pragma: no cover - a very full row: spiral outwards
        for dx in range(-ring, ring + 1):
            for dy in (-ring, ring):
                x, y = x0 + dx * GRID * 4, y0 + dy * GRID * 3
                if x > LANE_HEADER and is_free(kind, x, y, taken):
                    return (x, y)
    return (x0, y0)  # pragma: no cover


def next_spot(pmap: ProcurementMap, kind: NodeKind, lane_id: str | None) -> Point:
    """Where the palette's "add" puts a node: right of what the lane already holds."""
    bands = {b.lane_id: b for b in lane_bands(pmap.lanes, diagram_width(pmap.nodes))}
    band = bands.get(lane_id or "")
    y = band.rect.center[1] if band else (pmap.nodes[-1].y if pmap.nodes else 120.0)
    in_row = [n for n in pmap.nodes if (n.lane_id == lane_id if band else abs(n.y - y) < ROW / 2)]
    x = max((node_rect(n.kind, n.x, n.y).right for n in in_row), default=FIRST_X - 80) + 80
    return free_position(pmap, kind, (x, y))


def _ranks(pmap: ProcurementMap) -> dict[str, int]:
    """Longest-path layers from the start nodes, ignoring edges that close a loop."""
    succ: dict[str, list[str]] = defaultdict(list)
    for e in pmap.edges:
        succ[e.source_id].append(e.target_id)
    order = {n.id: i for i, n in enumerate(sorted(pmap.nodes, key=lambda n: (n.x, n.y, n.id)))}
    roots = [n.id for n in pmap.nodes if n.kind is NodeKind.START] or [
        n.id for n in pmap.nodes if not pmap.incoming(n.id)
    ]
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}

    def visit(start: str) -> None:  # iterative DFS: find edges that point back up the stack
        stack = [(start, iter(sorted(succ[start], key=order.__getitem__)))]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                back.add((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(succ[child], key=order.__getitem__))))

    for root in sorted(roots, key=order.__getitem__):
        if root not in state:
            visit(root)
    for n in sorted(pmap.nodes, key=lambda n: order[n.id]):
        if n.id not in state:
            visit(n.id)
    rank = {n.id: 0 for n in pmap.nodes}
    forward = [(e.source_id, e.target_id) for e in pmap.edges if (e.source_id, e.target_id) not in back]
    for _ in range(len(pmap.nodes)):
        changed = False
        for s, t in forward:
            if rank[t] < rank[s] + 1:
                rank[t] = rank[s] + 1
                changed = True
        if not changed:
            break
    return rank


def tidy(pmap: ProcurementMap) -> tuple[dict[str, Point], dict[str, float]]:
    """A clean left-to-right layout: columns by flow order, rows by lane.

    Returns new node centres and new lane heights (only those that change).
    """
    rank = _ranks(pmap)
    lanes = pmap.sorted_lanes()
    lane_of = {n.id: (n.lane_id if pmap.lane(n.lane_id) else (lanes[0].id if lanes else None)) for n in pmap.nodes}
    cells: dict[tuple[str | None, int], list[Node]] = defaultdict(list)
    for n in sorted(pmap.nodes, key=lambda n: (n.y, n.x, n.id)):
        cells[(lane_of[n.id], rank[n.id])].append(n)
    depth: dict[str | None, int] = defaultdict(lambda: 1)
    for (lane_id, _r), members in cells.items():
        depth[lane_id] = max(depth[lane_id], len(members))
    sizes = {la.id: max(LANE_DEFAULT, depth[la.id] * ROW + 50.0) for la in lanes}
    resized = [Lane(la.id, la.name, la.role, la.position, sizes[la.id]) for la in lanes]
    bands = {b.lane_id: b for b in lane_bands(resized, diagram_width(pmap.nodes))}
    positions: dict[str, Point] = {}
    for (lane_id, r), members in cells.items():
        band = bands.get(lane_id) if lane_id else None
        centre = band.rect.center[1] if band else 120.0 + (depth[None] - 1) * ROW / 2
        first = centre - (len(members) - 1) * ROW / 2
        for i, n in enumerate(members):
            positions[n.id] = (snap(FIRST_X + r * COLUMN), snap(first + i * ROW))
    changed_sizes = {la.id: sizes[la.id] for la in lanes if abs(sizes[la.id] - la.size) > 0.5}
    moved = {k: v for k, v in positions.items() if (pmap.node(k).x, pmap.node(k).y) != v}  # type: ignore[union-attr]
    return moved, changed_sizes
