"""The dashboard's period picker and its last-year columns, with numbers worked by hand.

Sales (summed, target 100 a month): July to September 2025 80, 100, 90; 2026 90, 120, 105.
Wait (lower is better, averaged): 2025 10, 10, 5; 2026 8, 7, 6.
Leads (summed): 2025 July 5 and September 15 (August missing); 2026 10, 20, 30.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.settings import WorkspaceSettings, save_settings
from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard.model import (
    COL_ATTAINMENT,
    COL_CHANGE,
    COL_KPI,
    COL_LAST_YEAR,
    COL_TARGET,
    COL_TREND,
    COL_VALUE,
)
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import define_kpi

GREEN, RED = QColor("#1b7f4b"), QColor("#c0392b")
FIGURES = {
    "Sales": {"2025-07": 80, "2025-08": 100, "2025-09": 90, "2026-07": 90, "2026-08": 120},
    "Wait": {"2025-07": 10, "2025-08": 10, "2025-09": 5, "2026-07": 8, "2026-08": 7},
    "Leads": {"2025-07": 5, "2025-09": 15, "2026-07": 10, "2026-08": 20, "2026-09": 30},
}
FIGURES["Sales"]["2026-09"] = 105
FIGURES["Wait"]["2026-09"] = 6


def _fill(workspace: Workspace, fiscal_start: int = 1) -> Workspace:
    with workspace.transaction() as session:
        if fiscal_start != 1:
            save_settings(session, WorkspaceSettings(fiscal_start=fiscal_start))
        define_kpi(session, KpiDefinition("Sales", Unit.COUNT, decimals=0))
        define_kpi(
            session,
            KpiDefinition("Wait", Unit.COUNT, Direction.LOWER, Aggregation.MEAN, decimals=1),
        )
        define_kpi(session, KpiDefinition("Leads", Unit.COUNT, decimals=0))
        for kpi, by_month in FIGURES.items():
            for month, value in by_month.items():
                record_figure(session, kpi, Month.parse(month), value, source="test")
        set_goal(session, "Sales", TargetKind.MONTHLY, Month(2025, 1), 100)
    return workspace


def _view(qtbot, workspace: Workspace) -> DashboardView:  # type: ignore[no-untyped-def]
    shown = DashboardView(AppState(workspace))
    qtbot.addWidget(shown)
    shown.resize(1600, 700)  # room for every column
    shown.show()
    return shown


@pytest.fixture
def view(qtbot, workspace: Workspace) -> DashboardView:  # type: ignore[no-untyped-def]
    return _view(qtbot, _fill(workspace))


def _cell(view: DashboardView, kpi: str, column: int, role: int = 0) -> object:
    proxy = view.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, COL_KPI).data() == kpi)
    return proxy.index(row, column).data(role)


def _figures(view: DashboardView, kpi: str) -> tuple[object, ...]:
    columns = (COL_VALUE, COL_TARGET, COL_ATTAINMENT, COL_LAST_YEAR, COL_CHANGE)
    return tuple(_cell(view, kpi, c) for c in columns)


def test_a_month_beside_the_same_month_last_year(view) -> None:
    # September 2026: sales 105 of 100 against 90 a year ago, +16.7 %.
    assert view.month_box.currentText() == "September 2026"
    assert _figures(view, "Sales") == ("105", "100", "105\u00a0%", "90", "↑ +16.7\u00a0%")
    assert _cell(view, "Sales", COL_CHANGE, Qt.ItemDataRole.ForegroundRole) == GREEN


def test_a_rise_is_red_when_lower_is_better(view) -> None:
    # Wait 6.0 against 5.0: up 20 %, worse.
    assert _cell(view, "Wait", COL_LAST_YEAR) == "5.0"
    assert _cell(view, "Wait", COL_CHANGE) == "↑ +20.0\u00a0%"
    assert _cell(view, "Wait", COL_CHANGE, Qt.ItemDataRole.ForegroundRole) == RED
    assert _cell(view, "Wait", COL_CHANGE, Qt.ItemDataRole.ToolTipRole).startswith(
        "Worse than last year"
    )


def test_switching_to_quarter_shows_the_quarter_by_each_kpis_aggregation(view) -> None:
    assert not view.table.isColumnHidden(COL_TREND)
    view.period_picker.set_kind("quarter")
    assert view.month_box.currentText() == "Q3 2026"
    assert view.period_picker.label.text() == "Quarter:"
    # The trend compares a month with the three before: no quarter has one.
    assert view.table.isColumnHidden(COL_TREND)
    # 90 + 120 + 105 = 315 of 3 x 100 = 300; last year 80 + 100 + 90 = 270: +16.7 %.
    assert _figures(view, "Sales") == ("315", "300", "105\u00a0%", "270", "↑ +16.7\u00a0%")
    # Mean 7.0 against (10 + 10 + 5) / 3 = 8.3: down 16 %, better when lower is better.
    assert _figures(view, "Wait")[3:] == ("8.3", "↓ -16.0\u00a0%")
    assert _cell(view, "Wait", COL_CHANGE, Qt.ItemDataRole.ForegroundRole) == GREEN
    # Leads: 2025 has no August, so July and September are compared: 40 against 20.
    assert _figures(view, "Leads")[0] == "60"
    assert _figures(view, "Leads")[3:] == ("20", "↑ +100.0\u00a0%")
    tip = _cell(view, "Leads", COL_LAST_YEAR, Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "Last year: Q3 2025\nMonths compared, those both years have: 2\nThis year 40, last year 20"
    )
    # Back to months: the month chosen before.
    view.period_picker.set_kind("month")
    assert view.month_box.currentText() == "September 2026"
    assert not view.table.isColumnHidden(COL_TREND)
    assert _figures(view, "Sales")[0] == "105"


def test_year_to_date_sets_last_years_year_to_date_beside(view) -> None:
    view.period_picker.set_kind("ytd")
    assert view.period_picker.label.text() == "Through:"
    # January to September: only July to September have figures. Target 9 x 100.
    assert _figures(view, "Sales") == ("315", "900", "35\u00a0%", "270", "↑ +16.7\u00a0%")
    tip = _cell(view, "Sales", COL_LAST_YEAR, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Last year: Year to date through September 2025"


def test_a_fiscal_year_from_april_names_its_quarters_months(qtbot, workspace) -> None:
    view = _view(qtbot, _fill(workspace, fiscal_start=4))
    view.period_picker.set_kind("quarter")
    box = view.month_box
    # September 2026 is in the fiscal year from April 2026: its Q2 is July to September.
    assert box.currentText() == "Q2 2026"
    assert box.toolTip() == "July 2026 – September 2026"
    # July 2025 falls in fiscal 2025's Q2 as well, the oldest quarter listed.
    assert box.itemText(box.count() - 1) == "Q2 2025"
    assert _figures(view, "Sales")[0] == "315"
