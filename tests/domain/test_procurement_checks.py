"""The checks find dead ends, unreachable nodes and unclear decisions — and nothing in a clean map."""

from dataclasses import replace

from kamdesk.domain.procurement import checks, templates
from kamdesk.domain.procurement.model import Branch, Edge, Node, NodeKind
from tests.domain.procurement_maps import approval_ladder


def _messages(pmap) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message for f in checks.check(pmap)]


def test_the_templates_and_a_full_map_are_clean() -> None:
    assert checks.check(approval_ladder()[0]) == []
    assert checks.check(templates.free_choice()) == []
    assert checks.check(templates.preselected()) == []


def test_dead_end_and_unreachable_nodes_are_named() -> None:
    pmap, _ids = approval_ladder()
    orphan = Node("orphan", NodeKind.STEP, "Ask the buyer", 900, 80, pmap.lanes[0].id)
    pmap = replace(pmap, nodes=(*pmap.nodes, orphan))
    found = {f.message: f for f in checks.check(pmap)}
    assert found["'Ask the buyer' cannot be reached from a start."].node_ids == ("orphan",)
    assert found["'Ask the buyer' is a dead end: nothing follows it."].severity == checks.ERROR


def test_missing_start_end_and_order_are_reported() -> None:
    pmap, _ids = approval_ladder()
    only_steps = replace(
        pmap, nodes=tuple(n for n in pmap.nodes if n.kind not in (NodeKind.START, NodeKind.END, NodeKind.ORDER))
    )
    messages = _messages(replace(only_steps, edges=()))
    assert "The map has no start: where does the need arise?" in messages
    assert "The map has no end." in messages
    assert "No node places the order." in messages


def test_decisions_need_a_condition_and_both_answers() -> None:
    pmap, ids = approval_ladder()
    unclear = tuple(
        replace(e, branch=None) if e.source_id == ids["small"] and e.branch is Branch.NO else e for e in pmap.edges
    )
    no_condition = replace(pmap.node(ids["medium"]), condition=None)
    pmap = replace(pmap, edges=unclear, nodes=tuple(no_condition if n.id == ids["medium"] else n for n in pmap.nodes))
    messages = _messages(pmap)
    assert "The decision 'Order value < €250?' has no 'no' way out." in messages
    assert "A way out of the decision 'Order value < €250?' is marked neither yes nor no." in messages
    assert "The decision 'Decision' does not say what it asks." in messages


def test_a_trap_without_a_way_to_an_end_is_found() -> None:
    pmap, ids = approval_ladder()
    edges = (*pmap.edges, Edge("x1", ids["md"], "loop1"), Edge("x2", "loop1", ids["md"]))
    loop = Node("loop1", NodeKind.STEP, "Ask again", 700, 400, pmap.lanes[2].id)
    edges = tuple(e for e in edges if not (e.source_id == ids["md"] and e.target_id == ids["order"]))
    messages = _messages(replace(pmap, nodes=(*pmap.nodes, loop), edges=edges))
    assert "From 'Ask again' no way leads to an end." in messages


def test_an_empty_map_gets_a_friendly_hint() -> None:
    assert _messages(templates.MapDraft("x").build()) == ["The map is empty: add a start from the palette."]
