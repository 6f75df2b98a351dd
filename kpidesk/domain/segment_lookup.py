"""The segment side of a scorecard: which set a KPI is tracked by, its segments, how much
of a month's total they cover, the business totals and targets they make, and the scorecard
of one segment.

A mixin of `Scorecard`, kept apart so each file holds one concept; it reads the lookups
`Scorecard.__post_init__` builds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Self

from kpidesk.domain.formula import Formula
from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.money import display_currency
from kpidesk.domain.month import Month
from kpidesk.domain.segment_totals import SegmentSeries, derived_target
from kpidesk.domain.segments import Segment, SegmentSet, UnknownSegmentError
from kpidesk.domain.targets import TargetChange, target_for

if TYPE_CHECKING:
    from kpidesk.domain.scorecard import Figure


class SegmentLookup:
    """Segment answers of a `Scorecard`, from the lookups its construction made."""

    kpis: list[KpiDefinition]
    fiscal_start: int
    segment_sets: Sequence[SegmentSet]
    segment_figures: Mapping[str, Mapping[str, Mapping[Month, Figure]]]
    segment_targets: Mapping[str, Mapping[str, Iterable[TargetChange]]]
    _by_key: dict[str, KpiDefinition]
    _stored: dict[str, dict[Month, float]]
    _formulas: dict[str, Formula]
    _sets: dict[str, SegmentSet]
    _segment_figures: dict[str, dict[str, Mapping[Month, Figure]]]
    _set_of: dict[str, SegmentSet | None]
    _series: dict[str, SegmentSeries | None]
    _segment_changes: dict[str, dict[str, list[TargetChange]]]
    _derived: dict[tuple[str, Month], float | None]
    _views: dict[tuple[str, str], Self]

    def _init_segments(self) -> None:
        """The segment lookups, keyed by name key, and the empty caches of what is derived
        from them the first time it is asked for."""
        self._sets = {segment_set.key: segment_set for segment_set in self.segment_sets}
        self._segment_figures = {
            name_key(kpi): {name_key(segment): figures for segment, figures in by.items()}
            for kpi, by in self.segment_figures.items()
        }
        self._set_of = {}
        self._series = {}
        self._segment_changes = {}
        self._derived = {}
        self._views = {}

    if TYPE_CHECKING:

        def kpi(self, name: str) -> KpiDefinition: ...

        @staticmethod
        def _converted_targets(
            kpi: KpiDefinition, changes: Iterable[TargetChange]
        ) -> list[TargetChange]: ...

        def __init__(
            self,
            kpis: list[KpiDefinition],
            figures: Mapping[str, Mapping[Month, Figure]],
            target_changes: Mapping[str, Iterable[TargetChange]],
            fiscal_start: int,
        ) -> None: ...

    def set_of(self, name: str, _seen: frozenset[str] = frozenset()) -> SegmentSet | None:
        """The set a KPI is tracked by: its own, or for a formula KPI the one every part is
        tracked by (None when the parts differ or one is not tracked)."""
        kpi = self.kpi(name)
        if kpi.key not in self._set_of:
            self._set_of[kpi.key] = self._find_set(kpi, _seen)
        return self._set_of[kpi.key]

    def _find_set(self, kpi: KpiDefinition, seen: frozenset[str]) -> SegmentSet | None:
        if not kpi.is_formula:
            return self._sets.get(name_key(kpi.segment_set)) if kpi.segment_set else None
        parts = self._formulas[kpi.key].references()
        if kpi.key in seen or not parts or any(name_key(p) not in self._by_key for p in parts):
            return None
        sets = {id(s): s for p in parts if (s := self.set_of(p, seen | {kpi.key})) is not None}
        tracked = all(self.set_of(p, seen | {kpi.key}) is not None for p in parts)
        return next(iter(sets.values())) if tracked and len(sets) == 1 else None

    def segment(self, name: str) -> Segment:
        """A segment of any set by name, else by alias (UnknownSegmentError when none). A
        name a reporting segment answers to wins over an archived one's, so the name of a
        segment merged into another finds the one it was merged into."""
        found = [f for s in self.segment_sets if (f := s.find(name)) is not None]
        if not found:
            raise UnknownSegmentError(name)
        return min(found, key=lambda segment: segment.archived)

    def segments_of(self, name: str) -> list[Segment]:
        """The segments of the KPI's set: the active ones, then archived ones that have
        figures for it (for a formula KPI, for one of its parts)."""
        segment_set = self.set_of(name)
        if segment_set is None:
            return []
        keys = self._figure_keys(self.kpi(name), frozenset())
        archived = [s for s in segment_set.segments if s.archived and s.key in keys]
        return [*segment_set.active(), *archived]

    def _figure_keys(self, kpi: KpiDefinition, seen: frozenset[str]) -> set[str]:
        """Keys of the segments with a figure for the KPI (or one of a formula's parts)."""
        if not kpi.is_formula:
            return {k for k, figures in self._segment_figures.get(kpi.key, {}).items() if figures}
        keys: set[str] = set()
        for part in self._formulas[kpi.key].references():
            inner = self._by_key.get(name_key(part))
            if inner is not None and inner.key not in seen:
                keys |= self._figure_keys(inner, seen | {kpi.key})
        return keys

    def coverage(
        self, name: str, month: Month, _seen: frozenset[str] = frozenset()
    ) -> tuple[int, int]:
        """(segments whose figures make the month's total, segments expected): the active
        segments and archived ones with a figure that month. A stored total covers all of
        them; a KPI not tracked covers (1, 1) with a figure, (0, 1) without; a formula KPI
        as little as its least covered part."""
        kpi = self.kpi(name)
        if kpi.is_formula:
            parts = [self._by_key.get(name_key(p)) for p in self._formulas[kpi.key].references()]
            if kpi.key in _seen or not parts or None in parts:
                return (0, 1)
            covered = [self.coverage(p.name, month, _seen | {kpi.key}) for p in parts if p]
            return min(covered, key=lambda c: (c[0] / c[1] if c[1] else 1.0, c[0]))
        series = self._tracked_series(kpi)
        if series is None:
            return (1, 1) if month in self._stored[kpi.key] else (0, 1)
        segment_set = self.set_of(kpi.name)
        assert segment_set is not None
        expected = sum(
            1
            for s in segment_set.segments
            if not s.archived or month in series.cells.get(s.key, {})
        )
        total = series.month(month)
        if total is None:
            return (0, expected)
        return (len(total.contributors), expected) if total.contributors else (expected, expected)

    def segment_view(self, segment: str) -> Self:
        """The scorecard of one segment: the KPIs its set tracks (formula KPIs included) with
        that segment's figures and targets, asked like any scorecard. Made once per segment."""
        found = self.segment(segment)
        view_key = (name_key(found.set_name), found.key)
        if view_key not in self._views:
            kpis = [
                kpi.with_changes(segment_set=None, weight_kpi=None)
                for kpi in self.kpis
                if (tracked := self.set_of(kpi.name)) is not None and tracked.key == view_key[0]
            ]
            self._views[view_key] = type(self)(
                kpis,
                {k.key: self._segment_figures.get(k.key, {}).get(found.key, {}) for k in kpis},
                {k.key: self.segment_targets_of(k.name, found.key) for k in kpis},
                self.fiscal_start,
            )
        return self._views[view_key]

    def segment_targets_of(self, name: str, segment_key: str) -> list[TargetChange]:
        """A segment's target changes for the KPI, in the KPI's display currency."""
        kpi = self.kpi(name)
        if kpi.key not in self._segment_changes:
            given = {
                name_key(segment): changes
                for segment, changes in self.segment_targets.get(kpi.key, {}).items()
            }
            self._segment_changes[kpi.key] = {
                segment: self._converted_targets(kpi, changes) for segment, changes in given.items()
            }
        return self._segment_changes[kpi.key].get(name_key(segment_key), [])

    def _derived_target(
        self, kpi: KpiDefinition, month: Month, as_of: datetime | None = None
    ) -> float | None:
        if as_of is None and (kpi.key, month) in self._derived:
            return self._derived[(kpi.key, month)]
        segment_set = self.set_of(kpi.name)
        active = segment_set.active() if segment_set else ()
        targets = [
            target_for(self.segment_targets_of(kpi.name, s.key), month, as_of) for s in active
        ]
        target = derived_target(kpi.aggregation, targets)
        if as_of is None:
            self._derived[(kpi.key, month)] = target
        return target

    def _tracked_series(self, kpi: KpiDefinition) -> SegmentSeries | None:
        """The totals of a non-formula KPI tracked by a set (None when not tracked), made
        the first time they are asked for."""
        if kpi.key not in self._series:
            self._series[kpi.key] = self._build_series(kpi)
        return self._series[kpi.key]

    def _build_series(self, kpi: KpiDefinition) -> SegmentSeries | None:
        segment_set = None if kpi.is_formula else self.set_of(kpi.name)
        if segment_set is None:
            return None
        weight = self._by_key.get(name_key(kpi.weight_kpi)) if kpi.weight_kpi else None
        weights = None
        if weight is not None and not weight.is_formula and weight.weight_kpi is None:
            weights = (self._tracked_series(weight), self._totals(weight))
        members = {segment.key for segment in segment_set.segments}
        cells = {
            key: figures
            for key, figures in self._segment_figures.get(kpi.key, {}).items()
            if key in members
        }
        shown = display_currency(kpi.currency)
        return SegmentSeries(kpi.aggregation, cells, shown, self._stored[kpi.key], weights)

    def _totals(self, kpi: KpiDefinition) -> Mapping[Month, float]:
        """A non-formula KPI's monthly business totals: its stored figures, or for a KPI
        tracked by a set the totals its segments make."""
        series = self._tracked_series(kpi)
        return self._stored[kpi.key] if series is None else series
