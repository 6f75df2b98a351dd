"""The open workspace as the window sees it: the latest snapshot, undo, background work.

Views never query the database themselves. They read `state.snapshot` (a domain Scorecard
with ids and settings) and listen to `snapshotChanged`; they change data through `write()`,
normally from a QUndoCommand. Every database action runs on the one background worker, in
the order it was asked for, so the window never waits on the database: a write commits
there, then the snapshot is refreshed with only what the write touched and announced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from kpidesk.store.loading import Snapshot, load_snapshot
from kpidesk.store.refresh import Touched, refreshed
from kpidesk.store.workspace import Workspace
from kpidesk.ui.messages import error_text
from kpidesk.ui.runner import TaskRunner

T = TypeVar("T")

Write = Callable[[Session], tuple[T, Touched]]
"""A write: runs in its own transaction on the worker, returns its result and what it touched."""


class AppState(QObject):
    snapshotChanged = Signal(object)
    """Emitted with the new Snapshot after the workspace was (re)loaded or written."""
    errorRaised = Signal(str)
    """A message for the owner: a write or load that failed and changed nothing."""
    busyChanged = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        """Loads the first snapshot here, synchronously: the window is built from it and is
        not shown yet, so nothing waits that the owner could see."""
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self._pending = 0
        with workspace.reading() as session:
            self.snapshot: Snapshot = load_snapshot(session)
        self._latest = self.snapshot
        """The snapshot the worker builds the next refresh on: touched only on the worker
        (and before it starts), so queued refreshes apply in order."""

    def write(
        self,
        action: Write[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], object] | None = None,
        landed: Callable[[T], None] | None = None,
    ) -> None:
        """Queue one user action: it runs in its own write transaction on the worker, then
        the snapshot is refreshed with what it touched. `landed` runs on the worker right
        after the commit, before anything queued later (an undo step learns its change id
        there); `on_done` gets the action's result on the GUI thread after the new snapshot
        was announced; a failed action rolled back, and `on_error` (or, without one, the
        status bar) gets the error; what it returns (a message box's button) is not used."""
        workspace = self.workspace

        def work() -> tuple[T, Snapshot | None, Exception | None]:
            with workspace.transaction() as session:
                result, touched = action(session)
            if landed is not None:
                landed(result)
            try:
                with workspace.reading() as session:
                    self._latest = refreshed(session, self._latest, touched)
            except Exception as error:  # the write landed; the owner reads why it is not shown
                return result, None, error
            return result, self._latest, None

        def done(outcome: tuple[T, Snapshot | None, Exception | None]) -> None:
            result, snapshot, error = outcome
            self._settle()
            if snapshot is not None:
                self._announce(snapshot)
            elif error is not None:
                self.errorRaised.emit(error_text(error))
            if on_done is not None:
                on_done(result)

        def failed(error: Exception) -> None:
            self._settle()
            if on_error is not None:
                on_error(error)
            else:
                self.errorRaised.emit(error_text(error))
            self.snapshotChanged.emit(self.snapshot)

        self._begin()
        self.runner.run(work, done, failed)

    def reload(self) -> None:
        """Load a whole fresh snapshot on the worker and announce it (after an import)."""
        self._begin()
        self.runner.run(self._load, self._loaded, self._load_failed)

    def reload_now(self) -> None:
        """Load synchronously, once the worker is idle (tests)."""
        self.runner.wait()
        self._latest = self._load()
        self._announce(self._latest)

    def _load(self) -> Snapshot:
        with self.workspace.reading() as session:
            self._latest = load_snapshot(session)
        return self._latest

    def _begin(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)

    def _settle(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.busyChanged.emit(False)

    def _announce(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.snapshotChanged.emit(snapshot)

    def _loaded(self, snapshot: Any) -> None:
        self._settle()
        self._announce(snapshot)

    def _load_failed(self, error: Exception) -> None:
        self._settle()
        self.errorRaised.emit(error_text(error))

    def kpi_id(self, name: str) -> int:
        return self.snapshot.kpi_ids[self.snapshot.scorecard.kpi(name).key]

    def close(self) -> None:
        self.runner.wait()
        self.workspace.close()
