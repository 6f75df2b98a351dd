"""The translations are complete, current with the code, compiled, and actually loaded.

A new `tr()` string without a Bulgarian or Estonian translation fails here, as does a `.qm` not
rebuilt after its `.ts` changed, or a translation that lost a `{placeholder}` the code fills in.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.ui.language import apply_language, qt_translation_folder, translation_file

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations

# English translates only the plural forms ("1 change", "2 changes"); see packaging/translations.py.
LANGS = ("bg", "et", "en")
_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def _texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang: str) -> None:
    missing = [
        f"{context}: {source!r}"
        for context, source, message in _messages(translations.ts_file(lang))
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _texts(translation))
    ]
    assert missing == [], f"{len(missing)} strings lack a translation"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders(lang: str) -> None:
    broken = [
        f"{context}: {source!r} → {text!r}"
        for context, source, message in _messages(translations.ts_file(lang))
        for text in _texts(message.find("translation"))  # type: ignore[arg-type]
        if text
        and sorted(set(_PLACEHOLDER.findall(text))) != sorted(set(_PLACEHOLDER.findall(source)))
    ]
    assert broken == []


@pytest.mark.parametrize("lang", LANGS)
def test_ts_holds_exactly_the_code_strings(lang: str, tmp_path: Path) -> None:
    committed = translations.ts_file(lang)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.update(fresh)
    keys = {(context, source) for context, source, _ in _messages(committed)}
    assert {(context, source) for context, source, _ in _messages(fresh)} == keys


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_compiled_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    built = tmp_path / f"kpidesk_{lang}.qm"
    translations.release(translations.ts_file(lang), built)
    assert translation_file(lang).read_bytes() == built.read_bytes()


@pytest.fixture
def restore_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    apply_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_bulgarian_interface_numbers_and_qt_dialogs(qapp, restore_english) -> None:  # type: ignore[no-untyped-def]
    assert apply_language(qapp, "bg") == "bg"
    assert QCoreApplication.translate("menus", "&File") == "&Файл"
    assert QCoreApplication.translate("MainWindow", "Imported %n figure(s).", "", 3) == (
        "Импортирани са 3 стойности."
    )
    assert QLocale().toString(12345.5, "f", 2) == "12\u00a0345,50"
    assert QLocale().standaloneMonthName(3) == "март"
    if (qt_translation_folder() / "qtbase_bg.qm").is_file():
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отказ"


def test_settings_choice_is_used_when_no_lang_is_given(qapp, restore_english) -> None:  # type: ignore[no-untyped-def]
    from kpidesk.ui import settings as ui_settings

    ui_settings.LANGUAGE.set("bg")
    assert apply_language(qapp, None) == "bg"
    assert apply_language(qapp, "en") == "en"
    assert QCoreApplication.translate("menus", "&File") == "&File"
    assert QLocale().toString(1234567.0, "f", 0) == "1,234,567"


def test_english_counts_read_in_the_singular_and_the_plural(qapp, restore_english) -> None:  # type: ignore[no-untyped-def]
    apply_language(qapp, "en")
    history = "WorkspaceHistoryDialog"
    assert QCoreApplication.translate(history, "%n change(s), newest first", "", 1) == (
        "1 change, newest first"
    )
    assert QCoreApplication.translate(history, "%n change(s), newest first", "", 2) == (
        "2 changes, newest first"
    )
    assert QCoreApplication.translate("ChangesModel", "%n figure(s)", "", 1) == "1 figure"
    assert QCoreApplication.translate("ChangesModel", "%n figure(s)", "", 12) == "12 figures"
    apply_language(qapp, "et")
    assert QCoreApplication.translate("ChangesModel", "%n figure(s)", "", 1) == "1 väärtus"
    assert QCoreApplication.translate("ChangesModel", "%n figure(s)", "", 3) == "3 väärtust"
