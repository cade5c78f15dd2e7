"""Money amounts as people type them and as German and English spreadsheets write them.

"1.250.000", "1,250,000", "1.250.000,50 €", "2,5 Mio", "800k" and "EUR 45.000" are all
amounts; which separator is the decimal one is given (the user's language, or the file's), and
an amount that only makes sense one way (three digits after a single separator are thousands)
is read that way regardless.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError

#: the largest amount stored (Numeric(14, 2))
AMOUNT_MAX = Decimal("999999999999.99")

_SUFFIXES = {
    "k": Decimal(1_000),
    "t": Decimal(1_000),
    "tsd": Decimal(1_000),
    "m": Decimal(1_000_000),
    "mio": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "mrd": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
}
_CURRENCY = re.compile(r"(€|eur\b|euro\b)", re.IGNORECASE)
_SUFFIX = re.compile(r"^(?P<number>.*?)\s*(?P<suffix>[a-z]+)\.?$", re.IGNORECASE)


def parse_amount(text: object, decimal: str = ".") -> Decimal | None:
    """The amount in ``text`` (None if empty); ``decimal`` is "." or ",".

    Raises InputError naming the text if it is not an amount.
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return _checked(text, str(text))
    if isinstance(text, bool):
        raise _not_an_amount(str(text))
    if isinstance(text, int | float):
        return _checked(Decimal(str(text)), str(text))
    raw = str(text).strip()
    cleaned = _CURRENCY.sub("", raw).strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not cleaned:
        return None
    factor = Decimal(1)
    match = _SUFFIX.match(cleaned)
    if match and match.group("suffix").lower() in _SUFFIXES:
        factor = _SUFFIXES[match.group("suffix").lower()]
        cleaned = match.group("number").strip()
    negative = cleaned.startswith("-")
    digits = cleaned.lstrip("+-").replace(" ", "").replace("'", "")
    if not digits or not re.fullmatch(r"[\d.,]+", digits) or not digits[0].isdigit():
        raise _not_an_amount(raw)
    number = _normalise(digits, decimal, raw)
    try:
        value = Decimal(number) * factor
    except InvalidOperation:
        raise _not_an_amount(raw) from None
    return _checked(-value if negative else value, raw)


def _normalise(digits: str, decimal: str, raw: str) -> str:
    """``digits`` with thousands separators removed and the decimal separator as "."."""
    thousands = "," if decimal == "." else "."
    if "," in digits and "." in digits:
        # both present: the one that comes last is the decimal separator
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
    elif digits.count(decimal) > 1:
        # "1,250,000" where "," is the decimal separator: it can only be grouping
        decimal, thousands = thousands, decimal
    elif digits.count(decimal) == 1:
        pass
    elif digits.count(thousands) == 1 and digits.count(decimal) == 0 and not re.fullmatch(r"\d{1,3}[.,]\d{3}", digits):
        # "12,5" in an English file is no thousands grouping; take it as the decimal separator
        decimal, thousands = thousands, decimal
    head, _, tail = digits.rpartition(decimal) if decimal in digits else (digits, "", "")
    groups = head.split(thousands) if thousands in head else [head]
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise _not_an_amount(raw)
    if decimal in digits and not tail:
        raise _not_an_amount(raw)
    whole = "".join(groups)
    return f"{whole}.{tail}" if tail else whole


def _checked(value: Decimal, raw: str) -> Decimal:
    if not value.is_finite() or abs(value) > AMOUNT_MAX:
        raise _not_an_amount(raw)
    if value < 0:
        raise InputError(i18n.translate("Amounts", "'%1': an amount must not be negative.").replace("%1", raw))
    return value.quantize(Decimal("0.01"))


def _not_an_amount(raw: str) -> InputError:
    return InputError(
        i18n.translate("Amounts", "'%1' is not an amount (examples: 1.250.000, 1,250,000, 2.5 Mio).").replace("%1", raw)
    )
