"""The legend names the statuses of the months on screen, not of months scrolled out of view.

Sales, target 100 a month from January 2024: January 2024 is 50 (off track), every month of
2025 is 120 (on track). The last twelve months are 2025 alone; "All" reaches back to 2024.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.ui.charts import ChartPanel
from kpidesk.ui.charts.chart_data import RangePreset
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import define_kpi


def _statuses(panel: ChartPanel) -> list[str]:
    text = QTextDocumentFragment.fromHtml(panel.chart.legend.text).toPlainText()
    entries = [part.strip() for part in text.split("   ")]
    return [e for e in entries if e.endswith(("On track", "At risk", "Off track"))]


def test_the_legend_follows_the_months_shown(qtbot, workspace) -> None:
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Sales", Unit.COUNT, decimals=0))
        set_goal(session, "Sales", TargetKind.MONTHLY, Month(2024, 1), 100)
        record_figure(session, "Sales", Month(2024, 1), 50, source="test")
        for month in range(1, 13):
            record_figure(session, "Sales", Month(2025, month), 120, source="test")
    panel = ChartPanel(AppState(workspace))
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show_kpi("Sales")
    assert _statuses(panel) == ["● On track"]
    panel.set_preset(RangePreset.ALL)
    assert _statuses(panel) == ["● On track", "✖ Off track"]
