"""File → Monthly report…: the dialog driven as the owner would, the PDF written off the GUI
thread, and Cancel in the progress dialog leaving no file."""

import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from kpidesk.domain.month import Month
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.report import dialog as report_dialog
from kpidesk.ui.report.dialog import ReportDialog


def _open_dialog(window: MainWindow) -> ReportDialog:
    window.actions_by_name["report"].trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None
    return dialog


def test_the_menu_writes_the_report_of_the_dashboards_month(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    shown = window.dashboard.selected_month()
    dialog = _open_dialog(window)
    assert dialog.chosen_month() == shown
    business = window.state.snapshot.settings.business_name
    assert dialog.chosen_path().name == f"{business} {shown}.pdf"
    target = tmp_path / "october"
    dialog.path_edit.setText(str(target))
    dialog.accept()
    written = tmp_path / "october.pdf"
    qtbot.waitUntil(lambda: "Report written to" in window.statusBar().currentMessage())
    assert str(written) in window.statusBar().currentMessage()
    offer = next(box for box in window.findChildren(QMessageBox) if box.isVisible())
    assert "Open" in [button.text() for button in offer.buttons()]
    offer.close()
    texts = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(written).pages]
    assert business in texts[0]


def test_a_missing_folder_is_said_in_the_dialog(window: MainWindow, tmp_path: Path) -> None:
    dialog = _open_dialog(window)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "r.pdf"))
    dialog.accept()
    assert dialog.isVisible()
    assert "nowhere" in dialog.problem.text()
    dialog.reject()


def test_cancel_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer is held after its first page until the owner has pressed Cancel, so the
    cancel lands while the report is being written, as a slow report's would."""
    first_page = threading.Event()
    pressed = threading.Event()
    real = report_dialog.write_report

    def held(snapshot, month, path, lang, progress, cancelled):  # type: ignore[no-untyped-def]
        def report_page(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                first_page.set()
                pressed.wait(10)

        return real(snapshot, month, path, lang, report_page, cancelled)

    monkeypatch.setattr(report_dialog, "write_report", held)
    report_dialog.start_report(window, Month(2026, 10), tmp_path / "cancelled.pdf")
    qtbot.waitUntil(first_page.is_set)
    progress = window.findChild(QProgressDialog)
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    pressed.set()
    qtbot.waitUntil(lambda: "nothing was written" in window.statusBar().currentMessage())
    assert list(tmp_path.glob("*.pdf")) == []
    assert list(tmp_path.glob(".*.part")) == []


def test_another_month_renames_the_suggestion_but_not_a_typed_name(
    window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open_dialog(window)
    dialog.month_box.setCurrentIndex(1)
    assert dialog.chosen_path().name.endswith(f" {dialog.chosen_month()}.pdf")
    dialog.path_edit.setText(str(tmp_path / "mine.pdf"))
    dialog.month_box.setCurrentIndex(2)
    assert dialog.chosen_path() == tmp_path / "mine.pdf"
    dialog.reject()
