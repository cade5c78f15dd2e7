"""Amounts and dates as German and English people and spreadsheets write them; review dates."""

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.dates import add_months, format_date, parse_date
from kamdesk.domain.errors import InputError
from kamdesk.domain.team import clean_email, clean_review_months, review_schedule


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("1.250.000", ",", "1250000"),
        ("1.250.000,50 €", ",", "1250000.50"),
        ("1,250,000", ",", "1250000"),
        ("1,250,000.75", ".", "1250000.75"),
        ("EUR 45.000", ",", "45000"),
        ("2,5 Mio", ",", "2500000"),
        ("1.25 Mio.", ".", "1250000"),
        ("800k", ".", "800000"),
        ("3 Tsd.", ",", "3000"),
        ("12,5", ".", "12.5"),
        ("1.250", ",", "1250"),
        ("1.250", ".", "1.25"),
        ("1 250 000", ",", "1250000"),
        (1234.5, ",", "1234.5"),
        ("", ",", None),
    ],
)
def test_amounts_are_read_as_people_write_them(text: object, decimal: str, expected: str | None) -> None:
    value = parse_amount(text, decimal)
    assert value == (Decimal(expected) if expected is not None else None)


@pytest.mark.parametrize("bad", ["abc", "1.2.3", "12,34,5", "1e5"])
def test_non_amounts_are_refused_with_the_text_named(bad: str) -> None:
    with pytest.raises(InputError, match="is not an amount"):
        parse_amount(bad, ",")


def test_a_bare_currency_sign_means_no_amount() -> None:
    assert parse_amount("€") is None


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(InputError, match="negative"):
        parse_amount("-5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.01.2026", date(2026, 1, 31)),
        ("1.2.26", date(2026, 2, 1)),
        ("2026-03-09", date(2026, 3, 9)),
        ("09/03/2026", date(2026, 3, 9)),
        ("9 Mar 2026", date(2026, 3, 9)),  # what the English screens show
        ("9 March 2026", date(2026, 3, 9)),
        ("9. März 2026", date(2026, 3, 9)),
        ("31. Dez. 2026", date(2026, 12, 31)),
        ("", None),
    ],
)
def test_dates_in_german_iso_and_british_form(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_impossible_dates_are_refused() -> None:
    with pytest.raises(InputError, match=r"'32\.13\.2026' is not a date"):
        parse_date("32.13.2026")


def test_dates_are_written_in_the_current_language() -> None:
    from kamdesk.domain import i18n

    assert format_date(date(2026, 3, 9)) == "9 Mar 2026"
    assert parse_date(format_date(date(2026, 3, 9))) == date(2026, 3, 9)  # an editor reads back what it shows
    with i18n.using("de"):
        assert format_date(date(2026, 3, 9)) == "09.03.2026"


def test_months_are_added_calendar_true() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_the_next_review_follows_the_cadence_and_overdue_is_counted_in_days() -> None:
    today = date(2026, 5, 20)
    on_time = review_schedule(3, date(2026, 4, 1), today)
    assert on_time.next == date(2026, 7, 1) and not on_time.overdue
    late = review_schedule(3, date(2026, 2, 10), today)
    assert late.next == date(2026, 5, 10) and late.overdue_days == 10
    never = review_schedule(3, None, today)
    assert never.next == today and not never.overdue
    assert review_schedule(None, date(2026, 1, 1), today).next is None


def test_review_cadence_and_email_are_checked() -> None:
    assert clean_review_months("6") == 6 and clean_review_months(None) is None
    with pytest.raises(InputError, match="1 to 24 months"):
        clean_review_months(0)
    assert clean_email(" jana@fabrion.example ") == "jana@fabrion.example"
    with pytest.raises(InputError, match="not an e-mail address"):
        clean_email("jana at fabrion")
