"""The charts view compares a tracked KPI's locations: one line per location with its own
target, the business total when asked for (tests/ui/segments_fixture.py)."""

import math

import pytest

from kpidesk.store.workspace import Workspace
from kpidesk.ui.charts import ChartPanel
from kpidesk.ui.state import AppState

from .segments_fixture import fill_locations


@pytest.fixture
def panel(qtbot, workspace: Workspace) -> ChartPanel:  # type: ignore[no-untyped-def]
    state = AppState(fill_locations(workspace))
    shown = ChartPanel(state)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _last_two(values) -> list[float | None]:  # type: ignore[no-untyped-def]
    return [None if math.isnan(v) else float(v) for v in values[-2:]]


def test_one_line_per_location_with_its_target(panel) -> None:
    panel.show_kpi("Revenue")
    assert panel.compare_button.isEnabled()
    panel.compare_button.setChecked(True)
    assert panel.stack.currentWidget() is panel.segments_chart
    lines = panel.segments_chart.lines
    assert [line.name for line in lines] == ["Sofia", "Plovdiv", "Varna"]
    # February and March 2026, the last two months of the last twelve.
    assert [_last_two(line.values) for line in lines] == [
        [1000, 1200],
        [800, 900],
        [None, 400],
    ]
    assert [_last_two(line.targets) for line in lines] == [[1000, 1000], [750, 750], [800, 800]]
    legend = panel.segments_chart.legend.text
    for name in ("Sofia", "Plovdiv", "Varna", "Target (dashed, each line's colour)"):
        assert name in legend


def test_the_total_is_drawn_when_asked_for(panel) -> None:
    panel.show_kpi("Revenue")
    panel.compare_button.setChecked(True)
    panel.total_box.setChecked(True)
    total = panel.segments_chart.lines[-1]
    # February 1000 + 800; March 1200 + 900 + 400, against 1000 + 750 + 800 each month.
    assert (total.name, _last_two(total.values)) == ("Business total", [1800, 2500])
    assert _last_two(total.targets) == [2550, 2550]
    panel.compare_button.setChecked(False)
    assert panel.stack.currentWidget() is panel.chart


def test_a_target_is_drawn_as_steps_held_across_each_month(panel) -> None:
    from PySide6.QtCore import Qt

    panel.show_kpi("Revenue")
    panel.compare_button.setChecked(True)
    dashed = [
        item
        for item in panel.segments_chart.plot.listDataItems()
        if item.opts["pen"].style() == Qt.PenStyle.DashLine
    ]
    assert len(dashed) == 3
    x, y = dashed[0].getData()
    # March 2026 (month index 2026 * 12 + 2) held flat from its start to its end.
    march = 2026 * 12 + 2
    assert (float(x[-2]), float(x[-1])) == (march - 0.5, march + 0.5)
    assert float(y[-2]) == float(y[-1]) == 1000
