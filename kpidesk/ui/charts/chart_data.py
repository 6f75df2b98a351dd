"""The numbers a chart draws, taken from the scorecard and laid out as arrays.

Charts never compute a KPI figure themselves: every value, target, YTD figure, forecast and
status here comes from `Scorecard` (month by month where the chart needs a series the
scorecard gives only for one month, such as the cumulative YTD line). What this module adds is
layout: the x position of a month, NaN for a month without a figure (so the line has a gap,
never a drop to zero), and which months a range preset shows. It imports no Qt, so it can be
tested and benchmarked on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np

from kpidesk.domain.kpi import Direction, KpiDefinition
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.progress import Status, status
from kpidesk.domain.scorecard import Scorecard


class RangePreset(StrEnum):
    LAST_12 = "12m"
    FISCAL_YEAR = "fy"
    THREE_YEARS = "3y"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class MonthlySeries:
    """One KPI month by month: x is `Month.index`, NaN marks a month without a figure."""

    months: list[Month]
    x: np.ndarray
    values: np.ndarray
    targets: np.ndarray
    statuses: list[Status]
    last_year: np.ndarray | None = None
    """Last year's figures drawn at this year's x; None when the owner has not asked for
    them (then they are never computed)."""
    span: int = 1
    """Months each point stands for: 1 month by month, 3 quarter by quarter."""


@dataclass(frozen=True, slots=True)
class YtdSeries:
    """Year to date through each month; the forecast runs from the last figure to year end."""

    months: list[Month]
    x: np.ndarray
    values: np.ndarray
    targets: np.ndarray
    statuses: list[Status]
    forecast_x: np.ndarray
    forecast: np.ndarray
    goal_x: np.ndarray
    goals: np.ndarray


def as_array(values: list[float | None]) -> np.ndarray:
    """Figures as floats, NaN for a missing one (a gap in the line)."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def reference_month(scorecard: Scorecard) -> Month:
    """The month the presets count back from: the latest with any figure, else today's."""
    latest = scorecard.latest_month()
    if latest is not None:
        return latest
    today = date.today()
    return Month(today.year, today.month)


def chart_span(
    scorecard: Scorecard, name: str, reference: Month | None = None
) -> tuple[Month, Month]:
    """Every month any preset may show for this KPI: from its first figure or target (or three
    years back) to the end of the current fiscal year, so future targets are visible."""
    reference = reference or reference_month(scorecard)
    first, last = data_extent(scorecard, name, reference)
    return min(first, reference - 35), last


def data_extent(
    scorecard: Scorecard, name: str, reference: Month | None = None
) -> tuple[Month, Month]:
    """From the KPI's first figure or target to the end of the current fiscal year.

    `reference` (see `reference_month`) may be passed in by callers drawing many KPIs, so the
    workspace's latest month is looked up once, not once per KPI.
    """
    reference = reference or reference_month(scorecard)
    starts = scorecard.measured_months(name)[:1] + scorecard.months_with_targets(name)[:1]
    end = max(
        [reference.fiscal_months(scorecard.fiscal_start)[-1], *scorecard.measured_months(name)[-1:]]
    )
    return (min(starts) if starts else reference - 11), end


def preset_window(
    scorecard: Scorecard, name: str, preset: RangePreset, reference: Month | None = None
) -> tuple[Month, Month]:
    """First and last month a range preset shows."""
    reference = reference or reference_month(scorecard)
    if preset is RangePreset.LAST_12:
        return reference - 11, reference
    if preset is RangePreset.FISCAL_YEAR:
        fiscal = reference.fiscal_months(scorecard.fiscal_start)
        return fiscal[0], fiscal[-1]
    if preset is RangePreset.THREE_YEARS:
        return reference - 35, reference
    return data_extent(scorecard, name, reference)


def judged(
    kpi: KpiDefinition, values: Sequence[float | None], targets: Sequence[float | None]
) -> list[Status]:
    """Each point's status from the value and target already read for it."""
    pairs = zip(values, targets, strict=True)
    return [status(v, t, kpi.direction, kpi.tolerance) for v, t in pairs]


def monthly_series(
    scorecard: Scorecard, name: str, first: Month, last: Month, last_year: bool = False
) -> MonthlySeries:
    """Month by month; with `last_year`, last year's figure of each month beside it."""
    kpi = scorecard.kpi(name)
    months = list(month_range(first, last))
    before = scorecard.series(name, [m - 12 for m in months]) if last_year else None
    values = scorecard.series(name, months)
    targets = [scorecard.target(name, m) for m in months]
    return MonthlySeries(
        months=months,
        x=np.array([m.index for m in months], dtype=float),
        values=as_array(values),
        targets=as_array(targets),
        statuses=judged(kpi, values, targets),
        last_year=None if before is None else as_array(before),
    )


def ytd_series(scorecard: Scorecard, name: str, first: Month, last: Month) -> YtdSeries:
    """Cumulative (for `sum`) or rolled-up (mean, last, formula) figures through each month.

    A month without a figure of its own is a gap here too: the line would otherwise run flat
    through it as if the month had brought nothing.
    """
    kpi = scorecard.kpi(name)
    months = list(month_range(first, last))
    measured = [m for m in months if scorecard.value(name, m) is not None]
    values = [scorecard.ytd_value(name, m) if m in set(measured) else None for m in months]
    targets = [scorecard.ytd_target(name, m) for m in months]
    statuses = judged(kpi, values, targets)
    forecast_x: list[float] = []
    forecast: list[float] = []
    if measured:
        latest = measured[-1]
        year_end = latest.fiscal_months(scorecard.fiscal_start)[-1]
        ahead = scorecard.forecast(name, latest)
        now = scorecard.ytd_value(name, latest)
        if year_end > latest and ahead is not None and now is not None:
            forecast_x = [latest.index, year_end.index]
            forecast = [now, ahead]
    goal_x: list[float] = []
    goals: list[float] = []
    for month in months:
        year_end = month.fiscal_months(scorecard.fiscal_start)[-1]
        goal = scorecard.annual_target(name, month) if month == year_end else None
        if goal is not None:
            goal_x.append(month.index)
            goals.append(goal)
    return YtdSeries(
        months=months,
        x=np.array([m.index for m in months], dtype=float),
        values=as_array(values),
        targets=as_array(targets),
        statuses=statuses,
        forecast_x=np.array(forecast_x, dtype=float),
        forecast=np.array(forecast, dtype=float),
        goal_x=np.array(goal_x, dtype=float),
        goals=np.array(goals, dtype=float),
    )


@dataclass(frozen=True, slots=True)
class Band:
    """Edges (NaN where no target) of a shaded zone around the target line."""

    lower: np.ndarray
    upper: np.ndarray


def status_bands(kpi: KpiDefinition, targets: np.ndarray, reach: float) -> tuple[Band, list[Band]]:
    """The good side and the at-risk zones of a target line, as `progress.status` judges them.

    `status` calls a value on track when it meets the target and at risk when it misses by no
    more than `tolerance` % of the target (a range KPI: within ±tolerance on track, ±2×
    tolerance at risk). The shading shows the same zones; `reach` is how far the open good
    side extends beyond the target. tests/ui/test_charts_data.py checks every edge against
    `status` itself, so the picture cannot drift from the verdict.
    """
    margin = np.abs(targets) * kpi.tolerance / 100
    if kpi.direction is Direction.HIGHER:
        good = Band(targets, targets + reach)
        risk = [Band(targets - margin, targets)]
    elif kpi.direction is Direction.LOWER:
        good = Band(targets - reach, targets)
        risk = [Band(targets, targets + margin)]
    else:
        good = Band(targets - margin, targets + margin)
        risk = [
            Band(targets - 2 * margin, targets - margin),
            Band(targets + margin, targets + 2 * margin),
        ]
    return good, risk


def off_track_bands(kpi: KpiDefinition, targets: np.ndarray, reach: float) -> list[Band]:
    """The off-track side(s): beyond the at-risk zone, out to `reach`, so a point that misses
    shows on red ground at a glance, not on the same white as a month without a target."""
    margin = np.abs(targets) * kpi.tolerance / 100
    if kpi.direction is Direction.HIGHER:
        return [Band(targets - reach, targets - margin)]
    if kpi.direction is Direction.LOWER:
        return [Band(targets + margin, targets + reach)]
    return [
        Band(targets - reach, targets - 2 * margin),
        Band(targets + 2 * margin, targets + reach),
    ]


def step_line(x: np.ndarray, y: np.ndarray, span: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """A step line: each month's (or quarter's, `span` 3) value held flat across its whole
    width (x ± span / 2), with NaN where it has none, so the line follows the target
    history month by month."""
    xs = np.empty(2 * len(x))
    xs[0::2] = x - span / 2
    xs[1::2] = x + span / 2
    return xs, np.repeat(y, 2)


def broken_at_years(
    months: list[Month], values: np.ndarray, fiscal_start: int
) -> tuple[np.ndarray, np.ndarray]:
    """x and y of a year-to-date line with a NaN after each fiscal year's last month, so the
    line does not dive from December's total to January's first month."""
    xs: list[float] = []
    ys: list[float] = []
    for month, value in zip(months, values, strict=True):
        if xs and month == month.fiscal_year_start(fiscal_start):
            xs.append(month.index - 0.5)
            ys.append(np.nan)
        xs.append(month.index)
        ys.append(value)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)
