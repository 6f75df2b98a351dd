"""Live: an open window shows within a few seconds what other desktops wrote to its workspace.

Every few seconds the watcher asks the state to look at the workspace clock on its worker
(`AppState.catch_up`: one row read, a whole reload only when the tick moved). The GUI thread
never waits for it, and a look still queued behind a slow write is not asked for again, so
looks never pile up on a busy or unreachable database. Polling the clock works the same on
SQLite and PostgreSQL; on PostgreSQL a thread also listens for the notification each write
sends (`store/clock_listener.py`) and asks for a look at once.
"""

from __future__ import annotations

from threading import Event, Thread

from PySide6.QtCore import QObject, QTimer, Signal

from kpidesk.store.clock_listener import listen_for_writes, listens
from kpidesk.ui.state import AppState

POLL_MS = 2000


class LiveWatcher(QObject):
    """Keeps `state` caught up with the workspace while it is open (a child of the state)."""

    _heard = Signal()
    """A write committed somewhere: emitted on the listening thread, handled on the GUI's."""

    def __init__(self, state: AppState, interval_ms: int = POLL_MS) -> None:
        super().__init__(state)
        self._state = state
        self._queued = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self._stop = Event()
        state.closed.connect(self._stop.set)
        engine = state.workspace.engine
        if listens(engine):
            self._heard.connect(self.poll)
            Thread(
                target=listen_for_writes,
                args=(engine, self._heard.emit, self._stop),
                name="kpidesk-listen",
                daemon=True,
            ).start()

    def poll(self) -> None:
        """Ask for one look at the clock, unless the last one asked for is still queued."""
        if self._queued:
            return
        self._queued = True
        self._state.catch_up(self._looked)

    def _looked(self) -> None:
        self._queued = False
