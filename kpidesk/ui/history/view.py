"""The "Workspace history" window: every change to the workspace, newest first, and undoing
or redoing the selected one, whoever made it and whenever (a command-line `record`, another
desktop's edit, an import, before the last restart).

It never waits on the database: the list is read on the state's worker in a read transaction,
and an undo or redo is a write queued there like any other (`AppState.write`), after which the
snapshot, and so every view, shows the result. The list is read again whenever the snapshot
changes. A refusal (a later change touched the same figures) is said in the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kpidesk.store.history import PAGE, ChangeEntry, count_changes, list_changes
from kpidesk.store.loading import Snapshot
from kpidesk.store.refresh import Touched
from kpidesk.ui.history.model import COL_WHAT, ChangesModel
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState
from kpidesk.usecases import history


class WorkspaceHistoryDialog(QDialog):
    """Lists the newest changes a page at a time ("Show older" adds a page)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace history"))
        self._state = state
        self._shown = PAGE
        self._total = 0
        self._loads = 0
        """Loads asked for; only the answer to the latest one is shown."""
        self.model = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self.tr("Loading…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this change"), self)
        self.undo_button.setToolTip(
            self.tr("Put back what the selected change replaced, whoever made it")
        )
        self.redo_button = QPushButton(self.tr("Redo this change"), self)
        self.redo_button.setToolTip(self.tr("Apply the selected undone change again"))
        self.older_button = QPushButton(self.tr("Show older"), self)
        for button in (self.undo_button, self.redo_button, self.older_button):
            button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self._replay(undo=True))
        self.redo_button.clicked.connect(lambda: self._replay(undo=False))
        self.older_button.clicked.connect(self._show_older)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        actions.addWidget(self.older_button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        state.snapshotChanged.connect(self._snapshot_changed)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again on the worker; the selected change stays selected."""
        workspace, limit = self._state.workspace, self._shown
        self._loads += 1
        load = self._loads

        def read() -> tuple[list[ChangeEntry], int]:
            with workspace.reading() as session:
                return list_changes(session, limit=limit), count_changes(session)

        self._state.runner.run(
            read,
            lambda result: self._loaded(load, *result),
            lambda error: self.status.setText(error_text(error)),
        )

    def selected(self) -> ChangeEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_change(self, change_id: int) -> bool:
        row = self.model.row_of(change_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _snapshot_changed(self, _snapshot: Snapshot) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        """Opened again after being closed: what changed meanwhile is read afresh."""
        super().showEvent(event)
        if self._loads:
            self.refresh()

    def _loaded(self, load: int, entries: list[ChangeEntry], total: int) -> None:
        if load != self._loads:
            return
        chosen = self.selected()
        self._total = total
        self.model.set_rows(entries)
        if chosen is not None:
            self.select_change(chosen.id)
        self.status.setText(
            self.tr("%n change(s), newest first", "", total)
            if total <= len(entries)
            else self.tr("The newest {shown} of %n changes", "", total).format(shown=len(entries))
        )
        self.older_button.setEnabled(total > len(entries))

    def _show_older(self) -> None:
        self._shown += PAGE
        self.refresh()

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.undo_button.setEnabled(entry is not None and entry.undone_at is None)
        self.redo_button.setEnabled(entry is not None and entry.undone_at is not None)

    def _replay(self, undo: bool) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        replay = history.undo if undo else history.redo
        change_id = entry.id

        def write(session: Session) -> tuple[history.Replayed, Touched]:
            done = replay(session, change_id)
            return done, done.touched

        self._state.write(
            write,
            lambda done: self._replayed(done, undo),
            self._refused,
        )

    def _replayed(self, done: history.Replayed, undo: bool) -> None:
        count = done.figures
        if undo:
            text = (
                self.tr("Undid change {id}: %n figure(s) restored.", "", count)
                if count
                else self.tr("Undid change {id}.")
            )
        else:
            text = (
                self.tr("Redid change {id}: %n figure(s) set again.", "", count)
                if count
                else self.tr("Redid change {id}.")
            )
        self.message.setText(text.format(id=done.change_id))

    def _refused(self, error: Exception) -> None:
        self.message.setText(self.tr("✖ {error}").format(error=error_text(error)))
        self._update_buttons()
