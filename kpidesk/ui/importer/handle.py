"""The one place where the importer's progress/cancel handle meets Qt.

The import job knows only the `kpidesk.io.progress.ProgressHandle` it is given
(`set_progress`, `cancelled`); this handle answers it from a thread-safe flag the Cancel
button sets, and forwards progress to a signal, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

_STEPS = 200


class CancelHandle(QObject):
    progressed = Signal(int)
    """Progress in steps of 0..`STEPS`, emitted only when it moved, so a long read does not
    flood the GUI thread's event queue."""

    STEPS = _STEPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._last = -1

    def set_progress(self, fraction: float) -> None:
        step = round(min(max(fraction, 0.0), 1.0) * _STEPS)
        if step != self._last:
            self._last = step
            self.progressed.emit(step)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
