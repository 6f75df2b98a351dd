"""What one dashboard row shows, computed from the Scorecard only (no Qt, no SQL).

Every number comes from `Scorecard` and `period_status`, so the dashboard agrees with
`kpidesk status`: over a month, a fiscal quarter or the year to date, beside last year.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.period_status import period_status, so_far
from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.domain.scorecard import KpiStatus, Scorecard
from kpidesk.domain.year_on_year import YearOnYear

SPARK_MONTHS = 12
TREND_MONTHS = 3


@dataclass(frozen=True, slots=True)
class DashboardRow:
    kpi: KpiDefinition
    status: KpiStatus
    """The standing over `period` (for a month: `Scorecard.status_of`)."""
    period: Period
    last_year: YearOnYear
    """The period beside the same months a year earlier."""
    spark: tuple[float | None, ...]
    """The last twelve months' values, oldest first; None is a gap."""
    spark_targets: tuple[float | None, ...]
    trend: float | None
    """Change of this month against the mean of the previous three, in percent (a month
    period only: a quarter or a year to date is no month to set beside three)."""
    converted: bool = False
    """The shown month's figure was entered in leva and is shown in euro (a month period)."""
    coverage: tuple[int, int] | None = None
    """(segments the business total covers, segments expected) when it covers some but not
    all of them; None when it covers all, has none, the KPI is not split by segments, or the
    period is more than a month."""


def dashboard_rows(
    scorecard: Scorecard, month: Month, kind: PeriodKind = "month"
) -> list[DashboardRow]:
    """Every active KPI over the period of `kind` that `month` falls in (a year to date ends
    at `month`; a quarter still running counts its months so far, `so_far`); the sparkline's
    twelve months end at the period's last month counted."""
    period = so_far(scorecard, Period.ending_in(kind, month, scorecard.fiscal_start))
    last = period.months[-1]
    months = [last - (SPARK_MONTHS - 1 - i) for i in range(SPARK_MONTHS)]
    rows = []
    for kpi in scorecard.active_kpis():
        spark = tuple(scorecard.series(kpi.name, months))
        targets = tuple(scorecard.target(kpi.name, m) for m in months)
        standing = period_status(scorecard, kpi.name, period)
        rows.append(
            DashboardRow(
                kpi,
                standing.standing,
                period,
                standing.last_year,
                spark,
                targets,
                _trend(spark) if kind == "month" else None,
                kind == "month" and scorecard.is_converted(kpi.name, month),
                _partial(scorecard, kpi, month) if kind == "month" else None,
            )
        )
    return rows


def _partial(scorecard: Scorecard, kpi: KpiDefinition, month: Month) -> tuple[int, int] | None:
    """The total's coverage when the owner should be told it is partial ("2 of 3")."""
    if scorecard.set_of(kpi.name) is None:
        return None
    covered, expected = scorecard.coverage(kpi.name, month)
    return (covered, expected) if 0 < covered < expected else None


def _trend(spark: tuple[float | None, ...]) -> float | None:
    current = spark[-1]
    before = [v for v in spark[-1 - TREND_MONTHS : -1] if v is not None]
    if current is None or not before:
        return None
    base = fmean(before)
    if base == 0:
        return None
    return (current - base) / abs(base) * 100


def dashboard_months(scorecard: Scorecard) -> list[Month]:
    """Months the owner can look at, newest first: from the first figure to the latest."""
    latest = scorecard.latest_month()
    if latest is None:
        return []
    firsts = [
        months[0] for kpi in scorecard.kpis if (months := scorecard.measured_months(kpi.name))
    ]
    first = min(firsts)
    return [latest - i for i in range(latest.months_since(first) + 1)]
