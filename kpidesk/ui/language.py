"""The interface language: Qt's default locale (numbers, month names) and its translations.

The catalog and the demo know English, Bulgarian and Estonian; any other locale reads them
in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kpidesk.assets import resource_path
from kpidesk.domain.catalog import FALLBACK_LANGUAGE, LANGUAGES
from kpidesk.domain.numbers import DecimalMark


def apply_language(app: QCoreApplication, lang: str | None) -> None:
    """Use `lang` (or the system's) for formatting, and install its translation if built."""
    if lang:
        QLocale.setDefault(QLocale(lang))
    translator = QTranslator(app)
    name = f"kpidesk_{interface_language()}.qm"
    if translator.load(str(resource_path("translations", name))):
        app.installTranslator(translator)


def interface_language() -> str:
    """The catalog language that matches the interface: "bg", "et" or "en"."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else FALLBACK_LANGUAGE


def decimal_mark() -> DecimalMark:
    """The decimal mark owners type in this locale."""
    return "," if QLocale().decimalPoint() == "," else "."
