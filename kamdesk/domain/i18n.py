"""Translation for the layers without Qt (CLI messages, PDF, domain labels).

The one source of truth is the Qt Linguist catalogue ``resources/translations/kamdesk_<lang>.ts``
that the UI also uses. Strings here are marked so that ``pyside6-lupdate`` collects them:

* ``i18n.translate("Context", "text")`` translates now, into the current language;
* ``QT_TRANSLATE_NOOP("Context", "text")`` only marks a constant; ``lookup()`` translates it later.

English is the source language, German the users' working language.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "de")
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}

_current = SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


def system_language() -> str:
    """The supported language the environment asks for (German or English)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalize(value.split(":")[0])
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return normalize(code)


def normalize(code: str) -> str:
    """``de_DE.UTF-8`` → ``de``; anything unsupported → English."""
    lang = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return lang if lang in LANGUAGES else SOURCE_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    _current = normalize(lang)


def language() -> str:
    return _current


@contextmanager
def using(lang: str) -> Iterator[None]:
    """Translate into ``lang`` inside the block (e.g. while writing a German PDF)."""
    global _current
    before = _current
    _current = normalize(lang)
    try:
        yield
    finally:
        _current = before


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a literal ``source`` (lupdate collects the call) into the current language."""
    return lookup(context, source, n=n)


def plural(n: int, one: str, other: str) -> str:
    """``one`` or ``other`` by ``n`` (English and German both tell 1 from the rest), with ``%n``
    replaced. Give both forms as literal ``translate`` calls, so that lupdate sees them whatever
    its version makes of plural arguments:

        i18n.plural(n, i18n.translate("Cli", "%n page written"), i18n.translate("Cli", "%n pages written"))
    """
    return (one if n == 1 else other).replace("%n", str(n))


def lookup(context: str, source: str, lang: str | None = None, n: int = -1) -> str:
    """Translate a marked constant; ``%n`` is replaced by ``n`` as Qt does."""
    lang = normalize(lang or _current)
    text = source
    if lang != SOURCE_LANGUAGE:
        entry = catalogue(lang).get((context, source))
        if entry:
            text = entry[0] if n == 1 or len(entry) == 1 else entry[1]
    if n >= 0:
        text = text.replace("%n", str(n))
    return text


def resource_dir() -> Path:
    """The shipped ``resources`` folder (a plain folder in every install, frozen ones included).

    ``importlib.resources`` would do the same, but costs ~8 ms of start-up to import."""
    import kamdesk.resources

    return Path(kamdesk.resources.__file__).resolve().parent


def catalogue_path(lang: str) -> Path:
    return resource_dir() / "translations" / f"kamdesk_{lang}.ts"


@cache
def catalogue(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """``(context, source) → translations`` read from the committed .ts file."""
    from defusedxml import ElementTree

    path = catalogue_path(lang)
    if not path.is_file():
        return {}
    root = ElementTree.fromstring(path.read_bytes())
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            values = tuple(forms) if forms else (translation.text or "",)
            if any(values):
                table[(name, source)] = values
    return table
