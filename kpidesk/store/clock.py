"""The workspace clock: one counter that every write transaction moves on, first thing.

Moving it takes the clock row's lock until the write commits, so writers take turns on
PostgreSQL as on SQLite (where BEGIN IMMEDIATE already made them), and each write reads what
it replaces only after the write before it committed. A window compares the tick with the
one it last saw to learn, in one cheap query, that another desktop changed the workspace.
On PostgreSQL each write also notifies `CHANNEL` (delivered when it commits, never when it
rolls back), so a window listening there looks at once instead of at its next poll.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kpidesk.store.models import WorkspaceClock

CHANNEL = "kpidesk_clock"
"""The PostgreSQL notification channel every write transaction notifies, with its tick."""


def advance_clock(session: Session) -> int:
    """Move the clock on and hold its lock until this transaction ends; the new tick."""
    statement = (
        update(WorkspaceClock)
        .where(WorkspaceClock.id == 1)
        .values(tick=WorkspaceClock.tick + 1)
        .returning(WorkspaceClock.tick)
    )
    tick = int(session.execute(statement).scalar_one())
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, str(tick))))
    return tick


def current_tick(session: Session) -> int:
    """The tick of the last committed write."""
    return int(session.scalar(select(WorkspaceClock.tick).where(WorkspaceClock.id == 1)) or 0)
