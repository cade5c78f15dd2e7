"""Weighted selection: shares, totals, ranks, tiers, and the explanation of each account's place."""

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.domain.portfolio import (
    Criterion,
    Tier,
    clean_score,
    clean_threshold,
    clean_weight,
    explain,
    shares,
    standings,
    total,
)

CRITERIA = [
    Criterion("rev", "Revenue", weight=25, position=0),
    Criterion("pot", "Potential", weight=20, position=1),
    Criterion("fit", "Strategic fit", weight=15, position=2),
    Criterion("inn", "Innovation", weight=10, position=3),
    Criterion("ref", "Reference value", weight=10, position=4),
    Criterion("pro", "Profitability", weight=10, position=5),
    Criterion("rel", "Relationship", weight=10, position=6),
]
TIERS = [Tier("g", "Gold", 75.0, 0), Tier("s", "Silver", 55.0, 1), Tier("b", "Bronze", 35.0, 2)]
WESERLAND = {"rev": 8, "pot": 9, "fit": 7, "inn": 5, "ref": 6, "pro": 6, "rel": 7}


def test_weights_become_shares_of_one_hundred_percent() -> None:
    assert shares(CRITERIA) == pytest.approx(
        {"rev": 0.25, "pot": 0.2, "fit": 0.15, "inn": 0.1, "ref": 0.1, "pro": 0.1, "rel": 0.1}
    )
    doubled = [Criterion(c.id, c.name, weight=c.weight * 2) for c in CRITERIA]
    assert shares(doubled) == pytest.approx(shares(CRITERIA))
    assert set(shares([Criterion("a", "A", weight=0)]).values()) == {0.0}


def test_the_weighted_total_runs_from_0_to_100_points() -> None:
    share_of = shares(CRITERIA)
    assert total(WESERLAND, share_of) == 72.5
    assert total({c.id: 10 for c in CRITERIA}, share_of) == 100.0
    assert total({}, share_of) == 0.0


def test_ranks_are_competition_ranks_and_unscored_accounts_get_none() -> None:
    scores = {
        "a": {"rev": 10, "pot": 10},
        "b": {"rev": 10, "pot": 10},
        "c": {"rev": 2},
        "d": {},
    }
    table = standings(CRITERIA, TIERS, scores)
    assert [table[k].rank for k in "abcd"] == [1, 1, 3, None]
    assert table["a"].total == 45.0 and table["a"].tier.name == "Bronze"
    assert table["d"].tier is None and table["d"].scored == 0


def test_an_account_missing_one_criterion_still_qualifies_by_scoring_high_elsewhere() -> None:
    """Seed 002: not meeting every criterion does not disqualify an account."""
    scores = {c.id: 10 for c in CRITERIA} | {"rev": 0}
    assert standings(CRITERIA, TIERS, {"x": scores})["x"].tier.name == "Gold"


def test_explanation_names_what_carries_the_account_and_the_cheapest_way_up() -> None:
    e = explain(WESERLAND, CRITERIA, TIERS)
    assert e.tier.name == "Silver" and e.total == 72.5
    assert [k.criterion.name for k in e.carriers] == ["Revenue", "Potential", "Strategic fit"]
    assert e.next_tier.name == "Gold" and e.gap == 2.5
    assert [(r.criterion.name, r.old, r.new) for r in e.raises] == [("Revenue", 8, 9)]
    assert e.reachable


def test_when_no_single_raise_is_enough_several_are_proposed() -> None:
    scores = {"rev": 10, "pot": 10, "fit": 4, "inn": 2, "ref": 5, "pro": 3, "rel": 3}
    e = explain(scores, CRITERIA, TIERS)
    assert e.total == 64.0 and e.gap == 11.0
    gained = sum((r.new - r.old) * shares(CRITERIA)[r.criterion.id] * 10 for r in e.raises)
    assert len(e.raises) >= 2 and gained >= 11.0 - 1e-9
    assert all(r.new <= 10 for r in e.raises)


def test_top_tier_and_unreachable_tiers_are_said_so() -> None:
    top = explain({c.id: 10 for c in CRITERIA}, CRITERIA, TIERS)
    assert top.tier.name == "Gold" and top.next_tier is None and top.raises == ()
    impossible = explain({"rev": 1}, [CRITERIA[0]], [Tier("x", "Beyond", 100.0)])
    assert impossible.next_tier.name == "Beyond"
    assert explain({"rev": 9}, [CRITERIA[0]], [Tier("x", "Beyond", 100.0)]).reachable
    half = [Criterion("rev", "Revenue", weight=10), Criterion("zero", "Zero", weight=0)]
    assert not explain({"rev": 0}, half[1:], [Tier("x", "Any", 10.0)]).reachable


def test_low_scores_on_heavy_criteria_are_named_as_holding_the_account_back() -> None:
    e = explain({"rev": 2, "pot": 9, "fit": 9, "inn": 9, "ref": 9, "pro": 9, "rel": 9}, CRITERIA, TIERS)
    assert e.weak[0].criterion.name == "Revenue"


@pytest.mark.parametrize(("value", "expected"), [(0, 0), ("10", 10), (" 7 ", 7), (None, None), ("", None)])
def test_scores_are_whole_numbers_from_0_to_10(value: object, expected: int | None) -> None:
    assert clean_score(value) == expected


@pytest.mark.parametrize("bad", [-1, 11, "x", 2.5])
def test_other_scores_are_refused(bad: object) -> None:
    with pytest.raises(InputError, match="0 to 10"):
        clean_score(bad)


def test_weights_and_thresholds_are_checked() -> None:
    assert clean_weight("25") == 25
    with pytest.raises(InputError, match="0 to 100"):
        clean_weight(101)
    assert clean_threshold("72,5") == 72.5
    with pytest.raises(InputError, match="0 to 100"):
        clean_threshold(120)
