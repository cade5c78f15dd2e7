"""Key issues of a relationship board: pure rules, each giving a one-line reason and the pieces
(and our people) involved, so a click can highlight them. Internal by policy (sensitivity.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kamdesk.domain import i18n
from kamdesk.domain.board import Board, BuyingRole, Influence, RelationshipLevel, Side, display_name
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.team import Seniority


class IssueRule(LabelledEnum):
    WEAK_DECISION_MAKER = "weak_decision_maker"
    STRONG_OPPONENT = "strong_opponent"
    SINGLE_THREAD = "single_thread"
    BELOW_TARGET = "below_target"
    STALE = "stale"
    NO_COACH = "no_coach"
    RANK_MISMATCH = "rank_mismatch"


IssueRule._LABELS = {  # type: ignore[attr-defined]
    "weak_decision_maker": QT_TRANSLATE_NOOP("IssueRule", "Decision maker without a strong relationship"),
    "strong_opponent": QT_TRANSLATE_NOOP("IssueRule", "High-influence opponent"),
    "single_thread": QT_TRANSLATE_NOOP("IssueRule", "Covered by one of us only"),
    "below_target": QT_TRANSLATE_NOOP("IssueRule", "Relationship below target"),
    "stale": QT_TRANSLATE_NOOP("IssueRule", "No contact for too long"),
    "no_coach": QT_TRANSLATE_NOOP("IssueRule", "No coach"),
    "rank_mismatch": QT_TRANSLATE_NOOP("IssueRule", "Rank mismatch"),
}

#: A level from which a relationship counts as strong.
STRONG = RelationshipLevel.PROBLEM_SOLVER


@dataclass(frozen=True, slots=True)
class KeyIssue:
    rule: IssueRule
    reason: str
    contact_ids: tuple[str, ...] = ()
    member_ids: tuple[str, ...] = ()
    link_ids: tuple[str, ...] = ()
    #: 3 = act now, 2 = plan, 1 = watch
    severity: int = 2


def _t(text: str, *values: str) -> str:
    """Fill %1, %2 … of an already translated text."""
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", value)
    return text


def weak_decision_makers(board: Board, today: date) -> list[KeyIssue]:
    """A decision maker (king) nobody of us reaches at problem-solver level or better."""
    found = []
    for contact in board.contacts:
        if contact.role is not BuyingRole.DECISION_MAKER:
            continue
        links = board.links_by_contact.get(contact.id, [])
        best = max((link.level for link in links), key=lambda level: level.step, default=None)
        if best is not None and best.step >= STRONG.step:
            continue
        if best is None:
            reason = _t(
                i18n.translate("KeyIssue", "%1 decides, and none of us has a relationship with them."),
                display_name(contact),
            )
        else:
            reason = _t(
                i18n.translate("KeyIssue", "%1 decides, and our best relationship is only '%2'."),
                display_name(contact),
                best.label,
            )
        found.append(
            KeyIssue(
                IssueRule.WEAK_DECISION_MAKER,
                reason,
                (contact.id,),
                tuple(link.member_id for link in links),
                tuple(link.id for link in links),
                3,
            )
        )
    return found


def strong_opponents(board: Board, today: date) -> list[KeyIssue]:
    """An opponent (black piece) with high influence."""
    return [
        KeyIssue(
            IssueRule.STRONG_OPPONENT,
            _t(i18n.translate("KeyIssue", "%1 is against us and has high influence."), display_name(contact)),
            (contact.id,),
            tuple(link.member_id for link in board.links_by_contact.get(contact.id, [])),
            severity=3,
        )
        for contact in board.contacts
        if contact.side is Side.OPPONENT and contact.influence is Influence.HIGH
    ]


def single_threads(board: Board, today: date) -> list[KeyIssue]:
    """A contact who matters (medium or high influence) known to one of us only: if that person
    leaves, the relationship goes with them."""
    found = []
    for contact in board.contacts:
        links = board.links_by_contact.get(contact.id, [])
        if len(links) != 1 or contact.influence is Influence.LOW:
            continue
        member = board.member_by_id.get(links[0].member_id)
        found.append(
            KeyIssue(
                IssueRule.SINGLE_THREAD,
                _t(
                    i18n.translate("KeyIssue", "Only %1 knows %2."),
                    member.name if member else "?",
                    display_name(contact),
                ),
                (contact.id,),
                (links[0].member_id,),
                (links[0].id,),
                2 if contact.influence is Influence.HIGH else 1,
            )
        )
    return found


def below_target(board: Board, today: date) -> list[KeyIssue]:
    """A coverage link whose current level is below its target level."""
    found = []
    for link in board.links:
        if not link.below_target or link.contact_id not in board.contact_by_id:
            continue
        assert link.target is not None
        member = board.member_by_id.get(link.member_id)
        contact = board.contact_by_id[link.contact_id]
        found.append(
            KeyIssue(
                IssueRule.BELOW_TARGET,
                _t(
                    i18n.translate("KeyIssue", "%1 → %2: '%3', target '%4'."),
                    member.name if member else "?",
                    display_name(contact),
                    link.level.label,
                    link.target.label,
                ),
                (contact.id,),
                (link.member_id,),
                (link.id,),
                2 if link.target.step - link.level.step >= 2 else 1,
            )
        )
    return found


def stale_relationships(board: Board, today: date) -> list[KeyIssue]:
    """Nobody of us has been in touch for longer than the board's ``stale_days`` (contacts we
    cover; an influential contact with no date at all counts too)."""
    found = []
    for contact in board.contacts:
        if contact.placeholder:
            continue
        links = board.links_by_contact.get(contact.id, [])
        last = board.last_contact(contact.id)
        if last is None:
            if not links or contact.influence is not Influence.HIGH:
                continue
            reason = _t(i18n.translate("KeyIssue", "No contact with %1 recorded."), display_name(contact))
        else:
            days = (today - last).days
            if days <= board.stale_days:
                continue
            reason = _t(i18n.translate("KeyIssue", "No contact with %1 for %2 days."), display_name(contact), str(days))
        found.append(
            KeyIssue(
                IssueRule.STALE,
                reason,
                (contact.id,),
                tuple(link.member_id for link in links),
                tuple(link.id for link in links),
                2 if contact.influence is Influence.HIGH else 1,
            )
        )
    return found


def no_coach(board: Board, today: date) -> list[KeyIssue]:
    """Nobody inside the customer guides us: no coach (knight) who is not against us."""
    if not board.contacts:
        return []
    if any(c.role is BuyingRole.COACH and c.side is not Side.OPPONENT for c in board.contacts):
        return []
    kings = tuple(c.id for c in board.contacts if c.role is BuyingRole.DECISION_MAKER)
    return [
        KeyIssue(
            IssueRule.NO_COACH,
            i18n.translate("KeyIssue", "Nobody inside the customer guides us: the board has no coach."),
            kings,
            severity=2,
        )
    ]


_SENIORITY_STEP = {Seniority.BOARD: 4, Seniority.SENIOR: 3, Seniority.MIDDLE: 2, Seniority.SPECIALIST: 1}


def rank_mismatches(board: Board, today: date) -> list[KeyIssue]:
    """A board member of theirs whose most senior contact on our side is two or more levels below."""
    found = []
    for contact in board.contacts:
        if contact.rank is not Seniority.BOARD:
            continue
        members = [
            board.member_by_id[link.member_id]
            for link in board.links_by_contact.get(contact.id, [])
            if link.member_id in board.member_by_id
        ]
        if not members:
            continue
        highest = max(members, key=lambda m: _SENIORITY_STEP[m.seniority])
        if _SENIORITY_STEP[highest.seniority] > _SENIORITY_STEP[Seniority.MIDDLE]:
            continue
        found.append(
            KeyIssue(
                IssueRule.RANK_MISMATCH,
                _t(
                    i18n.translate("KeyIssue", "%1 sits on their board; our most senior contact is %2 (%3)."),
                    display_name(contact),
                    highest.name,
                    highest.seniority.label,
                ),
                (contact.id,),
                tuple(m.id for m in members),
                severity=2,
            )
        )
    return found


RULES: dict[IssueRule, Callable[[Board, date], list[KeyIssue]]] = {
    IssueRule.WEAK_DECISION_MAKER: weak_decision_makers,
    IssueRule.STRONG_OPPONENT: strong_opponents,
    IssueRule.SINGLE_THREAD: single_threads,
    IssueRule.BELOW_TARGET: below_target,
    IssueRule.STALE: stale_relationships,
    IssueRule.NO_COACH: no_coach,
    IssueRule.RANK_MISMATCH: rank_mismatches,
}


def key_issues(board: Board, today: date) -> list[KeyIssue]:
    """Every key issue of ``board``, most urgent first."""
    found: list[KeyIssue] = []
    for rule in RULES.values():
        found.extend(rule(board, today))
    order = list(IssueRule)
    return sorted(found, key=lambda issue: (-issue.severity, order.index(issue.rule)))
