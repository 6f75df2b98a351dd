"""The open workspace as the window sees it: the latest snapshot, undo, background work.

Views never query the database themselves. They read `state.snapshot` (a domain Scorecard
with ids and settings) and listen to `snapshotChanged`; they change data through `write()`,
normally from a QUndoCommand. Every database action runs on the one background worker, in
the order it was asked for, so the window never waits on the database: a write commits
there, then the snapshot is refreshed with only what the write touched and announced.

Other desktops write to the same workspace. The state knows the workspace clock's tick its
snapshot reflects (read in the same read transaction as the snapshot): a write of ours that
moved the clock by more than one step, or a look at the clock (`catch_up`, which the live
watcher asks for every few seconds) that finds it moved, loads the whole snapshot afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from kpidesk.store.clock import current_tick
from kpidesk.store.loading import Snapshot, load_snapshot
from kpidesk.store.refresh import Touched, refreshed
from kpidesk.store.workspace import Workspace
from kpidesk.ui.messages import error_text
from kpidesk.ui.runner import TaskRunner
from kpidesk.usecases.stale_figures import StaleFigure

T = TypeVar("T")

Write = Callable[[Session], tuple[T, Touched]]
"""A write: runs in its own transaction on the worker, returns its result and what it touched."""


class AppState(QObject):
    snapshotChanged = Signal(object)
    """Emitted with the new Snapshot after the workspace was (re)loaded or written."""
    errorRaised = Signal(str)
    """A message for the owner: a write or load that failed and changed nothing."""
    busyChanged = Signal(bool)
    closed = Signal()
    """The workspace was closed: whatever watches it stops."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        """Loads the first snapshot here, synchronously: the window is built from it and is
        not shown yet, so nothing waits that the owner could see."""
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self._pending = 0
        self._closed = False
        with workspace.reading() as session:
            self.snapshot: Snapshot = load_snapshot(session)
            self.tick = current_tick(session)
            """The workspace clock's tick `snapshot` reflects."""
        self._latest = self.snapshot
        """The snapshot the worker builds the next refresh on: touched only on the worker
        (and before it starts), so queued refreshes apply in order."""
        self._latest_tick = self.tick
        """The tick `_latest` reflects; like it, touched only on the worker."""

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
        status bar) gets the error; what it returns (a message box's button) is not used.
        A write refused as stale (another desktop changed its cells) looks at the clock at
        once, so the window shows their figures while the owner chooses."""
        workspace = self.workspace

        def work() -> tuple[T, tuple[Snapshot, int] | None, Exception | None]:
            with workspace.transaction() as session:
                result, touched = action(session)
                tick = int(session.info["tick"])
            if landed is not None:
                landed(result)
            try:
                return result, self._refreshed(tick, touched), None
            except Exception as error:  # the write landed; the owner reads why it is not shown
                return result, None, error

        def done(outcome: tuple[T, tuple[Snapshot, int] | None, Exception | None]) -> None:
            result, loaded, error = outcome
            self._settle()
            if loaded is not None:
                self._announce(*loaded)
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
            if isinstance(error, StaleFigure):  # shows what the other desktop wrote at once
                self.catch_up()

        self._begin()
        self.runner.run(work, done, failed)

    def _refreshed(self, tick: int, touched: Touched) -> tuple[Snapshot, int]:
        """The snapshot after our write at `tick`: refreshed with what it touched when the
        snapshot was at the tick before, else (another desktop wrote in between) loaded
        whole. Runs on the worker."""
        if tick != self._latest_tick + 1:
            return self._load()
        with self.workspace.reading() as session:
            self._latest = refreshed(session, self._latest, touched)
        self._latest_tick = tick
        return self._latest, tick

    def catch_up(self, on_done: Callable[[], None] | None = None) -> None:
        """Queue a look at the workspace clock; when another desktop wrote since the snapshot
        was loaded, load it whole and announce it. Reading one row, this is cheap enough to
        ask for every few seconds; it is not shown as busy. A look that fails (the server
        went away) changes nothing: the next write says why. `on_done` runs on the GUI
        thread when the look is over, whatever it found."""
        if self._closed:
            return

        def done(loaded: tuple[Snapshot, int] | None) -> None:
            if loaded is not None:
                self._announce(*loaded)
            if on_done is not None:
                on_done()

        self.runner.run(self._moved, done, lambda _error: done(None))

    def _moved(self) -> tuple[Snapshot, int] | None:
        with self.workspace.reading() as session:
            tick = current_tick(session)
            if tick == self._latest_tick:
                return None
            self._latest = load_snapshot(session)
        self._latest_tick = tick
        return self._latest, tick

    def reload(self) -> None:
        """Load a whole fresh snapshot on the worker and announce it (after an import)."""
        self._begin()
        self.runner.run(self._load, self._loaded, self._load_failed)

    def reload_now(self) -> None:
        """Load synchronously, once the worker is idle (tests)."""
        self.runner.wait()
        self._announce(*self._load())

    def _load(self) -> tuple[Snapshot, int]:
        """The whole snapshot and the tick it reflects, read in one read transaction."""
        with self.workspace.reading() as session:
            self._latest = load_snapshot(session)
            self._latest_tick = current_tick(session)
        return self._latest, self._latest_tick

    def _begin(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)

    def _settle(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.busyChanged.emit(False)

    def _announce(self, snapshot: Snapshot, tick: int) -> None:
        self.snapshot, self.tick = snapshot, tick
        self.snapshotChanged.emit(snapshot)

    def _loaded(self, loaded: tuple[Snapshot, int]) -> None:
        self._settle()
        self._announce(*loaded)

    def _load_failed(self, error: Exception) -> None:
        self._settle()
        self.errorRaised.emit(error_text(error))

    def kpi_id(self, name: str) -> int:
        return self.snapshot.kpi_ids[self.snapshot.scorecard.kpi(name).key]

    def close(self) -> None:
        self._closed = True
        self.closed.emit()
        self.runner.wait()
        self.workspace.close()
