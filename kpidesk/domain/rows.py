"""The KPI-by-month rows that exports write: every month with a value or a target."""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.domain.month import Month, month_range
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import TargetKind


@dataclass(frozen=True, slots=True)
class ValueTargetRow:
    kpi: str
    month: Month
    value: float | None
    target: float | None


def export_window(scorecard: Scorecard) -> tuple[Month, Month] | None:
    """First and last month worth exporting: from the earliest figure or target to the end of
    the fiscal year of the latest one, so a target that carries forward is written up to the
    year's end rather than forever."""
    firsts: list[Month] = []
    lasts: list[Month] = []
    for kpi in scorecard.kpis:
        months = scorecard.measured_months(kpi.name)
        if months:
            firsts.append(months[0])
            lasts.append(months[-1])
        for change in scorecard.target_changes_of(kpi.name):
            firsts.append(change.first_month)
            span = len(change.monthly_values) if change.kind is TargetKind.ANNUAL else 1
            lasts.append(change.first_month + (span - 1))
    if not firsts:
        return None
    last = max(lasts)
    year_end = last.fiscal_year_start(scorecard.fiscal_start) + 11
    return min(firsts), year_end


def value_target_rows(scorecard: Scorecard) -> list[ValueTargetRow]:
    """One row per KPI and month that has a value or a target, KPIs in workspace order."""
    window = export_window(scorecard)
    if window is None:
        return []
    months = list(month_range(*window))
    rows: list[ValueTargetRow] = []
    for kpi in scorecard.kpis:
        for month in months:
            value = scorecard.value(kpi.name, month)
            target = scorecard.target(kpi.name, month)
            if value is not None or target is not None:
                rows.append(ValueTargetRow(kpi.name, month, value, target))
    return rows
