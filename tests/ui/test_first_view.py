"""Start-up builds only the dashboard: it paints with its rows before any other view exists,
and every other view is built, and opens, when the owner first asks for it."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from kpidesk.ui.main_window import VIEWS

DEMO_KPIS = 12
"""The English demo business has twelve KPIs."""

LOADED_AT_START = """
import atexit, runpy, sys
watched = {watched!r}
atexit.register(lambda: print("loaded:", sorted(m for m in watched if m in sys.modules),
                              file=sys.stderr))
sys.argv = ["kpidesk", "--lang", "en", "--db", {db!r}]
runpy.run_module("kpidesk", run_name="__main__")
"""

LATER = (
    "pyqtgraph",
    "numpy",
    "openpyxl",
    "python_calamine",
    "alembic",
    "kpidesk.ui.charts",
    "kpidesk.ui.goals.view",
    "kpidesk.ui.data_entry.view",
    "kpidesk.ui.importer.view",
    "kpidesk.cli.import_command",
)


class _Paints(QObject):
    """Counts paints of a widget made while the dashboard held rows."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.window = window
        self.with_rows = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.dashboard.proxy.rowCount():
            self.with_rows += 1
        return False


def test_the_dashboard_paints_its_rows_before_any_other_view_is_built(qtbot, window):
    paints = _Paints(window)
    window.dashboard.table.viewport().installEventFilter(paints)
    window.dashboard.table.viewport().update()
    qtbot.waitUntil(lambda: paints.with_rows > 0)
    assert window.current_view() == "dashboard"
    assert window.dashboard.proxy.rowCount() == DEMO_KPIS
    assert [name for name in VIEWS if window.is_built(name)] == ["dashboard"]


def test_each_view_is_built_when_first_shown_and_opens(qtbot, window):
    for name in VIEWS:
        window.show_view(name)
        assert window.current_view() == name
        assert window.is_built(name)
        qtbot.waitUntil(window.page(name).isVisible)
    assert window.goals is window.page("goals")
    window.show_view("dashboard")
    assert window.dashboard.isVisible()


def test_the_window_starts_without_the_other_views_libraries(tmp_path: Path):
    db = tmp_path / "demo.kpidesk"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "kpidesk", "--lang", "en", "--db", str(db), "demo"],
        check=True,
        capture_output=True,
        env=env,
    )
    script = LOADED_AT_START.format(watched=LATER, db=str(db))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "KPIDESK_EXIT_AFTER_FIRST_PAINT": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert f"first paint: {DEMO_KPIS} dashboard rows" in result.stderr
    assert "loaded: []" in result.stderr
