"""The business total of a KPI tracked by segments, from its per-segment figures.

The total follows the KPI's aggregation (DESIGN.md, "Segments"): a sum adds the segments, a
mean averages them (weighted by another KPI's figures when one is named, CSAT by responses),
a `last` KPI adds each segment's latest figure. A segment without a figure is missing, never
zero. Months typed as a total before the KPI was split keep their stored total, which counts
as one figure of that month.

A month's total is computed once, when first asked for, so a workspace of 30 segments over
ten years answers the dashboard's questions about one year without reading the other nine.

Segments are added with `math.fsum`, which rounds once, exactly: the total does not depend on
the order the segments come in (1920 + −2.32 + 297 is 2214.68 whichever is first), so a
workspace and its copy through an export show the same total to the last digit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from math import fsum
from statistics import fmean
from typing import Protocol

from kpidesk.domain.kpi import Aggregation
from kpidesk.domain.money import convert
from kpidesk.domain.month import Month


class EnteredFigure(Protocol):
    """A figure as entered (the scorecard's `Figure`): its value and currency."""

    @property
    def value(self) -> float: ...

    @property
    def currency(self) -> str | None: ...


Cells = Mapping[str, Mapping[Month, EnteredFigure]]
"""Segment key → month → figure as entered."""


@dataclass(frozen=True, slots=True)
class MonthTotal:
    total: float
    contributors: Mapping[str, float]
    """Segment key → its figure, for the segments that make the total (empty: stored)."""
    weighted: tuple[float, float] | None
    """A mean's (sum of weight × figure, sum of weights); None when it has no weight."""


class SegmentSeries(Mapping[Month, float]):
    """One tracked KPI's monthly totals, a month worked out the first time it is asked for:
    a dashboard asks about a year of a ten-year history."""

    def __init__(
        self,
        aggregation: Aggregation,
        cells: Cells,
        shown: str | None,
        stored: Mapping[Month, float],
        weights: tuple[SegmentSeries | None, Mapping[Month, float]] | None = None,
    ) -> None:
        """`weights`, for a weighted mean: the weight KPI's series and monthly totals (the
        weight of a month with only a stored total). A segment without a weight figure in
        a month is left out of it; a stored total without one is that month's total but
        is left out of a mean over several months."""
        self.aggregation = aggregation
        self.cells = cells
        self._shown = shown
        self._stored = stored
        self._weights = weights
        self._months: dict[Month, MonthTotal | None] = {}

    def figure(self, key: str, month: Month) -> float | None:
        """A segment's figure for the month in display currency."""
        figure = self.cells.get(key, {}).get(month)
        return None if figure is None else convert(figure.value, figure.currency, self._shown)

    def month(self, month: Month) -> MonthTotal | None:
        if month not in self._months:
            self._months[month] = self._compute(month)
        return self._months[month]

    def _compute(self, month: Month) -> MonthTotal | None:
        entries: dict[str, tuple[float, float]] = {}
        weight_series = self._weights[0] if self._weights else None
        for key in self.cells:
            value = self.figure(key, month)
            if value is None:
                continue
            if self._weights is None:
                entries[key] = (value, 1.0)
            elif weight_series is not None and (w := weight_series.figure(key, month)) is not None:
                entries[key] = (value, w)
        weight = fsum(w for _, w in entries.values())
        if entries and (self.aggregation is not Aggregation.MEAN or weight):
            values = {key: value for key, (value, _) in entries.items()}
            if self.aggregation is not Aggregation.MEAN:
                return MonthTotal(fsum(values.values()), values, None)
            total = fsum(v * w for v, w in entries.values())
            return MonthTotal(total / weight, values, (total, weight))
        stored = self._stored.get(month)
        if stored is None:
            return None
        stored_weight = self._weights[1].get(month) if self._weights else 1.0
        return MonthTotal(
            stored, {}, (stored * stored_weight, stored_weight) if stored_weight else None
        )

    def __getitem__(self, month: Month) -> float:
        found = self.month(month)
        if found is None:
            raise KeyError(month)
        return found.total

    def __contains__(self, month: object) -> bool:
        return isinstance(month, Month) and self.month(month) is not None

    def __iter__(self) -> Iterator[Month]:
        months = set(self._stored)
        for figures in self.cells.values():
            months.update(figures)
        return iter([m for m in sorted(months) if self.month(m) is not None])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def latest_figure(self) -> Month | None:
        """The latest month with a figure of a segment or a stored total."""
        indexes = [m.index for figures in self.cells.values() for m in figures]
        indexes.extend(m.index for m in self._stored)
        return Month.from_index(max(indexes)) if indexes else None

    def over(self, months: Sequence[Month]) -> float | None:
        """The total over `months` by the KPI's aggregation; None when nothing counts.

        sum: every figure added. mean: the mean over every segment-month figure (weighted
        when a weight is named). last: each segment's latest figure in the months, added; a
        stored total later than every segment figure is the total itself, and one earlier is
        superseded by the segments' figures after it.
        """
        if len(months) == 1:
            found = self.month(months[0])
            return None if found is None else found.total
        found_months = [t for m in months if (t := self.month(m)) is not None]
        if self.aggregation is Aggregation.SUM:
            return fsum(t.total for t in found_months) if found_months else None
        if self.aggregation is Aggregation.MEAN:
            pairs = [t.weighted for t in found_months if t.weighted is not None]
            weight = fsum(w for _, w in pairs)
            return fsum(s for s, _ in pairs) / weight if pairs and weight else None
        latest: dict[str, float] = {}
        stored: float | None = None
        for total in found_months:
            if not total.contributors:
                latest, stored = {}, total.total
            latest.update(total.contributors)
        return fsum(latest.values()) if latest else stored


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
    return fsum(known)
