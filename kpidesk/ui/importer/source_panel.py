"""The top of the import view: which file, which sheet, how it was read, and what was found.

Everything the importer guessed is shown here and can be changed: the sheet (hidden sheets
listed and marked), the layout, the decimal mark when numbers do not show it, and a CSV file's
encoding and delimiter. Each change asks the view to read the file again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kpidesk.io.plan import ImportPlan, Layout, ProblemCode
from kpidesk.ui.formatting import format_month
from kpidesk.ui.messages import translated
from kpidesk.usecases.import_job import ReadChoices, ReadResult

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1257", "iso-8859-15")
DELIMITERS = (";", ",", "\t", "|")
_SHOWN_NOTES = 4


class SourcePanel(QWidget):
    openRequested = Signal()
    choicesChanged = Signal(object)
    """Emitted with new ReadChoices when the owner corrects how the file is read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = ReadChoices()
        self.file_label = QLabel(self.tr("No file yet: open one or drop it here."), self)
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.open_button.clicked.connect(self.openRequested)
        self.sheet = QComboBox(self)
        self.sheet.setPlaceholderText(self.tr("Choose a sheet…"))
        self.sheet.setMinimumContentsLength(16)
        self.layout_combo = QComboBox(self)
        for text, value in (
            (self.tr("Find it for me"), "auto"),
            (self.tr("KPIs down, months across"), Layout.WIDE.value),
            (self.tr("Months down, KPIs across"), Layout.TALL.value),
            (self.tr("One row per KPI and month"), Layout.LONG.value),
        ):
            self.layout_combo.addItem(text, value)
        self.decimal = QComboBox(self)
        self.decimal.addItem(self.tr("Choose…"), None)
        self.decimal.addItem(self.tr("Comma: 1 234,56"), ",")
        self.decimal.addItem(self.tr("Point: 1,234.56"), ".")
        self.encoding = QComboBox(self)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox(self)
        for mark in DELIMITERS:
            self.delimiter.addItem(self.tr("Tab") if mark == "\t" else mark, mark)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.encoding_label = QLabel(self.tr("Encoding:"), self)
        self.delimiter_label = QLabel(self.tr("Delimiter:"), self)
        self.decimal_label = QLabel(self.tr("Decimal mark:"), self)
        self._build_layout()
        self.sheet.activated.connect(lambda _=0: self._changed(sheet=self.sheet.currentData()))
        self.layout_combo.activated.connect(
            lambda _=0: self._changed(layout=self.layout_combo.currentData())
        )
        self.decimal.activated.connect(
            lambda _=0: self._changed(decimal_mark=self.decimal.currentData())
        )
        self.encoding.activated.connect(
            lambda _=0: self._changed(encoding=self.encoding.currentData())
        )
        self.delimiter.activated.connect(
            lambda _=0: self._changed(delimiter=self.delimiter.currentData())
        )
        self.show_csv(False)
        self._show_decimal(False)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.open_button)
        grid = QGridLayout()
        pairs = (
            (QLabel(self.tr("Sheet:"), self), self.sheet),
            (QLabel(self.tr("Layout:"), self), self.layout_combo),
            (self.decimal_label, self.decimal),
            (self.encoding_label, self.encoding),
            (self.delimiter_label, self.delimiter),
        )
        for column, (label, combo) in enumerate(pairs):
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(combo, 0, 2 * column + 1)
        grid.setColumnStretch(2 * len(pairs), 1)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top, 0, 0)
        outer.addLayout(grid, 1, 0)
        outer.addWidget(self.found, 2, 0)

    def choices(self) -> ReadChoices:
        return self._choices

    def start(self, path: Path, choices: ReadChoices) -> None:
        """A file is being read with these choices."""
        self._choices = choices
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))

    def show_read(self, read: ReadResult) -> None:
        """Show what reading found and which of it was guessed."""
        plan = read.plan
        self._choices = read.choices
        self.sheet.clear()
        for info in plan.sheets:
            text = self.tr("{name} (hidden)").format(name=info.name) if info.hidden else info.name
            if info.name in plan.candidate_sheets and plan.sheet is None:
                text = self.tr("{sheet} — has figures").format(sheet=text)
            self.sheet.addItem(text, info.name)
        self.sheet.setCurrentIndex(self.sheet.findData(plan.sheet) if plan.sheet else -1)
        self.sheet.setEnabled(len(plan.sheets) > 1)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(read.choices.layout))
        ambiguous = any(p.code is ProblemCode.AMBIGUOUS_DECIMAL_MARK for p in plan.problems)
        self._show_decimal(ambiguous or read.choices.decimal_mark is not None)
        self.decimal.setCurrentIndex(max(self.decimal.findData(read.choices.decimal_mark), 0))
        self._show_text_format(plan)
        self.found.setText(describe(plan))
        self.found.setToolTip("\n".join(translated(note) for note in plan.left_out))

    def show_error(self) -> None:
        """The file could not be read: nothing was found, there is no sheet to choose."""
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.found.setText("")
        self.found.setToolTip("")

    def show_csv(self, visible: bool) -> None:
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
            widget.setVisible(visible)

    def _show_decimal(self, visible: bool) -> None:
        self.decimal_label.setVisible(visible)
        self.decimal.setVisible(visible)

    def _show_text_format(self, plan: ImportPlan) -> None:
        text = plan.text_format
        self.show_csv(text is not None)
        if text is None:
            return
        if self.encoding.findData(text.encoding) < 0:
            self.encoding.addItem(text.encoding, text.encoding)
        self.encoding.setCurrentIndex(self.encoding.findData(text.encoding))
        self.delimiter.setCurrentIndex(max(self.delimiter.findData(text.delimiter), 0))
        guessed = self.tr("{what} (guessed):")
        self.encoding_label.setText(
            guessed.format(what=self.tr("Encoding"))
            if text.encoding_guessed
            else self.tr("Encoding:")
        )
        self.delimiter_label.setText(
            guessed.format(what=self.tr("Delimiter"))
            if text.delimiter_guessed
            else self.tr("Delimiter:")
        )

    def _changed(self, **changes: object) -> None:
        # Any choice by name, as dataclasses.replace takes them (the panel's own widgets).
        self._choices = replace(self._choices, **changes)  # type: ignore[arg-type]
        self.choicesChanged.emit(self._choices)


def describe(plan: ImportPlan) -> str:
    """Where the table is and what it holds, in the owner's terms (columns and rows as the
    spreadsheet names them)."""
    location = plan.location
    if location is None:
        return ""
    rows = ", ".join(str(row) for row in location.header_rows)
    if location.layout is Layout.WIDE:
        where = QCoreApplication.translate(
            "SourcePanel", "KPIs down column {label}, months across row {rows}"
        ).format(label=location.label_column, rows=rows)
    elif location.layout is Layout.TALL:
        where = QCoreApplication.translate(
            "SourcePanel", "Months down column {month}, KPIs across row {rows}"
        ).format(month=location.month_column, rows=rows)
    else:
        where = QCoreApplication.translate(
            "SourcePanel",
            "KPIs in column {label}, months in column {month}, figures in column {value}",
        )
        where = where.format(
            label=location.label_column, month=location.month_column, value=location.value_column
        )
    text = QCoreApplication.translate(
        "SourcePanel", "Found: {where} (header at {cell}). Labels: {labels}, months: {months}"
    ).format(
        where=where,
        cell=location.header_cell,
        labels=QLocale().toString(len(plan.labels)),
        months=QLocale().toString(len(plan.months)),
    )
    if plan.months:
        text += f" ({format_month(min(plan.months))} – {format_month(max(plan.months))})"
    if plan.left_out:
        shown = "; ".join(translated(note) for note in plan.left_out[:_SHOWN_NOTES])
        more = len(plan.left_out) - _SHOWN_NOTES
        text += "\n" + QCoreApplication.translate(
            "SourcePanel", "Left out as totals or notes: {shown}"
        ).format(shown=shown)
        if more > 0:
            text += " " + QCoreApplication.translate("SourcePanel", "and {count} more").format(
                count=more
            )
    return text
