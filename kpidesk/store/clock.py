"""The workspace clock: one counter that every write transaction moves on, first thing.

Moving it takes the clock row's lock until the write commits, so writers take turns on
PostgreSQL as on SQLite (where BEGIN IMMEDIATE already made them), and each write reads what
it replaces only after the write before it committed. A window compares the tick with the
one it last saw to learn, in one cheap query, that another desktop changed the workspace.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kpidesk.store.models import WorkspaceClock


def advance_clock(session: Session) -> int:
    """Move the clock on and hold its lock until this transaction ends; the new tick."""
    statement = (
        update(WorkspaceClock)
        .where(WorkspaceClock.id == 1)
        .values(tick=WorkspaceClock.tick + 1)
        .returning(WorkspaceClock.tick)
    )
    return int(session.execute(statement).scalar_one())


def current_tick(session: Session) -> int:
    """The tick of the last committed write."""
    return int(session.scalar(select(WorkspaceClock.tick).where(WorkspaceClock.id == 1)) or 0)
