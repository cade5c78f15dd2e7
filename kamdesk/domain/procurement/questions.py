"""The key questions of seed 000, answered per map — from the map where it already says it.

A stored answer (``KeyAnswers``) counts only where the map says nothing; where both exist and
disagree, the answer carries a ``conflict`` note so the two cannot drift apart silently.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.domain.i18n import QT_TRANSLATE_NOOP
from kamdesk.domain.labels import LabelledEnum
from kamdesk.domain.procurement.model import (
    CHOOSING,
    SELECTION_BASIS,
    SYMBOLS,
    ChoiceBasis,
    ConditionKind,
    LaneRole,
    NodeKind,
    ProcurementMap,
    RequesterChoice,
    Selection,
    format_amount,
    node_caption,
    parse_amount,
)
from kamdesk.domain.procurement.paths import Outcome, explore, role_of, starts


class KeyQuestion(LabelledEnum):
    FINAL_DECIDER = "final_decider"
    APPROVAL_LIMITS = "approval_limits"
    REQUESTER_CHOOSES = "requester_chooses"
    CHOICE_BASIS = "choice_basis"


KeyQuestion._LABELS = {  # type: ignore[attr-defined]
    "final_decider": QT_TRANSLATE_NOOP("KeyQuestion", "Who takes the final decision?"),
    "approval_limits": QT_TRANSLATE_NOOP("KeyQuestion", "Which approval limits exist?"),
    "requester_chooses": QT_TRANSLATE_NOOP("KeyQuestion", "May the requester choose supplier or brand?"),
    "choice_basis": QT_TRANSLATE_NOOP("KeyQuestion", "How is the choice made?"),
}


@dataclass(frozen=True)
class KeyAnswer:
    question: KeyQuestion
    derived: str | None  # what the map says (None: the map does not say)
    stored: str | None  # what the KAM noted (None: nothing noted)
    conflict: str | None = None  # a note when the two disagree

    @property
    def text(self) -> str:
        return self.derived if self.derived is not None else (self.stored or "")

    @property
    def from_map(self) -> bool:
        return self.derived is not None


def answer_all(pmap: ProcurementMap) -> list[KeyAnswer]:
    return [final_decider(pmap), approval_limits(pmap), requester_chooses(pmap), choice_basis(pmap)]


# -- who decides -----------------------------------------------------------------------------


def thresholds(pmap: ProcurementMap) -> list[Decimal]:
    found = {
        n.condition.amount
        for n in pmap.nodes
        if n.kind is NodeKind.DECISION
        and n.condition is not None
        and n.condition.kind is ConditionKind.AMOUNT
        and n.condition.amount is not None
    }
    return sorted(found)


def amount_bands(pmap: ProcurementMap) -> list[tuple[str, Decimal]]:
    """(band label, an amount inside it) for each stretch between the map's thresholds."""
    limits = thresholds(pmap)
    if not limits:
        return [("", Decimal(100))]
    bands = [(i18n.translate("KeyQuestions", "below %1").replace("%1", format_amount(limits[0])), limits[0] / 2)]
    for low, high in itertools.pairwise(limits):
        bands.append((f"{format_amount(low)} – {format_amount(high)}", (low + high) / 2))
    bands.append((i18n.translate("KeyQuestions", "from %1").replace("%1", format_amount(limits[-1])), limits[-1] * 2))
    return bands


def deciders(pmap: ProcurementMap) -> list[tuple[str, list[str]]]:
    """(amount band, who decides in it) over every start and every answer to other decisions."""
    result = []
    for band, amount in amount_bands(pmap):
        names: list[str] = []
        for start in starts(pmap):
            for path in explore(pmap, amount, start.id):
                if path.outcome is Outcome.ORDERED and path.decider and path.decider not in names:
                    names.append(path.decider)
        result.append((band, names))
    return result


def final_decider(pmap: ProcurementMap) -> KeyAnswer:
    stored = pmap.answers.final_decider.strip() or None
    groups: list[tuple[list[str], list[str]]] = []  # (bands, names), neighbouring equal bands merged
    for band, names in deciders(pmap):
        if groups and groups[-1][1] == names:
            groups[-1][0].append(band)
        elif names:
            groups.append(([band], names))
    if not groups:
        return KeyAnswer(KeyQuestion.FINAL_DECIDER, None, stored)
    either = i18n.translate("KeyQuestions", " or ")
    if len(groups) == 1:
        derived = either.join(groups[0][1])
    else:
        derived = "\n".join(f"• {either.join(names)} ({_span(bands)})" for bands, names in groups)
    everyone = {name.casefold() for _b, names in groups for name in names}
    conflict = None
    if stored and not any(name in stored.casefold() or stored.casefold() in name for name in everyone):
        conflict = _disagree(stored, derived)
    return KeyAnswer(KeyQuestion.FINAL_DECIDER, derived, stored, conflict)


def _span(bands: list[str]) -> str:
    if len(bands) == 1 or not bands[0]:
        return bands[0]
    return f"{bands[0]} … {bands[-1]}"


# -- approval limits -------------------------------------------------------------------------


def limit_amounts(pmap: ProcurementMap) -> list[Decimal]:
    amounts = set(thresholds(pmap))
    amounts.update(n.approval_limit for n in pmap.nodes if n.kind is NodeKind.APPROVAL and n.approval_limit is not None)
    return sorted(amounts)


def approval_limits(pmap: ProcurementMap) -> KeyAnswer:
    stored = pmap.answers.approval_limits.strip() or None
    parts = []
    for n in sorted(pmap.nodes, key=lambda n: (n.x, n.y)):
        if n.kind is NodeKind.DECISION and n.condition and n.condition.kind is ConditionKind.AMOUNT:
            if n.condition.amount is not None:
                text = (
                    i18n.translate("KeyQuestions", "Order value %1 %2")
                    .replace("%1", SYMBOLS[n.condition.comparison])
                    .replace("%2", format_amount(n.condition.amount))
                )
                parts.append(f"{text} ({n.label})" if n.label else text)
        elif n.kind is NodeKind.APPROVAL:
            role = role_of(pmap, n) or node_caption(n)
            if n.approval_limit is not None:
                parts.append(
                    i18n.translate("KeyQuestions", "%1 approves up to %2")
                    .replace("%1", role)
                    .replace("%2", format_amount(n.approval_limit))
                )
            else:
                parts.append(i18n.translate("KeyQuestions", "%1 approves (no limit stated)").replace("%1", role))
    if not parts:
        return KeyAnswer(KeyQuestion.APPROVAL_LIMITS, None, stored)
    derived = parts[0] if len(parts) == 1 else "\n".join(f"• {p}" for p in parts)
    conflict = None
    mapped = limit_amounts(pmap)
    if stored:
        noted = amounts_in(stored)
        extra = [a for a in noted if a not in mapped]
        if extra:
            conflict = (
                i18n.translate("KeyQuestions", "Your note names %1, but the map has %2.")
                .replace("%1", ", ".join(format_amount(a) for a in extra))
                .replace("%2", ", ".join(format_amount(a) for a in mapped) or "—")
            )
    return KeyAnswer(KeyQuestion.APPROVAL_LIMITS, derived, stored, conflict)


_NUMBER = re.compile(r"\d[\d.,]*")


def amounts_in(text: str) -> list[Decimal]:
    found = []
    for match in _NUMBER.findall(text):
        try:
            value = parse_amount(match.rstrip(".,"))
        except InputError:
            continue
        if value is not None:
            found.append(value)
    return found


# -- the requester's choice ------------------------------------------------------------------


def _requester_selections(pmap: ProcurementMap) -> list[Selection]:
    requester_lanes = {la.id for la in pmap.lanes if la.role is LaneRole.REQUESTER}
    return [n.selection for n in pmap.nodes if n.selection is not None and n.lane_id in requester_lanes]


def requester_chooses(pmap: ProcurementMap) -> KeyAnswer:
    stored_value = pmap.answers.requester_chooses
    stored = stored_value.label if stored_value else None
    selections = _requester_selections(pmap)
    free = any(s in CHOOSING for s in selections)
    ticks = any(s is Selection.PRESELECTED for s in selections)
    depends = any(
        n.kind is NodeKind.DECISION and n.condition and n.condition.kind is ConditionKind.FREE_CHOICE
        for n in pmap.nodes
    )
    if depends or (free and ticks):
        value: RequesterChoice | None = RequesterChoice.PARTLY
    elif free:
        value = RequesterChoice.YES
    elif ticks:
        value = RequesterChoice.NO
    else:
        value = None
    if value is None:
        return KeyAnswer(KeyQuestion.REQUESTER_CHOOSES, None, stored)
    conflict = _disagree(stored, value.label) if stored_value is not None and stored_value is not value else None
    return KeyAnswer(KeyQuestion.REQUESTER_CHOOSES, value.label, stored, conflict)


def choice_basis(pmap: ProcurementMap) -> KeyAnswer:
    stored_value = pmap.answers.choice_basis
    stored = stored_value.label if stored_value else None
    selections = _requester_selections(pmap) or [n.selection for n in pmap.nodes if n.selection is not None]
    bases: list[ChoiceBasis] = []
    for s in selections:
        basis = SELECTION_BASIS.get(s)
        if basis is not None and basis not in bases:
            bases.append(basis)
    if not bases:
        return KeyAnswer(KeyQuestion.CHOICE_BASIS, None, stored)
    derived = " / ".join(b.label for b in bases)
    conflict = _disagree(stored, derived) if stored_value is not None and stored_value not in bases else None
    return KeyAnswer(KeyQuestion.CHOICE_BASIS, derived, stored, conflict)


def _disagree(stored: str | None, derived: str) -> str:
    return (
        i18n.translate("KeyQuestions", "Your note says “%1”, but the map says “%2”.")
        .replace("%1", stored or "")
        .replace("%2", derived)
    )
