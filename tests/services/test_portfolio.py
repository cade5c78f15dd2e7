"""The portfolio services: default criteria and tiers, scores, standings, ordering, checks."""

from pathlib import Path

import pytest

from kamdesk.domain.errors import ConflictError, InputError
from kamdesk.services import accounts, demo, listing, ordering, portfolio, records, team
from kamdesk.services.workspace import Workspace


def test_a_new_workspace_gets_the_default_criteria_and_tiers_once(ws: Workspace) -> None:
    assert portfolio.criteria(ws) == []
    assert portfolio.ensure_defaults(ws)
    assert [c.name for c in portfolio.criteria(ws)] == [
        "Revenue", "Potential", "Strategic fit", "Innovation", "Reference value", "Profitability", "Relationship",
    ]  # fmt: skip
    assert sum(c.weight for c in portfolio.criteria(ws)) == 100
    assert [(t.name, t.threshold) for t in portfolio.tiers(ws)] == [("Gold", 75.0), ("Silver", 55.0), ("Bronze", 35.0)]
    for criterion in portfolio.criteria(ws):
        records.delete_row(ws, "selection_criterion", criterion.id)
    assert not portfolio.ensure_defaults(ws)  # deleted on purpose: they do not come back
    assert portfolio.criteria(ws) == []


def test_defaults_are_written_in_the_language_of_the_moment(workspace_path: Path) -> None:
    from kamdesk.domain import i18n

    with i18n.using("de"), Workspace.open(workspace_path) as ws:
        portfolio.ensure_defaults(ws)
        assert portfolio.criteria(ws)[0].name == "Umsatz"
        assert [t.name for t in portfolio.tiers(ws)] == ["Gold", "Silber", "Bronze"]


def test_a_read_only_workspace_is_left_alone(workspace_path: Path) -> None:
    with Workspace.open(workspace_path, writable=False) as ws:
        assert not portfolio.ensure_defaults(ws)


def test_scores_are_set_compared_and_cleared(ws: Workspace) -> None:
    portfolio.ensure_defaults(ws)
    account_id = accounts.create(ws, "Kessler AG")
    revenue = portfolio.criteria(ws)[0].id
    portfolio.set_score(ws, account_id, revenue, 7, None)
    assert portfolio.scores_of(ws, account_id) == {revenue: 7}
    with pytest.raises(ConflictError):
        portfolio.set_score(ws, account_id, revenue, 9, None)  # someone else set it meanwhile
    with pytest.raises(InputError, match="0 to 10"):
        portfolio.set_score(ws, account_id, revenue, 11)
    portfolio.set_score(ws, account_id, revenue, None, 7)
    assert portfolio.scores_of(ws, account_id) == {}


def test_removing_a_criterion_takes_its_scores_and_undo_brings_them_back(demo_ws: Workspace) -> None:
    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    revenue = portfolio.criteria(demo_ws)[0]
    before = portfolio.standing_of(demo_ws, weserland)
    snapshot = records.delete_row(demo_ws, "selection_criterion", revenue.id)
    assert revenue.id not in portfolio.scores_of(demo_ws, weserland)
    assert portfolio.standing_of(demo_ws, weserland).standing.total != before.standing.total
    records.restore(demo_ws, snapshot)
    assert portfolio.standing_of(demo_ws, weserland).standing == before.standing


def test_the_demo_portfolio_ranks_and_explains(demo_ws: Workspace) -> None:
    result = portfolio.load(demo_ws)
    ranked = sorted((e for e in result.entries if e.standing and e.standing.rank), key=lambda e: e.standing.rank)
    assert [(e.name, e.standing.tier.name) for e in ranked] == [
        ("Kessler Medizintechnik AG", "Gold"),
        ("Weserland Fördertechnik GmbH", "Silver"),
        ("Rheinstahl Bau & Montage SE", "Silver"),
        ("Hutní komponenty Ostrava s.r.o.", "Bronze"),
    ]
    archived = next(e for e in result.entries if e.archived)
    assert archived.standing is None  # archived accounts are not ranked
    main = portfolio.standing_of(demo_ws, accounts.find(demo_ws, demo.MAIN_ACCOUNT).id)
    assert main.ranked == 4 and main.explanation.raises[0].criterion.name == "Revenue"


def test_the_demo_shows_a_blocked_account_and_an_agreement_ending_soon(demo_ws: Workspace) -> None:
    from datetime import date

    ready = listing.all_readiness(demo_ws, date.today())
    by_name = {accounts.get(demo_ws, a).name: r for a, r in ready.items()}
    assert not by_name["Kessler Medizintechnik AG"].ready
    weserland = by_name[demo.MAIN_ACCOUNT]
    assert weserland.ready and "expires on" in weserland.warnings[0].text


def test_names_must_be_unique_and_ranges_kept(ws: Workspace) -> None:
    portfolio.ensure_defaults(ws)
    criterion, tier = portfolio.criteria(ws)[1], portfolio.tiers(ws)[0]
    with pytest.raises(InputError, match="already is a criterion named 'Revenue'"):
        records.set_fields(ws, "selection_criterion", criterion.id, {"name": " revenue "})
    with pytest.raises(InputError, match="0 to 100"):
        records.set_fields(ws, "selection_criterion", criterion.id, {"weight": 150})
    with pytest.raises(InputError, match="already is a tier named 'Silver'"):
        records.set_fields(ws, "tier", tier.id, {"name": "SILVER"})
    with pytest.raises(InputError, match="from 0 to 100"):
        records.set_fields(ws, "tier", tier.id, {"threshold": 101})


def test_rows_move_within_their_account_only(demo_ws: Workspace) -> None:
    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    names = [m.name for m in team.members(demo_ws, weserland)]
    first = team.members(demo_ws, weserland)[0]
    ordering.move(demo_ws, "team_member", first.id, 2, "account_id")
    assert [m.name for m in team.members(demo_ws, weserland)] == [names[1], names[2], names[0], *names[3:]]
    ordering.move(demo_ws, "team_member", first.id, -2, "account_id")
    assert [m.name for m in team.members(demo_ws, weserland)] == names
    with pytest.raises(InputError, match="cannot move further"):
        ordering.move(demo_ws, "team_member", first.id, -1, "account_id")


def test_an_agreement_cannot_end_before_it_starts(demo_ws: Workspace) -> None:
    from datetime import date

    weserland = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    agreement = next(i for i in listing.items(demo_ws, weserland) if i.kind.value == "framework")
    with pytest.raises(InputError, match="cannot end"):
        records.set_fields(demo_ws, "listing_item", agreement.id, {"valid_to": date(2023, 12, 31)})
    member = team.members(demo_ws, weserland)[0]
    with pytest.raises(InputError, match="not an e-mail address"):
        records.set_fields(demo_ws, "team_member", member.id, {"email": "jana(at)fabrion"})
