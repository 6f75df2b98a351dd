"""The rows an export writes for a workspace with segments: per KPI, the rows of the business
total, then one set of rows per segment.

A KPI tracked by a set exports what is stored: its segments' figures and targets, and the
totals and total targets typed as such. A total derived from the segments is not written (it
is not a figure anyone entered: importing it back would store it as a typed total); the
importer derives it again from the segment rows. A KPI computed by a formula writes its
computed values and targets on total rows, as without segments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kpidesk.domain.month import Month, month_range
from kpidesk.domain.rows import export_window
from kpidesk.domain.scorecard import Scorecard


@dataclass(frozen=True, slots=True)
class SegmentRow:
    kpi: str
    segment: str | None
    """The segment's name; None on a row of the business total."""
    month: Month
    value: float | None
    target: float | None


def segment_rows(scorecard: Scorecard) -> list[SegmentRow]:
    """One row per KPI, segment (or total) and month that has a stored value or target."""
    window = export_window(scorecard)
    if window is None:
        return []
    months = list(month_range(*window))
    rows: list[SegmentRow] = []
    for kpi in scorecard.kpis:
        tracked = not kpi.is_formula and scorecard.set_of(kpi.name) is not None
        if not tracked:
            rows += _rows(kpi.name, None, months, scorecard.value, scorecard.target)
            continue
        rows += _rows(kpi.name, None, months, _typed_total(scorecard), _total_target(scorecard))
        for segment in scorecard.segments_of(kpi.name):
            view = scorecard.segment_view(segment.name)
            rows += _rows(kpi.name, segment.name, months, view.value, view.target)
    return rows


Lookup = Callable[[str, Month], float | None]


def _rows(
    kpi: str, segment: str | None, months: list[Month], value_of: Lookup, target_of: Lookup
) -> list[SegmentRow]:
    rows = []
    for month in months:
        value, target = value_of(kpi, month), target_of(kpi, month)
        if value is not None or target is not None:
            rows.append(SegmentRow(kpi, segment, month, value, target))
    return rows


def _typed_total(scorecard: Scorecard) -> Lookup:
    """A tracked KPI's total of a month as typed (not as its segments make it)."""
    return lambda name, month: scorecard.figures_of(name).get(month)


def _total_target(scorecard: Scorecard) -> Lookup:
    """A tracked KPI's target of a month when it was set for the total (not the sum of the
    segments' targets)."""

    def target(name: str, month: Month) -> float | None:
        if scorecard.target_source(name, month) != "total":
            return None
        return scorecard.target(name, month)

    return target
