"""Database work off the GUI thread, one task at a time.

Like Anki's task manager: a single worker serializes access to the workspace, and results and
errors come back to the GUI thread by signal. Task functions never touch a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Bridge(QObject):
    finished = Signal(object, object)
    failed = Signal(object, object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], bridge: _Bridge, token: object) -> None:
        super().__init__()
        self.work = work
        self.bridge = bridge
        self.token = token

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, never lost
            self.bridge.failed.emit(self.token, error)
        else:
            self.bridge.finished.emit(self.token, result)


class TaskRunner(QObject):
    """Runs callables on one background thread; `on_done`/`on_error` run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._finished)
        self._bridge.failed.connect(self._failed)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable | None]] = {}
        self._next = 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._next += 1
        self._callbacks[self._next] = (on_done, on_error)
        self._pool.start(_Task(work, self._bridge, self._next))

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued tasks are done (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _finished(self, token: int, result: Any) -> None:
        on_done, _ = self._callbacks.pop(token, (None, None))
        if on_done is not None:
            on_done(result)

    @Slot(object, object)
    def _failed(self, token: int, error: Exception) -> None:
        _, on_error = self._callbacks.pop(token, (None, None))
        if on_error is not None:
            on_error(error)
        else:
            raise error
