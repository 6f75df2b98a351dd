"""Every number the owner sees, computed in one place.

A `Scorecard` holds a workspace's KPIs, figures and target histories in memory and answers
the questions the dashboard, the charts, the command line and the exports ask: the value and
target of a month, year to date, the annual goal, the forecast and what is still needed.
Formula KPIs roll up from their parts: their year to date is the formula applied to the parts'
year-to-date figures, never an average of monthly ratios, and only over the months in which
every part has a figure (DESIGN.md §2, "Gaps in the maths").

A KPI tracked by a segment set answers every question for the business total, derived from
its segments' figures and targets (`segment_totals`); `segment_view` is the scorecard of one
segment, asked the same questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from statistics import fmean

from kpidesk.domain.formula import Formula
from kpidesk.domain.kpi import Aggregation, KpiDefinition, name_key
from kpidesk.domain.money import convert, display_currency
from kpidesk.domain.month import Month
from kpidesk.domain.progress import Need, Status, attainment, needed_reading, status
from kpidesk.domain.segment_lookup import SegmentLookup
from kpidesk.domain.segments import SegmentSet
from kpidesk.domain.targets import TargetChange, shown_target, target_for


class UnknownKpiError(KeyError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"there is no KPI named '{self.name}'"


@dataclass(frozen=True, slots=True)
class Figure:
    """A stored figure as entered, with the currency it was entered in."""

    value: float
    currency: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class KpiStatus:
    """One KPI's standing in one month: the row of `status --json` and of the dashboard."""

    kpi: str
    month: Month
    value: float | None
    target: float | None
    attainment: float | None
    status: Status
    ytd_value: float | None
    ytd_target: float | None
    annual_target: float | None
    forecast: float | None
    needed_per_month: float | None
    needed: Need | None = None
    """How to read `needed_per_month` for the KPI's direction (an allowance when lower is
    better)."""


@dataclass
class Scorecard(SegmentLookup):
    """A workspace's KPIs with their figures (in display currency) and target histories."""

    kpis: list[KpiDefinition]
    figures: Mapping[str, Mapping[Month, Figure]] = field(default_factory=dict)
    target_changes: Mapping[str, Iterable[TargetChange]] = field(default_factory=dict)
    fiscal_start: int = 1
    segment_sets: Sequence[SegmentSet] = ()
    segment_figures: Mapping[str, Mapping[str, Mapping[Month, Figure]]] = field(
        default_factory=dict
    )
    """KPI key → segment key → month → figure, for the KPIs tracked by a set."""
    segment_targets: Mapping[str, Mapping[str, Iterable[TargetChange]]] = field(
        default_factory=dict
    )
    """KPI key → segment key → target changes."""

    def __post_init__(self) -> None:
        self._by_key = {kpi.key: kpi for kpi in self.kpis}
        for kpi in self.kpis:
            for alias in kpi.aliases:
                self._by_key.setdefault(name_key(alias), kpi)
        self._stored: dict[str, dict[Month, float]] = {}
        self._notes: dict[str, dict[Month, str]] = {}
        self.converted: dict[str, set[Month]] = {}
        for kpi in self.kpis:
            self._stored[kpi.key] = self._load_figures(kpi, self.figures.get(kpi.key, {}))
        self._init_segments()
        self._targets = {
            kpi.key: self._converted_targets(kpi, self.target_changes.get(kpi.key, ()))
            for kpi in self.kpis
        }
        self._formulas = {
            kpi.key: Formula.parse(kpi.formula or "") for kpi in self.kpis if kpi.is_formula
        }

    def _load_figures(
        self, kpi: KpiDefinition, figures: Mapping[Month, Figure]
    ) -> dict[Month, float]:
        """The stored total figures in display currency; remembers their notes and which
        months were converted."""
        shown = display_currency(kpi.currency)
        values: dict[Month, float] = {}
        notes: dict[Month, str] = {}
        converted: set[Month] = set()
        for month, figure in figures.items():
            values[month] = convert(figure.value, figure.currency, shown)
            if figure.currency and figure.currency != shown:
                converted.add(month)
            if figure.note:
                notes[month] = figure.note
        self._notes[kpi.key] = notes
        self.converted[kpi.key] = converted
        return values

    @staticmethod
    def _converted_targets(
        kpi: KpiDefinition, changes: Iterable[TargetChange]
    ) -> list[TargetChange]:
        return [shown_target(kpi, change) for change in changes]

    # --- lookup -------------------------------------------------------------------------
    def kpi(self, name: str) -> KpiDefinition:
        """The KPI by name or alias, compared case- and space-insensitively."""
        try:
            return self._by_key[name_key(name)]
        except KeyError:
            raise UnknownKpiError(name) from None

    def active_kpis(self) -> list[KpiDefinition]:
        return [kpi for kpi in self.kpis if not kpi.archived]

    def note(self, name: str, month: Month) -> str:
        return self._notes.get(self.kpi(name).key, {}).get(month, "")

    def is_converted(self, name: str, month: Month) -> bool:
        return month in self.converted.get(self.kpi(name).key, set())

    def measured_months(self, name: str) -> list[Month]:
        """Months with a stored figure (for a formula KPI, months where it has a value)."""
        kpi = self.kpi(name)
        if not kpi.is_formula:
            return sorted(self._totals(kpi))
        candidates: set[Month] = set()
        for part in self._formulas[kpi.key].references():
            if name_key(part) in self._by_key:
                candidates.update(self.measured_months(part))
        return sorted(m for m in candidates if self.value(kpi.name, m) is not None)

    def latest_month(self) -> Month | None:
        """The latest month in which any KPI has a figure."""
        return self._latest_month

    @cached_property
    def _latest_month(self) -> Month | None:
        """Worked out once per snapshot: one chart's draw asks four times, each time a pass
        over every KPI's months (a quarter of the draw's time)."""
        months = [
            latest
            for kpi in self.kpis
            if not kpi.is_formula and (latest := self._latest_figure(kpi)) is not None
        ]
        return max(months) if months else None

    def _latest_figure(self, kpi: KpiDefinition) -> Month | None:
        series = self._tracked_series(kpi)
        if series is not None:
            return series.latest_figure()
        stored = self._stored[kpi.key]
        return max(stored) if stored else None

    def months_with_targets(self, name: str) -> list[Month]:
        """First months of every target change (for exports that list targets)."""
        return sorted({c.first_month for c in self._targets[self.kpi(name).key]})

    def target_changes_of(self, name: str) -> list[TargetChange]:
        return sorted(self._targets[self.kpi(name).key], key=lambda c: c.order)

    def figures_of(self, name: str) -> Mapping[Month, float]:
        """A KPI's stored total figures by month, in its display currency (a formula KPI
        stores none): for a KPI not tracked by segments, what `value` gives for each of those
        months, without a call per month; for a tracked one, the totals typed as totals."""
        return self._stored[self.kpi(name).key]

    # --- one month ----------------------------------------------------------------------
    def value(self, name: str, month: Month) -> float | None:
        """The figure for a month; a formula KPI's is computed from its parts' figures."""
        return self.aggregate(name, [month])

    def series(self, name: str, months: Iterable[Month]) -> list[float | None]:
        return [self.value(name, month) for month in months]

    def target(self, name: str, month: Month, as_of: datetime | None = None) -> float | None:
        """The target that applies to `month` now, or as it stood at `as_of`. A KPI tracked
        by segments: its explicit total target, else the one its segments' targets make."""
        kpi = self.kpi(name)
        explicit = target_for(self._targets[kpi.key], month, as_of)
        if explicit is not None or self.set_of(kpi.name) is None:
            return explicit
        return self._derived_target(kpi, month, as_of)

    def target_source(self, name: str, month: Month) -> str | None:
        """Where the month's total target comes from: "total" (set for the total),
        "segments" (made from every active segment's target) or None (no target)."""
        kpi = self.kpi(name)
        if target_for(self._targets[kpi.key], month) is not None:
            return "total"
        if self.set_of(kpi.name) is not None and self._derived_target(kpi, month) is not None:
            return "segments"
        return None

    # --- several months -----------------------------------------------------------------
    def counted_months(
        self, name: str, months: Iterable[Month], _seen: frozenset[str] = frozenset()
    ) -> list[Month]:
        """The months of `months` that count for the KPI: those with a figure, and for a
        formula KPI those in which every part (and every part's part) has one.

        Summing profit over January-February but revenue over January-March would divide
        two different periods (4 / 154 where 4 / 104 is meant), so a month with a part
        missing is left out of every part alike.
        """
        kpi = self.kpi(name)
        if not kpi.is_formula:
            values = self._totals(kpi)
            return [m for m in months if m in values]
        parts = self._formulas[kpi.key].references()
        if kpi.key in _seen or any(name_key(part) not in self._by_key for part in parts):
            return []
        seen = _seen | {kpi.key}
        kept = list(months)
        for part in parts:
            kept = self.counted_months(part, kept, seen)
        return kept

    def aggregate(
        self, name: str, months: list[Month], _seen: frozenset[str] = frozenset()
    ) -> float | None:
        """The KPI's figure over `months` by its aggregation; missing months are left out."""
        kpi = self.kpi(name)
        if kpi.is_formula:
            counted = self.counted_months(name, months, _seen)
            if not counted:
                return None
            seen = _seen | {kpi.key}
            return self._formulas[kpi.key].evaluate(
                lambda part: self.aggregate(part, counted, seen)
            )
        series = self._tracked_series(kpi)
        if series is not None:
            return series.over(months)
        values = self._stored[kpi.key]
        present = [values[m] for m in months if m in values]
        return _aggregate(kpi.aggregation, present)

    def aggregate_target(self, name: str, months: list[Month]) -> float | None:
        """Targets over `months`: summed for `sum`, averaged for `mean` and formula KPIs,
        the latest one for `last`."""
        kpi = self.kpi(name)
        targets = [t for m in months if (t := self.target(name, m)) is not None]
        if not targets:
            return None
        if kpi.aggregation is Aggregation.SUM:
            return sum(targets)
        if kpi.aggregation is Aggregation.LAST:
            return targets[-1]
        return fmean(targets)

    def ytd_months(self, month: Month) -> list[Month]:
        start = month.fiscal_year_start(self.fiscal_start)
        return [start + i for i in range(month.months_since(start) + 1)]

    def ytd_value(self, name: str, month: Month) -> float | None:
        return self.aggregate(name, self.ytd_months(month))

    def ytd_target(self, name: str, month: Month) -> float | None:
        """The target the year-to-date figure is measured against. A sum KPI's adds up every
        month so far; the others compare like with like: a mean KPI's is the mean of the
        targets of the months that have figures (the months its year-to-date mean is
        taken over), a formula KPI's those its parts count, a `last` KPI's that of its latest
        figure."""
        return self.period_target(name, self.ytd_months(month))

    def period_target(self, name: str, months: Iterable[Month]) -> float | None:
        """The target a figure over `months` (a quarter, the year to date) is measured
        against, by the rules of `ytd_target`."""
        months = list(months)
        if self.kpi(name).aggregation is not Aggregation.SUM:
            months = self.counted_months(name, months)
        return self.aggregate_target(name, months)

    def annual_target(self, name: str, month: Month) -> float | None:
        """The goal for the whole fiscal year that `month` belongs to."""
        return self.aggregate_target(name, month.fiscal_months(self.fiscal_start))

    def forecast(self, name: str, month: Month) -> float | None:
        """Year-end figure if the rest of the fiscal year goes as it has so far.

        A sum KPI's is its run rate (the mean of the months with figures) times the months of
        the year, so a missing month counts at the run rate like a month still to come. A
        formula KPI applies its formula to its parts' forecasts over the months it counts.
        """
        return self._forecast(name, month, self.ytd_months(month), frozenset())

    def _forecast(
        self, name: str, month: Month, months: list[Month], seen: frozenset[str]
    ) -> float | None:
        kpi = self.kpi(name)
        if kpi.is_formula:
            counted = self.counted_months(name, months, seen)
            if not counted:
                return None
            inner = seen | {kpi.key}
            return self._formulas[kpi.key].evaluate(
                lambda part: self._forecast(part, month, counted, inner)
            )
        values = self._totals(kpi)
        present = [values[m] for m in months if m in values]
        if not present:
            return None
        if kpi.aggregation is Aggregation.SUM:
            return fmean(present) * len(month.fiscal_months(self.fiscal_start))
        return self.aggregate(kpi.name, months, seen)

    def remaining_months(self, month: Month) -> int:
        """Months of the fiscal year after `month`."""
        return len(month.fiscal_months(self.fiscal_start)) - len(self.ytd_months(month))

    def needed_per_month(self, name: str, month: Month) -> float | None:
        """What each remaining month must bring for the year to reach its annual goal.

        sum: (goal - year to date) / remaining months. mean: the average the remaining months
        need for the year's mean to be the goal, the year's mean being taken over the months
        with figures and the months to come: (goal x (months with figures + remaining) -
        their sum) / remaining. `last` and formula KPIs: the goal itself (what the figure must
        be). `needed_reading` says how to read it by direction.
        """
        kpi = self.kpi(name)
        remaining = self.remaining_months(month)
        goal = self.annual_target(name, month)
        if goal is None or remaining == 0:
            return None
        if kpi.aggregation in (Aggregation.LAST, Aggregation.FORMULA):
            return goal
        values = self._totals(kpi)
        present = [values[m] for m in self.ytd_months(month) if m in values]
        if kpi.aggregation is Aggregation.SUM:
            return (goal - sum(present)) / remaining
        return (goal * (len(present) + remaining) - sum(present)) / remaining

    # --- the whole picture --------------------------------------------------------------
    def status_of(self, name: str, month: Month) -> KpiStatus:
        kpi = self.kpi(name)
        value = self.value(name, month)
        target = self.target(name, month)
        needed = self.needed_per_month(name, month)
        return KpiStatus(
            kpi=kpi.name,
            month=month,
            value=value,
            target=target,
            attainment=attainment(value, target, kpi.direction),
            status=status(value, target, kpi.direction, kpi.tolerance),
            ytd_value=self.ytd_value(name, month),
            ytd_target=self.ytd_target(name, month),
            annual_target=self.annual_target(name, month),
            forecast=self.forecast(name, month),
            needed_per_month=needed,
            needed=needed_reading(kpi, needed),
        )

    def month_status(self, name: str, month: Month) -> Status:
        """Only the status of one month (cheaper than `status_of`, for tinting grid cells)."""
        kpi = self.kpi(name)
        return status(
            self.value(name, month), self.target(name, month), kpi.direction, kpi.tolerance
        )


def _aggregate(aggregation: Aggregation, present: list[float]) -> float | None:
    if not present:
        return None
    if aggregation is Aggregation.SUM:
        return sum(present)
    if aggregation is Aggregation.MEAN:
        return fmean(present)
    return present[-1]
