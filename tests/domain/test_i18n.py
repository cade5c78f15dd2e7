import pytest

from kamdesk.domain import i18n


@pytest.mark.parametrize(
    ("env", "expected"),
    [("de_DE.UTF-8", "de"), ("de_AT", "de"), ("en_GB.UTF-8", "en"), ("fr_FR.UTF-8", "en"), ("C.UTF-8", "en")],
)
def test_system_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch, env: str, expected: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", env)
    assert i18n.system_language() == expected


def test_language_variable_wins_over_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de_DE:en")
    assert i18n.system_language() == "de"


def test_translation_comes_from_the_shipped_catalogue() -> None:
    with i18n.using("de"):
        assert i18n.translate("Workspace", "%1 does not exist.") == "%1 existiert nicht."
    assert i18n.translate("Workspace", "%1 does not exist.") == "%1 does not exist."


def test_plural_forms_pick_by_count() -> None:
    with i18n.using("de"):
        one = i18n.translate("Cli", "%n account written to %1")
        other = i18n.translate("Cli", "%n accounts written to %1")
        assert i18n.plural(1, one, other) == "1 Account nach %1 geschrieben"
        assert i18n.plural(3, one, other) == "3 Accounts nach %1 geschrieben"


def test_qt_plural_entries_of_the_catalogue_are_read_too() -> None:
    with i18n.using("de"):
        assert i18n.lookup("MainWindow", "Imported %n account(s).", n=1) == "1 Account importiert."
        assert i18n.lookup("MainWindow", "Imported %n account(s).", n=2) == "2 Accounts importiert."


def test_unknown_strings_fall_back_to_english() -> None:
    with i18n.using("de"):
        assert i18n.lookup("Nowhere", "Not a catalogued text") == "Not a catalogued text"
