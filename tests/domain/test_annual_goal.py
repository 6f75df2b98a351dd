"""The annual-goal preview the owner sees is computed in the domain, from the scorecard, and
is what the store saves."""

from kpidesk.domain.annual_goal import preview_annual_goal
from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import Spread


def _scorecard(kpi: KpiDefinition, figures: dict[Month, float], fiscal_start: int) -> Scorecard:
    held = {month: Figure(value) for month, value in figures.items()}
    return Scorecard([kpi], {kpi.key: held}, fiscal_start=fiscal_start)


def test_a_goal_spread_by_last_year_follows_last_year_s_months() -> None:
    sales = KpiDefinition("Sales", Unit.COUNT, aggregation=Aggregation.SUM, decimals=0)
    # Last fiscal year (April 2024 - March 2025): April and May sold 300 and 100, the rest
    # nothing recorded, so those months weigh as the mean of the two (200).
    figures = {Month(2024, 4): 300.0, Month(2024, 5): 100.0}
    preview = preview_annual_goal(
        _scorecard(sales, figures, fiscal_start=4), sales, 2025, 2400, Spread.LAST_YEAR
    )
    assert [month for month, _ in preview] == [Month(2025, 4) + i for i in range(12)]
    # Weights 300, 100 and ten times 200 make 2400: each month gets its weight.
    assert [value for _, value in preview] == [300, 100, *([200] * 10)]


def test_an_even_goal_is_rounded_to_the_kpi_s_decimals_and_adds_up() -> None:
    revenue = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR", decimals=0)
    preview = preview_annual_goal(_scorecard(revenue, {}, 1), revenue, 2025, 1000, Spread.EVEN)
    assert preview[0] == (Month(2025, 1), 83)
    assert preview[-1] == (Month(2025, 12), 87)
