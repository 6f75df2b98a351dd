"""Setting a goal (the window's target dialog and `kpidesk goal set` both): a monthly target
from a month on, an override of one month, an annual goal spread over its year."""

from pathlib import Path

import pytest

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import open_workspace
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.goals import set_goal


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = open_workspace(tmp_path / "goals.kpidesk")
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Orders", Unit.COUNT))
    yield workspace
    workspace.close()


def _targets(workspace, months: list[Month]) -> list[float | None]:
    with workspace.transaction() as session:
        scorecard = load_snapshot(session).scorecard
    return [scorecard.target("Orders", month) for month in months]


def test_monthly_then_override_then_annual(workspace) -> None:
    jan, mar, jul = Month(2025, 1), Month(2025, 3), Month(2025, 7)
    with workspace.transaction() as session:
        set_goal(session, "Orders", TargetKind.MONTHLY, Month(2025, 2), 80, "start")
    assert _targets(workspace, [jan, mar]) == [None, 80]
    with workspace.transaction() as session:
        set_goal(session, "Orders", TargetKind.OVERRIDE, mar, 50, "closed a week")
    assert _targets(workspace, [Month(2025, 2), mar, Month(2025, 4)]) == [80, 50, 80]
    with workspace.transaction() as session:
        goal = set_goal(session, "Orders", TargetKind.ANNUAL, Month(2026, 5), 1200)
    assert list(goal.decision.monthly_values) == [100.0] * 12
    assert _targets(workspace, [jul, Month(2026, 1), Month(2026, 12)]) == [80, 100, 100]


def test_an_annual_goal_spread_by_last_year(workspace) -> None:
    """2024 had 300 in December and 100 in every other month (1400 in all); a goal of 2800
    for 2025 spread like last year asks 600 of December and 200 of every other month."""
    with workspace.transaction() as session:
        writes = [(Month(2024, m), 300 if m == 12 else 100) for m in range(1, 13)]
        for month, value in writes:
            record_figure(session, "Orders", month, value, source="test")
        set_goal(
            session, "Orders", TargetKind.ANNUAL, Month(2025, 1), 2800, spread=Spread.LAST_YEAR
        )
    assert _targets(workspace, [Month(2025, 1), Month(2025, 6), Month(2025, 12)]) == [200, 200, 600]
