"""The Import view: from a file the owner already keeps to figures in the workspace.

Reading runs `plan_file` on the view's own thread (it touches no database) with a
CancelHandle; previewing, writing and undoing run on the state's database thread, the write as
one transaction that a cancel rolls back. Every choice the owner makes (sheet, layout, decimal
mark, CSV encoding, the mapping, overwrite or keep) re-reads or re-previews, and the Import
button stays disabled, with the reasons said in words, until nothing must be guessed.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpidesk.io.errors import ImportFileError
from kpidesk.io.progress import ImportCancelled
from kpidesk.ui.dropped_files import dropped_spreadsheet
from kpidesk.ui.focus import chain_tab_order
from kpidesk.ui.importer.action_bar import ActionBar
from kpidesk.ui.importer.explain import why_not
from kpidesk.ui.importer.handle import CancelHandle
from kpidesk.ui.importer.history import HistoryPanel
from kpidesk.ui.importer.mapping_delegate import MappingDelegate
from kpidesk.ui.importer.mapping_model import COL_KPI, COL_LABEL, MappingModel
from kpidesk.ui.importer.operations import PreviewResult, preview_file, write_import
from kpidesk.ui.importer.overwrite_warning import confirm_overwrites, warning_lines
from kpidesk.ui.importer.preview_model import COL_SEGMENT, LEFT_OUT, PreviewModel
from kpidesk.ui.importer.problems_model import ProblemsModel
from kpidesk.ui.importer.source_panel import SourcePanel
from kpidesk.ui.importer.start_panel import ImportStartPanel
from kpidesk.ui.importer.tables import boxed, table_of, width_for_headers
from kpidesk.ui.messages import error_text
from kpidesk.ui.runner import TaskRunner
from kpidesk.ui.state import AppState
from kpidesk.usecases.import_job import ReadChoices, ReadResult, read_file
from kpidesk.usecases.import_preview import Action, ImportOptions
from kpidesk.usecases.importing import ImportSummary


class ImportView(QWidget):
    importFinished = Signal(object)
    """Emitted with the ImportSummary after an import was written."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._reader = TaskRunner(self)
        self._read: ReadResult | None = None
        self._result: PreviewResult | None = None
        self._fresh_labels = False
        self._handle: CancelHandle | None = None
        self._writing = False
        self._read_token = 0
        self._preview_token = 0
        self._kpi_names: list[str] = []
        self.setAcceptDrops(True)
        self._build()
        state.snapshotChanged.connect(self._workspace_changed)
        self.history.refresh()

    def _build(self) -> None:
        self.source = SourcePanel(self)
        self.source.openRequested.connect(self.choose_file)
        self.source.choicesChanged.connect(self._choices_changed)
        self.mapping_model = MappingModel(self)
        self.mapping_model.dataChanged.connect(lambda *_: self._start_preview())
        self.delegate = MappingDelegate(self)
        self.preview_model = PreviewModel(self)
        self.problems_model = ProblemsModel(self)
        self.mapping_table = table_of(self.mapping_model, self)
        self.mapping_table.setItemDelegateForColumn(COL_KPI, self.delegate)
        mapping_header = self.mapping_table.horizontalHeader()
        mapping_header.setStretchLastSection(False)
        mapping_header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        mapping_header.setSectionResizeMode(COL_KPI, QHeaderView.ResizeMode.Interactive)
        self.mapping_table.setColumnWidth(COL_KPI, 200)
        self.mapping_table.setMinimumWidth(width_for_headers(self.mapping_table))
        self.preview_table = table_of(self.preview_model, self)
        self.problems_table = table_of(self.problems_model, self)
        self.problems_table.setWordWrap(True)
        self.problems_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.action_bar = ActionBar(self)
        self.action_bar.importRequested.connect(self._import)
        self.action_bar.cancelRequested.connect(self._cancel)
        self.action_bar.conflictChanged.connect(self._start_preview)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(boxed(self.tr("Labels and the KPIs they go to"), self.mapping_table, self))
        left.addWidget(boxed(self.tr("Problems"), self.problems_table, self))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(boxed(self.tr("What the import will do"), self.preview_table, self))
        split.setSizes([500, 780])
        self.start = ImportStartPanel(self)
        self.start.openRequested.connect(self.choose_file)
        self.file_pages = QStackedWidget(self)
        self.file_pages.addWidget(self.start)
        self.file_pages.addWidget(split)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.file_pages, 1)
        self.create_segments = QCheckBox(self.tr("Create segments that are new"), self)
        self.create_segments.setToolTip(
            self.tr(
                "Add each segment the file names and the workspace does not know to the set "
                "of the KPIs its figures are for"
            )
        )
        self.create_segments.hide()
        self.create_segments.toggled.connect(lambda _on: self._start_preview())
        page_layout.addWidget(self.create_segments)
        page_layout.addWidget(self.action_bar)
        self.action_bar.hide()  # until a file is open: nothing to import yet
        self.history = HistoryPanel(self._state, self)
        self.history.undone.connect(lambda _id: self.action_bar.show_message(""))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(page, self.tr("New import"))
        self.tabs.addTab(self.history, self.tr("Import history"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.tabs, 1)
        chain_tab_order(  # reading order: the left column down, then the right
            *(self.mapping_table, self.problems_table, self.preview_table),
            *(self.create_segments, self.action_bar.overwrite),
        )

    def open_file(self, path: Path) -> None:
        """Read a spreadsheet and show what importing it would do; nothing is written yet."""
        self.tabs.setCurrentIndex(0)
        self.file_pages.setCurrentIndex(1)
        self.action_bar.show()
        with QSignalBlocker(self.create_segments):
            self.create_segments.setChecked(False)
        set_names = frozenset(s.key for s in self._state.snapshot.scorecard.segment_sets)
        self._start_read(Path(path), ReadChoices(set_names=set_names))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import figures from a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.ods *.csv)"),
        )
        if name:
            self.open_file(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_spreadsheet(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_spreadsheet(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    def _choices_changed(self, choices: ReadChoices) -> None:
        if self._read is not None:
            self._start_read(self._read.path, choices)

    def _start_read(self, path: Path, choices: ReadChoices) -> None:
        if self._writing:
            return
        if self._handle is not None:
            self._handle.cancel()
        handle = CancelHandle()
        self._handle = handle
        self._read_token += 1
        token = self._read_token
        self._clear()
        self.source.start(path, choices)
        self.action_bar.start_busy(self.tr("Reading {file}…").format(file=path.name), handle.STEPS)
        handle.progressed.connect(self.action_bar.set_progress)
        self._reader.run(
            lambda: read_file(path, choices, handle),
            lambda read: self._read_done(token, read),
            lambda error: self._read_failed(token, error),
        )

    def _read_done(self, token: int, read: ReadResult) -> None:
        if token != self._read_token:
            return
        self._handle = None
        self.action_bar.stop_busy()
        self.action_bar.show_message("")
        self._read = read
        self._fresh_labels = True
        self.source.show_read(read)
        self._start_preview()

    def _read_failed(self, token: int, error: Exception) -> None:
        if token != self._read_token:
            return
        self._handle = None
        self.action_bar.stop_busy()
        self.source.show_error()
        self.action_bar.show_message("")
        if isinstance(error, ImportCancelled):
            self.action_bar.show_message(self.tr("Reading was cancelled; nothing was imported."))
        elif isinstance(error, ImportFileError):
            self.action_bar.set_reasons([error_text(error)])
        else:
            self.action_bar.set_reasons(
                [self.tr("The file could not be read: {error}").format(error=error_text(error))]
            )

    def _clear(self) -> None:
        self._read = None
        self._result = None
        self.preview_model.clear()
        self.problems_model.set_problems([])
        self.action_bar.set_reasons([])
        self.action_bar.set_warnings([])
        self.action_bar.import_button.setEnabled(False)

    def _workspace_changed(self, _snapshot: object) -> None:
        """KPIs and remembered mappings may have changed: resolve the labels again."""
        self._fresh_labels = True
        self._start_preview()

    def _options(self) -> ImportOptions:
        return ImportOptions(
            create_kpis=self.mapping_model.create_kpis(),
            create_segments=self.create_segments.isChecked(),
            on_conflict=self.action_bar.on_conflict(),
            corrections=self.mapping_model.corrections(),
            own_export=self._read.own_export if self._read else None,
        )

    def _start_preview(self) -> None:
        if self._read is None or self._writing:
            return
        read, options, workspace = self._read, self._options(), self._state.workspace
        self._preview_token += 1
        token = self._preview_token
        self.action_bar.import_button.setEnabled(False)
        self._state.runner.run(
            lambda: preview_file(workspace, read, options),
            lambda result: self._previewed(token, options, result),
            lambda error: self._preview_failed(token, error),
        )

    def _previewed(self, token: int, options: ImportOptions, result: PreviewResult) -> None:
        if not shiboken6.isValid(self) or token != self._preview_token or self._read is None:
            return  # a view closed meanwhile: the workspace's runner outlives it
        self._result = result
        if self._fresh_labels:
            self._fresh_labels = False
            self.mapping_model.set_labels(result.seen.preview.plan.labels, result.seen.found)
            self._open_editors(result.seen.kpi_names, force=True)
            self.mapping_table.setMinimumWidth(width_for_headers(self.mapping_table, COL_KPI))
            if self._options() != options:
                self._start_preview()
        self._open_editors(result.seen.kpi_names)
        self.preview_model.set_preview(result.rows, result.seen.definitions)
        preview = result.seen.preview
        self.preview_table.setColumnHidden(COL_SEGMENT, not preview.plan.segment_labels)
        unknown = bool(preview.segments.unknown or preview.segments.to_create)
        self.create_segments.setVisible(unknown or self.create_segments.isChecked())
        self.problems_model.set_problems(result.seen.preview.problems)
        self.action_bar.set_warnings(warning_lines(result.seen.warnings))
        model = self.preview_model
        self.action_bar.set_counts(
            model.count(Action.NEW),
            model.count(Action.OVERWRITE),
            model.count(Action.UNCHANGED),
            model.count(LEFT_OUT) + model.count(Action.SKIP),
            len(result.seen.preview.targets),
        )
        self._update_ready()

    def _preview_failed(self, token: int, error: Exception) -> None:
        if shiboken6.isValid(self) and token == self._preview_token:
            self.action_bar.set_reasons([error_text(error)])

    def _open_editors(self, names: list[str], force: bool = False) -> None:
        """A combo in every mapping row, rebuilt when the workspace's KPIs changed."""
        if names == self._kpi_names and not force:
            return
        self._kpi_names = names
        self.delegate.set_kpi_names(names)
        for row in range(self.mapping_model.rowCount()):
            index = self.mapping_model.index(row, COL_KPI)
            self.mapping_table.closePersistentEditor(index)
            self.mapping_table.openPersistentEditor(index)

    def _update_ready(self) -> None:
        result = self._result
        if result is None or self._writing:
            self.action_bar.import_button.setEnabled(False)
            return
        preview = result.seen.preview
        reasons = why_not(preview.refusals, self.mapping_model.unmapped())
        idle = not (
            preview.count(Action.NEW, Action.OVERWRITE)
            or preview.labels.to_create
            or preview.targets
        )
        note = self.tr("Nothing to import: every figure is already in kpidesk.") if idle else ""
        self.action_bar.set_reasons(reasons, note)
        self.action_bar.import_button.setEnabled(not reasons and not idle)

    def _import(self) -> None:
        if self._read is None or self._result is None or self._writing:
            return
        warnings = self._result.seen.warnings
        if warnings and not confirm_overwrites(self, warning_lines(warnings)):
            return
        read, options, workspace = self._read, self._options(), self._state.workspace
        handle = CancelHandle()
        self._handle = handle
        self._set_writing(True)
        self.action_bar.start_busy(self.tr("Importing {file}…").format(file=read.path.name), 0)
        self._state.runner.run(
            lambda: write_import(workspace, read, options, handle),
            lambda summary: self._written(read, summary),
            self._write_failed,
        )

    def _written(self, read: ReadResult, summary: ImportSummary) -> None:
        self._handle = None
        self._set_writing(False)
        self.action_bar.show_message(self.action_bar.summary_text(summary, read.path.name))
        self.mapping_model.forget_choices()
        self.importFinished.emit(summary)
        self.history.refresh()
        self._state.reload()

    def _write_failed(self, error: Exception) -> None:
        self._handle = None
        self._set_writing(False)
        if isinstance(error, ImportCancelled):
            text = self.tr("The import was cancelled; nothing was written.")
        else:
            text = self.tr("The import failed and nothing was written: {error}").format(
                error=error_text(error)
            )
        self.action_bar.show_message(text)
        self._update_ready()

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.action_bar.stop_busy()
        for widget in (
            self.source,
            self.mapping_table,
            self.action_bar.overwrite,
            self.action_bar.keep,
        ):
            widget.setEnabled(not writing)
        self._update_ready()

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.action_bar.cancelling()
