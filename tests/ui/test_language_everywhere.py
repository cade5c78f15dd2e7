"""Switching the language reaches every screen at once, without a restart.

After switching to German, no visible text on any tab, nested tab, mode or detail panel may still
be an English catalogue string whose German translation differs — that would be a widget that did
not re-translate. And numbers, amounts and dates are written as the language writes them
(``1.234,50 €`` / ``€1,234.50``, ``22.11.2026`` / ``22 Nov 2026``) everywhere: a form of the other
language anywhere on screen is a format written by hand somewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kamdesk.domain import i18n
from kamdesk.ui import i18n as ui_i18n
from kamdesk.ui.main_window import MainWindow
from tests.ui.conftest import dispose
from tests.ui.visible_text import visible_text
from tests.ui.walk import settle, walk

# Words that are the same in both languages or are names, not UI text.
#: catalogue contexts that hold data (the demo's texts), not user-interface text
USER_DATA_CONTEXTS = {"Demo"}
SAME_IN_BOTH = {"Account", "Accounts", "Profil", "Plan", "Service", "Mentor", "Status", "Name", "Website"}


def _english_only_strings() -> set[str]:
    table = i18n.catalogue("de")
    return {
        source.replace("&", "")
        for (context, source), forms in table.items()
        if context not in USER_DATA_CONTEXTS
        and forms[0].replace("&", "") != source.replace("&", "")
        and len(source) > 3
        and "%" not in source
    } - SAME_IN_BOTH


@pytest.fixture
def german_window(qtbot: QtBot, tmp_path: Path, dialogs, app_language: None):  # type: ignore[no-untyped-def]
    """The main window on a demo workspace whose *data* was written in German, so that any
    English left on screen after switching is user-interface text."""
    from kamdesk.app import create_application
    from kamdesk.services import demo

    create_application()
    path = demo.write(tmp_path / "de.kamdesk", lang="de")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(str(path))
    yield win
    win.close()
    dispose(win)


def _everywhere(window: MainWindow) -> dict[str, set[str]]:
    """The lines of visible text in every state of the walk (tabs, nested tabs, modes, selections,
    the portfolio), by state."""
    seen: dict[str, set[str]] = {}

    def look(where: str) -> None:
        seen[where] = {line.replace("&", "").strip() for line in visible_text(window).splitlines()}

    walk(window, look)
    return seen


def test_every_tab_speaks_german_after_switching(german_window: MainWindow, qtbot: QtBot) -> None:
    window = german_window
    english = _english_only_strings()
    walk(window, lambda where: None)  # every page has been loaded in English first
    ui_i18n.install("de")
    QCoreApplication.processEvents()
    settle()
    leftovers = {where: lines & english for where, lines in _everywhere(window).items() if lines & english}
    assert leftovers == {}
    window.workshop.enter(full_screen=False)  # and the workshop's own words
    settle()
    lines = {line.replace("&", "").strip() for line in visible_text(window).splitlines()}
    assert lines & english == set()
    window.workshop.leave()


#: amounts, numbers and dates written the other language's way
OTHER_FORMS = {
    "de": {
        "English amount": re.compile(r"€\s?\d"),
        "English number": re.compile(r"\d,\d{3}(?!\d)(?![.,]\d)|\d\.\d{2}(?!\d)(?!\.)"),
        "English date": re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b"),
        "English percent": re.compile(r"\d%"),
    },
    "en": {
        "German amount": re.compile(r"\d\s?€"),
        "German number": re.compile(r"\d\.\d{3},\d{2}\b|\d,\d{2}\s?€"),
        "German date": re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b"),
        "German percent": re.compile(r"\d[\s\u202f\u00a0]%"),
    },
}
#: the language's own forms, one of each must be on screen somewhere
OWN_FORMS = {
    "de": (re.compile(r"\d\u00a0€"), re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")),
    "en": (re.compile(r"€\d"), re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")),
}


@pytest.mark.parametrize("switch_to", ["de", "en"])
def test_numbers_amounts_and_dates_follow_the_language(
    qtbot: QtBot, tmp_path: Path, dialogs, app_language: None, switch_to: str
) -> None:  # type: ignore[no-untyped-def]
    """Start in one language, switch at runtime to the other: every screen writes numbers,
    amounts and dates the new language's way (the demo data itself written in it, too)."""
    from kamdesk.app import create_application
    from kamdesk.services import demo

    start = "en" if switch_to == "de" else "de"
    create_application(language=start)
    path = demo.write(tmp_path / "demo.kamdesk", lang=switch_to)
    win = MainWindow(remember_layout=False)
    win.resize(1600, 1000)
    win.show()
    try:
        _formats_follow(win, path, switch_to)
    finally:
        win.close()
        dispose(win)


def _formats_follow(win: MainWindow, path: Path, switch_to: str) -> None:
    assert win.open_workspace(str(path))
    walk(win, lambda where: None)
    ui_i18n.install(switch_to)
    settle()
    seen = _everywhere(win)
    wrong = {
        kind: sorted({line for lines in seen.values() for line in lines if form.search(line)})[:12]
        for kind, form in OTHER_FORMS[switch_to].items()
    }
    bad = {kind: lines for kind, lines in wrong.items() if lines}
    assert bad == {}, "\n".join(
        f"{kind}: {line!r} in {next(w for w, ls in seen.items() if line in ls)}"
        for kind, lines in bad.items()
        for line in lines
    )
    for form in OWN_FORMS[switch_to]:
        assert any(form.search(line) for lines in seen.values() for line in lines), form.pattern
