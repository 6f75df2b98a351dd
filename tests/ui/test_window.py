"""The window: dashboard agrees with the domain, remembered view, settings, self-test."""

import subprocess
import sys

from kpidesk.domain.progress import STATUS_RANK
from kpidesk.store.settings import load_settings
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.dashboard.model import COL_KPI, COL_STATUS, COL_VALUE, ROW_ROLE
from kpidesk.ui.formatting import format_value
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState
from kpidesk.ui.status_style import status_look

from .conftest import settle


def test_dashboard_shows_the_status_the_domain_computes_worst_first(window):
    scorecard = window.state.snapshot.scorecard
    month = scorecard.latest_month()
    view = window.dashboard
    assert view.selected_month() == month
    proxy = view.proxy
    assert proxy.rowCount() == len(scorecard.active_kpis())
    ranks = []
    for row in range(proxy.rowCount()):
        kpi = proxy.index(row, COL_KPI).data(ROW_ROLE).kpi
        expected = scorecard.status_of(kpi.name, month)
        look = status_look(expected.status)
        assert proxy.index(row, COL_STATUS).data() == f"{look.symbol} {look.label}"
        assert proxy.index(row, COL_VALUE).data() == format_value(kpi, expected.value)
        ranks.append(STATUS_RANK[expected.status])
    assert ranks == sorted(ranks)
    assert "on track" in view.summary.text()


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

    path = tmp_path / "figures.csv"
    path.write_text("kpi,month,value\nRevenue,2026-09,31000\n", encoding="utf-8")
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
