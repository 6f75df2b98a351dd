"""The numbers a quarter-by-quarter chart draws.

One point per fiscal quarter, at the quarter's middle month: the figure by the KPI's
aggregation (`Scorecard.aggregate`) against `period_target`, judged by `progress.status`, so
the chart says what the dashboard's Quarter view and `status --period` say (a quarter still
running: its months so far, `so_far`). Last year's line, asked for, is the same months a year
earlier, NaN where last year has none (a gap, never a drop to zero). No Qt here.
"""

from __future__ import annotations

import numpy as np

from kpidesk.domain.month import Month
from kpidesk.domain.period_status import so_far
from kpidesk.domain.periods import Period
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.charts.chart_data import MonthlySeries, as_array, judged

QUARTER_SPAN = 3
"""Months a quarter's point stands for: its target step is three months wide."""


def quarters_between(first: Month, last: Month, fiscal_start: int) -> list[Period]:
    """The fiscal quarters from the one `first` falls in to the one `last` falls in."""
    quarters = [Period.quarter_of(first, fiscal_start)]
    while quarters[-1].months[-1] < last:
        quarters.append(Period.quarter_of(quarters[-1].months[-1] + 1, fiscal_start))
    return quarters


def quarter_at(index: int, fiscal_start: int) -> Period:
    """The quarter a chart position (`Month.index`) falls in."""
    return Period.quarter_of(Month.from_index(index), fiscal_start)


def quarterly_series(
    scorecard: Scorecard, name: str, first: Month, last: Month, last_year: bool = False
) -> MonthlySeries:
    """One KPI quarter by quarter; `months` are the quarters' middle months (their x)."""
    kpi = scorecard.kpi(name)
    whole = quarters_between(first, last, scorecard.fiscal_start)
    quarters = [so_far(scorecard, q) for q in whole]
    values = [scorecard.aggregate(name, list(q.months)) for q in quarters]
    targets = [scorecard.period_target(name, q.months) for q in quarters]
    middles = [q.months[1] for q in whole]
    before = (
        as_array([scorecard.aggregate(name, [m - 12 for m in q.months]) for q in quarters])
        if last_year
        else None
    )
    return MonthlySeries(
        months=middles,
        x=np.array([m.index for m in middles], dtype=float),
        values=as_array(values),
        targets=as_array(targets),
        statuses=judged(kpi, values, targets),
        last_year=before,
        span=QUARTER_SPAN,
    )
