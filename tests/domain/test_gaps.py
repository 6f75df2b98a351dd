"""The maths at the edges (DESIGN.md §2, "Gaps in the maths"), with numbers worked by hand."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind

JAN, FEB, MAR, APR, MAY = (Month(2025, m) for m in range(1, 6))
SET = datetime(2024, 12, 20)

PROFIT = KpiDefinition("Profit", Unit.CURRENCY, currency="EUR")
REVENUE = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
SALES = KpiDefinition("Sales", Unit.CURRENCY, currency="EUR")
COSTS = KpiDefinition("Costs", Unit.CURRENCY, currency="EUR", direction=Direction.LOWER)
MARGIN = KpiDefinition(
    "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Profit] / [Revenue] * 100"
)
CSAT = KpiDefinition("CSAT", Unit.SCORE, aggregation=Aggregation.MEAN)
CUSTOMERS = KpiDefinition("Customers", Unit.COUNT, aggregation=Aggregation.LAST)


def figures(**series: dict[Month, float]) -> dict[str, dict[Month, Figure]]:
    return {
        name.lower(): {m: Figure(v) for m, v in values.items()} for name, values in series.items()
    }


def monthly(first: Month, value: float, ident: int) -> TargetChange:
    return TargetChange(TargetKind.MONTHLY, first, value, SET, change_id=ident)


# --- formula KPIs roll up over the months in which every part has a figure ------------------
def test_formula_ytd_leaves_out_a_month_a_part_is_missing_in() -> None:
    # Profit 2 + 2 over Jan-Feb; Revenue 4 + 100 + 50 over Jan-Mar, no Profit in March.
    # Only Jan-Feb count: 4 / 104 * 100 = 3.8461538... (it was 4 / 154 * 100 = 2.597).
    card = Scorecard(
        [PROFIT, REVENUE, MARGIN],
        figures(profit={JAN: 2, FEB: 2}, revenue={JAN: 4, FEB: 100, MAR: 50}),
    )
    assert card.ytd_value("Margin", MAR) == pytest.approx(3.8461538)
    assert card.value("Margin", MAR) is None
    assert card.counted_months("Margin", [JAN, FEB, MAR]) == [JAN, FEB]


def test_formula_forecast_uses_the_same_months() -> None:
    # Over Jan-Feb: profit runs at 2 a month (24 a year), revenue at 52 (624 a year):
    # 24 / 624 * 100 = 3.8461538. Counting March's revenue alone it was
    # (4 + 2 * 9) / (154 + 154 / 3 * 9) * 100 = 22 / 616 * 100 = 3.571.
    card = Scorecard(
        [PROFIT, REVENUE, MARGIN],
        figures(profit={JAN: 2, FEB: 2}, revenue={JAN: 4, FEB: 100, MAR: 50}),
    )
    assert card.forecast("Margin", MAR) == pytest.approx(3.8461538)


def test_a_formula_of_a_formula_counts_the_months_of_every_part_below() -> None:
    # Profit = Sales - Costs; Margin = Profit / Sales. Costs are missing in March, so March
    # is left out of Profit and of Sales alike: (104 - 100) / 104 * 100 = 3.8461538.
    # It was (154 - 100) / 154 * 100 = 35.06.
    profit = KpiDefinition(
        "Profit",
        Unit.CURRENCY,
        currency="EUR",
        aggregation=Aggregation.FORMULA,
        formula="[Sales] - [Costs]",
    )
    margin = KpiDefinition(
        "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Profit] / [Sales] * 100"
    )
    card = Scorecard(
        [SALES, COSTS, profit, margin],
        figures(sales={JAN: 4, FEB: 100, MAR: 50}, costs={JAN: 2, FEB: 98}),
    )
    assert card.ytd_value("Margin", MAR) == pytest.approx(3.8461538)
    assert card.ytd_value("Profit", MAR) == pytest.approx(4)


# --- forecasts count a missing month at the run rate ----------------------------------------
def test_sum_forecast_counts_a_missing_month_at_the_run_rate() -> None:
    # 40 + 42 + 41 + 41 = 164 over four months with figures (April missing) of five:
    # run rate 41, forecast 41 * 12 = 492. It was 164 + 41 * 7 = 451.
    card = Scorecard([REVENUE], figures(revenue={JAN: 40, FEB: 42, MAR: 41, MAY: 41}))
    assert card.forecast("Revenue", MAY) == pytest.approx(492)


def test_mean_and_last_forecasts_skip_a_missing_month() -> None:
    # CSAT 4 in January, 5 in March, February missing: the mean of 4 and 5 is 4.5 (not 3).
    # Customers 40 in January, 44 in March, none in April: the year ends on 44.
    card = Scorecard(
        [CSAT, CUSTOMERS],
        figures(csat={JAN: 4, MAR: 5}, customers={JAN: 40, MAR: 44}),
    )
    assert card.forecast("CSAT", MAR) == pytest.approx(4.5)
    assert card.forecast("Customers", APR) == 44


# --- year-to-date targets compare like with like --------------------------------------------
def test_mean_ytd_target_is_the_mean_of_the_months_with_figures() -> None:
    # Targets 4, 4, 5, 5 for Jan-Apr; figures in Jan, Feb and Mar only, so the YTD target is
    # (4 + 4 + 5) / 3 = 4.3333333. It was (4 + 4 + 5 + 5) / 4 = 4.5.
    card = Scorecard(
        [CSAT],
        figures(csat={JAN: 4.2, FEB: 4.1, MAR: 4.9}),
        {"csat": [monthly(JAN, 4, 1), monthly(MAR, 5, 2)]},
    )
    assert card.ytd_target("CSAT", APR) == pytest.approx(4.3333333)
    assert card.ytd_value("CSAT", APR) == pytest.approx(4.4)


def test_last_ytd_target_is_that_of_the_latest_figure() -> None:
    # 95 customers in February against February's target of 100; March (target 120) has no
    # figure yet. It compared 95 with 120.
    card = Scorecard(
        [CUSTOMERS],
        figures(customers={JAN: 90, FEB: 95}),
        {"customers": [monthly(JAN, 100, 1), monthly(MAR, 120, 2)]},
    )
    assert (card.ytd_value("Customers", MAR), card.ytd_target("Customers", MAR)) == (95, 100)


def test_sum_ytd_target_still_adds_up_every_month_so_far() -> None:
    card = Scorecard([REVENUE], figures(revenue={JAN: 90}), {"revenue": [monthly(JAN, 100, 1)]})
    assert card.ytd_target("Revenue", MAR) == 300


_MONTH_FIGURES = st.dictionaries(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=10_000),
    max_size=12,
)


@settings(max_examples=150)
@given(profit=_MONTH_FIGURES, revenue=_MONTH_FIGURES, at=st.integers(min_value=1, max_value=12))
def test_formula_ytd_and_forecast_use_only_months_where_both_parts_have_figures(
    profit: dict[int, int], revenue: dict[int, int], at: int
) -> None:
    card = Scorecard(
        [PROFIT, REVENUE, MARGIN],
        figures(
            profit={Month(2025, m): v for m, v in profit.items()},
            revenue={Month(2025, m): v for m, v in revenue.items()},
        ),
    )
    both = [m for m in range(1, at + 1) if m in profit and m in revenue]
    month = Month(2025, at)
    if not both:
        assert card.ytd_value("Margin", month) is None
        assert card.forecast("Margin", month) is None
        return
    expected = sum(profit[m] for m in both) / sum(revenue[m] for m in both) * 100
    assert card.ytd_value("Margin", month) == pytest.approx(expected)
    assert card.forecast("Margin", month) == pytest.approx(expected)


@settings(max_examples=150)
@given(revenue=_MONTH_FIGURES, at=st.integers(min_value=1, max_value=12))
def test_sum_forecast_is_the_run_rate_times_twelve(revenue: dict[int, int], at: int) -> None:
    card = Scorecard([REVENUE], figures(revenue={Month(2025, m): v for m, v in revenue.items()}))
    present = [v for m, v in revenue.items() if m <= at]
    forecast = card.forecast("Revenue", Month(2025, at))
    if not present:
        assert forecast is None
    else:
        assert forecast == pytest.approx(sum(present) / len(present) * 12)
