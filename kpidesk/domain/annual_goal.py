"""What an annual goal becomes: the monthly targets the owner sees before saving it, and the
ones the store then keeps, from one computation."""

from __future__ import annotations

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month, fiscal_year_months
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import Spread, spread_annual_goal


def preview_annual_goal(
    scorecard: Scorecard, kpi: KpiDefinition, year: int, goal: float, spread: Spread
) -> list[tuple[Month, float]]:
    """The monthly targets an annual goal for the fiscal year starting in `year` would become:
    spread by the KPI's aggregation and rounded to its decimals, weighted (for a spread by
    last year) by the figures the scorecard holds for the same months a year earlier."""
    months = fiscal_year_months(year, scorecard.fiscal_start)
    last_year = {
        month: value
        for month in (m - 12 for m in months)
        if (value := scorecard.value(kpi.name, month)) is not None
    }
    values = spread_annual_goal(
        goal, months, kpi.aggregation, spread, last_year, decimals=kpi.decimals
    )
    return list(zip(months, values, strict=True))
