"""What is missing: the closed months in which KPIs that had figures before have none yet.

The month-end routine starts with the month just closed: the owner is reminded of the figures
still to type ("November 2026: 4 of 12 KPIs not entered"). A KPI is expected in a month when
it had a figure in an earlier one; a KPI first entered later, or never, is not missing. A
formula KPI is never missing itself: its parts are. A KPI tracked by a segment set is missing
for each reporting segment that had a figure before and has none that month; a month whose
total was typed as a total (before the KPI was split) counts as entered.

"Today" is always passed in, never read here, so the command line, the window and the tests
agree on which months are due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard

LOOK_BACK = 12
"""How many due months are looked at, newest first. A year covers the month-end routine and
a month the owner skipped in the busy season; older gaps are history the owner has long
decided about (a shop closed for the winter, a KPI no longer kept), and listing them every
start would bury the month just closed under months nobody will fill in."""


@dataclass(frozen=True, slots=True)
class MissingKpi:
    """One KPI without its figure in a month."""

    kpi: str
    segments: tuple[str, ...] = ()
    """The reporting segments without a figure, in the set's order; empty when the KPI's
    own figure (a total typed as a total, or a KPI not tracked by segments) is missing."""


@dataclass(frozen=True, slots=True)
class MissingMonth:
    """A due month in which some expected figures are missing."""

    month: Month
    kpis: tuple[MissingKpi, ...]
    """The KPIs not (fully) entered, in the workspace's KPI order."""
    expected: int
    """How many KPIs were expected that month: those with a figure in an earlier month."""

    def cells(self) -> list[tuple[str, str | None]]:
        """Every missing figure as (KPI, segment or None for the KPI's own figure)."""
        return [
            (missing.kpi, segment)
            for missing in self.kpis
            for segment in (missing.segments or (None,))
        ]


def last_closed_month(today: date) -> Month:
    """The month before today's: the newest month whose figures can be expected."""
    return Month(today.year, today.month) - 1


def due_months(today: date, look_back: int = LOOK_BACK) -> list[Month]:
    """The months looked at, newest first: the last `look_back` closed months."""
    last = last_closed_month(today)
    return [last - step for step in range(look_back)]


def missing_months(
    scorecard: Scorecard, today: date, look_back: int = LOOK_BACK
) -> list[MissingMonth]:
    """The due months (newest first) in which an active, non-formula KPI that had a figure
    before has none, with how many KPIs were expected in each; months with nothing missing
    are left out."""
    trackers = [
        _Tracker.of(scorecard, kpi) for kpi in scorecard.active_kpis() if not kpi.is_formula
    ]
    found: list[MissingMonth] = []
    for month in due_months(today, look_back):
        expected = [tracker for tracker in trackers if tracker.expected(month)]
        missing = [m for tracker in expected if (m := tracker.missing(month)) is not None]
        if missing:
            found.append(MissingMonth(month, tuple(missing), len(expected)))
    return found


@dataclass(frozen=True, slots=True)
class _Tracker:
    """One KPI's months with figures: its own (or typed totals), and each segment's."""

    kpi: KpiDefinition
    own: frozenset[Month]
    segments: tuple[tuple[str, Month | None, frozenset[Month]], ...]
    """Each reporting segment of the KPI's set: (name, its first month with a figure, the
    months with its figure)."""
    first: Month | None
    """The first month with any figure, a segment's or the KPI's own."""

    @classmethod
    def of(cls, scorecard: Scorecard, kpi: KpiDefinition) -> _Tracker:
        own = frozenset(scorecard.figures_of(kpi.name))
        segment_set = scorecard.set_of(kpi.name)
        cells = _segment_months(scorecard.segment_figures, kpi)
        reporting = segment_set.active() if segment_set is not None else ()
        segments = tuple(_segment_entry(s.name, cells.get(s.key, frozenset())) for s in reporting)
        members = {s.key for s in segment_set.segments} if segment_set is not None else set()
        every = [*own, *(m for key, months in cells.items() if key in members for m in months)]
        return cls(kpi, own, segments, min(every) if every else None)

    def expected(self, month: Month) -> bool:
        return self.first is not None and self.first < month

    def missing(self, month: Month) -> MissingKpi | None:
        """What of the KPI is missing in `month` (None: nothing), given it is expected."""
        if month in self.own:
            return None
        absent = tuple(
            name
            for name, first, months in self.segments
            if first is not None and first < month and month not in months
        )
        if absent:
            return MissingKpi(self.kpi.name, absent)
        if any(month in months for _name, _first, months in self.segments):
            return None
        return MissingKpi(self.kpi.name)


def _segment_entry(
    name: str, months: frozenset[Month]
) -> tuple[str, Month | None, frozenset[Month]]:
    return name, min(months) if months else None, months


def _segment_months(
    figures: Mapping[str, Mapping[str, Iterable[Month]]], kpi: KpiDefinition
) -> dict[str, frozenset[Month]]:
    """Segment key → the months with that segment's figure for the KPI (keys as given to
    the scorecard may be names; they are compared as name keys)."""
    for kpi_key, by_segment in figures.items():
        if name_key(kpi_key) == kpi.key:
            return {name_key(segment): frozenset(months) for segment, months in by_segment.items()}
    return {}
