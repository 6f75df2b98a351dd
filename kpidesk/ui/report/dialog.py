"""File → Monthly report…: choose the month and the file, then the report is written off the
GUI thread with a progress dialog whose Cancel leaves no file; the status bar says where it
went and a message offers to open it.

The report is built from the window's snapshot (the numbers the dashboard shows) on a worker
of its own, so saving a figure meanwhile does not wait behind it; the snapshot is never
changed, only replaced, so reading it there is safe.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.month import Month
from kpidesk.store.loading import Snapshot
from kpidesk.ui.dashboard.rows import dashboard_months
from kpidesk.ui.formatting import format_month
from kpidesk.ui.language import interface_language
from kpidesk.ui.messages import error_text
from kpidesk.ui.report.builder import ReportCancelled, business_label, write_report
from kpidesk.ui.runner import TaskRunner

if TYPE_CHECKING:
    from kpidesk.ui.main_window import MainWindow

_STATUS_MS = 8000
_UNSAFE = '<>:"/\\|?*'
"""Letters a file name may not hold on some system; replaced in the suggested name."""


def default_name(snapshot: Snapshot, month: Month) -> str:
    """`<business> <YYYY-MM>.pdf`, safe as a file name everywhere."""
    business = "".join("-" if ch in _UNSAFE else ch for ch in business_label(snapshot)).strip()
    return f"{business} {month}.pdf" if business else f"{month}.pdf"


class ReportDialog(QDialog):
    """The month (the dashboard's by default) and where to save the PDF."""

    def __init__(self, snapshot: Snapshot, month: Month | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        self._snapshot = snapshot
        self.month_box = QComboBox()
        for shown in dashboard_months(snapshot.scorecard):
            self.month_box.addItem(format_month(shown, long=True), shown)
        index = self.month_box.findData(month)
        self.month_box.setCurrentIndex(max(index, 0))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._folder = Path(folder or Path.home())
        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(self.path_edit.fontMetrics().averageCharWidth() * 72)
        self._suggested = ""
        self.month_box.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month_box)
        form.addRow(self.tr("Save as:"), where)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Write report"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if self.month_box.count() == 0:
            ok.setEnabled(False)
            self.problem.setText(self.tr("There are no figures yet to report on."))

    def chosen_month(self) -> Month:
        return self.month_box.currentData()

    def chosen_path(self) -> Path:
        """The file asked for, with `.pdf` added when it has no such ending."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _suggest_name(self) -> None:
        """The default name for the chosen month, unless the owner typed or chose another."""
        month = self.month_box.currentData()
        current = self.path_edit.text().strip()
        if month is None or (current and current != self._suggested):
            return
        folder = Path(current).parent if current else self._folder
        self._suggested = str(folder / default_name(self._snapshot, month))
        self.path_edit.setText(self._suggested)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path_edit.setText(path)

    def accept(self) -> None:
        """Refuses, saying why, a file name without a name or in a folder that is missing."""
        text = self.path_edit.text().strip()
        if not text:
            self.problem.setText(self.tr("Choose where to save the report."))
            return
        folder = self.chosen_path().parent
        if not folder.is_dir():
            self.problem.setText(
                self.tr("The folder {folder} does not exist.").format(folder=folder)
            )
            return
        super().accept()


class ReportJob(QObject):
    """One report being written on a worker of its own; signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    written = Signal(object)
    """The Path written, or None when it was cancelled (and nothing was written)."""
    failed = Signal(object)

    def __init__(
        self, snapshot: Snapshot, month: Month, path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.runner = TaskRunner(self)
        self._cancel = threading.Event()
        self._snapshot, self._month, self._lang = snapshot, month, interface_language()

    def start(self) -> None:
        self.runner.run(self._work, self.written.emit, self._ended)

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self) -> Path:
        return write_report(
            self._snapshot,
            self._month,
            self.path,
            self._lang,
            self.progressed.emit,
            self._cancel.is_set,
        )

    def _ended(self, error: Exception) -> None:
        if isinstance(error, ReportCancelled):
            self.written.emit(None)
        else:
            self.failed.emit(error)


def open_report_dialog(window: MainWindow) -> ReportDialog:
    """Ask for the month and the file (window-modal, not blocking); accepted, write it."""
    dialog = ReportDialog(window.state.snapshot, window.dashboard.selected_month(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: start_report(window, dialog.chosen_month(), dialog.chosen_path())
    )
    dialog.open()
    return dialog


def start_report(window: MainWindow, month: Month, path: Path) -> ReportJob:
    """Write the report with a progress dialog; its Cancel stops it and leaves no file."""
    job = ReportJob(window.state.snapshot, month, path, window)
    progress = QProgressDialog(
        QCoreApplication.translate("report", "Writing the report…"),
        QCoreApplication.translate("report", "Cancel"),
        0,
        0,
        window,
    )
    progress.setWindowTitle(QCoreApplication.translate("report", "Monthly report"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.canceled.connect(job.cancel)
    job.progressed.connect(lambda done, total: _advance(progress, done, total))

    def written(result: Path | None) -> None:
        progress.canceled.disconnect(job.cancel)
        progress.close()
        if result is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("report", "Report cancelled; nothing was written."),
                _STATUS_MS,
            )
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate("report", "Report written to {path}.").format(
                    path=result
                ),
                _STATUS_MS,
            )
            _offer_to_open(window, result)
        job.deleteLater()

    def failed(error: Exception) -> None:
        progress.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("report", "Report not written"),
            error_text(error),
            QMessageBox.StandardButton.Close,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        job.deleteLater()

    job.written.connect(written)
    job.failed.connect(failed)
    job.start()
    return job


def _advance(progress: QProgressDialog, done: int, total: int) -> None:
    progress.setMaximum(total)
    progress.setValue(done)


def _offer_to_open(window: MainWindow, path: Path) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("report", "Monthly report"),
        QCoreApplication.translate("report", "The report is written to {path}.").format(path=path),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    opening = box.addButton(
        QCoreApplication.translate("report", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    opening.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
