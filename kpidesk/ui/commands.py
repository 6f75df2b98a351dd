"""Undo steps that act on the database, not only on the screen.

As in pyspread's `commands.py`, a command's redo and undo call the same store operation: the
first redo performs the action (which records a change set with the old value of every cell
it touches); undo replays that change set backwards with `undo_change`, a later redo forwards
with `redo_change`. A step that the store refuses (a later edit touched the same figures)
reports why and drops out of the stack; nothing is half done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.store.figures import CellWrite, redo_change, start_change, undo_change, write_figures
from kpidesk.store.models import ChangeSet
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState


class ChangeCommand(QUndoCommand):
    """One user action on the undo stack; `action` performs it and returns its change-set id."""

    def __init__(self, state: AppState, text: str, action: Callable[[Session], int]) -> None:
        super().__init__(text)
        self._state = state
        self._action = action
        self.change_id: int | None = None

    def redo(self) -> None:
        if self.change_id is None:
            self._run(self._action)
        else:
            change_id = self.change_id
            self._run(lambda session: _replayed(redo_change, session, change_id))

    def undo(self) -> None:
        if self.change_id is not None:
            change_id = self.change_id
            self._run(lambda session: _replayed(undo_change, session, change_id))

    def _run(self, action: Callable[[Session], int]) -> None:
        try:
            self.change_id = self._state.write(action)
        except Exception as error:  # the transaction rolled back; the owner reads why
            self._state.errorRaised.emit(error_text(error))
            self.setObsolete(True)


def _replayed(replay: Callable[[Session, int], int], session: Session, change_id: int) -> int:
    replay(session, change_id)
    return change_id


def write_cells_command(
    state: AppState, text: str, writes: list[CellWrite], source: str = "data entry"
) -> ChangeCommand:
    """Figures typed, pasted, cleared or annotated in the grid, saved as one change set."""

    def action(session: Session) -> int:
        change = start_change(session, "edit", source=source, summary=text)
        write_figures(session, change, writes)
        return change.id

    return ChangeCommand(state, text, action)


def goal_command(state: AppState, text: str, action: Callable[[Session], object]) -> ChangeCommand:
    """A target decision (`set_target`, `set_annual_goal`): undo retracts it, redo restores it.

    Those store functions open their own change set; it is the newest one of this
    transaction, which holds the workspace's write lock.
    """

    def run(session: Session) -> int:
        action(session)
        return int(session.scalar(select(func.max(ChangeSet.id))) or 0)

    return ChangeCommand(state, text, run)
