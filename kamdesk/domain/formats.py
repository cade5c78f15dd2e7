"""Dates, amounts and percentages written the way German and English readers expect them.

Used by the PDF and the screens alike, so a date reads the same everywhere (no Qt, no locale
database: the two languages kamdesk speaks are spelled out here).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain import i18n

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "CZK": "Kč", "PLN": "zł"}


def _lang(lang: str | None) -> str:
    return i18n.normalize(lang or i18n.language())


def format_date(day: date | None, lang: str | None = None) -> str:
    """``14.03.2026`` in German, ``14 Mar 2026`` in English; empty for no date."""
    if day is None:
        return ""
    if _lang(lang) == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def format_number(value: Decimal | int | float, lang: str | None = None, decimals: int = 0) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if _lang(lang) == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def format_money(
    value: Decimal | int | float | None, currency: str = "EUR", lang: str | None = None, cents: bool = False
) -> str:
    """``12.500 €`` in German, ``€12,500`` in English (``cents`` adds the two decimals)."""
    if value is None:
        return ""
    number = format_number(value, lang, 2 if cents else 0)
    symbol = _SYMBOLS.get(currency.upper(), currency.upper())
    if _lang(lang) == "de" or len(symbol) > 1:
        return f"{number}\u00a0{symbol}"
    return f"{symbol}{number}"


def format_percent(value: int | float | Decimal | None, lang: str | None = None) -> str:
    """``40 %`` in German (with a narrow no-break space), ``40%`` in English."""
    if value is None:
        return ""
    number = format_number(value, lang, 0)
    return f"{number}\u202f%" if _lang(lang) == "de" else f"{number}%"
