"""'What happens to this order?': paths, approvals and the final decider, as pure functions."""

from dataclasses import replace
from decimal import Decimal

from kamdesk.domain.procurement import paths, templates
from kamdesk.domain.procurement.model import Branch, Condition, ConditionKind, Edge, NodeKind
from kamdesk.domain.procurement.paths import Order, Outcome
from tests.domain.procurement_maps import approval_ladder


def _labels(pmap, path):  # type: ignore[no-untyped-def]
    return [pmap.node(i).label for i in path.node_ids]


def test_a_small_order_goes_straight_to_the_order_without_approval() -> None:
    pmap, _ = approval_ladder()
    path = paths.follow(pmap, Order(Decimal("180")))
    assert path.outcome is Outcome.ORDERED
    assert _labels(pmap, path) == ["Need", "Pick", "", "Order", "Done"]
    assert path.approvals == ()
    assert path.decider == "Requester"  # the requester chooses (cheapest) and nothing approves after


def test_a_medium_order_needs_the_cost_centre_manager_within_the_limit() -> None:
    pmap, ids = approval_ladder()
    path = paths.follow(pmap, Order(Decimal("1200")))
    assert [a.node_id for a in path.approvals] == [ids["ccm"]]
    assert path.approvals[0].role == "Cost-centre manager" and not path.approvals[0].exceeded
    assert path.decider == "Cost-centre manager"
    assert len(path.edge_ids) == len(path.node_ids) - 1


def test_the_boundary_itself_follows_the_comparison() -> None:
    pmap, ids = approval_ladder()
    assert ids["medium"] in paths.follow(pmap, Order(Decimal("250"))).node_ids  # "< 250" is false at 250
    assert ids["medium"] not in paths.follow(pmap, Order(Decimal("249.99"))).node_ids


def test_a_large_order_goes_to_the_managing_director() -> None:
    pmap, _ids = approval_ladder()
    path = paths.follow(pmap, Order(Decimal("20000")))
    assert [a.role for a in path.approvals] == ["Managing director"]
    assert path.decider == "Managing director"


def test_an_approver_whose_limit_the_order_exceeds_is_flagged() -> None:
    pmap, ids = approval_ladder()
    # Route everything above 250 € to the cost-centre manager: a 9,000 € order exceeds his 5,000 €.
    edges = tuple(
        replace(e, target_id=ids["ccm"]) if (e.source_id == ids["medium"] and e.branch is Branch.NO) else e
        for e in pmap.edges
    )
    path = paths.follow(replace(pmap, edges=edges), Order(Decimal("9000")))
    assert path.approvals[0].exceeded


def test_a_dead_end_and_a_missing_branch_stop_the_path() -> None:
    pmap, ids = approval_ladder()
    without_order_edge = replace(pmap, edges=tuple(e for e in pmap.edges if e.source_id != ids["order"]))
    path = paths.follow(without_order_edge, Order(Decimal("10")))
    assert path.outcome is Outcome.DEAD_END and path.stopped_at == ids["order"]

    no_no = replace(
        pmap, edges=tuple(e for e in pmap.edges if not (e.source_id == ids["small"] and e.branch is Branch.NO))
    )
    path = paths.follow(no_no, Order(Decimal("1000")))
    assert path.outcome is Outcome.DEAD_END and path.stopped_at == ids["small"]
    assert "'no'" in path.notes[0]


def test_a_question_decision_needs_an_answer_and_the_answer_decides() -> None:
    pmap, ids = approval_ladder()
    asked = replace(pmap.node(ids["small"]), label="Urgent?", condition=Condition(ConditionKind.QUESTION))
    pmap = replace(pmap, nodes=tuple(asked if n.id == asked.id else n for n in pmap.nodes))
    assert paths.follow(pmap, Order(Decimal("10"))).outcome is Outcome.UNDECIDED
    assert ids["medium"] not in paths.follow(pmap, Order(Decimal("10"), answers={asked.id: True})).node_ids
    assert ids["medium"] in paths.follow(pmap, Order(Decimal("10"), answers={asked.id: False})).node_ids


def test_catalogue_condition_uses_the_order() -> None:
    pmap = templates.free_choice()
    decision = next(n for n in pmap.nodes if n.kind is NodeKind.DECISION)
    catalogue = replace(decision, condition=Condition(ConditionKind.CATALOGUE))
    pmap = replace(pmap, nodes=tuple(catalogue if n.id == decision.id else n for n in pmap.nodes))
    with_item = paths.follow(pmap, Order(Decimal("9999"), catalogue_item=True))
    without = paths.follow(pmap, Order(Decimal("1"), catalogue_item=False))
    assert with_item.approvals == () and len(without.approvals) == 1


def test_a_loop_is_reported_not_followed_forever() -> None:
    pmap, ids = approval_ladder()
    back = Edge("back", ids["order"], ids["pick"])
    pmap = replace(pmap, edges=(*tuple(e for e in pmap.edges if e.source_id != ids["order"]), back))
    path = paths.follow(pmap, Order(Decimal("10")))
    assert path.outcome is Outcome.LOOP and path.stopped_at == ids["pick"]


def test_preselected_item_means_central_purchasing_decides() -> None:
    pmap = templates.preselected()
    path = paths.follow(pmap, Order(Decimal("80")))
    assert path.outcome is Outcome.ORDERED
    assert pmap.node(path.node_ids[0]).label == "Need arises"  # the requester's start comes first
    assert path.decider == "Central purchasing"


def test_explore_tries_both_answers_of_every_other_decision() -> None:
    pmap = templates.free_choice()
    decision = next(n for n in pmap.nodes if n.kind is NodeKind.DECISION)
    catalogue = replace(decision, condition=Condition(ConditionKind.CATALOGUE))
    pmap = replace(pmap, nodes=tuple(catalogue if n.id == decision.id else n for n in pmap.nodes))
    found = paths.explore(pmap, Decimal("100"))
    assert sorted(len(p.approvals) for p in found) == [0, 1]


def test_a_map_without_a_start_says_so() -> None:
    pmap, ids = approval_ladder()
    pmap = replace(pmap, nodes=tuple(n for n in pmap.nodes if n.id != ids["start"]))
    assert paths.follow(pmap, Order()).outcome is Outcome.NO_START
