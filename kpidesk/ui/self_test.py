"""`kpidesk --self-test`: open every view offscreen on the demo business and draw it.

It checks what an owner would see, not only that nothing raised: the dashboard lists every
active KPI with the status the domain computes, the grid shows the demo's figures, the chart
panel draws a KPI, and each view renders to a non-blank image. The first failure is printed
and the exit status is 1.

With `--db` it checks this desktop against that workspace instead, so a team's IT person can
try a desktop on the real server: it connects, reads the workspace and opens every view on
its own data, opened for reading and writing nothing (a workspace that cannot be opened is
one line and exit status 2). The checks that need figures or KPIs run when it has them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.domain.demo import build_demo
from kpidesk.io.export_csv import write_csv
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.errors import StoreError
from kpidesk.store.workspace import Workspace, open_for_reading, open_workspace
from kpidesk.ui.app import EXIT_REFUSED
from kpidesk.ui.dashboard.model import COL_KPI, COL_STATUS, ROW_ROLE
from kpidesk.ui.language import interface_language
from kpidesk.ui.main_window import VIEWS, MainWindow
from kpidesk.ui.state import AppState
from kpidesk.ui.status_style import status_look

_IMPORT_SECONDS = 20


class SelfTestFailure(Exception):
    pass


def run_self_test(app: QApplication, location: str | None = None) -> int:
    """Check the views on a temporary demo workspace, or read-only on `location`."""
    with tempfile.TemporaryDirectory(prefix="kpidesk-self-test-") as folder:
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / "config")
        )
        try:
            workspace = (
                _demo_workspace(Path(folder) / "self-test.kpidesk")
                if location is None
                else open_for_reading(location)
            )
            _check(app, workspace, Path(folder) / "self-test-export.csv")
        except SelfTestFailure as failure:
            print(f"kpidesk self-test failed: {failure}", file=sys.stderr)
            return 1
        except StoreError as error:
            print(f"kpidesk self-test failed: {error}", file=sys.stderr)
            return EXIT_REFUSED
    checked = "dashboard, goals, data entry, import preview and charts drawn"
    if location is None:
        print(f"kpidesk self-test passed: {checked}.")
    else:
        print(
            f"kpidesk self-test passed on {workspace.display_name()}: {checked}; "
            "nothing was changed."
        )
    return 0


def _demo_workspace(path: Path) -> Workspace:
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        demo = build_demo(interface_language())
        fill_demo(session, demo, workspace_name=demo.business_name)
    return workspace


def _check(app: QApplication, workspace: Workspace, csv_path: Path) -> None:
    state = AppState(workspace)
    window = MainWindow(state)
    try:
        window.show()
        for name in VIEWS:
            window.show_view(name)
            app.processEvents()
            _drawn(window.page(name), name)
        _dashboard_agrees(window)
        active = state.snapshot.scorecard.active_kpis()
        if not active:
            return
        if state.snapshot.scorecard.latest_month() is not None:
            _grid_filled(window)
        _import_previewed(app, window, csv_path)
        window.open_chart(active[0].name)
        app.processEvents()
        _drawn(window.charts, "charts")
    finally:
        window.close()


def _drawn(widget: QWidget, name: str) -> None:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise SelfTestFailure(f"the {name} view drew nothing")
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    if len(colours) < 3:
        raise SelfTestFailure(f"the {name} view is blank")


def _dashboard_agrees(window: MainWindow) -> None:
    scorecard = window.state.snapshot.scorecard
    model = window.dashboard.proxy
    month = window.dashboard.selected_month()
    if month != scorecard.latest_month():
        raise SelfTestFailure(f"the dashboard shows {month}, not the latest month")
    if model.rowCount() != len(scorecard.active_kpis()):
        raise SelfTestFailure(f"the dashboard lists {model.rowCount()} KPIs")
    if month is None:
        return
    for row in range(model.rowCount()):
        data = model.index(row, COL_KPI).data(ROW_ROLE)
        expected = scorecard.status_of(data.kpi.name, month).status
        shown = model.index(row, COL_STATUS).data()
        if status_look(expected).label not in shown:
            raise SelfTestFailure(f"{data.kpi.name}: the dashboard says {shown!r}")


def _import_previewed(app: QApplication, window: MainWindow, csv_path: Path) -> None:
    """Export the demo and open the file in the import view, which must preview it (nothing
    is written until the owner confirms)."""
    with csv_path.open("w", encoding="utf-8", newline="") as stream:
        write_csv(window.state.snapshot.scorecard, stream)
    window.import_file(csv_path)
    model = window.importer.preview_model
    deadline = time.monotonic() + _IMPORT_SECONDS
    while model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if model.rowCount() == 0:
        raise SelfTestFailure("the import view previewed nothing of the demo's own export")
    _drawn(window.importer, "import")


def _grid_filled(window: MainWindow) -> None:
    grid = window.data_entry.model
    if grid.rowCount() == 0 or not any(
        grid.cell(r, c).value is not None
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
    ):
        raise SelfTestFailure("the data-entry grid shows no figures")
