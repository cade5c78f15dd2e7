"""Key questions: derived from the map where it says it; stored notes only where it does not;
a visible note when the two disagree."""

from dataclasses import replace
from decimal import Decimal

from kamdesk.domain.procurement import questions, templates
from kamdesk.domain.procurement.model import ChoiceBasis, KeyAnswers, RequesterChoice
from kamdesk.domain.procurement.questions import KeyQuestion
from tests.domain.procurement_maps import approval_ladder


def _answers(pmap):  # type: ignore[no-untyped-def]
    return {a.question: a for a in questions.answer_all(pmap)}


def test_seed_example_one_free_choice_below_the_limit() -> None:
    a = _answers(templates.free_choice())
    assert a[KeyQuestion.FINAL_DECIDER].derived == "• Requester (below €250)\n• Cost-centre manager (from €250)"
    assert "Order value < €250" in a[KeyQuestion.APPROVAL_LIMITS].derived
    assert "Cost-centre manager approves up to €5,000" in a[KeyQuestion.APPROVAL_LIMITS].derived
    assert a[KeyQuestion.REQUESTER_CHOOSES].derived == RequesterChoice.YES.label
    assert a[KeyQuestion.CHOICE_BASIS].derived == ChoiceBasis.BRAND.label
    assert all(x.conflict is None and x.from_map for x in a.values())


def test_seed_example_two_central_purchasing_preselects() -> None:
    a = _answers(templates.preselected())
    assert a[KeyQuestion.FINAL_DECIDER].derived == "Central purchasing"
    assert a[KeyQuestion.REQUESTER_CHOOSES].derived == RequesterChoice.NO.label
    assert a[KeyQuestion.CHOICE_BASIS].derived == ChoiceBasis.NO_CHOICE.label
    assert a[KeyQuestion.APPROVAL_LIMITS].derived is None  # the map has no amounts: a note may answer it


def test_stored_answers_count_only_where_the_map_is_silent() -> None:
    pmap = replace(templates.preselected(), answers=KeyAnswers(approval_limits="No limits for catalogue items"))
    limits = _answers(pmap)[KeyQuestion.APPROVAL_LIMITS]
    assert limits.derived is None and limits.text == "No limits for catalogue items" and limits.conflict is None


def test_a_stored_answer_that_contradicts_the_map_is_flagged() -> None:
    pmap, _ = approval_ladder()
    pmap = replace(
        pmap,
        answers=KeyAnswers(
            final_decider="Works council",
            approval_limits="Orders under 300 € need no approval",
            requester_chooses=RequesterChoice.NO,
            choice_basis=ChoiceBasis.BRAND,
        ),
    )
    a = _answers(pmap)
    assert "Works council" in a[KeyQuestion.FINAL_DECIDER].conflict
    assert a[KeyQuestion.APPROVAL_LIMITS].conflict == "Your note names €300, but the map has €250, €5,000."
    assert a[KeyQuestion.REQUESTER_CHOOSES].conflict is not None
    assert a[KeyQuestion.CHOICE_BASIS].conflict is not None  # the map says: the cheapest
    assert a[KeyQuestion.FINAL_DECIDER].text == a[KeyQuestion.FINAL_DECIDER].derived  # the map wins


def test_an_agreeing_note_is_no_conflict() -> None:
    pmap, _ = approval_ladder()
    pmap = replace(pmap, answers=KeyAnswers(final_decider="the cost-centre manager", approval_limits="250 and 5.000 €"))
    a = _answers(pmap)
    assert a[KeyQuestion.FINAL_DECIDER].conflict is None
    assert a[KeyQuestion.APPROVAL_LIMITS].conflict is None


def test_amount_bands_follow_the_thresholds() -> None:
    pmap, _ = approval_ladder()
    bands = questions.amount_bands(pmap)
    assert [label for label, _ in bands] == ["below €250", "€250 – €5,000", "from €5,000"]
    assert [amount for _, amount in bands] == [Decimal(125), Decimal("2625"), Decimal(10000)]


def test_amounts_in_notes_are_read_in_german_and_english() -> None:
    assert questions.amounts_in("unter 5.000 € oder 1.234,50 €; 250") == [
        Decimal(5000),
        Decimal("1234.50"),
        Decimal(250),
    ]
