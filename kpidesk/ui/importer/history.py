"""The import history: every import with its file, time, who made it on which computer and
its counts, and Undo.

Undo runs on the state's database thread; afterwards the workspace is reloaded so every view
shows the restored figures.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.importer.operations import HistoryRow, load_history
from kpidesk.ui.messages import error_text
from kpidesk.ui.rows_model import RowsModel
from kpidesk.ui.state import AppState
from kpidesk.usecases.import_job import undo

(
    COL_FILE,
    COL_SHEET,
    COL_WHEN,
    COL_WHO,
    COL_COMPUTER,
    COL_IMPORTED,
    COL_SKIPPED,
    COL_CREATED,
    COL_UNDONE,
) = range(9)
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "File"),
    QT_TRANSLATE_NOOP("HistoryModel", "Sheet"),
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Computer"),
    QT_TRANSLATE_NOOP("HistoryModel", "Figures imported"),
    QT_TRANSLATE_NOOP("HistoryModel", "Left out"),
    QT_TRANSLATE_NOOP("HistoryModel", "KPIs created"),
    QT_TRANSLATE_NOOP("HistoryModel", "Undone"),
)
_NUMERIC = {COL_IMPORTED, COL_SKIPPED, COL_CREATED}


def _when(moment: Any) -> str:
    return QLocale().toString(QDateTime(moment), QLocale.FormatType.ShortFormat)


class HistoryModel(RowsModel[HistoryRow]):
    CONTEXT = "HistoryModel"
    COLUMNS = COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            texts = {
                COL_FILE: row.file_name,
                COL_SHEET: row.sheet or "—",
                COL_WHEN: _when(row.made_at),
                COL_WHO: row.author,
                COL_COMPUTER: row.computer,
                COL_IMPORTED: locale.toString(row.values_imported),
                COL_SKIPPED: locale.toString(row.values_skipped),
                COL_CREATED: locale.toString(row.kpis_created),
                COL_UNDONE: QCoreApplication.translate("HistoryModel", "↶ Undone {when}").format(
                    when=_when(row.undone_at)
                )
                if row.undone_at
                else QCoreApplication.translate("HistoryModel", "No"),
            }
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HistoryPanel(QWidget):
    """The history table with its Undo button; emits `undone` after an undo was written."""

    undone = Signal(int)
    failed = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the undo button
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.setToolTip(
            self.tr("Remove the figures this import added and restore those it overwrote")
        )
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)

    def refresh(self) -> None:
        workspace = self._state.workspace
        self._state.runner.run(lambda: load_history(workspace), self._loaded, self._failed)

    def selected(self) -> HistoryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _loaded(self, rows: list[HistoryRow]) -> None:
        if shiboken6.isValid(self):  # closed meanwhile: the workspace's runner outlives it
            self.model.set_rows(rows)

    def _update_button(self) -> None:
        row = self.selected()
        self.undo_button.setEnabled(row is not None and row.undone_at is None)

    def _undo(self) -> None:
        row = self.selected()
        if row is None or row.undone_at is not None:
            return
        self.undo_button.setEnabled(False)
        workspace, import_id = self._state.workspace, row.import_id
        self._state.runner.run(
            lambda: undo(workspace, import_id),
            lambda restored: self._undone(row, restored),
            self._failed,
        )

    def _undone(self, row: HistoryRow, restored: int) -> None:
        self.message.setText(
            self.tr(
                "Undid the import of {file}: %n figure(s) restored or removed.", "", restored
            ).format(file=row.file_name)
        )
        self._state.reload()
        self.refresh()
        self.undone.emit(row.import_id)

    def _failed(self, error: Exception) -> None:
        self.message.setText(self.tr("✖ {error}").format(error=error_text(error)))
        self.failed.emit(error_text(error))
        self._update_button()
