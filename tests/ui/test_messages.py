"""Messages made below the window (importer problems, file errors, refused figures) reach the
owner in the interface language: the window translates their templates in context "messages".

A tiny translation, compiled here, stands in for Bulgarian so the test does not depend on how
far the real translations have got.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kpidesk.domain.month import Month
from kpidesk.ui.importer import ImportView
from kpidesk.ui.importer.preview_model import LEFT_OUT
from kpidesk.ui.importer.problems_model import COL_CELL, COL_REASON
from kpidesk.ui.main_window import MainWindow

from .test_data_entry import cell, open_year, type_into
from .test_import_view import owners_workbook

TRANSLATIONS = {
    "'{text}' {reason}": "„{text}“ {reason}",
    "is not a number (it contains letters)": "не е число (съдържа букви)",
    "shows the error {code}; left out": "показва грешката {code}; пропусната",
    "{file}: {reason}": "{file} — {reason}",
    "the file is empty (0 bytes)": "файлът е празен (0 байта)",
}


def _ts(translations: dict[str, str]) -> str:
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in translations.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="bg">'
        f"<context><name>messages</name>{messages}</context></TS>"
    )


@pytest.fixture
def bulgarian(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The messages above translated, for the length of one test."""
    ts, qm = tmp_path / "messages_bg.ts", tmp_path / "messages_bg.qm"
    ts.write_text(_ts(TRANSLATIONS), encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def view(window: MainWindow) -> ImportView:
    window.show_view("import")
    return window.importer


def test_problems_list_and_preview_show_the_translated_reason(
    qtbot, bulgarian, view: ImportView, tmp_path: Path
) -> None:
    view.open_file(owners_workbook(tmp_path / "bad.xlsx", (40, "#DIV/0!", 45)))
    problems = view.problems_model
    qtbot.waitUntil(lambda: problems.rowCount() > 0, timeout=5000)
    row = [problems.index(r, COL_CELL).data() for r in range(problems.rowCount())].index("C6")
    assert problems.index(row, COL_REASON).data() == "показва грешката #DIV/0!; пропусната"
    preview = view.preview_model
    qtbot.waitUntil(lambda: preview.rowCount() > 0, timeout=5000)
    left_out = next(r for r in range(preview.rowCount()) if preview.row_at(r).action == LEFT_OUT)
    assert preview.row_at(left_out).reason == "показва грешката #DIV/0!; пропусната"


def test_unreadable_file_message_is_translated_file_and_reason(
    qtbot, bulgarian, view: ImportView, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    view.open_file(empty)
    reasons = view.action_bar.reasons
    qtbot.waitUntil(lambda: "empty.xlsx" in reasons.text(), timeout=5000)
    assert "empty.xlsx — файлът е празен (0 байта)" in reasons.text()


def test_refused_figure_reads_translated_in_data_entry(
    qtbot, bulgarian, window: MainWindow
) -> None:
    open_year(window, 2026)
    type_into(qtbot, window, cell(window, "New customers", Month(2026, 4)), "12abc")
    assert "„12abc“ не е число (съдържа букви)" in window.data_entry.message.text()


def test_without_a_translation_the_english_is_shown(
    qtbot, view: ImportView, tmp_path: Path
) -> None:
    view.open_file(owners_workbook(tmp_path / "bad.xlsx", (40, "#DIV/0!", 45)))
    problems = view.problems_model
    qtbot.waitUntil(lambda: problems.rowCount() > 0, timeout=5000)
    reasons = [problems.index(r, COL_REASON).data() for r in range(problems.rowCount())]
    assert "shows the error #DIV/0!; left out" in reasons
