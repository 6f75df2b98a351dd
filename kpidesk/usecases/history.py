"""Undo or redo any one change of the workspace history by its id, from the window's
"Workspace history" or from `kpidesk undo | redo CHANGE_ID`, also long after it was made.

An import's change is undone as the import history undoes it (`store.imports.undo_import`),
so the two doors do the same; every other change, and every redo, replays its change set
through `store.figures`, which refuses (UndoConflict) when a later change altered what it
would restore. The caller owns the transaction: a refusal rolls it back, nothing half done.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kpidesk.store.figures import redo_change, undo_change
from kpidesk.store.imports import import_of_change, undo_import
from kpidesk.store.models import ChangeSet
from kpidesk.store.refresh import Touched, touched_by


@dataclass(frozen=True, slots=True)
class Replayed:
    """What undoing or redoing one change did: how many figures it set back (or again), and
    what it touched, so the window refreshes only that."""

    change_id: int
    kind: str
    figures: int
    touched: Touched


def undo(session: Session, change_id: int) -> Replayed:
    """Undo change `change_id` in the caller's transaction."""
    import_id = import_of_change(session, change_id)
    if import_id is not None:
        figures = undo_import(session, import_id)
    else:
        figures = undo_change(session, change_id)
    return _replayed(session, change_id, figures)


def redo(session: Session, change_id: int) -> Replayed:
    """Apply an undone change `change_id` again, in the caller's transaction."""
    return _replayed(session, change_id, redo_change(session, change_id))


def _replayed(session: Session, change_id: int, figures: int) -> Replayed:
    change = session.get(ChangeSet, change_id)
    assert change is not None  # the replay above refused a missing change
    return Replayed(change_id, change.kind, figures, touched_by(session, change_id))
