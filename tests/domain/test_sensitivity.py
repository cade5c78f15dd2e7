from kamdesk.domain import sensitivity
from kamdesk.domain.sensitivity import Sensitivity


def test_undeclared_fields_are_internal() -> None:
    assert sensitivity.sensitivity("account", "some_future_field") is Sensitivity.INTERNAL
    assert sensitivity.sensitivity("no_such_entity", "name") is Sensitivity.INTERNAL


def test_internal_notes_never_reach_the_customer_view() -> None:
    record = {"id": "a1", "name": "Kessler AG", "notes": "SECRET", "archived": False}
    assert sensitivity.customer_view("account", record) == {"id": "a1", "name": "Kessler AG"}


def test_a_row_flagged_internal_or_an_entity_with_nothing_shareable_is_withheld_whole() -> None:
    assert sensitivity.is_row_shareable("plan_goal", {"title": "Cut process costs", "internal": False})
    assert not sensitivity.is_row_shareable("plan_goal", {"title": "Raise our share", "internal": True})
    assert not sensitivity.is_row_shareable("visit_report", {"subject": "Visit"})
    assert sensitivity.is_row_shareable("account", {"name": "Kessler AG"})
