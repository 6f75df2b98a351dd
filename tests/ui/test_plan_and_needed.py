"""The Goals view shows the plan as it stood on a chosen day; the dashboard says what "Needed
/ month" is for each direction (an allowance when lower is better), in English and Bulgarian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.goals import set_annual_goal
from kpidesk.store.kpis import add_kpi, require_kpi
from kpidesk.store.targets import add_target
from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard.model import COL_KPI, COL_NEEDED, DashboardModel
from kpidesk.ui.dashboard.rows import dashboard_rows
from kpidesk.ui.goals.view import GoalsView
from kpidesk.ui.language import apply_language
from kpidesk.ui.state import AppState

from .conftest import settle

NBSP = "\u00a0"
THIN = "\u2009"  # between ≤ and the figure


def _leads_with_a_raised_goal(workspace: Workspace) -> None:
    """100 leads a month agreed on 5 January 2025; raised to 140 from July on 20 June."""
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Leads", Unit.COUNT, decimals=0))
        record = require_kpi(session, "Leads")
        for value, first, when in (
            (100, Month(2025, 1), datetime(2025, 1, 5, 9, 0)),
            (140, Month(2025, 7), datetime(2025, 6, 20, 15, 30)),
        ):
            change = TargetChange(TargetKind.MONTHLY, first, value, when)
            add_target(session, record, change, start_change(session, "target"))


def _rows(view: GoalsView) -> list[list[str]]:
    model = view.plan.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_goals_view_shows_the_targets_as_they_stood_on_a_day(qtbot, workspace) -> None:
    _leads_with_a_raised_goal(workspace)
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    settle(qtbot, state)
    view.select_kpi("Leads")
    view.plan.year.setValue(2025)
    view.plan.as_of.setDate(QDate(2025, 6, 19))
    rows = _rows(view)
    assert len(rows) == 12
    assert rows[5] == ["Jun 2025", "100", "100", ""]
    assert rows[6] == ["Jul 2025", "100", "140", "changed"]
    assert rows[11] == ["Dec 2025", "100", "140", "changed"]
    view.plan.as_of.setDate(QDate(2025, 6, 20))  # the day of the change counts it
    assert _rows(view)[6] == ["Jul 2025", "140", "140", ""]
    view.plan.as_of.setDate(QDate(2025, 1, 4))  # before any target
    assert _rows(view)[0] == ["Jan 2025", "", "100", "changed"]
    state.runner.wait()


def _costs_and_sales(workspace: Workspace) -> None:
    """A 1200 € budget and a 1200 € sales goal for 2025; 150 € of each a month in Q1."""
    with workspace.transaction() as session:
        add_kpi(
            session,
            KpiDefinition("Costs", Unit.CURRENCY, currency="EUR", direction=Direction.LOWER),
        )
        add_kpi(session, KpiDefinition("Sales", Unit.CURRENCY, currency="EUR"))
        add_kpi(
            session,
            KpiDefinition("Customers", Unit.COUNT, aggregation=Aggregation.LAST, decimals=0),
        )
        change = start_change(session, "edit")
        writes = []
        for name, value in (("Costs", 150.0), ("Sales", 150.0), ("Customers", 40.0)):
            record = require_kpi(session, name)
            writes += [CellWrite(record.id, Month(2025, m), value) for m in (1, 2, 3)]
        write_figures(session, change, writes)
    with workspace.transaction() as session:
        set_annual_goal(session, "Costs", 2025, 1200)
        set_annual_goal(session, "Sales", 2025, 1200)
        set_annual_goal(session, "Customers", 2025, 60)


def _needed(workspace: Workspace) -> dict[str, tuple[str, str]]:
    state = AppState(workspace)
    model = DashboardModel()
    model.set_rows(dashboard_rows(state.snapshot.scorecard, Month(2025, 3)))
    state.runner.wait()
    return {
        model.index(r, COL_KPI).data(): (
            model.index(r, COL_NEEDED).data(),
            model.index(r, COL_NEEDED).data(Qt.ItemDataRole.ToolTipRole),
        )
        for r in range(model.rowCount())
    }


def test_dashboard_says_needed_per_month_by_direction(qtbot, workspace) -> None:
    _costs_and_sales(workspace)
    needed = _needed(workspace)
    # (1200 - 450) / 9 = 83.33: an allowance for costs, a minimum for sales.
    assert needed["Costs"][0] == f"≤{THIN}83.33{NBSP}€"
    assert needed["Sales"][0] == f"83.33{NBSP}€"
    assert needed["Customers"] == (
        "60",
        "The figure the year must end on to meet the goal of 60.",
    )
    # the first line names the amount by the KPI's direction
    assert needed["Sales"][1] == (
        f"Needed per month: 83.33{NBSP}€\n"
        f"Each remaining month must bring at least this to reach the goal of 1,200.00{NBSP}€."
    )
    assert needed["Costs"][1] == (
        f"Allowed per month: ≤{THIN}83.33{NBSP}€\n"
        f"An allowance: each remaining month may bring at most this to stay within 1,200.00{NBSP}€."
    )


@pytest.fixture
def bulgarian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    apply_language(qapp, "bg")
    yield
    apply_language(qapp, "en")


def test_needed_per_month_in_bulgarian(qtbot, workspace, bulgarian) -> None:
    _costs_and_sales(workspace)
    needed = _needed(workspace)
    assert needed["Costs"][0] == f"≤{THIN}83,33{NBSP}€"
    assert needed["Sales"][0] == f"83,33{NBSP}€"
    assert needed["Costs"][1] == (
        f"Допустимо на месец: ≤{THIN}83,33{NBSP}€\n"
        "Лимит: всеки оставащ месец може да донесе най-много толкова, "
        f"за да се остане в рамките на 1{NBSP}200,00{NBSP}€."
    )
