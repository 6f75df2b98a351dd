"""Undo steps that act on the database, not only on the screen.

As in pyspread's `commands.py`, a command's redo and undo call the same store operation: the
first redo performs the action (which records a change set with the old value of every cell
or definition it touches); undo replays that change set backwards with `undo_change`, a later
redo forwards with `redo_change`. Each runs on the state's one worker, queued behind what
came before, so an undo pressed before its write landed still follows it. A step that the
store refuses (a later edit touched the same figures) reports why and drops out of the
stack; nothing is half done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from kpidesk.store.figures import CellWrite, redo_change, undo_change
from kpidesk.store.goals import GoalSet
from kpidesk.store.models import ChangeSet
from kpidesk.store.refresh import Touched, touched_by
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figures
from kpidesk.usecases.segments import SegmentChanged
from kpidesk.usecases.stale_figures import Expected


class ChangeCommand(QUndoCommand):
    """One user action on the undo stack; `action` performs it (through a use case) and
    returns the id of its change set.

    `settled` runs on the GUI thread once the first write landed (after the snapshot that
    holds it was announced) or failed; `refused` gets the error when that first write fails
    (by default it is said in the status bar, as an undo or redo that fails always is)."""

    def __init__(
        self,
        state: AppState,
        text: str,
        action: Callable[[Session], int],
        settled: Callable[[], None] | None = None,
        refused: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._state = state
        self._action = action
        self._settled = settled
        self._refused = refused
        self._started = False
        self._dropped = False
        self.change_id: int | None = None
        """Set on the worker when the first write commits."""

    def redo(self) -> None:
        if self._dropped:
            return
        if not self._started:
            self._started = True
            self._state.write(
                self._first, self._first_done, self._first_failed, landed=self._landed
            )
        else:
            self._state.write(self._replay(redo_change), on_error=self._replay_failed)

    def undo(self) -> None:
        if not self._dropped:
            self._state.write(self._replay(undo_change), on_error=self._replay_failed)

    def _first(self, session: Session) -> tuple[int, Touched]:
        change_id = self._action(session)
        return change_id, touched_by(session, change_id)

    def _landed(self, change_id: int) -> None:
        self.change_id = change_id

    def _replay(
        self, replay: Callable[[Session, int], int]
    ) -> Callable[[Session], tuple[None, Touched]]:
        def run(session: Session) -> tuple[None, Touched]:
            if self.change_id is None:  # the first write failed: nothing to replay
                return None, Touched()
            replay(session, self.change_id)
            return None, touched_by(session, self.change_id)

        return run

    def _first_done(self, _change_id: int) -> None:
        if self._settled is not None:
            self._settled()

    def _first_failed(self, error: Exception) -> None:
        if self._settled is not None:
            self._settled()
        if self._refused is not None:
            self._refused(error)
        else:
            self._state.errorRaised.emit(error_text(error))
        self._drop(done=True)

    def _replay_failed(self, error: Exception) -> None:
        stack = self._state.undo_stack
        undone = stack.command(stack.index()) is self
        self._state.errorRaised.emit(error_text(error))
        self._drop(done=not undone)

    def _drop(self, done: bool) -> None:
        """Take the step off the stack: stepping over it once more, with it marked
        obsolete, removes it without touching the workspace."""
        self._dropped = True
        self.setObsolete(True)
        stack = self._state.undo_stack
        if done and stack.command(stack.index() - 1) is self:
            stack.undo()
        elif not done and stack.command(stack.index()) is self:
            stack.redo()


def write_cells_command(
    state: AppState,
    text: str,
    writes: list[CellWrite],
    source: str = "data entry",
    settled: Callable[[], None] | None = None,
    expected: Expected | None = None,
    refused: Callable[[Exception], None] | None = None,
) -> ChangeCommand:
    """Figures typed, pasted, cleared or annotated in the grid, saved as one change set by
    the use case `kpidesk record` calls too; refused whole (StaleFigure) when a cell no
    longer holds what `expected` says the grid showed there."""

    def action(session: Session) -> int:
        return record_figures(session, writes, source=source, summary=text, expected=expected)

    return ChangeCommand(state, text, action, settled, refused)


def goal_command(state: AppState, text: str, action: Callable[[Session], GoalSet]) -> ChangeCommand:
    """A target decision (`set_goal`): undo retracts it, redo restores it. The use case
    returns the change set that holds the decision."""
    return ChangeCommand(state, text, lambda session: action(session).change.id)


def kpi_command(
    state: AppState,
    text: str,
    action: Callable[[Session], ChangeSet],
    refused: Callable[[Exception], None] | None = None,
) -> ChangeCommand:
    """A KPI added (by hand or from the catalog), edited, archived or restored: undo puts
    the definitions back as they were, redo as the change left them."""
    return ChangeCommand(state, text, lambda session: action(session).id, refused=refused)


def segment_command(
    state: AppState,
    text: str,
    action: Callable[[Session], SegmentChanged],
    settled: Callable[[], None] | None = None,
    refused: Callable[[Exception], None] | None = None,
) -> ChangeCommand:
    """A segment added, renamed, archived, restored or merged (`usecases/segments.py`):
    undo puts the segments (and a merge's figures) back as they were."""
    return ChangeCommand(state, text, lambda session: action(session).change.id, settled, refused)
