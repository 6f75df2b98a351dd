"""The open workspace as the window sees it: the latest snapshot, undo, background loading.

Views never query the database themselves. They read `state.snapshot` (a domain Scorecard
with ids and settings) and listen to `snapshotChanged`; they change data through `write()`,
normally from a QUndoCommand, after which a fresh snapshot is loaded in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from kpidesk.store.loading import Snapshot, load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.ui.messages import error_text
from kpidesk.ui.runner import TaskRunner

T = TypeVar("T")


class AppState(QObject):
    snapshotChanged = Signal(object)
    """Emitted with the new Snapshot after the workspace was (re)loaded."""
    errorRaised = Signal(str)
    """A message for the owner: a write or load that failed and changed nothing."""
    busyChanged = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self._pending_loads = 0
        with workspace.transaction() as session:
            self.snapshot: Snapshot = load_snapshot(session)

    def write(self, action: Callable[[Session], T]) -> T:
        """Run one user action in its own transaction now (edits are small), then refresh the
        snapshot in the background. An error rolls the action back and is raised."""
        with self.workspace.transaction() as session:
            result = action(session)
        self.reload()
        return result

    def reload(self) -> None:
        """Load a fresh snapshot off the GUI thread and announce it."""
        self._pending_loads += 1
        self.busyChanged.emit(True)
        self.runner.run(self._load, self._loaded, self._load_failed)

    def reload_now(self) -> None:
        """Load synchronously (start-up and tests)."""
        self._loaded(self._load())

    def _load(self) -> Snapshot:
        with self.workspace.transaction() as session:
            return load_snapshot(session)

    def _loaded(self, snapshot: Any) -> None:
        self._pending_loads = max(0, self._pending_loads - 1)
        if self._pending_loads == 0:
            self.busyChanged.emit(False)
        self.snapshot = snapshot
        self.snapshotChanged.emit(snapshot)

    def _load_failed(self, error: Exception) -> None:
        self._pending_loads = max(0, self._pending_loads - 1)
        self.busyChanged.emit(False)
        self.errorRaised.emit(error_text(error))

    def kpi_id(self, name: str) -> int:
        return self.snapshot.kpi_ids[self.snapshot.scorecard.kpi(name).key]

    def close(self) -> None:
        self.runner.wait()
        self.workspace.close()
