"""Ending the program once the dashboard has been painted with its rows, for timing start-up.

`benchmarks/startup_speed.py` times kpidesk from the process's start to a dashboard the owner
could read. With KPIDESK_EXIT_AFTER_FIRST_PAINT set, the window quits as soon as the
dashboard's table has painted while it holds rows (not merely the first frame of an empty
window) and prints how many rows were on screen, so the benchmark can check the paint was real.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from kpidesk.ui.dashboard.view import DashboardView

ENV = "KPIDESK_EXIT_AFTER_FIRST_PAINT"


class _QuitAfterPaint(QObject):
    """Watches the dashboard table's viewport; quits after the first paint that shows rows."""

    def __init__(self, dashboard: DashboardView) -> None:
        super().__init__(dashboard)
        self.dashboard = dashboard
        self._done = False
        dashboard.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            rows = self.dashboard.proxy.rowCount()
            if rows:
                # quit from here, not from a timer: the dashboard's own timers (the chart
                # below, 100 ms on) must not run first on a machine slow to get back to one
                self._done = True
                self._quit(rows)
        return False

    def _quit(self, rows: int) -> None:
        print(f"first paint: {rows} dashboard rows", file=sys.stderr, flush=True)
        QCoreApplication.quit()


def exit_after_first_paint(dashboard: DashboardView) -> None:
    """Quit once `dashboard` has painted its rows, when the environment asks for it."""
    if os.environ.get(ENV):
        _QuitAfterPaint(dashboard)
