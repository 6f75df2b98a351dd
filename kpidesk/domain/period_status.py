"""Where a KPI stands over a period (a month, a fiscal quarter, the year to date), beside the
same period last year: the row of `status --period` and of the dashboard's period picker.

A period's figure follows the KPI's aggregation (`Scorecard.aggregate`: a quarter of a sum
KPI adds its months up, a mean KPI's is their mean, a `last` KPI's its latest figure, a
formula KPI's the formula over its parts' sums) and is measured against `period_target`. The
year to date, annual goal, forecast and need are read as of the period's last month. A month
period is exactly `Scorecard.status_of`, so the month view and `status --month` agree.

A quarter still running counts its months so far, up to the workspace's latest month with
figures: in November, Q4 is October and November against their targets, not against a
December still to come (which would call every summed KPI off track).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kpidesk.domain.periods import Period
from kpidesk.domain.progress import attainment, status
from kpidesk.domain.scorecard import KpiStatus, Scorecard
from kpidesk.domain.year_on_year import YearOnYear, year_on_year


@dataclass(frozen=True, slots=True)
class PeriodStatus:
    period: Period
    """The period asked for, its months cut at the latest month with figures (`so_far`)."""
    standing: KpiStatus
    """The period's value, target, attainment and status; `month` is its last month."""
    last_year: YearOnYear
    """The period beside the same months a year earlier (over the months both years have)."""


def so_far(card: Scorecard, period: Period) -> Period:
    """A quarter up to the scorecard's latest month with figures; the whole quarter when it
    is over or has not begun. A month is itself, and a year to date already ends at the
    month it was asked through."""
    latest = card.latest_month()
    if period.kind != "quarter" or latest is None:
        return period
    months = tuple(m for m in period.months if m <= latest)
    if not months or len(months) == len(period.months):
        return period
    return replace(period, months=months)


def period_standing(card: Scorecard, name: str, period: Period) -> KpiStatus:
    """The KPI over `period`: `status_of` its last month, with the figure and target (and so
    attainment and status) of the whole period by the KPI's aggregation."""
    last = period.months[-1]
    standing = card.status_of(name, last)
    if period.kind == "month":
        return standing
    kpi = card.kpi(name)
    months = list(period.months)
    value = card.aggregate(name, months)
    target = card.period_target(name, months)
    return replace(
        standing,
        value=value,
        target=target,
        attainment=attainment(value, target, kpi.direction),
        status=status(value, target, kpi.direction, kpi.tolerance),
    )


def period_status(card: Scorecard, name: str, period: Period) -> PeriodStatus:
    """The KPI's standing over `period` (so far, when it is still running) and the same
    months last year."""
    period = so_far(card, period)
    return PeriodStatus(
        period,
        period_standing(card, name, period),
        year_on_year(card, name, period.months),
    )
