"""What "needed per month" is and how it reads for each direction and aggregation."""

from datetime import datetime

import pytest

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.progress import NeedKind
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind

JAN, FEB, MAR = Month(2025, 1), Month(2025, 2), Month(2025, 3)


def card_for(kpi: KpiDefinition, values: dict[Month, float], monthly_target: float) -> Scorecard:
    target = TargetChange(TargetKind.MONTHLY, JAN, monthly_target, datetime(2024, 12, 1))
    figures = {kpi.key: {m: Figure(v) for m, v in values.items()}}
    return Scorecard([kpi], figures, {kpi.key: [target]})


def test_sum_higher_is_what_each_month_must_at_least_bring() -> None:
    # Goal 12 * 100 = 1200; 300 so far; (1200 - 300) / 9 = 100 a month at least.
    kpi = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
    row = card_for(kpi, {JAN: 100, FEB: 100, MAR: 100}, 100).status_of("Revenue", MAR)
    assert row.needed_per_month == pytest.approx(100)
    assert row.needed is not None and row.needed.kind is NeedKind.AT_LEAST
    assert not row.needed.by_year_end


def test_sum_lower_is_an_allowance() -> None:
    # A budget of 12 * 100 = 1200; 450 spent; (1200 - 450) / 9 = 83.33 a month at most.
    kpi = KpiDefinition("Costs", Unit.CURRENCY, currency="EUR", direction=Direction.LOWER)
    row = card_for(kpi, {JAN: 150, FEB: 150, MAR: 150}, 100).status_of("Costs", MAR)
    assert row.needed_per_month == pytest.approx(83.333333)
    assert row.needed is not None and row.needed.kind is NeedKind.AT_MOST


def test_summed_goal_reached_and_allowance_used_up() -> None:
    # 3 * 500 = 1500 against 1200: a revenue goal is reached, a cost budget is used up.
    revenue = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
    costs = KpiDefinition("Costs", Unit.CURRENCY, currency="EUR", direction=Direction.LOWER)
    for kpi, kind in ((revenue, NeedKind.REACHED), (costs, NeedKind.USED_UP)):
        row = card_for(kpi, {JAN: 500, FEB: 500, MAR: 500}, 100).status_of(kpi.name, MAR)
        assert row.needed_per_month == pytest.approx(-300 / 9)
        assert row.needed is not None and (row.needed.kind, row.needed.value) == (kind, None)


def test_mean_lower_is_the_average_the_remaining_months_may_reach() -> None:
    # Goal: a mean wait of 5. January 6, February missing, March 4.5: two months with figures
    # and nine to come make eleven; (5 * 11 - 10.5) / 9 = 44.5 / 9 = 4.9444 at most.
    kpi = KpiDefinition(
        "Wait time",
        Unit.DURATION,
        duration_unit="minutes",
        direction=Direction.LOWER,
        aggregation=Aggregation.MEAN,
    )
    row = card_for(kpi, {JAN: 6, MAR: 4.5}, 5).status_of("Wait time", MAR)
    assert row.needed_per_month == pytest.approx(4.9444444)
    assert row.needed is not None and row.needed.kind is NeedKind.AT_MOST


def test_mean_higher_below_zero_is_not_called_reached() -> None:
    # NPS goal 0, 40 and 50 in January and February, ten months to come:
    # (0 * 12 - 90) / 10 = -9, still "at least -9" (an NPS can fall below zero), not "reached".
    kpi = KpiDefinition("NPS", Unit.SCORE, aggregation=Aggregation.MEAN)
    row = card_for(kpi, {JAN: 40, FEB: 50}, 0).status_of("NPS", FEB)
    assert row.needed_per_month == pytest.approx(-9)
    assert row.needed is not None and row.needed.kind is NeedKind.AT_LEAST


def test_last_kpi_needs_the_goal_by_the_year_end() -> None:
    kpi = KpiDefinition("Customers", Unit.COUNT, aggregation=Aggregation.LAST)
    row = card_for(kpi, {JAN: 40}, 500).status_of("Customers", JAN)
    assert row.needed_per_month == 500
    assert row.needed is not None and row.needed.by_year_end
    assert row.needed.kind is NeedKind.AT_LEAST


def test_range_kpi_is_about_the_goal() -> None:
    kpi = KpiDefinition(
        "Quick ratio", Unit.RATIO, direction=Direction.RANGE, aggregation=Aggregation.MEAN
    )
    row = card_for(kpi, {JAN: 1.2, FEB: 1.8}, 1.5).status_of("Quick ratio", FEB)
    assert row.needed_per_month == pytest.approx(1.5)
    assert row.needed is not None and row.needed.kind is NeedKind.ABOUT


def test_nothing_is_needed_after_the_last_month_or_without_a_goal() -> None:
    kpi = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
    december = Month(2025, 12)
    assert card_for(kpi, {december: 1}, 100).status_of("Revenue", december).needed is None
    bare = Scorecard([kpi], {kpi.key: {JAN: Figure(1)}})
    assert bare.status_of("Revenue", JAN).needed is None
