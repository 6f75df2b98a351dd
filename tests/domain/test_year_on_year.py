"""This period beside the same period last year, with numbers worked by hand."""

from datetime import datetime

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.domain.year_on_year import month_on_last_year, year_on_year

SALES = KpiDefinition("Sales", Unit.CURRENCY, currency="EUR")
WAIT = KpiDefinition("Wait", Unit.NUMBER, direction=Direction.LOWER, aggregation=Aggregation.MEAN)
PROFIT = KpiDefinition("Profit", Unit.CURRENCY, currency="EUR")
REVENUE = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
MARGIN = KpiDefinition(
    "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Profit] / [Revenue] * 100"
)
RATIO = KpiDefinition(
    "Quick ratio", Unit.RATIO, direction=Direction.RANGE, aggregation=Aggregation.LAST
)


def card(**series: dict[str, float]) -> Scorecard:
    figures = {
        name.lower().replace("_", " "): {Month.parse(m): Figure(v) for m, v in values.items()}
        for name, values in series.items()
    }
    target = TargetChange(
        TargetKind.MONTHLY, Month(2024, 1), 1.5, datetime(2024, 1, 1), change_id=1
    )
    return Scorecard(
        [SALES, WAIT, PROFIT, REVENUE, MARGIN, RATIO],
        figures,
        {"quick ratio": [target]},
    )


def test_a_month_beside_the_same_month_last_year() -> None:
    c = card(sales={"2025-10": 200.0, "2026-10": 250.0})
    yoy = month_on_last_year(c, "Sales", Month(2026, 10))
    assert (yoy.value, yoy.last_year) == (250.0, 200.0)
    assert yoy.change == 25.0 and yoy.better is True


def test_last_year_is_given_while_this_month_is_not_entered_yet() -> None:
    c = card(sales={"2025-11": 180.0, "2026-10": 250.0})
    yoy = month_on_last_year(c, "Sales", Month(2026, 11))
    assert yoy.value is None and yoy.last_year == 180.0 and yoy.change is None


def test_a_fall_is_better_when_lower_is_better() -> None:
    c = card(wait={"2025-03": 10.0, "2026-03": 8.0})
    yoy = month_on_last_year(c, "Wait", Month(2026, 3))
    assert yoy.change == -20.0 and yoy.better is True


def test_year_to_date_compares_only_the_months_both_years_have() -> None:
    # This year Jan 100, Feb 110, Mar missing, Apr 120; last year Jan 90, Feb 100, Mar 95, Apr
    # missing. Compared: Jan and Feb only: 210 against 190, +10.526... %.
    c = card(
        sales={
            "2026-01": 100.0,
            "2026-02": 110.0,
            "2026-04": 120.0,
            "2025-01": 90.0,
            "2025-02": 100.0,
            "2025-03": 95.0,
        }
    )
    yoy = year_on_year(c, "Sales", Period.ytd(Month(2026, 4)).months)
    assert yoy.months == (Month(2026, 1), Month(2026, 2))
    assert (yoy.value, yoy.last_year) == (210.0, 190.0)
    assert abs(yoy.change - 10.526315789) < 1e-6
    assert yoy.complete is False


def test_a_formula_kpi_rolls_up_from_its_parts_in_both_years() -> None:
    # 2026 Q1: profit 10 + 30 over revenue 100 + 100 = 20 %; 2025 Q1: 5 + 15 over 100 + 100
    # = 10 %: +100 % (the margin doubled), not the mean of monthly margins.
    c = card(
        profit={"2026-01": 10.0, "2026-02": 30.0, "2025-01": 5.0, "2025-02": 15.0},
        revenue={"2026-01": 100.0, "2026-02": 100.0, "2025-01": 100.0, "2025-02": 100.0},
    )
    yoy = year_on_year(c, "Margin", Period.quarter(2026, 1).months)
    assert (yoy.value, yoy.last_year, yoy.change) == (20.0, 10.0, 100.0)


def test_a_range_kpi_is_better_nearer_its_target() -> None:
    # Target 1.5: 1.6 this year (0.1 off) against 2.1 last year (0.6 off).
    c = card(quick_ratio={"2025-06": 2.1, "2026-06": 1.6})
    assert month_on_last_year(c, "Quick ratio", Month(2026, 6)).better is True


def test_no_change_from_zero() -> None:
    c = card(sales={"2025-06": 0.0, "2026-06": 40.0})
    yoy = month_on_last_year(c, "Sales", Month(2026, 6))
    assert yoy.last_year == 0.0 and yoy.change is None
