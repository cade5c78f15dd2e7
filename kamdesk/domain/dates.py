"""Calendar dates as people write them (German and English) and the arithmetic KAM work needs."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from kamdesk.domain import formats, i18n
from kamdesk.domain.errors import InputError

_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$")
#: "9 Mar 2026", "9. März 2026", "9 March 2026", "9-Mar-2026" (what English and German readers write)
_NAMED = re.compile(r"^(\d{1,2})\.?[\s-]*([^\W\d_]+)\.?[\s-]*(\d{4})$")
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january", "januar", "jän", "jänner"),
            ("feb", "february", "februar"),
            ("mar", "march", "mär", "märz", "maerz"),
            ("apr", "april"),
            ("may", "mai"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december", "dez", "dezember"),
        ),
        start=1,
    )
    for name in names
}


def format_date(value: date | None) -> str:
    """``value`` written the way the current language writes dates: ``09.03.2026`` in German,
    ``9 Mar 2026`` in English ("" for None). The same as ``formats.format_date`` (the PDF's)."""
    return formats.format_date(value)


def parse_date(text: object) -> date | None:
    """A date from DD.MM.YYYY, DD/MM/YYYY, DD.MM.YY, YYYY-MM-DD or "9 Mar 2026" / "9. März 2026"
    (None if empty).

    Raises InputError naming the text if it is not a date.
    """
    if text is None:
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    raw = str(text).strip()
    if not raw:
        return None
    try:
        if match := _DMY.match(raw):
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000 if year < 70 else 1900
            return date(year, month, day)
        if match := _ISO.match(raw):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if (match := _NAMED.match(raw)) and match[2].lower() in _MONTHS:
            return date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    except ValueError:
        pass
    raise InputError(
        i18n.translate("Dates", "'%1' is not a date (examples: 31.12.2026, 2026-12-31).").replace("%1", raw)
    )


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months; the 31st becomes the month's last day where needed."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
