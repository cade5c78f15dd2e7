"""The board's rules that the screen and the PDF share."""

from datetime import date, timedelta

from kamdesk.domain.board import Recency, recency


def test_recency_of_the_last_contact_by_the_stale_threshold() -> None:
    today = date(2026, 11, 22)
    assert recency(None, today, 90) is Recency.NEVER
    assert recency(today - timedelta(days=45), today, 90) is Recency.RECENT
    assert recency(today - timedelta(days=46), today, 90) is Recency.DUE
    assert recency(today - timedelta(days=90), today, 90) is Recency.DUE
    assert recency(today - timedelta(days=91), today, 90) is Recency.STALE
