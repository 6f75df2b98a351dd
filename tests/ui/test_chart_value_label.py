"""The value axis names the KPI and its unit where the plot is tall enough, and only the unit
on a low chart, where the name would be cut (the title above names the KPI anyway)."""

from __future__ import annotations

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.workspace import Workspace
from kpidesk.ui.charts import ChartPanel
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.kpis import define_kpi

NAME = "Customers with a marketing qualification"


def _panel(qtbot, workspace: Workspace) -> ChartPanel:  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition(NAME, Unit.PERCENT, decimals=1))
        record_figure(session, NAME, Month(2026, 3), 12.5, source="test")
    panel = ChartPanel(AppState(workspace))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_kpi(NAME)
    return panel


def test_a_tall_chart_names_the_kpi_on_its_value_axis(qtbot, workspace) -> None:
    panel = _panel(qtbot, workspace)
    panel.resize(1000, 800)
    axis = panel.chart.plot.getAxis("left")
    qtbot.waitUntil(lambda: axis.labelText == f"{NAME} (%)")


def test_a_low_chart_names_only_the_unit(qtbot, workspace) -> None:
    panel = _panel(qtbot, workspace)
    panel.resize(1000, 800)
    axis = panel.chart.plot.getAxis("left")
    qtbot.waitUntil(lambda: axis.labelText == f"{NAME} (%)")
    panel.resize(1000, 260)
    qtbot.waitUntil(lambda: axis.labelText == "%")
