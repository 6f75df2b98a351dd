"""Hearing other desktops' writes at once on PostgreSQL: LISTEN on the clock's channel.

Polling the workspace clock is what keeps a window current (and all there is on SQLite);
this only makes it immediate where the server can say so. It runs in a thread of its own on
a connection of its own, taken out of the engine's pool so the pool never hands it to a
query. If the connection fails (the server went away), listening ends quietly: the poll goes
on, and the next write says what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Event
from typing import Any

from sqlalchemy import Engine

from kpidesk.store.clock import CHANNEL

WAKE_S = 0.5
"""How often the listening thread looks whether it was asked to stop."""


def listens(engine: Engine) -> bool:
    """Whether the workspace's database can notify a listener (PostgreSQL)."""
    return engine.dialect.name == "postgresql"


def listen_for_writes(engine: Engine, heard: Callable[[], None], stop: Event) -> None:
    """Call `heard` after each committed write, until `stop` is set; blocks, so run it in a
    thread. Any database error ends it."""
    try:
        pooled = engine.raw_connection()
        connection: Any = pooled.driver_connection  # psycopg's; the driver is optional
        pooled.detach()
        connection.rollback()
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        try:
            while not stop.is_set():
                for _ in connection.notifies(timeout=WAKE_S, stop_after=1):
                    heard()
        finally:
            connection.close()
    except Exception:  # the server went away; polling the clock carries on without us
        return
