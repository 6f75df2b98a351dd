"""The bottom of the import view: why the import cannot go ahead yet, the overwrite / keep
choice, the warning when figures would be overwritten by ones on another scale, the progress
bar with Cancel, the Import button and the summary of what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.usecases.import_preview import OnConflict
from kpidesk.usecases.importing import ImportSummary


class ActionBar(QWidget):
    importRequested = Signal()
    cancelRequested = Signal()
    conflictChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.counts = QLabel(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.overwrite = QRadioButton(self.tr("Overwrite figures already in kpidesk"), self)
        self.keep = QRadioButton(self.tr("Keep figures already in kpidesk"), self)
        self.overwrite.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.overwrite)
        group.addButton(self.keep)
        group.buttonToggled.connect(self._toggled)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.importRequested)
        choice = QHBoxLayout()
        choice.addWidget(self.overwrite)
        choice.addWidget(self.keep)
        choice.addStretch(1)
        run = QHBoxLayout()
        run.addWidget(self.message, 1)
        run.addWidget(self.counts)
        run.addWidget(self.progress)
        run.addWidget(self.cancel_button)
        run.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reasons)
        layout.addWidget(QLabel(self.tr("When a month already has a figure:"), self))
        layout.addLayout(choice)
        layout.addWidget(self.warning)
        layout.addLayout(run)
        self.stop_busy()
        self.set_reasons([])
        self.set_warnings([])

    def on_conflict(self) -> OnConflict:
        return OnConflict.SKIP if self.keep.isChecked() else OnConflict.OVERWRITE

    def start_busy(self, text: str, steps: int) -> None:
        """Show progress (`steps` 0: just busy) and Cancel; Import waits."""
        self.message.setText(text)
        self.progress.setRange(0, steps)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(False)

    def set_progress(self, step: int) -> None:
        self.progress.setValue(step)

    def stop_busy(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def set_reasons(self, lines: list[str], note: str = "") -> None:
        """Why Import is disabled: blockers with ✖ in red, or a neutral note (ℹ)."""
        if lines:
            self.reasons.setStyleSheet("color: #a12d20;")
            self.reasons.setText("\n".join(f"✖ {line}" for line in lines))
        else:
            self.reasons.setStyleSheet("")
            self.reasons.setText(f"ℹ {note}" if note else "")
        self.reasons.setVisible(bool(lines or note))

    def set_warnings(self, lines: list[str]) -> None:
        """The overwrite warning, one line per KPI, just above the Import button."""
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def set_counts(
        self, new: int, overwrite: int, unchanged: int, left_out: int, targets: int = 0
    ) -> None:
        """What the import would do; `targets` counts the target changes it would make (from
        plan columns, or a kpidesk export's targets)."""
        locale = QLocale()
        text = self.tr(
            "＋ {new} new · ✎ {over} to overwrite · ＝ {same} unchanged · ⚠ {out} left out"
        ).format(
            new=locale.toString(new),
            over=locale.toString(overwrite),
            same=locale.toString(unchanged),
            out=locale.toString(left_out),
        )
        if targets:
            text += " · " + self.tr("◎ {count} target changes").format(
                count=locale.toString(targets)
            )
        self.counts.setText(text)

    def summary_text(self, summary: ImportSummary, file_name: str) -> str:
        locale = QLocale()
        text = self.tr(
            "✔ Imported {values} figures from {file}: {matched} KPIs matched, {created} created, "
            "{unchanged} already there, {skipped} left out."
        ).format(
            values=locale.toString(summary.values_imported),
            file=file_name,
            matched=locale.toString(summary.kpis_matched),
            created=locale.toString(summary.kpis_created),
            unchanged=locale.toString(summary.values_unchanged),
            skipped=locale.toString(summary.values_skipped),
        )
        if summary.targets_set:
            text += " " + self.tr("Targets set from the file: {count} changes.").format(
                count=locale.toString(summary.targets_set)
            )
        if summary.errors:
            cells = ", ".join(p.cell or "?" for p in summary.errors[:8])
            text += " " + self.tr("Left-out cells: {cells}.").format(cells=cells)
        return text

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.conflictChanged.emit()
