from datetime import datetime

import pytest

from kpidesk.domain.kpi import Aggregation
from kpidesk.domain.month import Month, fiscal_year_months
from kpidesk.domain.targets import (
    Spread,
    SpreadError,
    TargetChange,
    TargetKind,
    spread_annual_goal,
    target_for,
)

JAN, JUL = datetime(2025, 1, 5), datetime(2025, 6, 20)


def monthly(first: Month, value: float, when: datetime, ident: int = 0) -> TargetChange:
    return TargetChange(TargetKind.MONTHLY, first, value, when, change_id=ident)


def test_monthly_target_carries_forward_until_changed() -> None:
    changes = [monthly(Month(2025, 1), 100, JAN, 1), monthly(Month(2025, 7), 120, JUL, 2)]
    assert target_for(changes, Month(2024, 12)) is None
    assert target_for(changes, Month(2025, 3)) == 100
    assert target_for(changes, Month(2025, 8)) == 120
    assert target_for(changes, Month(2030, 1)) == 120


def test_as_of_gives_the_target_that_applied_then() -> None:
    changes = [monthly(Month(2025, 1), 100, JAN, 1), monthly(Month(2025, 1), 150, JUL, 2)]
    assert target_for(changes, Month(2025, 3)) == 150
    assert target_for(changes, Month(2025, 3), as_of=datetime(2025, 3, 1)) == 100


def test_override_applies_to_one_month_only() -> None:
    changes = [
        monthly(Month(2025, 1), 100, JAN, 1),
        TargetChange(TargetKind.OVERRIDE, Month(2025, 12), 300, JUL, change_id=2),
    ]
    assert [target_for(changes, Month(2025, m)) for m in (11, 12)] == [100, 300]
    assert target_for(changes, Month(2026, 1)) == 100


def test_annual_goal_spread_evenly() -> None:
    months = fiscal_year_months(2025)
    assert spread_annual_goal(1200, months, Aggregation.SUM, decimals=0) == (100.0,) * 12
    assert spread_annual_goal(4.5, months, Aggregation.MEAN, decimals=1) == (4.5,) * 12
    formula = spread_annual_goal(30, months, Aggregation.FORMULA, Spread.LAST_YEAR, decimals=1)
    assert formula == (30,) * 12


def test_annual_goal_spread_by_last_year() -> None:
    months = fiscal_year_months(2025)
    last_year = {Month(2024, m): 50.0 for m in range(1, 12)} | {Month(2024, 12): 100.0}
    spread = spread_annual_goal(
        1200, months, Aggregation.SUM, Spread.LAST_YEAR, last_year, decimals=6
    )
    assert sum(spread) == pytest.approx(1200)
    assert spread[11] == pytest.approx(2 * spread[0])
    assert len(set(round(v, 9) for v in spread[:11])) == 1


def test_mean_goal_spread_by_last_year_keeps_the_mean() -> None:
    months = fiscal_year_months(2025)
    last_year = {Month(2024, m): float(m) for m in range(1, 13)}
    spread = spread_annual_goal(
        4.0, months, Aggregation.MEAN, Spread.LAST_YEAR, last_year, decimals=2
    )
    assert sum(spread) / 12 == pytest.approx(4.0)


def test_spread_by_last_year_needs_figures() -> None:
    with pytest.raises(SpreadError, match="no figures"):
        months = fiscal_year_months(2025)
        spread_annual_goal(1200, months, Aggregation.SUM, Spread.LAST_YEAR, {}, decimals=0)


def test_annual_goal_applies_to_its_twelve_months() -> None:
    months = fiscal_year_months(2025, 4)
    values = spread_annual_goal(1200, months, Aggregation.SUM, decimals=0)
    change = TargetChange(TargetKind.ANNUAL, months[0], 1200, JAN, monthly_values=values)
    assert target_for([change], Month(2025, 3)) is None
    assert target_for([change], Month(2026, 3)) == 100
    assert target_for([change], Month(2026, 4)) is None
