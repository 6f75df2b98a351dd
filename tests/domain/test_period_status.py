"""A KPI over a month, a fiscal quarter and the year to date, with numbers worked by hand."""

from datetime import datetime

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.period_status import period_status
from kpidesk.domain.periods import Period
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind

SALES = KpiDefinition("Sales", Unit.CURRENCY, currency="EUR")
CSAT = KpiDefinition("CSAT", Unit.SCORE, aggregation=Aggregation.MEAN, decimals=1)
CUSTOMERS = KpiDefinition("Customers", Unit.COUNT, aggregation=Aggregation.LAST)
WAIT = KpiDefinition("Wait", Unit.NUMBER, direction=Direction.LOWER, aggregation=Aggregation.MEAN)
PROFIT = KpiDefinition("Profit", Unit.CURRENCY, currency="EUR")
REVENUE = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
MARGIN = KpiDefinition(
    "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Profit] / [Revenue] * 100"
)
KPIS = [SALES, CSAT, CUSTOMERS, WAIT, PROFIT, REVENUE, MARGIN]


def _monthly(value: float, first: str = "2025-01") -> list[TargetChange]:
    return [
        TargetChange(
            TargetKind.MONTHLY, Month.parse(first), value, datetime(2025, 1, 1), change_id=1
        )
    ]


def card(fiscal_start: int = 1, **series: dict[str, float]) -> Scorecard:
    figures = {
        name: {Month.parse(m): Figure(v) for m, v in values.items()}
        for name, values in series.items()
    }
    targets = {"sales": _monthly(100.0), "csat": _monthly(4.0), "wait": _monthly(10.0)}
    return Scorecard(KPIS, figures, targets, fiscal_start=fiscal_start)


def test_a_sum_kpis_quarter_adds_its_months_against_the_summed_targets() -> None:
    # Q3 2026: 90 + 120 + 105 = 315 against 3 x 100 = 300: 105 %, on track. Q3 2025: 80 + 100
    # + 90 = 270, so +16.666... %.
    c = card(
        sales={
            "2026-07": 90.0,
            "2026-08": 120.0,
            "2026-09": 105.0,
            "2025-07": 80.0,
            "2025-08": 100.0,
            "2025-09": 90.0,
        }
    )
    row = period_status(c, "Sales", Period.quarter(2026, 3))
    assert (row.standing.value, row.standing.target) == (315.0, 300.0)
    assert row.standing.attainment == 105.0 and row.standing.status is Status.ON_TRACK
    assert row.standing.month == Month(2026, 9)
    assert row.last_year.last_year == 270.0
    assert abs(row.last_year.change - 16.6666666667) < 1e-6 and row.last_year.better is True


def test_a_mean_kpis_quarter_is_the_mean_of_its_months() -> None:
    # 4.2, 3.9, 4.5: mean 4.2 against the target 4.0.
    c = card(csat={"2026-04": 4.2, "2026-05": 3.9, "2026-06": 4.5})
    row = period_status(c, "CSAT", Period.quarter(2026, 2)).standing
    assert abs(row.value - 4.2) < 1e-12 and row.target == 4.0
    assert row.status is Status.ON_TRACK


def test_a_last_kpis_quarter_is_its_latest_figure() -> None:
    c = card(customers={"2026-01": 310.0, "2026-02": 325.0})
    row = period_status(c, "Customers", Period.quarter(2026, 1)).standing
    assert row.value == 325.0


def test_a_formula_kpis_quarter_is_the_formula_over_the_parts_sums() -> None:
    # (2 + 2) / (4 + 100) x 100 = 3.846... %, not the mean of 50 % and 2 % (26 %).
    c = card(
        profit={"2026-01": 2.0, "2026-02": 2.0},
        revenue={"2026-01": 4.0, "2026-02": 100.0},
    )
    row = period_status(c, "Margin", Period.quarter(2026, 1)).standing
    assert abs(row.value - 3.846153846) < 1e-6


def test_a_fiscal_year_starting_in_april_makes_q1_april_to_june() -> None:
    # Q1 2026 = Apr-Jun 2026: 50 + 60 + 70 = 180; March (10) and July (1000) are outside.
    c = card(
        fiscal_start=4,
        sales={
            "2026-03": 10.0,
            "2026-04": 50.0,
            "2026-05": 60.0,
            "2026-06": 70.0,
            "2026-07": 1000.0,
        },
    )
    row = period_status(c, "Sales", Period.parse_quarter("2026-Q1", 4)).standing
    assert row.value == 180.0 and row.target == 300.0 and row.month == Month(2026, 6)
    # The year to date as of June starts in April too.
    assert row.ytd_value == 180.0


def test_a_month_period_is_status_of_itself() -> None:
    c = card(sales={"2026-05": 80.0, "2026-04": 100.0, "2025-05": 64.0})
    row = period_status(c, "Sales", Period.month(Month(2026, 5)))
    assert row.standing == c.status_of("Sales", Month(2026, 5))
    assert row.last_year.last_year == 64.0 and row.last_year.change == 25.0


def test_year_to_date_compares_the_months_both_years_have() -> None:
    # This year Jan 100, Feb 110, Mar 90 (no Apr); last year Jan 90, Feb 100 (no Mar), Apr 50.
    # YTD through April: 300 against 400 (4 x 100 target); compared: Jan-Feb, 210 vs 190.
    c = card(
        sales={
            "2026-01": 100.0,
            "2026-02": 110.0,
            "2026-03": 90.0,
            "2025-01": 90.0,
            "2025-02": 100.0,
            "2025-04": 50.0,
        }
    )
    row = period_status(c, "Sales", Period.ytd(Month(2026, 4)))
    assert (row.standing.value, row.standing.target) == (300.0, 400.0)
    assert row.last_year.last_year == 190.0 and row.last_year.complete is False
    assert row.last_year.months == (Month(2026, 1), Month(2026, 2))


def test_lower_is_better_a_fall_on_last_year_is_better() -> None:
    c = card(wait={"2026-01": 8.0, "2026-02": 6.0, "2025-01": 10.0, "2025-02": 10.0})
    row = period_status(c, "Wait", Period.quarter(2026, 1))
    assert row.standing.value == 7.0 and row.last_year.last_year == 10.0
    assert row.last_year.change == -30.0 and row.last_year.better is True


def test_a_quarter_still_running_counts_its_months_so_far() -> None:
    # November is the latest month with figures: Q4 is October 120 + November 90 = 210
    # against 2 x 100 (not 300, with a December still to come); last year's October and
    # November, 100 + 75 = 175: +20 %.
    c = card(
        sales={"2026-10": 120.0, "2026-11": 90.0, "2025-10": 100.0, "2025-11": 75.0},
        csat={"2025-12": 4.0},
    )
    row = period_status(c, "Sales", Period.quarter(2026, 4))
    assert row.period.months == (Month(2026, 10), Month(2026, 11))
    assert (row.standing.value, row.standing.target, row.standing.month) == (
        210.0,
        200.0,
        Month(2026, 11),
    )
    assert row.last_year.last_year == 175.0 and row.last_year.change == 20.0
    # A quarter over, or not begun, is the whole quarter.
    assert period_status(c, "Sales", Period.quarter(2026, 3)).period.months[-1] == Month(2026, 9)
    assert period_status(c, "Sales", Period.quarter(2027, 1)).standing.target == 300.0
