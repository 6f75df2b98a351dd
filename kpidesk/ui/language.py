"""The interface language: which one, its translations, and Qt's default locale for formatting.

One loader for the whole program. The language comes from `--lang`, else the owner's choice in
the settings dialog, else the system locale; it is applied once, when the QApplication starts
(a change made in the settings dialog applies from the next start). kpidesk's own `.qm` files
are found with `resource_path` (checkout, wheel and frozen build alike); Qt's own dialog strings
come from `qtbase_<lang>.qm`: PySide6's for Bulgarian, our own small one for Estonian.

`KPIDESK_PSEUDO=1` swaps the translation for the stretched pseudo-language (`pseudo.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kpidesk.assets import resource_path
from kpidesk.domain.catalog import FALLBACK_LANGUAGE, LANGUAGES
from kpidesk.domain.numbers import DecimalMark
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.pseudo import PseudoTranslator

PSEUDO_VARIABLE = "KPIDESK_PSEUDO"
# The locale each interface language formats numbers, currencies and months with.
_FORMAT_LOCALES = {"bg": "bg_BG", "et": "et_EE", "en": "en_US"}

_installed: list[QTranslator] = []


def translation_file(lang: str) -> Path:
    """kpidesk's compiled translation for `lang` (for English, only the plural forms)."""
    return resource_path("translations", f"kpidesk_{lang}.qm")


def qt_translation_folder() -> Path:
    """Where PySide6 keeps Qt's own compiled translations (`qtbase_bg.qm`, …)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_translation_file(lang: str) -> Path:
    """Qt's own strings (dialog buttons, text-field menus) for `lang`: PySide6's file where Qt
    ships one, else ours (Qt has no Estonian; resources/translations/qtbase_et.ts fills in)."""
    shipped = qt_translation_folder() / f"qtbase_{lang}.qm"
    return shipped if shipped.is_file() else resource_path("translations", f"qtbase_{lang}.qm")


def chosen_language(requested: str | None) -> str:
    """`--lang`, else the settings dialog's choice, else the system's language if we have it."""
    if requested in LANGUAGES:
        return requested
    stored = ui_settings.LANGUAGE.get()
    if stored in LANGUAGES:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else FALLBACK_LANGUAGE


def format_locale(lang: str) -> QLocale:
    """The locale numbers and months are written in.

    English keeps the system's own English (en_GB stays en_GB); the "C" locale of servers and
    CI, or English chosen on a non-English system, becomes en_US so thousands are still grouped.
    """
    system = QLocale.system()
    if lang == FALLBACK_LANGUAGE and system.language() == QLocale.Language.English:
        return system
    return QLocale(_FORMAT_LOCALES.get(lang, _FORMAT_LOCALES[FALLBACK_LANGUAGE]))


def apply_language(app: QCoreApplication, lang: str | None) -> str:
    """Set the default locale and install the translations; returns the language applied."""
    chosen = chosen_language(lang)
    QLocale.setDefault(format_locale(chosen))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if os.environ.get(PSEUDO_VARIABLE):
        _install(app, PseudoTranslator(app))
        return chosen
    for path in (translation_file(chosen), qt_translation_file(chosen)):
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            _install(app, translator)
    return chosen


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def interface_language() -> str:
    """The catalog language that matches the interface: "bg", "et" or "en"."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else FALLBACK_LANGUAGE


def decimal_mark() -> DecimalMark:
    """The decimal mark owners type in this locale."""
    return "," if QLocale().decimalPoint() == "," else "."
