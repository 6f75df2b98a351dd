from datetime import datetime

import pytest

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.money import BGN_PER_EUR
from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Figure, Scorecard, UnknownKpiError
from kpidesk.domain.targets import TargetChange, TargetKind

PROFIT = KpiDefinition("Profit", Unit.CURRENCY, currency="EUR")
REVENUE = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
MARGIN = KpiDefinition(
    "Profit margin",
    Unit.PERCENT,
    aggregation=Aggregation.FORMULA,
    formula="[Profit] / [Revenue] * 100",
)
CSAT = KpiDefinition("CSAT", Unit.SCORE, aggregation=Aggregation.MEAN)
CUSTOMERS = KpiDefinition("Customers", Unit.COUNT, aggregation=Aggregation.LAST)


def figures(**series: dict[Month, float]) -> dict[str, dict[Month, Figure]]:
    return {
        name.lower(): {m: Figure(v) for m, v in values.items()} for name, values in series.items()
    }


def test_formula_kpi_rolls_up_from_its_parts() -> None:
    jan, feb = Month(2025, 1), Month(2025, 2)
    card = Scorecard(
        [PROFIT, REVENUE, MARGIN],
        figures(profit={jan: 2, feb: 2}, revenue={jan: 4, feb: 100}),
    )
    assert card.value("Profit margin", feb) == pytest.approx(2)
    assert card.ytd_value("profit  MARGIN", feb) == pytest.approx(4 / 104 * 100)


def test_missing_month_is_left_out_of_a_mean_not_counted_as_zero() -> None:
    card = Scorecard([CSAT], figures(csat={Month(2025, 1): 4, Month(2025, 3): 6}))
    assert card.ytd_value("CSAT", Month(2025, 3)) == 5
    assert card.value("CSAT", Month(2025, 2)) is None


def test_last_aggregation_takes_the_latest_figure() -> None:
    card = Scorecard([CUSTOMERS], figures(customers={Month(2025, 1): 40, Month(2025, 2): 44}))
    assert card.ytd_value("Customers", Month(2025, 3)) == 44


def test_ytd_follows_the_fiscal_year() -> None:
    values = {Month(2025, m): 10.0 for m in range(1, 13)}
    card = Scorecard([REVENUE], figures(revenue=values), fiscal_start=4)
    assert card.ytd_value("Revenue", Month(2025, 5)) == 20
    assert card.ytd_value("Revenue", Month(2025, 3)) == 30


def test_forecast_needed_and_status_together() -> None:
    values = {Month(2025, m): 100.0 for m in range(1, 4)}
    target = TargetChange(
        TargetKind.ANNUAL,
        Month(2025, 1),
        1800,
        datetime(2025, 1, 1),
        monthly_values=(150.0,) * 12,
    )
    card = Scorecard([REVENUE], figures(revenue=values), {"revenue": [target]})
    row = card.status_of("Revenue", Month(2025, 3))
    assert (row.value, row.target, row.status) == (100, 150, Status.OFF_TRACK)
    assert row.ytd_value == 300 and row.ytd_target == 450 and row.annual_target == 1800
    assert row.forecast == 1200
    assert row.needed_per_month == pytest.approx((1800 - 300) / 9)
    assert row.attainment == pytest.approx(100 * 100 / 150)


def test_lev_figures_are_shown_in_euro_and_marked() -> None:
    kpi = KpiDefinition("Оборот", Unit.CURRENCY, currency="BGN")
    dec, jan = Month(2025, 12), Month(2026, 1)
    card = Scorecard([kpi], {kpi.key: {dec: Figure(1955.83, "BGN"), jan: Figure(1000, "EUR")}})
    assert card.value("оборот", dec) == pytest.approx(1955.83 / BGN_PER_EUR)
    assert card.is_converted("Оборот", dec) and not card.is_converted("Оборот", jan)


def test_unknown_kpi_names_itself() -> None:
    with pytest.raises(UnknownKpiError, match="Nope"):
        Scorecard([]).value("Nope", Month(2025, 1))


def test_lower_is_better_kpi_status_from_target() -> None:
    wait = KpiDefinition(
        "Average wait time",
        Unit.DURATION,
        direction=Direction.LOWER,
        aggregation=Aggregation.MEAN,
        duration_unit="minutes",
    )
    target = TargetChange(TargetKind.MONTHLY, Month(2025, 1), 5, datetime(2025, 1, 1))
    card = Scorecard([wait], {wait.key: {Month(2025, 2): Figure(5.4)}}, {wait.key: [target]})
    assert card.status_of("average wait time", Month(2025, 2)).status is Status.AT_RISK
