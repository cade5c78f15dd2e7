"""Money and quantities: what people type, and how amounts are shown in each language.

German shows ``1.234,50 €``, English ``€1,234.50``. One module for screens, exports and the
PDF, so an amount looks the same everywhere. Amounts are ``Decimal`` with two places; there is
one currency (euro) for now.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError

CURRENCY = "€"
CENT = Decimal("0.01")
MONEY_MAX = Decimal("9999999999.99")  # Numeric(12, 2)
QUANTITY_MAX = Decimal("99999999.99")  # Numeric(10, 2)

_NUMBER = re.compile(r"^[+-]?\d[\d.,' \u00a0\u202f]*$|^[+-]?[.,]\d+$")


def separators(lang: str | None = None) -> tuple[str, str]:
    """(decimal separator, thousands separator) of the language."""
    return (",", ".") if i18n.normalize(lang or i18n.language()) == "de" else (".", ",")


def quantize(amount: Decimal | int | float | str) -> Decimal:
    """``amount`` rounded to cents (half up, as invoices do)."""
    return Decimal(str(amount)).quantize(CENT, rounding=ROUND_HALF_UP)


def format_number(value: Decimal | int | float, lang: str | None = None, places: int | None = None) -> str:
    """``value`` with the language's separators; ``places=None`` drops a zero fraction (``4`` not
    ``4,00``) but keeps a real one (``2,5``)."""
    decimal_sep, thousands_sep = separators(lang)
    number = Decimal(str(value))
    if places is None:
        exponent = number.normalize().as_tuple().exponent
        places = 0 if number == number.to_integral_value() else max(0, -int(exponent))
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return text.replace(",", "\x00").replace(".", decimal_sep).replace("\x00", thousands_sep)


def format_money(amount: Decimal | int | float | None, lang: str | None = None, *, whole: bool = False) -> str:
    """``1.234,50 €`` (German) or ``€1,234.50`` (English); ``whole`` rounds to euros for totals.
    None gives an empty string."""
    if amount is None:
        return ""
    value = Decimal(str(amount))
    number = format_number(abs(value), lang, places=0 if whole else 2)
    sign = "-" if value < 0 else ""
    if i18n.normalize(lang or i18n.language()) == "de":
        return f"{sign}{number}\u00a0{CURRENCY}"
    return f"{sign}{CURRENCY}{number}"


def parse_decimal(text: str, lang: str | None = None) -> Decimal | None:
    """A number as people type it (``1.234,50``, ``1234.5``, ``180 €``, ``€ 95``); empty → None.

    Both separators together: the last one is the decimal point. One kind only: in German a
    comma is the decimal point and a dot groups thousands when three digits follow it; in English
    the other way round.
    """
    raw = str(text or "").strip().replace(CURRENCY, "").replace("EUR", "").replace("eur", "").strip()
    if not raw:
        return None
    if not _NUMBER.match(raw):
        raise InputError(i18n.translate("Money", "'%1' is not a number.").replace("%1", str(text).strip()))
    compact = re.sub(r"[' \u00a0\u202f]", "", raw)
    decimal_sep, thousands_sep = separators(lang)
    if "," in compact and "." in compact:
        decimal_sep = "," if compact.rfind(",") > compact.rfind(".") else "."
        compact = compact.replace("." if decimal_sep == "," else ",", "")
    else:
        for mark in (",", "."):
            count = compact.count(mark)
            if count > 1 or (count == 1 and mark == thousands_sep and re.search(rf"\{mark}\d{{3}}$", compact)):
                compact = compact.replace(mark, "")
        decimal_sep = "," if "," in compact else "."
    try:
        return Decimal(compact.replace(decimal_sep, "."))
    except InvalidOperation:
        raise InputError(i18n.translate("Money", "'%1' is not a number.").replace("%1", str(text).strip())) from None


def clean_money(value: object, field: str, lang: str | None = None) -> Decimal | None:
    """A stored amount: None stays None (not set), otherwise 0 ≤ amount ≤ the column's limit, in
    cents. ``field`` names the amount in messages ("The price")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InputError(i18n.translate("Money", "%1 must be an amount of money.").replace("%1", field))
    try:
        amount = parse_decimal(value, lang) if isinstance(value, str) else Decimal(str(value))
    except InvalidOperation:
        raise InputError(i18n.translate("Money", "%1 must be an amount of money.").replace("%1", field)) from None
    assert amount is not None
    if not amount.is_finite():
        raise InputError(i18n.translate("Money", "%1 must be an amount of money.").replace("%1", field))
    if amount < 0:
        raise InputError(i18n.translate("Money", "%1 must not be negative.").replace("%1", field))
    if amount > MONEY_MAX:
        raise InputError(
            i18n.translate("Money", "%1 is too large (at most %2).")
            .replace("%1", field)
            .replace("%2", format_money(MONEY_MAX, lang))
        )
    return quantize(amount)


def clean_quantity(value: object, field: str, lang: str | None = None) -> Decimal:
    """A quantity greater than zero with at most two decimal places."""
    if isinstance(value, bool):
        raise InputError(i18n.translate("Money", "%1 must be a number.").replace("%1", field))
    try:
        amount = parse_decimal(value, lang) if isinstance(value, str) else Decimal(str(value))
    except InvalidOperation:
        raise InputError(i18n.translate("Money", "%1 must be a number.").replace("%1", field)) from None
    if amount is None or not amount.is_finite() or amount <= 0:
        raise InputError(i18n.translate("Money", "%1 must be greater than zero.").replace("%1", field))
    if amount > QUANTITY_MAX:
        raise InputError(i18n.translate("Money", "%1 is too large.").replace("%1", field))
    return quantize(amount)
