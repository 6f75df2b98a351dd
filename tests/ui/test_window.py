"""The window: the dashboard shows the demo's statuses worked out by hand, remembered view,
settings, self-test."""

import subprocess
import sys

from PySide6.QtGui import QTextDocument

from kpidesk.domain.month import Month
from kpidesk.store.settings import load_settings
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.dashboard.model import COL_KPI, COL_STATUS, COL_VALUE
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState
from tests.workbooks import write_text

from .conftest import settle

OFF, RISK, ON = "✖ Off track", "▲ At risk", "● On track"
DEMO_OCTOBER_2026 = [
    # worked out from the demo's October 2026 figures and goals (most at a 10 % tolerance)
    (OFF, "Customer engagement", "3.6\u00a0%"),  # 3.6 of a 5.0 goal: 72 %
    (OFF, "Profit", "2,905\u00a0€"),  # 2,905 of 3,400: 85 %
    (RISK, "Quick ratio", "0.85"),  # 0.65 off 1.50: past its ±0.50 band, within twice that
    (RISK, "Marketing qualified leads", "9"),  # 9 of 10: 90 %
    (RISK, "Average profit margin", "9.4\u00a0%"),  # 2,905 / 30,865 = 9.41 % of 10 %
    (RISK, "Revenue", "30,865\u00a0€"),  # 30,865 of the annual goal's 32,389: 95 %
    (ON, "Customer satisfaction score", "4.66"),  # 4.66 of 4.50
    (ON, "Brand awareness", "4,435"),  # 4,435 of 4,200
    (ON, "New customers", "55"),  # 55 of 50
    (ON, "Marketing spend", "900\u00a0€"),  # 900 spent of at most 1,000
    (ON, "Average wait time", "37\u00a0min"),  # 37 of at most 45
    (ON, "Customer acquisition cost", "16.36\u00a0€"),  # 900 / 55 = 16.36 of at most 22.00
]


def test_dashboard_shows_each_kpis_status_and_value_worst_first(window):
    view = window.dashboard
    assert view.selected_month() == Month(2026, 10)
    proxy = view.proxy
    shown = [
        tuple(proxy.index(row, column).data() for column in (COL_STATUS, COL_KPI, COL_VALUE))
        for row in range(proxy.rowCount())
    ]
    assert shown == DEMO_OCTOBER_2026
    document = QTextDocument()
    document.setHtml(view.summary.text())
    # each group's spaces are non-breaking, so a wrap falls only between the groups
    assert document.toRawText().split(" \u00a0 ") == [
        "●\u00a06\u00a0on\u00a0track",
        "▲\u00a04\u00a0at\u00a0risk",
        "✖\u00a02\u00a0off\u00a0track",
    ]


def test_enter_on_the_dashboard_opens_the_chart(qtbot, window):
    opened = []
    window.dashboard.kpiActivated.connect(opened.append)
    table = window.dashboard.table
    table.setCurrentIndex(window.dashboard.proxy.index(0, COL_KPI))
    qtbot.keyClick(table, "\r")
    assert opened == [window.dashboard.current_kpi()]
    assert window.current_view() == "charts"


def test_last_view_and_geometry_are_remembered(qtbot, demo_workspace):
    state = AppState(demo_workspace)
    first = MainWindow(state)
    qtbot.addWidget(first)
    first.show_view("goals")
    first.close()
    assert ui_settings.LAST_VIEW.get() == "goals"
    assert not ui_settings.GEOMETRY.get().isEmpty()


def test_settings_change_the_fiscal_year_in_the_database(qtbot, window):
    dialog = SettingsDialog(window.state.snapshot.settings, window)
    dialog.business_name.setText("Kalamaja OÜ")
    dialog.fiscal_start.setCurrentIndex(6)
    chosen = dialog.settings()
    window.save_workspace_settings(chosen)
    settle(qtbot, window.state)
    with window.state.workspace.reading() as session:
        stored = load_settings(session)
    assert (stored.business_name, stored.fiscal_start) == ("Kalamaja OÜ", 7)
    assert window.windowTitle().startswith("Kalamaja OÜ")
    assert window.data_entry.model.months[0].month == 7


def test_self_test_passes():
    result = subprocess.run(
        [sys.executable, "-m", "kpidesk", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "passed" in result.stdout


def test_a_spreadsheet_dropped_on_the_window_opens_the_import_preview(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    path = write_text(
        tmp_path / "figures.csv", "kpi,month,value\nRevenue,2026-09,31000\n", encoding="utf-8"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.current_view() == "import"
    model = window.importer.preview_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    row = model.row_at(0)
    assert (row.new, row.kpi) == (31000, "Revenue")
    assert row.old == window.state.snapshot.scorecard.value("Revenue", row.month)


def test_a_large_dashboard_is_computed_off_the_gui_thread(qtbot, workspace):
    from kpidesk.domain.kpi import KpiDefinition, Unit
    from kpidesk.domain.month import Month
    from kpidesk.store.figures import CellWrite, start_change, write_figures
    from kpidesk.store.kpis import add_kpis
    from kpidesk.ui.dashboard.view import DashboardView

    with workspace.transaction() as session:
        ids = add_kpis(session, [KpiDefinition(f"KPI {i}", Unit.COUNT) for i in range(80)])
        writes = [CellWrite(kpi_id, Month(2025, 6), float(i)) for i, kpi_id in enumerate(ids)]
        write_figures(session, start_change(session, "edit"), writes)
    state = AppState(workspace)
    view = DashboardView(state)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 80, timeout=5000)
    assert view.selected_month() == Month(2025, 6)
    state.runner.wait()


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, demo_workspace):
    """1280×800 is wanted, but a smaller screen's free area bounds it (offscreen: 800×800)."""
    state = AppState(demo_workspace)
    window = MainWindow(state)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    assert (free.width(), free.height()) == (800, 800)
    assert (window.width(), window.height()) == (800, 800)
    state.runner.wait()
