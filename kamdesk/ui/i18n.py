"""Switching the UI language at runtime: Qt translators for kamdesk and for Qt's own dialogs.

Widgets re-translate themselves on ``QEvent.LanguageChange`` (see ``Retranslatable``), so a
switch takes effect at once, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kamdesk.domain import i18n

_installed: list[QTranslator] = []


def qm_path(lang: str) -> str:
    return str(i18n.resource_dir() / "translations" / f"kamdesk_{lang}.qm")


def effective_language(preference: str) -> str:
    """The language to use for a preference ("" = the system's)."""
    return i18n.normalize(preference) if preference else i18n.system_language()


def install(lang: str) -> str:
    """Translate the running application into ``lang`` ("en" or "de"); returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    lang = i18n.normalize(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if lang == "de" else QLocale.Language.English,
            QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom,
        )
    )
    if lang != i18n.SOURCE_LANGUAGE:
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        ours = QTranslator(app)
        if not ours.load(qm_path(lang)):
            raise RuntimeError(f"missing translation file {qm_path(lang)}")
        app.installTranslator(ours)
        _installed.append(ours)
    # Installing or removing a translator makes Qt send LanguageChange to every widget.
    return lang


def label(context: str, source: str) -> str:
    """Translate a constant marked with ``QT_TRANSLATE_NOOP`` in the domain."""
    return QCoreApplication.translate(context, source)
