"""The chart's dashed "Last year" line and its quarter-by-quarter view, numbers by hand.

Sales (summed, target 100 a month): 2025 January 80, February 100, March missing, April 90;
2026 January 90, February 120, March 105, April 110.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.settings import WorkspaceSettings, save_settings
from kpidesk.store.workspace import Workspace
from kpidesk.ui.charts import ChartPanel
from kpidesk.ui.charts.kpi_chart import ChartView
from kpidesk.ui.settings import CHART_LAST_YEAR
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import define_kpi

SALES = {
    "2025-01": 80,
    "2025-02": 100,
    "2025-04": 90,
    "2026-01": 90,
    "2026-02": 120,
    "2026-03": 105,
    "2026-04": 110,
}


def _fill(workspace: Workspace, fiscal_start: int = 1) -> Workspace:
    with workspace.transaction() as session:
        if fiscal_start != 1:
            save_settings(session, WorkspaceSettings(fiscal_start=fiscal_start))
        define_kpi(session, KpiDefinition("Sales", Unit.COUNT, decimals=0))
        for month, value in SALES.items():
            record_figure(session, "Sales", Month.parse(month), value, source="test")
        set_goal(session, "Sales", TargetKind.MONTHLY, Month(2025, 1), 100)
    return workspace


def _panel(qtbot, workspace: Workspace) -> ChartPanel:  # type: ignore[no-untyped-def]
    state = AppState(workspace)
    widget = ChartPanel(state)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show_kpi("Sales")
    return widget


@pytest.fixture
def panel(qtbot, workspace: Workspace) -> ChartPanel:  # type: ignore[no-untyped-def]
    return _panel(qtbot, _fill(workspace))


def _plotted(item) -> dict[Month, float]:  # type: ignore[no-untyped-def]
    x, y = item.getData()
    return {Month.from_index(round(a)): float(b) for a, b in zip(x, y, strict=True)}


def test_the_line_is_off_by_default_and_not_even_built(panel: ChartPanel) -> None:
    assert not panel.last_year_box.isChecked()
    assert panel.chart.monthly.last_year is None
    assert "Last year" not in panel.chart.legend.text


def test_last_years_figures_are_drawn_dashed_at_this_years_months(panel: ChartPanel) -> None:
    panel.last_year_box.setChecked(True)
    line = panel.chart.monthly.last_year
    assert line is not None and line.isVisible()
    points = _plotted(line)
    # January 2026 shows January 2025's 80, February 100, April 90; March 2025 had none: a gap.
    assert points[Month(2026, 1)] == 80 and points[Month(2026, 2)] == 100
    assert points[Month(2026, 4)] == 90 and math.isnan(points[Month(2026, 3)])
    assert line.opts["connect"] == "finite"
    assert line.opts["pen"].dashPattern() == [6.0, 3.0]
    assert "Last year" in panel.chart.legend.text
    # Remembered for the next start; turned off, the line is emptied.
    assert CHART_LAST_YEAR.get() is True
    panel.last_year_box.setChecked(False)
    assert CHART_LAST_YEAR.get() is False
    emptied, _ = line.getData()
    assert emptied is None or len(emptied) == 0


def test_quarters_plot_one_point_per_quarter(panel: ChartPanel) -> None:
    panel.set_view(ChartView.QUARTERLY)
    points = {m: v for m, v in _plotted(panel.chart.monthly.actual).items() if not math.isnan(v)}
    # Q1 2025: 80 + 100 = 180 (March missing); Q2 2025: 90; Q1 2026: 90 + 120 + 105 = 315;
    # Q2 2026: 110. Each at its middle month.
    assert points == {
        Month(2025, 2): 180,
        Month(2025, 5): 90,
        Month(2026, 2): 315,
        Month(2026, 5): 110,
    }
    # The target steps three months wide: 3 x 100 a quarter; Q2 2026, still running (April is
    # the latest month), counts April alone: 100.
    x, y = panel.chart.monthly.target.getData()
    assert x[1] - x[0] == pytest.approx(3.0) and set(y[np.isfinite(y)]) == {300.0, 100.0}
    held = {round((a + b) / 2): v for a, b, v in zip(x[0::2], x[1::2], y[0::2], strict=True)}
    assert held[Month(2026, 5).index] == 100.0 and held[Month(2026, 2).index] == 300.0
    axis = panel.chart.bottom_axis
    assert axis.tickStrings([Month(2026, 2).index], 1, axis._step) == ["Q1 2026"]
    # Q2 2026 has only April so far: its 110 must not read as a whole quarter's fall.
    assert axis.tickStrings([Month(2026, 5).index], 1, axis._step) == ["Q2 2026 so far"]
    panel.last_year_box.setChecked(True)
    before = _plotted(panel.chart.monthly.last_year)
    assert before[Month(2026, 2)] == 180 and before[Month(2026, 5)] == 90


def test_a_fiscal_year_from_april_plots_its_own_quarters(qtbot, workspace) -> None:
    panel = _panel(qtbot, _fill(workspace, fiscal_start=4))
    panel.set_view(ChartView.QUARTERLY)
    points = {m: v for m, v in _plotted(panel.chart.monthly.actual).items() if not math.isnan(v)}
    # Fiscal Q4 2024 = Jan-Mar 2025: 180; Q1 2025 = Apr-Jun 2025: 90; Q4 2025 = Jan-Mar
    # 2026: 315; Q1 2026 = Apr-Jun 2026: 110.
    assert points[Month(2026, 2)] == 315 and points[Month(2026, 5)] == 110
    axis = panel.chart.bottom_axis
    assert axis.tickStrings([Month(2026, 2).index], 1, axis._step) == ["Q4 2025"]
    assert "Q4 2025 (January 2026 – March 2026)" in panel.chart._describe(Month(2026, 1).index)
    running = "Q1 2026 through April 2026 (April 2026 – June 2026)"
    assert running in panel.chart._describe(Month(2026, 6).index)
