"""Tend's language (UX-3, issue 16 item 1): English, Spanish, Brazilian Portuguese, Polish
or Simplified Chinese. It follows the signed-in user's locale unless the user chose one in
Settings (kept on this computer, like light and dark); a choice applies at once — the
window is built again in the new language, on the tab it was on.

The words come from `app/i18n/tend_<language>.qm` (compiled by `scripts/translations.py`
from the `.ts` sources) and Qt's own (`qtbase_<language>.qm`: its standard buttons and
dialogs). Dates, numbers and money follow the user's locale whatever the language: a
Polish speaker working in English still reads "8.12.2026"."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.models import i18n
from app.views.window_settings import computer_settings

AUTOMATIC = ""
# Each language in its own words (a menu of languages is read by who cannot read the others).
LANGUAGES = {
    "en": "English", "es": "Español", "pt_BR": "Português (Brasil)", "pl": "Polski",
    "zh_CN": "简体中文",
}  # fmt: skip
KEY = "appearance/language"
FOLDER = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[QTranslator] = []
_current: list[str] = []


def chosen(settings: QSettings | None = None) -> str:
    """The user's choice: a language code, or AUTOMATIC (the signed-in user's locale).
    TEND_LANGUAGE in the environment overrides it (screenshots, tests: "pl", "en")."""
    forced = os.environ.get("TEND_LANGUAGE", "")
    if forced in LANGUAGES:
        return forced
    settings = settings or computer_settings()
    value = settings.value(KEY, AUTOMATIC)
    return value if value in LANGUAGES else AUTOMATIC


def keep(choice: str, settings: QSettings | None = None) -> None:
    settings = settings or computer_settings()
    settings.setValue(KEY, choice)
    settings.sync()


def of_locale(locale_name: str) -> str:
    """The language Tend speaks to someone of `locale_name` ("pl_PL" -> "pl"; Portuguese
    of Portugal reads Brazil's; Chinese in traditional script, and any language Tend does
    not have, reads English)."""
    locale = QLocale(locale_name)
    match locale.language():
        case QLocale.Language.Spanish:
            return "es"
        case QLocale.Language.Portuguese:
            return "pt_BR"
        case QLocale.Language.Polish:
            return "pl"
        case QLocale.Language.Chinese if locale.script() != QLocale.Script.TraditionalHanScript:
            return "zh_CN"
    return "en"


def language_for(locale_name: str, settings: QSettings | None = None) -> str:
    """What a user of `locale_name` reads: their choice, else their locale's language."""
    return chosen(settings) or of_locale(locale_name)


def current() -> str:
    """The language installed now ("en" before any)."""
    return _current[0] if _current else "en"


def install(language: str) -> bool:
    """Speak `language` from now on (widgets made before keep their words); False, and
    English, when its translations are missing from this installation."""
    app = QCoreApplication.instance()
    if app is None or (language == current() and _installed):
        return language == current()
    while _installed:
        app.removeTranslator(_installed.pop())
    _current[:] = [language]
    i18n.install()
    ours = QTranslator(app)
    found = ours.load(str(FOLDER / f"tend_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    if not found:
        _current[:] = ["en"]
    return found
