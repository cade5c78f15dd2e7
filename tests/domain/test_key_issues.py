"""Each key-issue rule on small boards built by hand: it fires when it should, stays quiet when
it should, and names the people involved."""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.domain.board import (
    Board,
    BuyingRole,
    Contact,
    CoverageLink,
    Influence,
    RelationshipLevel,
    Side,
)
from kamdesk.domain.key_issues import RULES, IssueRule, key_issues
from kamdesk.domain.team import Seniority, TeamMember

TODAY = date(2026, 6, 1)
JANA = TeamMember("m1", "a", "Jana Hoffmann", seniority=Seniority.MIDDLE)
SABINE = TeamMember("m2", "a", "Sabine Richter", seniority=Seniority.BOARD)
LENA = TeamMember("m3", "a", "Lena Schulte", seniority=Seniority.SPECIALIST)
COACH = Contact("coach", "Thomas Lange", role=BuyingRole.COACH, side=Side.ALLY)


def board(*contacts: Contact, links: tuple[CoverageLink, ...] = (), stale_days: int = 90) -> Board:
    return Board("a", (), (*contacts, COACH), (JANA, SABINE, LENA), links, (), stale_days)


def link(
    member: TeamMember, contact: Contact, level: str = "vendor", target: str | None = None, days: int | None = 10
) -> CoverageLink:
    return CoverageLink(
        f"{member.id}-{contact.id}",
        member.id,
        contact.id,
        RelationshipLevel(level),
        RelationshipLevel(target) if target else None,
        TODAY - timedelta(days=days) if days is not None else None,
    )


def rule(b: Board, which: IssueRule) -> list:
    return RULES[which](b, TODAY)


def test_a_decision_maker_nobody_reaches_is_an_issue() -> None:
    king = Contact("k", "Dr. Brandes", role=BuyingRole.DECISION_MAKER)
    issues = rule(board(king), IssueRule.WEAK_DECISION_MAKER)
    assert [i.contact_ids for i in issues] == [("k",)]
    assert "none of us" in issues[0].reason and "Dr. Brandes" in issues[0].reason


def test_a_decision_maker_known_only_as_vendor_is_an_issue_naming_the_level() -> None:
    king = Contact("k", "Dr. Brandes", role=BuyingRole.DECISION_MAKER)
    issues = rule(board(king, links=(link(SABINE, king, "credible_source"),)), IssueRule.WEAK_DECISION_MAKER)
    assert len(issues) == 1 and "Credible source" in issues[0].reason and issues[0].member_ids == ("m2",)


def test_a_decision_maker_with_a_problem_solver_is_fine() -> None:
    king = Contact("k", "Dr. Brandes", role=BuyingRole.DECISION_MAKER)
    b = board(king, links=(link(SABINE, king, "vendor"), link(JANA, king, "problem_solver")))
    assert rule(b, IssueRule.WEAK_DECISION_MAKER) == []


def test_only_a_high_influence_opponent_is_flagged() -> None:
    strong = Contact("s", "Dr. Kowalski", side=Side.OPPONENT, influence=Influence.HIGH)
    weak = Contact("w", "Nowicki", side=Side.OPPONENT, influence=Influence.MEDIUM)
    ally = Contact("a", "Meyer", side=Side.ALLY, influence=Influence.HIGH)
    issues = rule(board(strong, weak, ally), IssueRule.STRONG_OPPONENT)
    assert [i.contact_ids for i in issues] == [("s",)] and issues[0].severity == 3


def test_a_contact_that_matters_covered_by_one_of_us_only() -> None:
    single = Contact("s", "Hartmann", influence=Influence.HIGH)
    double = Contact("d", "Meyer", influence=Influence.HIGH)
    minor = Contact("m", "Petersen", influence=Influence.LOW)
    b = board(
        single, double, minor, links=(link(JANA, single), link(JANA, double), link(LENA, double), link(LENA, minor))
    )
    issues = rule(b, IssueRule.SINGLE_THREAD)
    assert [i.contact_ids for i in issues] == [("s",)]
    assert issues[0].reason == "Only Jana Hoffmann knows Hartmann."


def test_a_link_below_its_target_is_an_issue_and_at_target_is_not() -> None:
    c = Contact("c", "Albers")
    below = link(JANA, c, "vendor", "problem_solver")
    at = link(LENA, c, "credible_source", "credible_source")
    issues = rule(board(c, links=(below, at)), IssueRule.BELOW_TARGET)
    assert [i.link_ids for i in issues] == [(below.id,)]
    assert issues[0].severity == 2  # two steps below
    assert "'Vendor', target 'Problem solver'" in issues[0].reason


def test_no_contact_for_longer_than_the_boards_threshold() -> None:
    c = Contact("c", "Horák", influence=Influence.MEDIUM)
    b = board(c, links=(link(JANA, c, days=120),), stale_days=90)
    issues = rule(b, IssueRule.STALE)
    assert [i.contact_ids for i in issues] == [("c",)] and "120 days" in issues[0].reason
    assert rule(board(c, links=(link(JANA, c, days=120),), stale_days=150), IssueRule.STALE) == []


def test_the_latest_contact_of_anyone_counts_and_placeholders_are_left_out() -> None:
    c = Contact("c", "Horák")
    b = board(c, links=(link(JANA, c, days=200), link(LENA, c, days=5)))
    assert rule(b, IssueRule.STALE) == []
    ghost = Contact("g", "", placeholder=True, last_contact=TODAY - timedelta(days=400))
    assert rule(board(ghost), IssueRule.STALE) == []


def test_an_influential_covered_contact_without_any_date_counts_as_stale() -> None:
    c = Contact("c", "Weserland", influence=Influence.HIGH)
    issues = rule(board(c, links=(link(JANA, c, days=None),)), IssueRule.STALE)
    assert len(issues) == 1 and "No contact with Weserland recorded" in issues[0].reason


def test_no_coach_on_the_board() -> None:
    king = Contact("k", "Brandes", role=BuyingRole.DECISION_MAKER)
    without = Board("a", (), (king,), (JANA,), (), ())
    issues = rule(without, IssueRule.NO_COACH)
    assert len(issues) == 1 and issues[0].contact_ids == ("k",)
    hostile_coach = Contact("h", "X", role=BuyingRole.COACH, side=Side.OPPONENT)
    assert len(rule(Board("a", (), (king, hostile_coach)), IssueRule.NO_COACH)) == 1
    assert rule(board(king), IssueRule.NO_COACH) == []  # the helper's board has a friendly coach
    assert rule(Board("a"), IssueRule.NO_COACH) == []  # an empty board is not an issue yet


def test_our_junior_covering_their_board_member() -> None:
    cfo = Contact("cfo", "Hartmann", rank=Seniority.BOARD)
    issues = rule(board(cfo, links=(link(JANA, cfo), link(LENA, cfo))), IssueRule.RANK_MISMATCH)
    assert len(issues) == 1 and "Jana Hoffmann" in issues[0].reason
    assert set(issues[0].member_ids) == {"m1", "m3"}
    assert rule(board(cfo, links=(link(JANA, cfo), link(SABINE, cfo))), IssueRule.RANK_MISMATCH) == []
    senior = Contact("s", "Meyer", rank=Seniority.SENIOR)
    assert rule(board(senior, links=(link(LENA, senior),)), IssueRule.RANK_MISMATCH) == []


def test_all_issues_are_sorted_most_urgent_first() -> None:
    king = Contact("k", "Brandes", role=BuyingRole.DECISION_MAKER, influence=Influence.HIGH)
    c = Contact("c", "Albers")
    issues = key_issues(board(king, c, links=(link(JANA, c, "vendor", "credible_source"),)), TODAY)
    severities = [i.severity for i in issues]
    assert severities == sorted(severities, reverse=True)
    assert issues[0].rule is IssueRule.WEAK_DECISION_MAKER
