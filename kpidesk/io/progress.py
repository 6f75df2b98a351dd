"""The one progress and cancel handle of long work (reading a file, a whole import job).

The work only calls `set_progress` and `cancelled` (Orange's `set_progress_value` and
`is_interruption_requested`); it knows nothing of Qt. The command line passes
`NullProgress`; the import view passes the wrapper that forwards progress to a signal and
answers `cancelled` from its Cancel button.
"""

from __future__ import annotations

from typing import Protocol


class ProgressHandle(Protocol):
    """What a long-running reader reports to and asks of its caller."""

    def set_progress(self, fraction: float) -> None:
        """Called with a number from 0.0 to 1.0 as the work advances."""

    def cancelled(self) -> bool:
        """True once the owner asked to stop; the work then raises ImportCancelled."""


class ImportCancelled(Exception):
    """The owner cancelled while the file was being read; nothing was produced."""


def raise_if_cancelled(handle: ProgressHandle) -> None:
    """Stop the work here (ImportCancelled) once the owner asked to."""
    if handle.cancelled():
        raise ImportCancelled("import cancelled")


class NullProgress:
    """The handle used when the caller passes none: never cancelled, reports nowhere."""

    def set_progress(self, fraction: float) -> None:
        """Ignore progress."""

    def cancelled(self) -> bool:
        """Never cancelled."""
        return False


class Stage:
    """Maps one stage's own 0..1 progress into a slice of the overall bar, and checks for
    cancellation on every report so long loops stop promptly."""

    def __init__(self, handle: ProgressHandle | None, start: float, end: float) -> None:
        self._handle = handle or NullProgress()
        self._start = start
        self._span = end - start

    def report(self, fraction: float) -> None:
        """Report progress within this stage; raise ImportCancelled when cancelled."""
        raise_if_cancelled(self._handle)
        self._handle.set_progress(self._start + self._span * min(max(fraction, 0.0), 1.0))

    def sub(self, start: float, end: float) -> Stage:
        """A stage covering part of this one."""
        return Stage(self._handle, self._start + self._span * start, self._start + self._span * end)
