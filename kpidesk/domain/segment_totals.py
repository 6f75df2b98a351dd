"""The business total of a KPI tracked by segments, from its per-segment figures.

The total follows the KPI's aggregation (DESIGN.md, "Segments"): a sum adds the segments, a
mean averages them (weighted by another KPI's figures when one is named, CSAT by responses),
a `last` KPI adds each segment's latest figure. A segment without a figure is missing, never
zero. Months typed as a total before the KPI was split keep their stored total, which counts
as one figure of that month.

Everything a dashboard asks of a KPI is computed here once per KPI, so a workspace of 30
segments over ten years answers each question from a few precomputed numbers per month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import fmean

from kpidesk.domain.kpi import Aggregation
from kpidesk.domain.month import Month

Cells = Mapping[str, Mapping[Month, float]]
"""Segment key → month → figure (in the KPI's display currency)."""


@dataclass(slots=True)
class SegmentSeries:
    """One tracked KPI's totals: per month, and over any months."""

    aggregation: Aggregation
    cells: Cells
    totals: dict[Month, float] = field(default_factory=dict)
    """The monthly business total, where there is one."""
    contributors: dict[Month, frozenset[str]] = field(default_factory=dict)
    """The segments whose figures make a month's total (months from segments only)."""
    stored_only: set[Month] = field(default_factory=set)
    """Months whose total is the stored total: no segment has a figure in them."""
    weighted: dict[Month, tuple[float, float]] = field(default_factory=dict)
    """A mean KPI's month as (sum of weight × figure, sum of weights); weight 1 unweighted."""

    def over(self, months: Sequence[Month]) -> float | None:
        """The total over `months` by the KPI's aggregation; None when nothing counts.

        sum: every figure added. mean: the mean over every segment-month figure (weighted
        when a weight is named). last: each segment's latest figure in the months, added; a
        stored total later than every segment figure is the total itself, and one earlier is
        superseded by the segments' figures after it.
        """
        if len(months) == 1:
            return self.totals.get(months[0])
        if self.aggregation is Aggregation.SUM:
            present = [self.totals[m] for m in months if m in self.totals]
            return sum(present) if present else None
        if self.aggregation is Aggregation.MEAN:
            pairs = [self.weighted[m] for m in months if m in self.weighted]
            weight = sum(w for _, w in pairs)
            return sum(s for s, _ in pairs) / weight if pairs and weight else None
        return self._last(months)

    def _last(self, months: Sequence[Month]) -> float | None:
        latest: dict[str, float] = {}
        stored: float | None = None
        for month in months:
            if month in self.stored_only:
                latest, stored = {}, self.totals[month]
            for key in self.contributors.get(month, ()):
                latest[key] = self.cells[key][month]
        if latest:
            return sum(latest.values())
        return stored


def build_series(
    aggregation: Aggregation,
    cells: Cells,
    stored: Mapping[Month, float],
    weights: tuple[Cells, Mapping[Month, float]] | None = None,
) -> SegmentSeries:
    """The totals of a KPI from its segments' figures and its stored totals.

    `weights`, for a weighted mean: the weight KPI's per-segment figures and its monthly
    totals (the weight of a month with only a stored total). A segment without a weight
    figure in a month is left out of that month; a stored total without one is that month's
    total but is left out of a mean over several months.
    """
    series = SegmentSeries(aggregation, cells)
    by_month: dict[Month, list[tuple[str, float, float]]] = {}
    for key, values in cells.items():
        segment_weights = weights[0].get(key, {}) if weights else {}
        for month, value in values.items():
            if weights is None:
                by_month.setdefault(month, []).append((key, value, 1.0))
            elif month in segment_weights:
                by_month.setdefault(month, []).append((key, value, segment_weights[month]))
    for month, entries in by_month.items():
        weight = sum(w for _, _, w in entries)
        if aggregation is Aggregation.MEAN and not weight:
            continue
        series.contributors[month] = frozenset(key for key, _, _ in entries)
        if aggregation is Aggregation.MEAN:
            total = sum(v * w for _, v, w in entries)
            series.weighted[month] = (total, weight)
            series.totals[month] = total / weight
        else:
            series.totals[month] = sum(v for _, v, _ in entries)
    for month, value in stored.items():
        if month in series.totals:
            continue
        series.totals[month] = value
        series.stored_only.add(month)
        weight = weights[1].get(month) if weights else 1.0
        if aggregation is Aggregation.MEAN and weight:
            series.weighted[month] = (value * weight, weight)
    return series


def derived_target(aggregation: Aggregation, targets: Sequence[float | None]) -> float | None:
    """The total's target from every active segment's: their sum for `sum` and `last`, their
    (unweighted) mean for `mean`; none when a segment has none, and none for a formula KPI
    (a ratio of totals is not a function of the segments' ratio targets)."""
    if not targets or aggregation is Aggregation.FORMULA:
        return None
    known = [t for t in targets if t is not None]
    if len(known) < len(targets):
        return None
    if aggregation is Aggregation.MEAN:
        return fmean(known)
    return sum(known)
