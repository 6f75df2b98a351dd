"""Drawn cells say in words what they show, so a screen reader reads them too."""

from PySide6.QtCore import Qt

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard.model import COL_KPI, COL_SPARK
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState


def test_the_sparkline_reads_each_month_and_a_missing_one_as_missing(
    qtbot,  # type: ignore[no-untyped-def]
    workspace: Workspace,
) -> None:
    with workspace.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Visits", Unit.COUNT, decimals=0)).id
        writes = [CellWrite(kpi_id, Month(2026, 1), 100), CellWrite(kpi_id, Month(2026, 3), 150)]
        write_figures(session, start_change(session, "edit"), writes)
    state = AppState(workspace)
    window = MainWindow(state)
    qtbot.addWidget(window)
    model = window.dashboard.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_KPI).data() == "Visits")
    spoken = model.index(row, COL_SPARK).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Last 12 months: " + "; ".join(["no figure"] * 9 + ["100", "no figure", "150"])
    state.close()
