"""Money as people type it and as each language shows it."""

from decimal import Decimal

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.domain.money import clean_money, clean_quantity, format_money, format_number, parse_decimal


@pytest.mark.parametrize(
    ("amount", "lang", "whole", "shown"),
    [
        (Decimal("1234.5"), "de", False, "1.234,50\u00a0€"),
        (Decimal("1234.5"), "en", False, "€1,234.50"),
        (Decimal("-0.5"), "de", False, "-0,50\u00a0€"),
        (Decimal("1234567.891"), "de", True, "1.234.568\u00a0€"),
        (Decimal("32420"), "en", True, "€32,420"),
        (0, "de", False, "0,00\u00a0€"),
    ],
)
def test_money_is_shown_the_way_each_language_writes_it(amount: Decimal, lang: str, whole: bool, shown: str) -> None:
    assert format_money(amount, lang, whole=whole) == shown


def test_no_amount_shows_nothing_and_quantities_drop_a_zero_fraction() -> None:
    assert format_money(None, "de") == ""
    assert format_number(Decimal("4.00"), "de") == "4"
    assert format_number(Decimal("2.50"), "de") == "2,5"
    assert format_number(Decimal("12345.25"), "en") == "12,345.25"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.234,50", "de", Decimal("1234.50")),
        ("1,234.50", "en", Decimal("1234.50")),
        ("1.234", "de", Decimal("1234")),
        ("1.234", "en", Decimal("1.234")),
        ("2,5", "de", Decimal("2.5")),
        ("2,5", "en", Decimal("2.5")),
        ("1,234", "en", Decimal("1234")),
        ("180 €", "de", Decimal("180")),
        ("€ 95", "en", Decimal("95")),
        ("1 234,5", "de", Decimal("1234.5")),
        ("12,345,678", "en", Decimal("12345678")),
        ("", "de", None),
        ("  ", "en", None),
    ],
)
def test_typed_numbers_are_read_in_either_convention(text: str, lang: str, value: Decimal | None) -> None:
    assert parse_decimal(text, lang) == value


@pytest.mark.parametrize("text", ["abc", "12a", "1..2,,3", "--5"])
def test_text_that_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="is not a number"):
        parse_decimal(text, "de")


def test_amounts_are_cleaned_to_cents_and_checked() -> None:
    assert clean_money("1.234,555", "The price", "de") == Decimal("1234.56")
    assert clean_money(None, "The price") is None
    assert clean_money("", "The price") is None
    assert clean_money(180, "The price") == Decimal("180.00")
    with pytest.raises(InputError, match="The price must not be negative"):
        clean_money("-5", "The price", "en")
    with pytest.raises(InputError, match="too large"):
        clean_money(Decimal("1e12"), "The price")
    with pytest.raises(InputError, match="amount of money"):
        clean_money(True, "The price")


def test_quantities_must_be_positive() -> None:
    assert clean_quantity("2,5", "The quantity", "de") == Decimal("2.50")
    for bad in ("0", "-1", ""):
        with pytest.raises(InputError, match="greater than zero"):
            clean_quantity(bad, "The quantity")
