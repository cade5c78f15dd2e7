"""The shared geometry: shapes, ports, orthogonal routes, lanes, placement and tidy layout."""

from dataclasses import replace

from kamdesk.domain.procurement import geometry, layout, templates
from kamdesk.domain.procurement.geometry import Side
from kamdesk.domain.procurement.model import Node, NodeKind


def test_ports_sit_on_the_outline_centres() -> None:
    shape = geometry.shape_at("a", NodeKind.DECISION, 100, 50)
    w, h = geometry.SIZES[NodeKind.DECISION]
    assert shape.ports[Side.LEFT] == (100 - w / 2, 50) and shape.ports[Side.TOP] == (100, 50 - h / 2)
    assert len(shape.outline) == 4


def test_routes_are_orthogonal_and_end_on_the_target_port() -> None:
    a = geometry.shape_at("a", NodeKind.STEP, 100, 100)
    for target_at in ((500, 100), (500, 400), (100, 400), (-300, 100), (-300, 400), (200, -300)):
        b = geometry.shape_at("b", NodeKind.STEP, *target_at)
        route = geometry.route("e", a, b)
        assert route.points[0] in a.ports.values()
        assert route.points[-1] in b.ports.values()
        for (x0, y0), (x1, y1) in zip(route.points, route.points[1:], strict=False):
            assert x0 == x1 or y0 == y1, (target_at, route.points)
        assert route.arrow[1] == route.points[-1]


def test_lane_bands_stack_and_lane_at_finds_them() -> None:
    pmap = templates.free_choice()
    g = geometry.compute(pmap)
    assert [b.rect.y for b in g.lanes] == [0.0, g.lanes[0].rect.h, g.lanes[0].rect.h + g.lanes[1].rect.h]
    for node in pmap.nodes:
        assert geometry.lane_at(g.lanes, node.y) == node.lane_id
    assert g.bounds.w >= geometry.MIN_WIDTH


def test_new_nodes_never_land_on_others() -> None:
    pmap = templates.free_choice()
    first = pmap.nodes[0]
    x, y = layout.free_position(pmap, NodeKind.STEP, (first.x, first.y))
    assert layout.is_free(NodeKind.STEP, x, y, layout.occupied(pmap.nodes))
    x2, y2 = layout.next_spot(pmap, NodeKind.STEP, first.lane_id)
    assert layout.is_free(NodeKind.STEP, x2, y2, layout.occupied(pmap.nodes))
    assert geometry.lane_at(geometry.compute(pmap).lanes, y2) == first.lane_id


def test_tidy_layout_puts_flow_left_to_right_without_overlap() -> None:
    pmap = templates.free_choice()
    messy = replace(pmap, nodes=tuple(replace(n, x=300.0, y=80.0) for n in pmap.nodes))
    positions, _sizes = layout.tidy(messy)
    tidy = replace(messy, nodes=tuple(replace(n, x=positions[n.id][0], y=positions[n.id][1]) for n in messy.nodes))
    rects = [geometry.node_rect(n.kind, n.x, n.y) for n in tidy.nodes]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    for e in tidy.edges:
        assert tidy.node(e.source_id).x < tidy.node(e.target_id).x
    assert layout.tidy(tidy) == ({}, {})  # tidy twice changes nothing


def test_snap() -> None:
    assert geometry.snap(29) == 20 and geometry.snap(31) == 40
    node = Node("n", NodeKind.START, x=0, y=0)
    assert geometry.node_shape(node).rect.w == geometry.SIZES[NodeKind.START][0]
